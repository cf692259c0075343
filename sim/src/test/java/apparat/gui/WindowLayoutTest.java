package apparat.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three windows fit the screen without overlapping, from a projector to a large monitor. */
class WindowLayoutTest {

    @Test
    void windowsFitTheScreenAndDoNotOverlap() {
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1366, 768), new Rectangle(0, 0, 1600, 1000),
                new Rectangle(0, 27, 1920, 1053), new Rectangle(1920, 0, 2560, 1440), new Rectangle(0, 0, 1024, 700))) {
            WindowLayout l = WindowLayout.fit(screen);
            List<Rectangle> all = List.of(l.console(), l.hierarchy(), l.charts());
            for (Rectangle r : all) {
                assertTrue(screen.contains(r), r + " leaves " + screen);
                assertTrue(r.width >= 300 && r.height >= 300, r + " is too small to use");
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(all.get(i).intersects(all.get(j)), all.get(i) + " overlaps " + all.get(j));
                }
            }
            int area = all.stream().mapToInt(r -> r.width * r.height).sum();
            assertTrue(area == screen.width * screen.height, "the windows use the whole screen");
        }
    }
}
