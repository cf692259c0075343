package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.Progress;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Morris sweep screens its parameters from the replication means of its points, the same bytes every time. */
class MorrisSweepTest {

    private static List<CSVRecord> table(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void muStarIsTheMeanAbsoluteStepOfThePointMeansOverDelta(@TempDir Path dir) throws Exception {
        Path sweep = SweepFolders.make(dir, SweepFolders.MORRIS, dir.resolve("one"), 2);
        List<String> lines = Files.readAllLines(sweep.resolve("morris.csv"));
        assertEquals("outcome,parameter,mu,mu_star,mu_star_ci90_low,mu_star_ci90_high,sigma,n", lines.get(0));
        assertEquals(1 + 2 * 2, lines.size(), lines::toString);
        List<CSVRecord> points = table(sweep.resolve("summary.csv"));
        assertEquals(4 * 3, points.size(), "4 trajectories of 2 + 1 points");
        double delta = 2.0 / 3;
        // the effect of acceptance on 'appointed', worked out by hand from summary.csv: in each trajectory the
        // one step that changes acceptance; an increase of acceptance is a step of +delta
        double sum = 0;
        for (int t = 0; t < 4; t++) {
            for (int s = 0; s < 2; s++) {
                CSVRecord a = points.get(t * 3 + s);
                CSVRecord b = points.get(t * 3 + s + 1);
                double from = Double.parseDouble(a.get("appointment.acceptance"));
                double to = Double.parseDouble(b.get("appointment.acceptance"));
                if (from != to) {
                    assertEquals(a.get("secretariat.assignmentsPerYear"), b.get("secretariat.assignmentsPerYear"),
                            "one parameter a step");
                    assertEquals(0.8 * delta, Math.abs(to - from), 1e-5, "a step of delta over the range");
                    double step = Double.parseDouble(b.get("appointed_mean"))
                            - Double.parseDouble(a.get("appointed_mean"));
                    sum += Math.abs(step) / delta;
                }
            }
        }
        CSVRecord row = table(sweep.resolve("morris.csv")).get(0);
        assertEquals("appointed", row.get("outcome"));
        assertEquals("appointment.acceptance", row.get("parameter"));
        assertEquals("4", row.get("n"));
        assertEquals(sum / 4, Double.parseDouble(row.get("mu_star")), 1e-4);
        double low = Double.parseDouble(row.get("mu_star_ci90_low"));
        double high = Double.parseDouble(row.get("mu_star_ci90_high"));
        assertTrue(low <= sum / 4 + 1e-4 && sum / 4 - 1e-4 <= high, row.toString());
    }

    @Test
    void theTableIsTheSameWhateverTheThreadsAndAfterAResume(@TempDir Path dir) throws Exception {
        Path one = SweepFolders.make(dir, SweepFolders.MORRIS, dir.resolve("one"), 1);
        Path two = SweepFolders.make(dir, SweepFolders.MORRIS, dir.resolve("two"), 2);
        byte[] table = Files.readAllBytes(one.resolve("morris.csv"));
        assertArrayEquals(table, Files.readAllBytes(two.resolve("morris.csv")));
        Path lost = two.resolve("runs/000007");
        try (Stream<Path> files = Files.walk(lost)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        Files.delete(two.resolve("morris.csv"));
        SweepTables.Written partial = SweepTables.write(two);
        assertEquals("morris.csv needs every run of the sweep; 23 of 24 are here", partial.note());
        try (StopRequest stop = StopRequest.manual()) {
            Sweep.resume(two, new Sweep.Settings(2, null, "t"), Progress.NONE, stop);
        }
        assertArrayEquals(table, Files.readAllBytes(two.resolve("morris.csv")), "resumed: the same bytes");
    }
}
