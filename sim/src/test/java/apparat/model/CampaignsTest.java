package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Purges and repression hit whom their weights say, in the numbers their settings say. */
class CampaignsTest {

    private static final String BASE = """
            run: {start: 1921-01, end: 1921-12, seed: 11, scale: 5}
            members: {initial: 100000, oppositionShare: 0.3, careeristShare: 0.2, passiveShare: 0.3,
                      formerOtherPartyShare: 0.1}
            structure: {provinces: 10, districtsPerProvince: 4, cellSize: 20}
            recruitment: {open: false}
            attrition: {resignationPerYear: 0, deathPerYear: 0}
            opinion: {noise: 0, peerInfluence: 0, careeristConformity: 0}
            """;

    @Test
    void aPurgeWeightedOnlyOnOppositionExpelsNoLeadershipAlignedMember() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  purge: {date: 1921-06, type: purge, quota: 0.5, noise: 0.5, weights: {opposition: 1}}
                """).run();
        MemberRoll roll = run.party.roll();
        int expelled = 0;
        for (int m = 0; m < roll.size(); m++) {
            if (roll.status(m) == MemberCodes.EXPELLED) {
                expelled++;
                assertTrue(roll.alignment(m) < 0, "expelled a member aligned with the leadership");
            }
        }
        assertTrue(expelled > 1000, "the purge expelled " + expelled);
    }

    @Test
    void aQuotaPurgeExpelsItsShareOfTheExamined() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  purge: {date: 1921-06, type: purge, quota: 0.25, reach: 1, weights: {passivity: 1, careerism: 1,
                          opposition: 1}}
                """).run();
        long before = run.records.get(4).members();
        long expelled = run.records.stream().mapToLong(MonthlyRecord::expelled).sum();
        assertEquals(0.25, (double) expelled / before, 0.01);
    }

    @Test
    void aPurgeOfCareeristsSparesConvincedMembersAndAPurgeOfDissentersSparesCareerists() {
        TestParty careerists = TestParty.of(BASE + """
                timeline:
                  purge: {date: 1921-06, type: purge, quota: 0.1, weights: {careerism: 1}}
                """).run();
        TestParty dissenters = TestParty.of(BASE + """
                timeline:
                  purge: {date: 1921-06, type: purge, quota: 0.1, weights: {opposition: 1}}
                """).run();
        MemberRoll a = careerists.party.roll();
        MemberRoll b = dissenters.party.roll();
        for (int m = 0; m < a.size(); m++) {
            if (a.status(m) == MemberCodes.EXPELLED) {
                assertTrue(a.has(m, MemberCodes.CAREERIST), "careerist purge expelled a convinced member");
            }
        }
        for (int m = 0; m < b.size(); m++) {
            if (b.status(m) == MemberCodes.EXPELLED) {
                // careerists never start in opposition and conformity is off, so none is in opposition
                assertTrue(!b.has(m, MemberCodes.CAREERIST), "dissenter purge expelled a careerist");
            }
        }
    }

    @Test
    void aThresholdPurgeExpelsEveryoneAboveItAndNobodyBelow() {
        // passivity alone scores 0.5 of the weight, passivity with careerism 1.0
        TestParty run = TestParty.of(BASE + """
                timeline:
                  purge: {date: 1921-06, type: purge, rule: threshold, threshold: 0.75, noise: 0,
                          weights: {passivity: 1, careerism: 1}}
                """).run();
        MemberRoll roll = run.party.roll();
        for (int m = 0; m < roll.size(); m++) {
            boolean both = roll.has(m, MemberCodes.PASSIVE) && roll.has(m, MemberCodes.CAREERIST);
            boolean rural = roll.has(m, MemberCodes.RURAL);
            if (!rural) {
                assertEquals(both, roll.status(m) == MemberCodes.EXPELLED, "member " + m);
            }
        }
    }

    @Test
    void theRuralFactorPurgesTheCountrysideHarder() {
        TestParty run = TestParty.of(BASE.replace("formerOtherPartyShare: 0.1}",
                "formerOtherPartyShare: 0.1, ruralShare: 0.5}") + """
                timeline:
                  purge: {date: 1921-06, type: purge, rule: threshold, threshold: 0.6, noise: 0, ruralFactor: 2,
                          weights: {passivity: 1, careerism: 1}}
                """).run();
        MemberRoll roll = run.party.roll();
        int ruralOut = 0;
        int rural = 0;
        int townOut = 0;
        int town = 0;
        for (int m = 0; m < roll.size(); m++) {
            boolean out = roll.status(m) == MemberCodes.EXPELLED;
            if (roll.has(m, MemberCodes.RURAL)) {
                rural++;
                ruralOut += out ? 1 : 0;
            } else {
                town++;
                townOut += out ? 1 : 0;
            }
        }
        assertTrue((double) ruralOut / rural > 2 * (double) townOut / town);
    }

    @Test
    void repressionArrestsItsShareAndShootsItsShareOfTheArrested() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  terror: {date: 1921-02, type: repression, arrests: 0.2, months: 10, executionShare: 0.28}
                """).run();
        long start = run.records.get(0).members();
        long arrested = run.records.stream().mapToLong(MonthlyRecord::arrested).sum();
        long executed = run.records.stream().mapToLong(MonthlyRecord::executed).sum();
        assertEquals(0.2, (double) arrested / start, 0.01);
        // binomial: 4,000 simulated arrests, sd of the share about 0.007
        assertEquals(0.28, (double) executed / arrested, 0.03);
    }

    @Test
    void repressionWeightedOnTheOldGuardTakesMoreOfIt() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  terror: {date: 1921-02, type: repression, arrests: 0.1, months: 6, oldGuardJoinedBefore: 1917-11,
                           weights: {oldGuard: 5, formerOpposition: 0, fallenPatron: 0, official: 0, delegate: 0}}
                """).run();
        MemberRoll roll = run.party.roll();
        int oldTaken = 0;
        int old = 0;
        int youngTaken = 0;
        int young = 0;
        int cutoff = Month.of(1917, 11).index();
        for (int m = 0; m < roll.size(); m++) {
            boolean taken = roll.status(m) == MemberCodes.ARRESTED || roll.status(m) == MemberCodes.EXECUTED;
            if (roll.joined(m) < cutoff) {
                old++;
                oldTaken += taken ? 1 : 0;
            } else {
                young++;
                youngTaken += taken ? 1 : 0;
            }
        }
        double ratio = ((double) oldTaken / old) / ((double) youngTaken / young);
        assertTrue(ratio > 4 && ratio < 8, "old guard taken " + ratio + " times as often; weight says 6");
    }
}
