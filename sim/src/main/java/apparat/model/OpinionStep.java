package apparat.model;

import ec.util.MersenneTwisterFast;

/**
 * One month of the opinion rule (see {@link OpinionDynamics}) applied block by block to the living: the month's
 * terms fixed, each block's noise drawn from the block's own stream ({@link BlockStreams}) in the order of the
 * living. Each member's step reads only the member's own record, the cells' terms and the block's stream, and
 * writes only the member's own record, so blocks can be stepped in any order, or at once on several threads,
 * with results identical to the bit.
 */
final class OpinionStep {

    private final int[] living;
    private final int count;
    /** The noise's streams, or null when the rule has no noise. */
    private final BlockStreams streams;
    /** Width of the noise, a uniform draw times this. */
    private final float noise;
    /** Each thread's scratch for a block's noise. */
    private final ThreadLocal<float[]> scratch;
    private final float[] byCell;
    private final int[] cell;
    private final float[] alignment;
    private final float[] voice;
    private final byte[] traits;
    private final int[] post;

    private final float peer;
    private final float conformity;
    private final float pull;
    private final float grievance;
    private final float recovery;
    private final float chill;
    /** Shares of cells whose secretaries are paid, and entitled to the functionaries' benefits, in 1/65,536. */
    private final double paidCells;
    private final double entitledCells;

    OpinionStep(Party party, float[] byCell, BlockStreams streams, float noise, ThreadLocal<float[]> scratch) {
        Rules.Opinion o = party.rules.opinion();
        MemberRoll roll = party.roll;
        float logPay = (float) Math.log(Math.max(1.0, party.payRatio));
        this.living = roll.activeMembers();
        this.count = roll.activeCount();
        this.streams = streams;
        this.noise = noise;
        this.scratch = scratch;
        this.byCell = byCell;
        cell = roll.columns().cell;
        alignment = roll.columns().alignment;
        voice = roll.columns().voice;
        traits = roll.columns().traits;
        post = roll.columns().post;
        peer = (float) o.peerInfluence();
        conformity = (float) o.careeristConformity();
        grievance = (float) o.privilegeGrievance() * logPay;
        pull = (float) party.rules.privileges().loyaltyPull() * logPay;
        recovery = (float) o.voiceRecovery();
        chill = o.factionBan() ? (float) o.banChill() : 0f;
        paidCells = party.rules.privileges().paidCellShare() * 0x10000;
        entitledCells = party.entitledCellShare * 0x10000;
    }

    /**
     * Steps the living members of block {@code b}, at {@code [b, b + 1) × OpinionDynamics.NOISE_BLOCK}. The block's
     * noise is drawn first into the thread's scratch, in a loop that does nothing else: the generator's state
     * stays in registers there, where drawn inside the step it is reloaded for every member.
     */
    void applyBlock(int b) {
        int from = b * OpinionDynamics.NOISE_BLOCK;
        int to = Math.min(count, from + OpinionDynamics.NOISE_BLOCK);
        float[] drawn = null;
        if (streams != null) {
            MersenneTwisterFast random = streams.of(b);
            drawn = scratch.get();
            for (int k = 0; k < to - from; k++) {
                drawn[k] = noise * (random.nextFloat() - 0.5f);
            }
        }
        apply(from, to, drawn);
    }

    /**
     * Steps the living members listed at {@code [from, to)}, with the noise {@code drawn} for them from {@code from} on
     * (none when null). A
     * mispredicted branch throws away the work already under way on the next members, so the rule's conditions
     * that vary from member to member at random (careerist or not, opposed or not) select between values computed
     * both ways instead of branching; the selections give the same bits as the branches would.
     */
    private void apply(int from, int to, float[] drawn) {
        boolean noisy = drawn != null;
        for (int k = from; k < to; k++) {
            int m = living[k];
            int at = cell[m] << 1;
            float a = alignment[m];
            a += peer * (byCell[at] - a);
            int t = traits[m];
            a = select(t & MemberCodes.CAREERIST, a + conformity * (1f - a), a);
            int code = post[m];
            if (code != MemberCodes.NONE && privileged(code)) {
                a += pull * (1f - a);
            } else {
                a -= grievance;
            }
            // subtracting a zero push leaves the value unchanged, bit for bit
            a -= byCell[at + 1];
            if (noisy) {
                a += drawn[k - from];
            }
            // Math.min and max keep a value inside the bounds as it is, −0 included
            float clamped = Math.min(1f, Math.max(-1f, a));
            alignment[m] = clamped;
            int marked = t | (clamped < MemberCodes.OPPOSITION_MARK ? MemberCodes.FORMER_OPPOSITION : 0);
            // written only when the mark is new (rarely, so the branch is foreseen): the traits of most members
            // are then only read, and their part of memory need not be written back
            if (marked != t) {
                traits[m] = (byte) marked;
            }
            float v = voice[m];
            v += recovery * (OpinionDynamics.naturalVoice(m) - v);
            v = select(a < 0 ? 1 : 0, v - chill * v, v);
            // v is never −0 here (a sum is −0 only when both terms are), so max(0, v) is the clamp's value
            voice[m] = Math.min(1f, Math.max(0f, v));
        }
    }

    /** {@code ifSet} when {@code condition} is not zero, else {@code otherwise}, exactly and without a branch. */
    private static float select(int condition, float ifSet, float otherwise) {
        int mask = -((condition | -condition) >>> 31);
        return Float.intBitsToFloat(Float.floatToRawIntBits(ifSet) & mask
                | Float.floatToRawIntBits(otherwise) & ~mask);
    }

    /**
     * Whether the holder of a post (not {@code NONE}) is bound to the leadership by privilege: a paid functionary,
     * or a cell secretary among those entitled to the functionaries' benefits.
     */
    private boolean privileged(int code) {
        return OpinionDynamics.paidPost(code, paidCells) || OpinionDynamics.entitledPost(code, entitledCells);
    }
}
