package apparat.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Draws a run's charts into its folder, when the chart package is present. */
final class Charts {

    private Charts() {
    }

    static void drawInto(Path runFolder) throws IOException {
        // charts are added with the chart package
    }
}
