package apparat.cli;

import static apparat.cli.CommandLineRun.TINY;
import static apparat.cli.CommandLineRun.execute;
import static apparat.cli.CommandLineRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apparat gui} without a display: one line that says so, exit 2, no window and no wait. (With a display
 * the window itself is tested under Xvfb by {@code .ci/gui-test.sh}, which also runs this case through the
 * {@code apparat} script with {@code DISPLAY} unset.)
 */
class GuiCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutADisplayItSaysSoInOneLine() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        Path scenario = write(dir, "tiny.yaml", TINY);
        CommandLineRun r = execute("gui", scenario.toString(), "--play", "3");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().startsWith("apparat: no display:"), r::toString);
    }
}
