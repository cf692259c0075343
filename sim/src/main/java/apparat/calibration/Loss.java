package apparat.calibration;

import apparat.validation.Target;
import java.util.List;
import java.util.Map;

/**
 * How far a candidate's outcomes lie from the documents', over the fitted targets: the weighted mean of the
 * squared errors, each measured in units of its target's tolerance so that a target at the edge of its
 * tolerance counts 1 (times its weight). A count (a target with a relative tolerance) is compared on a log
 * scale, {@code ln(model / document) / ln(1 + tolerance)}, so that twice too many and half too many weigh
 * alike; a share (a target with an absolute tolerance) by its difference, {@code (model − document) /
 * tolerance}. A target the model gave no value for counts {@link #MISSING} tolerances.
 */
public final class Loss {

    /** The error, in tolerances, of a target the model did not produce (no congress held, say). */
    public static final double MISSING = 10;
    /** A count at or below zero is compared as this share of the document's figure. */
    private static final double FLOOR = 1e-3;

    /**
     * One fitted target and its weight.
     *
     * @param target the target
     * @param weight its weight (> 0)
     */
    public record Term(Target target, double weight) {
    }

    private final List<Term> terms;

    public Loss(List<Term> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a loss needs at least one fitted target");
        }
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The loss of a candidate whose model values, by target id, are {@code measures}. */
    public double of(Map<String, Double> measures) {
        double sum = 0;
        double weights = 0;
        for (Term t : terms) {
            Double model = measures.get(t.target().id());
            double e = error(t.target(), model == null ? Double.NaN : model);
            sum += t.weight() * e * e;
            weights += t.weight();
        }
        return sum / weights;
    }

    /** A target's error in units of its tolerance (signed; {@link #MISSING} when there is no value). */
    public static double error(Target t, double model) {
        if (Double.isNaN(model) || Double.isInfinite(model)) {
            return MISSING;
        }
        if (t.absolute()) {
            return (model - t.document()) / t.tolerance();
        }
        double document = Math.abs(t.document());
        if (document == 0) {
            return model == 0 ? 0 : MISSING;
        }
        double ratio = Math.max(model, FLOOR * document) / document;
        return Math.log(ratio) / Math.log1p(t.tolerance());
    }
}
