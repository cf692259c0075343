package apparat.calibration;

import apparat.scenario.Scenario;
import apparat.validation.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A calibration file after validation: what to fit, to what, and how hard to search. Immutable.
 *
 * @param file the calibration file as the user named it
 * @param description what the calibration is for
 * @param scenarioFile the base scenario's file
 * @param scenario the base scenario at the calibration's seed, scale and end month
 * @param targetsFile the targets file
 * @param space the parameters to fit, with their bounds
 * @param fitted the targets the loss is made of
 * @param heldOut the targets only reported, to test the fit
 * @param loss the loss over the fitted targets, with their weights
 * @param replications runs per evaluation
 * @param settings optimiser budgets and seed
 * @param identity a digest of the calibration file, the resolved base scenario and the targets file: a journal
 *                 is only resumed by the calibration it was written for
 */
public record CalibrationPlan(String file, String description, Path scenarioFile, Scenario scenario,
                              Path targetsFile, ParameterSpace space, List<Target> fitted, List<Target> heldOut,
                              Loss loss, int replications, Calibrator.Settings settings, String identity) {

    /** Fitted then held-out targets: every target an evaluation measures. */
    public List<Target> measured() {
        List<Target> all = new ArrayList<>(fitted);
        all.addAll(heldOut);
        return all;
    }

    /** Evaluations the whole calibration may take, profiles included. */
    public int budget() {
        return settings.budget(space.dimension());
    }

    /** The simulation as the objective, running {@code threads} replications at once. */
    public Objective objective(int threads) {
        return new SimulationObjective(scenario, space.parameters(), measured(), loss, replications, threads);
    }
}
