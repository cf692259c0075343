package apparat.gui;

import apparat.model.CongressRecord;
import apparat.model.Level;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import apparat.model.Party;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYSeries;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live view for a lecture: MASON's console runs the party month by month, two charts follow the share of
 * secretaries placed from above (recommended or appointed) at each level and the membership, and the model
 * inspector shows {@link RuleControls}, so a rule can be changed in front of the class. The model knows
 * nothing of this window: the charts are a {@link MonthObserver}.
 */
public final class PartyWithUI extends GUIState {

    private final RuleControls controls;
    private TimeSeriesChartGenerator secretaries;
    private TimeSeriesChartGenerator membership;
    private final XYSeries[] placed = new XYSeries[Level.values().length];
    private XYSeries members;

    public PartyWithUI(Party party) {
        super(party);
        this.controls = new RuleControls(party);
        party.addObserver(new ChartFeed());
    }

    public static String getName() {
        return "Apparat";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        secretaries = new TimeSeriesChartGenerator();
        secretaries.setTitle("Secretaries recommended or appointed from above");
        secretaries.setXAxisLabel("Year");
        secretaries.setYAxisLabel("Share of filled posts (%)");
        JFrame frame = secretaries.createFrame();
        frame.setSize(900, 500);
        c.registerFrame(frame);
        frame.setVisible(true);

        membership = new TimeSeriesChartGenerator();
        membership.setTitle("Party members");
        membership.setXAxisLabel("Year");
        membership.setYAxisLabel("Members (thousands)");
        JFrame frame2 = membership.createFrame();
        frame2.setSize(900, 400);
        frame2.setLocation(0, 520);
        c.registerFrame(frame2);
        frame2.setVisible(true);
    }

    @Override
    public void start() {
        super.start();
        secretaries.removeAllSeries();
        membership.removeAllSeries();
        String[] names = {"Provincial (gubkom)", "District (ukom)", "Cell"};
        for (Level level : Level.values()) {
            placed[level.ordinal()] = new XYSeries(names[level.ordinal()], false);
            secretaries.addSeries(placed[level.ordinal()], null);
        }
        members = new XYSeries("Members and candidates", false);
        membership.addSeries(members, null);
        Party party = (Party) state;
        scheduleRepeatingImmediatelyAfter(s -> stopAtEnd(s, party));
    }

    private static void stopAtEnd(SimState s, Party party) {
        if (party.month().isAfter(party.setup().end())) {
            s.kill();
        }
    }

    /** Opens the console on a party. */
    public static void show(Party party) {
        SwingUtilities.invokeLater(() -> new Console(new PartyWithUI(party)).setVisible(true));
    }

    /** Adds each month's figures to the charts, on the Swing thread. */
    private final class ChartFeed implements MonthObserver {
        @Override
        public void month(MonthlyRecord r) {
            double x = r.month().year() + (r.month().monthOfYear() - 1) / 12.0;
            double[] shares = new double[Level.values().length];
            for (MonthlyRecord.LevelCounts l : r.levels()) {
                shares[l.level().ordinal()] = 100 * l.share(l.recommended() + l.appointed());
            }
            double thousands = r.members() / 1000.0;
            SwingUtilities.invokeLater(() -> {
                for (int i = 0; i < shares.length; i++) {
                    if (placed[i] != null && !Double.isNaN(shares[i])) {
                        placed[i].add(x, shares[i], true);
                    }
                }
                if (members != null) {
                    members.add(x, thousands, true);
                }
            });
        }

        @Override
        public void finish(List<CongressRecord> congresses) {
        }
    }
}
