package apparat.scenario;

import static apparat.scenario.ScenarioFiles.RUN;
import static apparat.scenario.ScenarioFiles.load;
import static apparat.scenario.ScenarioFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolved YAML of a scenario loads again to the same values, citations and timeline. */
class ScenarioRoundTripTest {

    @TempDir
    Path dir;

    private static Path quickstart() {
        Path here = Path.of("").toAbsolutePath();
        Path file = here.resolve("scenarios/quickstart.yaml");
        return Files.exists(file) ? file : here.getParent().resolve("scenarios/quickstart.yaml");
    }

    private Scenario roundTrip(Scenario original) throws Exception {
        return load(write(dir, "resolved.yaml", ScenarioWriter.resolvedYaml(original)));
    }

    private static void assertSameScenario(Scenario expected, Scenario actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.description(), actual.description());
        assertEquals(expected.start(), actual.start());
        assertEquals(expected.end(), actual.end());
        assertEquals(expected.seed(), actual.seed());
        assertEquals(expected.scale(), actual.scale());
        assertEquals(expected.parameters().asMap(), actual.parameters().asMap());
        for (String key : expected.parameters().asMap().keySet()) {
            Citation e = expected.parameters().citation(key);
            Citation a = actual.parameters().citation(key);
            assertEquals(e.source(), a.source(), key);
            assertEquals(e.assumption(), a.assumption(), key);
        }
        assertEquals(expected.timeline().size(), actual.timeline().size());
        for (int i = 0; i < expected.timeline().size(); i++) {
            TimelineEntry e = expected.timeline().get(i);
            TimelineEntry a = actual.timeline().get(i);
            assertEquals(e.id(), a.id());
            assertEquals(e.month(), a.month(), e.id());
            assertEquals(e.type(), a.type(), e.id());
            assertEquals(e.label(), a.label(), e.id());
            assertEquals(e.citation().source(), a.citation().source(), e.id());
            assertEquals(e.citation().assumption(), a.citation().assumption(), e.id());
            assertEquals(e.fields(), a.fields(), e.id());
            assertEquals(e.set(), a.set(), e.id());
        }
        assertEquals(ScenarioCompiler.compile(expected), ScenarioCompiler.compile(actual));
    }

    @Test
    void quickstartLoadsAgainFromItsResolvedYaml() throws Exception {
        Scenario original = load(quickstart());
        assertFalse(original.timeline().isEmpty());
        assertSameScenario(original, roundTrip(original));
    }

    @Test
    void resolvedYamlIsStableWhenWrittenTwice() throws Exception {
        Scenario original = load(quickstart());
        String first = ScenarioWriter.resolvedYaml(original);
        String second = ScenarioWriter.resolvedYaml(roundTrip(original));
        assertEquals(first, second);
    }

    @Test
    void scenarioUsingExtendsLoadsAgainWithoutIt() throws Exception {
        write(dir, "base.yaml", "description: \"A base: with a colon, # and a hash\"\n" + RUN
                + "members:\n  initial: {value: 1000, source: 000_abc.txt:12}\n"
                + "eligibility:\n  provinceJoinedBefore: 1917-11\n"
                + "timeline:\n"
                + "  purge:\n    date: 1921-08\n    type: purge\n    quota: 0.2\n"
                + "    weights: {passivity: 1, formerOtherParty: 2}\n"
                + "    assumption: \"yes\"\n"
                + "  stricter:\n    date: 1921-01\n    type: rule\n    label: \"true\"\n"
                + "    set:\n      appointment.acceptance: {value: 0.5, assumption: \"no\"}\n"
                + "      eligibility.provinceJoinedBefore: none\n");
        Scenario child = load(write(dir, "child.yaml", "extends: base.yaml\nname: child-1\n"
                + "run:\n  seed: 7\n  scale: 12.5\n"
                + "appointment:\n  confirmProvince: {value: true, assumption: \"null\"}\n"
                + "timeline:\n  repression:\n    date: 1921-10\n    type: repression\n    arrests: 0.1\n"));
        Scenario again = roundTrip(child);
        assertSameScenario(child, again);
    }

    @Test
    void labelsAndTextsThatLookLikeOtherTypesSurviveTheRoundTrip() throws Exception {
        Scenario original = load(write(dir, "odd.yaml", "description: \"1922\"\n" + RUN
                + "timeline:\n  c:\n    date: 1921-03\n    type: congress\n    label: \"10\"\n"
                + "    source: 000_abc.txt:3-5\n"));
        assertSameScenario(original, roundTrip(original));
    }
}
