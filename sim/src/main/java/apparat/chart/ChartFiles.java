package apparat.chart;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Writes a chart as PNG, SVG or PDF at lecture size. SVG output is byte-for-byte reproducible: the SVG
 * writer's identifiers get a fixed prefix instead of one taken from the clock.
 */
final class ChartFiles {

    /** Width and height in pixels (PNG) or points (SVG, PDF): 1080p, legible from the back of a hall. */
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private ChartFiles() {
    }

    static Path write(JFreeChart chart, Path folder, String name, ChartFormat format) throws IOException {
        Path file = folder.resolve(name + "." + format.extension());
        Path temp = Files.createTempFile(folder, "." + name, ".tmp");
        try {
            switch (format) {
                case PNG -> ChartUtilities.saveChartAsPNG(temp.toFile(), chart, WIDTH, HEIGHT);
                case SVG -> Files.writeString(temp, svg(chart, name), StandardCharsets.UTF_8);
                case PDF -> pdf(chart, temp);
                default -> throw new IllegalArgumentException(format.toString());
            }
            apparat.output.Readable.file(temp);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }

    static String svg(JFreeChart chart, String name) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix("apparat-" + name);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument();
    }

    private static void pdf(JFreeChart chart, Path file) throws IOException {
        Document document = new Document(new Rectangle(WIDTH, HEIGHT));
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            PdfContentByte content = writer.getDirectContent();
            Graphics2D g2 = content.createGraphics(WIDTH, HEIGHT);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            g2.dispose();
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
