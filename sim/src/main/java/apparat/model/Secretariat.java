package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 5: the Secretariat removes secretaries it distrusts (004:66: gubkom secretaries removed or transferred
 * by Moscow). Each month it may spend up to its removal share of the month's capacity, at the levels where it
 * intervenes at all, on secretaries whose alignment is below its threshold — provinces first, then districts,
 * starting at a random post so that no province is always first. The posts fall vacant and are filled next
 * month under the rules then in force.
 */
final class Secretariat implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        Rules.SecretariatRules s = party.rules.secretariat();
        double allowance = Math.min(party.budget, Uchraspred.monthlyCapacity(party) * s.removalShare());
        for (Level level : new Level[] {Level.PROVINCE, Level.DISTRICT}) {
            if (party.rules.appointment().mode(level) == Rules.Mode.NONE) {
                continue;
            }
            Posts posts = party.posts(level);
            int n = posts.size();
            int offset = n == 0 ? 0 : party.random.nextInt(n);
            for (int k = 0; k < n && allowance >= 1; k++) {
                int p = (offset + k) % n;
                if (posts.isVacant(p) || party.roll.alignment(posts.holder(p)) >= s.removalThreshold()) {
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
