package apparat.calibration;

import apparat.output.Numbers;
import apparat.validation.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results of a calibration in words and tables: the fitted values with their bounds and profiles (a value
 * on its bound flagged), the fit of each target split into fitted and held out, and the convergence.
 */
public final class CalibrationReport {

    /** A profile's loss within this share of the best counts as "as good". */
    public static final double PROFILE_SHARE = 0.10;

    private CalibrationReport() {
    }

    /** The step that evaluated the base scenario's values (the search's start), or the first step. */
    static Calibrator.Step start(Calibrator.Result r) {
        double[] s = r.space().start();
        return r.steps().stream().filter(x -> Arrays.equals(x.point(), s)).findFirst().orElse(r.steps().get(0));
    }

    public static String markdown(CalibrationPlan plan, Calibrator.Result r, String runLine) {
        StringBuilder md = new StringBuilder();
        Calibrator.Step best = r.best();
        Calibrator.Step start = start(r);
        md.append("# Calibration `").append(plan.file()).append("`\n\n");
        if (!plan.description().isBlank()) {
            md.append(plan.description().strip()).append("\n\n");
        }
        md.append("Base scenario `").append(plan.scenarioFile()).append("`, targets `").append(plan.targetsFile())
          .append("`. ").append(runLine).append("\n\n")
          .append("Loss (mean squared error in units of each target's tolerance, docs/calibration.md): ")
          .append(loss(start.evaluation().loss())).append(" at the scenario's values, ")
          .append(loss(best.evaluation().loss())).append(" fitted (evaluation ").append(best.number())
          .append(", ").append(best.stage()).append(").\n\n");
        md.append("## Fitted values\n\n")
          .append("| value | scenario | fitted | lower | upper | scale | loss within 10 % of the best | |\n")
          .append("|---|---|---|---|---|---|---|---|\n");
        double lowest = best.evaluation().loss();
        int onBound = 0;
        for (int i = 0; i < r.space().dimension(); i++) {
            FreeParameter p = r.space().parameters().get(i);
            double v = best.values()[i];
            String range = "";
            if (!r.profiles().isEmpty()) {
                double[] within = r.profiles().get(i).withinOf(lowest, PROFILE_SHARE);
                range = within[0] == within[1] ? "narrower than the grid around " + value(v)
                        : value(within[0]) + " – " + value(within[1]);
                if (within[0] <= p.lower() && within[1] >= p.upper()) {
                    range += " (the whole range: the fitted targets do not pin it)";
                }
            }
            boolean bound = p.onBound(v);
            onBound += bound ? 1 : 0;
            md.append("| `").append(p.key()).append("` | ").append(value(p.start())).append(" | ")
              .append(value(v)).append(" | ").append(value(p.lower())).append(" | ").append(value(p.upper()))
              .append(" | ").append(p.log() ? "log" : "linear").append(" | ").append(range).append(" | ")
              .append(bound ? "**on its " + (p.toUnit(v) < 0.5 ? "lower" : "upper")
                      + " bound: a mechanism is probably missing**" : "").append(" |\n");
        }
        md.append('\n');
        if (r.lowestLoss() < best.evaluation().loss()) {
            md.append("A profile point reached a lower loss (").append(loss(r.lowestLoss())).append(") than the ")
              .append("fitted values: the optimisers stopped short of the optimum; a larger budget may help.\n\n");
        }
        if (onBound > 0) {
            md.append("A value within 1 % of a bound means the fit wanted to go beyond what was thought "
                    + "plausible: rather than widening the bounds, look for what the model lacks that would "
                    + "produce the pattern by itself.\n\n");
        }
        md.append("## Fit per target\n\n");
        table(md, "Fitted (the loss is made of these)", plan.fitted(), start, best);
        table(md, "Held out (the test of the fit)", plan.heldOut(), start, best);
        return md.toString();
    }

    private static void table(StringBuilder md, String title, List<Target> targets, Calibrator.Step start,
                              Calibrator.Step best) {
        md.append("### ").append(title).append("\n\n")
          .append("| target | document | model at the scenario's values | model fitted | tolerance | met |\n")
          .append("|---|---|---|---|---|---|\n");
        int met = 0;
        int metBefore = 0;
        for (Target t : targets) {
            double before = measure(start, t);
            double after = measure(best, t);
            met += t.met(after) ? 1 : 0;
            metBefore += t.met(before) ? 1 : 0;
            md.append("| ").append(t.id()).append(" | ").append(Numbers.format(t.document())).append(" | ")
              .append(value(before)).append(" | ").append(value(after)).append(" | ±")
              .append(t.absolute() ? Numbers.format(t.tolerance()) : Math.round(t.tolerance() * 100) + " %")
              .append(" | ").append(Double.isNaN(after) ? "no value" : t.met(after) ? "met" : "**missed**")
              .append(" |\n");
        }
        md.append('\n').append(met).append(" of ").append(targets.size()).append(" met when fitted (")
          .append(metBefore).append(" at the scenario's values).\n\n");
    }

