package apparat.model;

import java.util.Arrays;

/**
 * The roll's records as parallel primitive arrays, one a field, indexed by member: about 37 bytes a member with
 * the lists of the living, so that a 1:1 run of several million members fits in memory. The bulk stages step
 * these arrays in place (package-private: the stages own the rules, {@link MemberRoll} owns the layout); an
 * array read from here is valid until the next member joins, which may grow them all.
 */
final class MemberColumns {

    /** Month index of joining (stazh counts from here). */
    int[] joined;
    /** Month index from which a candidate becomes a full member. */
    int[] fullFrom;
    byte[] status;
    byte[] traits;
    byte[] origin;
    /** −1 opposition … +1 leadership. */
    float[] alignment;
    /** Willingness to speak, 0 … 1. */
    float[] voice;
    int[] cell;
    /** Who placed the member in their post: a member, {@link MemberCodes#CENTRE}, or {@link MemberCodes#NONE}. */
    int[] patron;
    /** The post held, as {@link Posts#code}, or {@link MemberCodes#NONE}. */
    int[] post;

    MemberColumns(int capacity) {
        joined = new int[capacity];
        fullFrom = new int[capacity];
        status = new byte[capacity];
        traits = new byte[capacity];
        origin = new byte[capacity];
        alignment = new float[capacity];
        voice = new float[capacity];
        cell = new int[capacity];
        patron = new int[capacity];
        post = new int[capacity];
    }

    int capacity() {
        return joined.length;
    }

    /** Grows every column to {@code capacity} members, keeping the records. */
    void grow(int capacity) {
        joined = Arrays.copyOf(joined, capacity);
        fullFrom = Arrays.copyOf(fullFrom, capacity);
        status = Arrays.copyOf(status, capacity);
        traits = Arrays.copyOf(traits, capacity);
        origin = Arrays.copyOf(origin, capacity);
        alignment = Arrays.copyOf(alignment, capacity);
        voice = Arrays.copyOf(voice, capacity);
        cell = Arrays.copyOf(cell, capacity);
        patron = Arrays.copyOf(patron, capacity);
        post = Arrays.copyOf(post, capacity);
    }

    /** Bytes held per member record, for the performance notes (the list of active members included). */
    static int bytesPerMember() {
        return 4 + 4 + 1 + 1 + 1 + 4 + 4 + 4 + 4 + 4 + 4 + 1 + 1;
    }
}
