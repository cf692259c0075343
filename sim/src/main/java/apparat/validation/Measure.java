package apparat.validation;

import apparat.model.Month;

/**
 * How a target's or a sweep outcome's quantity is read from a run's tables: a monthly column at a month, its
 * mean, sum, maximum or minimum over a range (optionally plus a second column, or divided by a column at a
 * month), or a congress's column (optionally divided by another of the same congress).
 *
 * @param column the monthly.csv or congresses.csv column
 * @param plus a second monthly column added before summing, or null
 * @param congress the congress id for congresses.csv measures, or null for monthly ones
 * @param kind AT, MEAN, SUM, MAX, MIN or CONGRESS
 * @param from first month (AT: the month)
 * @param to last month
 * @param perColumn divisor column, or null
 * @param perAt month of the divisor for monthly measures
 */
public record Measure(String column, String plus, String congress, Kind kind, Month from, Month to,
                     String perColumn, Month perAt) {

    /** The kinds of measure. */
    public enum Kind { AT, MEAN, SUM, MAX, MIN, CONGRESS }

    /** Reads the measure off one run; NaN if the run has no such value. */
    public double of(RunTables run) {
        if (kind == Kind.CONGRESS) {
            double v = run.congress(congress, column);
            return perColumn == null ? v : v / run.congress(congress, perColumn);
        }
        double value;
        switch (kind) {
            case AT -> value = run.monthly(column, from) + (plus == null ? 0 : run.monthly(plus, from));
            case MEAN, SUM, MAX, MIN -> {
                double sum = 0;
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                int n = 0;
                for (Month m = from; !m.isAfter(to); m = m.plus(1)) {
                    double v = run.monthly(column, m) + (plus == null ? 0 : run.monthly(plus, m));
                    if (!Double.isNaN(v)) {
                        sum += v;
                        max = Math.max(max, v);
                        min = Math.min(min, v);
                        n++;
                    }
                }
                value = n == 0 ? Double.NaN : switch (kind) {
                    case SUM -> sum;
                    case MAX -> max;
                    case MIN -> min;
                    default -> sum / n;
                };
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return perColumn == null ? value : value / run.monthly(perColumn, perAt);
    }

    /** A short description for the report. */
    public String describe() {
        String per = perColumn == null ? "" : " / " + perColumn + (perAt == null ? "" : " at " + perAt);
        String col = column + (plus == null ? "" : " + " + plus);
        return switch (kind) {
            case AT -> col + " at " + from + per;
            case MEAN -> "mean " + col + " " + from + "–" + to + per;
            case SUM -> "sum " + col + " " + from + "–" + to + per;
            case MAX -> "maximum " + col + " " + from + "–" + to + per;
            case MIN -> "minimum " + col + " " + from + "–" + to + per;
            case CONGRESS -> congress + ": " + col + per;
        };
    }
}
