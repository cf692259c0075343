package apparat.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards merged give the one-machine sweep's tables byte for byte; a sweep with runs missing is refused. */
class ShardMergeTest {

    private static final String SCENARIO = """
            name: small
            run: {start: 1921-01, end: 1922-03, seed: 9, scale: 50}
            members: {initial: 40000}
            timeline:
              later: {date: 1921-07, type: rule, set: {recruitment.open: false}}
              c: {date: 1922-02, type: congress, delegates: 100}
            """;
    private static final List<Sweep.Axis> AXES = List.of(
            new Sweep.Axis("appointment.acceptance", List.of(0.3, 0.9)),
            new Sweep.Axis("secretariat.selection", List.of("loyalty", "chance")));

    @TempDir
    Path dir;
    private Scenario scenario;

    @BeforeEach
    void load() throws Exception {
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, SCENARIO);
        scenario = new ScenarioLoader().load(file);
    }

    /** 4 grid points × 2 replications = 8 runs in 3 shards of 3, 3 and 2 runs. */
    private Path shards(int n) throws Exception {
        Path shards = Files.createDirectories(dir.resolve("shards"));
        for (int k = 0; k < n; k++) {
            Sweep.run(scenario, AXES, 2, 1, k, n, dir, shards.resolve("shard-" + k), "t", Progress.NONE);
        }
        return shards;
    }

    @Test
    void mergedShardsAreTheOneMachineTablesByteForByte() throws Exception {
        Path whole = Sweep.run(scenario, AXES, 2, 2, 0, 1, dir, dir.resolve("whole"), "t", Progress.NONE);
        Path merged = ShardMerge.merge(List.of(shards(3)), dir, dir.resolve("merged"));
        for (String table : List.of("monthly.csv", "congresses.csv", "runs.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(table)), Files.readAllBytes(merged.resolve(table)),
                    table);
        }
        assertEquals(1 + 8, Files.readAllLines(merged.resolve("runs.csv")).size());
        assertTrue(Files.readString(merged.resolve("manifest.json")).contains("\"shards_merged\" : 3"));
    }

    @Test
    void shardFoldersMayBeGivenOneByOneInAnyOrder() throws Exception {
        Path shards = shards(2);
        Path a = ShardMerge.merge(List.of(shards), dir, dir.resolve("a"));
        Path b = ShardMerge.merge(List.of(shards.resolve("shard-1"), shards.resolve("shard-0")), dir,
                dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(a.resolve("monthly.csv")), Files.readAllBytes(b.resolve("monthly.csv")));
    }

    @Test
    void aMissingShardIsNamedByItsRunsAndNothingIsWritten() throws Exception {
        Path shards = shards(3);
        Files.move(shards.resolve("shard-1"), dir.resolve("elsewhere"));
        Files.createDirectory(shards.resolve(".shard-2.partial-123"));
        Files.move(shards.resolve("shard-2"), dir.resolve("elsewhere2"));
        ShardMerge.IncompleteSweepException e = assertThrows(ShardMerge.IncompleteSweepException.class,
                () -> ShardMerge.merge(List.of(shards), dir, dir.resolve("merged")));
        assertEquals("""
                the sweep is incomplete: 2 of 3 shards missing, 5 of 8 runs
                  shard 1: runs 1, 4, 7 (no folder)
                  shard 2: runs 2, 5 (started, never finished: .shard-2.partial-123)""", e.getMessage());
        assertFalse(Files.exists(dir.resolve("merged")));
        assertEquals(List.of(), Files.list(dir).filter(p -> p.getFileName().toString().contains("merged")).toList(),
                "no half-written folder either");
    }

    @Test
    void shardsOfDifferentSweepsOrSplitsAreRefused() throws Exception {
        Path shards = shards(2);
        Path other = dir.resolve("other");
        Sweep.run(scenario.withRun(10, scenario.scale(), scenario.end()), AXES, 2, 1, 1, 2, dir, other, "t",
                Progress.NONE);
        BadRequestException seed = assertThrows(BadRequestException.class,
                () -> ShardMerge.merge(List.of(shards.resolve("shard-0"), other), dir, dir.resolve("m1")));
        assertTrue(seed.getMessage().contains("differ in seed"), seed.getMessage());
        Path third = dir.resolve("third");
        Sweep.run(scenario, AXES, 2, 1, 1, 3, dir, third, "t", Progress.NONE);
        BadRequestException split = assertThrows(BadRequestException.class,
                () -> ShardMerge.merge(List.of(shards.resolve("shard-0"), third), dir, dir.resolve("m2")));
        assertTrue(split.getMessage().contains("is shard 1 of 3"), split.getMessage());
    }

    @Test
    void aDamagedShardIsRefused() throws Exception {
        Path shards = shards(2);
        Path runs = shards.resolve("shard-1/runs.csv");
        List<String> lines = Files.readAllLines(runs);
        Files.write(runs, lines.subList(0, lines.size() - 1));
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> ShardMerge.merge(List.of(shards), dir, dir.resolve("m")));
        assertTrue(e.getMessage().contains("should hold runs [1, 3, 5, 7] but holds [1, 3, 5]"), e.getMessage());
        assertThrows(BadRequestException.class, () -> ShardMerge.merge(List.of(dir.resolve("nothing")), dir, null));
    }
}
