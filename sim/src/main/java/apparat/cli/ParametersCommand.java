package apparat.cli;

import apparat.scenario.ScenarioReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apparat parameters}: prints every parameter and event field with default, unit and range. */
@Command(name = "parameters", mixinStandardHelpOptions = true,
        description = "Print the scenario reference (every parameter and event field) as Markdown.")
final class ParametersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioReference.markdown());
        return 0;
    }
}
