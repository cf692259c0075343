package apparat.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of evaluating one candidate: its loss (smaller is better, finite) and the measured value of each
 * target (fitted and held out alike, by target name, in the calibration file's order; NaN where the model gave
 * no value).
 *
 * @param loss the weighted loss over the fitted targets
 * @param measures the model's value of each target
 */
public record Evaluation(double loss, Map<String, Double> measures) {

    public Evaluation {
        if (Double.isNaN(loss)) {
            throw new IllegalArgumentException("loss is NaN");
        }
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** An evaluation that measures nothing but its loss. */
    public static Evaluation of(double loss) {
        return new Evaluation(loss, Map.of());
    }
}
