package apparat.gui;

import apparat.chart.LiveCharts;
import apparat.model.CongressRecord;
import apparat.model.Level;
import apparat.model.Month;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import apparat.model.Party;
import apparat.model.TimelineEvent;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * Carries each month from the model to the window: the figures to the live charts, the scenario's events that
 * fired to the charts' markers and the calendar, the congresses' votes, and a fresh count of the cells for the
 * hierarchy. It reads on the model's thread, right after the month is recorded, and hands plain values to the
 * Swing thread, so the window never reads the model half-way through a month.
 */
final class LiveFeed implements MonthObserver {

    private final Party party;
    private final LiveCharts charts;
    private final CalendarPanel calendar;
    private volatile MonthlyRecord last;
    private volatile CellCounts cells;
    private volatile List<CongressRecord> congresses = List.of();
    private int nextEvent;
    private int congressesShown;
    private int changes;

    LiveFeed(Party party, LiveCharts charts, CalendarPanel calendar) {
        this.party = party;
        this.charts = charts;
        this.calendar = calendar;
        this.cells = CellCounts.empty(party.setup().rules().structure().provinces());
    }

    MonthlyRecord last() {
        return last;
    }

    CellCounts cells() {
        return cells;
    }

    List<CongressRecord> congresses() {
        return congresses;
    }

    /** Forgets the last run; called on the Swing thread when a run starts. */
    void reset() {
        last = null;
        nextEvent = 0;
        congressesShown = 0;
        changes = 0;
        congresses = List.of();
        cells = party.hierarchy() == null ? CellCounts.empty(party.setup().rules().structure().provinces())
                : CellCounts.of(party);
        charts.clear();
        calendar.showMonth(party.setup().start());
        calendar.showHint("press ▶ (play) in the console to start");
    }

    @Override
    public void month(MonthlyRecord r) {
        last = r;
        cells = CellCounts.of(party);
        List<CongressRecord> held = party.congressesSoFar();
        congresses = held;
        double[][] how = new double[Level.values().length][3];
        for (MonthlyRecord.LevelCounts l : r.levels()) {
            how[l.level().ordinal()] = new double[] {l.share(l.elected()), l.share(l.recommended()),
                l.share(l.appointed())};
        }
        String month = r.month().toString();
        double thousands = r.members() / 1000.0;
        double pay = r.payRatio();
        List<TimelineEvent> timeline = party.setup().timeline();
        int from = nextEvent;
        while (nextEvent < timeline.size() && !timeline.get(nextEvent).month().isAfter(r.month())) {
            nextEvent++;
        }
        int to = nextEvent;
        List<CongressRecord> fresh = held.subList(Math.min(congressesShown, held.size()), held.size());
        congressesShown = held.size();
        List<CongressRecord> newCongresses = List.copyOf(fresh);
        SwingUtilities.invokeLater(() -> {
            charts.month(month, how, thousands, pay);
            for (int i = from; i < to; i++) {
                TimelineEvent e = timeline.get(i);
                charts.event(e.month().toString(), type(e), Integer.toString(i + 1), e.label());
                calendar.showEvent(Integer.toString(i + 1), e.label(), CalendarPanel.format(e.month()));
            }
            for (CongressRecord c : newCongresses) {
                charts.congress(c.month().toString(), c.leadershipVoteShare());
            }
            calendar.showMonth(r.month());
        });
    }

    /** A rule changed in the Model tab: marked from the month it takes effect. Called on the Swing thread. */
    void ruleChanged(String change) {
        Month from = party.month();
        String mark = "M" + (++changes);
        charts.event(from.toString(), "rule", mark, "Model tab: " + change);
        calendar.showEvent(mark, "Model tab: " + change, "from " + CalendarPanel.format(from));
    }

    /** The kind of event, as {@code events.csv} names it. */
    static String type(TimelineEvent e) {
        if (e instanceof TimelineEvent.Levy) {
            return "levy";
        }
        if (e instanceof TimelineEvent.Purge) {
            return "purge";
        }
        if (e instanceof TimelineEvent.Repression) {
            return "repression";
        }
        return e instanceof TimelineEvent.Congress ? "congress" : "rule";
    }
}
