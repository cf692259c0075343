package apparat.model;

/**
 * Active members counted by the four kinds the resignation weights tell apart: worker or peasant or not, and
 * secretary or congress delegate or not. The roll keeps the counts as members join, leave, take or lose posts and
 * sit at congresses, so the month's resignations know the sum of the weights without a pass over the living; the
 * counts are integers, the same whatever the threads.
 */
final class MemberKinds {

    /** Bit of a kind: the member is a worker or a peasant (not an employee). */
    static final int WORKER_OR_PEASANT = 1;
    /** Bit of a kind: the member holds a post or sat at a congress. */
    static final int OFFICIAL = 2;
    static final int COUNT = 4;

    private final int[] active = new int[COUNT];

    static int of(byte origin, int post, byte traits) {
        int kind = origin == MemberCodes.EMPLOYEE ? 0 : WORKER_OR_PEASANT;
        if (post != MemberCodes.NONE || (traits & MemberCodes.DELEGATE) != 0) {
            kind |= OFFICIAL;
        }
        return kind;
    }

    void joined(int kind) {
        active[kind]++;
    }

    void left(int kind) {
        active[kind]--;
    }

    void changed(int from, int to) {
        active[from]--;
        active[to]++;
    }

    int active(int kind) {
        return active[kind];
    }
}
