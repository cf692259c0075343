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
        return eligible(party, roll.status(m), roll.post(m), roll.joined(m), level);
    }

    /** {@link #eligible(Party, int, Level)} from a member's status, post code and month of joining. */
    static boolean eligible(Party party, byte status, int code, int joined, Level level) {
        if (status != MemberCodes.FULL) {
            return false;
        }
        if (code != MemberCodes.NONE && Posts.levelOf(code).ordinal() <= level.ordinal()) {
            return false;
        }
        return seniorJoined(party, joined, level);
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
        return seniorJoined(party, party.roll.joined(m), level);
    }

    /** The seniority rule for a member who joined in month {@code joined}. */
    static boolean seniorJoined(Party party, int joined, Level level) {
        Rules.Eligibility e = party.rules.eligibility();
        double stazhYears = (party.month - joined) / 12.0;
        return switch (level) {
            case PROVINCE -> e.provinceJoinedBefore() == null || joined < e.provinceJoinedBefore().index();
            case DISTRICT -> stazhYears >= e.districtMinStazhYears();
            case CELL -> stazhYears >= e.cellMinStazhYears();
        };
    }
}
