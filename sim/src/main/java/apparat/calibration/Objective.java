package apparat.calibration;

/**
 * What a calibration minimises: a function of a vector of parameter values (in the parameters' own units, in
 * the order of the {@link ParameterSpace}). The optimisers know nothing else of the model, so that a plain
 * function with a known optimum can stand in for the simulation in a test.
 */
@FunctionalInterface
public interface Objective {

    /**
     * Evaluates one candidate. The same candidate must give the same evaluation (common random numbers), so
     * that a journal can stand in for a repeated evaluation.
     *
     * @param values one value per parameter, in the space's order
     * @return the loss and what was measured
     * @throws InterruptedException if the evaluation was cut short
     */
    Evaluation evaluate(double[] values) throws InterruptedException;
}
