package apparat.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.model.ModelSetup;
import apparat.model.Rules;
import apparat.model.TimelineEvent;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import apparat.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The scenario library: every file loads, every value is cited, every cited line holds its figure, and each
 * counterfactual changes what its description says it changes.
 */
class ScenarioLibraryTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Scenario load(String name) {
        return new ScenarioLoader().load(SCENARIOS.resolve(name));
    }

    @Test
    void theLibraryHoldsTheBaselineAQuickstartAndAtLeastFiveCounterfactuals() throws IOException {
        List<String> names = files().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.contains("historical.yaml") && names.contains("quickstart.yaml"), names.toString());
        long counterfactuals = files().stream().filter(p -> {
            try {
                return Files.readString(p).contains("extends: historical.yaml");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        assertTrue(counterfactuals >= 6, "counterfactuals: " + counterfactuals);
    }

    @Test
    void everyScenarioLoadsAndCitesEveryValue() throws IOException {
        for (Path file : files()) {
            Scenario s = new ScenarioLoader().load(file);
            assertFalse(s.description().isBlank(), file + " has no description");
            List<String> uncited = ScenarioSources.of(s).stream().filter(v -> !v.isCited()).map(CitedValue::key)
                    .toList();
            assertEquals(List.of(), uncited, file + ": values without source or assumption");
        }
    }

    @Test
    void everyCitedLineHoldsItsFigure() throws IOException {
        Optional<SourceDocuments> docs = SourceDocuments.find(Path.of(""));
        if (docs.isEmpty()) {
            // CI always has shared/ beside the checkout; a bare checkout may not
            assertTrue(System.getenv("CI") == null, "CI must have shared/seeds beside the checkout");
            Assumptions.abort("shared/seeds not found beside the checkout");
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files()) {
            problems.addAll(CitationCheck.check(ScenarioSources.of(new ScenarioLoader().load(file)), docs.get()));
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    private static boolean always(Scenario s, Predicate<Rules> p) {
        ModelSetup setup = ScenarioCompiler.compile(s);
        if (!p.test(setup.rules())) {
            return false;
        }
        for (TimelineEvent e : setup.timeline()) {
            if (e instanceof TimelineEvent.RuleChange r && !p.test(r.rules())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void eachCounterfactualChangesWhatItClaims() {
        Predicate<Rules> confirms = r -> r.appointment().confirmProvince() || r.appointment().confirmDistrict();
        assertFalse(always(load("historical.yaml"), confirms.negate()), "the baseline has the confirmation rule");
        assertTrue(always(load("no-confirmation.yaml"), confirms.negate()));
        assertTrue(always(load("no-faction-ban.yaml"), r -> !r.opinion().factionBan()));
        assertTrue(always(load("party-maximum.yaml"), r -> r.privileges().payCapRatio() == 1.0));
        assertTrue(ScenarioCompiler.compile(load("reform-1937.yaml")).timeline().stream()
                .noneMatch(e -> e instanceof TimelineEvent.Repression), "no terror in the reform reading");
        Rules lastOfNewCourse = lastRules(load("elected-secretaries-1923.yaml"));
        assertEquals(Rules.Mode.NONE, lastOfNewCourse.appointment().provinceMode());
        assertEquals(Rules.Selection.COMPETENCE, lastRules(load("lenin-testament.yaml")).secretariat().selection());
    }

    @Test
    void thePurgeReadingsWeighDifferentCriteria() {
        for (TimelineEvent e : ScenarioCompiler.compile(load("purges-target-careerists.yaml")).timeline()) {
            if (e instanceof TimelineEvent.Purge p) {
                assertEquals(0, p.weights().opposition() + p.weights().voicedOpposition()
                        + p.weights().formerOtherParty(), 1e-12, p.id());
                assertTrue(p.weights().careerism() > 0, p.id());
            }
        }
        for (TimelineEvent e : ScenarioCompiler.compile(load("purges-target-dissenters.yaml")).timeline()) {
            if (e instanceof TimelineEvent.Purge p) {
                assertEquals(0, p.weights().careerism(), 1e-12, p.id());
                assertTrue(p.weights().opposition() + p.weights().formerOtherParty() > 0, p.id());
            }
        }
    }

    private static Rules lastRules(Scenario s) {
        ModelSetup setup = ScenarioCompiler.compile(s);
        Rules last = setup.rules();
        for (TimelineEvent e : setup.timeline()) {
            if (e instanceof TimelineEvent.RuleChange r) {
                last = r.rules();
            }
        }
        return last;
    }
}
