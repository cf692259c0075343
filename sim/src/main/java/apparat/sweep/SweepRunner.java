package apparat.sweep;

import apparat.run.Progress;
import java.io.IOException;
import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the missing runs of a sweep (or of one shard) on a pool of threads, each into its own folder. At most
 * {@link #inFlightLimit} runs are under way or waiting at once, and nothing of a finished run stays in memory,
 * so a sweep of ten thousand runs needs no more memory than one of ten. When asked to stop, it starts no
 * further run and returns once the runs under way are in place.
 */
public final class SweepRunner {

    /** What one run does: simulate and write its files. */
    @FunctionalInterface
    public interface Task {
        void run(SweepPlan.Run run, java.nio.file.Path folder) throws IOException;
    }

    /**
     * What a call did.
     *
     * @param planned runs of the shard
     * @param alreadyDone runs that were finished before
     * @param ran runs finished now
     * @param stopped whether it stopped before all were done
     * @param peakInFlight most runs under way or waiting at once
     */
    public record Report(int planned, int alreadyDone, int ran, boolean stopped, int peakInFlight) {
        public boolean complete() {
            return alreadyDone + ran == planned;
        }
    }

    private final int threads;
    private final Progress progress;
    private final StopRequest stop;

    public SweepRunner(int threads, Progress progress, StopRequest stop) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads);
        }
        this.threads = threads;
        this.progress = progress;
        this.stop = stop;
    }

    /** Most runs submitted and not yet finished at any time: enough to keep every thread busy. */
    public int inFlightLimit() {
        return 2 * threads;
    }

    public Report run(SweepFolder folder, SweepPlan plan, Shard shard, Task task)
            throws IOException, InterruptedException {
        BitSet done = folder.finished();
        int planned = shard.size(plan.runs());
        int already = 0;
        for (int i = done.nextSetBit(0); i >= 0 && i < plan.runs(); i = done.nextSetBit(i + 1)) {
            if (shard.contains(i)) {
                already++;
            }
        }
        Semaphore slots = new Semaphore(inFlightLimit());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "apparat-sweep");
            t.setDaemon(true);
            return t;
        });
        progress.startRuns(plan.definition().name(), planned, already);
        try {
            for (int i = shard.k(); i < plan.runs(); i += shard.n()) {
                if (done.get(i)) {
                    continue;
                }
                slots.acquire();
                if (stop.requested() || failure.get() != null) {
                    slots.release();
                    break;
                }
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                SweepPlan.Run run = plan.run(i);
                pool.execute(() -> {
                    try {
                        if (!stop.requested() && failure.get() == null) {
                            folder.publishRun(run.index(), f -> task.run(run, f));
                            ran.incrementAndGet();
                            synchronized (progress) {
                                progress.advance("");
                            }
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        inFlight.decrementAndGet();
                        slots.release();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // runs under way are let finish: a run is never cut short, only never started
            }
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        Throwable t = failure.get();
        if (t != null) {
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a run of the sweep failed", t);
        }
        boolean complete = already + ran.get() == planned;
        return new Report(planned, already, ran.get(), !complete, peak.get());
    }
}
