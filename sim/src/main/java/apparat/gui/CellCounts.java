package apparat.gui;

import apparat.model.Hierarchy;
import apparat.model.Level;
import apparat.model.MemberCodes;
import apparat.model.Party;
import apparat.model.Posts;

/**
 * The cells of each province counted once a month by how their secretary was placed, for the bars that sum
 * them up where there are too many cells to draw. Counted from the party's public tables on the model's
 * thread and then only read, so the view can draw it while the model steps on.
 */
final class CellCounts {

    /** {@code counts[province][elected, recommended, appointed, vacant]}, live cells only, simulated. */
    private final int[][] counts;
    private final double[] loyaltySum;
    private final double scale;

    private CellCounts(int provinces, double scale) {
        this.counts = new int[provinces][4];
        this.loyaltySum = new double[provinces];
        this.scale = scale;
    }

    static CellCounts empty(int provinces) {
        return new CellCounts(provinces, 1);
    }

    static CellCounts of(Party party) {
        Hierarchy h = party.hierarchy();
        CellCounts c = new CellCounts(h.provinces(), party.scale());
        Posts posts = party.posts(Level.CELL);
        int n = Math.min(h.cells(), posts.size());
        for (int cell = 0; cell < n; cell++) {
            if (h.cellMembers(cell) <= 0) {
                continue;
            }
            int p = h.provinceOf(h.districtOf(cell));
            int m = posts.holder(cell);
            if (m == MemberCodes.NONE) {
                c.counts[p][3]++;
            } else {
                c.counts[p][posts.how(cell)]++;
                c.loyaltySum[p] += party.roll().alignment(m);
            }
        }
        return c;
    }

    /** Simulated cells of a province: elected, recommended, appointed, vacant. */
    int[] of(int province) {
        return counts[province].clone();
    }

    int total(int province) {
        int[] c = counts[province];
        return c[0] + c[1] + c[2] + c[3];
    }

    /** Mean alignment of the province's cell secretaries, NaN when none sits. */
    double loyalty(int province) {
        int[] c = counts[province];
        int filled = c[0] + c[1] + c[2];
        return filled == 0 ? Double.NaN : loyaltySum[province] / filled;
    }

    /** Real cells per simulated cell. */
    double scale() {
        return scale;
    }
}
