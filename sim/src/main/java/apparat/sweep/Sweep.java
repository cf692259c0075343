package apparat.sweep;

import apparat.output.BuildInfo;
import apparat.run.GitCommit;
import apparat.run.Progress;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import apparat.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A parameter sweep from start to tables: checks the definition, creates the sweep folder with the sweep and
 * the base scenario as run, runs the missing runs, and builds the tables from the folder. Starting and resuming
 * are the same work: a new sweep is a folder with no runs yet, and every run is planned from the folder's own
 * {@code sweep.yaml} and {@code scenario.resolved.yaml}, so that a resumed sweep gives the same bytes.
 */
public final class Sweep {

    /**
     * How to run.
     *
     * @param threads runs at once
     * @param shard the share of runs to run, or null (a new sweep: all; a resumed one: the shard it began with)
     * @param command the command line, for the manifest
     */
    public record Settings(int threads, Shard shard, String command) {
    }

    /**
     * What happened.
     *
     * @param folder the sweep folder
     * @param report the runs
     * @param tables the tables written, or null if the sweep stopped before its runs were done
     * @param removed stale partial files and folders removed before the runs
     */
    public record Result(Path folder, SweepRunner.Report report, SweepTables.Written tables, List<Path> removed) {
    }

    private Sweep() {
    }

    /**
     * Starts a new sweep.
     *
     * @param original the sweep file's text as written, kept beside the sweep as run; null for {@code --vary}
     * @param resultsRoot where the folder goes unless {@code out} is given
     * @param out the folder to create, or null
     */
    public static Result start(SweepDefinition d, String original, Path resultsRoot, Path out, Settings settings,
                               Progress progress, StopRequest stop) throws IOException, InterruptedException {
        Scenario loaded = new ScenarioLoader().load(d.scenario());
        SweepPlan plan = SweepPlan.of(d, loaded);
        Shard shard = settings.shard() == null ? Shard.ALL : settings.shard();
        String name = "sweep-" + d.name() + (shard.n() > 1 ? "-shard" + shard.k() + "of" + shard.n() : "");
        SweepFolder folder = SweepFolder.create(resultsRoot, name, out, ZonedDateTime.now(ZoneOffset.UTC));
        folder.replace(SweepFolder.SCENARIO_FILE, ScenarioWriter.resolvedYaml(loaded));
        folder.replace(SweepFolder.SWEEP_FILE, SweepWriter.yaml(d, plan.seed(), SweepFolder.SCENARIO_FILE));
        if (original != null) {
            folder.replace(SweepFolder.ORIGINAL_FILE, original);
        }
        ObjectNode manifest = new ObjectMapper().createObjectNode();
        manifest.put("apparat_version", BuildInfo.version());
        manifest.put("git_commit", GitCommit.find(Path.of(d.file()).toAbsolutePath()));
        manifest.put("sweep", d.name());
        manifest.put("sweep_file", d.file());
        manifest.put("scenario", loaded.name());
        manifest.put("scenario_file", loaded.file());
        manifest.put("seed", plan.seed());
        manifest.put("scale", plan.base().scale());
        manifest.put("start", plan.base().start().toString());
        manifest.put("end", plan.base().end().toString());
        manifest.put("design", d.design().word());
        manifest.put("points", plan.points());
        manifest.put("replications", d.replications());
        manifest.put("runs_in_sweep", plan.runs());
        manifest.put("shard", shard.toString());
        manifest.put("runs_in_this_shard", shard.size(plan.runs()));
        manifest.putArray("sessions");
        return run(folder, manifest, new Settings(settings.threads(), shard, settings.command()), progress, stop,
                List.of());
    }

    /** Completes a stopped or killed sweep: removes stale partials, runs the missing runs, writes the tables. */
    public static Result resume(Path dir, Settings settings, Progress progress, StopRequest stop)
            throws IOException, InterruptedException {
        SweepFolder folder = SweepFolder.open(dir);
        List<Path> removed = folder.removeStalePartials();
        Path manifestFile = dir.resolve("manifest.json");
        ObjectNode manifest = Files.isRegularFile(manifestFile)
                ? (ObjectNode) new ObjectMapper().readTree(manifestFile.toFile())
                : new ObjectMapper().createObjectNode();
        if (!manifest.has("sessions")) {
            manifest.putArray("sessions");
        }
        Shard shard = settings.shard();
        if (shard == null) {
            JsonNode recorded = manifest.get("shard");
            String[] kn = recorded == null ? new String[] {"0", "1"} : recorded.asText().split("/");
            shard = new Shard(Integer.parseInt(kn[0]), Integer.parseInt(kn[1]));
        }
        return run(folder, manifest, new Settings(settings.threads(), shard, settings.command()), progress, stop,
                removed);
    }

    private static Result run(SweepFolder folder, ObjectNode manifest, Settings settings, Progress progress,
                              StopRequest stop, List<Path> removed) throws IOException, InterruptedException {
        long started = System.nanoTime();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Path dir = folder.dir();
        SweepDefinition d = SweepFile.read(dir.resolve(SweepFolder.SWEEP_FILE));
        SweepPlan plan = SweepPlan.of(d, new ScenarioLoader().load(dir.resolve(SweepFolder.SCENARIO_FILE)));
        ObjectNode session = ((ArrayNode) manifest.get("sessions")).addObject();
        session.put("started_utc", DateTimeFormatter.ISO_INSTANT.format(now));
        session.put("command", settings.command());
        session.put("threads", settings.threads());
        session.put("shard", settings.shard().toString());
        session.put("java", System.getProperty("java.version"));
        session.put("host", apparat.run.PartialName.host());
        manifest.put("status", "running");
        writeManifest(folder, manifest);
        SweepRunner.Report report = new SweepRunner(settings.threads(), progress, stop)
                .run(folder, plan, settings.shard(), (r, f) -> SweepRun.write(plan, r, f));
        SweepTables.Written tables = report.stopped() ? null : SweepTables.write(dir);
        session.put("runs_done", report.ran());
        session.put("wall_seconds", Math.round((System.nanoTime() - started) / 1e6) / 1000.0);
        int finished = folder.finishedIndices().size();
        manifest.put("runs_finished", finished);
        manifest.put("status", report.stopped() ? "stopped" : finished == plan.runs() ? "complete" : "shard complete");
        writeManifest(folder, manifest);
        return new Result(dir, report, tables, removed);
    }

    private static void writeManifest(SweepFolder folder, ObjectNode manifest) throws IOException {
        folder.replace("manifest.json", new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(manifest) + "\n");
    }
}
