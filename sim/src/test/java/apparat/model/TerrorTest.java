package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The terror aimed at the elite: risk by rank without a cap, the elite's own share shot, posts refilled. */
class TerrorTest {

    private static final String BASE = """
            run: {start: 1921-01, end: 1922-12, seed: 21, scale: %s}
            members: {initial: 200000, oppositionShare: 0.3}
            structure: {provinces: 10, districtsPerProvince: 8, cellSize: 20}
            recruitment: {open: false}
            attrition: {resignationPerYear: 0, deathPerYear: 0}
            """;

    private static boolean taken(MemberRoll roll, int m) {
        return roll.status(m) == MemberCodes.ARRESTED || roll.status(m) == MemberCodes.EXECUTED;
    }

    @Test
    void relativeRiskIsNotCapped() {
        // the old guard (about a tenth) at 100 times the risk of the others
        TestParty run = TestParty.of(BASE.formatted("5") + """
                timeline:
                  terror: {date: 1921-02, type: repression, arrests: 0.05, months: 6, oldGuardJoinedBefore: 1912-01,
                           weights: {oldGuard: 99, formerOpposition: 0, fallenPatron: 0, official: 0, delegate: 0}}
                """).run();
        MemberRoll roll = run.party.roll();
        int cutoff = Month.of(1912, 1).index();
        double[] old = new double[2];
        double[] young = new double[2];
        for (int m = 0; m < roll.size(); m++) {
            double[] group = roll.joined(m) < cutoff ? old : young;
            group[0]++;
            group[1] += taken(roll, m) ? 1 : 0;
        }
        double ratio = (old[1] / old[0]) / (young[1] / young[0]);
        assertTrue(ratio > 60 && ratio < 160, "old guard taken " + ratio + " times as often; the weight says 100");
    }

    @Test
    void everyArrestIsMadeEvenWhenTheMostExposedAreAllTaken() {
        TestParty run = TestParty.of(BASE.formatted("5") + """
                timeline:
                  terror: {date: 1921-02, type: repression, arrests: 0.3, months: 3, oldGuardJoinedBefore: 1912-01,
                           weights: {oldGuard: 1000, formerOpposition: 0, fallenPatron: 0, official: 0, delegate: 0}}
                """).run();
        long before = run.records.get(0).members();
        long arrested = run.records.stream().mapToLong(MonthlyRecord::arrested).sum();
        assertEquals(0.3, (double) arrested / before, 0.005);
        MemberRoll roll = run.party.roll();
        int cutoff = Month.of(1912, 1).index();
        for (int m = 0; m < roll.size(); m++) {
            if (roll.joined(m) < cutoff) {
                assertTrue(taken(roll, m), "an old-guard member escaped a weight of 1000");
            }
        }
    }

