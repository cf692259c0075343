package apparat.cli;

import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apparat validate FILE...}: checks scenarios without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them; exit 2 and a message per problem if any fails.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    private List<Path> files;

    @Override
    public Integer call() {
        int failed = 0;
        for (Path file : files) {
            try {
                Scenario s = new ScenarioLoader().load(file);
                long set = s.parameters().asMap().keySet().stream()
                        .filter(k -> s.parameters().citation(k).where() != null).count();
                spec.commandLine().getOut().printf("ok: %s (%s): %s to %s, %d parameters set, %d events%n",
                        file, s.name(), s.start(), s.end(), set, s.timeline().size());
            } catch (apparat.scenario.ScenarioException e) {
                spec.commandLine().getErr().println("apparat: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : FriendlyErrors.BAD_INPUT;
    }
}
