package apparat.scenario;

/**
 * Where a value comes from: a line of a source document ({@code 000_c7c80c2cc1f1b975.txt:31}), or an
 * assumption with its reason, or a calibration that fitted it (keeping the assumption's reason), or nothing
 * (a default). A source excludes the other two: a figure from a document is data and is never fitted.
 *
 * @param source "file:line" in the source documents, or null
 * @param assumption a one-line reason for a value no document gives, or null
 * @param where file:line of the scenario that set the value, or null for a default
 * @param calibrated "calibration file, YYYY-MM-DD" of the calibration that fitted the value, or null
 */
public record Citation(String source, String assumption, String where, String calibrated) {

    /** The citation of a value nobody set. */
    public static final Citation DEFAULT = new Citation(null, null, null, null);

    /** A source or an assumption, not calibrated. */
    public Citation(String source, String assumption, String where) {
        this(source, assumption, where, null);
    }

    public boolean isCited() {
        return source != null || assumption != null || calibrated != null;
    }

    public boolean isCalibrated() {
        return calibrated != null;
    }

    /** The calibration file as written in {@code calibrated:} (before the comma), or null. */
    public String calibrationFile() {
        if (calibrated == null) {
            return null;
        }
        int comma = calibrated.lastIndexOf(',');
        return (comma < 0 ? calibrated : calibrated.substring(0, comma)).trim();
    }

    /** "source", "assumption: …", "calibrated: … (assumption: …)" or "default". */
    public String describe() {
        if (source != null) {
            return source;
        }
        if (calibrated != null) {
            return "calibrated: " + calibrated + (assumption == null ? "" : " (assumption: " + assumption + ")");
        }
        if (assumption != null) {
            return "assumption: " + assumption;
        }
        return where == null ? "default" : "uncited";
    }
}
