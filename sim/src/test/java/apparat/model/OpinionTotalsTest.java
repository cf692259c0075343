package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The month's sums over the living, taken on several threads, against a plain scan of the whole roll, every
 * month of a busy run whose every pass is split three ways.
 */
class OpinionTotalsTest {

    @Test
    void splitSumsEqualAPlainScanOfTheRollEveryMonth() {
        Workers workers = new Workers(3, 1);
        TestParty run = TestParty.of(InvariantsTest.BUSY, null, workers);
        int[] months = new int[1];
        long[] seen = new long[2];
        run.run(party -> {
            MemberRoll roll = party.roll();
            long active = 0;
            long opposed = 0;
            long voiced = 0;
            long fixed = 0;
            double sum = 0;
            for (int m = 0; m < roll.size(); m++) {
                if (!roll.isActive(m)) {
                    continue;
                }
                float a = roll.alignment(m);
                active++;
                fixed += OpinionTotals.fixed(a);
                sum += a;
                if (a < 0) {
                    opposed++;
                    if (roll.voice(m) >= Campaigns.SPEAKS) {
                        voiced++;
                    }
                }
            }
            String month = "month " + months[0];
            OpinionTotals totals = OpinionTotals.of(roll, workers);
            assertEquals(opposed, totals.opposed(), month);
            assertEquals(voiced, totals.voiced(), month);
            assertEquals(fixed, totals.alignmentFixed(), month);
            assertEquals(sum / active, totals.alignment() / active, 1e-6, month);
            // the month's record carries the same sums, taken by the recorder on the run's workers
            MonthlyRecord record = run.last();
            assertEquals(roll.activeCount(), active, month);
            assertEquals((double) opposed / active, record.oppositionShare(), month);
            assertEquals((double) voiced / active, record.voicedOppositionShare(), month);
            assertEquals(fixed / 0x1p32 / active, record.alignmentMean(), month);
            seen[0] += opposed;
            seen[1] += voiced;
            months[0]++;
        });
        workers.shutdown();
        assertTrue(months[0] > 12, "the run should last more than a year");
        assertTrue(seen[0] > 0 && seen[1] > 0, "the run should have opposed members, some of them speaking");
    }

    @Test
    void theCountsFromTheBitsAgreeWithTheComparisons() {
        float[] values = {-1f, -0.5f, -Float.MIN_VALUE, -0f, 0f, Float.MIN_VALUE, 0.25f, Math.nextDown(0.5f), 0.5f,
            Math.nextUp(0.5f), 1f};
        for (float a : values) {
            assertEquals(a < 0 ? 1 : 0, OpinionTotals.below0(a), "below 0: " + a);
            for (float bound : new float[] {Float.MIN_VALUE, 0.5f, 1f}) {
                assertEquals(a >= bound ? 1 : 0, OpinionTotals.atLeast(a, Float.floatToRawIntBits(bound)),
                        a + " at least " + bound);
            }
        }
    }
}
