package apparat.validation;

import apparat.model.CongressRecord;
import apparat.model.Month;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import apparat.output.CongressCsv;
import apparat.output.MonthlyCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A run's tables held in memory under the column names of {@code docs/outputs.md}, so that targets name the
 * same columns a researcher reads in monthly.csv and congresses.csv.
 */
public final class RunTables implements MonthObserver {

    private final StringWriter monthlyText = new StringWriter();
    private final MonthlyCsv monthlyCsv = new MonthlyCsv(monthlyText);
    private final Map<String, Map<String, Double>> monthly = new HashMap<>();
    private final Map<String, Map<String, Double>> congresses = new HashMap<>();

    @Override
    public void month(MonthlyRecord record) {
        monthlyCsv.month(record);
    }

    @Override
    public void finish(List<CongressRecord> records) {
        try {
            monthlyCsv.close();
            read(monthlyText.toString(), "month", monthly);
            read(CongressCsv.format(records), "congress", congresses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables of a finished run, from the text of its monthly.csv and congresses.csv. */
    public static RunTables of(String monthlyCsv, String congressCsv) {
        RunTables t = new RunTables();
        try {
            read(monthlyCsv, "month", t.monthly);
            read(congressCsv, "congress", t.congresses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private static void read(String csv, String key, Map<String, Map<String, Double>> into) throws IOException {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            for (CSVRecord r : p) {
                Map<String, Double> row = new HashMap<>();
                for (Map.Entry<String, String> cell : r.toMap().entrySet()) {
                    row.put(cell.getKey(), number(cell.getValue()));
                }
                into.put(r.get(key), row);
            }
        }
    }

    private static double number(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true") ? 1 : 0;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A monthly column in a month; NaN if the month or column is absent or empty. */
    public double monthly(String column, Month month) {
        Map<String, Double> row = monthly.get(month.toString());
        Double v = row == null ? null : row.get(column);
        return v == null ? Double.NaN : v;
    }

    /** A congress's column; NaN if absent. */
    public double congress(String id, String column) {
        Map<String, Double> row = congresses.get(id);
        Double v = row == null ? null : row.get(column);
        return v == null ? Double.NaN : v;
    }

    /** Whether a monthly column exists. */
    public static boolean hasMonthlyColumn(String column) {
        return MonthlyCsv.header().contains(column);
    }

    /** Whether a congress column exists. */
    public static boolean hasCongressColumn(String column) {
        return CongressCsv.HEADER.contains(column);
    }
}
