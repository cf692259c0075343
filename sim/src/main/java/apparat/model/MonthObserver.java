package apparat.model;

import java.util.List;

/**
 * Receives each month's indicators as the model records them, and the congresses at the end. Writers of
 * tables, charts and live views implement it; the model knows nothing else about them.
 */
public interface MonthObserver {

    /** Called once a month, after all of the month's work. */
    void month(MonthlyRecord record);

    /** Called once after the last month. */
    default void finish(List<CongressRecord> congresses) {
    }
}
