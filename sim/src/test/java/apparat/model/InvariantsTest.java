package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Properties that hold every month whatever the rules: nobody counted twice, posts and roll agree, sums add up. */
class InvariantsTest {

    /** A busy scenario: appointment at every level, rules switching, a purge, a levy, a congress, repression. */
    static final String BUSY = """
            run: {start: 1920-01, end: 1925-12, seed: 7, scale: 5}
            members: {initial: 60000}
            structure: {provinces: 12, districtsPerProvince: 5, cellSize: 12}
            recruitment: {ratePerYear: 0.3, candidateMonths: 6}
            secretariat: {assignmentsPerYear: 3000, secretaryShare: 0.3, selection: loyalty, removalThreshold: 0.0}
            appointment:
              province: {mode: recommend, rate: 0.8}
              district: {mode: appoint, rate: 0.4}
              cell: {mode: recommend, rate: 0.1}
            timeline:
              rules: {date: 1921-12, type: rule, set: {eligibility.provinceJoinedBefore: 1917-11,
                      eligibility.districtMinStazhYears: 3, appointment.confirmProvince: true,
                      appointment.confirmDistrict: true}}
              purge: {date: 1921-08, type: purge, quota: 0.2, weights: {opposition: 1, passivity: 1}}
              levy: {date: 1924-02, type: levy, recruits: 20000, months: 3}
              congress: {date: 1923-04, type: congress, delegates: 300, centralCommittee: 20}
              terror: {date: 1925-01, type: repression, arrests: 0.05, months: 6}
            """;

    @Test
    void everyPostHasAtMostOneHolderAndEveryHolderOnePost() {
        TestParty.of(BUSY).run(party -> {
            MemberRoll roll = party.roll();
            int[] held = new int[roll.size()];
            for (Level level : Level.values()) {
                Posts posts = party.posts(level);
                for (int p = 0; p < posts.size(); p++) {
                    int m = posts.holder(p);
                    if (m == MemberCodes.NONE) {
                        continue;
                    }
                    held[m]++;
                    assertEquals(Posts.code(level, p), roll.post(m), "roll and post table disagree");
                    assertTrue(roll.isActive(m), "a member who left holds " + level + " post " + p);
                }
            }
            for (int m = 0; m < roll.size(); m++) {
                if (held[m] > 1) {
                    fail("member " + m + " holds " + held[m] + " posts in " + party.month());
                }
                if (held[m] == 0 && roll.post(m) != MemberCodes.NONE) {
                    fail("member " + m + " thinks they hold a post nobody gave them");
                }
            }
        });
    }

    @Test
    void countsAddUpEveryMonth() {
        TestParty run = TestParty.of(BUSY).run();
        for (MonthlyRecord r : run.records) {
            assertEquals(r.members(), r.fullMembers() + r.candidates(), r.month() + ": members");
            for (MonthlyRecord.LevelCounts l : r.levels()) {
                assertEquals(l.posts(), l.vacant() + l.elected() + l.recommended() + l.appointed(),
                        r.month() + " " + l.level() + ": posts");
                if (l.filled() > 0) {
                    double sum = l.share(l.elected()) + l.share(l.recommended()) + l.share(l.appointed());
                    assertEquals(1.0, sum, 1e-12, r.month() + " " + l.level() + ": shares");
                }
            }
            long removedByLevel = r.levels().stream().mapToLong(MonthlyRecord.LevelCounts::removed).sum();
            assertEquals(r.removals(), removedByLevel, 1e-9, r.month() + ": removals by level");
            long byStazh = r.expelledByStazh().pre1917() + r.expelledByStazh().from1917To1920()
                    + r.expelledByStazh().from1921To1928() + r.expelledByStazh().from1929();
            assertEquals(r.expelled(), byStazh, 1 + 4 * 5, r.month() + ": expelled by stazh");
        }
    }

    @Test
    void membershipChangesOnlyByRecordedFlows() {
        TestParty run = TestParty.of(BUSY).run();
        for (int i = 1; i < run.records.size(); i++) {
            MonthlyRecord before = run.records.get(i - 1);
            MonthlyRecord r = run.records.get(i);
            long expected = before.members() + r.recruits() - r.resigned() - r.died() - r.expelled() - r.arrested();
            // every count is a simulated count times the scale, so they agree exactly up to rounding of each
            assertEquals(expected, r.members(), 10, r.month() + ": stock and flows disagree");
        }
    }

    @Test
    void nobodyLeavesTwice() {
        TestParty run = TestParty.of(BUSY).run();
        MemberRoll roll = run.party.roll();
        long left = 0;
        for (int m = 0; m < roll.size(); m++) {
            if (!roll.isActive(m)) {
                left++;
            }
        }
        long flows = 0;
        for (MonthlyRecord r : run.records) {
            flows += r.resigned() + r.died() + r.expelled() + r.arrested();
        }
        assertEquals(left * 5, flows, "every departure is counted once, as one of the flows");
        assertEquals(roll.activeCount(), run.last().members() / 5);
    }
}
