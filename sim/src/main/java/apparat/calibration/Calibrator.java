package apparat.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Fits the parameters of a {@link ParameterSpace} by minimising an {@link Objective}: a global search by
 * CMA-ES (Commons Math {@link CMAESOptimizer}; Hansen and Ostermeier 2001) from the base scenario's values,
 * then a local polish by BOBYQA ({@link BOBYQAOptimizer}; Powell 2009) from the best point found, both in
 * the unit cube; then a profile of each parameter around the optimum. Every evaluation goes through the
 * {@link Journal}: a candidate it already holds is read back instead of evaluated, so a resumed calibration
 * walks the same path to the same result. CMA-ES draws from a Mersenne Twister seeded by the calibration's
 * seed; nothing else is random.
 */
public final class Calibrator {

    /**
     * How hard to search.
     *
     * @param cmaesEvaluations evaluations of the CMA-ES stage
     * @param population CMA-ES population (candidates per generation)
     * @param sigma CMA-ES initial step, as a share of each parameter's range
     * @param bobyqaEvaluations evaluations of the BOBYQA stage (0: no polish)
     * @param profilePoints grid points of each parameter's profile (0: no profiles)
     * @param seed seed of CMA-ES's random generator
     */
    public record Settings(int cmaesEvaluations, int population, double sigma, int bobyqaEvaluations,
                           int profilePoints, long seed) {

        /** Every evaluation the calibration may make, profiles included, for a space of this dimension. */
        public int budget(int dimension) {
            return cmaesEvaluations + (dimension >= 2 ? bobyqaEvaluations : 0) + dimension * profilePoints;
        }
    }

    /** Hears of each finished evaluation. */
    public interface Listener {
        /** One evaluation finished (or was read back from the journal). */
        void evaluated(Step step, double bestLoss);
    }

    /**
     * One evaluation of the calibration.
     *
     * @param number 1-based count over the whole calibration
     * @param stage cmaes, bobyqa or profile
     * @param point the candidate in the unit cube
     * @param values the candidate in the parameters' units
     * @param evaluation its loss and measures
     * @param replayed whether it was read back from the journal rather than evaluated
     */
    public record Step(int number, String stage, double[] point, double[] values, Evaluation evaluation,
                       boolean replayed) {
    }

    /**
     * One parameter varied over its range with the others at the optimum.
     *
     * @param parameter the parameter
     * @param values the grid of its values
     * @param losses the loss at each
     */
    public record Profile(FreeParameter parameter, double[] values, double[] losses) {

        /** The smallest and largest grid value whose loss is within {@code share} of {@code best}. */
        public double[] withinOf(double best, double share) {
            double low = Double.NaN;
            double high = Double.NaN;
            for (int i = 0; i < values.length; i++) {
                if (losses[i] <= best * (1 + share) + 1e-12) {
                    low = Double.isNaN(low) ? values[i] : Math.min(low, values[i]);
                    high = Double.isNaN(high) ? values[i] : Math.max(high, values[i]);
                }
            }
            return new double[] {low, high};
        }
    }

    /**
     * The outcome.
     *
     * @param space the parameters
     * @param best the best step of the optimisation stages (the fitted values)
     * @param steps every evaluation in order, profiles included
     * @param profiles one per parameter (empty if none were asked for)
     */
    public record Result(ParameterSpace space, Step best, List<Step> steps, List<Profile> profiles) {

        /** The lowest loss seen anywhere, profiles included. */
        public double lowestLoss() {
            return steps.stream().mapToDouble(s -> s.evaluation().loss()).min().orElse(Double.NaN);
        }
    }

    private final ParameterSpace space;
    private final Objective objective;
    private final Journal journal;
    private final Settings settings;
    private final Listener listener;
    private final List<Step> steps = new ArrayList<>();
    private Step best;
    private String stage;

    public Calibrator(ParameterSpace space, Objective objective, Journal journal, Settings settings,
                      Listener listener) {
        this.space = space;
        this.objective = objective;
        this.journal = journal;
        this.settings = settings;
        this.listener = listener;
    }

