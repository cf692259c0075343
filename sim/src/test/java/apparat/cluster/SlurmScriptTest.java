package apparat.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.BadRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job array, merge and submit scripts: their #SBATCH lines, and the words bash hands to Java and sbatch. */
class SlurmScriptTest {

    private static final SlurmJob JOB = new SlurmJob(4, 2, "0:30:00", "short", null, "8G",
            List.of("module load Java/17"));

    private static SlurmScript script(Path folder) {
        return new SlurmScript(folder, "hist orical", JOB, "sweep.yaml");
    }

    @Test
    void theArrayHasATaskPerShardWithItsResources(@TempDir Path dir) {
        String text = script(dir.resolve("sweep")).array(List.of(0, 1, 2, 3), "top");
        List<String> directives = text.lines().filter(l -> l.startsWith("#SBATCH")).toList();
        assertEquals(List.of("#SBATCH --job-name=apparat-hist_orical", "#SBATCH --array=0-3", "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=2", "#SBATCH --time=0:30:00", "#SBATCH --partition=short",
                "#SBATCH --mem=8G", "#SBATCH --output=\"" + dir.resolve("sweep/logs") + "/shard-%a-job%A.out\""),
                directives);
        assertTrue(text.contains("-Xmx6553m"), "four fifths of 8G for the heap");
        assertTrue(text.indexOf("module load Java/17") < text.indexOf("exec java"), "setup runs before Java");
        assertTrue(!text.contains("--account"), "no account line when none is given");
    }

    @Test
    void aRerunListsOnlyTheMissingShards(@TempDir Path dir) {
        assertEquals("1,3-5,9", SlurmScript.ranges(List.of(1, 3, 4, 5, 9)));
        assertEquals("7", SlurmScript.ranges(List.of(7)));
        String text = script(dir).array(List.of(1, 3), "top");
        assertTrue(text.contains("#SBATCH --array=1,3\n"), text);
        assertTrue(text.contains("--shard \"$shard/4\""), "a re-run keeps the sweep's split into 4: " + text);
    }

    /**
     * Runs the array script with a stand-in java that prints the words it is given, one per line: a new shard
     * starts from the frozen sweep file; a shard begun before is resumed.
     */
    @Test
    void eachTaskRunsItsShardWithPathsKeptWhole(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("my sweeps/it's here");
        Files.createDirectories(folder);
        Path bin = fakeJava(dir);
        Path file = folder.resolve("sweep.sbatch");
        Files.writeString(file, script(folder).array(List.of(0, 1, 2, 3), "top"));
        List<String> java = List.of("-Xmx6553m", "-Djava.awt.headless=true", "-jar", folder + "/apparat.jar",
                "sweep");
        List<String> fresh = new ArrayList<>(java);
        fresh.addAll(List.of(folder + "/sweep.yaml", "--shard", "2/4", "--out", folder + "/shards/shard-2",
                "--threads", "2", "--quiet", "--no-charts"));
        assertEquals(fresh, bash(file, bin, Map.of("SLURM_ARRAY_TASK_ID", "2")));
        Files.createDirectories(folder.resolve("shards/shard-2"));
        Files.writeString(folder.resolve("shards/shard-2/manifest.json"), "{}");
        List<String> resumed = new ArrayList<>(java);
        resumed.addAll(List.of("--resume", folder + "/shards/shard-2", "--threads", "2", "--quiet", "--no-charts"));
        assertEquals(resumed, bash(file, bin, Map.of("SLURM_ARRAY_TASK_ID", "2")));
    }

    @Test
    void theMergeJobJoinsTheShardsFolder(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("a b");
        Files.createDirectories(folder);
        Path file = folder.resolve("merge.sbatch");
        String text = script(folder).merge();
        assertTrue(text.contains("#SBATCH --cpus-per-task=1\n"), text);
        assertTrue(text.contains("#SBATCH --output=\"" + folder.resolve("logs") + "/merge-job%j.out\""), text);
        Files.writeString(file, text);
        List<String> words = bash(file, fakeJava(dir), Map.of());
        assertEquals(List.of("-Xmx6553m", "-Djava.awt.headless=true", "-jar", folder + "/apparat.jar", "sweep",
                "--merge", folder + "/shards", "--out", folder + "/merged"), words);
    }

    /** The submit script with a stand-in sbatch that records its arguments and answers like --parsable. */
    @Test
    void submitQueuesTheMergeJobAfterTheArraySucceeds(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("x y");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createDirectories(folder);
        Path log = dir.resolve("sbatch.log");
        executable(bin.resolve("sbatch"), "#!/bin/bash\nfor a in \"$@\"; do echo \"$a\"; done >>'" + log + "'\n"
                + "echo --- >>'" + log + "'\n"
                + "case \"$*\" in *merge.sbatch) echo '78;cluster' ;; *) echo '77;cluster' ;; esac\n");
        Path submit = folder.resolve("submit.sh");
        Files.writeString(submit, script(folder).submit("sweep.sbatch"));
        List<String> out = bash(submit, bin, Map.of());
        assertEquals(List.of("array job 77", "merge job 78"), out);
        assertEquals(List.of("--parsable", folder + "/sweep.sbatch", "---", "--parsable", "--dependency=afterok:77",
                folder + "/merge.sbatch", "---"), Files.readAllLines(log));
    }

    @Test
    void foldersAndValuesSlurmCannotTakeAreRefused(@TempDir Path dir) {
        assertThrows(BadRequestException.class, () -> script(dir.resolve("50%")));
        assertThrows(BadRequestException.class, () -> script(dir.resolve("say \"x\"")));
        assertThrows(IllegalArgumentException.class, () -> script(Path.of("relative")));
        assertThrows(BadRequestException.class, () -> new SlurmJob(4, 1, "2h", null, null, null, null));
        assertThrows(BadRequestException.class, () -> new SlurmJob(4, 1, null, "a b", null, null, null));
        assertThrows(BadRequestException.class, () -> new SlurmJob(4, 1, null, null, "x\n#SBATCH", null, null));
        assertThrows(BadRequestException.class, () -> new SlurmJob(4, 1, null, null, null, "8GB", null));
        assertThrows(BadRequestException.class, () -> new SlurmJob(0, 1, null, null, null, null, null));
        assertThrows(BadRequestException.class, () -> new SlurmJob(4, 1, null, null, null, null, List.of("a\nb")));
        assertEquals("-XX:MaxRAMPercentage=75", new SlurmJob(4, 1, "1-12", null, null, null, null).heapOption());
        assertEquals("-Xmx3200m", new SlurmJob(4, 1, "90", null, null, "4000", null).heapOption());
    }

    @Test
    void theJobIdIsReadFromParsableOutput() {
        assertEquals("12345", Sbatch.jobId("12345\n"));
        assertEquals("12345", Sbatch.jobId("12345;cluster2"));
        assertThrows(Sbatch.SubmitException.class, () -> Sbatch.jobId("Submitted batch job 12345"));
    }

    private static Path fakeJava(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/bash\nfor a in \"$@\"; do echo \"$a\"; done\n");
        return bin;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs a script with bash, the stand-ins first on the PATH and {@code module} a no-op; its output lines. */
    private static List<String> bash(Path script, Path bin, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "module() { :; }; export -f module; bash \"$0\"",
                script.toString());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }
}
