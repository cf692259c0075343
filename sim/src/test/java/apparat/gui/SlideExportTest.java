package apparat.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.chart.LiveCharts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slides go into a new folder each time, whole, at twice the size on screen; nothing is overwritten. */
class SlideExportTest {

    @TempDir
    Path dir;

    private static JComponent block(Color colour, int width, int height) {
        JPanel p = new JPanel();
        p.setBackground(colour);
        p.setSize(width, height);
        return p;
    }

    @Test
    void eachSaveWritesANewFolderWithEveryPicture() throws IOException {
        LiveCharts charts = new LiveCharts("t", "1920-01", "1920-12");
        charts.month("1920-01", new double[][] {{1, 0, 0}, {0.5, 0.5, 0}, {0, 0, 1}}, 10, 2);
        List<JComponent> parts = List.of(block(Color.RED, 300, 40), block(Color.BLUE, 200, 100));
        Map<String, org.jfree.chart.JFreeChart> named = Map.of("secretaries", charts.secretaries());
        Path first = SlideExport.save(dir, "t", named, parts);
        Path second = SlideExport.save(dir, "t", named, parts);
        assertNotEquals(first, second);
        for (Path folder : List.of(first, second)) {
            assertTrue(folder.getFileName().toString().startsWith("gui-t-"), folder.toString());
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of("hierarchy.png", "secretaries.png"),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no working folder is left behind");
        }
        BufferedImage hierarchy = ImageIO.read(first.resolve("hierarchy.png").toFile());
        assertEquals(600, hierarchy.getWidth(), "twice the widest part");
        assertEquals(280, hierarchy.getHeight(), "twice the parts' heights, one below the other");
        assertEquals(Color.RED.getRGB(), hierarchy.getRGB(10, 10));
        assertEquals(Color.BLUE.getRGB(), hierarchy.getRGB(10, 200));
        BufferedImage chart = ImageIO.read(first.resolve("secretaries.png").toFile());
        assertEquals(2 * SlideExport.CHART_WIDTH, chart.getWidth());
    }
}
