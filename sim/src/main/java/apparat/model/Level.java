package apparat.model;

/** The three levels of party committee that have a secretary. */
public enum Level {
    /** Provincial committee (gubkom). */
    PROVINCE,
    /** District committee (ukom). */
    DISTRICT,
    /** Primary organisation (cell). */
    CELL;

    /** Lower-case name used in output columns. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
