package apparat.chart;

import apparat.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * Draws a run's figures into {@code charts/} of its folder, from the folder's tables alone: after a run, and
 * again at any time with {@code apparat chart}. Headless; the same run gives the same SVG bytes.
 */
public final class RunCharts {

    private RunCharts() {
    }

    /** The names of the figures, as {@code --only} takes them. */
    public static List<String> names() {
        return Figures.NAMES;
    }

    /** Draws every figure in the given formats and writes the index page; returns the files written. */
    public static List<Path> render(Path runDir, Set<ChartFormat> formats) throws IOException {
        return render(runDir, formats, Figures.NAMES);
    }

    /** Draws the named figures only; the index page lists whatever figures the folder then holds. */
    public static List<Path> render(Path runDir, Set<ChartFormat> formats, Collection<String> only)
            throws IOException {
        RunData run = RunData.read(runDir);
        Path folder = runDir.resolve("charts");
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String name : Figures.NAMES) {
            if (!only.contains(name)) {
                continue;
            }
            Optional<JFreeChart> chart = Figures.build(name, run);
            if (chart.isEmpty()) {
                continue;
            }
            for (ChartFormat format : ChartFormat.values()) {
                if (formats.contains(format)) {
                    written.add(ChartFiles.write(chart.get(), folder, name, format));
                }
            }
        }
        List<String> shown = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String name : Figures.NAMES) {
            if (Files.exists(folder.resolve(name + ".png"))) {
                shown.add(name);
                titles.add(Figures.build(name, run).map(c -> c.getTitle().getText()).orElse(name));
            }
        }
        Path index = folder.resolve("index.html");
        Files.deleteIfExists(index);
        AtomicFiles.write(index, IndexPage.html(run, shown, titles));
        written.add(index);
        return written;
    }

    /** Writes any chart in a format, at lecture size, into a folder; returns the file. */
    public static Path write(JFreeChart chart, Path folder, String name, ChartFormat format) throws IOException {
        return ChartFiles.write(chart, folder, name, format);
    }

    /** The chart objects themselves, for inspection (tests look at datasets and markers, not pixels). */
    public static Optional<JFreeChart> chart(Path runDir, String name) throws IOException {
        if (!Figures.NAMES.contains(name)) {
            throw new IllegalArgumentException("no chart named " + name);
        }
        return Figures.build(name, RunData.read(runDir));
    }
}
