package apparat.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.BadRequestException;
import apparat.run.Progress;
import apparat.run.RunFolder;
import apparat.sweep.Shard;
import apparat.sweep.ShardMerge;
import apparat.sweep.StopRequest;
import apparat.sweep.Sweep;
import apparat.sweep.SweepDefinition;
import apparat.sweep.SweepFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep folder holds what its jobs need; shards run from its frozen sweep file merge to the sweep run on one
 * machine; a re-run covers exactly the shards with runs missing.
 */
class SlurmSweepTest {

    private static final String SCENARIO = """
            name: small
            run: {start: 1921-01, end: 1921-12, seed: 9, scale: 50}
            members: {initial: 40000}
            timeline:
              c: {date: 1921-10, type: congress, delegates: 100}
            """;
    private static final String SWEEP = """
            name: tiny
            scenario: small.yaml
            replications: 2
            vary:
              appointment.acceptance: [0.3, 0.9]
              secretariat.selection: [loyalty, chance]
            outcomes:
              members_end: {column: members, at: 1921-12}
            """;
    private static final SlurmJob JOB = new SlurmJob(4, 1, "10", null, null, null, List.of());

    private static SweepDefinition definition(Path dir) throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SCENARIO);
        Files.writeString(dir.resolve("tiny.yaml"), SWEEP);
        return SweepFile.read(dir.resolve("tiny.yaml"));
    }

    /** Runs shard k of the folder's frozen sweep as its array task would. */
    private static void shard(Path folder, int k) throws Exception {
        SweepDefinition frozen = SweepFile.read(folder.resolve("sweep.yaml"));
        try (StopRequest stop = StopRequest.manual()) {
            Sweep.start(frozen, null, folder, folder.resolve("shards/shard-" + k),
                    new Sweep.Settings(1, new Shard(k, 4), "t"), Progress.NONE, stop);
        }
    }

    @Test
    void theFolderHoldsTheJarTheFrozenSweepAndTheScripts(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("fake.jar"), "jar bytes");
        SweepDefinition d = definition(dir).with(null, 5L, null, null);
        Path folder = SlurmSweep.write(dir.resolve("sweep"), jar, d, JOB, "apparat sweep ...");
        assertEquals("jar bytes", Files.readString(folder.resolve("apparat.jar")));
        assertTrue(Files.readString(folder.resolve("sweep.yaml")).contains("scenario: scenario.resolved.yaml"));
        assertEquals(5L, SweepFile.read(folder.resolve("sweep.yaml")).seed(), "command-line settings are frozen in");
        for (String script : List.of("sweep.sbatch", "merge.sbatch", "submit.sh")) {
            assertTrue(Files.isExecutable(folder.resolve(script)), script);
        }
        assertTrue(Files.readString(folder.resolve("sweep.sbatch")).contains("#SBATCH --array=0-3\n"));
        assertTrue(Files.isDirectory(folder.resolve("shards")) && Files.isDirectory(folder.resolve("logs")));
        assertThrows(RunFolder.RunFolderTakenException.class, () -> SlurmSweep.write(folder, jar, d, JOB, "c"),
                "a sweep folder is never overwritten");
    }

    @Test
    void shardsOfTheFrozenSweepMergeToTheOneMachineSweep(@TempDir Path dir) throws Exception {
        SweepDefinition d = definition(dir);
        Path folder = SlurmSweep.write(dir.resolve("sweep"), Files.writeString(dir.resolve("a.jar"), "j"), d, JOB,
                "c");
        Path whole;
        try (StopRequest stop = StopRequest.manual()) {
            whole = Sweep.start(d, null, dir, dir.resolve("whole"), new Sweep.Settings(2, null, "t"), Progress.NONE,
                    stop).folder();
        }
        for (int k = 0; k < 4; k++) {
            shard(folder, k);
        }
        Path merged = ShardMerge.merge(List.of(folder.resolve("shards")), dir, folder.resolve("merged"));
        for (String table : List.of("runs.csv", "monthly.csv", "congresses.csv", "outcomes.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(table)), Files.readAllBytes(merged.resolve(table)),
                    table);
        }
    }

    @Test
    void aRerunRunsOnlyTheShardsWithRunsMissing(@TempDir Path dir) throws Exception {
        Path folder = SlurmSweep.write(dir.resolve("sweep"), Files.writeString(dir.resolve("a.jar"), "j"),
                definition(dir), JOB, "c");
        SlurmSweep.Rerun all = SlurmSweep.rerun(folder, j -> j);
        assertEquals(List.of(0, 1, 2, 3), all.shards(), "nothing has run yet");
        shard(folder, 0);
        shard(folder, 2);
        shard(folder, 3);
        // shard 3 lost a run, as if its node had died before the run was in place
        Path lost = folder.resolve("shards/shard-3/runs/000007");
        try (var files = Files.list(lost)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(lost);
        SlurmSweep.Rerun rerun = SlurmSweep.rerun(folder, j -> j);
        assertEquals(List.of(1, 3), rerun.shards());
        assertEquals(folder.resolve("rerun-2.sbatch"), rerun.script(), "never overwrites rerun-1");
        String text = Files.readString(rerun.script());
        assertTrue(text.contains("#SBATCH --array=1,3\n") && text.contains("--shard \"$shard/4\""), text);
        assertTrue(text.contains("#SBATCH --time=10\n"), "the plan's resources are kept: " + text);
        assertTrue(Files.readString(rerun.submit()).contains("rerun-2.sbatch"));
        SlurmSweep.Rerun longer = SlurmSweep.rerun(folder, j -> new SlurmJob(j.shards(), j.cpusPerTask(), "2:00:00",
                j.partition(), j.account(), j.mem(), j.setup()));
        assertTrue(Files.readString(longer.script()).contains("#SBATCH --time=2:00:00\n"), "a longer limit");
        shard(folder, 1);
        assertEquals(List.of(3), SlurmSweep.rerun(folder, j -> j).shards());
        try (StopRequest stop = StopRequest.manual()) {
            Sweep.resume(folder.resolve("shards/shard-3"), new Sweep.Settings(1, null, "t"), Progress.NONE, stop);
        }
        assertNull(SlurmSweep.rerun(folder, j -> j), "every run is there");
    }

    /** The sweep .ci/slurm-test.sh runs on real daemons: 8 runs, split there into 4 shards of 2. */
    @Test
    void theSweepOfTheSlurmTestPlans() {
        SweepDefinition d = SweepFile.read(Path.of("..", ".ci", "slurm-sweep.yaml"));
        assertEquals(8, SlurmSweep.runs(d));
        assertEquals(8, apparat.sweep.SweepPlan.of(d).runs());
        assertEquals(3, d.outcomes().size());
    }

    /** The Morris sweep .ci/slurm-test.sh runs on real daemons: 4 trajectories of 3 + 1 points, 2 replications. */
    @Test
    void theMorrisSweepOfTheSlurmTestPlans() {
        SweepDefinition d = SweepFile.read(Path.of("..", ".ci", "slurm-morris.yaml"));
        assertEquals(32, SlurmSweep.runs(d));
        assertEquals(32, apparat.sweep.SweepPlan.of(d).runs());
    }

    @Test
    void moreShardsThanRunsOrAFolderWithoutAPlanAreRefused(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("fake.jar"), "jar");
        SlurmJob tooMany = new SlurmJob(9, 1, null, null, null, null, null);
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> SlurmSweep.write(dir.resolve("s"), jar, definition(dir), tooMany, "c"));
        assertTrue(e.getMessage().contains("only 8 runs"), e.getMessage());
        assertThrows(BadRequestException.class, () -> SlurmSweep.rerun(dir, j -> j));
    }
}