    /** Runs the stages; the result's best step holds the fitted values. */
    public Result run() throws IOException, InterruptedException {
        try {
            int d = space.dimension();
            double[] lower = new double[d];
            double[] upper = new double[d];
            Arrays.fill(upper, 1);
            if (settings.cmaesEvaluations() > 0) {
                stage = "cmaes";
                double[] sigma = new double[d];
                Arrays.fill(sigma, settings.sigma());
                int generations = settings.cmaesEvaluations() / Math.max(1, settings.population()) + 2;
                CMAESOptimizer cmaes = new CMAESOptimizer(generations, 0, true, 0, 10,
                        new MersenneTwister(settings.seed()), false, null);
                try {
                    cmaes.optimize(new MaxEval(settings.cmaesEvaluations()), new MaxIter(generations),
                            new ObjectiveFunction(this::loss), GoalType.MINIMIZE, new InitialGuess(space.start()),
                            new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                            new CMAESOptimizer.PopulationSize(settings.population()));
                } catch (TooManyEvaluationsException e) {
                    // the budget is spent: the best candidate so far stands
                }
            }
            if (d >= 2 && settings.bobyqaEvaluations() > 0) {
                stage = "bobyqa";
                double[] from = best == null ? space.start() : best.point().clone();
                BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * d + 1, 0.1, 1e-4);
                try {
                    bobyqa.optimize(new MaxEval(settings.bobyqaEvaluations()), new ObjectiveFunction(this::loss),
                            GoalType.MINIMIZE, new InitialGuess(from), new SimpleBounds(lower, upper));
                } catch (TooManyEvaluationsException e) {
                    // as above
                }
            }
            if (best == null) {
                stage = "start";
                loss(space.start());
            }
            Step fitted = best;
            List<Profile> profiles = settings.profilePoints() >= 2 ? profiles(fitted) : List.of();
            return new Result(space, fitted, List.copyOf(steps), profiles);
        } catch (EvaluationFailed e) {
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            throw (IOException) e.getCause();
        }
    }

    private List<Profile> profiles(Step fitted) {
        List<Profile> out = new ArrayList<>();
        int points = settings.profilePoints();
        for (int j = 0; j < space.dimension(); j++) {
            FreeParameter p = space.parameters().get(j);
            stage = "profile";
            double[] values = new double[points];
            double[] losses = new double[points];
            for (int k = 0; k < points; k++) {
                double[] u = fitted.point().clone();
                u[j] = k / (double) (points - 1);
                Step s = step(u, false);
                values[k] = s.values()[j];
                losses[k] = s.evaluation().loss();
            }
            out.add(new Profile(p, values, losses));
        }
        return out;
    }

    /** The function the optimisers call. */
    private double loss(double[] point) {
        return step(point, true).evaluation().loss();
    }

    private Step step(double[] point, boolean candidate) {
        double[] u = point.clone();
        double[] values = space.values(u);
        try {
            java.util.Optional<Evaluation> known = journal.lookup(u);
            Evaluation e = known.isPresent() ? known.get() : objective.evaluate(values);
            Step s = new Step(steps.size() + 1, stage, u, values, e, known.isPresent());
            if (known.isEmpty()) {
                journal.record(s.number(), stage, u, values, e);
            }
            steps.add(s);
            if (candidate && (best == null || e.loss() < best.evaluation().loss())) {
                best = s;
            }
            listener.evaluated(s, best == null ? e.loss() : best.evaluation().loss());
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationFailed(e);
        } catch (IOException e) {
            throw new EvaluationFailed(e);
        } catch (UncheckedIOException e) {
            throw new EvaluationFailed(e.getCause());
        }
    }

    /** Carries a checked exception out through the optimisers' unchecked function interface. */
    private static final class EvaluationFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EvaluationFailed(Exception cause) {
            super(cause);
        }
    }
}
