package apparat.cli;

import apparat.chart.SweepCharts;
import apparat.cluster.Sbatch;
import apparat.cluster.SlurmJob;
import apparat.cluster.SlurmSweep;
import apparat.sweep.ShardMerge;
import apparat.sweep.SweepDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of {@code apparat sweep} for running a sweep beyond one machine: writing (and submitting) a
 * Slurm job array, merging the shards' folders, and re-running the shards that did not finish.
 */
final class ClusterOptions {

    /** Exit code of a merge that found runs missing. */
    static final int INCOMPLETE = 3;

    @Option(names = "--slurm", description = "Write a Slurm job array (one task per shard) and a merge job into a "
            + "new sweep folder instead of running here.")
    boolean slurm;

    @Option(names = "--array-size", paramLabel = "N",
            description = "With --slurm: array tasks (shards) (default: the runs, at most 100).")
    Integer arraySize;

    @Option(names = "--cpus-per-task", paramLabel = "C",
            description = "With --slurm: cores (and simulation threads) per task (default: 1).")
    Integer cpusPerTask;

    @Option(names = "--time", paramLabel = "LIMIT",
            description = "With --slurm: wall time per task, e.g. 2:00:00 (default: the partition's).")
    String time;

    @Option(names = "--partition", paramLabel = "P", description = "With --slurm: the partition (queue).")
    String partition;

    @Option(names = "--account", paramLabel = "A", description = "With --slurm: the account to charge.")
    String account;

    @Option(names = "--mem", paramLabel = "SIZE",
            description = "With --slurm: memory per task, e.g. 8G; Java gets four fifths of it.")
    String mem;

    @Option(names = "--setup", paramLabel = "LINE",
            description = "With --slurm: a shell line run before Java in each job, e.g. 'module load Java/17'; "
                    + "repeatable.")
    List<String> setup;

    @Option(names = "--submit", description = "With --slurm: also queue the array and the merge job with sbatch.")
    boolean submit;

    @Option(names = "--only-missing", description = "With --slurm and a sweep folder: write (and with --submit "
            + "queue) an array of only the shards with runs missing.")
    boolean onlyMissing;

    @Option(names = "--merge", paramLabel = "DIR", arity = "1..*",
            description = "Join shard folders (or a folder of them) into the whole sweep's tables; exit 3 and "
                    + "name the missing runs if any is missing.")
    List<Path> merge;

    boolean merging() {
        return merge != null;
    }

    /** Refuses cluster options that make no sense together or without {@code --slurm}. */
    /**
     * @param fileGiven a sweep or scenario file (or, with --only-missing, a folder) is named
     * @param runOptions options of a run here are given (--vary, --replications, --until, --seed, --scale,
     *     --shard, --threads)
     * @param resuming --resume is given
     */
    void check(boolean fileGiven, boolean runOptions, boolean resuming) {
        if (resuming && (slurm || merging())) {
            throw new UserInputException("--resume runs here; to complete a sweep on Slurm use --slurm "
                    + "--only-missing with its folder");
        }
        if (merging() && (slurm || onlyMissing || submit)) {
            throw new UserInputException("--merge joins finished shards; give it without --slurm, --only-missing "
                    + "and --submit");
        }
        if (merging() && (fileGiven || runOptions)) {
            throw new UserInputException("--merge takes shard folders only (and --out, --results, --no-charts), "
                    + "not a sweep or scenario file or run settings");
        }
        if (onlyMissing && runOptions) {
            throw new UserInputException("--only-missing re-runs the sweep the folder holds, as it was written; "
                    + "give the folder with --slurm and, if needed, new resources (--time, --mem, ...)");
        }
        if (!slurm && (submit || onlyMissing || arraySize != null || cpusPerTask != null || time != null
                || partition != null || account != null || mem != null || setup != null)) {
            throw new UserInputException("--submit, --only-missing, --array-size, --cpus-per-task, --time, "
                    + "--partition, --account, --mem and --setup go with --slurm");
        }
    }

    /** The job from the options, for a sweep of {@code runs} runs. */
    SlurmJob job(int runs) {
        int shards = arraySize != null ? arraySize : Math.min(runs, 100);
        return new SlurmJob(shards, cpusPerTask == null ? 1 : cpusPerTask, time, partition, account, mem, setup);
    }

