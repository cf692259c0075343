package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each rule of filling secretary posts does what it says. */
class AppointmentRulesTest {

    private static final String BASE = """
            run: {start: 1920-01, end: 1924-12, seed: 3, scale: 10}
            members: {initial: 80000, oppositionShare: 0.4}
            structure: {provinces: 20, districtsPerProvince: 4, cellSize: 15}
            """;

    @Test
    void withConfirmationOnNoUnconfirmedProvincialSecretaryHoldsOffice() {
        Month rule = Month.of(1922, 8);
        TestParty.of(BASE + """
                timeline:
                  confirmation: {date: 1922-08, type: rule, set: {appointment.confirmProvince: true,
                                 appointment.confirmMinAlignment: 0.2}}
                """).run(party -> {
                    if (TestParty.done(party).isBefore(rule)) {
                        return;
                    }
                    Posts posts = party.posts(Level.PROVINCE);
                    for (int p = 0; p < posts.size(); p++) {
                        if (!posts.isVacant(p)) {
                            assertTrue(posts.confirmed(p), party.month() + ": unconfirmed secretary in province " + p);
                            // at the month of election the secretary's alignment is what the higher body saw
                            if (posts.how(p) == Posts.ELECTED && posts.since(p) == TestParty.done(party).index()) {
                                assertTrue(party.roll().alignment(posts.holder(p)) >= 0.2f,
                                        "confirmed despite alignment below the accepted level");
                            }
                        }
                    }
                });
    }

    @Test
    void withCapacityZeroNobodyIsAppointedOrRecommended() {
        TestParty run = TestParty.of(BASE + """
                secretariat: {assignmentsPerYear: 0}
                appointment:
                  province: {mode: appoint}
                  district: {mode: recommend}
                  cell: {mode: appoint}
                  confirmProvince: true
                """).run();
        for (MonthlyRecord r : run.records) {
            for (MonthlyRecord.LevelCounts l : r.levels()) {
                assertEquals(0, l.appointed() + l.recommended(), r.month() + " " + l.level());
            }
            assertEquals(0.0, r.assignments());
        }
        assertTrue(run.last().levels().get(0).elected() > 0, "posts are still filled by election");
    }

    @Test
    void withoutAnyInterventionEverySecretaryIsElected() {
        TestParty run = TestParty.of(BASE + "secretariat: {assignmentsPerYear: 100000}\n").run();
        for (MonthlyRecord.LevelCounts l : run.last().levels()) {
            assertEquals(l.filled(), l.elected(), l.level() + " secretaries not all elected");
            assertTrue(l.filled() > 0);
        }
    }

    @Test
    void appointmentModeAppointsAndRecommendationNeedsAcceptance() {
        TestParty appointed = TestParty.of(BASE + """
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1}
                appointment: {province: {mode: appoint}}
                """).run();
        MonthlyRecord.LevelCounts province = appointed.last().levels().get(Level.PROVINCE.ordinal());
        assertEquals(province.filled(), province.appointed(), "every provincial secretary appointed");

        TestParty refused = TestParty.of(BASE + """
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1}
                appointment: {province: {mode: recommend}, district: {mode: recommend}, acceptance: 0}
                """).run();
        for (MonthlyRecord r : refused.records) {
            assertEquals(0, r.levels().get(0).recommended() + r.levels().get(1).recommended(),
                    "a recommendation nobody accepts never seats anyone");
        }
    }

    @Test
    void seniorityRuleKeepsJuniorMembersOutOfProvincialPosts() {
        Month rule = Month.of(1921, 12);
        Month cutoff = Month.of(1917, 11);
        TestParty.of(BASE + """
                recruitment: {ratePerYear: 0.5}
                timeline:
                  stazh: {date: 1921-12, type: rule, set: {eligibility.provinceJoinedBefore: 1917-11,
                          eligibility.districtMinStazhYears: 3}}
                """).run(party -> {
                    Posts provinces = party.posts(Level.PROVINCE);
                    Posts districts = party.posts(Level.DISTRICT);
                    for (int p = 0; p < provinces.size(); p++) {
                        if (!provinces.isVacant(p) && provinces.since(p) >= rule.index()) {
                            assertTrue(party.roll().joined(provinces.holder(p)) < cutoff.index(),
                                    party.month() + ": provincial secretary joined after October 1917");
                        }
                    }
                    for (int d = 0; d < districts.size(); d++) {
                        if (!districts.isVacant(d) && districts.since(d) >= rule.index()) {
                            assertTrue(party.roll().stazhYears(districts.holder(d), districts.since(d)) >= 3,
                                    party.month() + ": district secretary with under three years' stazh");
                        }
                    }
                });
    }

