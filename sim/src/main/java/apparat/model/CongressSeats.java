package apparat.model;

import java.util.Arrays;

/**
 * Per member, the congresses in their record: the last congress they sat at as a delegate and the last that
 * elected them to the Central Committee, as ordinals in the run (1, 2, …) in one unsigned byte each (0: none).
 * Kept beside the {@link MemberRoll}, which grows it with itself, for indicators such as "delegates of the last
 * congress since arrested" and for the terror's strata.
 */
final class CongressSeats {

    private byte[] lastCongress;
    private byte[] committee;

    CongressSeats(int capacity) {
        lastCongress = new byte[capacity];
        committee = new byte[capacity];
    }

    void grow(int capacity) {
        lastCongress = Arrays.copyOf(lastCongress, capacity);
        committee = Arrays.copyOf(committee, capacity);
    }

    int lastCongress(int m) {
        return lastCongress[m] & 0xFF;
    }

    void attend(int m, int congressOrdinal) {
        lastCongress[m] = ordinal(congressOrdinal);
    }

    int committee(int m) {
        return committee[m] & 0xFF;
    }

    void electToCommittee(int m, int congressOrdinal) {
        committee[m] = ordinal(congressOrdinal);
    }

    private static byte ordinal(int congressOrdinal) {
        if (congressOrdinal < 1 || congressOrdinal > MemberCodes.MAX_CONGRESSES) {
            throw new IllegalArgumentException("congress ordinal " + congressOrdinal + " outside 1.."
                    + MemberCodes.MAX_CONGRESSES);
        }
        return (byte) congressOrdinal;
    }
}
