package apparat.chart;

import apparat.model.Month;
import apparat.output.Columns;
import apparat.sweep.Outcome;
import apparat.validation.Measure;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A sweep outcome in words, for the titles of its charts: what it means (the sweep file's {@code what:}, else
 * the meaning of its column as {@code docs/outputs.md} gives it, with the month or months it is read over), its
 * unit, and the identifier a researcher finds in {@code outcomes.csv}.
 */
final class OutcomeWords {

    private OutcomeWords() {
    }

    /**
     * "Share of provincial secretaries appointed from above, December 1925"; a measure that adds or divides
     * columns, or reads a congress, in the words of its definition.
     */
    static String meaning(Outcome o) {
        if (!o.what().isEmpty()) {
            return o.what();
        }
        Measure m = o.measure();
        Optional<Columns.Column> column = m.kind() == Measure.Kind.CONGRESS || m.kind() == Measure.Kind.HOLDERS
                || m.plus() != null || m.perColumn() != null ? Optional.empty() : Columns.of(m.column());
        if (column.isEmpty()) {
            String d = m.describe();
            return d.substring(0, 1).toUpperCase(Locale.ROOT) + d.substring(1);
        }
        String span = month(m.from()) + " to " + month(m.to());
        String when = switch (m.kind()) {
            case AT -> month(m.from());
            case MEAN -> "mean of " + span;
            case SUM -> "total of " + span;
            case MAX -> "highest month of " + span;
            case MIN -> "lowest month of " + span;
            default -> throw new IllegalStateException(m.kind().toString());
        };
        return column.get().meaning() + ", " + when;
    }

    /** "province_appointed_1925 in outcomes.csv: province_appointed_share at 1925-12". */
    static String identifier(Outcome o) {
        return o.name() + " in outcomes.csv: " + o.measure().describe();
    }

    /** The outcome's unit in words, from what it measures. */
    static String unit(Outcome o) {
        Measure m = o.measure();
        if (m.perColumn() != null) {
            return "ratio";
        }
        if (m.kind() == Measure.Kind.HOLDERS) {
            return "share 0–1";
        }
        String u = Columns.of(m.column()).map(Columns.Column::unit)
                .orElse(m.column().endsWith("_share") ? "fraction" : "");
        return switch (u) {
            case "fraction" -> "share 0–1";
            case "−1…+1" -> "alignment";
            case "" -> "units of " + o.name();
            default -> u;
        };
    }

    private static String month(Month m) {
        return java.time.Month.of(m.monthOfYear()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.year();
    }
}
