package apparat.gui;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/** Every committee is drawn inside the view, and no two of them on top of each other. */
class HierarchyLayoutTest {

    private static void assertInside(HierarchyLayout l, Double2D at, double radius, String what) {
        assertTrue(at.x - radius >= -1e-9 && at.x + radius <= l.width() + 1e-9
                && at.y - radius >= -1e-9 && at.y + radius <= l.height() + 1e-9, what + " at " + at + " leaves "
                + l.width() + "×" + l.height());
    }

    @Test
    void committeesLieInsideTheViewAndApart() {
        int[][] shapes = {{90, 8}, {3, 2}, {1, 1}, {500, 100}, {40, 30}, {120, 5}};
        double[][] views = {{1000, 270}, {1400, 560}, {600, 600}};
        for (int[] shape : shapes) {
            for (double[] view : views) {
                HierarchyLayout l = HierarchyLayout.fit(shape[0], shape[1], view[0], view[1]);
                String name = shape[0] + "×" + shape[1] + " in " + view[0] + "×" + view[1];
                assertInside(l, l.centre(), l.centreHeight() / 2, name + ": the centre");
                for (int p = 0; p < shape[0]; p++) {
                    assertInside(l, l.province(p), l.provinceDiameter() / 2, name + ": province " + p);
                    assertInside(l, l.cells(p), l.cellsHeight() / 2, name + ": cells of " + p);
                    if (p > 0 && p % l.columns() != 0) {
                        double gap = l.province(p).x - l.province(p - 1).x;
                        assertTrue(gap >= l.provinceDiameter(), name + ": provinces " + (p - 1) + " and " + p);
                    }
                    Double2D last = l.province(p);
                    for (int k = 0; k < shape[1]; k++) {
                        Double2D d = l.district(p, k);
                        assertInside(l, d, l.districtDiameter() / 2, name + ": district " + k + " of " + p);
                        assertTrue(d.y > l.province(p).y && d.y < l.cells(p).y, name + ": district " + k
                                + " lies between its province and its cells");
                        if (k > 0) {
                            assertTrue(d.distance(last) >= l.districtDiameter() - 1e-9, name + ": districts "
                                    + (k - 1) + " and " + k + " of " + p + " overlap");
                        }
                        last = d;
                    }
                }
                assertTrue(l.busY(0) > l.centre().y, name + ": the provinces hang below the centre");
            }
        }
    }

    @Test
    void fewProvincesAreDrawnLargerThanMany() {
        double few = HierarchyLayout.fit(10, 8, 1000, 400).unit();
        double many = HierarchyLayout.fit(300, 8, 1000, 400).unit();
        assertTrue(few > 2 * many, few + " vs " + many);
    }

    @Test
    void nothingToLayOutIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HierarchyLayout.fit(0, 8, 100, 100));
    }
}
