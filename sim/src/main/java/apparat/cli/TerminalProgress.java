package apparat.cli;

import apparat.run.Progress;
import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal's error stream; none when quiet, in CI, or when not on a terminal. A run counts
 * months; a sweep counts runs, with runs per second and the time left.
 */
final class TerminalProgress implements Progress {

    private final PrintStream stream;
    private ProgressBar bar;

    /** What one step of {@link #start} is, after the count: " months", " evaluations". */
    private final String unit;

    private TerminalProgress(PrintStream stream, String unit) {
        this.unit = unit;
        this.stream = stream;
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
        bar = builder(task, months).setUnit(unit, 1).build();
    }

    @Override
    public void startRuns(String task, int total, int done) {
        // startsFrom: the speed and the time left count only the runs of this session, not those resumed
        bar = builder(task, total).setUnit(" runs", 1).showSpeed(new java.text.DecimalFormat("0.0"))
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .startsFrom(done, Duration.ZERO).build();
    }

    private ProgressBarBuilder builder(String task, int max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(200);
    }

    @Override
    public void advance(String label) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(label);
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
