package apparat.model;

/**
 * One month of a repression campaign (the mid- and late 1930s, 003:89–121). The month's arrests (the
 * campaign's share of the members at its start, spread over its months) fall on the living roll by weight:
 * a member's relative risk is 1 plus the campaign's weight for each mark they carry — the old guard (joined
 * before a date), former opposition, a patron already arrested, a secretary post, and the ranks of the elite:
 * delegate of the last congress, member of the sitting Central Committee, provincial or district secretary.
 * The members are counted by stratum (each combination of marks), the arrests shared out among the strata
 * in proportion to persons × weight with no cap on relative risk ({@link RiskStrata}), and drawn uniformly
 * within each stratum ({@link StratifiedDraw}: one draw per arrest, the arrests made in ascending order of
 * the living). Members of the elite are individual persons (as delegates and secretaries are), the others
 * stand for {@code scale} persons each, so the elite's risk does not depend on the scale. Of the arrested,
 * the mass operations' quota share is shot (28 %, 003:109); of the arrested elite, the campaign's elite share.
 * Vacated posts are refilled by the usual rules, and so by younger members.
 */
final class Repression {

    /** Marks that make up a stratum, one bit each. */
    private static final int OLD_GUARD = 1;
    private static final int FORMER_OPPOSITION = 1 << 1;
    private static final int FALLEN_PATRON = 1 << 2;
    private static final int OFFICIAL = 1 << 3;
    private static final int DELEGATE = 1 << 4;
    private static final int COMMITTEE = 1 << 5;
    private static final int PROVINCE = 1 << 6;
    private static final int DISTRICT = 1 << 7;
    private static final int ELITE = DELEGATE | COMMITTEE | PROVINCE | DISTRICT;
    private static final int STRATA = 256;

    /** A repression campaign spread over months. */
    static final class InProgress {
        final TimelineEvent.Repression campaign;
        int monthsLeft;
        double simArrestsPerMonth;
        /** Scratch kept from month to month: the living as the month began, and each one's stratum. */
        private int[] living = new int[0];
        private byte[] stratum = new byte[0];

        InProgress(TimelineEvent.Repression campaign, int activeMembers) {
            this.campaign = campaign;
            this.monthsLeft = campaign.months();
            this.simArrestsPerMonth = campaign.arrests() * activeMembers / campaign.months();
        }
    }

    private Repression() {
    }

