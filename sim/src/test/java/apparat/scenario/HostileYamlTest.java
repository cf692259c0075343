package apparat.scenario;

import static apparat.scenario.ScenarioFiles.RUN;
import static apparat.scenario.ScenarioFiles.assertMentions;
import static apparat.scenario.ScenarioFiles.problem;
import static apparat.scenario.ScenarioFiles.write;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML built to exhaust memory or time is refused quickly instead of obeyed. */
class HostileYamlTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private String refusedQuickly(String text) {
        Path file = write(dir, "hostile.yaml", text);
        return assertTimeoutPreemptively(QUICKLY, () -> problem(file));
    }

    @Test
    void billionLaughsAliasesAreRefused() {
        StringBuilder text = new StringBuilder(RUN);
        text.append("description: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            text.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                text.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            text.append("]\n");
            previous = c;
        }
        String message = refusedQuickly(text.toString());
        assertMentions(message, "hostile.yaml:5: ", "aliases", "not allowed");
    }

    @Test
    void singleAliasIsRefusedToo() {
        String message = refusedQuickly(RUN + "members:\n  initial: &n 100\nrecruitment:\n  candidateMonths: *n\n");
        assertMentions(message, "hostile.yaml:7: ", "aliases");
    }

    @Test
    void flowNestingDeeperThanTheLimitIsRefused() {
        String text = RUN + "description: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String message = refusedQuickly(text);
        assertMentions(message, "hostile.yaml:", "nest");
    }

    @Test
    void blockNestingJustOverTheLimitIsRefused() {
        StringBuilder text = new StringBuilder(RUN);
        for (int depth = 0; depth <= YamlReader.MAX_DEPTH + 1; depth++) {
            text.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        text.append("  ".repeat(YamlReader.MAX_DEPTH + 2)).append("leaf: 1\n");
        String message = refusedQuickly(text.toString());
        assertMentions(message, "hostile.yaml:", "nest");
    }

    @Test
    void fileOverTheCharacterLimitIsRefused() {
        String text = RUN + "description: \"" + "x".repeat(YamlReader.MAX_CHARS) + "\"\n";
        String message = refusedQuickly(text);
        assertMentions(message, "hostile.yaml: ", "limited to " + YamlReader.MAX_CHARS);
    }

    @Test
    void enormousFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("enormous.yaml");
        byte[] block = "# padding padding padding padding padding padding padding padding padding\n".repeat(1000)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written <= YamlReader.MAX_CHARS * 4L; written += block.length) {
                out.write(block);
            }
        }
        String message = assertTimeoutPreemptively(QUICKLY, () -> problem(file));
        assertMentions(message, "enormous.yaml: ", "too large");
    }

    @Test
    void tooManyNodesAreRefused() {
        StringBuilder text = new StringBuilder(RUN + "description: [");
        for (int i = 0; i <= YamlReader.MAX_NODES; i++) {
            text.append(i == 0 ? "" : ",").append('1');
        }
        text.append("]\n");
        String message = refusedQuickly(text.toString());
        assertMentions(message, "hostile.yaml:", "more than " + YamlReader.MAX_NODES + " YAML nodes");
    }
}
