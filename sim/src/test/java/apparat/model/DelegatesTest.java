package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who is sent to a congress: incumbents, activists, and what becomes of known dissenters. */
class DelegatesTest {

    private static final String BASE = """
            run: {start: 1921-01, end: 1922-12, seed: 17, scale: 5}
            members: {initial: 100000, oppositionShare: 0.45, passiveShare: 0.3}
            structure: {provinces: 10, districtsPerProvince: 4, cellSize: 20}
            recruitment: {open: false}
            attrition: {resignationPerYear: 0, deathPerYear: 0}
            """;

    private static final String TWO_CONGRESSES = """
              c1: {date: 1921-03, type: congress, delegates: 500}
              c2: {date: 1922-03, type: congress, delegates: 500}
            """;

    @Test
    void delegatesOfTheLastCongressAreLikelierToBeSentAgain() {
        CongressRecord none = TestParty.of(BASE + "congress: {delegateReturn: 0}\ntimeline:\n" + TWO_CONGRESSES)
                .run().congresses.get(1);
        CongressRecord half = TestParty.of(BASE + "congress: {delegateReturn: 0.5}\ntimeline:\n" + TWO_CONGRESSES)
                .run().congresses.get(1);
        // without incumbency a delegate is one of some 14,000 simulated activists, 500 of whom are sent
        assertTrue(none.returningDelegates() < 40, "returning without incumbency: " + none.returningDelegates());
        assertEquals(250, half.returningDelegates() - none.returningDelegates() / 2.0, 40);
    }

    @Test
    void delegatesAreActivistsAndEveryVoteIsCounted() {
        TestParty run = TestParty.of(BASE + "timeline:\n" + TWO_CONGRESSES).run();
        MemberRoll roll = run.party.roll();
        for (int m = 0; m < roll.size(); m++) {
            if (roll.has(m, MemberCodes.DELEGATE)) {
                assertTrue(!roll.has(m, MemberCodes.PASSIVE), "a passive member was sent while activists were left");
            }
        }
        for (CongressRecord c : run.congresses) {
            assertEquals(c.delegates(), c.votesFor() + c.abstentions() + c.dissentingDelegates());
            assertTrue((double) c.votesFor() / c.delegates() <= c.leadershipVoteShare());
        }
    }

    @Test
    void dissentersAreMarkedAndAControlledConferenceNeverSendsThemAgain() {
        String controlled = BASE + """
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1}
                congress: {delegateReturn: 1, dissenterReturnFactor: 0}
                timeline:
                  c1: {date: 1921-03, type: congress, delegates: 500}
                  appoint: {date: 1921-04, type: rule, set: {appointment.province.mode: appoint}}
                  c2: {date: 1922-03, type: congress, delegates: 500}
                """;
        TestParty run = TestParty.of(controlled).run();
        CongressRecord first = run.congresses.get(0);
        MemberRoll roll = run.party.roll();
        int marked = 0;
        for (int m = 0; m < roll.size(); m++) {
            marked += roll.has(m, MemberCodes.KNOWN_DISSENTER) && roll.lastCongress(m) >= 1 ? 1 : 0;
        }
        assertTrue(first.dissentingDelegates() > 20, "an elected congress with many in opposition has dissenters");
        assertTrue(marked >= first.dissentingDelegates(), "every dissenter is marked");
        assertEquals(0, first.dissentersSentNext(), "a controlled conference does not send a known dissenter");

        CongressRecord elected = TestParty.of(BASE + "congress: {delegateReturn: 1}\ntimeline:\n" + TWO_CONGRESSES)
                .run().congresses.get(0);
        assertEquals(elected.dissentersSurvivingNext(), elected.dissentersSentNext(),
                "an elected conference sends its incumbents again, dissenters or not");
    }

    @Test
    void theSecretariatRemovesKnownDissentersFromTheirPostsWhenTheRulesSaySo() {
        String scenario = """
                run: {start: 1921-01, end: 1921-08, seed: 17, scale: 5}
                members: {initial: 100000, oppositionShare: 0}
                structure: {provinces: 10, districtsPerProvince: 4, cellSize: 20}
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1, removalShare: 1}
                appointment: {province: {mode: recommend, rate: 0}}
                congress: {knownDissentersRemoved: %s}
                """;
        assertEquals(0, removedAfterMarking(scenario.formatted("false")), "loyal secretaries are not removed");
        assertEquals(10, removedAfterMarking(scenario.formatted("true")), "every marked secretary is removed");
    }

    /** Marks every provincial secretary a known dissenter in June 1921 and counts removals in July. */
    private static long removedAfterMarking(String yaml) {
        TestParty run = TestParty.of(yaml);
        run.run(party -> {
            if (TestParty.done(party).equals(Month.of(1921, 6))) {
                Posts provinces = party.posts(Level.PROVINCE);
                for (int p = 0; p < provinces.size(); p++) {
                    if (!provinces.isVacant(p)) {
                        party.roll().mark(provinces.holder(p), MemberCodes.KNOWN_DISSENTER);
                    }
                }
            }
        });
        return run.records.get(Month.of(1921, 7).monthsSince(Month.of(1921, 1))).levels()
                .get(Level.PROVINCE.ordinal()).removed();
    }
}
