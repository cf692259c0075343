package apparat.sensitivity;

/** The settings the sensitivity estimators share: how many factors, and how their intervals are bootstrapped. */
final class Resampling {

    private Resampling() {
    }

    /**
     * Refuses settings an estimator cannot work with.
     *
     * @param factors number of factors k, at least 1
     * @param resamples bootstrap resamples, 0 or more (0 for no interval)
     * @param confidence level of the interval, strictly between 0 and 1
     */
    static void check(int factors, int resamples, double confidence) {
        if (factors < 1) {
            throw new IllegalArgumentException("factors: " + factors + " (at least 1)");
        }
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples: " + resamples + " (0 or more)");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence: " + confidence + " (between 0 and 1)");
        }
    }
}
