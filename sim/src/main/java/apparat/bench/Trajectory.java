package apparat.bench;

import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import java.util.Arrays;

/**
 * The size of the party month by month as a run of the model went, in simulated members: how many were on the
 * roll at the end of each month and how many joined in it. The naive baseline follows it, so that both
 * implementations step the same number of members every month.
 */
public final class Trajectory implements MonthObserver {

    private final double scale;
    private int months;
    private int[] members = new int[64];
    private int[] recruits = new int[64];

    /** A trajectory to be recorded from a run at {@code scale} real members per simulated member. */
    public Trajectory(double scale) {
        this.scale = scale;
    }

    @Override
    public void month(MonthlyRecord r) {
        if (months == members.length) {
            members = Arrays.copyOf(members, months * 2);
            recruits = Arrays.copyOf(recruits, months * 2);
        }
        members[months] = (int) Math.round(r.members() / scale);
        recruits[months] = (int) Math.round(r.recruits() / scale);
        months++;
    }

    public int months() {
        return months;
    }

    /** Simulated members at the end of month {@code k} (0 is the first month). */
    public int members(int k) {
        return members[k];
    }

    /** Simulated members who joined in month {@code k}. */
    public int recruits(int k) {
        return recruits[k];
    }

    /** Simulated member-months: members summed over months. */
    public long memberMonths() {
        long sum = 0;
        for (int k = 0; k < months; k++) {
            sum += members[k];
        }
        return sum;
    }

    /** The largest simulated membership in any month. */
    public int peak() {
        int peak = 0;
        for (int k = 0; k < months; k++) {
            peak = Math.max(peak, members[k]);
        }
        return peak;
    }
}
