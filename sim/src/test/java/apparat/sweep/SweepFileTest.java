package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.BadRequestException;
import apparat.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep file is read into a checked definition; each mistake is one message with file, line and key. */
class SweepFileTest {

    private static String problem(Path dir, String sweep) throws Exception {
        RuntimeException e = assertThrows(RuntimeException.class, () -> SweepPlan.of(SweepTest.definition(dir,
                sweep)));
        assertTrue(e instanceof ScenarioException || e instanceof BadRequestException, e.toString());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsDesignFactorsAndOutcomes(@TempDir Path dir) throws Exception {
        SweepDefinition d = SweepTest.definition(dir, """
                scenario: small.yaml
                seed: 5
                replications: 3
                run: {until: 1922-01, scale: 80}
                design: lhs
                samples: 10
                vary:
                  appointment.acceptance: {range: [0.2, 0.8]}
                  secretariat.assignmentsPerYear: {range: [10, 1000], log: true}
                  secretariat.selection: [loyalty, chance]
                  run.scale: [50, 100]
                outcomes:
                  peak: {column: expelled, max: [1921-01, 1921-12]}
                """);
        assertEquals(Design.LHS, d.design());
        assertEquals(List.of("appointment.acceptance", "secretariat.assignmentsPerYear", "secretariat.selection",
                "run.scale"), d.keys());
        assertEquals(3, d.replications());
        assertEquals(80.0, d.scale());
        SweepPlan plan = SweepPlan.of(d);
        assertEquals(30, plan.runs());
        assertEquals(5, plan.seed());
        assertEquals("1922-01", plan.base().end().toString());
        SweepPlan.Run run = plan.run(7);
        assertEquals(2, run.point());
        assertEquals(1, run.replication());
        double scale = plan.scenario(run).scale();
        assertTrue(scale == 50 || scale == 100, "run.scale is varied: " + scale);
    }

    @Test
    void theSweepAsWrittenReadsBackToTheSamePlan(@TempDir Path dir) throws Exception {
        SweepDefinition d = SweepTest.definition(dir, """
                scenario: small.yaml
                design: sobol
                samples: 8
                sensitivity: true
                vary:
                  appointment.acceptance: {range: [0.2, 0.8]}
                  secretariat.poolSize: {range: [2, 50], log: true}
                  opinion.factionBan: [true, false]
                outcomes:
                  m: {column: members, at: 1922-01, per: {column: members, at: 1921-01}}
                  v: {congress: c, column: leadership_vote_share, what: "Leadership's share of the vote"}
                  s: {column: expelled, sum: [1921-01, 1921-12], plus: resigned}
                """).with(2, 77L, null, null);
        SweepPlan plan = SweepPlan.of(d);
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, SweepWriter.yaml(d, plan.seed(), "small.yaml"));
        SweepPlan back = SweepPlan.of(SweepFile.read(again));
        assertEquals(plan.runs(), back.runs());
        for (int i = 0; i < plan.runs(); i++) {
            assertEquals(plan.run(i), back.run(i), "run " + i);
        }
        assertEquals(d.outcomes().stream().map(Outcome::measure).toList(),
                back.definition().outcomes().stream().map(Outcome::measure).toList());
        assertEquals(List.of("", "Leadership's share of the vote", ""),
                back.definition().outcomes().stream().map(Outcome::what).toList(),
                "the words kept, apart from the measure");
    }

