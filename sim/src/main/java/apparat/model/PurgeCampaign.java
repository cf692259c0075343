package apparat.model;

import java.util.Arrays;

/**
 * One purge (chistka): commissions examine a share of the members and score each by the campaign's weighted
 * criteria — passivity, careerism, former membership of another party, a non-worker origin, leaning to the
 * opposition, speaking in opposition while factions are banned, illiteracy — as a weighted mean in [0, 1],
 * multiplied in the countryside by the rural factor. Only members with some mark against them can be
 * expelled; among them a little noise (arbitrariness) orders equal scores. Under a quota the highest-scoring
 * share of the examined is expelled; under a threshold, everyone above it. Afterwards all members grow
 * quieter by the fear the campaign spreads.
 */
final class PurgeCampaign {

    private PurgeCampaign() {
    }

    static void run(Party party, TimelineEvent.Purge purge) {
        MemberRoll roll = party.roll;
        TimelineEvent.PurgeWeights w = purge.weights();
        double total = w.total();
        boolean banned = party.rules.opinion().factionBan();
        int n = roll.size();
        long[] keyed = new long[Math.max(16, roll.activeCount())];
        int marked = 0;
        int examined = 0;
        for (int m = 0; m < n; m++) {
            if (!roll.isActive(m) || party.random.nextDouble() >= purge.reach()) {
                continue;
            }
            examined++;
            double score = total > 0 ? score(roll, m, w, banned) / total : 0;
            if (roll.has(m, MemberRoll.RURAL)) {
                score *= purge.ruralFactor();
            }
            if (score <= 0) {
                continue;
            }
            score += purge.noise() * (total > 0 ? w.largest() / total : 0) * party.random.nextDouble();
            // positive floats order like their bits; the member index rides in the low half
            keyed[marked++] = ((long) Float.floatToIntBits((float) score) << 32) | m;
        }
        Arrays.sort(keyed, 0, marked);
        int expel;
        if (purge.quotaRule()) {
            expel = Math.min(marked, Chance.round(party.random, purge.quota() * examined));
        } else {
            expel = 0;
            for (int i = marked - 1; i >= 0 && Float.intBitsToFloat((int) (keyed[i] >>> 32)) > purge.threshold(); i--) {
                expel++;
            }
        }
        for (int i = marked - 1; i >= marked - expel; i--) {
            int m = (int) (keyed[i] & 0xFFFFFFFFL);
            party.removeMember(m, MemberRoll.EXPELLED);
            party.tally.expelled++;
            party.tally.expelledByStazh[MonthTally.stazhGroup(roll.joined(m))]++;
        }
        Campaigns.spreadFear(party);
    }

    private static double score(MemberRoll roll, int m, TimelineEvent.PurgeWeights w, boolean banned) {
        double s = 0;
        if (roll.has(m, MemberRoll.PASSIVE)) {
            s += w.passivity();
        }
        if (roll.has(m, MemberRoll.CAREERIST)) {
            s += w.careerism();
        }
        if (roll.has(m, MemberRoll.FORMER_OTHER_PARTY)) {
            s += w.formerOtherParty();
        }
        if (roll.origin(m) != MemberRoll.WORKER) {
            s += w.socialOrigin();
        }
        boolean opposed = roll.alignment(m) < 0;
        if (opposed) {
            s += w.opposition();
        }
        if (banned && opposed && roll.voice(m) >= Campaigns.SPEAKS) {
            s += w.voicedOpposition();
        }
        if (!roll.has(m, MemberRoll.LITERATE)) {
            s += w.illiteracy();
        }
        return s;
    }
}
