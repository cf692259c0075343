package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A party large enough that the opinion noise spans several blocks of random streams and a month's cell
     * elections several blocks too, so that the blocks are taken by different threads in different orders.
     */
    @Test
    void blocksOfRandomStreamsGiveTheSameRecordsOnAnyNumberOfThreads() {
        String large = """
                run: {start: 1921-01, end: 1922-06, seed: 11, scale: 5}
                members: {initial: 250000}
                structure: {provinces: 8, districtsPerProvince: 5, cellSize: 12}
                recruitment: {ratePerYear: 0.2, candidateMonths: 6}
                terms: {cell: 6}
                appointment:
                  cell: {mode: recommend, rate: 0.1}
                timeline:
                  rules: {date: 1921-06, type: rule, set: {eligibility.cellMinStazhYears: 1,
                          appointment.confirmDistrict: true}}
                """;
        TestParty one = TestParty.of(large, null, new Workers(1)).run();
        Party party = one.party;
        assertTrue(party.roll().activeCount() > 2 * OpinionDynamics.NOISE_BLOCK, "noise blocks");
        assertTrue(party.posts(Level.CELL).size() / 6 > 2 * CellElections.BLOCK, "election blocks");
        TestParty three = TestParty.of(large, null, new Workers(3, 1)).run();
        TestParty two = TestParty.of(large, null, new Workers(2)).run();
        assertEquals(one.records, three.records);
        assertEquals(one.records, two.records);
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
