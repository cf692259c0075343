package apparat.cluster;

import apparat.output.AtomicFiles;
import apparat.output.BuildInfo;
import apparat.run.BadRequestException;
import apparat.run.RunFolder;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import apparat.scenario.ScenarioWriter;
import apparat.sweep.ShardCensus;
import apparat.sweep.SweepDefinition;
import apparat.sweep.SweepFolder;
import apparat.sweep.SweepPlan;
import apparat.sweep.SweepWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A sweep's folder for a Slurm cluster: a copy of the jar and the sweep frozen as {@code sweep.yaml} with its
 * base scenario ({@code scenario.resolved.yaml}), so that a sweep waiting in the queue is not changed by a
 * rebuild or an edit; the job array, merge and submit scripts; {@code slurm.json} (the plan, read again to
 * re-run missing shards); and the empty {@code shards/} and {@code logs/} folders the jobs write into. The
 * folder appears whole or not at all.
 */
public final class SlurmSweep {

    /** The plan's file in the sweep folder. */
    static final String PLAN = "slurm.json";

    /**
     * What the jobs run.
     *
     * @param name the sweep's name
     * @param runs how many runs the whole sweep has
     * @param job the array's size and resources
     */
    public record Plan(String name, int runs, SlurmJob job) {
    }

    /** The frozen sweep file each shard runs. */
    public static final String INPUT = SweepFolder.SWEEP_FILE;

    /** A written re-run: its script and the shards it runs. */
    public record Rerun(Path script, Path submit, List<Integer> shards) {
    }

    private SlurmSweep() {
    }

    /** How many runs a sweep has. */
    public static int runs(SweepDefinition d) {
        return Math.toIntExact(SweepPlan.points(d) * d.replications());
    }

    /**
     * Writes a new sweep folder at {@code target} (absolute; it must not exist) for the sweep {@code d}, frozen
     * as a sweep folder holds it ({@code sweep.yaml} with the command line's settings in it, naming
     * {@code scenario.resolved.yaml}), so that every shard runs the same sweep whatever happens to the files
     * it was made from.
     *
     * @param jar the Apparat jar to copy
     */
    public static Path write(Path target, Path jar, SweepDefinition d, SlurmJob job, String command)
            throws IOException {
        Scenario loaded = new ScenarioLoader().load(d.scenario());
        SweepPlan sweep = SweepPlan.of(d, loaded);
        Map<String, String> frozen = new LinkedHashMap<>();
        frozen.put(SweepFolder.SCENARIO_FILE, ScenarioWriter.resolvedYaml(loaded));
        frozen.put(INPUT, SweepWriter.yaml(d, sweep.seed(), SweepFolder.SCENARIO_FILE));
        Plan plan = new Plan(d.name(), sweep.runs(), job);
        if (plan.job().shards() > plan.runs()) {
            throw new BadRequestException("--array-size " + plan.job().shards() + ": the sweep has only "
                    + plan.runs() + " runs; give at most " + plan.runs());
        }
        SlurmScript scripts = scripts(target, plan);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        try (RunFolder folder = RunFolder.open(target.getParent(), "slurm", target, now)) {
            Path work = folder.work();
            Files.copy(jar, work.resolve("apparat.jar"));
            for (Map.Entry<String, String> f : frozen.entrySet()) {
                AtomicFiles.write(work.resolve(f.getKey()), f.getValue());
            }
            List<Integer> all = new ArrayList<>();
            for (int k = 0; k < plan.job().shards(); k++) {
                all.add(k);
            }
            script(work.resolve("sweep.sbatch"), scripts.array(all, "Apparat sweep '" + plan.name() + "': "
                    + plan.runs() + " runs in " + plan.job().shards() + " shards, one array task per shard."));
            script(work.resolve("merge.sbatch"), scripts.merge());
            script(work.resolve("submit.sh"), scripts.submit("sweep.sbatch"));
            AtomicFiles.write(work.resolve(PLAN), planJson(plan, command));
            Files.createDirectory(work.resolve("shards"));
            Files.createDirectory(work.resolve("logs"));
            return folder.publish();
        }
    }

    /**
     * Writes {@code rerun-N.sbatch} and {@code submit-rerun-N.sh} in a sweep folder for the shards with runs
     * missing in {@code shards/}, with the recorded resources as {@code change} alters them (a longer time
     * limit, say); the number of shards stays.
     *
     * @return the scripts and shards, or null when no shard is missing
     */
    public static Rerun rerun(Path sweep, UnaryOperator<SlurmJob> change) throws IOException {
        Path folder = sweep.toAbsolutePath().normalize();
        Plan recorded = readPlan(folder);
        Plan plan = new Plan(recorded.name(), recorded.runs(), change.apply(recorded.job()));
        List<Integer> missing = new ArrayList<>();
        if (hasShards(folder.resolve("shards"))) {
            ShardCensus.of(List.of(folder.resolve("shards"))).missing().forEach(m -> missing.add(m.shard()));
        } else {
            for (int k = 0; k < plan.job().shards(); k++) {
                missing.add(k);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        int n = 1;
        while (Files.exists(folder.resolve("rerun-" + n + ".sbatch"))) {
            n++;
        }
        SlurmScript scripts = scripts(folder, plan);
        Path script = folder.resolve("rerun-" + n + ".sbatch");
        script(script, scripts.array(missing, "Re-run of the sweep '" + plan.name() + "': the " + missing.size()
                + " of " + plan.job().shards() + " shards that did not finish."));
        Path submit = folder.resolve("submit-rerun-" + n + ".sh");
        script(submit, scripts.submit(script.getFileName().toString()));
        return new Rerun(script, submit, missing);
    }

    private static boolean hasShards(Path shards) throws IOException {
        try (Stream<Path> list = Files.list(shards)) {
            return list.anyMatch(p -> Files.exists(p.resolve("manifest.json")));
        }
    }

    private static SlurmScript scripts(Path folder, Plan plan) {
        return new SlurmScript(folder, plan.name(), plan.job(), INPUT);
    }

    private static void script(Path file, String text) throws IOException {
        AtomicFiles.write(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String planJson(Plan plan, String command) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apparat_version", BuildInfo.version());
        m.put("name", plan.name());
        m.put("runs", plan.runs());
        SlurmJob j = plan.job();
        m.put("shards", j.shards());
        m.put("cpus_per_task", j.cpusPerTask());
        m.put("time", j.time());
        m.put("partition", j.partition());
        m.put("account", j.account());
        m.put("mem", j.mem());
        m.put("setup", j.setup());
        m.put("command", command);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }

    private static Plan readPlan(Path folder) {
        Path file = folder.resolve(PLAN);
        if (!Files.exists(file)) {
            throw new BadRequestException(folder + ": not a sweep folder written by --slurm (no " + PLAN + ")");
        }
        try {
            JsonNode m = new ObjectMapper().readTree(file.toFile());
            List<String> setup = new ArrayList<>();
            m.path("setup").forEach(o -> setup.add(o.asText()));
            SlurmJob job = new SlurmJob(m.path("shards").asInt(), m.path("cpus_per_task").asInt(),
                    text(m, "time"), text(m, "partition"), text(m, "account"), text(m, "mem"), setup);
            return new Plan(m.path("name").asText(), m.path("runs").asInt(), job);
        } catch (IOException e) {
            throw new BadRequestException(file + ": not readable (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode v = m.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
