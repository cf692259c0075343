package apparat.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Stage 9: counts the month's indicators, hands them to the observers, and moves the calendar on. */
final class Recorder implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Scratch of {@link #levelCounts}: the holders' alignments by post, kept between months. */
    private transient float[] held;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        MonthlyRecord record = record(party);
        for (MonthObserver observer : party.observers()) {
            observer.month(record);
        }
        party.tally.reset();
        party.month++;
    }

    MonthlyRecord record(Party party) {
        MemberRoll roll = party.roll;
        double s = party.scale();
        // head counts the roll keeps as members join and leave; what moves every month is summed over the living
        long active = roll.activeCount();
        long full = active - roll.candidateCount();
        long careerists = roll.careeristCount();
        long literate = roll.literateCount();
        OpinionTotals opinion = OpinionTotals.of(roll, party.workers);
        MonthTally t = party.tally;
        List<MonthlyRecord.LevelCounts> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(levelCounts(party, level));
        }
        return new MonthlyRecord(party.month(), real(active, s), real(full, s), real(active - full, s),
                real(t.recruits, s), real(t.resigned, s), real(t.died, s), real(t.expelled, s), real(t.arrested, s),
                real(t.executed, s), real(party.hierarchy.liveCells(), s), levels, t.assignments, t.removals,
                share(opinion.alignment(), active), share(opinion.opposed(), active),
                share(opinion.voiced(), active), share(careerists, active),
                share(t.recruitCareerists, t.recruits), share(literate, active), party.paidApparatus, party.entitled,
                party.payRatio, party.payBill, stazh(t.expelledByStazh, s), stazh(t.arrestedByStazh, s),
                stazh(t.executedByStazh, s), real(t.notAdmitted, s), real(t.demoted, s), real(t.cardsWithdrawn, s),
                elite(party));
    }

    private static MonthlyRecord.EliteCounts elite(Party party) {
        MonthTally t = party.tally;
        return new MonthlyRecord.EliteCounts(party.lastCongressDelegates(), t.eliteArrested[0], t.eliteExecuted[0],
                t.eliteArrested[1], t.eliteExecuted[1], t.eliteArrested[2], t.eliteArrested[3], t.refilled,
                t.refilled == 0 ? Double.NaN : t.refilledStazhMonths / 12.0 / t.refilled);
    }

    private MonthlyRecord.LevelCounts levelCounts(Party party, Level level) {
        Posts posts = party.posts(level);
        // the holders' alignments first, on all the cores: a lookup in the roll per post, each a trip to memory
        // that the count below would make one after another; the sum is then taken in post order as before
        if (held == null || held.length < posts.size()) {
            held = new float[posts.size() + posts.size() / 2 + 16];
        }
        float[] alignments = held;
        MemberRoll roll = party.roll;
        party.workers.forRanges(posts.size(), (lo, hi) -> {
            for (int p = lo; p < hi; p++) {
                alignments[p] = posts.isVacant(p) ? 0f : roll.alignment(posts.holder(p));
            }
        });
        long[] how = new long[3];
        long vacant = 0;
        double loyalty = 0;
        long count = 0;
        for (int p = 0; p < posts.size(); p++) {
            // an emptied cell has no organisation to lead, so its post does not count as vacant
            if (level == Level.CELL && party.hierarchy.cellMembers(p) == 0) {
                continue;
            }
            count++;
            if (posts.isVacant(p)) {
                vacant++;
            } else {
                how[posts.how(p)]++;
                loyalty += alignments[p];
            }
        }
        long filled = how[0] + how[1] + how[2];
        double factor = level == Level.CELL ? party.scale() : 1.0;
        return new MonthlyRecord.LevelCounts(level, real(count, factor), real(vacant, factor),
                real(how[Posts.ELECTED], factor), real(how[Posts.RECOMMENDED], factor),
                real(how[Posts.APPOINTED], factor), filled == 0 ? Double.NaN : loyalty / filled,
                real(party.tally.seated[level.ordinal()][Posts.ELECTED], factor),
                real(party.tally.seated[level.ordinal()][Posts.RECOMMENDED], factor),
                real(party.tally.seated[level.ordinal()][Posts.APPOINTED], factor),
                real(party.tally.removedByLevel[level.ordinal()], factor),
                real(party.tally.displacedByLevel[level.ordinal()], factor));
    }

    private static long real(double simulated, double scale) {
        return Math.round(simulated * scale);
    }

    private static double share(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }

    private static MonthlyRecord.StazhCounts stazh(int[] counts, double s) {
        return new MonthlyRecord.StazhCounts(real(counts[0], s), real(counts[1], s), real(counts[2], s),
                real(counts[3], s));
    }
}
