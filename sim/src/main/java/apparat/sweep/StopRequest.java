package apparat.sweep;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a sweep to stop starting runs, and lets whoever asked wait until the runs under way have been put in
 * place. {@link #onTermination} asks when the JVM is told to end (SIGTERM, which Slurm sends before it kills a
 * job, or Ctrl-C): its shutdown hook waits up to a grace period for the sweep to settle, so finished runs are
 * kept and the folder is left for {@code --resume}.
 */
public final class StopRequest implements AutoCloseable {

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch settled = new CountDownLatch(1);
    private final Thread hook;

    private StopRequest(Duration grace) {
        if (grace == null) {
            hook = null;
            return;
        }
        hook = new Thread(() -> {
            requested.set(true);
            try {
                settled.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "apparat-sweep-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Stops only when {@link #request} is called. */
    public static StopRequest manual() {
        return new StopRequest(null);
    }

    /** Stops when the JVM is told to end, waiting up to {@code grace} for the runs under way. */
    public static StopRequest onTermination(Duration grace) {
        return new StopRequest(grace);
    }

    public void request() {
        requested.set(true);
    }

    public boolean requested() {
        return requested.get();
    }

    /** The sweep has stopped (or finished): a waiting shutdown hook may let the JVM end. */
    public void settled() {
        settled.countDown();
    }

    @Override
    public void close() {
        settled();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down and the hook is running
            }
        }
    }
}
