package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sweep file in scenarios/sweeps/ reads and plans: the examples the documentation points to work. */
class SweepLibraryTest {

    @Test
    void everyExampleSweepFileIsValid() throws Exception {
        Path folder = Path.of("..", "scenarios", "sweeps");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertTrue(SweepFile.isSweepFile(f), f.toString());
            SweepPlan plan = SweepPlan.of(SweepFile.read(f));
            assertTrue(plan.runs() > 0, f.toString());
            assertFalse(plan.definition().outcomes().isEmpty(), f + " names outcomes");
        }
    }
}
