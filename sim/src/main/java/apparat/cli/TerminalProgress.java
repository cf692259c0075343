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

    private TerminalProgress(PrintStream stream) {
        this.stream = stream;
    }

    /** A bar if the user is watching a terminal, else nothing. */
    static Progress forTerminal(boolean quiet) {
        boolean ci = System.getenv("CI") != null;
        if (quiet || ci || System.console() == null) {
            return Progress.NONE;
        }
        return new TerminalProgress(System.err);
    }

    @Override
    public void start(String task, int months) {
        bar = builder(task, months).setUnit(" months", 1).build();
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
