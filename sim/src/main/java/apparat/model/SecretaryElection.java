package apparat.model;

import ec.util.MersenneTwisterFast;

/**
 * A local election: the organisation draws a few of its eligible members as candidates and elects the one
 * whose alignment is closest to the members' mean (they vote for someone like themselves), with competence
 * and a little chance breaking near-ties. Where posts pay more than the average wage, careerists push harder
 * for them ({@code privileges.careeristAmbition} × log pay ratio added to their appeal).
 */
final class SecretaryElection {

    /** Weight of competence against distance in alignment. */
    private static final double COMPETENCE_WEIGHT = 0.3;
    /** Random part of a candidate's appeal. */
    private static final double LUCK = 0.1;

    private SecretaryElection() {
    }

    /**
     * The elected member, or NONE when the organisation has no eligible member other than the incumbent; the
     * candidates and their luck are drawn from {@code random}. Reads only.
     */
    static int elect(Party party, Organisation org, int incumbent, MersenneTwisterFast random) {
        int[] members = party.hierarchy.members();
        MemberRoll roll = party.roll;
        double mean = meanAlignment(party, org);
        int wanted = party.rules.election().candidates();
        int best = MemberCodes.NONE;
        double bestScore = Double.NEGATIVE_INFINITY;
        int found = 0;
        int tries = org.size() == 0 ? 0 : wanted * 6;
        double ambition = Uchraspred.ambition(party);
        for (int t = 0; t < tries && found < wanted; t++) {
            int m = members[org.from() + random.nextInt(org.size())];
            if (m == incumbent || !roll.isActive(m) || !Eligibility.eligible(party, m, org.level())) {
                continue;
            }
            found++;
            double score = -Math.abs(roll.alignment(m) - mean) + COMPETENCE_WEIGHT * roll.competence(m, party.month)
                    + LUCK * random.nextDouble() + (roll.has(m, MemberCodes.CAREERIST) ? ambition : 0);
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }

    private static double meanAlignment(Party party, Organisation org) {
        Hierarchy h = party.hierarchy;
        if (org.level() == Level.CELL) {
            return h.cellMean(org.post());
        }
        int[] members = h.members();
        double sum = 0;
        int n = 0;
        int step = Math.max(1, org.size() / 200);
        for (int i = org.from(); i < org.to(); i += step) {
            sum += party.roll.alignment(members[i]);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
