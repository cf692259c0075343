package apparat.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The workers split a pass into contiguous ranges that cover it once, in order, and fail as the pass fails. */
class WorkersTest {

    @Test
    void rangesCoverEveryPositionOnceAndInOrder() {
        for (int threads = 1; threads <= 4; threads++) {
            Workers w = new Workers(threads, 1);
            for (int n : new int[] {1, 2, 3, 7, 100, 1001}) {
                AtomicIntegerArray visits = new AtomicIntegerArray(n);
                int[] from = new int[threads];
                int[] to = new int[threads];
                w.forEachRange(n, (r, lo, hi) -> {
                    from[r] = lo;
                    to[r] = hi;
                    for (int k = lo; k < hi; k++) {
                        visits.incrementAndGet(k);
                    }
                });
                for (int k = 0; k < n; k++) {
                    assertEquals(1, visits.get(k), "position " + k + " of " + n + " on " + threads + " threads");
                }
                assertEquals(0, from[0]);
                assertEquals(n, to[threads - 1]);
                for (int r = 1; r < threads; r++) {
                    assertEquals(to[r - 1], from[r], "range " + r + " starts where the one before ends");
                }
            }
            w.shutdown();
        }
    }

    @Test
    void smallPassesStayOnTheCallersThread() {
        Workers w = new Workers(4, 1000);
        assertFalse(w.splits(999));
        assertTrue(w.splits(1000));
        Thread caller = Thread.currentThread();
        int[] calls = new int[1];
        w.forRanges(999, (lo, hi) -> {
            assertSame(caller, Thread.currentThread());
            assertArrayEquals(new int[] {0, 999}, new int[] {lo, hi});
            calls[0]++;
        });
        assertEquals(1, calls[0]);
        assertFalse(new Workers(1, 1).splits(1_000_000), "one thread never splits");
    }

    @Test
    void aFailureInAnyRangeReachesTheCaller() {
        Workers w = new Workers(3, 1);
        for (int failing = 0; failing < 3; failing++) {
            int f = failing;
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> w.forEachRange(300, (r, lo, hi) -> {
                        if (r == f) {
                            throw new IllegalStateException("range " + r);
                        }
                    }));
            assertEquals("range " + failing, e.getMessage());
        }
        w.shutdown();
    }

    @Test
    void bothRunsTheFirstPieceOnAHelperAndTheSecondHereAndWaitsForThem() {
        Workers w = new Workers(2);
        Thread caller = Thread.currentThread();
        Thread[] ran = new Thread[2];
        w.both(() -> ran[0] = Thread.currentThread(), () -> ran[1] = Thread.currentThread());
        assertTrue(ran[0] != null && ran[0] != caller, "the first piece runs on a helper thread");
        assertSame(caller, ran[1], "the second piece runs on the caller's thread");
        Workers one = new Workers(1);
        one.both(() -> ran[0] = Thread.currentThread(), () -> ran[1] = Thread.currentThread());
        assertSame(caller, ran[0], "with one thread everything runs here");
        for (int failing = 0; failing < 2; failing++) {
            int f = failing;
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.both(
                    () -> {
                        if (f == 0) {
                            throw new IllegalStateException("first");
                        }
                    },
                    () -> {
                        if (f == 1) {
                            throw new IllegalStateException("second");
                        }
                    }));
            assertEquals(f == 0 ? "first" : "second", e.getMessage());
        }
        w.shutdown();
    }

    @Test
    @Timeout(60) // the helper waiting on itself would hang rather than fail
    void aPassStartedOnAHelperRunsThereInsteadOfWaitingForTheOtherHelpers() {
        // two threads: one helper, busy with the piece that starts the inner pass
        Workers w = new Workers(2, 1);
        Thread[] helper = new Thread[1];
        int[] ranges = new int[1];
        boolean[] split = new boolean[1];
        w.both(() -> {
            helper[0] = Thread.currentThread();
            split[0] = w.splits(1000);
            w.forEachRange(1000, (r, lo, hi) -> {
                assertSame(helper[0], Thread.currentThread(), "range " + r);
                ranges[0]++;
            });
            w.both(() -> ranges[0]++, () -> ranges[0]++);
        }, () -> { });
        assertFalse(split[0], "a pass started on a helper is not split");
        assertEquals(4, ranges[0], "both ranges and both pieces ran, on the helper");
        assertTrue(w.splits(1000), "the caller's passes are still split");
        w.shutdown();
    }

    @Test
    void lightPassesAreSplitOnlyFromALargerSizeUnlessTheTestSplitsEverything() {
        Thread caller = Thread.currentThread();
        Workers w = new Workers(2);
        int mid = 1 << 17;
        assertTrue(w.splits(mid), "an ordinary pass of this size is split");
        Thread[] ran = new Thread[2];
        int[] covered = new int[1];
        w.forEachRangeOfLightPass(mid, (r, lo, hi) -> {
            ran[r] = Thread.currentThread();
            covered[0] += hi - lo;
        });
        assertSame(caller, ran[0]);
        assertSame(caller, ran[1], "a light pass of this size runs its ranges in turn here");
        assertEquals(mid, covered[0]);
        w.forEachRangeOfLightPass(1 << 21, (r, lo, hi) -> ran[r] = Thread.currentThread());
        assertTrue(ran[1] != caller, "a light pass of two million members is split");
        w.shutdown();
        Workers all = new Workers(3, 1);
        Thread[] small = new Thread[3];
        all.forEachRangeOfLightPass(3, (r, lo, hi) -> small[r] = Thread.currentThread());
        assertTrue(small[1] != caller && small[2] != caller, "forced splits reach light passes of three members");
        all.shutdown();
    }
    @Test
    @Timeout(20)
    void blocksAfterAPieceStartOnlyOnceItIsDoneWhileTheHelperRunsItsOwn() {
        for (int threads = 1; threads <= 3; threads++) {
            Workers w = new Workers(threads, 1);
            Thread caller = Thread.currentThread();
            int blocks = 50;
            AtomicIntegerArray visits = new AtomicIntegerArray(blocks);
            boolean[] firstDone = new boolean[1];
            boolean[] asideRan = new boolean[1];
            int[] early = new int[1];
            w.forBlocksAfter(() -> {
                assertSame(caller, Thread.currentThread(), "the first piece runs on the caller's thread");
                sleep(20);
                firstDone[0] = true;
            }, blocks, b -> {
                if (!firstDone[0]) {
                    synchronized (early) {
                        early[0]++;
                    }
                }
                visits.incrementAndGet(b);
            }, () -> asideRan[0] = true);
            assertTrue(asideRan[0], threads + " threads: the piece aside ran");
            assertEquals(0, early[0], threads + " threads: no block before the first piece was done");
            for (int b = 0; b < blocks; b++) {
                assertEquals(1, visits.get(b), "block " + b + " on " + threads + " threads");
            }
            w.shutdown();
        }
    }

    @Test
    @Timeout(20)
    void aFailureOfThePieceBeforeTheBlocksReachesTheCallerAndNoBlockRuns() {
        Workers w = new Workers(3, 1);
        int[] ran = new int[1];
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> w.forBlocksAfter(() -> {
                    throw new IllegalStateException("first");
                }, 10, b -> {
                    synchronized (ran) {
                        ran[0]++;
                    }
                }, () -> { }));
        assertEquals("first", e.getMessage());
        assertEquals(0, ran[0], "the helpers do not take blocks after the first piece failed");
        w.shutdown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
