package apparat.model;

import java.util.Iterator;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 7: purges due this month begin; purges under way examine their month's slice; repression campaigns
 * under way make the month's arrests.
 */
final class Campaigns implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Willingness to speak at or above which a member in opposition counts as speaking out. */
    static final float SPEAKS = 0.5f;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        for (TimelineEvent.Purge purge : party.purgesDue) {
            party.purges.add(PurgeCampaign.begin(party, purge));
        }
        party.purgesDue.clear();
        for (Iterator<PurgeCampaign.InProgress> it = party.purges.iterator(); it.hasNext();) {
            PurgeCampaign.InProgress campaign = it.next();
            PurgeCampaign.month(party, campaign);
            if (campaign.monthsLeft <= 0) {
                it.remove();
            }
        }
        for (Iterator<Repression.InProgress> it = party.repressions.iterator(); it.hasNext();) {
            Repression.InProgress campaign = it.next();
            Repression.month(party, campaign);
            if (campaign.monthsLeft <= 0) {
                it.remove();
            }
        }
    }

    /** Every member grows quieter by the rules' fear. */
    static void spreadFear(Party party) {
        float keep = 1f - (float) party.rules.opinion().fear();
        MemberRoll roll = party.roll;
        int[] living = roll.activeMembers();
        party.workers.forRanges(roll.activeCount(), (from, to) -> {
            for (int k = from; k < to; k++) {
                roll.setVoice(living[k], roll.voice(living[k]) * keep);
            }
        });
    }
}
