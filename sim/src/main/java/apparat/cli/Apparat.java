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
        cmd.setParameterExceptionHandler(Apparat::badArguments);
        return cmd;
    }

    /** A mistake on the command line: one line saying what, and where the options are listed, not the usage. */
    private static int badArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine at = ex.getCommandLine();
        java.io.PrintWriter err = at.getErr();
        err.println("apparat: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + at.getCommandSpec().qualifiedName() + " --help' for the options.");
        return FriendlyErrors.BAD_INPUT;
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
