package apparat.cli;

import apparat.chart.ChartFormat;
import apparat.chart.RunCharts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;

/** Draws a finished run's charts, PNG and SVG, into its folder before the folder is published. */
final class Charts {

    private Charts() {
    }

    static void drawInto(Path runFolder) throws IOException {
        RunCharts.render(runFolder, EnumSet.of(ChartFormat.PNG, ChartFormat.SVG));
    }
}
