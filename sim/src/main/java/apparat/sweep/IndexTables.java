package apparat.sweep;

import apparat.output.Numbers;
import apparat.run.Seeds;
import apparat.sensitivity.ElementaryEffects;
import apparat.sensitivity.SobolIndices;
import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The table of a design that screens its parameters, computed from the replication means of every design point:
 * {@code sensitivity.csv} (Sobol' indices of a sobol design with {@code sensitivity: true}) or {@code morris.csv}
 * (Morris' elementary-effect measures). The bootstrap of each outcome is seeded from the master seed and the
 * outcome's place, so that the table is the same bytes on every machine.
 */
final class IndexTables {

    /** Header of morris.csv. */
    static final List<String> MORRIS_HEADER = List.of("outcome", "parameter", "mu", "mu_star", "mu_star_ci90_low",
            "mu_star_ci90_high", "sigma", "n");

    private IndexTables() {
    }

    /** The table's file name, or null for a design without one. */
    static String file(SweepDefinition d) {
        if (d.design() == Design.MORRIS) {
            return "morris.csv";
        }
        return d.sensitivity() ? "sensitivity.csv" : null;
    }

    /**
     * The table's text.
     *
     * @param pointMeans per outcome, the mean over its replications at each design point, in point order
     * @param seed the master seed
     */
    static String text(SweepDefinition d, double[][] pointMeans, long seed) throws IOException {
        return d.design() == Design.MORRIS ? morris(d, pointMeans, seed) : sobol(d, pointMeans, seed);
    }

    /** First-order and total indices of each outcome for each varied parameter, with bootstrap intervals. */
    static String sobol(SweepDefinition d, double[][] pointMeans, long seed) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, SweepTables.CSV)) {
            p.printRecord("outcome", "parameter", "first_order", "first_order_ci90_low", "first_order_ci90_high",
                    "total", "total_ci90_low", "total_ci90_high");
            SobolIndices estimator = new SobolIndices(d.factors().size(), SweepTables.RESAMPLES,
                    SweepTables.CONFIDENCE);
            for (int o = 0; o < d.outcomes().size(); o++) {
                SobolIndices.Indices indices = estimator.estimate(pointMeans[o],
                        new MersenneTwisterFast(Seeds.replication(Seeds.design(seed), o)));
                for (int i = 0; i < d.factors().size(); i++) {
                    SobolIndices.Estimate s = indices.first().get(i);
                    SobolIndices.Estimate t = indices.total().get(i);
                    p.printRecord(d.outcomes().get(o).name(), d.factors().get(i).key(), Numbers.format(s.value()),
                            Numbers.format(s.low()), Numbers.format(s.high()), Numbers.format(t.value()),
                            Numbers.format(t.low()), Numbers.format(t.high()));
                }
            }
        }
        return out.toString();
    }

    /** μ, μ* with its bootstrap interval, σ and the number of effects, per outcome and varied parameter. */
    static String morris(SweepDefinition d, double[][] pointMeans, long seed) throws IOException {
        DesignPoints design = DesignPoints.of(d, seed);
        double[][] unit = new double[design.size()][];
        for (int p = 0; p < unit.length; p++) {
            unit[p] = design.unit(p);
        }
        ElementaryEffects estimator = new ElementaryEffects(d.factors().size(), SweepTables.RESAMPLES,
                SweepTables.CONFIDENCE);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, SweepTables.CSV)) {
            p.printRecord(MORRIS_HEADER);
            for (int o = 0; o < d.outcomes().size(); o++) {
                List<ElementaryEffects.Screening> measures = estimator.estimate(unit, pointMeans[o],
                        new MersenneTwisterFast(Seeds.replication(Seeds.design(seed), o)));
                for (int i = 0; i < d.factors().size(); i++) {
                    ElementaryEffects.Screening s = measures.get(i);
                    p.printRecord(d.outcomes().get(o).name(), d.factors().get(i).key(), Numbers.format(s.mu()),
                            Numbers.format(s.muStar()), Numbers.format(s.muStarLow()),
                            Numbers.format(s.muStarHigh()), Numbers.format(s.sigma()), Integer.toString(s.n()));
                }
            }
        }
        return out.toString();
    }
}
