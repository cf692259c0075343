package apparat.model;

/**
 * A calendar month, the model's unit of time. Stored as one int (year × 12 + month − 1) so that the member
 * roll can keep joining dates in a primitive array and differences are whole months.
 */
public final class Month implements Comparable<Month> {

    /** Months since year 0: year × 12 + (month − 1). */
    private final int index;

    private Month(int index) {
        this.index = index;
    }

    /** The month with the given serial index (year × 12 + month − 1). */
    public static Month ofIndex(int index) {
        return new Month(index);
    }

    /** The month {@code month} (1–12) of {@code year}. */
    public static Month of(int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        return new Month(year * 12 + month - 1);
    }

    /**
     * Parses {@code YYYY-MM}.
     *
     * @throws IllegalArgumentException naming the text when it is not a month
     */
    public static Month parse(String text) {
        String t = text.trim();
        if (!t.matches("\\d{4}-\\d{1,2}")) {
            throw new IllegalArgumentException("'" + text + "' is not a month; write it as YYYY-MM, e.g. 1922-04");
        }
        int dash = t.indexOf('-');
        int year = Integer.parseInt(t.substring(0, dash));
        int month = Integer.parseInt(t.substring(dash + 1));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' has month " + month + "; months run 01 to 12");
        }
        return of(year, month);
    }

    /** The serial index, year × 12 + month − 1. */
    public int index() {
        return index;
    }

    public int year() {
        return Math.floorDiv(index, 12);
    }

    /** 1 to 12. */
    public int monthOfYear() {
        return Math.floorMod(index, 12) + 1;
    }

    public Month plus(int months) {
        return new Month(index + months);
    }

    /** Whole months from {@code earlier} to this month. */
    public int monthsSince(Month earlier) {
        return index - earlier.index;
    }

    public boolean isBefore(Month other) {
        return index < other.index;
    }

    public boolean isAfter(Month other) {
        return index > other.index;
    }

    @Override
    public int compareTo(Month other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Month m && m.index == index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    /** {@code YYYY-MM}. */
    @Override
    public String toString() {
        return String.format("%04d-%02d", year(), monthOfYear());
    }
}
