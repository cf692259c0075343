package apparat.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.model.Month;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioException;
import apparat.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets are read strictly, measured as documented, and compared the same whatever the thread count. */
class HistoryValidationTest {

    private static final String SCENARIO = """
            name: small
            run: {start: 1921-01, end: 1922-12, seed: 5, scale: 50}
            members: {initial: 400000}
            timeline:
              purge: {date: 1921-09, type: purge, quota: 0.2, weights: {passivity: 1}}
              c11: {date: 1922-03, type: congress, delegates: 300}
            """;

    private static final String TARGETS = """
            scenario: small.yaml
            targets:
              members:
                what: Members at the end
                source: "x.txt:1"
                document: 400000
                measure: {column: members, at: 1922-12}
                tolerance: 0.5
              purge:
                what: Share expelled
                source: "x.txt:2"
                document: 0.2
                measure: {column: expelled, sum: [1921-09, 1921-12], per: {column: members, at: 1921-08}}
                absolute: 0.02
              vote:
                what: Vote
                source: "x.txt:3"
                document: 0.01
                measure: {congress: c11, column: leadership_vote_share}
                absolute: 0.001
            """;

    @Test
    void targetsAreMeasuredAsTheirFileSays(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SCENARIO);
        Path targetFile = dir.resolve("targets.yaml");
        Files.writeString(targetFile, TARGETS);
        TargetFile.Contents contents = TargetFile.read(targetFile);
        assertEquals(dir.resolve("small.yaml").toAbsolutePath(), contents.scenario());
        Scenario s = new ScenarioLoader().load(contents.scenario());
        List<HistoryValidation.Result> rs = HistoryValidation.run(s, contents.targets(), 3, 1);
        assertEquals(3, rs.size());
        // a quota purge of 20 % of everyone examined expels 20 % of the members
        assertEquals(0.2, rs.get(1).mean(), 0.01);
        assertTrue(rs.get(1).met());
        assertTrue(rs.get(0).low() <= rs.get(0).mean() && rs.get(0).mean() <= rs.get(0).high());
        assertFalse(rs.get(2).met(), "a loyal congress does not vote 1 % for the leadership");
    }

    @Test
    void theOutcomeDoesNotDependOnTheNumberOfThreads(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SCENARIO);
        Files.writeString(dir.resolve("targets.yaml"), TARGETS);
        TargetFile.Contents contents = TargetFile.read(dir.resolve("targets.yaml"));
        Scenario s = new ScenarioLoader().load(contents.scenario());
        List<HistoryValidation.Result> one = HistoryValidation.run(s, contents.targets(), 4, 1);
        List<HistoryValidation.Result> two = HistoryValidation.run(s, contents.targets(), 4, 2);
        for (int i = 0; i < one.size(); i++) {
            assertEquals(List.of(box(one.get(i).values())), List.of(box(two.get(i).values())));
        }
        assertEquals(ValidationReport.csv(one), ValidationReport.csv(two));
    }

    private static Double[] box(double[] v) {
        return java.util.Arrays.stream(v).boxed().toArray(Double[]::new);
    }

    @Test
    void replicationSeedsAreDistinctAndStable() {
        assertEquals(HistoryValidation.seed(1, 0), HistoryValidation.seed(1, 0));
        assertNotEquals(HistoryValidation.seed(1, 0), HistoryValidation.seed(1, 1));
        assertNotEquals(HistoryValidation.seed(1, 0), HistoryValidation.seed(2, 0));
        assertTrue(HistoryValidation.seed(-7, 3) >= 0);
    }

    @Test
    void aMeasureSumsOverItsRangeAndDivides() {
        Measure sum = new Measure("expelled", null, null, Measure.Kind.SUM, Month.of(1921, 1), Month.of(1921, 3),
                "members", Month.of(1921, 1));
        RunTables tables = new RunTables();
        assertTrue(Double.isNaN(sum.of(tables)), "no run, no value");
        Target t = new Target("t", "w", "s", 10, sum, 0.1, false);
        assertTrue(t.met(10.9) && !t.met(11.1) && !t.met(Double.NaN));
        Target a = new Target("a", "w", "s", 0.5, sum, 0.05, true);
        assertTrue(a.met(0.54) && !a.met(0.56));
    }

    @Test
    void badTargetsNameFileLineAndKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, TARGETS.replace("column: members, at: 1922-12", "column: membres, at: 1922-12"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> TargetFile.read(file));
        assertTrue(e.getMessage().contains("t.yaml:7") && e.getMessage().contains("targets.members.measure.column")
                && e.getMessage().contains("'membres' is not a monthly.csv column"), e.getMessage());
        Files.writeString(file, TARGETS.replace("    tolerance: 0.5\n", ""));
        assertThrows(ScenarioException.class, () -> TargetFile.read(file), "a target needs a tolerance");
    }

    @Test
    void theHistoricalTargetsAreReadAndNoneIsAlsoAnInput() throws IOException {
        TargetFile.Contents contents = TargetFile.read(Path.of("..", "scenarios", "targets", "historical.yaml"));
        assertTrue(contents.targets().size() >= 20);
        Scenario s = new ScenarioLoader().load(contents.scenario());
        List<String> inputSources = ScenarioSources.of(s).stream()
                .filter(v -> v.citation() != null && v.citation().source() != null
                        && ScenarioSources.isFigure(v.value()))
                .map(v -> v.citation().source() + "=" + new java.math.BigDecimal(v.value().toString())
                        .stripTrailingZeros().toPlainString())
                .toList();
        for (Target t : contents.targets()) {
            String same = t.source() + "=" + new java.math.BigDecimal(t.document()).stripTrailingZeros()
                    .toPlainString();
            assertFalse(inputSources.contains(same), t.id() + " is also set as an input");
        }
    }
}