    @Test
    void mistakesNameFileLineAndKey(@TempDir Path dir) throws Exception {
        String head = "scenario: small.yaml\n";
        assertEquals(dir.resolve("sweep.yaml") + ":2: replicatons: unknown key (did you mean 'replications'?); "
                + "a sweep file has name, description, scenario, seed, replications, run, design, samples, "
                + "sensitivity, trajectories, levels, candidates, vary, outcomes", problem(dir, head
                + "replicatons: 3\nvary: {x: [1]}\n"));
        String m = problem(dir, head + "vary:\n  appointment.acceptance: [0.3, 0.5, 0.3]\n");
        assertTrue(m.matches(".*sweep.yaml:3: vary.appointment.acceptance: the value 0.3 is given twice.*"), m);
        m = problem(dir, head + "vary:\n  appointment.acceptence: [0.3]\n");
        assertTrue(m.contains(":3: vary.appointment.acceptence: unknown parameter (did you mean "
                + "'appointment.acceptance'?)"), m);
        m = problem(dir, head + "vary:\n  appointment.acceptance: [0.3, 1.5]\n");
        assertTrue(m.contains(":3: vary.appointment.acceptance: 1.5 is above the maximum 1"), m);
        m = problem(dir, head + "vary:\n  appointment.acceptance: {range: [0.1, 0.9]}\n");
        assertTrue(m.contains(":3: vary.appointment.acceptance.levels: missing; a grid design takes"), m);
        m = problem(dir, head + "design: lhs\nsamples: 4\nvary:\n  appointment.acceptance: {range: [0, 0.9], "
                + "log: true}\n");
        assertTrue(m.contains(":5: vary.appointment.acceptance.log: a logarithmic range needs LOW above 0"), m);
        m = problem(dir, head + "design: lhs\nvary:\n  appointment.acceptance: [0.1]\n");
        assertTrue(m.contains(":1: samples: missing; a lhs design needs the number of points"), m);
        m = problem(dir, head + "vary:\n  secretariat.selection: {range: [1, 2], levels: 2}\n");
        assertTrue(m.contains(":3: vary.secretariat.selection: a choice parameter takes a list of values"), m);
        m = problem(dir, head + "vary:\n  appointment.acceptance: [0.3]\noutcomes:\n  x: {column: membres, at: "
                + "1921-05}\n");
        assertTrue(m.contains(":5: outcomes.x.column: 'membres' is not a monthly.csv column"), m);
        m = problem(dir, head + "vary:\n  appointment.acceptance: [0.3]\noutcomes:\n  x:\n    column: members\n"
                + "    at: 1930-01\n");
        assertTrue(m.contains(":5: outcomes.x: 1930-01 is outside the runs (1921-01 to 1922-06)"), m);
        m = problem(dir, head + "sensitivity: true\nvary:\n  appointment.acceptance: [0.3]\n");
        assertTrue(m.contains(":2: sensitivity: Sobol' indices need design: sobol"), m);
        m = problem(dir, head + "replications: 0\nvary:\n  appointment.acceptance: [0.3]\n");
        assertTrue(m.contains(":2: replications: 0 is outside 1 to 10000"), m);
        m = problem(dir, "vary:\n  appointment.acceptance: [0.3]\n");
        assertTrue(m.contains(":1: scenario: missing"), m);
        m = problem(dir, "name: x\nscenario: nowhere.yaml\nvary:\n  appointment.acceptance: [0.3]\n");
        assertTrue(m.contains("sweep.yaml:2: scenario: ") && m.contains("nowhere.yaml: no such file"), m);
        StringBuilder huge = new StringBuilder(head + "vary:\n");
        for (String key : new String[] {"appointment.acceptance", "members.workerShare", "members.peasantShare"}) {
            huge.append("  ").append(key).append(": {range: [0, 1], levels: 10000}\n");
        }
        m = problem(dir, huge.toString());
        assertTrue(m.contains(":2: vary: the sweep would make"), m);
    }