    static double measure(Calibrator.Step s, Target t) {
        Double v = s.evaluation().measures().get(t.id());
        return v == null ? Double.NaN : v;
    }

    /** {@code key,scenario,fitted,lower,upper,log,on_bound,profile_low,profile_high}. */
    public static String fittedCsv(Calibrator.Result r) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = printer(out)) {
            p.printRecord("key", "scenario", "fitted", "lower", "upper", "log", "on_bound", "profile_low",
                    "profile_high");
            double lowest = r.best().evaluation().loss();
            for (int i = 0; i < r.space().dimension(); i++) {
                FreeParameter f = r.space().parameters().get(i);
                double v = r.best().values()[i];
                double[] within = r.profiles().isEmpty() ? new double[] {Double.NaN, Double.NaN}
                        : r.profiles().get(i).withinOf(lowest, PROFILE_SHARE);
                p.printRecord(f.key(), Numbers.format(f.start()), Numbers.format(v), Numbers.format(f.lower()),
                        Numbers.format(f.upper()), f.log(), f.onBound(v), Numbers.format(within[0]),
                        Numbers.format(within[1]));
            }
        }
        return out.toString();
    }

    /** {@code target,role,document,model_start,model_fitted,tolerance,tolerance_kind,met,error}. */
    public static String targetsCsv(CalibrationPlan plan, Calibrator.Result r) throws IOException {
        StringWriter out = new StringWriter();
        Calibrator.Step start = start(r);
        try (CSVPrinter p = printer(out)) {
            p.printRecord("target", "role", "document", "model_start", "model_fitted", "tolerance",
                    "tolerance_kind", "met", "error_tolerances");
            for (Target t : plan.measured()) {
                double v = measure(r.best(), t);
                p.printRecord(t.id(), plan.fitted().contains(t) ? "fitted" : "held_out", Numbers.format(t.document()),
                        Numbers.format(measure(start, t)), Numbers.format(v), Numbers.format(t.tolerance()),
                        t.absolute() ? "absolute" : "relative", Double.isNaN(v) ? "" : Boolean.toString(t.met(v)),
                        Numbers.format(Loss.error(t, v)));
            }
        }
        return out.toString();
    }

    /** {@code key,value,loss}: each profile's grid. */
    public static String profilesCsv(Calibrator.Result r) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = printer(out)) {
            p.printRecord("key", "value", "loss");
            for (Calibrator.Profile pr : r.profiles()) {
                for (int k = 0; k < pr.values().length; k++) {
                    p.printRecord(pr.parameter().key(), Numbers.format(pr.values()[k]),
                            Numbers.format(pr.losses()[k]));
                }
            }
        }
        return out.toString();
    }

    /** {@code evaluation,stage,replayed,loss,best_loss,<parameter keys>}. */
    public static String convergenceCsv(Calibrator.Result r) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = printer(out)) {
            List<String> header = new java.util.ArrayList<>(List.of("evaluation", "stage", "replayed", "loss",
                    "best_loss"));
            r.space().parameters().forEach(f -> header.add(f.key()));
            p.printRecord(header);
            double best = Double.POSITIVE_INFINITY;
            for (Calibrator.Step s : r.steps()) {
                if (!s.stage().equals("profile")) {
                    best = Math.min(best, s.evaluation().loss());
                }
                List<Object> row = new java.util.ArrayList<>(List.of(s.number(), s.stage(), s.replayed(),
                        Numbers.format(s.evaluation().loss()), Numbers.format(best)));
                for (double v : s.values()) {
                    row.add(Numbers.format(v));
                }
                p.printRecord(row);
            }
        }
        return out.toString();
    }

    private static CSVPrinter printer(StringWriter out) throws IOException {
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
    }

    static String loss(double v) {
        return Numbers.format(Math.round(v * 10000) / 10000.0);
    }

    /** A value rounded for reading: four significant digits. */
    static String value(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == 0 || Math.abs(v) >= 1000) {
            return Numbers.format(Math.rint(v));
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
