package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pay, the privilege gap and its feedbacks on recruitment and opinion. */
class PrivilegesAndOpinionTest {

    private static final String BASE = """
            run: {start: 1922-01, end: 1923-12, seed: 21, scale: 5}
            members: {initial: 100000}
            structure: {provinces: 10, districtsPerProvince: 4, cellSize: 20}
            recruitment: {ratePerYear: 0.6, careeristBase: 0.1, careeristPrivilegeSensitivity: 0.05,
                          careeristMax: 0.9}
            """;

    private static final String PAY_1922 = """
            privileges: {averageWage: 6.88, payCell: 30, payDistrict: 36, payProvince: 43, payCentre: 43,
                         familyBonus: 0.5, familyShare: 1, extraWorkBonus: 0.5, extraWorkShare: 0,
                         taxThreshold: 67, taxRate: 0.5, staffPerProvince: 10, staffPerDistrict: 2,
                         centralStaff: 600}
            """;

    @Test
    void withoutPrivilegesTheCareeristShareOfRecruitsStaysAtItsBase() {
        TestParty run = TestParty.of(BASE).run();
        long recruits = 0;
        double careerists = 0;
        for (MonthlyRecord r : run.records) {
            assertEquals(1.0, r.payRatio(), 1e-12, "no privileges: functionaries earn the average wage");
            recruits += r.recruits() / 5;
            careerists += r.recruitCareeristShare() * r.recruits() / 5;
        }
        double share = careerists / recruits;
        double sd = Math.sqrt(0.1 * 0.9 / recruits);
        assertEquals(0.1, share, 4 * sd, "careerist share of " + recruits + " recruits");
    }

    @Test
    void privilegesRaiseTheCareeristShareOfRecruits() {
        TestParty run = TestParty.of(BASE + PAY_1922).run();
        double ratio = run.last().payRatio();
        assertTrue(ratio > 4, "the 1922 scale pays several times the wage: " + ratio);
        double expected = Math.min(0.9, 0.1 + 0.05 * (ratio - 1));
        double careerists = 0;
        long recruits = 0;
        for (MonthlyRecord r : run.records.subList(1, run.records.size())) {
            recruits += r.recruits() / 5;
            careerists += r.recruitCareeristShare() * r.recruits() / 5;
        }
        assertEquals(expected, careerists / recruits, 0.02);
    }

    @Test
    void netPayAppliesBonusesTaxAndCap() {
        Rules.Privileges p = new Rules.Privileges(6.88, 30, 36, 43, 43, 0.5, 1, 0.5, 1, 67, 0.5, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0);
        // 43 × (1 + 0.5 + 0.5) = 86; tax half of 86 − 67 = 9.5 → 76.5
        assertEquals(76.5, Apparatus.netPay(p, 43), 1e-9);
        // 30 × 2 = 60 is below the threshold
        assertEquals(60, Apparatus.netPay(p, 30), 1e-9);
        Rules.Privileges capped = new Rules.Privileges(6.88, 30, 36, 43, 43, 0.5, 1, 0.5, 1, 67, 0.5, 1, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0);
        assertEquals(6.88, Apparatus.netPay(capped, 43), 1e-9, "the party maximum caps pay at the wage");
    }

    @Test
    void theApparatusGrowsTowardTheAuthorisedEstablishmentAtTheHiringRate() {
        TestParty free = TestParty.of(BASE + PAY_1922).run();
        double needs = free.last().paidApparatus();
        String raise = "timeline:\n  enlarged: {date: 1922-06, type: rule, set: {privileges.authorised: "
                + (int) (needs * 2) + "%s}}\n";
        TestParty atOnce = TestParty.of(BASE + PAY_1922 + raise.formatted("")).run();
        assertEquals(2 * (int) needs, atOnce.last().paidApparatus(), needs * 0.05,
                "without a hiring rate the apparatus is its establishment");
        TestParty hiring = TestParty.of(BASE + PAY_1922 + raise.formatted(", privileges.hiringPerYear: 0.5")).run();
        double before = hiring.records.get(4).paidApparatus();
        double soon = hiring.records.get(6).paidApparatus();
        double last = hiring.last().paidApparatus();
        assertTrue(before < soon && soon < last && last < atOnce.last().paidApparatus(),
                "hiring closes the gap gradually: " + before + ", " + soon + ", " + last);
        TestParty small = TestParty.of(BASE + PAY_1922.replace("centralStaff: 600", "centralStaff: 600, "
                + "authorised: 10")).run();
        assertEquals(needs, small.last().paidApparatus(), needs * 0.05,
                "an establishment below the committees' needs does not shrink them");
    }

