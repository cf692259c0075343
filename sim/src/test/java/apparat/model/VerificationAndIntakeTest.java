package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Verifications with their three outcomes, intake waves, probation and who resigns. */
class VerificationAndIntakeTest {

    private static final String BASE = """
            run: {start: 1933-01, end: 1934-12, seed: 5, scale: 5}
            members: {initial: 100000, oppositionShare: 0.3, careeristShare: 0.2, passiveShare: 0.3}
            structure: {provinces: 10, districtsPerProvince: 4, cellSize: 20}
            recruitment: {open: false, candidateMonths: 12}
            attrition: {resignationPerYear: 0, deathPerYear: 0}
            opinion: {noise: 0, peerInfluence: 0, careeristConformity: 0}
            """;

    @Test
    void aVerificationWorksThroughItsMembersOverItsMonths() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  verification: {date: 1933-05, type: purge, months: 10, quota: 0.2, weights: {passivity: 1}}
                """).run();
        int active = 0;
        for (MonthlyRecord r : run.records) {
            boolean during = !r.month().isBefore(Month.of(1933, 5)) && r.month().isBefore(Month.of(1934, 3));
            if (during) {
                assertTrue(r.cardsWithdrawn() > 0, "cards are withdrawn every month of the campaign: " + r.month());
                active++;
            } else {
                assertEquals(0, r.cardsWithdrawn(), "no card is withdrawn outside the campaign: " + r.month());
            }
        }
        assertEquals(10, active);
        long withdrawn = run.records.stream().mapToLong(MonthlyRecord::cardsWithdrawn).sum();
        assertEquals(0.2, withdrawn / 100000.0, 0.01, "the quota applies to the whole campaign");
    }

    @Test
    void aWithdrawnCardMeansExpulsionDemotionToCandidateOrSympathiser() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  verification: {date: 1933-05, type: purge, months: 4, quota: 0.3, weights: {passivity: 1},
                                 outcomes: {candidate: 0.3, sympathiser: 0.2}}
                """).run();
        long withdrawn = run.records.stream().mapToLong(MonthlyRecord::cardsWithdrawn).sum();
        long expelled = run.records.stream().mapToLong(MonthlyRecord::expelled).sum();
        long demoted = run.records.stream().mapToLong(MonthlyRecord::demoted).sum();
        assertEquals(withdrawn, expelled + demoted, "every withdrawn card has exactly one outcome");
        assertEquals(0.5, (double) expelled / withdrawn, 0.03);
        MemberRoll roll = run.party.roll();
        int sympathisers = 0;
        for (int m = 0; m < roll.size(); m++) {
            if (roll.status(m) == MemberCodes.SYMPATHISER) {
                sympathisers++;
                assertTrue(roll.has(m, MemberCodes.PASSIVE), "only the verification's targets lose their card");
            }
        }
        assertEquals(0.2, sympathisers * 5.0 / withdrawn, 0.03);
        MonthlyRecord during = run.records.get(6);
        assertTrue(during.candidates() > 0, "demoted members are candidates again");
        assertEquals(during.members(), during.fullMembers() + during.candidates());
    }

    @Test
    void theSortingAfterAWaveFallsOnItsRecruits() {
        TestParty run = TestParty.of(BASE.replace("candidateMonths: 12", "candidateMonths: 0") + """
                timeline:
                  wave: {date: 1933-01, type: levy, recruits: 50000, months: 3}
                  sorting: {date: 1933-06, type: purge, quota: 0.1, recruitedAfter: 1933-01,
                            weights: {recentRecruit: 1}}
                """).run();
        MemberRoll roll = run.party.roll();
        int expelled = 0;
        for (int m = 0; m < roll.size(); m++) {
            if (roll.status(m) == MemberCodes.EXPELLED) {
                expelled++;
                assertTrue(roll.joined(m) >= Month.of(1933, 1).index(), "an old member was sorted out");
            }
        }
        assertTrue(expelled > 1000, "the sorting expelled " + expelled);
    }

    @Test
    void anIntakeWaveAdmitsItsAbsoluteSizeWhateverThePartysSize() {
        for (int initial : new int[] {20000, 200000}) {
            TestParty run = TestParty.of(BASE.replace("initial: 100000", "initial: " + initial)
                    .replace("candidateMonths: 12", "candidateMonths: 0") + """
                    timeline:
                      wave: {date: 1933-03, type: levy, recruits: 60000, months: 6}
                    """).run();
            long recruits = run.records.stream().mapToLong(MonthlyRecord::recruits).sum();
            assertEquals(60000, recruits, 600, "a wave of 60,000 into a party of " + initial);
        }
    }

    @Test
    void candidatesFailProbationAtTheRulesShare() {
        TestParty run = TestParty.of(BASE.replace("open: false", "open: true, ratePerYear: 0.5, "
                + "probationFailure: 0.25")).run();
        long rejected = run.records.stream().mapToLong(MonthlyRecord::candidatesRejected).sum();
        MemberRoll roll = run.party.roll();
        int promoted = 0;
        int notAdmitted = 0;
        for (int m = 0; m < roll.size(); m++) {
            if (roll.joined(m) >= Month.of(1933, 1).index() && roll.fullFrom(m) <= Month.of(1934, 12).index()) {
                if (roll.status(m) == MemberCodes.NOT_ADMITTED) {
                    notAdmitted++;
                } else if (roll.isFull(m)) {
                    promoted++;
                }
            }
        }
        assertEquals(notAdmitted * 5L, rejected);
        assertEquals(0.25, notAdmitted / (double) (notAdmitted + promoted), 0.03);
    }

    @Test
    void workersAndPeasantsResignMoreOftenAndSecretariesSeldom() {
        TestParty run = TestParty.of(BASE.replace("resignationPerYear: 0", "resignationPerYear: 0.2,"
                + " workerPeasantFactor: 3, officialFactor: 0")).run();
        MemberRoll roll = run.party.roll();
        int[] left = new int[3];
        int[] all = new int[3];
        for (int m = 0; m < roll.size(); m++) {
            all[roll.origin(m)]++;
            if (roll.status(m) == MemberCodes.RESIGNED) {
                left[roll.origin(m)]++;
            }
        }
        // "three times as often" is a ratio of monthly chances; over two years at these rates the shares who
        // left saturate (their ratio is about 2.6), so the chances are compared through the shares who stayed:
        // log(stayed) is minus the sum of the monthly chances, nearly enough
        double employees = -Math.log(1 - (double) left[MemberCodes.EMPLOYEE] / all[MemberCodes.EMPLOYEE]);
        double workers = -Math.log(1 - (double) left[MemberCodes.WORKER] / all[MemberCodes.WORKER]);
        assertEquals(3.0, workers / employees, 0.5, "workers resign three times as often as employees");
        long resigned = run.records.stream().mapToLong(MonthlyRecord::resigned).sum();
        assertEquals(0.2 * 2 * 100000 * 0.75, resigned, 100000 * 0.06,
                "the weights decide who leaves, not how many");
        for (Level level : Level.values()) {
            Posts posts = run.party.posts(level);
            for (int p = 0; p < posts.size(); p++) {
                int h = posts.holder(p);
                assertTrue(h == MemberCodes.NONE || roll.isActive(h));
            }
        }
    }

    @Test
    void theOutspokenSpeakAgainOnceTheFearHasWornOff() {
        TestParty run = TestParty.of(BASE.replace("1934-12", "1938-12")
                .replace("careeristConformity: 0}", "careeristConformity: 0, fear: 0.6, voiceRecovery: 0.05}") + """
                timeline:
                  purge: {date: 1933-02, type: purge, quota: 0.01, weights: {passivity: 1}}
                """).run();
        MonthlyRecord after = run.records.get(2);
        MonthlyRecord later = run.last();
        assertTrue(later.voicedOppositionShare() > after.voicedOppositionShare() * 1.5,
                "voiced opposition " + after.voicedOppositionShare() + " after the purge, "
                        + later.voicedOppositionShare() + " years later");
    }
}
