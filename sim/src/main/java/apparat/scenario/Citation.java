package apparat.scenario;

/**
 * Where a value comes from: a line of a source document ({@code 000_c7c80c2cc1f1b975.txt:31}), or an
 * assumption with its reason, or nothing (a default). At most one of the two is set.
 *
 * @param source "file:line" in the source documents, or null
 * @param assumption a one-line reason for a value no document gives, or null
 * @param where file:line of the scenario that set the value, or null for a default
 */
public record Citation(String source, String assumption, String where) {

    /** The citation of a value nobody set. */
    public static final Citation DEFAULT = new Citation(null, null, null);

    public boolean isCited() {
        return source != null || assumption != null;
    }

    /** "source: …", "assumption: …" or "default". */
    public String describe() {
        if (source != null) {
            return source;
        }
        if (assumption != null) {
            return "assumption: " + assumption;
        }
        return where == null ? "default" : "uncited";
    }
}
