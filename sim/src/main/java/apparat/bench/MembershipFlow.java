package apparat.bench;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Recruitment and departures in the naive baseline, first each month: the month's recruits join cells of random
 * districts, and then random members resign until the roll has the size the model had that month.
 */
final class MembershipFlow implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        NaiveParty party = (NaiveParty) state;
        int month = (int) party.schedule.getTime();
        if (month == 0) {
            return;
        }
        for (int i = 0; i < party.trajectory.recruits(month); i++) {
            party.recruit(month, party.schedule.getTime() + 1.0);
        }
        while (party.members.size() > party.trajectory.members(month)) {
            party.resign(party.random.nextInt(party.members.size()));
        }
    }
}
