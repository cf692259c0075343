package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.output.Numbers;
import apparat.run.Seeds;
import apparat.sensitivity.SobolIndices;
import ec.util.MersenneTwisterFast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Sobol' sweep writes its indices, the same bytes whatever the threads; a shard without all runs does not. */
class SensitivitySweepTest {

    @Test
    void aSobolSweepWritesIndicesPerOutcomeAndParameter(@TempDir Path dir) throws Exception {
        Path one = SweepFolders.make(dir, SweepFolders.SOBOL, dir.resolve("one"), 1);
        Path two = SweepFolders.make(dir, SweepFolders.SOBOL, dir.resolve("two"), 2);
        List<String> lines = Files.readAllLines(one.resolve("sensitivity.csv"));
        assertEquals("outcome,parameter,first_order,first_order_ci90_low,first_order_ci90_high,total,"
                + "total_ci90_low,total_ci90_high", lines.get(0));
        assertEquals(1 + 2 * 2, lines.size(), lines::toString);
        assertTrue(lines.get(1).startsWith("appointed,appointment.acceptance,"), lines::toString);
        assertEquals(Files.readString(one.resolve("sensitivity.csv")),
                Files.readString(two.resolve("sensitivity.csv")));
        assertEquals(4 * 4 + 1, Files.readAllLines(one.resolve("summary.csv")).size(), "4 × (2 + 2) points");
        SweepTables.Written again = SweepTables.write(one);
        assertEquals(null, again.note());
        assertEquals(Files.readString(two.resolve("sensitivity.csv")),
                Files.readString(one.resolve("sensitivity.csv")), "tables are built again from the run folders alone");
    }

    @Test
    void theBootstrapDrawsFromTheSweepsOwnGeneratorSeededByMasterSeedAndOutcome(@TempDir Path dir)
            throws Exception {
        Path one = SweepFolders.make(dir, SweepFolders.SOBOL, dir.resolve("one"), 1);
        SweepDefinition d = SweepFile.read(one.resolve(SweepFolder.SWEEP_FILE));
        int rows = d.factors().size() + 2;
        double[][] means = new double[d.outcomes().size()][16 * rows];
        MersenneTwisterFast noise = new MersenneTwisterFast(5);
        for (double[] outcome : means) {
            for (int j = 0; j < outcome.length; j++) {
                outcome[j] = noise.nextDouble();
            }
        }
        long seed = 99;
        List<String> lines = List.of(IndexTables.sobol(d, means, seed).split("\r?\n"));
        SobolIndices estimator = new SobolIndices(d.factors().size(), SweepTables.RESAMPLES, SweepTables.CONFIDENCE);
        for (int o = 0; o < d.outcomes().size(); o++) {
            SobolIndices.Estimate first = estimator.estimate(means[o],
                    new MersenneTwisterFast(Seeds.replication(Seeds.design(seed), o))).first().get(0);
            String[] cells = lines.get(1 + o * d.factors().size()).split(",");
            assertEquals(Numbers.format(first.low()), cells[3], "interval of outcome " + o + ": " + lines);
            assertEquals(Numbers.format(first.high()), cells[4], "interval of outcome " + o + ": " + lines);
        }
    }
}
