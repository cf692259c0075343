package apparat.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A calibration small enough for a test: a two-year scenario at 1:50 with two assumption values and one
 * cited figure, four targets, and a calibration file of a few evaluations.
 */
public final class TinyCalibration {

    /** The scenario; line 6 holds the cited figure, lines 8 and 10 the assumptions. */
    public static final String SCENARIO = "name: tiny\n"
            + "run:\n  start: 1920-01\n  end: 1921-12\n  seed: 3\n"
            + "members:\n  initial: {value: 40000, source: \"004_b644486801102c55.txt:36\"}\n"
            + "recruitment:\n  ratePerYear: {value: 0.3, assumption: \"a guess\"}\n"
            + "attrition:\n  resignationPerYear: {value: 0.08, assumption: \"another guess\"}\n"
            + "timeline:\n"
            + "  purge:\n    date: 1921-06\n    type: purge\n"
            + "    threshold: {value: 0.3, assumption: \"a third of the marks\"}\n"
            + "structure:\n  provinces: {value: 6, assumption: \"small\"}\n"
            + "  districtsPerProvince: {value: 3, assumption: \"small\"}\n";

    public static final String TARGETS = "scenario: ../tiny.yaml\n"
            + "targets:\n"
            + "  members-1920:\n    what: members\n    source: \"x.txt:1\"\n    document: 50000\n"
            + "    measure: {column: members, at: 1920-12}\n    tolerance: 0.2\n"
            + "  members-1921:\n    what: members\n    source: \"x.txt:2\"\n    document: 45000\n"
            + "    measure: {column: members, at: 1921-12}\n    tolerance: 0.2\n"
            + "  resigned-1921:\n    what: resigned\n    source: \"x.txt:3\"\n    document: 3000\n"
            + "    measure: {column: resigned, sum: [1921-01, 1921-12]}\n    tolerance: 0.3\n"
            + "  expelled-1921:\n    what: expelled\n    source: \"x.txt:4\"\n    document: 5000\n"
            + "    measure: {column: expelled, sum: [1921-01, 1921-12]}\n    tolerance: 0.3\n";

    /** Line 5 names the first parameter, 11 opens fit. */
    public static final String CALIBRATION = "scenario: ../tiny.yaml\n"
            + "targets: ../targets/tiny.yaml\n"
            + "seed: 9\n"
            + "run: {scale: 50, replications: 2}\n"
            + "parameters:\n"
            + "  recruitment.ratePerYear: {lower: 0.05, upper: 1.0}\n"
            + "  attrition.resignationPerYear: {lower: 0.01, upper: 0.3}\n"
            + "fit: [members-1920, resigned-1921]\n"
            + "holdOut: [members-1921, expelled-1921]\n"
            + "optimiser:\n  cmaes: {evaluations: 6, population: 4}\n  bobyqa: {evaluations: 6}\n"
            + "profile: {points: 3}\n";

    private TinyCalibration() {
    }

    /** Writes the three files under {@code dir}; returns the calibration file. */
    public static Path write(Path dir, String calibration) {
        try {
            Files.createDirectories(dir.resolve("targets"));
            Files.createDirectories(dir.resolve("calibration"));
            Files.writeString(dir.resolve("tiny.yaml"), SCENARIO, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("targets/tiny.yaml"), TARGETS, StandardCharsets.UTF_8);
            return Files.writeString(dir.resolve("calibration/tiny.yaml"), calibration, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
