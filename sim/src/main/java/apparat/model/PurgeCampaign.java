package apparat.model;

import java.util.Arrays;

/**
 * A purge (chistka) or verification of party documents, worked through over its months: at the start the
 * commissions draw the members they will examine (the campaign's reach) in a random order, and each month they
 * take the next slice. Each examined member is scored by the campaign's weighted criteria — passivity,
 * careerism, former membership of another party, a non-worker origin, leaning to the opposition, speaking in
 * opposition while factions are banned, illiteracy, having joined in the wave the campaign sorts (001:397) —
 * as a weighted mean in [0, 1], multiplied in the countryside by the rural factor. Only members with some mark
 * against them can lose their card; a little noise (arbitrariness) orders equal scores. Under a quota the
 * highest-scoring share of the month's examined lose it; under a threshold, everyone above it. A withdrawn card
 * (003:69: a card not returned after the check) means expulsion, or demotion to candidate, or being kept as a
 * sympathiser outside the party, by the campaign's shares of outcomes. The fear a campaign spreads silences
 * members once, when it begins.
 */
final class PurgeCampaign {

    /** A campaign under way: the members still to examine and the months left to do it. */
    static final class InProgress {
        final TimelineEvent.Purge purge;
        /** Members drawn for examination, in the order the commissions take them. */
        final int[] queue;
        /** Next position of the queue to examine. */
        int next;
        int monthsLeft;
        /** Scratch kept from month to month: the slice's scores, and the marked members keyed by score. */
        private double[] scores = new double[0];
        private long[] keyed = new long[0];

        InProgress(TimelineEvent.Purge purge, int[] queue) {
            this.purge = purge;
            this.queue = queue;
            this.monthsLeft = Math.max(1, purge.months());
        }
    }

    private PurgeCampaign() {
    }

    /** Draws the members the campaign will examine, in random order, and spreads its fear. */
    static InProgress begin(Party party, TimelineEvent.Purge purge) {
        MemberRoll roll = party.roll;
        int[] living = roll.activeMembers();
        int[] drawn = new int[roll.activeCount()];
        int count = 0;
        for (int k = 0, n = roll.activeCount(); k < n; k++) {
            if (party.random.nextDouble() < purge.reach()) {
                drawn[count++] = living[k];
            }
        }
        int[] queue = Arrays.copyOf(drawn, count);
        for (int i = count - 1; i > 0; i--) {
            int j = party.random.nextInt(i + 1);
            int t = queue[i];
            queue[i] = queue[j];
            queue[j] = t;
        }
        Campaigns.spreadFear(party);
        return new InProgress(purge, queue);
    }

    /** Examines this month's slice of the queue. */
    static void month(Party party, InProgress campaign) {
        TimelineEvent.Purge purge = campaign.purge;
        MemberRoll roll = party.roll;
        int slice = (campaign.queue.length - campaign.next + campaign.monthsLeft - 1) / campaign.monthsLeft;
        int from = campaign.next;
        int to = from + slice;
        campaign.next = to;
        campaign.monthsLeft--;

        TimelineEvent.PurgeWeights w = purge.weights();
        double total = w.total();
        boolean banned = party.rules.opinion().factionBan();
        int recentFrom = purge.recruitedAfter() == null ? Integer.MAX_VALUE : purge.recruitedAfter().index();
        // the scores depend on the members alone, so they are taken on all the cores first; the noise is then
        // drawn in the queue's order for the members with a mark, as it always was
        double rural = purge.ruralFactor();
        if (campaign.scores.length < slice) {
            campaign.scores = new double[slice];
            campaign.keyed = new long[Math.max(16, slice)];
        }
        double[] scores = campaign.scores;
        int[] queue = campaign.queue;
        party.workers.forRanges(slice, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                int m = queue[from + i];
                if (!roll.isActive(m)) {
                    scores[i] = Double.NaN;
                    continue;
                }
                double score = total > 0 ? score(roll, m, w, banned, recentFrom) / total : 0;
                if (roll.has(m, MemberCodes.RURAL)) {
                    score *= rural;
                }
                scores[i] = score;
            }
        });
        long[] keyed = campaign.keyed;
        int marked = 0;
        int examined = 0;
        for (int i = 0; i < slice; i++) {
            double score = scores[i];
            if (Double.isNaN(score)) {
                continue;
            }
            examined++;
            if (score <= 0) {
                continue;
            }
            score += purge.noise() * (total > 0 ? w.largest() / total : 0) * party.random.nextDouble();
            // positive floats order like their bits; the member index rides in the low half
            keyed[marked++] = ((long) Float.floatToIntBits((float) score) << 32) | queue[from + i];
        }
        Arrays.sort(keyed, 0, marked);
        int withdraw;
        if (purge.quotaRule()) {
            withdraw = Math.min(marked, Chance.round(party.random, purge.quota() * examined));
        } else {
            withdraw = 0;
            for (int i = marked - 1; i >= 0 && Float.intBitsToFloat((int) (keyed[i] >>> 32)) > purge.threshold(); i--) {
                withdraw++;
            }
        }
        // the highest scores first; the members are read ahead a chunk at a time
        int[] withdrawn = new int[withdraw];
        for (int j = 0; j < withdraw; j++) {
            withdrawn[j] = (int) (keyed[marked - 1 - j] & 0xFFFFFFFFL);
        }
        roll.readAhead().each(withdrawn, withdraw, j -> withdrawCard(party, withdrawn[j], purge));
    }

    /** The outcome for one member whose card is not returned. */
    static void withdrawCard(Party party, int m, TimelineEvent.Purge purge) {
        MemberRoll roll = party.roll;
        MonthTally t = party.tally;
        t.cardsWithdrawn++;
        double outcome = party.random.nextDouble();
        if (outcome < purge.demoteToCandidate()) {
            party.vacatePostOf(m);
            roll.demote(m, party.month + Math.max(1, party.rules.recruitment().candidateMonths()));
            t.demoted++;
        } else if (outcome < purge.demoteToCandidate() + purge.demoteToSympathiser()) {
            party.removeMember(m, MemberCodes.SYMPATHISER);
            t.demoted++;
        } else {
            party.removeMember(m, MemberCodes.EXPELLED);
            t.expelled++;
            t.expelledByStazh[MonthTally.stazhGroup(roll.joined(m))]++;
        }
    }

    private static double score(MemberRoll roll, int m, TimelineEvent.PurgeWeights w, boolean banned,
                                int recentFrom) {
        double s = 0;
        if (roll.has(m, MemberCodes.PASSIVE)) {
            s += w.passivity();
        }
        if (roll.has(m, MemberCodes.CAREERIST)) {
            s += w.careerism();
        }
        if (roll.has(m, MemberCodes.FORMER_OTHER_PARTY)) {
            s += w.formerOtherParty();
        }
        if (roll.origin(m) != MemberCodes.WORKER) {
            s += w.socialOrigin();
        }
        boolean opposed = roll.alignment(m) < 0;
        if (opposed) {
            s += w.opposition();
        }
        if (banned && opposed && roll.voice(m) >= Campaigns.SPEAKS) {
            s += w.voicedOpposition();
        }
        if (!roll.has(m, MemberCodes.LITERATE)) {
            s += w.illiteracy();
        }
        if (roll.joined(m) >= recentFrom) {
            s += w.recentRecruit();
        }
        return s;
    }
}
