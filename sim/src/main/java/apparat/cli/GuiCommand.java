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
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code apparat gui SCENARIO}: the model live in a window, with charts and rules to change. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Run a scenario live in a window (MASON console): press play, watch the charts,",
            "change a rule in the Model tab. Writes no files."})
final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenario;


    @picocli.CommandLine.Mixin
    private RunSettings settings;

    @Override
    public Integer call() throws InterruptedException {
        Scenario s = SimulationRun.prepare(new RunRequest(scenario, settings.seed, settings.scale, null, null,
                Path.of("results"),
                "gui"));
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserInputException("no display: the live view needs a desktop (DISPLAY is not set)");
        }
        PartyWithUI.show(new Party(s.seed(), ScenarioCompiler.compile(s)));
        // the console's Quit ends the program; until then the command line waits
        new java.util.concurrent.CountDownLatch(1).await();
        return 0;
    }
}
