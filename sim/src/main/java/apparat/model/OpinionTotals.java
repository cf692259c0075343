package apparat.model;

/**
 * The month's sums over the living that the record reports as shares: alignment, the opposed, and the opposed
 * who speak. They are taken on all the cores, each range of the living list summing its own part.
 *
 * <p>Alignment is summed in fixed point, each member's value times 2<sup>32</sup> rounded to a long, because
 * adding longs gives the same total in any order, and so for any split of the list between threads, where adding
 * doubles does not. A float alignment in [−1, 1] times 2<sup>32</sup> is exact in a double, and whole when the
 * alignment is at least 2<sup>−9</sup> in size, so only the smallest lose anything (at most 2<sup>−33</sup>
 * each); the sum of fewer than 2<sup>31</sup> members stays under 2<sup>63</sup> in size, so it cannot overflow.
 *
 * @param alignmentFixed the sum of the living's alignments, in units of 2<sup>−32</sup>
 * @param opposed active members with an alignment below 0
 * @param voiced opposed members whose willingness to speak reaches {@link Campaigns#SPEAKS}
 */
record OpinionTotals(long alignmentFixed, long opposed, long voiced) {

    /** 2<sup>32</sup>: one unit of alignment in the fixed-point sum. */
    private static final double ONE = 0x1p32;

    /** The living's alignments summed. */
    double alignment() {
        return alignmentFixed / ONE;
    }

    /** An alignment in the fixed-point units of {@link #alignmentFixed}, rounded to the nearest. */
    static long fixed(float alignment) {
        // rint rather than round: round branches on the sign, a coin toss between members, and took 3 ns a
        // member against 1 here
        return (long) Math.rint(alignment * ONE);
    }

    /** 1 when {@code a} is below 0 (−0 is not), else 0: its bits, read as unsigned, are above those of −0. */
    static long below0(float a) {
        return (0x80000000L - Integer.toUnsignedLong(Float.floatToRawIntBits(a))) >>> 63;
    }

    /**
     * 1 when {@code v} is at least the positive number whose bits are {@code bits}, else 0: the bits of numbers from
     * 0 up are in the numbers' order, and those of negative numbers (−0 included) are negative as ints.
     */
    static long atLeast(float v, int bits) {
        return (Float.floatToRawIntBits(v) - (long) bits) >>> 63 ^ 1;
    }

    /** The totals over the roll's active members, split between {@code workers}. */
    static OpinionTotals of(MemberRoll roll, Workers workers) {
        int[] living = roll.activeMembers();
        int n = roll.activeCount();
        int speaksBits = Float.floatToRawIntBits(Campaigns.SPEAKS);
        long[][] sums = new long[workers.threads()][3];
        workers.forEachRangeOfLightPass(n, (range, lo, hi) -> {
            long alignment = 0;
            long opposed = 0;
            long voiced = 0;
            for (int k = lo; k < hi; k++) {
                int m = living[k];
                float a = roll.alignment(m);
                alignment += fixed(a);
                // whether a member is opposed, and speaks, is as good as a coin toss, so it is counted from the
                // bits: written as comparisons, the compiler made them branches, from the profile of the first
                // months when hardly anyone is opposed, and the mispredictions took longer than the rest
                long against = below0(a);
                opposed += against;
                voiced += against & atLeast(roll.voice(m), speaksBits);
            }
            long[] mine = sums[range];
            mine[0] = alignment;
            mine[1] = opposed;
            mine[2] = voiced;
        });
        long alignment = 0;
        long opposed = 0;
        long voiced = 0;
        for (long[] mine : sums) {
            alignment += mine[0];
            opposed += mine[1];
            voiced += mine[2];
        }
        return new OpinionTotals(alignment, opposed, voiced);
    }
}
