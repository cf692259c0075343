package apparat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code apparat} command: a simulation of how a revolutionary party becomes a bureaucracy. */
@Command(name = "apparat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Simulate how a revolutionary party turns into a bureaucracy.",
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            ParametersCommand.class,
            BenchmarkCommand.class,
            GuiCommand.class,
            ChartCommand.class,
            CompareCommand.class,
            SourcesCommand.class,
            ValidateHistoryCommand.class,
            SweepCommand.class,
            CalibrateCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Apparat implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the exit-code mapping shared by all subcommands. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Apparat());
        cmd.setExecutionExceptionHandler(new FriendlyErrors());
        return cmd;
    }

    public static void main(String[] args) {
        CommandLine cmd = commandLine();
        int code = cmd.execute(args);
        // picocli's writers buffer; exiting without a flush would cut long output short
        cmd.getOut().flush();
        cmd.getErr().flush();
        System.exit(code);
    }
}
