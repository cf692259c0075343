package apparat.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders appear whole or not at all, and never replace one another. */
class RunFolderTest {

    private static final ZonedDateTime NOON = ZonedDateTime.of(1924, 1, 21, 12, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static List<String> entries(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void workingFolderIsHiddenUntilPublished() throws IOException {
        try (RunFolder folder = RunFolder.open(dir, "x", null, NOON)) {
            Files.writeString(folder.work().resolve("a.csv"), "1\n");
            assertEquals(1, entries(dir).size());
            assertTrue(entries(dir).get(0).startsWith(".x-19240121-120000.partial-"), entries(dir)::toString);
            Path published = folder.publish();
            assertEquals(dir.resolve("x-19240121-120000"), published);
        }
        assertEquals(List.of("x-19240121-120000"), entries(dir));
        assertEquals(List.of("a.csv"), entries(dir.resolve("x-19240121-120000")));
    }

    @Test
    void unpublishedFolderIsRemovedOnClose() throws IOException {
        try (RunFolder folder = RunFolder.open(dir, "x", null, NOON)) {
            Files.createDirectories(folder.work().resolve("charts"));
            Files.writeString(folder.work().resolve("charts/a.svg"), "<svg/>");
        }
        assertEquals(List.of(), entries(dir));
    }

    @Test
    void runsStartedInTheSameSecondGetTwoFolders() throws IOException {
        try (RunFolder first = RunFolder.open(dir, "x", null, NOON);
             RunFolder second = RunFolder.open(dir, "x", null, NOON)) {
            Files.writeString(first.work().resolve("who"), "first");
            Files.writeString(second.work().resolve("who"), "second");
            Path a = first.publish();
            Path b = second.publish();
            assertNotEquals(a, b);
            assertEquals("first", Files.readString(a.resolve("who"), StandardCharsets.UTF_8));
            assertEquals("second", Files.readString(b.resolve("who"), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("x-19240121-120000", "x-19240121-120000-2"), entries(dir));
    }

    @Test
    void existingOutFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        assertThrows(RunFolder.RunFolderTakenException.class, () -> RunFolder.open(dir, "x", out, NOON));
        assertEquals(List.of("taken"), entries(dir));
        assertEquals(List.of(), entries(out));
    }

    @Test
    void outFolderTakenDuringTheRunIsNotReplaced() throws IOException {
        Path out = dir.resolve("mine");
        try (RunFolder folder = RunFolder.open(dir, "x", out, NOON)) {
            Files.writeString(folder.work().resolve("who"), "run");
            Files.createDirectories(out);
            Files.writeString(out.resolve("who"), "someone else");
            assertThrows(RunFolder.RunFolderTakenException.class, folder::publish);
        }
        assertEquals("someone else", Files.readString(out.resolve("who"), StandardCharsets.UTF_8));
    }

    @Test
    void resultsRootThatIsAFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("results"), "a file");
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> RunFolder.open(file, "x", null, NOON));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }

    @Test
    void runThatFailsBeforePublishingLeavesNothingBehind() throws IOException {
        Path scenario = Files.writeString(dir.resolve("tiny.yaml"),
                "run:\n  start: 1920-01\n  end: 1920-06\n  scale: 50\nmembers:\n  initial: 20000\n");
        Path results = dir.resolve("results");
        RunRequest request = new RunRequest(scenario, null, null, null, null, results, "test");
        IOException e = assertThrows(IOException.class, () -> SimulationRun.execute(request, Progress.NONE,
                work -> {
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(), entries(results));
    }
}
