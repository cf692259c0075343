package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 5: the Secretariat removes and transfers secretaries (004:66: gubkom secretaries removed or transferred
 * by Moscow). Each month, at the levels where it intervenes at all, it may spend up to its removal share of the
 * month's capacity on secretaries whose alignment is below its threshold, and up to its transfer share on
 * moving elected secretaries out of their posts so that it can place its own — provinces first, then
 * districts, starting at a random post so that no province is always first. A transferred secretary stays a
 * member. Where the rules say so, a known dissenter (who voted against at a congress) is distrusted whatever
 * their alignment now (004:193: the Workers' Opposition's leaders removed from party posts). The posts fall
 * vacant and are filled next month under the rules then in force.
 */
final class Secretariat implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        Rules.SecretariatRules s = party.rules.secretariat();
        double monthly = Uchraspred.monthlyCapacity(party);
        boolean marked = party.rules.congress().knownDissentersRemoved();
        act(party, Math.min(party.budget, monthly * s.removalShare()),
                (posts, p) -> party.roll.alignment(posts.holder(p)) < s.removalThreshold()
                        || marked && party.roll.has(posts.holder(p), MemberRoll.KNOWN_DISSENTER));
        act(party, Math.min(party.budget, monthly * s.transferShare()),
                (posts, p) -> posts.how(p) == Posts.ELECTED);
    }

    /** Which sitting secretaries an action takes. */
    private interface Choice {
        boolean takes(Posts posts, int post);
    }

    /** Moves out secretaries the choice takes, one assignment each, while the allowance lasts. */
    private static void act(Party party, double allowance, Choice choice) {
        for (Level level : new Level[] {Level.PROVINCE, Level.DISTRICT}) {
            if (party.rules.appointment().mode(level) == Rules.Mode.NONE) {
                continue;
            }
            Posts posts = party.posts(level);
            int n = posts.size();
            int offset = n == 0 ? 0 : party.random.nextInt(n);
            for (int k = 0; k < n && allowance >= 1; k++) {
                int p = (offset + k) % n;
                if (posts.isVacant(p) || !choice.takes(posts, p)) {
                    continue;
                }
                party.vacatePostOf(posts.holder(p));
                allowance -= 1;
                Uchraspred.spend(party, level);
                party.tally.removals += 1;
                party.tally.removedByLevel[level.ordinal()]++;
            }
        }
    }
}