    /** {@code --merge}: the merged folder, or exit 3 with the missing runs named. */
    int merge(Path results, Path out, boolean charts, PrintWriter stdout, PrintWriter stderr) throws IOException {
        try {
            Path merged = ShardMerge.merge(merge, results, out);
            if (charts) {
                stdout.println("charts: " + SweepCharts.render(merged).size() + " in " + merged.resolve("charts"));
            }
            stdout.println("wrote " + merged);
            return 0;
        } catch (ShardMerge.IncompleteSweepException e) {
            stderr.println("apparat: " + e.getMessage());
            Path sweep = merge.size() == 1 ? merge.get(0).toAbsolutePath().normalize().getParent() : null;
            if (sweep != null && Files.exists(sweep.resolve("slurm.json"))) {
                stderr.println("apparat: re-run them with: apparat sweep " + sweep + " --slurm --only-missing "
                        + "--submit");
            } else {
                stderr.println("apparat: complete a shard with: apparat sweep --resume SHARD_FOLDER; run a shard "
                        + "that has no folder with: apparat sweep SWEEP.yaml --shard K/N");
            }
            return INCOMPLETE;
        }
    }

    /** {@code --slurm --only-missing SWEEP_FOLDER}. */
    int rerun(Path sweep, PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
        if (arraySize != null) {
            throw new UserInputException("--only-missing keeps the sweep's split into shards; leave out --array-size");
        }
        SlurmSweep.Rerun rerun = SlurmSweep.rerun(sweep, this::changed);
        if (rerun == null) {
            stdout.println("every shard of " + sweep + " has finished; merge them with: apparat sweep --merge "
                    + sweep.resolve("shards") + " --out " + sweep.resolve("merged"));
            return 0;
        }
        stdout.println("wrote " + rerun.script() + " for shards " + rerun.shards());
        if (!submit) {
            stdout.println("submit with: " + rerun.submit());
            return 0;
        }
        return submitted(rerun.script(), rerun.script().resolveSibling("merge.sbatch"), stdout, stderr);
    }

    /**
     * {@code --slurm}: writes the sweep folder, and with {@code --submit} queues it.
     */
    int write(SweepDefinition d, Path results, Path out, String command, PrintWriter stdout, PrintWriter stderr)
            throws IOException, InterruptedException {
        Path target = out != null ? out.toAbsolutePath().normalize() : freeName(results, "slurm-" + d.name());
        Path folder = SlurmSweep.write(target, jar(), d, job(SlurmSweep.runs(d)), command);
        stdout.println("wrote " + folder);
        if (!submit) {
            stdout.println("submit with: " + folder.resolve("submit.sh"));
            return 0;
        }
        return submitted(folder.resolve("sweep.sbatch"), folder.resolve("merge.sbatch"), stdout, stderr);
    }

    /** The recorded job with the resources given on this command line instead. */
    private SlurmJob changed(SlurmJob j) {
        return new SlurmJob(j.shards(), cpusPerTask != null ? cpusPerTask : j.cpusPerTask(),
                time != null ? time : j.time(), partition != null ? partition : j.partition(),
                account != null ? account : j.account(), mem != null ? mem : j.mem(),
                setup != null ? setup : j.setup());
    }

    /** Queues the array, then the merge job after it; exit 1 with sbatch's words if either is refused. */
    private static int submitted(Path arrayScript, Path mergeScript, PrintWriter stdout, PrintWriter stderr)
            throws IOException, InterruptedException {
        String array;
        try {
            array = Sbatch.submit(arrayScript, null);
        } catch (Sbatch.SubmitException e) {
            stderr.println("apparat: " + e.getMessage() + "; nothing is queued, the scripts are in "
                    + arrayScript.getParent());
            return FriendlyErrors.FAILED;
        }
        stdout.println("array job " + array);
        try {
            stdout.println("merge job " + Sbatch.submit(mergeScript, array));
            return 0;
        } catch (Sbatch.SubmitException e) {
            stderr.println("apparat: the array job " + array + " is queued, but " + e.getMessage()
                    + "; queue the merge with: sbatch --dependency=afterok:" + array + " " + mergeScript);
            return FriendlyErrors.FAILED;
        }
    }

    private static Path freeName(Path results, String name) {
        String base = name + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(ZonedDateTime.now(ZoneOffset.UTC));
        Path root = results.toAbsolutePath().normalize();
        Path target = root.resolve(base);
        for (int n = 2; Files.exists(target); n++) {
            target = root.resolve(base + "-" + n);
        }
        return target;
    }

    /** The jar this program runs from; the jobs run a copy of it. */
    private static Path jar() {
        try {
            Path here = Path.of(ClusterOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(here) && here.toString().endsWith(".jar")) {
                return here;
            }
            throw new UserInputException("--slurm: the jobs need Apparat as a jar, but this runs from " + here
                    + "; build it with ./mvnw package and run ./apparat");
        } catch (URISyntaxException | SecurityException e) {
            throw new UserInputException("--slurm: cannot find the Apparat jar (" + e.getMessage() + ")");
        }
    }
}
