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
    /** Organisations up to this size are looked over before the draws for whether anyone at all may stand. */
    private static final int SCAN_LIMIT = 64;
    /** Random part of a candidate's appeal. */
    private static final double LUCK = 0.1;

    private SecretaryElection() {
    }

    /**
     * The elected member, or NONE when the organisation has no eligible member other than the incumbent; the
     * candidates and their luck are drawn from {@code random}. Reads only.
     */
    static int elect(Party party, Organisation org, int incumbent, MersenneTwisterFast random) {
        return elect(party, org, incumbent, random, new Ballot(party));
    }

    /** {@link #elect(Party, Organisation, int, MersenneTwisterFast)} in the room of {@code ballot}. */
    static int elect(Party party, Organisation org, int incumbent, MersenneTwisterFast random, Ballot ballot) {
        int size = org.size();
        if (size == 0) {
            return MemberCodes.NONE;
        }
        MemberRoll roll = party.roll;
        int[] grouped = party.hierarchy.grouped();
        int[] post = roll.columns().post;
        float[] alignment = roll.columns().alignment;
        byte[] traits = roll.columns().traits;
        Level level = org.level();
        int month = party.month;
        double mean = meanAlignment(party, org);
        double ambition = Uchraspred.ambition(party);
        int wanted = party.rules.election().candidates();
        int tries = wanted * 6;
        int[] drawn = ballot.drawn;
        int[] since = ballot.since;
        int[] code = ballot.code;
        float[] al = ballot.alignment;
        byte[] tr = ballot.traits;
        if (size <= SCAN_LIMIT && noneMaySit(party, grouped, org.from(), org.to(), level)) {
            // every try would fall on a candidate or a member too new to stand: the outcome is known
            return MemberCodes.NONE;
        }
        int best = MemberCodes.NONE;
        double bestScore = Double.NEGATIVE_INFINITY;
        int found = 0;
        for (int t = 0; t < tries && found < wanted;) {
            // as many members drawn at once as candidates are still wanted. Most draws fall on candidates or the
            // newly joined, who are ruled out from the grouping's record beside the member; the others' records
            // are read together, so that the processor fetches them from memory at once instead of one after
            // another (an election's time is mostly waiting for the roll)
            int batch = Math.min(wanted - found, tries - t);
            for (int j = 0; j < batch; j++) {
                int at = 2 * (org.from() + random.nextInt(size));
                drawn[j] = grouped[at];
                since[j] = grouped[at + 1];
            }
            for (int j = 0; j < batch; j++) {
                int m = drawn[j];
                if (since[j] == Hierarchy.NOT_FULL || !Eligibility.seniorJoined(party, since[j], level)) {
                    // passed over below without a lookup
                    since[j] = Hierarchy.NOT_FULL;
                    continue;
                }
                code[j] = post[m];
                al[j] = alignment[m];
                tr[j] = traits[m];
            }
            for (int j = 0; j < batch; j++) {
                int m = drawn[j];
                // a member full at the grouping is full now: no one's status changes between it and the elections
                if (m == incumbent || since[j] == Hierarchy.NOT_FULL
                        || !Eligibility.eligible(party, MemberCodes.FULL, code[j], since[j], level)) {
                    continue;
                }
                found++;
                double score = -Math.abs(al[j] - mean)
                        + COMPETENCE_WEIGHT * MemberRoll.competence(tr[j], since[j], month)
                        + LUCK * random.nextDouble() + ((tr[j] & MemberCodes.CAREERIST) != 0 ? ambition : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = m;
                }
            }
            t += batch;
        }
        return best;
    }

    /**
     * Room for the few members an election draws at a time and what it reads of them, so that a run of elections
     * on one thread allocates it once.
     */
    static final class Ballot {
        final int[] drawn;
        final int[] since;
        final int[] code;
        final float[] alignment;
        final byte[] traits;

        Ballot(Party party) {
            int wanted = party.rules.election().candidates();
            drawn = new int[wanted];
            since = new int[wanted];
            code = new int[wanted];
            alignment = new float[wanted];
            traits = new byte[wanted];
        }
    }

    /**
     * Whether no member of {@code [from, to)} of the grouping could stand: all candidates, or full members too
     * new for the seniority rule. Then no election can find anyone, whatever it draws.
     */
    private static boolean noneMaySit(Party party, int[] grouped, int from, int to, Level level) {
        for (int i = 2 * from + 1; i < 2 * to; i += 2) {
            if (grouped[i] != Hierarchy.NOT_FULL && Eligibility.seniorJoined(party, grouped[i], level)) {
                return false;
            }
        }
        return true;
    }

    private static double meanAlignment(Party party, Organisation org) {
        Hierarchy h = party.hierarchy;
        if (org.level() == Level.CELL) {
            return h.cellMean(org.post());
        }
        double sum = 0;
        int n = 0;
        int step = Math.max(1, org.size() / 200);
        for (int i = org.from(); i < org.to(); i += step) {
            sum += party.roll.alignment(h.memberAt(i));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