    static void month(Party party, InProgress campaign) {
        TimelineEvent.Repression r = campaign.campaign;
        MemberRoll roll = party.roll;
        if (campaign.monthsLeft == r.months()) {
            Campaigns.spreadFear(party);
        }
        // the living in ascending index order, as a scan of the whole roll would meet them, copied because the
        // arrests below take members off the living list
        int n = roll.activeCount();
        if (campaign.living.length < n) {
            campaign.living = new int[n + n / 4];
            campaign.stratum = new byte[n + n / 4];
        }
        int[] living = campaign.living;
        byte[] stratum = campaign.stratum;
        System.arraycopy(roll.activeMembers(), 0, living, 0, n);
        int ordinal = party.congresses.size();
        int oldGuard = r.oldGuardJoinedBefore().index();
        // the strata draw nothing, so they are sorted out on all the cores, each range counting its own
        int[][] counted = new int[party.workers.threads()][STRATA];
        party.workers.forEachRange(n, (range, lo, hi) -> {
            int[] mine = counted[range];
            for (int k = lo; k < hi; k++) {
                int s = stratum(party, living[k], oldGuard, ordinal);
                stratum[k] = (byte) s;
                mine[s]++;
            }
        });
        int[] count = new int[STRATA];
        for (int[] mine : counted) {
            for (int s = 0; s < STRATA; s++) {
                count[s] += mine[s];
            }
        }
        double[] persons = new double[STRATA];
        double[] weight = new double[STRATA];
        for (int s = 0; s < STRATA; s++) {
            persons[s] = count[s] * personsPer(party, s);
            weight[s] = weight(r, s);
        }
        double[] take = RiskStrata.allocate(persons, weight, campaign.simArrestsPerMonth * party.scale());
        int[] need = new int[STRATA];
        for (int s = 0; s < STRATA; s++) {
            need[s] = Math.min(count[s], Chance.round(party.random, take[s] / personsPer(party, s)));
        }
        // need[s] draws for each stratum instead of one for every member of a stratum still short, as selection
        // sampling made; the arrests still come in ascending order of the living, and so their draws
        int[] at = StratifiedDraw.draw(party.random, stratum, n, count, need);
        int[] arrested = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            arrested[i] = living[at[i]];
        }
        roll.readAhead().each(arrested, at.length, i -> arrest(party, r, arrested[i], stratum[at[i]] & 0xFF));
        campaign.monthsLeft--;
    }

    private static int stratum(Party party, int m, int oldGuard, int ordinal) {
        MemberRoll roll = party.roll;
        int s = 0;
        if (roll.joined(m) < oldGuard) {
            s |= OLD_GUARD;
        }
        if (roll.has(m, MemberCodes.FORMER_OPPOSITION)) {
            s |= FORMER_OPPOSITION;
        }
        int patron = roll.patron(m);
        if (patron >= 0 && (roll.status(patron) == MemberCodes.ARRESTED
                || roll.status(patron) == MemberCodes.EXECUTED)) {
            s |= FALLEN_PATRON;
        }
        int post = roll.post(m);
        if (post != MemberCodes.NONE) {
            s |= OFFICIAL;
            Level level = Posts.levelOf(post);
            s |= level == Level.PROVINCE ? PROVINCE : level == Level.DISTRICT ? DISTRICT : 0;
        }
        if (ordinal > 0 && roll.lastCongress(m) == ordinal) {
            s |= DELEGATE;
        }
        if (ordinal > 0 && roll.committee(m) == ordinal) {
            s |= COMMITTEE;
        }
        return s;
    }

    /** Relative risk of a stratum: 1 plus the weight of each of its marks. */
    static double weight(TimelineEvent.Repression r, int s) {
        double w = 1;
        w += (s & OLD_GUARD) != 0 ? r.oldGuardWeight() : 0;
        w += (s & FORMER_OPPOSITION) != 0 ? r.formerOppositionWeight() : 0;
        w += (s & FALLEN_PATRON) != 0 ? r.fallenPatronWeight() : 0;
        w += (s & OFFICIAL) != 0 ? r.officialWeight() : 0;
        w += (s & DELEGATE) != 0 ? r.delegateWeight() : 0;
        w += (s & COMMITTEE) != 0 ? r.centralCommitteeWeight() : 0;
        w += (s & PROVINCE) != 0 ? r.provinceSecretaryWeight() : 0;
        w += (s & DISTRICT) != 0 ? r.districtSecretaryWeight() : 0;
        return w;
    }

    /** Persons a member of the stratum stands for: one for the elite, {@code scale} for the others. */
    private static double personsPer(Party party, int s) {
        return (s & ELITE) != 0 ? 1.0 : party.scale();
    }

    private static void arrest(Party party, TimelineEvent.Repression r, int m, int s) {
        MemberRoll roll = party.roll;
        boolean elite = (s & ELITE) != 0;
        boolean shot = party.random.nextDouble() < (elite ? r.eliteExecutionShare() : r.executionShare());
        party.markVacatedByArrest(m);
        int group = MonthTally.stazhGroup(roll.joined(m));
        party.removeMember(m, shot ? MemberCodes.EXECUTED : MemberCodes.ARRESTED);
        MonthTally t = party.tally;
        t.arrested++;
        t.arrestedByStazh[group]++;
        if (shot) {
            t.executed++;
            t.executedByStazh[group]++;
        }
        int[] ranks = {DELEGATE, COMMITTEE, PROVINCE, DISTRICT};
        for (int k = 0; k < ranks.length; k++) {
            if ((s & ranks[k]) != 0) {
                t.eliteArrested[k]++;
                t.eliteExecuted[k] += shot ? 1 : 0;
            }
        }
    }
}