    @Test
    void appointeesAreBoundToTheirPatron() {
        TestParty run = TestParty.of(BASE + """
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1, selection: chance, loyaltyBond: 1}
                appointment: {province: {mode: appoint}}
                opinion: {peerInfluence: 0, noise: 0, careeristConformity: 0}
                """).run();
        Posts provinces = run.party.posts(Level.PROVINCE);
        for (int p = 0; p < provinces.size(); p++) {
            if (!provinces.isVacant(p)) {
                assertEquals(MemberCodes.CENTRE, provinces.patron(p));
                assertEquals(1.0f, run.party.roll().alignment(provinces.holder(p)), 1e-6f,
                        "a full bond makes the appointee share the centre's line");
            }
        }
    }

    @Test
    void removalsHitOnlySecretariesBelowTheThreshold() {
        float threshold = 0.1f;
        TestParty.of(BASE + """
                secretariat: {assignmentsPerYear: 100000, secretaryShare: 1, removalShare: 1, removalThreshold: 0.1}
                appointment: {province: {mode: recommend}, district: {mode: recommend}}
                """).run(party -> {
                    // after the Secretariat's stage no sitting provincial or district secretary is below it
                    for (Level level : new Level[] {Level.PROVINCE, Level.DISTRICT}) {
                        Posts posts = party.posts(level);
                        for (int p = 0; p < posts.size(); p++) {
                            if (!posts.isVacant(p) && posts.since(p) < party.month - 1) {
                                float a = party.roll().alignment(posts.holder(p));
                                assertTrue(a >= threshold - 0.2f, party.month() + ": distrusted secretary kept");
                            }
                        }
                    }
                });
    }

    @Test
    void whenNobodyQualifiesTheHigherBodyAppointsByExemptionIfItCan() {
        String rule = """
                timeline:
                  stazh: {date: 1920-06, type: rule, set: {eligibility.provinceJoinedBefore: 1800-01}}
                """;
        TestParty funded = TestParty.of(BASE + "secretariat: {assignmentsPerYear: 10000, secretaryShare: 1}\n" + rule)
                .run();
        MonthlyRecord.LevelCounts end = funded.last().levels().get(Level.PROVINCE.ordinal());
        assertTrue(end.appointed() > 0, "posts vacated after the rule are filled by appointment");
        assertEquals(0, end.recommended(), "nobody is recommended: the centre's mode is none");

        TestParty broke = TestParty.of(BASE + "secretariat: {assignmentsPerYear: 0}\n" + rule).run();
        MonthlyRecord.LevelCounts poor = broke.last().levels().get(Level.PROVINCE.ordinal());
        assertEquals(0, poor.appointed(), "without capacity nobody is appointed");
        Posts posts = broke.party.posts(Level.PROVINCE);
        for (int p = 0; p < posts.size(); p++) {
            if (!posts.isVacant(p) && posts.since(p) >= Month.of(1920, 6).index()) {
                throw new AssertionError("a post was filled after a rule nobody can meet, without an exemption");
            }
        }
    }

    @Test
    void transfersMoveSecretariesOutSoTheCentreCanPlaceItsOwn() {
        String base = BASE + """
                secretariat: {assignmentsPerYear: 2000, secretaryShare: 1, removalShare: 0, transferShare: %s}
                appointment: {province: {mode: recommend, rate: 0.5}}
                """;
        TestParty none = TestParty.of(base.formatted("0")).run();
        TestParty some = TestParty.of(base.formatted("0.01")).run();
        long removedNone = none.records.stream().mapToLong(r -> r.levels().get(0).removed()).sum();
        long removedSome = some.records.stream().mapToLong(r -> r.levels().get(0).removed()).sum();
        assertEquals(0, removedNone);
        assertTrue(removedSome > 0);
        long placedNone = none.records.stream().mapToLong(r -> r.levels().get(0).newRecommended()).sum();
        long placedSome = some.records.stream().mapToLong(r -> r.levels().get(0).newRecommended()).sum();
        assertTrue(placedSome > placedNone, "the centre places " + placedSome + " with transfers, " + placedNone
                + " without");
    }

