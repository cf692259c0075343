package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The congress: who is sent, how they vote, and what the Central Committee does with the Secretariat. */
class CongressTest {

    private static final String BASE = """
            run: {start: 1921-01, end: 1923-12, seed: 5, scale: 5}
            members: {initial: 100000, oppositionShare: 0.45}
            structure: {provinces: 10, districtsPerProvince: 4, cellSize: 20}
            opinion: {noise: 0.02}
            """;

    @Test
    void aCongressWhoseProvincialSecretariesAreAllAppointedSendsOnlyLoyalDelegates() {
        TestParty run = TestParty.of(BASE + """
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1}
                appointment: {province: {mode: appoint}}
                timeline:
                  congress: {date: 1922-04, type: congress, delegates: 500}
                """);
        int[] checked = {0};
        run.run(party -> {
            if (!party.congresses.isEmpty() && checked[0] == 0) {
                Posts provinces = party.posts(Level.PROVINCE);
                for (int p = 0; p < provinces.size(); p++) {
                    assertEquals(Posts.APPOINTED, provinces.how(p), "province " + p + " not appointed");
                }
                for (int m : party.congresses.get(0).delegates) {
                    assertTrue(party.roll().alignment(m) > 0, "a delegate in opposition");
                    assertTrue(party.roll().isActive(m), "a delegate who is not a member");
                }
                checked[0] = party.congresses.get(0).delegates.length;
            }
        });
        assertTrue(checked[0] > 50, "delegates checked: " + checked[0]);
        CongressRecord c = run.congresses.get(0);
        assertEquals(1.0, c.appointedControlledShare(), 1e-9);
        assertEquals(1.0, c.leadershipVoteShare(), 1e-9);
        assertTrue(c.confirmed());
    }

    @Test
    void electedConferencesSendDelegatesLikeTheirMembers() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  congress: {date: 1922-04, type: congress, delegates: 2000}
                """).run();
        CongressRecord c = run.congresses.get(0);
        assertEquals(0.0, c.appointedControlledShare(), 1e-9);
        MonthlyRecord month = run.records.get(Month.of(1922, 4).monthsSince(Month.of(1921, 1)));
        // delegates are drawn at random from the members, so their mean alignment is near the members' mean
        assertEquals(month.alignmentMean(), c.loyalty(), 0.08);
        assertTrue(c.dissentingDelegates() > 0, "an elected congress has dissenters");
    }

    @Test
    void dissentersAreFollowedToTheNextCongressAndDelegatesToTheEnd() {
        TestParty run = TestParty.of(BASE + """
                timeline:
                  ban: {date: 1921-03, type: rule, set: {opinion.factionBan: true}}
                  c10: {date: 1921-03, type: congress, delegates: 2000}
                  purge: {date: 1921-09, type: purge, quota: 0.3, weights: {voicedOpposition: 1}}
                  c11: {date: 1922-03, type: congress, delegates: 2000}
                  terror: {date: 1923-01, type: repression, arrests: 0.3, months: 6, weights: {delegate: 10}}
                """).run();
        CongressRecord first = run.congresses.get(0);
        CongressRecord second = run.congresses.get(1);
        assertTrue(first.dissentersSurvivingNext() >= 0);
        assertTrue(first.dissentersSurvivingNext() < first.dissentingDelegates(),
                "a purge of dissenters thinned the dissenting delegates");
        assertEquals(-1, second.dissentersSurvivingNext(), "no next congress, no count");
        assertTrue(first.delegatesArrestedByEnd() >= first.delegatesExecutedByEnd());
        assertTrue(first.delegatesArrestedByEnd() > 0.3 * first.delegates(),
                "repression weighted on delegates took more than its average share of them");
    }

    @Test
    void anOppositionCentralCommitteeCurtailsTheSecretariat() {
        TestParty run = TestParty.of(BASE.replace("oppositionShare: 0.45", "oppositionShare: 0.9") + """
                secretariat: {assignmentsPerYear: 1200, secretaryShare: 1}
                congress: {unconfirmedCapacityFactor: 0.25}
                timeline:
                  congress: {date: 1921-06, type: congress, delegates: 1000}
                """);
        run.run();
        CongressRecord c = run.congresses.get(0);
        assertTrue(!c.confirmed(), "a Central Committee in opposition does not confirm the Secretariat");
        assertEquals(0.25, run.party.capacityFactor, 1e-12);
        assertEquals(1200 * 0.25 / 12, Uchraspred.monthlyCapacity(run.party), 1e-9);
    }

    @Test
    void theShareOfOfficialsAmongDelegatesDoesNotDependOnScale() {
        // provincial and district secretaries are persons, not scaled: 1 + 8 officials for each 100 seats
        String scenario = """
                run: {start: 1921-01, end: 1922-06, seed: 9, scale: %s}
                members: {initial: 200000, oppositionShare: 0.2}
                structure: {provinces: 10, districtsPerProvince: 8, cellSize: 20}
                privileges: {paidCellShare: 0}
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1}
                appointment: {province: {mode: appoint}, district: {mode: appoint}}
                timeline:
                  congress: {date: 1922-04, type: congress, delegates: 1000}
                """;
        CongressRecord fine = TestParty.of(scenario.formatted("2")).run().congresses.get(0);
        CongressRecord coarse = TestParty.of(scenario.formatted("20")).run().congresses.get(0);
        assertEquals(1000, fine.delegates());
        assertEquals(1000, coarse.delegates(), "delegates are persons, not scaled");
        assertEquals(0.09, fine.officialsShare(), 0.011);
        assertEquals(fine.officialsShare(), coarse.officialsShare(), 0.011);
    }
}
