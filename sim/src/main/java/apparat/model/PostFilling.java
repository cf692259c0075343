package apparat.model;

import ec.util.MersenneTwisterFast;

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

    // What an election decided, as a vote of {@link #vote}: a member's index (the one elected, to be seated), or
    // one of these.
    /** The incumbent is re-elected, or stays. */
    static final int RENEW = -2;
    /** No eligible member stood: the incumbent stays, or the higher body appoints to an empty post. */
    static final int NOBODY = -3;
    /** The higher body refused to confirm the member elected: it appoints instead. */
    static final int REFUSED = -4;

    /** The cells' posts, filled in passes so that their elections can run on all cores. */
    private final CellElections cells = new CellElections();

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        Uchraspred.accrue(party);
        for (Level level : Level.values()) {
            review(party, level);
            if (level == Level.CELL) {
                cells.fill(party);
                continue;
            }
            Posts posts = party.posts(level);
            for (int p = 0; p < posts.size(); p++) {
                if (due(party, posts, p)) {
                    fill(party, level, p);
                }
            }
        }
    }

    /** Whether a post is to be filled this month: vacant, or its term over. */
    static boolean due(Party party, Posts posts, int p) {
        return posts.isVacant(p) || posts.termEnd(p) <= party.month;
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
            if (confirmable(party, posts.holder(p), party.random)) {
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
     * with such a record, from {@code random}). Reads only.
     */
    static boolean confirmable(Party party, int m, MersenneTwisterFast random) {
        Rules.Appointment rules = party.rules.appointment();
        if (party.roll.alignment(m) < rules.confirmMinAlignment()) {
            return false;
        }
        return !party.roll.has(m, MemberCodes.FORMER_OPPOSITION)
                || random.nextDouble() >= rules.confirmRefusesOppositionRecord();
    }

    static void fill(Party party, Level level, int p) {
        Organisation org = Organisation.of(party, level, p);
        if (org.size() == 0) {
            return;
        }
        int incumbent = party.posts(level).holder(p);
        if (!fromAbove(party, org, incumbent)) {
            settle(party, org, incumbent, vote(party, org, incumbent, party.random));
        }
    }

    /**
     * The centre's part in filling a post: whether it takes the vacancy up (its mode for the level, a draw
     * under its rate, the budget), and if so keeps a placed incumbent, appoints, or recommends. Returns whether
     * the post was filled; when not (the centre stayed out, found no one, or its nominee was refused), the
     * members elect.
     */
    static boolean fromAbove(Party party, Organisation org, int incumbent) {
        Level level = org.level();
        int p = org.post();
        Posts posts = party.posts(level);
        Rules.Appointment rules = party.rules.appointment();
        Rules.Mode mode = rules.mode(level);
        boolean centre = mode != Rules.Mode.NONE && party.random.nextDouble() < rules.rate(level)
                && Uchraspred.canAfford(party, level);
        if (centre) {
            if (incumbent != MemberCodes.NONE && posts.how(p) != Posts.ELECTED
                    && party.roll.alignment(incumbent) >= party.rules.secretariat().removalThreshold()
                    && Eligibility.senior(party, incumbent, level)) {
                posts.renew(p, party.month, party.rules.terms().of(level));
                return true;
            }
            int chosen = Uchraspred.choose(party, org);
            if (chosen != MemberCodes.NONE) {
                Uchraspred.spend(party, level);
                int patron = org.higherSecretary(party);
                if (mode == Rules.Mode.APPOINT) {
                    displaceBy(party, level, incumbent, chosen);
                    placeFromAbove(party, level, p, chosen, Posts.APPOINTED, patron);
                    return true;
                }
                double accept = rules.acceptance() - rules.acceptanceOppositionPenalty() * org.oppositionShare(party);
                if (party.random.nextDouble() < accept) {
                    displaceBy(party, level, incumbent, chosen);
                    placeFromAbove(party, level, p, chosen, Posts.RECOMMENDED, patron);
                    return true;
                }
            }
        }
        return false;
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

    /**
     * The members' election, decided but not yet carried out: the incumbent re-elected ({@link #RENEW}) when
     * eligible and favoured by a draw; otherwise the member elected among a few candidates, or {@link #NOBODY}
     * when none stood, or {@link #REFUSED} when the higher body must confirm and does not. Draws from
     * {@code random} and writes nothing, so that the elections of different organisations can be decided at
     * once (see {@link CellElections}).
     */
    static int vote(Party party, Organisation org, int incumbent, MersenneTwisterFast random) {
        return vote(party, org, incumbent, random, new SecretaryElection.Ballot(party));
    }

    /** {@link #vote(Party, Organisation, int, MersenneTwisterFast)} in the room of {@code ballot}. */
    static int vote(Party party, Organisation org, int incumbent, MersenneTwisterFast random,
                    SecretaryElection.Ballot ballot) {
        Level level = org.level();
        if (incumbent != MemberCodes.NONE && Eligibility.senior(party, incumbent, level)
                && random.nextDouble() < party.rules.election().incumbentAdvantage()) {
            return RENEW;
        }
        int chosen = SecretaryElection.elect(party, org, incumbent, random, ballot);
        if (chosen == MemberCodes.NONE) {
            return NOBODY;
        }
        return !party.rules.appointment().confirms(level) || confirmable(party, chosen, random) ? chosen : REFUSED;
    }

    /** Carries out an election's {@link #vote}. */
    static void settle(Party party, Organisation org, int incumbent, int vote) {
        Level level = org.level();
        int p = org.post();
        Rules rules = party.rules;
        if (vote == RENEW || vote == NOBODY && incumbent != MemberCodes.NONE) {
            party.posts(level).renew(p, party.month, rules.terms().of(level));
        } else if (vote == NOBODY) {
            appointIfRequired(party, org);
        } else if (vote == REFUSED) {
            // the organisation's choice is refused: that secretary never takes office, and the post is the
            // higher body's to fill
            party.tally.displacedByLevel[level.ordinal()]++;
            if (incumbent != MemberCodes.NONE) {
                party.vacatePostOf(incumbent);
            }
            appointIfRequired(party, org);
        } else {
            party.seat(level, p, vote, Posts.ELECTED, MemberCodes.NONE, rules.appointment().confirms(level));
        }
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
