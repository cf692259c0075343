package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 3: alignment and willingness to speak. Each member's alignment (−1 opposition … +1 leadership) moves
 * by simple additive pulls: toward the cell's mean (peer influence); careerists toward the leadership
 * (conformity); paid functionaries toward the leadership in proportion to log(pay ratio) (privilege binds
 * beneficiaries, 000:39); rank-and-file members toward opposition in proportion to log(pay ratio) (the
 * privilege gap as grievance, 002:30) and, where their district secretary was not elected, by a fixed push
 * (appointment over the members' heads, 004:66); plus uniform noise. Willingness to speak recovers toward
 * its natural level and, while factions are banned (004:177), opposition members lose it month by month.
 * The stage first takes the cells' means, so that they are current, and regroups the members by organisation
 * while it steps them.
 */
final class OpinionDynamics implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Mean level of willingness to speak that members return to. */
    static final float NATURAL_VOICE = 0.5f;
    /** Standard deviation of a uniform draw on [−0.5, 0.5) is 1/√12; this scales it to 1. */
    private static final float UNIFORM_TO_UNIT_SD = (float) Math.sqrt(12.0);

    /** Living members per block of the noise's random streams. */
    static final int NOISE_BLOCK = 1 << 14;

    /** Scratch of {@link #cellTerms}, kept between months. */
    private float[] terms = new float[0];
    /** Each thread's scratch for a block's noise, kept between months (made again after a checkpoint). */
    private transient ThreadLocal<float[]> noiseScratch;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        Rules.Opinion o = party.rules.opinion();
        MemberRoll roll = party.roll;
        Hierarchy h = party.hierarchy;
        // the list is swept here, before the threads below read it
        roll.activeMembers();
        int n = roll.activeCount();
        float noise = (float) o.noise() * UNIFORM_TO_UNIT_SD;
        // each block of the living draws its noise from a stream of its own (BlockStreams), so the blocks can be
        // stepped by any thread in any order
        BlockStreams streams = noise > 0 ? new BlockStreams(party.random) : null;
        if (noiseScratch == null) {
            noiseScratch = ThreadLocal.withInitial(() -> new float[NOISE_BLOCK]);
        }
        OpinionStep[] month = new OpinionStep[1];
        // the cells' means and terms are taken on this thread, while a helper regroups the members by organisation
        // (the grouping reads only the members' cells, which nothing here touches); the blocks are then stepped on
        // all the threads
        Runnable terms = () -> {
            h.tally(roll, null);
            boolean[] imposed = districtsWithImposedSecretary(party);
            float[] byCell = cellTerms(h, imposed, (float) o.appointmentGrievance());
            month[0] = new OpinionStep(party, byCell, streams, noise, noiseScratch);
        };
        party.workers.forBlocksAfter(terms, BlockStreams.blocks(n, NOISE_BLOCK), b -> month[0].applyBlock(b),
                () -> h.group(roll));
    }

    /**
     * A member's own level of willingness to speak, uniform on [0, 1) with mean {@link #NATURAL_VOICE}: a fixed
     * hash of the member, so that after the fear of a purge has worn off the outspoken speak again.
     */
    static float naturalVoice(int m) {
        // the hash has 24 bits, so it is exactly an int and exactly a float, and scaling by 2^-24 is exact; a long
        // converted to a float takes several times as long as an int
        return (int) ((m * 0x9E3779B97F4A7C15L) >>> 40) * 0x1p-24f;
    }

    /**
     * Per cell, side by side, its members' mean alignment and the push of an imposed district secretary (or
     * zero), so that a member's step looks up one place instead of three.
     */
    private float[] cellTerms(Hierarchy h, boolean[] imposed, float appointed) {
        int cells = h.cells();
        if (terms.length < 2 * cells) {
            terms = new float[2 * (cells + cells / 2 + 1)];
        }
        float[] t = terms;
        for (int c = 0; c < cells; c++) {
            t[2 * c] = h.cellMean(c);
            t[2 * c + 1] = imposed[h.districtOf(c)] ? appointed : 0f;
        }
        return t;
    }

    /** Whether a member draws a functionary's pay: provincial and district secretaries, paid cell secretaries. */
    static boolean isPaid(Party party, int m) {
        int code = party.roll.post(m);
        return code != MemberCodes.NONE && paidPost(code, party.rules.privileges().paidCellShare() * 0x10000);
    }

    /**
     * Whether a post pays: every provincial and district post, and the cells among the paid share (given in
     * 1/65,536) — the same cells every month, by a fixed hash of the cell.
     */
    static boolean paidPost(int code, double paidCells) {
        return !Posts.isCell(code) || paidCells > 0 && ((Posts.indexOf(code) * 0x9E3779B9L) & 0xFFFF) < paidCells;
    }

    /**
     * Whether the holder of a cell post is entitled to the functionaries' benefits, by another fixed hash of the
     * cell against the entitled share of unpaid cell secretaries (in 1/65,536).
     */
    static boolean entitledPost(int code, double entitledCells) {
        return entitledCells > 0 && ((Posts.indexOf(code) * 0x85EBCA6BL >>> 8) & 0xFFFF) < entitledCells;
    }

    private static boolean[] districtsWithImposedSecretary(Party party) {
        Posts districts = party.posts(Level.DISTRICT);
        boolean[] imposed = new boolean[districts.size()];
        for (int d = 0; d < imposed.length; d++) {
            imposed[d] = !districts.isVacant(d) && districts.how(d) != Posts.ELECTED;
        }
        return imposed;
    }
}
