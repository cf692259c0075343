package apparat.model;

import ec.util.MersenneTwisterFast;
import java.util.Iterator;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 2: who is in the party. Candidates whose stage is over become full members, or are not admitted with
 * the rules' probation failure (004:50); resignations and deaths are drawn as counts from their yearly rates.
 * Deaths fall on random members; resignations fall on members in proportion to a weight — workers and peasants
 * leave more often than employees (004:408), secretaries and delegates less often than others — so that the
 * count follows the party's average rate and the weights decide who leaves. Recruits arrive by the regular
 * intake, a rate times the party's size (while admission is open), and by levies and intake waves of absolute
 * size (which run even when it is closed). The careerist share of recruits rises with the privilege gap:
 * base + sensitivity × (pay ratio − 1), capped.
 */
final class Membership implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Initial members' seniority is spread over this many months before the start. */
    static final int INITIAL_STAZH_SPREAD = 120;

    /** An enrolment drive spread over months. */
    static final class LevyInProgress {
        final TimelineEvent.Levy levy;
        int monthsLeft;
        double simRecruitsPerMonth;

        LevyInProgress(TimelineEvent.Levy levy, double scale) {
            this.levy = levy;
            this.monthsLeft = levy.months();
            this.simRecruitsPerMonth = levy.recruits() / scale / levy.months();
        }
    }

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        promoteCandidates(party);
        resign(party, party.rules.attrition());
        die(party, party.rules.attrition().deathPerYear());
        recruit(party);
    }

    /** Creates the members the party starts with. */
    void seedInitial(Party party, int count) {
        MersenneTwisterFast random = party.random;
        Rules.MemberMix mix = party.rules.initial();
        for (int i = 0; i < count; i++) {
            int joined = party.month - random.nextInt(INITIAL_STAZH_SPREAD + 1);
            add(party, random, mix, mix.careeristShare(), joined, joined);
        }
    }

    private static void promoteCandidates(Party party) {
        double failure = party.rules.recruitment().probationFailure();
        for (int m : party.roll.dueCandidates(party.month)) {
            if (failure > 0 && party.random.nextDouble() < failure) {
                party.removeMember(m, MemberCodes.NOT_ADMITTED);
                party.tally.notAdmitted++;
            } else {
                party.roll.promote(m);
            }
        }
    }

    private static void die(Party party, double perYear) {
        int count = Chance.round(party.random, party.roll.activeCount() * perYear / 12.0);
        for (int i = 0; i < count; i++) {
            int m = Chance.activeMember(party.random, party.roll);
            if (m == MemberCodes.NONE) {
                return;
            }
            party.removeMember(m, MemberCodes.DIED);
            party.tally.died++;
        }
    }

    /**
     * Draws the month's resignations: the count from the average rate, each one a member drawn with
     * probability proportional to their weight (by rejection against the largest weight, which is exact).
     */
    private static void resign(Party party, Rules.Attrition a) {
        MemberRoll roll = party.roll;
        int count = Chance.round(party.random, roll.activeCount() * a.resignationPerYear() / 12.0);
        double largest = Math.max(1.0, a.workerPeasantFactor()) * Math.max(1.0, a.officialFactor());
        if (largest <= 0) {
            return;
        }
        int made = 0;
        // the weights are bounded, so an acceptance below 1/largest per draw is impossible; the cap on tries
        // only guards against a party with nobody left to resign (all weights 0)
        for (long tries = 0; made < count && tries < (long) count * 1000 + 1000; tries++) {
            int m = Chance.activeMember(party.random, roll);
            if (m == MemberCodes.NONE) {
                return;
            }
            if (party.random.nextDouble() * largest >= resignationWeight(roll, m, a)) {
                continue;
            }
            party.removeMember(m, MemberCodes.RESIGNED);
            party.tally.resigned++;
            made++;
        }
    }

    /** A member's relative propensity to resign. */
    static double resignationWeight(MemberRoll roll, int m, Rules.Attrition a) {
        double w = roll.origin(m) == MemberCodes.EMPLOYEE ? 1.0 : a.workerPeasantFactor();
        if (roll.post(m) != MemberCodes.NONE || roll.has(m, MemberCodes.DELEGATE)) {
            w *= a.officialFactor();
        }
        return w;
    }

    private static void recruit(Party party) {
        Rules.Recruitment r = party.rules.recruitment();
        MersenneTwisterFast random = party.random;
        double careerist = careeristShare(r, party.payRatio);
        int regular = r.open() ? Chance.round(random, party.roll.activeCount() * r.ratePerYear() / 12.0) : 0;
        int fullFrom = party.month + r.candidateMonths();
        for (int i = 0; i < regular; i++) {
            add(party, random, r.mix(), careerist, party.month, fullFrom);
        }
        for (Iterator<LevyInProgress> it = party.levies.iterator(); it.hasNext();) {
            LevyInProgress levy = it.next();
            TimelineEvent.Levy l = levy.levy;
            Rules.MemberMix mix = new Rules.MemberMix(
                l.workerShare() >= 0 ? l.workerShare() : r.mix().workerShare(),
                l.workerShare() >= 0 ? Math.min(r.mix().peasantShare(), 1 - l.workerShare())
                        : r.mix().peasantShare(),
                l.literateShare() >= 0 ? l.literateShare() : r.mix().literateShare(),
                0, r.mix().oppositionShare(), r.mix().formerOtherPartyShare(), r.mix().passiveShare(),
                r.mix().ruralShare());
            double levyCareerist = l.careeristShare() >= 0 ? l.careeristShare() : careerist;
            int n = Chance.round(random, levy.simRecruitsPerMonth);
            for (int i = 0; i < n; i++) {
                add(party, random, mix, levyCareerist, party.month, fullFrom);
            }
            if (--levy.monthsLeft <= 0) {
                it.remove();
            }
        }
    }

    /** The careerist share of this month's recruits. */
    static double careeristShare(Rules.Recruitment r, double payRatio) {
        double gap = Math.max(0, payRatio - 1);
        return Math.min(r.careeristMax(), r.careeristBase() + r.careeristPrivilegeSensitivity() * gap);
    }

    private static void add(Party party, MersenneTwisterFast random, Rules.MemberMix mix, double careeristShare,
                            int joined, int fullFrom) {
        int traits = 0;
        if (random.nextDouble() < mix.literateShare()) {
            traits |= MemberCodes.LITERATE;
        }
        boolean careerist = random.nextDouble() < careeristShare;
        if (careerist) {
            traits |= MemberCodes.CAREERIST;
        }
        if (random.nextDouble() < mix.formerOtherPartyShare()) {
            traits |= MemberCodes.FORMER_OTHER_PARTY;
        }
        if (random.nextDouble() < mix.passiveShare()) {
            traits |= MemberCodes.PASSIVE;
        }
        if (random.nextDouble() < mix.ruralShare()) {
            traits |= MemberCodes.RURAL;
        }
        double o = random.nextDouble();
        byte origin = o < mix.workerShare() ? MemberCodes.WORKER
                : o < mix.workerShare() + mix.peasantShare() ? MemberCodes.PEASANT : MemberCodes.EMPLOYEE;
        // careerists follow whoever distributes posts, so they never start in opposition
        boolean opposition = !careerist && random.nextDouble() < mix.oppositionShare();
        float alignment = opposition ? Chance.between(random, -1f, 0f) : Chance.between(random, 0f, 1f);
        float voice = random.nextFloat();
        int district = random.nextInt(party.hierarchy.districts());
        int cell = party.hierarchy.placeNewMember(district, party::cellOpened);
        party.roll.add(joined, fullFrom, traits, origin, alignment, voice, cell);
        if (joined == party.month && party.started()) {
            party.tally.recruits++;
            if (careerist) {
                party.tally.recruitCareerists++;
            }
        }
    }
}
