package apparat.scenario;

import static apparat.scenario.ScenarioFiles.RUN;
import static apparat.scenario.ScenarioFiles.load;
import static apparat.scenario.ScenarioFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.model.ModelSetup;
import apparat.model.Month;
import apparat.model.TimelineEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a valid scenario loads to: values with citations, defaults, a sorted timeline, compiled rules. */
class ScenarioContentTest {

    @TempDir
    Path dir;

    @Test
    void valueWithASourceKeepsItsCitation() {
        Scenario s = load(write(dir, "x.yaml", RUN + "appointment:\n"
                + "  acceptance: {value: 0.8, source: 000_c7c80c2cc1f1b975.txt:31}\n"));
        Citation c = s.parameters().citation("appointment.acceptance");
        assertEquals(0.8, s.parameters().decimal("appointment.acceptance"));
        assertEquals("000_c7c80c2cc1f1b975.txt:31", c.source());
        assertNull(c.assumption());
        assertTrue(c.where().endsWith("x.yaml:5"), c.where());
    }

    @Test
    void valueWithAnAssumptionKeepsIt() {
        Scenario s = load(write(dir, "x.yaml", RUN + "members:\n  initial:\n    value: 5000\n"
                + "    assumption: a round guess\n"));
        assertEquals(5000L, s.parameters().get("members.initial"));
        assertEquals("assumption: a round guess", s.parameters().citation("members.initial").describe());
    }

    @Test
    void parametersNotSetKeepTheirDefaults() {
        Scenario s = load(write(dir, "x.yaml", RUN + "members:\n  initial: 5000\n"));
        for (ParameterSpec spec : ParameterCatalog.all()) {
            if (!spec.key().equals("members.initial")) {
                assertEquals(spec.defaultValue(), s.parameters().get(spec.key()), spec.key());
                assertFalse(s.parameters().citation(spec.key()).isCited(), spec.key());
            }
        }
        assertEquals("x", s.name());
        assertEquals(Month.of(1920, 1), s.start());
        assertEquals(Month.of(1921, 12), s.end());
    }

    @Test
    void dottedTopLevelKeysAreParameters() {
        Scenario s = load(write(dir, "x.yaml", RUN + "appointment.acceptance: 0.6\n"));
        assertEquals(0.6, s.parameters().decimal("appointment.acceptance"));
    }

    @Test
    void eventsAreSortedByDateWithTiesInFileOrder() {
        Scenario s = load(write(dir, "x.yaml", RUN + "timeline:\n"
                + "  late:\n    date: 1921-06\n    type: congress\n"
                + "  tie-first:\n    date: 1920-06\n    type: congress\n"
                + "  early:\n    date: 1920-02\n    type: purge\n"
                + "  tie-second:\n    date: 1920-06\n    type: purge\n"));
        assertEquals(List.of("early", "tie-first", "tie-second", "late"),
                s.timeline().stream().map(TimelineEntry::id).toList());
    }

    @Test
    void eventFieldsNotGivenTakeTheirDefaults() {
        Scenario s = load(write(dir, "x.yaml", RUN + "timeline:\n  c:\n    date: 1921-03\n    type: congress\n"
                + "    number: 10\n"));
        TimelineEntry c = s.timeline().get(0);
        assertEquals(10L, c.fields().get("number"));
        assertEquals(EventCatalog.field("congress", "delegates").defaultValue(), c.fields().get("delegates"));
        assertEquals("c", c.label());
    }

    @Test
    void ruleEventChangesTheCompiledRulesFromItsMonthOn() {
        Scenario s = load(write(dir, "x.yaml", RUN + "appointment:\n  acceptance: 0.9\n"
                + "timeline:\n  stricter:\n    date: 1921-02\n    type: rule\n    set:\n"
                + "      appointment.acceptance: 0.4\n      eligibility:\n        districtMinStazhYears: 3\n"));
        ModelSetup setup = ScenarioCompiler.compile(s);
        assertEquals(0.9, setup.rules().appointment().acceptance());
        assertEquals(1, setup.timeline().size());
        TimelineEvent.RuleChange change = assertInstanceOf(TimelineEvent.RuleChange.class, setup.timeline().get(0));
        assertEquals(Month.of(1921, 2), change.month());
        assertEquals(0.4, change.rules().appointment().acceptance());
        assertEquals(3.0, change.rules().eligibility().districtMinStazhYears());
        assertEquals(setup.rules().structure(), change.rules().structure());
    }

    @Test
    void laterRuleEventBuildsOnTheEarlierOne() {
        Scenario s = load(write(dir, "x.yaml", RUN + "timeline:\n"
                + "  second:\n    date: 1921-06\n    type: rule\n    set: {appointment.confirmProvince: true}\n"
                + "  first:\n    date: 1921-01\n    type: rule\n    set: {appointment.acceptance: 0.5}\n"));
        List<TimelineEvent> events = ScenarioCompiler.compile(s).timeline();
        TimelineEvent.RuleChange later = assertInstanceOf(TimelineEvent.RuleChange.class, events.get(1));
        assertEquals("second", later.id());
        assertEquals(0.5, later.rules().appointment().acceptance());
        assertTrue(later.rules().appointment().confirmProvince());
    }

    @Test
    void monthParameterAcceptsNone() {
        Scenario s = load(write(dir, "x.yaml", RUN + "eligibility:\n  provinceJoinedBefore: none\n"));
        assertNull(s.parameters().month("eligibility.provinceJoinedBefore"));
    }

    @Test
    void theHistoricalScenarioHoldsThePostKirovRepressionAndTheTerrorAimedAtTheElite() {
        ModelSetup setup = apparat.scenario.ScenarioCompiler.compile(
                new ScenarioLoader().load(Path.of("..", "scenarios", "historical.yaml")));
        List<TimelineEvent.Repression> campaigns = setup.timeline().stream()
                .filter(e -> e instanceof TimelineEvent.Repression).map(e -> (TimelineEvent.Repression) e).toList();
        assertEquals(2, campaigns.size());
        assertEquals(Month.of(1934, 12), campaigns.get(0).month(), "after Kirov's murder (003:89)");
        TimelineEvent.Repression terror = campaigns.get(1);
        assertEquals(0.28, terror.executionShare(), 1e-12, "the quota rule's share shot (003:109)");
        assertTrue(terror.delegateWeight() > 0 && terror.centralCommitteeWeight() > 0
                && terror.provinceSecretaryWeight() > 0 && terror.districtSecretaryWeight() > 0);
    }
}
