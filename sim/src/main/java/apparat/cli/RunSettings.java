package apparat.cli;

import picocli.CommandLine.Option;

/** The run settings several commands share: seed and scale, each overriding the scenario's own. */
final class RunSettings {

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's run.seed).")
    Long seed;

    @Option(names = "--scale", paramLabel = "S",
            description = "Real members per simulated member, ≥ 1 (default: the scenario's run.scale).")
    Double scale;
}
