package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.BadRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards merged give the one-machine sweep's tables byte for byte; a sweep with runs missing is refused. */
class ShardMergeTest {

    private static final List<String> TABLES = List.of("runs.csv", "monthly.csv", "congresses.csv", "outcomes.csv",
            "summary.csv");

    /** Small and short, with a congress, so that every table has rows. */
    private static final String SCENARIO = """
            name: small
            run: {start: 1921-01, end: 1921-12, seed: 9, scale: 50}
            members: {initial: 40000}
            timeline:
              c: {date: 1921-10, type: congress, delegates: 100}
            """;
    private static final String SWEEP = """
            scenario: small.yaml
            replications: 2
            vary:
              appointment.acceptance: [0.3, 0.9]
              secretariat.selection: [loyalty, chance]
            outcomes:
              members_end: {column: members, at: 1921-12}
              vote: {congress: c, column: leadership_vote_share}
            """;

    @TempDir
    Path dir;

    private SweepDefinition definition() throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SCENARIO);
        Files.writeString(dir.resolve("sweep.yaml"), SWEEP);
        return SweepFile.read(dir.resolve("sweep.yaml"));
    }

    /** 4 grid points × 2 replications = 8 runs, in {@code n} shards. */
    private Path shards(SweepDefinition d, int n) throws Exception {
        Path shards = Files.createDirectories(dir.resolve("shards"));
        for (int k = 0; k < n; k++) {
            SweepTest.sweep(d, shards.resolve("shard-" + k), 1, new Shard(k, n));
        }
        return shards;
    }

    @Test
    void mergedShardsAreTheOneMachineTablesByteForByte() throws Exception {
        SweepDefinition d = definition();
        Path whole = SweepTest.sweep(d, dir.resolve("whole"), 2, null);
        Path merged = ShardMerge.merge(List.of(shards(d, 3)), dir, dir.resolve("merged"));
        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(table)), Files.readAllBytes(merged.resolve(table)),
                    table);
        }
        assertEquals(1 + 8, Files.readAllLines(merged.resolve("runs.csv")).size());
        assertTrue(Files.readAllLines(merged.resolve("congresses.csv")).size() > 1, "congresses are merged too");
        String manifest = Files.readString(merged.resolve("manifest.json"));
        assertTrue(manifest.contains("\"status\" : \"complete\"") && manifest.contains("\"shards_merged\" : 3"),
                manifest);
        assertEquals(8, SweepFolder.open(merged).finishedIndices().size(), "a sweep folder with every run");
    }

    @Test
    void aSobolDesignMergesToTheSameSensitivityIndices() throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SweepTest.SCENARIO);
        Files.writeString(dir.resolve("sobol.yaml"), SweepFolders.SOBOL);
        SweepDefinition d = SweepFile.read(dir.resolve("sobol.yaml"));
        Path whole = SweepTest.sweep(d, dir.resolve("whole"), 2, null);
        Path merged = ShardMerge.merge(List.of(shards(d, 3)), dir, dir.resolve("merged"));
        for (String table : List.of("runs.csv", "outcomes.csv", "summary.csv", "sensitivity.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(table)), Files.readAllBytes(merged.resolve(table)),
                    table);
        }
    }

    @Test
    void aMorrisDesignMergesToTheSameScreeningTable() throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SweepTest.SCENARIO);
        Files.writeString(dir.resolve("morris.yaml"), SweepFolders.MORRIS);
        SweepDefinition d = SweepFile.read(dir.resolve("morris.yaml"));
        Path whole = SweepTest.sweep(d, dir.resolve("whole"), 2, null);
        Path shards = shards(d, 3);
        assertFalse(Files.exists(shards.resolve("shard-0/morris.csv")), "a shard alone cannot screen");
        Path merged = ShardMerge.merge(List.of(shards), dir, dir.resolve("merged"));
        for (String table : List.of("runs.csv", "outcomes.csv", "summary.csv", "morris.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(table)), Files.readAllBytes(merged.resolve(table)),
                    table);
        }
    }

    @Test
    void shardFoldersMayBeGivenOneByOneInAnyOrder() throws Exception {
        SweepDefinition d = definition();
        Path shards = shards(d, 2);
        Path a = ShardMerge.merge(List.of(shards), dir, dir.resolve("a"));
        Path b = ShardMerge.merge(List.of(shards.resolve("shard-1"), shards.resolve("shard-0")), dir,
                dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(a.resolve("monthly.csv")), Files.readAllBytes(b.resolve("monthly.csv")));
    }

    @Test
    void missingRunsAreNamedByIndexAndNothingIsWritten() throws Exception {
        SweepDefinition d = definition();
        Path shards = shards(d, 3);
        Files.move(shards.resolve("shard-1"), dir.resolve("elsewhere"));
        delete(shards.resolve("shard-2/runs/000005"));
        ShardMerge.IncompleteSweepException e = assertThrows(ShardMerge.IncompleteSweepException.class,
                () -> ShardMerge.merge(List.of(shards), dir, dir.resolve("merged")));
        assertEquals("""
                the sweep is incomplete: 4 of 8 runs missing, in 2 of 3 shards
                  shard 1: runs 1, 4, 7 (no folder)
                  shard 2: run 5 (shard-2 says 'shard complete')""", e.getMessage());
        assertFalse(Files.exists(dir.resolve("merged")));
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(List.of(), list.filter(p -> p.getFileName().toString().contains("merged")).toList(),
                    "no half-written folder either");
        }
    }

    @Test
    void shardsOfDifferentSweepsOrSplitsAreRefused() throws Exception {
        SweepDefinition d = definition();
        Path shards = shards(d, 2);
        Path other = SweepTest.sweep(d.with(null, 77L, null, null), dir.resolve("other"), 1, new Shard(1, 2));
        BadRequestException seed = assertThrows(BadRequestException.class,
                () -> ShardMerge.merge(List.of(shards.resolve("shard-0"), other), dir, dir.resolve("m1")));
        assertTrue(seed.getMessage().contains("another sweep") && seed.getMessage().contains("sweep.yaml differ"),
                seed.getMessage());
        Path third = SweepTest.sweep(d, dir.resolve("third"), 1, new Shard(1, 3));
        BadRequestException split = assertThrows(BadRequestException.class,
                () -> ShardMerge.merge(List.of(shards.resolve("shard-0"), third), dir, dir.resolve("m2")));
        assertTrue(split.getMessage().contains("is shard 1 of 3"), split.getMessage());
        BadRequestException twice = assertThrows(BadRequestException.class,
                () -> ShardMerge.merge(List.of(shards, shards.resolve("shard-0")), dir, dir.resolve("m3")));
        assertTrue(twice.getMessage().contains("shard 0 is given twice"), twice.getMessage());
        assertThrows(BadRequestException.class, () -> ShardMerge.merge(List.of(dir.resolve("none")), dir, null));
    }

    @Test
    void longStretchesOfMissingRunsTakeOneLine() {
        assertEquals("2, 6, …, 398", ShardCensus.listed(java.util.stream.IntStream.iterate(2, i -> i <= 398,
                i -> i + 4).boxed().toList(), 4));
        assertEquals("1, 4, 7", ShardCensus.listed(List.of(1, 4, 7), 3));
        assertEquals("3, 10, 13, …, 28, 40", ShardCensus.listed(List.of(3, 10, 13, 16, 19, 22, 25, 28, 40), 3));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }
}