    @Test
    void aTransferAllowanceBelowOneAssignmentAMonthStillActsByCarryingOver() {
        // 0.05 × 2000 / 12 ≈ 8.3 assignments a month; 0.003 of it is 0.025 a month: one transfer in 40 months
        String base = BASE.replace("1924-12", "1929-12") + """
                secretariat: {assignmentsPerYear: 2000, secretaryShare: 0.05, removalShare: 0, transferShare: 0.003}
                appointment: {province: {mode: recommend, rate: 0.5}}
                """;
        TestParty run = TestParty.of(base).run();
        long moved = run.records.stream().mapToLong(r -> r.levels().get(0).removed() + r.levels().get(1).removed())
                .sum();
        assertTrue(moved >= 1, "fractional allowances carried over make " + moved + " transfers in ten years");
        assertTrue(moved <= 3, moved + " transfers is more than the allowance");
    }

    @Test
    void transfersTakeTheCentresOwnMenAsWellAsElectedSecretaries() {
        String base = BASE + """
                secretariat: {assignmentsPerYear: 5000, secretaryShare: 1, removalShare: 0, transferShare: 0.05}
                appointment: {province: {mode: appoint, rate: 1}}
                """;
        TestParty run = TestParty.of(base).run();
        long displaced = run.records.stream().mapToLong(r -> r.levels().get(0).displaced()).sum();
        long elected = run.records.stream().mapToLong(r -> r.levels().get(0).newElected()).sum();
        // once the centre appoints every provincial secretary there are no elected ones left to move, so all
        // later transfers are of its own appointees
        MonthlyRecord.LevelCounts end = run.last().levels().get(0);
        assertEquals(0, end.elected(), "no elected provincial secretary remains");
        long lateDisplaced = run.records.subList(36, run.records.size()).stream()
                .mapToLong(r -> r.levels().get(0).displaced()).sum();
        assertTrue(lateDisplaced > 0, "the centre keeps moving its own appointees (" + displaced + " in all, "
                + elected + " ever elected)");
    }

    @Test
    void everySecretaryMovedOutByTheCentreCountsAsDisplaced() {
        String base = BASE + """
                secretariat: {assignmentsPerYear: 2000, secretaryShare: 1, removalShare: %s, transferShare: %s}
                appointment: {province: {mode: recommend, rate: 0.5}}
                """;
        TestParty moving = TestParty.of(base.formatted("0.005", "0.005")).run();
        for (MonthlyRecord r : moving.records) {
            MonthlyRecord.LevelCounts p = r.levels().get(0);
            assertTrue(p.displaced() >= p.removed(), "removals and transfers are displacements: " + r.month());
        }
        TestParty placing = TestParty.of(base.formatted("0", "0")).run();
        long displaced = placing.records.stream().mapToLong(r -> r.levels().get(0).displaced()).sum();
        long removed = placing.records.stream().mapToLong(r -> r.levels().get(0).removed()).sum();
        assertEquals(0, removed);
        assertTrue(displaced > 0, "placements over sitting secretaries at the end of their term count too");
    }

    @Test
    void aConfirmationThatHoldsARecordAgainstSecretariesRefusesFormerOppositionists() {
        String rule = """
                timeline:
                  confirmation: {date: 1922-08, type: rule, set: {appointment.confirmProvince: true,
                                 appointment.confirmDistrict: true, appointment.confirmMinAlignment: -1,
                                 appointment.confirmRefusesOppositionRecord: %s}}
                """;
        int[] withRecord = new int[2];
        for (int k = 0; k < 2; k++) {
            int index = k;
            TestParty.of(BASE + "secretariat: {assignmentsPerYear: 5000, secretaryShare: 1}\n"
                    + rule.formatted(k == 0 ? "0" : "1")).run(p -> {
                        int month = TestParty.done(p).index();
                        if (month < Month.of(1922, 9).index()) {
                            return;
                        }
                        // secretaries elected and confirmed this month, before opinion moves again
                        for (Level level : new Level[] {Level.PROVINCE, Level.DISTRICT}) {
                            Posts posts = p.posts(level);
                            for (int i = 0; i < posts.size(); i++) {
                                int h = posts.holder(i);
                                if (h != MemberCodes.NONE && posts.confirmed(i) && posts.since(i) == month
                                        && posts.how(i) == Posts.ELECTED
                                        && p.roll().has(h, MemberCodes.FORMER_OPPOSITION)) {
                                    withRecord[index]++;
                                }
                            }
                        }
                    });
        }
        assertTrue(withRecord[0] > 0, "without the rule, secretaries with a record are confirmed");
        assertEquals(0, withRecord[1], "with refusal certain, no newly confirmed secretary has a record");
    }
}
