package apparat.validation;

/**
 * An outcome a source document reports, and how to read the same quantity off a run.
 *
 * @param id the target's key
 * @param what what it is, in words
 * @param source file:line of the document
 * @param document the document's value
 * @param measure how the model's value is read from the run
 * @param tolerance allowed difference: relative to the document's value, or absolute when {@code absolute}
 * @param absolute whether the tolerance is absolute
 */
public record Target(String id, String what, String source, double document, Measure measure, double tolerance,
                     boolean absolute) {

    /** The allowed difference in the target's own units. */
    public double allowed() {
        return absolute ? tolerance : tolerance * Math.abs(document);
    }

    /** Whether a model value is within the tolerance. */
    public boolean met(double model) {
        return !Double.isNaN(model) && Math.abs(model - document) <= allowed() + 1e-12;
    }
}
