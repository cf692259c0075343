package apparat.cluster;

import apparat.run.BadRequestException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sweep asks of Slurm: how many array tasks (shards), and the resources of each. Every value is checked
 * here, once, because it is written into {@code #SBATCH} lines, where a stray quote or newline would change
 * the job rather than fail.
 *
 * @param shards array tasks; the sweep's runs are dealt out to them in turn
 * @param cpusPerTask cores per task, also the task's simulation threads
 * @param time wall-time limit in Slurm's notation ({@code 90}, {@code 2:00:00}, {@code 1-12}), or null for
 *     the partition's default
 * @param partition the partition (queue), or null for the cluster's default
 * @param account the account to charge, or null for the user's default
 * @param mem memory per task ({@code 8G}, {@code 4000M}), or null for the partition's default
 * @param setup shell lines run before Java in each job, e.g. {@code module load Java/17}
 */
public record SlurmJob(int shards, int cpusPerTask, String time, String partition, String account, String mem,
                       List<String> setup) {

    private static final Pattern TIME = Pattern.compile("(\\d+-)?\\d+(:\\d{1,2}){0,2}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.,+-]+");
    private static final Pattern MEM = Pattern.compile("(\\d+)([KMGT]?)");
    /** The largest array Slurm accepts by default (MaxArraySize=1001 allows indices 0 to 1000). */
    public static final int MAX_SHARDS = 1000;

    public SlurmJob {
        if (shards < 1 || shards > MAX_SHARDS) {
            throw new BadRequestException("--array-size " + shards + ": give 1 to " + MAX_SHARDS
                    + " (Slurm's default MaxArraySize)");
        }
        if (cpusPerTask < 1 || cpusPerTask > 1024) {
            throw new BadRequestException("--cpus-per-task " + cpusPerTask + ": give 1 to 1024");
        }
        check("--time", time, TIME, "e.g. 90 (minutes), 2:00:00 or 1-12:00:00");
        check("--partition", partition, NAME, "letters, digits and . _ - , only");
        check("--account", account, NAME, "letters, digits and . _ - , only");
        check("--mem", mem, MEM, "e.g. 8G or 4000M");
        setup = List.copyOf(setup == null ? List.of() : setup);
        for (String line : setup) {
            if (line.isBlank() || line.contains("\n") || line.contains("\r")) {
                throw new BadRequestException("--setup '" + line + "': give one non-empty shell line per --setup");
            }
        }
    }

    private static void check(String option, String value, Pattern pattern, String hint) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new BadRequestException(option + " '" + value + "': " + hint);
        }
    }

    /**
     * The Java heap for a task: four fifths of {@code --mem} when given, leaving room for the JVM itself; else
     * three quarters of what the JVM sees as the machine's memory (the job's limit where Slurm confines jobs
     * in control groups).
     */
    public String heapOption() {
        if (mem == null) {
            return "-XX:MaxRAMPercentage=75";
        }
        var m = MEM.matcher(mem);
        if (!m.matches()) {
            throw new IllegalStateException(mem);
        }
        long mib = switch (m.group(2)) {
            case "K" -> Long.parseLong(m.group(1)) / 1024;
            case "G" -> Long.parseLong(m.group(1)) * 1024;
            case "T" -> Long.parseLong(m.group(1)) * 1024 * 1024;
            default -> Long.parseLong(m.group(1));
        };
        return "-Xmx" + Math.max(64, mib * 4 / 5) + "m";
    }
}
