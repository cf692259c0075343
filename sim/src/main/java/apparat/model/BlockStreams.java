package apparat.model;

import ec.util.MersenneTwisterFast;

/**
 * Random streams for work cut into fixed blocks (of the living, of the month's elections), so that the blocks
 * can be worked on at once on several threads and still draw the same numbers whatever the number of threads
 * and whichever thread takes a block. Each block has a Mersenne Twister of its own, seeded from a key the
 * run's generator draws once and from the block's number: the block's draws follow from the run's seed alone.
 * The blocks' places are fixed by position, never by thread, so a run's outputs stay the same to the byte.
 */
final class BlockStreams {

    private final int keyHigh;
    private final int keyLow;

    /** Streams keyed by two numbers drawn now from the run's generator. */
    BlockStreams(MersenneTwisterFast random) {
        keyHigh = random.nextInt();
        keyLow = random.nextInt();
    }

    /**
     * The stream of a block. Seeding from an array (the generator's {@code init_by_array}) spreads the whole key
     * over the generator's state, so that blocks of the same key do not start alike.
     */
    MersenneTwisterFast of(int block) {
        return new MersenneTwisterFast(new int[] {keyHigh, keyLow, block});
    }

    /** Blocks of {@code size} positions that cover {@code n}. */
    static int blocks(int n, int size) {
        return (n + size - 1) / size;
    }
}
