package apparat.gui;

import apparat.chart.LiveCharts;
import apparat.model.Party;
import apparat.scenario.Scenario;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The live view for a lecture. MASON's console runs the party month by month and holds the Model tab (the
 * rules to change, {@link RuleControls}), the About tab (the scenario) and the inspectors. Beside it, the
 * month in large type with the last event, the hierarchy ({@link HierarchyView}: click a secretary to inspect
 * it, the centre to inspect the party), and the live charts ({@link LiveCharts}) with events marked as they
 * fire and Model-tab changes marked too. The windows are placed from the screen's bounds
 * ({@link WindowLayout}). The model knows nothing of this window: the charts follow a {@link LiveFeed}.
 */
public final class PartyWithUI extends GUIState {

    /** How the window is opened: months to play at once and then pause (0: wait for ▶), and where to save. */
    public record Options(int pauseAfterMonths, Path results, PrintStream out) {
    }

    private final Party party;
    private final Scenario scenario;
    private final Options options;
    private final LiveCharts charts;
    private final CalendarPanel calendar;
    private final LiveFeed feed;
    private final RuleChanges changes;
    private final RuleControls controls;
    private HierarchyView hierarchy;
    private Console console;
    private int played;

    public PartyWithUI(Party party, Scenario scenario, Options options) {
        super(party);
        this.party = party;
        this.scenario = scenario;
        this.options = options;
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        // type grows with the screen from the 1366×768 projector up; never below that size
        float textScale = Math.max(1f, Math.min(2f, screen.height / 768f));
        this.charts = new LiveCharts(scenario.name(), party.setup().start().toString(),
                party.setup().end().toString(), textScale);
        this.calendar = new CalendarPanel(Math.max(56, Math.min(100, (int) (screen.height * 0.09))));
        this.feed = new LiveFeed(party, charts, calendar);
        this.changes = new RuleChanges(party, feed, calendar);
        this.controls = new RuleControls(party, change -> SwingUtilities.invokeLater(() -> changes.changed(change)));
        party.addObserver(feed);
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
        WindowLayout layout = WindowLayout.fit(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        JFrame tree = new JFrame("Apparat — the party's hierarchy");
        tree.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        tree.addNotify();
        Insets in = tree.getInsets();
        Rectangle r = layout.hierarchy();
        // room for the display's own tool bar above it and the key below it
        int displayWidth = r.width - in.left - in.right - 8;
        int displayHeight = r.height - in.top - in.bottom - calendar.component().getPreferredSize().height - 104;
        PartyView partyView = new PartyView(party, feed::last, feed::congresses);
        hierarchy = new HierarchyView(this, displayWidth, Math.max(120, displayHeight), feed::cells, partyView);
        tree.getContentPane().setLayout(new BorderLayout());
        tree.getContentPane().add(calendar.component(), BorderLayout.NORTH);
        tree.getContentPane().add(hierarchy.component(), BorderLayout.CENTER);
        tree.setBounds(r);
        c.registerFrame(tree);
        tree.setVisible(true);

        JFrame chartFrame = new JFrame("Apparat — charts");
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        JPanel grid = new JPanel(new GridLayout(1, 2));
        grid.add(panel(charts.secretaries()));
        grid.add(panel(charts.party()));
        chartFrame.getContentPane().add(grid);
        chartFrame.setBounds(layout.charts());
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);

        calendar.saveButton().addActionListener(e -> saveSlides());
        if (c instanceof Console con) {
            console = con;
            con.setBounds(layout.console());
            showAbout(con);
            // MASON refreshes the Model tab only while it is shown and the model steps; a teacher who opens it
            // on a paused run must see the rules in force now, not those of the month it was last shown
            con.getTabPane().addChangeListener(e -> {
                sim.portrayal.Inspector model = con.getModelInspector();
                if (model != null) {
                    model.updateInspector();
                }
            });
            JMenuItem save = new JMenuItem("Save slides (PNG)");
            save.addActionListener(e -> saveSlides());
            JMenu menu = con.getJMenuBar().getMenu(0);
            menu.add(save);
        }
        feed.reset();
    }

    private static ChartPanel panel(JFreeChart chart) {
        ChartPanel p = new ChartPanel(chart);
        p.setMinimumDrawWidth(10);
        p.setMinimumDrawHeight(10);
        p.setMaximumDrawWidth(4000);
        p.setMaximumDrawHeight(3000);
        return p;
    }

    /** Puts the scenario's page into the console's About tab. */
    private void showAbout(Console con) {
        JEditorPane page = find(con.getTabPane().getComponentAt(0), JEditorPane.class);
        if (page != null) {
            page.setContentType("text/html");
            page.setText(AboutPage.html(scenario, party.setup().timeline()));
            page.setCaretPosition(0);
        }
    }

    private static <T> T find(Component c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public void start() {
        super.start();
        played = 0;
        hierarchy.reset(party);
        feed.reset();
        changes.runStarted();
        scheduleRepeatingImmediatelyAfter(this::afterMonth);
    }

    @Override
    public void finish() {
        super.finish();
        changes.runStopped();
    }

    private void afterMonth(SimState s) {
        played++;
        if (party.month().isAfter(party.setup().end())) {
            s.kill();
        }
        if (options.pauseAfterMonths() > 0 && played == options.pauseAfterMonths()) {
            int months = played;
            SwingUtilities.invokeLater(() -> {
                if (console != null) {
                    console.pressPause();
                }
                options.out().println("apparat gui: paused after " + months + " months, at "
                        + calendar.monthText() + "; last event: " + calendar.eventText());
                options.out().flush();
            });
        }
    }

    /** Saves both charts and the hierarchy as PNG into a new folder under the results folder. */
    void saveSlides() {
        Map<String, JFreeChart> named = new LinkedHashMap<>();
        named.put("secretaries", charts.secretaries());
        named.put("party", charts.party());
        List<JComponent> parts = List.of(calendar.component(), hierarchy.display().insideDisplay,
                hierarchy.keyComponent());
        // the button is no part of the slide; the key to the event numbers is
        calendar.saveButton().setVisible(false);
        charts.showKey(true);
        try {
            Path folder = SlideExport.save(options.results(), scenario.name(), named, parts);
            calendar.showStatus("saved to " + folder);
            options.out().println("apparat gui: saved slides to " + folder);
        } catch (IOException | RuntimeException e) {
            calendar.showStatus("could not save: " + e.getMessage());
            options.out().println("apparat gui: could not save slides: " + e.getMessage());
        } finally {
            calendar.saveButton().setVisible(true);
            charts.showKey(false);
        }
    }

    /**
     * Opens the console on a party: started and paused at its first month, or with {@code pauseAfterMonths > 0}
     * playing at once.
     */
    public static void show(Party party, Scenario scenario, Options options) {
        SwingUtilities.invokeLater(() -> {
            Console c = new Console(new PartyWithUI(party, scenario, options));
            c.setVisible(true);
            if (options.pauseAfterMonths() > 0) {
                c.pressPlay();
            } else {
                // pause on a stopped console starts the run without stepping it: the class sees the party as it
                // begins, and ▶ goes on from there
                c.pressPause();
            }
        });
    }
}
