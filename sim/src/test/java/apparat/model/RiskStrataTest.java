package apparat.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Arrests are shared out in proportion to persons × weight, whole strata taken when their share overflows. */
class RiskStrataTest {

    @Test
    void sharesAreProportionalToPersonsTimesWeight() {
        double[] take = RiskStrata.allocate(new double[] {1000, 100}, new double[] {1, 5}, 150);
        // λ = 150 / (1000 + 500): 10 % of the first stratum, 50 % of the second
        assertArrayEquals(new double[] {100, 50}, take, 1e-9);
    }

    @Test
    void aStratumWhoseShareOverflowsIsTakenWholeAndTheRestGoesToTheOthers() {
        double[] take = RiskStrata.allocate(new double[] {1000, 10, 100}, new double[] {1, 1000, 2}, 130);
        assertEquals(10, take[1], 1e-9, "the high-risk stratum is taken whole");
        assertEquals(130, Arrays.stream(take).sum(), 1e-9, "no arrest is dropped");
        assertEquals(2 * take[0] / 1000, take[2] / 100, 1e-9, "the others keep their relative risk");
    }

    @Test
    void moreArrestsThanPersonsTakesEveryone() {
        double[] take = RiskStrata.allocate(new double[] {5, 7}, new double[] {1, 3}, 100);
        assertArrayEquals(new double[] {5, 7}, take, 1e-9);
    }
}
