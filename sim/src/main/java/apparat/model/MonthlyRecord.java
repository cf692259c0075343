package apparat.model;

import java.util.List;

/**
 * The indicators of one month, recorded after all of the month's work. Counts are real persons (simulated
 * count × scale), except provincial and district posts, which are not scaled; shares are fractions; NaN means
 * "no value" (a share of nothing). The columns of {@code monthly.csv} are these fields; see
 * {@code docs/outputs.md}.
 *
 * @param month the month
 * @param members candidates and full members
 * @param fullMembers full members
 * @param candidates candidates
 * @param recruits admitted this month
 * @param resigned left of their own accord this month
 * @param died died this month
 * @param expelled expelled this month
 * @param arrested arrested this month (executed included)
 * @param executed executed this month
 * @param cells primary organisations
 * @param levels secretaries by level, in {@link Level} order
 * @param assignments Secretariat assignments this month
 * @param removals secretaries removed by the Secretariat this month
 * @param alignmentMean members' mean alignment
 * @param oppositionShare members with alignment below 0
 * @param voicedOppositionShare members in opposition and willing to speak
 * @param careeristShare careerists among members
 * @param recruitCareeristShare careerists among this month's recruits
 * @param literateShare literate members
 * @param paidApparatus paid functionaries
 * @param entitled persons entitled to special benefits
 * @param payRatio functionaries' mean pay over the average wage
 * @param budget monthly pay bill of the apparatus, rubles
 * @param expelledByStazh expelled this month by stazh group
 * @param arrestedByStazh arrested this month by stazh group
 * @param executedByStazh executed this month by stazh group
 * @param candidatesRejected candidates not admitted at the end of their probation this month
 * @param demoted members a verification demoted to candidate or sympathiser this month
 * @param cardsWithdrawn party cards a verification withdrew this month (expelled plus demoted)
 * @param elite the party's elite under repression this month, counted in persons
 */
public record MonthlyRecord(Month month, long members, long fullMembers, long candidates, long recruits,
                            long resigned, long died, long expelled, long arrested, long executed, long cells,
                            List<LevelCounts> levels, double assignments, double removals, double alignmentMean,
                            double oppositionShare, double voicedOppositionShare, double careeristShare,
                            double recruitCareeristShare, double literateShare, double paidApparatus,
                            double entitled, double payRatio, double budget, StazhCounts expelledByStazh,
                            StazhCounts arrestedByStazh, StazhCounts executedByStazh, long candidatesRejected,
                            long demoted, long cardsWithdrawn, EliteCounts elite) {

    public MonthlyRecord {
        levels = List.copyOf(levels);
    }

    /**
     * Secretary posts of one level and how their holders got them (stocks at the end of the month), and the
     * secretaries seated and removed during the month (flows); {@code displaced} counts every secretary the
     * centre moved out this month — removed, transferred, refused confirmation or replaced by its placement.
     */
    public record LevelCounts(Level level, long posts, long vacant, long elected, long recommended, long appointed,
                              double loyalty, long newElected, long newRecommended, long newAppointed,
                              long removed, long displaced) {

        public long filled() {
            return elected + recommended + appointed;
        }

        /** A count's share of the filled posts, NaN when none is filled. */
        public double share(long count) {
            long filled = filled();
            return filled == 0 ? Double.NaN : (double) count / filled;
        }
    }

    /**
     * The elite under repression: persons, not scaled (each delegate, Committee member and provincial or
     * district secretary is one person).
     *
     * @param lastCongressDelegates delegates seated at the last congress held (0 before the first)
     * @param delegatesArrested delegates of the last congress arrested this month (executed included)
     * @param delegatesExecuted of these, executed
     * @param centralCommitteeArrested members of the sitting Central Committee arrested this month
     * @param centralCommitteeExecuted of these, executed
     * @param provinceSecretariesArrested provincial secretaries arrested in office this month
     * @param districtSecretariesArrested district secretaries arrested in office this month
     * @param postsRefilled provincial and district posts vacated by an arrest and filled again this month
     * @param refilledStazhYears mean party seniority of those seated in them, years (NaN when none)
     */
    public record EliteCounts(long lastCongressDelegates, long delegatesArrested, long delegatesExecuted,
                              long centralCommitteeArrested, long centralCommitteeExecuted,
                              long provinceSecretariesArrested, long districtSecretariesArrested,
                              long postsRefilled, double refilledStazhYears) {
    }

    /** Counts by party seniority group: joined before Nov 1917, Nov 1917–1920, 1921–1928, 1929 on. */
    public record StazhCounts(long pre1917, long from1917To1920, long from1921To1928, long from1929) {
    }
}
