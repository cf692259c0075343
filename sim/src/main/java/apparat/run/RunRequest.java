package apparat.run;

import apparat.model.Month;
import java.nio.file.Path;

/**
 * What the user asked for: a scenario file and the run settings that override its own.
 *
 * @param scenarioFile the scenario
 * @param seed random seed, or null for the scenario's
 * @param scale real members per simulated member, or null for the scenario's
 * @param until last month, or null for the scenario's end
 * @param out the run folder to create, or null for {@code results/<name>-<timestamp>}
 * @param resultsRoot where run folders go by default
 * @param command the command line, for the manifest
 * @param threads threads the run steps its members on (outputs do not depend on it)
 */
public record RunRequest(Path scenarioFile, Long seed, Double scale, Month until, Path out, Path resultsRoot,
                         String command, int threads) {

    public RunRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads);
        }
    }

    /** A request for a run on one thread. */
    public RunRequest(Path scenarioFile, Long seed, Double scale, Month until, Path out, Path resultsRoot,
                      String command) {
        this(scenarioFile, seed, scale, until, out, resultsRoot, command, 1);
    }
}
