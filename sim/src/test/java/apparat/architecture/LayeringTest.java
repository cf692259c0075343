package apparat.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows pointing one way: the model imports no I/O, no Swing or charts, no command line, no YAML, and
 * none of the packages that use it. A scan of the sources, so it needs no extra library.
 */
class LayeringTest {

    private static final Path MODEL = Path.of("src/main/java/apparat/model");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(java\\.io|java\\.nio|javax\\.swing|java\\.awt|org\\.jfree|picocli"
                    + "|com\\.fasterxml|org\\.yaml|org\\.apache\\.commons\\.csv|me\\.tongfei"
                    + "|apparat\\.(scenario|run|output|chart|cli|gui|validation))\\b.*");

    @Test
    void theModelImportsNothingButMasonCommonsMathAndTheJdkCore() throws IOException {
        assertTrue(Files.isDirectory(MODEL), "run from the sim module: " + MODEL.toAbsolutePath());
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MODEL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i).trim()).matches()) {
                        offences.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theModelHoldsNoStaticMutableState() throws IOException {
        Pattern mutableStatic = Pattern.compile(
                "^\\s*(private|public|protected)?\\s*static\\s+(?!final)[\\w<>\\[\\], ]+"
                + "\\s+\\w+\\s*(=|;).*");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/apparat"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (mutableStatic.matcher(line).matches() && !line.contains("(")) {
                        offences.add(file.getFileName() + ":" + (i + 1) + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
