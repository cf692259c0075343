package apparat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The threads a run may use for its passes over the living. Only work whose result cannot depend on how it is
 * split comes here: each piece reads what the month has fixed and writes only its own records or counts, and
 * draws, if at all, from a stream of its own whose place is fixed by position, not by thread ({@link
 * BlockStreams}). So a run gives the same outputs, to the byte, on one thread or on many. With one thread,
 * nothing is started and every pass runs on the caller's thread.
 */
final class Workers implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Members below which a pass is not worth splitting. */
    private static final int MIN_SPLIT = 1 << 15;
    /**
     * Members below which a light pass (a load or two and a sum a member) is not worth splitting: waking a parked
     * helper took a tenth of a millisecond or more on the project's machine, what such a pass saves on a few hundred
     * thousand members.
     */
    private static final int MIN_LIGHT_SPLIT = 1 << 20;

    /** A pass over the positions {@code [from, to)} of a list. */
    @FunctionalInterface
    interface Range {
        void apply(int from, int to);
    }

    /** A pass over range number {@code range}, the positions {@code [from, to)}. */
    @FunctionalInterface
    interface NumberedRange {
        void apply(int range, int from, int to);
    }

    private final int threads;
    private final int minSplit;
    private final int minLightSplit;
    private transient ExecutorService pool;

    Workers(int threads) {
        this(threads, MIN_SPLIT, MIN_LIGHT_SPLIT);
    }

    /** Workers that split passes, light ones too, of at least {@code minSplit} members (tests split the smallest). */
    Workers(int threads, int minSplit) {
        this(threads, minSplit, minSplit);
    }

    private Workers(int threads, int minSplit, int minLightSplit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads);
        }
        this.threads = threads;
        this.minSplit = Math.max(1, minSplit);
        this.minLightSplit = Math.max(1, minLightSplit);
    }

    int threads() {
        return threads;
    }

    /**
     * Whether a pass over {@code n} members is split between threads. A pass started on one of the helpers (as
     * when the grouping by organisation, running beside the noise, sweeps the living list) is not: it would wait
     * for helpers that may all be busy, one of them with itself.
     */
    boolean splits(int n) {
        return threads > 1 && n >= minSplit && !onHelper();
    }

    private boolean onHelper() {
        return Thread.currentThread() instanceof Helper h && h.owner == this;
    }

    /** Applies {@code pass} to {@code [0, n)}, split into contiguous ranges, one per thread. */
    void forRanges(int n, Range pass) {
        if (!splits(n)) {
            pass.apply(0, n);
            return;
        }
        forEachRange(n, (r, from, to) -> pass.apply(from, to));
    }

    /**
     * Applies {@code pass} to each of {@link #threads()} contiguous ranges that cover {@code [0, n)} in order,
     * range {@code r} on its own thread (all on this one when the pass is too small to split); returns when all
     * are done.
     */
    void forEachRange(int n, NumberedRange pass) {
        if (!splits(n)) {
            inTurn(n, pass);
            return;
        }
        List<Future<?>> running = new ArrayList<>(threads - 1);
        for (int r = 1; r < threads; r++) {
            int range = r;
            running.add(pool().submit(() -> pass.apply(range, bound(n, range), bound(n, range + 1))));
        }
        runHereThenJoin(() -> pass.apply(0, 0, bound(n, 1)), running);
    }

    /**
     * As {@link #forEachRange}, for a light pass: split only from a larger number of members, below which the
     * ranges run in turn on this thread.
     */
    void forEachRangeOfLightPass(int n, NumberedRange pass) {
        if (n < minLightSplit) {
            inTurn(n, pass);
            return;
        }
        forEachRange(n, pass);
    }

    private void inTurn(int n, NumberedRange pass) {
        for (int r = 0; r < threads; r++) {
            pass.apply(r, bound(n, r), bound(n, r + 1));
        }
    }

    /**
     * Runs two pieces of work that touch nothing in common, the first on a helper thread and the second on this
     * one when there are two threads or more (both here when called from a helper); returns when both are done.
     */
    void both(Runnable first, Runnable second) {
        if (threads == 1 || onHelper()) {
            first.run();
            second.run();
            return;
        }
        runHereThenJoin(second, List.of(pool().submit(first)));
    }

    /**
     * Applies {@code block} to every block number in {@code [0, blocks)}, each thread taking the next block as it
     * becomes free; returns when all are done. With one thread, or a pass of fewer than the split threshold's
     * {@code size} members, everything runs on this thread. A block's work must not depend on the thread that
     * takes it, nor on the order (see {@link BlockStreams}).
     */
    void forBlocks(int size, int blocks, IntConsumer block) {
        if (threads == 1 || !splits(size)) {
            for (int b = 0; b < blocks; b++) {
                block.accept(b);
            }
            return;
        }
        Runnable claim = claimer(blocks, block);
        List<Future<?>> running = new ArrayList<>(threads - 1);
        for (int r = 1; r < threads; r++) {
            running.add(pool().submit(claim));
        }
        runHereThenJoin(claim, running);
    }

    /** Work that takes the next of {@code blocks} not yet taken, on whichever thread runs it, until none is left. */
    private static Runnable claimer(int blocks, IntConsumer block) {
        AtomicInteger next = new AtomicInteger();
        return () -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                block.accept(b);
            }
        };
    }

    /**
     * As {@link #forBlocks}, with {@code first} run on this thread before any block is taken, while a helper runs
     * {@code aside}: the helpers take blocks once {@code first} is done, for blocks that need what it makes.
     * {@code first} runs on this thread alone, so it must not split work between the threads itself; {@code
     * aside} must touch nothing that {@code first} or the blocks touch.
     */
    void forBlocksAfter(Runnable first, int blocks, IntConsumer block, Runnable aside) {
        if (threads == 1 || onHelper()) {
            aside.run();
            first.run();
            for (int b = 0; b < blocks; b++) {
                block.accept(b);
            }
            return;
        }
        CountDownLatch ready = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        Runnable claim = claimer(blocks, block);
        Runnable claimOnceReady = () -> {
            try {
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stepping the members", e);
            }
            if (!failed.get()) {
                claim.run();
            }
        };
        List<Future<?>> running = new ArrayList<>(threads - 1);
        running.add(pool().submit(() -> {
            aside.run();
            claimOnceReady.run();
        }));
        for (int r = 2; r < threads; r++) {
            running.add(pool().submit(claimOnceReady));
        }
        runHereThenJoin(() -> {
            try {
                first.run();
            } catch (RuntimeException | Error e) {
                failed.set(true);
                throw e;
            } finally {
                ready.countDown();
            }
            claim.run();
        }, running);
    }

    /**
     * Runs {@code mine} on this thread, then waits for the work already started on helpers; a failure here or
     * there is passed on once all is done, so that no helper is left running.
     */
    private static void runHereThenJoin(Runnable mine, List<Future<?>> running) {
        RuntimeException failed = null;
        try {
            mine.run();
        } catch (RuntimeException e) {
            failed = e;
        }
        for (Future<?> f : running) {
            join(f);
        }
        if (failed != null) {
            throw failed;
        }
    }

    private int bound(int n, int range) {
        return (int) ((long) n * range / threads);
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stepping the members", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads - 1, r -> new Helper(this, r));
        }
        return pool;
    }

    /** A thread of these workers' pool. */
    private static final class Helper extends Thread {
        private final Workers owner;

        Helper(Workers owner, Runnable work) {
            super(work, "apparat-members");
            this.owner = owner;
            // a run that ends or fails must not leave the program waiting on its helpers
            setDaemon(true);
        }
    }

    /** Stops the helper threads; a later pass starts them again. */
    void shutdown() {
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }
}
