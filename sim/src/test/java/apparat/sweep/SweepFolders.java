package apparat.sweep;

import apparat.run.Progress;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small finished sweep folders for the tests of the packages that read them (charts, comparison). */
public final class SweepFolders {

    private SweepFolders() {
    }

    /** Runs a sweep file (its {@code scenario: small.yaml} is {@link SweepTest#SCENARIO}) into {@code out}. */
    public static Path make(Path dir, String sweep, Path out, int threads) throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SweepTest.SCENARIO);
        Path file = dir.resolve("sweep-" + out.getFileName() + ".yaml");
        Files.writeString(file, sweep);
        try (StopRequest stop = StopRequest.manual()) {
            return Sweep.start(SweepFile.read(file), sweep, dir, out, new Sweep.Settings(threads, null, "t"),
                    Progress.NONE, stop).folder();
        }
    }

    /** A 2 × 2 grid with two replications and three outcomes. */
    public static Path grid(Path dir, Path out) throws Exception {
        return make(dir, SweepTest.SWEEP, out, 2);
    }

    /** A Sobol' design for sensitivity: 4 base samples of 2 parameters, runs to 1921-09. */
    public static final String SOBOL = """
            scenario: small.yaml
            seed: 3
            run: {until: 1921-09}
            design: sobol
            samples: 4
            sensitivity: true
            vary:
              appointment.acceptance: {range: [0.1, 0.9]}
              secretariat.assignmentsPerYear: {range: [100, 20000], log: true}
            outcomes:
              appointed: {column: province_appointed_share, at: 1921-09}
              members: {column: members, max: [1921-01, 1921-09]}
            """;

    /** A Morris design: 4 trajectories of 2 parameters (12 points), two replications, runs to 1921-09. */
    public static final String MORRIS = """
            scenario: small.yaml
            seed: 5
            replications: 2
            run: {until: 1921-09}
            design: morris
            trajectories: 4
            levels: 4
            vary:
              appointment.acceptance: {range: [0.1, 0.9]}
              secretariat.assignmentsPerYear: {range: [100, 20000], log: true}
            outcomes:
              appointed: {column: province_appointed_share, at: 1921-09}
              members: {column: members, max: [1921-01, 1921-09]}
            """;
}
