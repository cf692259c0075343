package apparat.cli;

import apparat.run.Progress;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal's error stream; none when quiet, in CI, or when not on a terminal. */
final class TerminalProgress implements Progress {

    private final PrintStream stream;
    /** What one step is, after the count: " months", " evaluations". */
    private final String unit;
    private ProgressBar bar;

    private TerminalProgress(PrintStream stream, String unit) {
        this.stream = stream;
        this.unit = unit;
    }

    /** A bar counting months if the user is watching a terminal, else nothing. */
    static Progress forTerminal(boolean quiet) {
        return forTerminal(quiet, " months");
    }

    /** A bar counting steps of the given unit (with the time left) if the user is watching, else nothing. */
    static Progress forTerminal(boolean quiet, String unit) {
        boolean ci = System.getenv("CI") != null;
        if (quiet || ci || System.console() == null) {
            return Progress.NONE;
        }
        return new TerminalProgress(System.err, unit);
    }

    @Override
    public void start(String task, int months) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(months).setUnit(unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                        stream)).setUpdateIntervalMillis(200).build();
    }

    @Override
    public void advance(String month) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(month);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
