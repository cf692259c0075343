package apparat.calibration;

import apparat.scenario.Scenario;
import apparat.validation.HistoryValidation;
import apparat.validation.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model as an {@link Objective}: the base scenario with the candidate's values, run for a fixed number of
 * replications whose seeds depend on the calibration's seed and the replication's index alone (common random
 * numbers: every candidate meets the same chance), replications in parallel and gathered in their order; the
 * mean of each target over the replications, and the {@link Loss} over the fitted ones.
 */
final class SimulationObjective implements Objective {

    private final Scenario base;
    private final List<FreeParameter> parameters;
    private final List<Target> targets;
    private final Loss loss;
    private final int replications;
    private final int threads;

    /**
     * @param base the scenario at the calibration's seed, scale and end
     * @param parameters the values a candidate sets
     * @param targets every target measured (fitted and held out)
     * @param loss the loss over the fitted ones
     * @param replications runs per candidate
     * @param threads runs at once
     */
    SimulationObjective(Scenario base, List<FreeParameter> parameters, List<Target> targets, Loss loss,
                        int replications, int threads) {
        this.base = base;
        this.parameters = List.copyOf(parameters);
        this.targets = List.copyOf(targets);
        this.loss = loss;
        this.replications = replications;
        this.threads = threads;
    }

    @Override
    public Evaluation evaluate(double[] values) throws InterruptedException {
        Scenario candidate = ScenarioPatch.apply(base, parameters, values);
        List<HistoryValidation.Result> results = HistoryValidation.run(candidate, targets, replications, threads);
        Map<String, Double> measures = new LinkedHashMap<>();
        for (HistoryValidation.Result r : results) {
            measures.put(r.target().id(), r.mean());
        }
        return new Evaluation(loss.of(measures), measures);
    }
}
