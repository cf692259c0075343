package apparat.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import apparat.model.Month;
import apparat.validation.Measure;
import apparat.validation.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts are compared on a log scale, shares by their difference, both in units of the tolerance. */
class LossTest {

    private static final Measure ANY = new Measure("members", null, null, Measure.Kind.AT, Month.of(1920, 1),
            Month.of(1920, 1), null, null);
    private static final Target COUNT = new Target("count", "a count", "x.txt:1", 1000, ANY, 0.25, false);
    private static final Target SHARE = new Target("share", "a share", "x.txt:1", 0.3, ANY, 0.1, true);

    @Test
    void twiceTooManyAndHalfTooFewWeighAlike() {
        assertEquals(Loss.error(COUNT, 2000), -Loss.error(COUNT, 500), 1e-12);
        assertEquals(1, Loss.error(COUNT, 1250), 1e-12, "at the edge of the tolerance the error is 1");
    }

    @Test
    void sharesAreComparedByTheirDifference() {
        assertEquals(1, Loss.error(SHARE, 0.4), 1e-12);
        assertEquals(-2, Loss.error(SHARE, 0.1), 1e-12);
    }

    @Test
    void aMissingValueCountsTenTolerances() {
        assertEquals(Loss.MISSING, Loss.error(SHARE, Double.NaN));
    }

    @Test
    void theLossIsTheWeightedMeanOfSquaredErrors() {
        Loss loss = new Loss(List.of(new Loss.Term(COUNT, 1), new Loss.Term(SHARE, 3)));
        assertEquals((1 * 1 + 3 * 4) / 4.0, loss.of(Map.of("count", 1250.0, "share", 0.1)), 1e-12);
    }
}
