package apparat.validation;

import apparat.model.Month;

/**
 * How a target's quantity is read from a run's tables: a monthly column at a month, its mean or sum over a
 * range (optionally plus a second column, or divided by a column at a month), or a congress's column
 * (optionally divided by another of the same congress), or the share of the persons who held a level's
 * secretary posts during a period who got the post a given way ({@code HOLDERS}: the holders at the end of the
 * month before, plus those seated during the period).
 *
 * @param column the monthly.csv or congresses.csv column; for HOLDERS the level (province, district, cell)
 * @param plus a second monthly column added before summing, or null; for HOLDERS how the post was got
 *     (elected, recommended, appointed)
 * @param congress the congress id for congresses.csv measures, or null for monthly ones
 * @param kind AT, MEAN, SUM or CONGRESS
 * @param from first month (AT: the month)
 * @param to last month
 * @param perColumn divisor column, or null
 * @param perAt month of the divisor for monthly measures
 */
public record Measure(String column, String plus, String congress, Kind kind, Month from, Month to,
                     String perColumn, Month perAt) {

    /** The kinds of measure. */
    public enum Kind { AT, MEAN, SUM, CONGRESS, HOLDERS }

    /** The ways a post is got, as monthly.csv names them. */
    public static final java.util.List<String> HOW = java.util.List.of("elected", "recommended", "appointed");

    /** Reads the measure off one run; NaN if the run has no such value. */
    public double of(RunTables run) {
        if (kind == Kind.CONGRESS) {
            double v = run.congress(congress, column);
            return perColumn == null ? v : v / run.congress(congress, perColumn);
        }
        if (kind == Kind.HOLDERS) {
            return holders(run);
        }
        double value;
        switch (kind) {
            case AT -> value = run.monthly(column, from) + (plus == null ? 0 : run.monthly(plus, from));
            case MEAN, SUM -> {
                double sum = 0;
                int n = 0;
                for (Month m = from; !m.isAfter(to); m = m.plus(1)) {
                    double v = run.monthly(column, m) + (plus == null ? 0 : run.monthly(plus, m));
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
                value = n == 0 ? Double.NaN : kind == Kind.SUM ? sum : sum / n;
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return perColumn == null ? value : value / run.monthly(perColumn, perAt);
    }

    private double holders(RunTables run) {
        Month before = from.plus(-1);
        double part = run.monthly(column + "_" + plus, before);
        double all = 0;
        for (String how : HOW) {
            all += run.monthly(column + "_" + how, before);
        }
        for (Month m = from; !m.isAfter(to); m = m.plus(1)) {
            part += run.monthly(column + "_new_" + plus, m);
            for (String how : HOW) {
                all += run.monthly(column + "_new_" + how, m);
            }
        }
        return all == 0 ? Double.NaN : part / all;
    }

    /** A short description for the report. */
    public String describe() {
        String per = perColumn == null ? "" : " / " + perColumn + (perAt == null ? "" : " at " + perAt);
        String col = column + (plus == null ? "" : " + " + plus);
        return switch (kind) {
            case AT -> col + " at " + from + per;
            case MEAN -> "mean " + col + " " + from + "–" + to + per;
            case SUM -> "sum " + col + " " + from + "–" + to + per;
            case CONGRESS -> congress + ": " + col + per;
            case HOLDERS -> "share of " + column + " secretaries in post " + from + "–" + to + " who were " + plus;
        };
    }
}
