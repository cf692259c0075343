package apparat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat sweep --merge} and {@code --slurm} as a user types them: exit codes and messages. */
class SweepClusterCommandTest {

    private static String[] sweep(Path scenario, String... more) {
        String[] base = {"sweep", scenario.toString(), "--vary", "appointment.acceptance=0.3,0.9",
            "--replications", "2", "--quiet"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void mergeJoinsShardsAndRefusesAnIncompleteSweepWithExit3(@TempDir Path dir) throws Exception {
        Path scenario = CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        Path shards = dir.resolve("shards");
        for (int k = 0; k < 3; k++) {
            CommandLineRun run = CommandLineRun.execute(sweep(scenario, "--shard", k + "/3", "--out",
                    shards.resolve("shard-" + k).toString()));
            assertEquals(0, run.exitCode(), run.toString());
        }
        CommandLineRun whole = CommandLineRun.execute(sweep(scenario, "--out", dir.resolve("whole").toString()));
        assertEquals(0, whole.exitCode(), whole.toString());

        Files.move(shards.resolve("shard-2"), dir.resolve("shard-2"));
        CommandLineRun incomplete = CommandLineRun.execute("sweep", "--merge", shards.toString(), "--out",
                dir.resolve("merged").toString());
        assertEquals(3, incomplete.exitCode(), incomplete.toString());
        assertTrue(incomplete.err().contains("1 of 4 runs missing, in 1 of 3 shards")
                && incomplete.err().contains("shard 2: run 2 (no folder)"), incomplete.toString());
        assertTrue(incomplete.err().contains("--resume SHARD_FOLDER"), "says how to re-run: " + incomplete);
        assertFalse(incomplete.hasStackTrace(), incomplete.toString());
        assertFalse(Files.exists(dir.resolve("merged")));

        CommandLineRun merged = CommandLineRun.execute("sweep", "--merge", shards.toString(),
                dir.resolve("shard-2").toString(), "--out", dir.resolve("merged").toString());
        assertEquals(0, merged.exitCode(), merged.toString());
        for (String table : new String[] {"monthly.csv", "congresses.csv", "runs.csv", "summary.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(table)),
                    Files.readAllBytes(dir.resolve("merged").resolve(table)), table);
        }
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefusedPlainly(@TempDir Path dir) {
        Path scenario = CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        String[][] wrong = {
            {"sweep", "--merge", dir.toString(), "--slurm"},
            {"sweep", scenario.toString(), "--merge", dir.toString()},
            sweep(scenario, "--submit"),
            sweep(scenario, "--slurm", "--shard", "0/2"),
            sweep(scenario, "--slurm", "--time", "2 hours"),
            {"sweep", scenario.toString(), "--vary", "appointment.acceptance=0.3", "--replications", "0", "--slurm"},
            {"sweep", "--merge", dir.resolve("none").toString()},
            {"sweep"},
            {"sweep", dir.toString(), "--slurm", "--only-missing"},
            {"sweep", dir.toString(), "--slurm", "--only-missing", "--replications", "3"},
            {"sweep", "--merge", dir.toString(), "--vary", "appointment.acceptance=0.3"},
            {"sweep", "--merge", dir.toString(), "--cpus-per-task", "2"},
        };
        for (String[] args : wrong) {
            CommandLineRun run = CommandLineRun.execute(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run);
            assertTrue(run.err().startsWith("apparat: "), run.toString());
            assertFalse(run.hasStackTrace(), run.toString());
        }
    }

    @Test
    void slurmNeedsTheJarToCopy(@TempDir Path dir) {
        Path scenario = CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        CommandLineRun run = CommandLineRun.execute(sweep(scenario, "--slurm", "--out", dir.resolve("s").toString()));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("the jobs need Apparat as a jar"), run.toString());
        assertFalse(Files.exists(dir.resolve("s")));
    }
}
