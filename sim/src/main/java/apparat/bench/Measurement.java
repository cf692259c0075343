package apparat.bench;

/**
 * One timed run: how much work it did and what it cost.
 *
 * @param scale real members per simulated member
 * @param months months simulated
 * @param peakMembers largest simulated membership in a month
 * @param memberMonths simulated members stepped, summed over months
 * @param seconds wall time of the run
 * @param cpuSeconds processor time of the whole process during the run, all its threads (the run's, garbage
 *     collection, compilation): on a busy machine a steadier figure than wall time
 * @param peakHeapBytes largest heap in use during the run (garbage not yet collected included)
 * @param keptHeapBytes largest heap in use right after a garbage collection: what the run holds
 */
public record Measurement(double scale, int months, long peakMembers, long memberMonths, double seconds,
                          double cpuSeconds, long peakHeapBytes, long keptHeapBytes) {

    public double memberMonthsPerSecond() {
        return memberMonths / seconds;
    }

    /** Wall time per member-month in nanoseconds: constant across scales when the cost is linear in members. */
    public double nanosPerMemberMonth() {
        return seconds * 1e9 / memberMonths;
    }
}
