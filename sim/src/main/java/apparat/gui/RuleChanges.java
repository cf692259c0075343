package apparat.gui;

import apparat.model.Party;
import apparat.model.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * When a rule changed in the Model tab takes effect. During a run (paused or not), from the month about to be
 * simulated, marked on the charts at once. With no run going (after ■), the Model tab shows the rules the
 * next run starts with: a change then holds from that run's first month and is marked when it starts.
 * Starting a run resets the party to the scenario's rules, so the changes are put back on top of them.
 * Called on the Swing thread.
 */
final class RuleChanges {

    private final Party party;
    private final LiveFeed feed;
    private final CalendarPanel calendar;
    private final List<String> pending = new ArrayList<>();
    private Rules pendingRules;
    private boolean running;

    RuleChanges(Party party, LiveFeed feed, CalendarPanel calendar) {
        this.party = party;
        this.feed = feed;
        this.calendar = calendar;
    }

    void changed(String change) {
        if (running) {
            feed.ruleChanged(change);
            return;
        }
        pending.add(change);
        pendingRules = party.rules();
        calendar.showEvent("M" + pending.size(), "Model tab: " + change, "from the start of the run");
    }

    /** The party has just started (its rules are the scenario's again): the changes made before hold. */
    void runStarted() {
        running = true;
        if (pendingRules != null) {
            party.changeRules(pendingRules);
        }
        for (String change : pending) {
            feed.ruleChanged(change);
        }
        pending.clear();
        pendingRules = null;
    }

    /** The run has stopped: the Model tab goes back to the rules the next run starts with. */
    void runStopped() {
        running = false;
        pending.clear();
        pendingRules = null;
        party.changeRules(party.setup().rules());
    }
}
