package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 4: secretary posts. First, where the rules demand confirmation (the 1922 rule, 000:53), the higher
 * body reviews every sitting secretary it has not confirmed and removes those below the alignment it accepts,
 * and, with the rules' chance, those with a record of open opposition (the mark a member keeps once their
 * alignment fell below {@link MemberRoll#OPPOSITION_MARK}): the higher body judges a record, not a mood.
 * Then every post that is vacant or whose term has ended is filled:
 * <ol>
 *   <li>if the centre takes the vacancy up (its mode for the level is not {@code none}, a draw under its rate,
 *       and the budget allows), it keeps a placed incumbent it trusts, or chooses a candidate and either
 *       appoints them or recommends them, and the organisation accepts a recommendation with a chance that
 *       falls with its opposition share;</li>
 *   <li>otherwise (or when a recommendation is refused) the organisation elects: an eligible incumbent may be
 *       re-elected, else the members pick among a few eligible candidates the one closest to their mean
 *       alignment, competence breaking ties;</li>
 *   <li>where confirmation is required, an elected secretary below the accepted alignment is refused and the
 *       higher body appoints instead, if it can; otherwise the post stays vacant.</li>
 * </ol>
 * A re-elected or kept incumbent keeps the record of how and since when they got the post. A sitting secretary
 * refused confirmation, or replaced at the end of the term by the centre's placement, counts as displaced by
 * the centre (004:66).
 */
final class PostFilling implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        Uchraspred.accrue(party);
        for (Level level : Level.values()) {
            review(party, level);
            Posts posts = party.posts(level);
            int count = level == Level.CELL ? Math.min(posts.size(), party.hierarchy.indexedCells()) : posts.size();
            for (int p = 0; p < count; p++) {
                if (posts.isVacant(p) || posts.termEnd(p) <= party.month) {
                    fill(party, level, p);
                }
            }
        }
    }

    /** Confirmation review of sitting, unconfirmed secretaries. */
    static void review(Party party, Level level) {
        Rules.Appointment rules = party.rules.appointment();
        if (!rules.confirms(level)) {
            return;
        }
        Posts posts = party.posts(level);
        for (int p = 0; p < posts.size(); p++) {
            if (posts.isVacant(p) || posts.confirmed(p)) {
                continue;
            }
            if (confirmable(party, posts.holder(p))) {
                posts.confirm(p);
            } else {
                party.vacatePostOf(posts.holder(p));
                party.tally.displacedByLevel[level.ordinal()]++;
            }
        }
    }

    /**
     * Whether the higher body confirms a secretary: alignment at least the accepted minimum, and no record of
     * opposition that it holds against them (a draw under the rules' refusal chance, made only for members
     * with such a record).
     */
    static boolean confirmable(Party party, int m) {
        Rules.Appointment rules = party.rules.appointment();
        if (party.roll.alignment(m) < rules.confirmMinAlignment()) {
            return false;
        }
        return !party.roll.has(m, MemberCodes.FORMER_OPPOSITION)
                || party.random.nextDouble() >= rules.confirmRefusesOppositionRecord();
    }

    static void fill(Party party, Level level, int p) {
        Organisation org = Organisation.of(party, level, p);
        if (org.size() == 0) {
            return;
        }
        Posts posts = party.posts(level);
        Rules.Appointment rules = party.rules.appointment();
        int incumbent = posts.holder(p);
        Rules.Mode mode = rules.mode(level);
        boolean centre = mode != Rules.Mode.NONE && party.random.nextDouble() < rules.rate(level)
                && Uchraspred.canAfford(party, level);
        if (centre) {
            if (incumbent != MemberCodes.NONE && posts.how(p) != Posts.ELECTED
                    && party.roll.alignment(incumbent) >= party.rules.secretariat().removalThreshold()
                    && Eligibility.senior(party, incumbent, level)) {
                posts.renew(p, party.month, party.rules.terms().of(level));
                return;
            }
            int chosen = Uchraspred.choose(party, org);
            if (chosen != MemberCodes.NONE) {
                Uchraspred.spend(party, level);
                int patron = org.higherSecretary(party);
                if (mode == Rules.Mode.APPOINT) {
                    displaceBy(party, level, incumbent, chosen);
                    placeFromAbove(party, level, p, chosen, Posts.APPOINTED, patron);
                    return;
                }
                double accept = rules.acceptance() - rules.acceptanceOppositionPenalty() * org.oppositionShare(party);
                if (party.random.nextDouble() < accept) {
                    displaceBy(party, level, incumbent, chosen);
                    placeFromAbove(party, level, p, chosen, Posts.RECOMMENDED, patron);
                    return;
                }
            }
        }
        elect(party, org, incumbent);
    }

    /** Counts a sitting secretary replaced by the centre's choice at the end of the term. */
    private static void displaceBy(Party party, Level level, int incumbent, int chosen) {
        if (incumbent != MemberCodes.NONE && incumbent != chosen) {
            party.tally.displacedByLevel[level.ordinal()]++;
        }
    }

    private static void placeFromAbove(Party party, Level level, int p, int member, byte how, int patron) {
        party.seat(level, p, member, how, patron, true);
        Uchraspred.bond(party, member, patron);
    }

    private static void elect(Party party, Organisation org, int incumbent) {
        Level level = org.level();
        int p = org.post();
        Posts posts = party.posts(level);
        Rules rules = party.rules;
        if (incumbent != MemberCodes.NONE && Eligibility.senior(party, incumbent, level)
                && party.random.nextDouble() < rules.election().incumbentAdvantage()) {
            posts.renew(p, party.month, rules.terms().of(level));
            return;
        }
        int chosen = SecretaryElection.elect(party, org, incumbent);
        if (chosen == MemberCodes.NONE) {
            if (incumbent == MemberCodes.NONE) {
                appointIfRequired(party, org);
            } else {
                posts.renew(p, party.month, rules.terms().of(level));
            }
            return;
        }
        boolean confirms = rules.appointment().confirms(level);
        if (!confirms) {
            party.seat(level, p, chosen, Posts.ELECTED, MemberCodes.NONE, false);
            return;
        }
        if (confirmable(party, chosen)) {
            party.seat(level, p, chosen, Posts.ELECTED, MemberCodes.NONE, true);
            return;
        }
        // the organisation's choice is refused: that secretary never takes office, and the post is the
        // higher body's to fill
        party.tally.displacedByLevel[level.ordinal()]++;
        if (incumbent != MemberCodes.NONE) {
            party.vacatePostOf(incumbent);
        }
        appointIfRequired(party, org);
    }

    /**
     * When no one acceptable was elected, the higher body appoints, if it can afford to. Where a seniority rule
     * left no eligible member, it grants an exemption to the member it chooses (004:64: such appointments
     * were the higher authority's to approve).
     */
    private static void appointIfRequired(Party party, Organisation org) {
        Level level = org.level();
        boolean higherBodyActs = party.rules.appointment().confirms(level)
                || party.rules.appointment().mode(level) != Rules.Mode.NONE
                || Eligibility.ruleInForce(party, level);
        if (!higherBodyActs || !Uchraspred.canAfford(party, level)) {
            return;
        }
        int chosen = Uchraspred.choose(party, org);
        if (chosen == MemberCodes.NONE && Eligibility.ruleInForce(party, level)) {
            chosen = Uchraspred.choose(party, org, true);
        }
        if (chosen != MemberCodes.NONE
                && (!party.rules.appointment().confirms(level)
                    || party.roll.alignment(chosen) >= party.rules.appointment().confirmMinAlignment())) {
            Uchraspred.spend(party, level);
            placeFromAbove(party, level, org.post(), chosen, Posts.APPOINTED, org.higherSecretary(party));
        }
    }
}