    @Test
    void theLastCongressAndItsCommitteeAreTheTargetAndTheEliteIsShotAtItsOwnRate() {
        TestParty run = TestParty.of(BASE.formatted("5") + """
                timeline:
                  c1: {date: 1921-03, type: congress, delegates: 600, centralCommittee: 40}
                  c2: {date: 1921-06, type: congress, delegates: 600, centralCommittee: 40}
                  terror: {date: 1921-09, type: repression, arrests: 0.02, months: 12, executionShare: 0.1,
                           eliteExecutionShare: 0.9,
                           weights: {oldGuard: 0, formerOpposition: 0, fallenPatron: 0, official: 0, delegate: 30,
                                     centralCommittee: 300}}
                """).run();
        MemberRoll roll = run.party.roll();
        int[] lastDelegates = {0, 0, 0};
        int[] firstOnly = {0, 0};
        int[] committee = {0, 0};
        int[] rank = {0, 0};
        for (int m = 0; m < roll.size(); m++) {
            if (roll.lastCongress(m) == 2) {
                lastDelegates[0]++;
                lastDelegates[1] += taken(roll, m) ? 1 : 0;
                lastDelegates[2] += roll.status(m) == MemberCodes.EXECUTED ? 1 : 0;
            } else if (roll.lastCongress(m) == 1) {
                firstOnly[0]++;
                firstOnly[1] += taken(roll, m) ? 1 : 0;
            } else if (!roll.has(m, MemberCodes.DELEGATE)) {
                rank[0]++;
                rank[1] += taken(roll, m) ? 1 : 0;
            }
            if (roll.committee(m) == 2) {
                committee[0]++;
                committee[1] += taken(roll, m) ? 1 : 0;
            }
        }
        assertEquals(40, committee[0], "the roll records the committee the last congress elected");
        assertEquals(committee[0], committee[1], "a weight of 300 takes the whole committee");
        double delegates = (double) lastDelegates[1] / lastDelegates[0];
        double earlier = (double) firstOnly[1] / firstOnly[0];
        double members = (double) rank[1] / rank[0];
        assertTrue(delegates > 0.3, "delegates of the last congress taken: " + delegates);
        assertTrue(earlier < 3 * members + 0.02, "delegates of an earlier congress alone carry no rank: " + earlier);
        // the elite's share shot, 0.9: binomial on a few hundred arrests
        assertEquals(0.9, (double) lastDelegates[2] / lastDelegates[1], 0.06);
        int[] mass = {0, 0};
        for (int m = 0; m < roll.size(); m++) {
            if (taken(roll, m) && roll.lastCongress(m) != 2 && roll.post(m) == MemberCodes.NONE) {
                mass[0]++;
                mass[1] += roll.status(m) == MemberCodes.EXECUTED ? 1 : 0;
            }
        }
        assertEquals(0.1, (double) mass[1] / mass[0], 0.04, "the mass is shot at its own rate");
        long recordedDelegates = run.records.stream().mapToLong(r -> r.elite().delegatesArrested()).sum();
        long recordedCommittee = run.records.stream().mapToLong(r -> r.elite().centralCommitteeArrested()).sum();
        assertEquals(lastDelegates[1], recordedDelegates, "monthly counts of arrested delegates add up");
        assertEquals(committee[1], recordedCommittee);
        assertEquals(600, run.last().elite().lastCongressDelegates());
        CongressRecord last = run.congresses.get(1);
        assertEquals(0, last.centralCommitteeFreeAtEnd());
    }

    @Test
    void theEliteRunsTheSameRiskWhateverTheScale() {
        String scenario = BASE + """
                timeline:
                  c1: {date: 1921-03, type: congress, delegates: 800}
                  terror: {date: 1921-06, type: repression, arrests: 0.05, months: 6,
                           weights: {oldGuard: 0, formerOpposition: 0, fallenPatron: 0, official: 0, delegate: 8,
                                     provinceSecretary: 8, districtSecretary: 8}}
                """;
        double fine = delegatesTaken(TestParty.of(scenario.formatted("2")).run());
        double coarse = delegatesTaken(TestParty.of(scenario.formatted("20")).run());
        // relative risk 9 on 5 % of members, spread over six months: about 36 % of the delegates
        assertEquals(fine, coarse, 0.06);
        assertTrue(fine > 0.25 && fine < 0.5, "delegates taken " + fine);
    }

    private static double delegatesTaken(TestParty run) {
        CongressRecord c = run.congresses.get(0);
        return (double) c.delegatesArrestedByEnd() / c.delegates();
    }

    @Test
    void postsVacatedByArrestAreFilledAgainByANewCohort() {
        TestParty run = TestParty.of(BASE.formatted("5") + """
                timeline:
                  terror: {date: 1921-06, type: repression, arrests: 0.01, months: 2,
                           weights: {oldGuard: 0, formerOpposition: 0, fallenPatron: 0, official: 0, delegate: 0,
                                     provinceSecretary: 1000, districtSecretary: 1000}}
                """).run();
        long arrested = run.records.stream()
                .mapToLong(r -> r.elite().provinceSecretariesArrested() + r.elite().districtSecretariesArrested())
                .sum();
        long refilled = run.records.stream().mapToLong(r -> r.elite().postsRefilled()).sum();
        assertTrue(arrested >= 90, "nearly every provincial and district secretary arrested: " + arrested);
        assertEquals(arrested, refilled, "every post vacated by arrest is filled again");
        MonthlyRecord.LevelCounts provinces = run.last().levels().get(Level.PROVINCE.ordinal());
        assertEquals(0, provinces.vacant());
        assertTrue(run.records.stream().anyMatch(r -> r.elite().refilledStazhYears() >= 0));
    }
}
