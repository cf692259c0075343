package apparat.cluster;

import apparat.run.BadRequestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell scripts of a sweep on Slurm: a job array whose task {@code k} runs shard {@code k} of the sweep
 * into {@code shards/shard-k}, a merge job that joins the shards' tables into {@code merged}, and a submit
 * script that queues the array and then the merge job to start once every array task has succeeded.
 * All paths are absolute, so the jobs run the same from whatever folder they are submitted.
 *
 * @param folder the sweep's folder (absolute): the jar, the input, the scripts, shards, logs and merged tables
 * @param name the sweep's name, for the job names
 * @param job the array's size and each task's resources
 * @param input the sweep file inside the folder, frozen with every setting, which each shard runs
 */
public record SlurmScript(Path folder, String name, SlurmJob job, String input) {

    public SlurmScript {
        if (!folder.isAbsolute()) {
            throw new IllegalArgumentException("relative sweep folder " + folder);
        }
        String text = folder.toString();
        for (char c : new char[] {'"', '%', '\\', '\n', '\r', '`', '$'}) {
            if (text.indexOf(c) >= 0) {
                throw new BadRequestException(folder + ": Slurm's #SBATCH lines cannot name a folder with "
                        + (c == '\n' || c == '\r' ? "a line break" : "the character " + c)
                        + " in its path; choose another --out");
            }
        }
        name = name.replaceAll("[^A-Za-z0-9_.+-]", "_");
    }

    /** The job array: every shard, or (for a re-run) only the shards given, in ascending order. */
    public String array(List<Integer> shards, String firstLine) {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/bash\n");
        s.append("# ").append(firstLine).append('\n');
        s.append("# Array task k runs shard k of ").append(job.shards()).append(": the sweep's runs whose index is k ")
                .append("modulo ").append(job.shards()).append(".\n");
        s.append("#SBATCH --job-name=apparat-").append(name).append('\n');
        s.append("#SBATCH --array=").append(ranges(shards)).append('\n');
        s.append("#SBATCH --ntasks=1\n");
        s.append("#SBATCH --cpus-per-task=").append(job.cpusPerTask()).append('\n');
        resources(s);
        s.append("#SBATCH --output=\"").append(folder.resolve("logs")).append("/shard-%a-job%A.out\"\n");
        s.append(prelude());
        // a shard's charts would show a part of the sweep; the merge job draws the whole
        s.append("shard=\"$SLURM_ARRAY_TASK_ID\"\n");
        s.append("dir=\"$SWEEP/shards/shard-$shard\"\n");
        s.append("if [ -f \"$dir/manifest.json\" ]; then\n");
        s.append("  # begun before (a re-run, or a task Slurm requeued): run only the shard's missing runs\n");
        s.append("  set -- --resume \"$dir\"\n");
        s.append("else\n");
        s.append("  set -- \"$SWEEP/").append(input).append("\" --shard \"$shard/").append(job.shards())
                .append("\" --out \"$dir\"\n");
        s.append("fi\n");
        s.append("exec java ").append(job.heapOption()).append(" -Djava.awt.headless=true -jar \"$SWEEP/apparat.jar\"")
                .append(" \\\n    sweep \"$@\" --threads ").append(job.cpusPerTask()).append(" --quiet --no-charts\n");
        return s.toString();
    }

    /** The merge job: joins the shards' tables, and fails (naming the missing runs) if a shard is missing. */
    public String merge() {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/bash\n");
        s.append("# Joins the shards of the sweep '").append(name).append("' into merged/; submit it with\n");
        s.append("# --dependency=afterok:<array job id> so that it starts once every array task has succeeded.\n");
        s.append("#SBATCH --job-name=apparat-").append(name).append("-merge\n");
        s.append("#SBATCH --ntasks=1\n");
        s.append("#SBATCH --cpus-per-task=1\n");
        resources(s);
        s.append("#SBATCH --output=\"").append(folder.resolve("logs")).append("/merge-job%j.out\"\n");
        s.append(prelude());
        s.append("exec java ").append(job.heapOption()).append(" -Djava.awt.headless=true -jar \"$SWEEP/apparat.jar\"")
                .append(" \\\n    sweep --merge \"$SWEEP/shards\" --out \"$SWEEP/merged\"\n");
        return s.toString();
    }

    /** Queues the array script, then the merge job to run after it; prints both job ids. */
    public String submit(String arrayScript) {
        return "#!/bin/bash\n"
                + "# Queues the job array, then the merge job, which starts once every array task has succeeded.\n"
                + "set -euo pipefail\n"
                + "SWEEP=" + quote(folder.toString()) + "\n"
                + "array=$(sbatch --parsable \"$SWEEP/" + arrayScript + "\")\n"
                + "array=${array%%;*}\n"
                + "merge=$(sbatch --parsable --dependency=\"afterok:$array\" \"$SWEEP/merge.sbatch\")\n"
                + "echo \"array job $array\"\n"
                + "echo \"merge job ${merge%%;*}\"\n";
    }

    private void resources(StringBuilder s) {
        if (job.time() != null) {
            s.append("#SBATCH --time=").append(job.time()).append('\n');
        }
        if (job.partition() != null) {
            s.append("#SBATCH --partition=").append(job.partition()).append('\n');
        }
        if (job.account() != null) {
            s.append("#SBATCH --account=").append(job.account()).append('\n');
        }
        if (job.mem() != null) {
            s.append("#SBATCH --mem=").append(job.mem()).append('\n');
        }
    }

    private String prelude() {
        // the setup lines come before `set -u`: module systems' scripts often read unset variables
        StringBuilder s = new StringBuilder();
        s.append("SWEEP=").append(quote(folder.toString())).append('\n');
        for (String line : job.setup()) {
            s.append(line).append('\n');
        }
        s.append("set -euo pipefail\n");
        return s.toString();
    }

    /** Slurm's array notation: {@code 0-19}, or {@code 3,7-9} for the shards of a re-run. */
    static String ranges(List<Integer> shards) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < shards.size()) {
            int j = i;
            while (j + 1 < shards.size() && shards.get(j + 1) == shards.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? shards.get(i).toString() : shards.get(i) + "-" + shards.get(j));
            i = j + 1;
        }
        return String.join(",", parts);
    }

    /** One shell word: the text in single quotes, a single quote written as {@code '\''}. */
    static String quote(String text) {
        if (text.matches("[A-Za-z0-9_./=,:+-]+")) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
