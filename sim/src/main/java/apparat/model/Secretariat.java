package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 5: the Secretariat removes and transfers secretaries (004:66: gubkom secretaries removed or transferred
 * by Moscow). Each month, at the levels where it intervenes at all, it adds its removal share of the month's
 * capacity to a removal allowance and its transfer share to a transfer allowance. Allowances carry over from
 * month to month (a year's worth, and at least one assignment), so that a share below one assignment a month
 * still acts. It spends the removal allowance on secretaries whose alignment is below its threshold, and the
 * transfer allowance on moving sitting secretaries — elected ones and its own men alike (004:66 "removed or
 * transferred"; 004:218 "promoted, relocated, or dismissed") — provinces first, then districts, starting at a
 * random post so that no province is always first. A transferred secretary stays a member; the posts fall
 * vacant and are filled next month under the rules then in force. Where the rules say so, a known dissenter
 * (who voted against at a congress) is distrusted whatever their alignment now (004:193: the Workers'
 * Opposition's leaders removed from party posts). Every secretary moved out counts as displaced.
 */
final class Secretariat implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        Rules.SecretariatRules s = party.rules.secretariat();
        double monthly = Uchraspred.monthlyCapacity(party);
        // a year's worth is kept, and at least one assignment, so that a rare action still happens
        party.removalAllowance = Math.min(party.removalAllowance + monthly * s.removalShare(),
                Math.max(1, 12 * monthly * s.removalShare()));
        party.transferAllowance = Math.min(party.transferAllowance + monthly * s.transferShare(),
                Math.max(1, 12 * monthly * s.transferShare()));
        boolean marked = party.rules.congress().knownDissentersRemoved();
        party.removalAllowance = act(party, party.removalAllowance,
                (posts, p) -> party.roll.alignment(posts.holder(p)) < s.removalThreshold()
                        || marked && party.roll.has(posts.holder(p), MemberCodes.KNOWN_DISSENTER));
        party.transferAllowance = act(party, party.transferAllowance, (posts, p) -> true);
    }

    /** Which sitting secretaries an action takes. */
    private interface Choice {
        boolean takes(Posts posts, int post);
    }

    /**
     * Moves out secretaries the choice takes, one assignment each, while the allowance and the budget last;
     * returns what is left of the allowance.
     */
    private static double act(Party party, double allowance, Choice choice) {
        for (Level level : new Level[] {Level.PROVINCE, Level.DISTRICT}) {
            if (party.rules.appointment().mode(level) == Rules.Mode.NONE) {
                continue;
            }
            Posts posts = party.posts(level);
            int n = posts.size();
            int offset = n == 0 ? 0 : party.random.nextInt(n);
            for (int k = 0; k < n && allowance >= 1 && party.budget >= 1; k++) {
                int p = (offset + k) % n;
                if (posts.isVacant(p) || !choice.takes(posts, p)) {
                    continue;
                }
                party.vacatePostOf(posts.holder(p));
                allowance -= 1;
                Uchraspred.spend(party, level);
                party.tally.removals += 1;
                party.tally.removedByLevel[level.ordinal()]++;
                party.tally.displacedByLevel[level.ordinal()]++;
            }
        }
        return allowance;
    }
}
