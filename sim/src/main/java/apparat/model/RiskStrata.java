package apparat.model;

/**
 * Shares out a number of arrests among risk strata in proportion to persons × weight, with no cap on
 * relative risk: a stratum whose share would exceed its persons is taken whole and the rest is shared out
 * again among the others (water-filling), so every arrest that the strata can hold is made. With λ the common
 * factor, a stratum of weight w loses the fraction min(1, λ·w) of its persons.
 */
final class RiskStrata {

    private RiskStrata() {
    }

    /**
     * Expected persons taken from each stratum.
     *
     * @param persons persons in each stratum
     * @param weight relative risk of a person in each stratum (≥ 0)
     * @param total persons to take in all
     */
    static double[] allocate(double[] persons, double[] weight, double total) {
        int k = persons.length;
        double[] take = new double[k];
        boolean[] whole = new boolean[k];
        double remaining = total;
        while (remaining > 0) {
            double sum = 0;
            for (int s = 0; s < k; s++) {
                if (!whole[s]) {
                    sum += persons[s] * weight[s];
                }
            }
            if (sum <= 0) {
                break;
            }
            double lambda = remaining / sum;
            boolean saturated = false;
            for (int s = 0; s < k; s++) {
                if (!whole[s] && persons[s] > 0 && lambda * weight[s] >= 1) {
                    whole[s] = true;
                    take[s] = persons[s];
                    remaining -= persons[s];
                    saturated = true;
                }
            }
            if (!saturated) {
                for (int s = 0; s < k; s++) {
                    if (!whole[s]) {
                        take[s] = lambda * persons[s] * weight[s];
                    }
                }
                break;
            }
        }
        return take;
    }
}
