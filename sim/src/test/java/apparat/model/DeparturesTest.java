package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Resignations and deaths month by month: how many leave follows the yearly rates, and who resigns follows the
 * weights (workers and peasants against employees, secretaries against others) while who dies does not. Each
 * member active at the end of a month is classed by the kind they were then, which is what they are when the
 * next month's departures are drawn (nothing in between changes posts here), and followed into that month.
 */
class DeparturesTest {

    private static final String PARTY = """
            run: {start: 1933-01, end: 1934-12, seed: 17, scale: 1}
            members: {initial: 100000, workerShare: 0.4, peasantShare: 0.2}
            structure: {provinces: 10, districtsPerProvince: 4, cellSize: 20}
            recruitment: {open: false}
            attrition: {resignationPerYear: %s, deathPerYear: %s, workerPeasantFactor: 3, officialFactor: 0.25}
            opinion: {noise: 0, peerInfluence: 0, careeristConformity: 0}
            """;

    /** Bit 0: a worker or peasant; bit 1: holds a post or sat at a congress. */
    private static int kind(MemberRoll roll, int m) {
        int kind = roll.origin(m) == MemberCodes.EMPLOYEE ? 0 : 1;
        return kind | (roll.post(m) != MemberCodes.NONE || roll.has(m, MemberCodes.DELEGATE) ? 2 : 0);
    }

    /** Members exposed by kind, those of them who resigned and who died, and the counts the rates expect. */
    private static final class Tally {
        final long[] exposed = new long[4];
        final long[] resigned = new long[4];
        final long[] died = new long[4];
        double expectedResigned;
        double expectedDied;
        long resignedTotal;
        long diedTotal;
    }

    private static Tally follow(double resignPerYear, double diePerYear) {
        Tally t = new Tally();
        int[][] before = {null};
        TestParty run = TestParty.of(PARTY.formatted(resignPerYear, diePerYear));
        run.run(party -> {
            MemberRoll roll = party.roll();
            int[] was = before[0];
            if (was != null) {
                long living = 0;
                long resignedNow = 0;
                for (int m = 0; m < was.length; m++) {
                    if (was[m] < 0) {
                        continue;
                    }
                    living++;
                    t.exposed[was[m]]++;
                    if (roll.status(m) == MemberCodes.RESIGNED) {
                        t.resigned[was[m]]++;
                        resignedNow++;
                    } else if (roll.status(m) == MemberCodes.DIED) {
                        t.died[was[m]]++;
                    }
                }
                // resignations are drawn first, deaths among those still living
                t.expectedResigned += living * resignPerYear / 12;
                t.expectedDied += (living - resignedNow) * diePerYear / 12;
                MonthlyRecord record = run.last();
                t.resignedTotal += record.resigned();
                t.diedTotal += record.died();
            }
            int[] now = new int[roll.size()];
            for (int m = 0; m < now.length; m++) {
                now[m] = roll.isActive(m) ? kind(roll, m) : -1;
            }
            before[0] = now;
        });
        return t;
    }

    /** Asserts that a ratio of two rates is near {@code expected}, within four standard errors of its logarithm. */
    private static void assertRatio(double expected, long[] left, long[] exposed, int a, int b, String what) {
        double ratio = ((double) left[a] / exposed[a]) / ((double) left[b] / exposed[b]);
        double error = Math.sqrt(1.0 / left[a] + 1.0 / left[b]);
        assertEquals(Math.log(expected), Math.log(ratio), 4 * error, what + ": " + ratio);
    }

    @Test
    void resignationsFollowTheAverageRateAndTheWeightsDecideWho() {
        Tally t = follow(0.24, 0);
        long resigned = t.resigned[0] + t.resigned[1] + t.resigned[2] + t.resigned[3];
        assertEquals(t.resignedTotal, resigned, "the records count the members who resigned");
        // a sum of independent chances: its variance is below its mean
        assertEquals(t.expectedResigned, resigned, 4 * Math.sqrt(t.expectedResigned),
                "resignations follow the party's average rate");
        assertTrue(t.exposed[3] > 20 * 3000, "enough secretaries to compare: " + t.exposed[3]);
        assertRatio(3, t.resigned, t.exposed, 1, 0, "workers and peasants against employees, without posts");
        assertRatio(3, t.resigned, t.exposed, 3, 2, "workers and peasants against employees, secretaries");
        assertRatio(0.25, t.resigned, t.exposed, 3, 1, "secretaries against others, workers and peasants");
        assertRatio(0.25, t.resigned, t.exposed, 2, 0, "secretaries against others, employees");
        assertEquals(0, t.diedTotal);
    }

    @Test
    void deathsFollowTheirRateAndNotTheWeights() {
        Tally t = follow(0.12, 0.12);
        long died = t.died[0] + t.died[1] + t.died[2] + t.died[3];
        assertEquals(t.diedTotal, died, "the records count the members who died");
        assertEquals(t.expectedDied, died, 4 * Math.sqrt(t.expectedDied), "deaths follow their rate");
        assertRatio(1, t.died, t.exposed, 1, 0, "workers and peasants die as often as employees");
        assertRatio(1, t.died, t.exposed, 3, 1, "secretaries die as often as others");
        assertRatio(3, t.resigned, t.exposed, 1, 0, "resignations keep their weights alongside deaths");
    }

    @Test
    void aRateOfZeroTakesNobody() {
        Tally t = follow(0, 0);
        assertEquals(0, t.resignedTotal + t.diedTotal);
    }
}
