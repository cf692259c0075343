package apparat.model;

/**
 * One month of a repression campaign (the late 1930s, 003:91–121): a number of arrests drawn from the
 * campaign's total spread over its months, falling on members with a weight of 1 plus the campaign's weights
 * for the old guard (joined before a date), former opposition, a patron already arrested, holding a post, and
 * having sat at a congress; a share of the arrested are shot (the quota rule's share, 003:109). Vacated posts
 * are refilled by the usual rules, and so by younger members.
 */
final class Repression {

    private Repression() {
    }

    static void month(Party party, Party.RepressionInProgress campaign) {
        TimelineEvent.Repression r = campaign.campaign;
        MemberRoll roll = party.roll;
        if (campaign.monthsLeft == r.months()) {
            Campaigns.spreadFear(party);
        }
        double maxWeight = 1 + r.oldGuardWeight() + r.formerOppositionWeight() + r.fallenPatronWeight()
                + r.officialWeight() + r.delegateWeight();
        int arrests = Chance.round(party.random, campaign.simArrestsPerMonth);
        int oldGuard = r.oldGuardJoinedBefore().index();
        for (int made = 0, tries = 0; made < arrests && tries < arrests * 200 + 1000; tries++) {
            int m = Chance.activeMember(party.random, roll);
            if (m == MemberRoll.NONE) {
                break;
            }
            double weight = 1;
            if (roll.joined(m) < oldGuard) {
                weight += r.oldGuardWeight();
            }
            if (roll.has(m, MemberRoll.FORMER_OPPOSITION)) {
                weight += r.formerOppositionWeight();
            }
            int patron = roll.patron(m);
            if (patron >= 0 && (roll.status(patron) == MemberRoll.ARRESTED
                    || roll.status(patron) == MemberRoll.EXECUTED)) {
                weight += r.fallenPatronWeight();
            }
            if (roll.post(m) != MemberRoll.NONE) {
                weight += r.officialWeight();
            }
            if (roll.has(m, MemberRoll.DELEGATE)) {
                weight += r.delegateWeight();
            }
            if (party.random.nextDouble() * maxWeight >= weight) {
                continue;
            }
            made++;
            int group = MonthTally.stazhGroup(roll.joined(m));
            if (party.random.nextDouble() < r.executionShare()) {
                party.removeMember(m, MemberRoll.EXECUTED);
                party.tally.executed++;
                party.tally.executedByStazh[group]++;
            } else {
                party.removeMember(m, MemberRoll.ARRESTED);
            }
            party.tally.arrested++;
            party.tally.arrestedByStazh[group]++;
        }
        campaign.monthsLeft--;
    }
}
