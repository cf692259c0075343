package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Stage 1: the month's timeline events take effect: rules change, levies and campaigns begin, congresses meet. */
final class TimelineStage implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        for (TimelineEvent event : party.eventsDue()) {
            if (event instanceof TimelineEvent.RuleChange change) {
                party.applyRules(change.rules());
            } else if (event instanceof TimelineEvent.Levy levy) {
                party.levies.add(new Membership.LevyInProgress(levy, party.scale()));
            } else if (event instanceof TimelineEvent.Purge purge) {
                party.purgesDue.add(purge);
            } else if (event instanceof TimelineEvent.Repression repression) {
                party.repressions.add(new Repression.InProgress(repression, party.roll.activeCount()));
            } else if (event instanceof TimelineEvent.Congress congress) {
                party.congressDue = congress;
            }
        }
    }
}
