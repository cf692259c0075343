package apparat.model;

/**
 * Flows counted during one month (in simulated members), reset when the month is recorded. Stazh groups:
 * 0 joined before November 1917, 1 from then to 1920, 2 in 1921–1928, 3 in 1929 or later.
 */
public final class MonthTally {

    /** Boundaries of the stazh groups, as month indices. */
    private static final int OCTOBER = Month.of(1917, 11).index();
    private static final int Y1921 = Month.of(1921, 1).index();
    private static final int Y1929 = Month.of(1929, 1).index();

    int recruits;
    int recruitCareerists;
    int resigned;
    int died;
    int expelled;
    int arrested;
    int executed;
    /** Candidates not admitted at the end of their probation. */
    int notAdmitted;
    /** Members whose card a verification withdrew: expelled, demoted to candidate, or made sympathisers. */
    int cardsWithdrawn;
    /** Members a verification demoted to candidate or sympathiser. */
    int demoted;
    /**
     * Secretaries displaced by the centre this month, by level: removed, moved, refused confirmation, or
     * replaced by a central placement at the end of their term (004:66 "removed or transferred").
     */
    final int[] displacedByLevel = new int[3];
    /** Assignments made by the Secretariat, in real assignments. */
    double assignments;
    /** Removals by the Secretariat, in real assignments. */
    double removals;
    /** Secretaries seated this month, by level and by how they got the post. */
    final int[][] seated = new int[3][3];
    /** Secretaries removed by the Secretariat this month, by level. */
    final int[] removedByLevel = new int[3];
    final int[] expelledByStazh = new int[4];
    final int[] arrestedByStazh = new int[4];
    final int[] executedByStazh = new int[4];
    /**
     * Members of the elite arrested (executed included) and executed this month, by rank: delegates of the last
     * congress, members of the sitting Central Committee, provincial secretaries, district secretaries.
     */
    final int[] eliteArrested = new int[4];
    final int[] eliteExecuted = new int[4];
    /** Provincial and district posts vacated by an arrest that were filled again this month. */
    int refilled;
    /** Party seniority, in months, of those seated in them. */
    long refilledStazhMonths;

    /** The stazh group of a joining month. */
    public static int stazhGroup(int joinedMonth) {
        if (joinedMonth < OCTOBER) {
            return 0;
        }
        if (joinedMonth < Y1921) {
            return 1;
        }
        return joinedMonth < Y1929 ? 2 : 3;
    }

    void reset() {
        recruits = 0;
        recruitCareerists = 0;
        resigned = 0;
        died = 0;
        expelled = 0;
        arrested = 0;
        executed = 0;
        notAdmitted = 0;
        cardsWithdrawn = 0;
        demoted = 0;
        java.util.Arrays.fill(displacedByLevel, 0);
        assignments = 0;
        removals = 0;
        for (int[] level : seated) {
            java.util.Arrays.fill(level, 0);
        }
        java.util.Arrays.fill(removedByLevel, 0);
        java.util.Arrays.fill(expelledByStazh, 0);
        java.util.Arrays.fill(arrestedByStazh, 0);
        java.util.Arrays.fill(executedByStazh, 0);
        java.util.Arrays.fill(eliteArrested, 0);
        java.util.Arrays.fill(eliteExecuted, 0);
        refilled = 0;
        refilledStazhMonths = 0;
    }
}
