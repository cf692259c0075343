package apparat.gui;

import java.awt.Rectangle;

/**
 * Where the three windows go on a screen, computed from its usable bounds so that nothing overlaps and nothing
 * leaves the screen, from a 1366×768 projector up: MASON's console (play, the Model tab, inspectors) in a
 * column on the left; on the right the hierarchy with the calendar above, and the charts below it.
 *
 * @param console the console
 * @param hierarchy the calendar and the hierarchy view
 * @param charts the live charts
 */
record WindowLayout(Rectangle console, Rectangle hierarchy, Rectangle charts) {

    /** Narrowest console whose tabs and buttons still fit. */
    static final int MIN_CONSOLE = 330;
    static final int MAX_CONSOLE = 460;

    static WindowLayout fit(Rectangle screen) {
        int consoleWidth = Math.max(MIN_CONSOLE, Math.min(MAX_CONSOLE, screen.width / 4));
        int right = screen.width - consoleWidth;
        int hierarchyHeight = (int) Math.round(screen.height * 0.54);
        Rectangle console = new Rectangle(screen.x, screen.y, consoleWidth, screen.height);
        Rectangle hierarchy = new Rectangle(screen.x + consoleWidth, screen.y, right, hierarchyHeight);
        Rectangle charts = new Rectangle(screen.x + consoleWidth, screen.y + hierarchyHeight, right,
                screen.height - hierarchyHeight);
        return new WindowLayout(console, hierarchy, charts);
    }
}
