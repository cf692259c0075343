package apparat.scenario;

import static apparat.scenario.ScenarioFiles.RUN;
import static apparat.scenario.ScenarioFiles.assertMentions;
import static apparat.scenario.ScenarioFiles.load;
import static apparat.scenario.ScenarioFiles.problem;
import static apparat.scenario.ScenarioFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends:} inherits, overrides key by key, deletes with null, and refuses missing files and cycles. */
class ScenarioExtendsTest {

    @TempDir
    Path dir;

    private static final String BASE = RUN                                  // lines 1-3
            + "members:\n"                                                  // 4
            + "  initial: 1000\n"                                           // 5
            + "  peasantShare: 0.3\n"                                       // 6
            + "appointment:\n"                                              // 7
            + "  acceptance: {value: 0.7, assumption: most accept}\n"       // 8
            + "timeline:\n"                                                 // 9
            + "  purge-1921:\n"                                             // 10
            + "    date: 1921-08\n"                                         // 11
            + "    type: purge\n"                                           // 12
            + "    quota: 0.2\n"                                            // 13
            + "  congress-10:\n"                                            // 14
            + "    date: 1921-03\n"                                         // 15
            + "    type: congress\n"                                        // 16
            + "    number: 10\n";                                           // 17

    @Test
    void childOverridesOneKeyAndInheritsTheRest() {
        write(dir, "base.yaml", BASE);
        Scenario s = load(write(dir, "child.yaml", "extends: base.yaml\nmembers:\n  initial: 2000\n"));
        assertEquals(2000L, s.parameters().get("members.initial"));
        assertEquals(0.3, s.parameters().decimal("members.peasantShare"));
        assertEquals(0.7, s.parameters().decimal("appointment.acceptance"));
        assertEquals("most accept", s.parameters().citation("appointment.acceptance").assumption());
        assertEquals(1000L, s.base().get("members.initial"));
        assertEquals("base.yaml", s.parentFile());
        assertEquals("child", s.name());
        assertEquals(List.of("congress-10", "purge-1921"), s.timeline().stream().map(TimelineEntry::id).toList());
    }

    @Test
    void inheritedValueIsAttributedToTheFileItCameFrom() {
        write(dir, "base.yaml", BASE);
        Scenario s = load(write(dir, "child.yaml", "extends: base.yaml\nmembers:\n  initial: 2000\n"));
        String inherited = s.parameters().citation("members.peasantShare").where();
        assertTrue(inherited.endsWith("base.yaml:6"), inherited);
        String own = s.parameters().citation("members.initial").where();
        assertTrue(own.endsWith("child.yaml:3"), own);
    }

    @Test
    void nullInTheChildDeletesAnInheritedEvent() {
        write(dir, "base.yaml", BASE);
        Scenario s = load(write(dir, "child.yaml", "extends: base.yaml\ntimeline:\n  purge-1921: null\n"));
        assertEquals(List.of("congress-10"), s.timeline().stream().map(TimelineEntry::id).toList());
    }

    @Test
    void childCanChangeOneFieldOfAnInheritedEvent() {
        write(dir, "base.yaml", BASE);
        Scenario s = load(write(dir, "child.yaml", "extends: base.yaml\ntimeline:\n  purge-1921:\n"
                + "    quota: 0.4\n"));
        TimelineEntry purge = s.timeline().stream().filter(e -> e.id().equals("purge-1921")).findFirst()
                .orElseThrow();
        assertEquals(0.4, purge.fields().get("quota"));
        assertEquals("1921-08", purge.month().toString());
    }

    @Test
    void sharesOverOneAcrossTwoFilesPointAtTheChild() {
        write(dir, "base.yaml", BASE);
        String message = problem(write(dir, "child.yaml", "extends: base.yaml\nmembers:\n  workerShare: 0.8\n"));
        assertMentions(message, "child.yaml:3: members.workerShare: workers and peasants add up to 1.1");
    }

    @Test
    void inheritedEventOutsideAShorterRunIsLeftOutButTheChildsOwnIsAnError() {
        write(dir, "base.yaml", BASE);
        Scenario shorter = new ScenarioLoader().load(write(dir, "child.yaml",
                "extends: base.yaml\nrun:\n  end: 1921-05\n"));
        assertTrue(shorter.timeline().stream().noneMatch(e -> e.id().equals("purge-1921")),
                "an inherited event after the end does not happen in the shorter run");
        String message = problem(write(dir, "child2.yaml", "extends: base.yaml\nrun:\n  end: 1921-05\n"
                + "timeline:\n  late:\n    date: 1922-01\n    type: rule\n    set: {recruitment.open: false}\n"));
        assertMentions(message, "child2.yaml:6: timeline.late.date: 1922-01 is outside the run");
    }

    @Test
    void extendsToAMissingFileIsRefused() {
        String message = problem(write(dir, "child.yaml", "name: c\nextends: nowhere.yaml\n"));
        assertMentions(message, "child.yaml:2: extends: no such file 'nowhere.yaml'");
    }

    @Test
    void extendsCycleOfTwoFilesNamesBoth() {
        write(dir, "a.yaml", "extends: b.yaml\n" + RUN);
        write(dir, "b.yaml", "extends: a.yaml\n" + RUN);
        String message = problem(dir.resolve("a.yaml"));
        assertMentions(message, "'extends:' goes round in a circle", "a.yaml → b.yaml → a.yaml");
    }

    @Test
    void fileExtendingItselfIsRefused() {
        String message = problem(write(dir, "a.yaml", "extends: a.yaml\n" + RUN));
        assertMentions(message, "'extends:' goes round in a circle", "a.yaml → a.yaml");
    }

    @Test
    void problemInTheParentNamesTheParent() {
        write(dir, "base.yaml", RUN + "appointment:\n  acceptance: 3\n");
        String message = problem(write(dir, "child.yaml", "extends: base.yaml\n"));
        assertMentions(message, "base.yaml:5: appointment.acceptance: 3 is above the maximum 1");
    }
}
