package apparat.sweep;

/**
 * A share of a sweep's runs for one job of a cluster job array: shard {@code k} of {@code n} runs the runs whose
 * index is {@code k} modulo {@code n}.
 *
 * @param k this shard, from 0
 * @param n number of shards
 */
public record Shard(int k, int n) {

    /** The whole sweep. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (n < 1 || k < 0 || k >= n) {
            throw new IllegalArgumentException("shard " + k + "/" + n + ": K must be 0 to N-1");
        }
    }

    public boolean contains(int index) {
        return index % n == k;
    }

    /** How many of {@code runs} runs are this shard's. */
    public int size(int runs) {
        return runs / n + (k < runs % n ? 1 : 0);
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
