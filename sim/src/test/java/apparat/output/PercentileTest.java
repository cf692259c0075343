package apparat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Percentiles follow the R-7 definition (R's and NumPy's default), whatever the order of the values. */
class PercentileTest {

    @Test
    void interpolatesBetweenOrderStatisticsAsRDoes() {
        double[] values = {10, 3, 7, 1, 9, 2, 8, 4, 6, 5};
        // R: quantile(1:10, c(0.05, 0.5, 0.95)) gives 1.45, 5.5, 9.55
        assertEquals(1.45, Percentile.of(values, 0.05), 1e-12);
        assertEquals(5.5, Percentile.of(values, 0.5), 1e-12);
        assertEquals(9.55, Percentile.of(values, 0.95), 1e-12);
        assertEquals(1, Percentile.of(values, 0), 0);
        assertEquals(10, Percentile.of(values, 1), 0);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertTrue(Double.isNaN(Percentile.of(new double[0], 0.5)));
        assertEquals(4, Percentile.of(new double[] {4}, 0.95), 0);
    }
}
