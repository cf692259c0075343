package apparat.run;

/**
 * Seeds of replications, derived from a base seed and the replication's index alone (a SplitMix64 step), so
 * that replication {@code i} is the same run whichever machine, thread or shard runs it.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The seed of replication {@code i} of a scenario with seed {@code base}; never negative. */
    public static long replication(long base, int i) {
        return mix(base + 0x9E3779B97F4A7C15L * (i + 1L));
    }

    /** The seed that draws a sweep's sampled design from its master seed, unlike any replication's. */
    public static long design(long base) {
        return mix(base ^ 0x6A09E667F3BCC909L);
    }

    private static long mix(long start) {
        long z = start;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
