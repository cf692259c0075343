package apparat.sweep;

import apparat.model.Month;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep file after reading: what to run and what to measure. Immutable; checked when read, so that every
 * mistake names the file, line and key.
 *
 * @param name short name for the sweep folder
 * @param description what the sweep asks, or empty
 * @param file the sweep file as the user named it
 * @param scenario the base scenario file
 * @param until last month of every run, or null for the scenario's end
 * @param scale real members per simulated member, or null for the scenario's
 * @param seed master seed, or null for the scenario's
 * @param replications runs per design point
 * @param design how points are chosen
 * @param samples points (random, lhs), base samples (sobol) or trajectories (morris); 0 for a grid
 * @param sensitivity whether a sobol design is laid out for Sobol' indices (Saltelli's scheme)
 * @param levels levels p of each parameter in a morris design; 0 for other designs
 * @param candidates trajectories in the pool that a morris design keeps the most spread of, or 0 for none
 * @param factors the varied parameters, in file order
 * @param outcomes what to read off each run, in file order
 */
public record SweepDefinition(String name, String description, String file, Path scenario, Month until,
                              Double scale, Long seed, int replications, Design design, int samples,
                              boolean sensitivity, int levels, int candidates, List<Factor> factors,
                              List<Outcome> outcomes) {

    public SweepDefinition {
        factors = List.copyOf(factors);
        outcomes = List.copyOf(outcomes);
    }

    /** A copy with settings given on the command line; null leaves a setting as it is. */
    public SweepDefinition with(Integer newReplications, Long newSeed, Month newUntil, Double newScale) {
        return new SweepDefinition(name, description, file, scenario, newUntil == null ? until : newUntil,
                newScale == null ? scale : newScale, newSeed == null ? seed : newSeed,
                newReplications == null ? replications : newReplications, design, samples, sensitivity, levels,
                candidates, factors, outcomes);
    }

    /** The keys of the varied parameters, in order. */
    public List<String> keys() {
        return factors.stream().map(Factor::key).toList();
    }
}