    @Test
    void staffGrowsWithTheMembership() {
        TestParty fixed = TestParty.of(BASE + PAY_1922).run();
        TestParty paperwork = TestParty.of(BASE + PAY_1922.replace("centralStaff: 600",
                "centralStaff: 600, staffPerThousandMembers: 10")).run();
        double extra = paperwork.last().paidApparatus() - fixed.last().paidApparatus();
        assertEquals(paperwork.last().members() * 10 / 1000.0, extra, extra * 0.1);
    }

    @Test
    void personsEntitledBeyondThePaidApparatusBindCellSecretariesToTheLeadership() {
        String grievance = "opinion: {privilegeGrievance: 0.02, noise: 0}\n";
        TestParty none = TestParty.of(BASE + PAY_1922 + grievance).run();
        TestParty many = TestParty.of(BASE + PAY_1922.replace("centralStaff: 600",
                "centralStaff: 600, entitled: 1000000") + grievance).run();
        double a = none.last().levels().get(Level.CELL.ordinal()).loyalty();
        double b = many.last().levels().get(Level.CELL.ordinal()).loyalty();
        assertTrue(b > a + 0.05, "cell secretaries' loyalty with entitlement " + b + ", without " + a);
    }

    @Test
    void thePrivilegeGapTurnsTheRankAndFileTowardOpposition() {
        String quiet = "opinion: {privilegeGrievance: 0.02, noise: 0}\n";
        TestParty equal = TestParty.of(BASE + quiet).run();
        TestParty gap = TestParty.of(BASE + PAY_1922 + quiet).run();
        assertTrue(gap.last().oppositionShare() > equal.last().oppositionShare() + 0.05,
                "opposition with privileges " + gap.last().oppositionShare() + " vs without "
                        + equal.last().oppositionShare());
    }

    @Test
    void theFactionBanSilencesTheOpposition() {
        String base = BASE + "opinion: {banChill: 0.05}\n";
        TestParty free = TestParty.of(base).run();
        TestParty banned = TestParty.of(base + """
                timeline:
                  ban: {date: 1922-03, type: rule, set: {opinion.factionBan: true}}
                """).run();
        double freeVoiced = free.last().voicedOppositionShare() / free.last().oppositionShare();
        double bannedVoiced = banned.last().voicedOppositionShare() / banned.last().oppositionShare();
        assertTrue(bannedVoiced < freeVoiced / 2, "speaking share " + bannedVoiced + " vs " + freeVoiced);
    }

    @Test
    void careeristsConformToTheLine() {
        TestParty run = TestParty.of(BASE.replace("careeristBase: 0.1", "careeristBase: 0.5")
                + "opinion: {careeristConformity: 0.1, peerInfluence: 0, noise: 0}\n").run();
        MemberRoll roll = run.party.roll();
        double careerist = 0;
        int nc = 0;
        double convinced = 0;
        int nv = 0;
        for (int m = 0; m < roll.size(); m++) {
            if (!roll.isActive(m) || roll.joined(m) > Month.of(1922, 6).index()) {
                continue;
            }
            if (roll.has(m, MemberCodes.CAREERIST)) {
                careerist += roll.alignment(m);
                nc++;
            } else {
                convinced += roll.alignment(m);
                nv++;
            }
        }
        assertTrue(careerist / nc > convinced / nv + 0.2);
    }

    @Test
    void withPrivilegesCareeristsPushIntoPosts() {
        String ambitious = BASE.replace("careeristBase: 0.1", "careeristBase: 0.3") + PAY_1922
                .replace("centralStaff: 600", "centralStaff: 600, careeristAmbition: 1");
        TestParty run = TestParty.of(ambitious).run();
        TestParty without = TestParty.of(ambitious.replace("careeristAmbition: 1", "careeristAmbition: 0")).run();
        double withShare = careeristShareOfDistrictSecretaries(run.party);
        double withoutShare = careeristShareOfDistrictSecretaries(without.party);
        assertTrue(withShare > withoutShare + 0.15, "careerists among district secretaries " + withShare
                + " with ambition, " + withoutShare + " without");
    }

    private static double careeristShareOfDistrictSecretaries(Party party) {
        Posts posts = party.posts(Level.DISTRICT);
        int careerists = 0;
        int filled = 0;
        for (int p = 0; p < posts.size(); p++) {
            if (!posts.isVacant(p)) {
                filled++;
                careerists += party.roll().has(posts.holder(p), MemberCodes.CAREERIST) ? 1 : 0;
            }
        }
        return (double) careerists / filled;
    }
}
