package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same history; another seed, another; and the scale changes resolution, not the story. */
class DeterminismAndScaleTest {

    @Test
    void theSameSeedGivesTheSameRecords() {
        List<MonthlyRecord> a = TestParty.of(InvariantsTest.BUSY).run().records;
        List<MonthlyRecord> b = TestParty.of(InvariantsTest.BUSY).run().records;
        assertEquals(a, b);
    }

    @Test
    void theNumberOfThreadsDoesNotChangeTheRecords() {
        TestParty one = TestParty.of(InvariantsTest.BUSY, null, new Workers(1)).run();
        // every pass split, even the smallest, into three ranges on three threads
        TestParty three = TestParty.of(InvariantsTest.BUSY, null, new Workers(3, 1)).run();
        assertEquals(one.records, three.records);
        assertEquals(one.congresses, three.congresses);
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        List<MonthlyRecord> a = TestParty.of(InvariantsTest.BUSY, 1L).run().records;
        List<MonthlyRecord> b = TestParty.of(InvariantsTest.BUSY, 2L).run().records;
        assertNotEquals(a, b);
    }

    @Test
    void membershipInRealMembersDoesNotDependOnScale() {
        String scenario = """
                run: {start: 1920-01, end: 1922-12, seed: 4, scale: %s}
                members: {initial: 200000}
                recruitment: {ratePerYear: 0.4}
                attrition: {resignationPerYear: 0.08}
                timeline:
                  purge: {date: 1921-08, type: purge, quota: 0.2, weights: {passivity: 1}}
                """;
        MonthlyRecord fine = TestParty.of(scenario.formatted("1")).run().last();
        MonthlyRecord coarse = TestParty.of(scenario.formatted("20")).run().last();
        assertEquals(fine.members(), coarse.members(), 0.02 * fine.members());
        // each district keeps one part-filled cell, so a coarse run has relatively more of them: at most one
        // simulated cell per district of slack (640 districts × scale 20 here), which is what this allows
        long slack = 640L * 20;
        long fineCells = fine.levels().get(Level.CELL.ordinal()).posts();
        long coarseCells = coarse.levels().get(Level.CELL.ordinal()).posts();
        assertEquals(fineCells, coarseCells, slack, "cells at 1:1 and 1:20");
    }
}
