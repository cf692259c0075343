package apparat.model;

/**
 * The Secretariat's assignment department (Uchraspred): its budget of secretary assignments and its choice of
 * whom to place. The budget accrues monthly from the yearly capacity (real assignments, of which a share goes
 * to party secretary posts) and carries over for at most a year. Placing a provincial or district secretary
 * costs one assignment; a cell post costs {@code scale}, because each simulated cell stands for that many
 * real cells. Candidates come from the whole party for a province (transfers from anywhere), and from the
 * province for a district or cell; the department picks the most loyal, the most competent, or the first
 * eligible member drawn, as the rules say. An appointee's alignment moves toward the patron's by the loyalty
 * bond.
 */
final class Uchraspred {

    private Uchraspred() {
    }

    /** Secretary assignments the department can make in one month at full capacity. */
    static double monthlyCapacity(Party party) {
        Rules.SecretariatRules s = party.rules.secretariat();
        return s.assignmentsPerYear() * s.secretaryShare() * party.capacityFactor / 12.0;
    }

    /** Adds the month's capacity to the budget. */
    static void accrue(Party party) {
        double monthly = monthlyCapacity(party);
        party.budget = Math.min(party.budget + monthly, monthly * 12);
    }

    static double cost(Party party, Level level) {
        return level == Level.CELL ? party.scale() : 1.0;
    }

    static boolean canAfford(Party party, Level level) {
        return party.budget >= cost(party, level) - 1e-9;
    }

    static void spend(Party party, Level level) {
        double c = cost(party, level);
        party.budget -= c;
        party.tally.assignments += c;
    }

    /** Chooses an appointee for a post, or NONE if no eligible member was found. */
    static int choose(Party party, Organisation org) {
        return choose(party, org, false);
    }

    /**
     * Chooses an appointee; with {@code waiveSeniority} the higher body grants an exemption from the seniority
     * rule, as it could when no member qualified.
     */
    static int choose(Party party, Organisation org, boolean waiveSeniority) {
        Rules.SecretariatRules s = party.rules.secretariat();
        int best = MemberCodes.NONE;
        double bestScore = Double.NEGATIVE_INFINITY;
        Hierarchy h = party.hierarchy;
        int from;
        int to;
        if (org.level() == Level.PROVINCE) {
            from = 0;
            to = h.provinceTo(h.provinces() - 1);
        } else {
            int province = org.level() == Level.DISTRICT ? h.provinceOf(org.post())
                    : h.provinceOf(h.districtOf(org.post()));
            from = h.provinceFrom(province);
            to = h.provinceTo(province);
        }
        if (to <= from) {
            return MemberCodes.NONE;
        }
        int found = 0;
        double ambition = ambition(party);
        for (int tries = 0; tries < s.poolSize() * 5 && found < s.poolSize(); tries++) {
            int m = party.hierarchy.memberAt(from + party.random.nextInt(to - from));
            boolean ok = waiveSeniority ? Eligibility.eligibleWaivingSeniority(party, m, org.level())
                    : Eligibility.eligible(party, m, org.level());
            if (!party.roll.isActive(m) || !ok) {
                continue;
            }
            found++;
            double score = switch (s.selection()) {
                case LOYALTY -> party.roll.alignment(m);
                case COMPETENCE -> party.roll.competence(m, party.month);
                case CHANCE -> -found;
            } + (party.roll.has(m, MemberCodes.CAREERIST) ? ambition : 0);
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }

    /** The extra pull a careerist has toward a post: ambition × log(pay ratio), 0 without privileges. */
    static double ambition(Party party) {
        return party.rules.privileges().careeristAmbition() * Math.log(Math.max(1.0, party.payRatio));
    }

    /** Ties an appointee to the patron who placed them. */
    static void bond(Party party, int member, int patron) {
        float target = patron < 0 ? 1f : party.roll.alignment(patron);
        float a = party.roll.alignment(member);
        party.roll.setAlignment(member, a + (float) party.rules.secretariat().loyaltyBond() * (target - a));
    }
}
