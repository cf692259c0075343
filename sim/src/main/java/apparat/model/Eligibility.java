package apparat.model;

/**
 * Who may hold a secretary post: a full member (not a candidate), not already holding a post at the same or a
 * higher level, and with the seniority (stazh) the rules of the month demand — for provinces, membership from
 * before a date (the 1921 rule that gubkom secretaries have joined before October 1917, 004:64); for
 * districts and cells, a number of years.
 */
final class Eligibility {

    private Eligibility() {
    }

    static boolean eligible(Party party, int m, Level level) {
        MemberRoll roll = party.roll;
        if (!roll.isFull(m)) {
            return false;
        }
        int code = roll.post(m);
        if (code != MemberCodes.NONE && Posts.levelOf(code).ordinal() <= level.ordinal()) {
            return false;
        }
        return senior(party, m, level);
    }

    /** Eligible but for seniority: what the higher body asks when it waives the seniority rule. */
    static boolean eligibleWaivingSeniority(Party party, int m, Level level) {
        MemberRoll roll = party.roll;
        if (!roll.isFull(m)) {
            return false;
        }
        int code = roll.post(m);
        return code == MemberCodes.NONE || Posts.levelOf(code).ordinal() > level.ordinal();
    }

    /** Whether a seniority rule is in force at a level. */
    static boolean ruleInForce(Party party, Level level) {
        Rules.Eligibility e = party.rules.eligibility();
        return switch (level) {
            case PROVINCE -> e.provinceJoinedBefore() != null;
            case DISTRICT -> e.districtMinStazhYears() > 0;
            case CELL -> e.cellMinStazhYears() > 0;
        };
    }

    /** The seniority rule alone (incumbents are judged by it when their term ends). */
    static boolean senior(Party party, int m, Level level) {
        Rules.Eligibility e = party.rules.eligibility();
        MemberRoll roll = party.roll;
        return switch (level) {
            case PROVINCE -> e.provinceJoinedBefore() == null
                    || roll.joined(m) < e.provinceJoinedBefore().index();
            case DISTRICT -> roll.stazhYears(m, party.month) >= e.districtMinStazhYears();
            case CELL -> roll.stazhYears(m, party.month) >= e.cellMinStazhYears();
        };
    }
}
