package apparat.model;

import java.util.function.IntConsumer;

/**
 * Reads ahead the roll records of members that a stage is about to take off the roll, or seat, at scattered
 * places. Taken one at a time, each such member costs several trips to memory, one per column of the roll, made
 * one after another; read here first, in a loop that does nothing else, the records of many members are fetched
 * at once, and the work that follows finds them in the processor's cache. Reading changes nothing, so the
 * outputs are the same with or without it.
 */
final class ReadAhead {

    /** Members read ahead at a time: few enough that their records are still in the cache when they are used. */
    static final int CHUNK = 128;

    private final MemberRoll roll;
    /** What the reads came to, kept so that the compiler cannot leave them out as unused. */
    private int sink;

    ReadAhead(MemberRoll roll) {
        this.roll = roll;
    }

    /**
     * Reads the records of {@code members[from, to)} (entries below 0, such as {@link MemberCodes#NONE}, are passed
     * by): the columns that taking a member off the roll, or seating one, reads.
     */
    void read(int[] members, int from, int to) {
        byte[] status = roll.columns().status;
        byte[] traits = roll.columns().traits;
        byte[] origin = roll.columns().origin;
        int[] post = roll.columns().post;
        int[] cell = roll.columns().cell;
        int[] joined = roll.columns().joined;
        int seen = sink;
        for (int i = from; i < to; i++) {
            int m = members[i];
            if (m >= 0) {
                seen += status[m] + traits[m] + origin[m] + post[m] + cell[m] + joined[m];
            }
        }
        sink = seen;
    }

    /**
     * Calls {@code atIndex} with each index of {@code members[0, count)} in order, reading the members' records
     * ahead a chunk at a time, for a caller about to take them off the roll or seat them.
     */
    void each(int[] members, int count, IntConsumer atIndex) {
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            read(members, from, to);
            for (int i = from; i < to; i++) {
                atIndex.accept(i);
            }
        }
    }
}