    @Test
    void aMorrisDesignReadsItsTrajectoriesLevelsAndCandidatesAndWritesThemBack(@TempDir Path dir)
            throws Exception {
        SweepDefinition d = SweepTest.definition(dir, """
                scenario: small.yaml
                design: morris
                trajectories: 5
                candidates: 20
                vary:
                  appointment.acceptance: {range: [0.2, 0.8]}
                  secretariat.poolSize: {range: [2, 50], log: true}
                  opinion.factionBan: [true, false]
                outcomes:
                  m: {column: members, at: 1922-01}
                """);
        assertEquals(Design.MORRIS, d.design());
        assertEquals(5, d.samples());
        assertEquals(4, d.levels(), "SALib's default of four levels");
        assertEquals(20, d.candidates());
        SweepPlan plan = SweepPlan.of(d);
        assertEquals(5 * (3 + 1), plan.runs(), "r (k + 1) points, one replication");
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, SweepWriter.yaml(d, plan.seed(), "small.yaml"));
        SweepPlan back = SweepPlan.of(SweepFile.read(again));
        for (int i = 0; i < plan.runs(); i++) {
            assertEquals(plan.run(i), back.run(i), "run " + i);
        }
    }

    @Test
    void morrisMistakesNameFileLineAndKey(@TempDir Path dir) throws Exception {
        String head = "scenario: small.yaml\n";
        String vary = "vary:\n  appointment.acceptance: {range: [0.1, 0.9]}\noutcomes:\n  m: {column: members, "
                + "at: 1922-01}\n";
        String m = problem(dir, head + "design: morris\n" + vary);
        assertTrue(m.contains("sweep.yaml:1: trajectories: missing; a morris design needs the number of "
                + "trajectories"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 10\nlevels: 5\n" + vary);
        assertTrue(m.contains("sweep.yaml:4: levels: 5 is odd;"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 1\n" + vary);
        assertTrue(m.contains("sweep.yaml:3: trajectories: 1 is outside 2 to"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 10\ncandidates: 10\n" + vary);
        assertTrue(m.contains("sweep.yaml:4: candidates: 10 is not more than the 10 trajectories"), m);
        m = problem(dir, head + "design: morris\nsamples: 10\n" + vary);
        assertTrue(m.contains("sweep.yaml:3: samples: a morris design takes trajectories, not samples"), m);
        m = problem(dir, head + "design: lhs\nsamples: 10\ntrajectories: 4\n" + vary);
        assertTrue(m.contains("sweep.yaml:4: trajectories: trajectories is for design: morris"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 4\nsensitivity: true\n" + vary);
        assertTrue(m.contains("sweep.yaml:4: sensitivity: Sobol' indices need design: sobol"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 4\nvary:\n  appointment.acceptance: {range: "
                + "[0.1, 0.9], levels: 4}\noutcomes:\n  m: {column: members, at: 1922-01}\n");
        assertTrue(m.contains("sweep.yaml:5: vary.appointment.acceptance.levels: levels is for grid designs; a "
                + "morris design takes one levels: for all parameters"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 4\nvary:\n  secretariat.poolSize: {range: [2, 4]}\n"
                + "outcomes:\n  m: {column: members, at: 1922-01}\n");
        assertTrue(m.contains("sweep.yaml:5: vary.secretariat.poolSize.range: only 3 whole numbers for the morris "
                + "design's 4 levels"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 4\nlevels: 20\nvary:\n  secretariat.poolSize: "
                + "{range: [2, 100], log: true}\noutcomes:\n  m: {column: members, at: 1922-01}\n");
        assertTrue(m.contains("sweep.yaml:6: vary.secretariat.poolSize.range: levels 1 and 2 of 20 both round to 2;"),
                m);
        m = problem(dir, head + "design: morris\ntrajectories: 4\nvary:\n  appointment.acceptance: [0.1, 0.2, "
                + "0.3, 0.4, 0.5]\n");
        assertTrue(m.contains("sweep.yaml:5: vary.appointment.acceptance: 5 values but the morris design has 4 "
                + "levels"), m);
        m = problem(dir, head + "design: morris\ntrajectories: 4\nvary:\n  appointment.acceptance: [0.1, 0.2]\n");
        assertTrue(m.contains("sweep.yaml:1: outcomes: Morris' elementary effects are computed for outcomes"), m);
    }
}
