package apparat.bench;

/**
 * One timed run: how much work it did and what it cost.
 *
 * @param scale real members per simulated member
 * @param months months simulated
 * @param peakMembers largest simulated membership in a month
 * @param memberMonths simulated members stepped, summed over months
 * @param seconds wall time of the run
 * @param cpuSeconds processor time of the simulating thread (garbage collection and compilation not included):
 *     on a busy machine a steadier figure than wall time
 * @param peakHeapBytes largest heap in use during the run (garbage not yet collected included)
 */
public record Measurement(double scale, int months, long peakMembers, long memberMonths, double seconds,
                          double cpuSeconds, long peakHeapBytes) {

    public double memberMonthsPerSecond() {
        return memberMonths / seconds;
    }

    /** Wall time per member-month in nanoseconds: constant across scales when the cost is linear in members. */
    public double nanosPerMemberMonth() {
        return seconds * 1e9 / memberMonths;
    }
}
