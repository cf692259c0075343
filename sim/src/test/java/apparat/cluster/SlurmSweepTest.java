package apparat.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.BadRequestException;
import apparat.run.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep folder holds what its jobs need; a re-run covers exactly the shards without a finished folder. */
class SlurmSweepTest {

    private static final SlurmSweep.Plan PLAN = new SlurmSweep.Plan("small", 10, "scenario.yaml",
            List.of("--vary", "appointment.acceptance=0.3,0.9", "--replications", "5"),
            new SlurmJob(4, 1, "10", null, null, null, List.of()));

    @Test
    void theFolderHoldsTheJarTheFrozenInputAndTheScripts(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("fake.jar"), "jar bytes");
        Path folder = SlurmSweep.write(dir.resolve("sweep"), jar, "name: small\n", PLAN, "apparat sweep ...");
        assertEquals("jar bytes", Files.readString(folder.resolve("apparat.jar")));
        assertEquals("name: small\n", Files.readString(folder.resolve("scenario.yaml")));
        for (String script : List.of("sweep.sbatch", "merge.sbatch", "submit.sh")) {
            assertTrue(Files.isExecutable(folder.resolve(script)), script);
        }
        assertTrue(Files.readString(folder.resolve("sweep.sbatch")).contains("#SBATCH --array=0-3\n"));
        assertTrue(Files.isDirectory(folder.resolve("shards")) && Files.isDirectory(folder.resolve("logs")));
        assertThrows(RunFolder.RunFolderTakenException.class, () -> SlurmSweep.write(folder, jar, "x", PLAN, "c"),
                "a sweep folder is never overwritten");
    }

    @Test
    void aRerunRunsOnlyTheShardsWithoutAFinishedFolder(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("fake.jar"), "jar");
        Path folder = SlurmSweep.write(dir.resolve("sweep"), jar, "name: small\n", PLAN, "c");
        for (int k : new int[] {0, 2}) {
            Files.createDirectories(folder.resolve("shards/shard-" + k));
            Files.writeString(folder.resolve("shards/shard-" + k + "/manifest.json"), "{}");
        }
        Files.createDirectories(folder.resolve("shards/.shard-3.partial-1"));
        SlurmSweep.Rerun rerun = SlurmSweep.rerun(folder);
        assertEquals(List.of(1, 3), rerun.shards());
        assertEquals(folder.resolve("rerun-1.sbatch"), rerun.script());
        String text = Files.readString(rerun.script());
        assertTrue(text.contains("#SBATCH --array=1,3\n") && text.contains("--shard \"$shard/4\""), text);
        assertTrue(text.contains("#SBATCH --time=10\n"), "the plan's resources are kept: " + text);
        assertTrue(Files.readString(rerun.submit()).contains("rerun-1.sbatch"));
        assertEquals(folder.resolve("rerun-2.sbatch"), SlurmSweep.rerun(folder).script(), "never overwritten");
        for (int k : new int[] {1, 3}) {
            Files.createDirectories(folder.resolve("shards/shard-" + k));
            Files.writeString(folder.resolve("shards/shard-" + k + "/manifest.json"), "{}");
        }
        assertNull(SlurmSweep.rerun(folder), "nothing left to run");
    }

    @Test
    void moreShardsThanRunsOrAFolderWithoutAPlanAreRefused(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("fake.jar"), "jar");
        SlurmSweep.Plan tooMany = new SlurmSweep.Plan("small", 3, "scenario.yaml", List.of(),
                new SlurmJob(4, 1, null, null, null, null, null));
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> SlurmSweep.write(dir.resolve("s"), jar, "x", tooMany, "c"));
        assertTrue(e.getMessage().contains("only 3 runs"), e.getMessage());
        assertThrows(BadRequestException.class, () -> SlurmSweep.rerun(dir));
    }
}
