package apparat.model;

import java.util.Arrays;

/**
 * The roll's two lists of the living: the active members and the candidates. Stages that visit every member
 * visit only these lists, so that their cost follows the living party and not the whole history. Both keep
 * ascending index order, the order of a full scan, because the stages draw random numbers member by member: a
 * member who leaves is swept out when the list is next asked for, never swapped with another. The lists read
 * status and probation from the {@link MemberRoll} that owns them and promote through it, so the roll's
 * counts stay its own.
 */
final class LivingMembers {

    private final MemberRoll roll;
    /** Threads for sweeping the list of the living. */
    private final Workers workers;
    /** Active members in ascending order in {@code [0, listed)}, with some who have left unless swept. */
    private int[] living;
    private int listed;
    /** Whether a listed member has left since the last sweep. */
    private boolean livingStale;
    /** Candidates in ascending order in {@code [0, waitingListed)}, with some promoted or gone unless swept. */
    private int[] waiting;
    private int waitingListed;

    LivingMembers(MemberRoll roll, int capacity, Workers workers) {
        this.roll = roll;
        this.workers = workers;
        living = new int[capacity];
        waiting = new int[16];
    }

    /** Lists a member who has just joined (the highest index so far), and as a candidate if they are one. */
    void listJoined(int m) {
        if (listed == living.length) {
            sweepLiving();
            if (listed == living.length) {
                living = Arrays.copyOf(living, listed + (listed >> 1) + 16);
            }
        }
        living[listed++] = m;
        if (roll.status(m) == MemberCodes.CANDIDATE) {
            listWaiting(m);
        }
    }

    /** Notes that a listed member has left; they are swept out when the list is next asked for. */
    void noteLeft() {
        livingStale = true;
    }

    /** See {@link MemberRoll#activeMembers()}. */
    int[] activeMembers() {
        if (livingStale) {
            sweepLiving();
        }
        return living;
    }

    /** See {@link MemberRoll#listedMembers()}. */
    int[] listed() {
        return living;
    }

    int listedCount() {
        return listed;
    }

    /**
     * Drops from the list the members who have left, keeping the order. Each range of the list is compacted in
     * place on its own thread, then the ranges' kept members are moved down in range order: the same list as one
     * sweep from the front gives, however the list is split.
     */
    private void sweepLiving() {
        int[] from = new int[workers.threads()];
        int[] kept = new int[workers.threads()];
        int[] list = living;
        workers.forEachRangeOfLightPass(listed, (range, lo, hi) -> {
            int to = lo;
            for (int k = lo; k < hi; k++) {
                int m = list[k];
                if (roll.isActive(m)) {
                    list[to++] = m;
                }
            }
            from[range] = lo;
            kept[range] = to - lo;
        });
        int n = kept[0];
        for (int r = 1; r < kept.length; r++) {
            System.arraycopy(list, from[r], list, n, kept[r]);
            n += kept[r];
        }
        listed = n;
        livingStale = false;
    }

    /** Promotes candidates due by {@code month} and drops from the list everyone no longer a candidate. */
    void promoteDue(int month) {
        int kept = 0;
        for (int k = 0; k < waitingListed; k++) {
            int m = waiting[k];
            if (roll.status(m) == MemberCodes.CANDIDATE && roll.fullFrom(m) <= month) {
                roll.promote(m);
            }
            if (roll.status(m) == MemberCodes.CANDIDATE) {
                waiting[kept++] = m;
            }
        }
        waitingListed = kept;
    }

    /** Lists a candidate: a new one, or a full member demoted back to candidate. */
    void listWaiting(int m) {
        if (waitingListed == waiting.length) {
            promoteDue(Integer.MIN_VALUE);
            if (waitingListed == waiting.length) {
                waiting = Arrays.copyOf(waiting, waitingListed + (waitingListed >> 1) + 16);
            }
        }
        waiting[waitingListed++] = m;
    }

    /** See {@link MemberRoll#dueCandidates(int)}. */
    int[] dueCandidates(int month) {
        int[] due = new int[16];
        int n = 0;
        int kept = 0;
        for (int k = 0; k < waitingListed; k++) {
            int m = waiting[k];
            if (roll.status(m) != MemberCodes.CANDIDATE) {
                continue;
            }
            if (roll.fullFrom(m) <= month) {
                if (n == due.length) {
                    due = Arrays.copyOf(due, n * 2);
                }
                due[n++] = m;
            } else {
                waiting[kept++] = m;
            }
        }
        waitingListed = kept;
        return Arrays.copyOf(due, n);
    }
}
