package apparat.gui;

import apparat.run.RunFolder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import org.jfree.chart.JFreeChart;

/**
 * Saves what the window shows as PNG files for slides, at twice the size on screen so they stay sharp on a
 * projector: each chart, and the hierarchy with its calendar and key as one picture. The files go into a new
 * folder {@code results/gui-<scenario>-<timestamp>} that is written aside and renamed into place, so a
 * folder is never half-written and never replaces another.
 */
final class SlideExport {

    /** Charts are drawn at this size in screen pixels, then doubled. */
    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 540;
    private static final int ZOOM = 2;

    private SlideExport() {
    }

    /**
     * @param charts file name (without {@code .png}) to chart
     * @param hierarchy the parts of the hierarchy picture, top to bottom
     * @return the folder written
     */
    static Path save(Path results, String scenario, Map<String, JFreeChart> charts, List<JComponent> hierarchy)
            throws IOException {
        try (RunFolder folder = RunFolder.open(results, "gui-" + scenario, null, ZonedDateTime.now(ZoneOffset.UTC))) {
            for (Map.Entry<String, JFreeChart> c : charts.entrySet()) {
                write(chart(c.getValue()), folder.work().resolve(c.getKey() + ".png"));
            }
            write(stack(hierarchy), folder.work().resolve("hierarchy.png"));
            return folder.publish();
        }
    }

    static BufferedImage chart(JFreeChart chart) {
        BufferedImage image = new BufferedImage(CHART_WIDTH * ZOOM, CHART_HEIGHT * ZOOM, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(ZOOM, ZOOM);
        chart.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        g.dispose();
        return image;
    }

    /** The components painted one below the other, as they look on screen. */
    static BufferedImage stack(List<JComponent> parts) {
        int width = 1;
        int height = 0;
        for (JComponent c : parts) {
            width = Math.max(width, c.getWidth());
            height += c.getHeight();
        }
        BufferedImage image = new BufferedImage(width * ZOOM, Math.max(1, height) * ZOOM,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(ZOOM, ZOOM);
        int y = 0;
        for (JComponent c : parts) {
            Graphics2D part = (Graphics2D) g.create(0, y, c.getWidth(), c.getHeight());
            c.paint(part);
            part.dispose();
            y += c.getHeight();
        }
        g.dispose();
        return image;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
        apparat.output.Readable.file(file);
    }
}
