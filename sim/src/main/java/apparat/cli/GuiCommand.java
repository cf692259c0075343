package apparat.cli;

import apparat.gui.PartyWithUI;
import apparat.model.Party;
import apparat.run.RunRequest;
import apparat.run.SimulationRun;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code apparat gui SCENARIO}: the model live in a window, with the hierarchy, charts and rules to change. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Run a scenario live in windows for a lecture: the hierarchy of secretaries, the month in",
            "large type, live charts; press play, click a secretary to inspect it, change a rule in the Model tab.",
            "Writes files only when you save slides (PNG, into a new folder under --results)."})
final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenario;

    @Mixin
    private RunSettings settings;

    @Option(names = "--play", paramLabel = "MONTHS", defaultValue = "0",
            description = "Start playing at once and pause after this many months (default: wait for play).")
    private int play;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Where saved slides go (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Override
    public Integer call() throws InterruptedException {
        String missing = missingDisplay();
        if (missing != null) {
            throw new UserInputException("no display: " + missing + "; the live view needs a desktop "
                    + "(every other command runs without one)");
        }
        if (play < 0) {
            throw new UserInputException("--play " + play + ": give a number of months ≥ 0");
        }
        Scenario s = SimulationRun.prepare(new RunRequest(scenario, settings.seed, settings.scale, null, null,
                results, "gui"));
        // a live run steps its members on all the cores; its history is the same as on one
        int cores = Runtime.getRuntime().availableProcessors();
        PartyWithUI.show(new Party(s.seed(), ScenarioCompiler.compile(s), cores), s,
                new PartyWithUI.Options(play, results, System.out));
        // the console's Quit ends the program; until then the command line waits
        new CountDownLatch(1).await();
        return 0;
    }

    /** Why there is no screen to draw on, or null if there is one. */
    static String missingDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            String display = System.getenv("DISPLAY");
            return display == null || display.isBlank() ? "DISPLAY is not set" : "Java runs headless";
        }
        try {
            if (GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length == 0) {
                return "no screen found";
            }
            return null;
        } catch (java.awt.AWTError | java.awt.HeadlessException | InternalError | UnsatisfiedLinkError e) {
            String display = System.getenv("DISPLAY");
            return display == null || display.isBlank() ? "DISPLAY is not set"
                    : "cannot open the display " + display;
        }
    }
}
