package apparat.model;

import java.util.Arrays;

/**
 * Each cell's mean alignment and share of members in opposition, taken from the living members once a month
 * (on the workers' threads when given), for the opinion step's peer pull, elections and the centre's reading of
 * an organisation. Alignments are summed in fixed point (units of 2^−40, finer than a float near 1 can tell):
 * whole numbers add up to the same total in any order, so the means do not depend on how the living were split
 * between threads. Each range of the living counts into its own arrays, added up after; the arrays are kept
 * between months.
 */
final class CellMeans {

    private float[] mean = new float[0];
    private float[] opposition = new float[0];
    /** Cells present at the last tally. */
    private int tallied;
    private long[][] sums = new long[0][0];
    private int[][] opposedBy = new int[0][0];

    /**
     * Takes the means of {@code cells} cells whose member counts are {@code members}, from the living of
     * {@code roll}.
     */
    void tally(MemberRoll roll, int cells, int[] members, Workers workers) {
        int[] living = roll.activeMembers();
        int active = roll.activeCount();
        int ranges = workers == null ? 1 : workers.threads();
        tallied = cells;
        if (sums.length < ranges || sums[0].length < cells) {
            int c = cells + cells / 2 + 1;
            sums = new long[ranges][c];
            opposedBy = new int[ranges][c];
            mean = new float[c];
            opposition = new float[c];
        }
        int[] cell = roll.columns().cell;
        float[] alignment = roll.columns().alignment;
        Workers.NumberedRange count = (range, from, to) -> {
            long[] sum = sums[range];
            int[] opposed = opposedBy[range];
            Arrays.fill(sum, 0, cells, 0L);
            Arrays.fill(opposed, 0, cells, 0);
            for (int k = from; k < to; k++) {
                int m = living[k];
                int c = cell[m];
                float a = alignment[m];
                sum[c] += (long) (a * 0x1p40f);
                // counted without a branch: whether a member is opposed is as good as a coin toss
                opposed[c] += Float.floatToRawIntBits(a) >>> 31 & (a != 0f ? 1 : 0);
            }
        };
        Workers.Range divide = (from, to) -> {
            for (int c = from; c < to; c++) {
                long sum = 0;
                int opposed = 0;
                for (int r = 0; r < ranges; r++) {
                    sum += sums[r][c];
                    opposed += opposedBy[r][c];
                }
                int n = members[c];
                mean[c] = n == 0 ? 0f : (float) (sum * 0x1p-40 / n);
                opposition[c] = n == 0 ? 0f : (float) opposed / n;
            }
        };
        if (workers == null) {
            count.apply(0, 0, active);
            divide.apply(0, cells);
        } else {
            workers.forEachRange(active, count);
            workers.forRanges(cells, divide);
        }
    }

    /** Mean alignment of a cell's members at the last tally (0 for a cell opened since). */
    float mean(int cell) {
        return cell < tallied ? mean[cell] : 0f;
    }

    /** Share of a cell's members in opposition at the last tally (0 for a cell opened since). */
    float opposition(int cell) {
        return cell < tallied ? opposition[cell] : 0f;
    }
}
