package apparat.model;

import ec.util.MersenneTwisterFast;
import java.util.Iterator;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 2: who is in the party. Candidates whose stage is over become full members, or are not admitted with
 * the rules' probation failure (004:50); resignations and deaths are drawn member by member with monthly
 * chances, so that their expected counts follow the yearly rates (the counts themselves vary as binomial counts
 * do). Every living member has the same chance of dying; a member's chance of resigning is proportional to a
 * weight — workers and peasants leave more often than employees (004:408), secretaries and delegates less often
 * than others — and scaled so that the expected count follows the party's average rate and the weights decide
 * who leaves. Both walk the living list with geometric skips, so their work follows the departures, not the
 * members. Recruits arrive by the regular intake, a rate times the party's size (while admission is open), and
 * by levies and intake waves of absolute size (which run even when it is closed). The careerist share of
 * recruits rises with the privilege gap: base + sensitivity × (pay ratio − 1), capped.
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
        int[] due = party.roll.dueCandidates(party.month);
        party.roll.readAhead().each(due, due.length, i -> {
            int m = due[i];
            if (failure > 0 && party.random.nextDouble() < failure) {
                party.removeMember(m, MemberCodes.NOT_ADMITTED);
                party.tally.notAdmitted++;
            } else {
                party.roll.promote(m);
            }
        });
    }

    /**
     * Draws the month's deaths: each living member dies with the chance {@code perYear / 12}, whatever their
     * weight. Geometric skips over the list of the living find the dying with one draw each, so the work
     * follows the deaths, not the members, and the roll is read in ascending order.
     */
    private static void die(Party party, double perYear) {
        MemberRoll roll = party.roll;
        int[] dying = members(roll, Chance.eachWithChance(party.random, perYear / 12.0, roll.listedCount()));
        // all the positions first, then the members, read ahead a chunk at a time: the lookups of one member do not
        // wait on the last one's
        roll.readAhead().each(dying, dying.length, i -> {
            int m = dying[i];
            // every entry is met with the chance, so each living member dies with it
            if (roll.isActive(m)) {
                party.removeMember(m, MemberCodes.DIED);
                party.tally.died++;
            }
        });
    }

    /**
     * Draws the month's resignations: each living member leaves with the chance {@code q × w}, where {@code w}
     * is their weight and {@code q} is set so that the expected count is the average rate's, {@code living ×
     * rate / 12}; the weights decide who leaves. Geometric skips find the members to look at with the largest
     * chance, {@code q × w_max}, and each is kept with {@code w / w_max}: the same chance per member, while
     * looking at about as many members as leave.
     */
    private static void resign(Party party, Rules.Attrition a) {
        MemberRoll roll = party.roll;
        double expected = roll.activeCount() * Math.min(1.0, a.resignationPerYear() / 12.0);
        if (!(expected > 0)) {
            return;
        }
        // the sum of the weights from the roll's running counts by kind: exact integers, so q does not depend
        // on the threads, and no pass over the living is needed to know it
        double total = 0;
        double largest = 0;
        for (int kind = 0; kind < MemberKinds.COUNT; kind++) {
            int count = roll.activeOfKind(kind);
            total += count * weight(kind, a);
            if (count > 0) {
                largest = Math.max(largest, weight(kind, a));
            }
        }
        if (!(total > 0)) {
            // nobody left who would resign (every weight 0)
            return;
        }
        double q = expected / total;
        // a chance cannot pass 1: members whose q × w would exceed it all leave, and the count falls short
        double visit = Math.min(1.0, q * largest);
        // the list as it stands, as for the deaths: members who left this month are passed by
        // the positions to look at are all drawn first, and their members read ahead a chunk at a time, so the
        // members' lookups do not wait on the keep draws; those are made afterwards, in the same ascending order
        int[] looked = members(roll, Chance.eachWithChance(party.random, visit, roll.listedCount()));
        roll.readAhead().each(looked, looked.length, i -> {
            int m = looked[i];
            if (!roll.isActive(m)) {
                return;
            }
            double keep = Math.min(1.0, q * weight(roll.kind(m), a)) / visit;
            // no draw where the look itself decides: the heaviest kind always goes, a weight of 0 never
            if (keep <= 0 || keep < 1.0 && party.random.nextDouble() >= keep) {
                return;
            }
            party.removeMember(m, MemberCodes.RESIGNED);
            party.tally.resigned++;
        });
    }

    /**
     * The members at {@code positions} of the list of the living as it stands, with the month's earlier
     * departures still in it (the caller passes them by): sweeping them out would be a pass over all the living,
     * which the opinion stage makes anyway. A member who leaves is only marked, so the list keeps its entries
     * while members are taken off. Written over {@code positions}.
     */
    private static int[] members(MemberRoll roll, int[] positions) {
        int[] listed = roll.listedMembers();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = listed[positions[i]];
        }
        return positions;
    }

    private static double weight(int kind, Rules.Attrition a) {
        return ((kind & MemberKinds.WORKER_OR_PEASANT) != 0 ? a.workerPeasantFactor() : 1.0)
                * ((kind & MemberKinds.OFFICIAL) != 0 ? a.officialFactor() : 1.0);
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
