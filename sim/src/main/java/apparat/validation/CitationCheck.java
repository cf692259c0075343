package apparat.validation;

import apparat.scenario.Citation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that each cited line exists and that a cited figure stands on it, in any of the ways the documents
 * write numbers: plain (23600), grouped (23,600), as a percentage (0.28 as 28%, 28 percent), or as rubles and
 * kopeks (6.88 as "6 roubles and 88 kopeks").
 */
public final class CitationCheck {

    private static final Pattern SOURCE = Pattern.compile("([\\w.-]+\\.txt):(\\d+)(?:-(\\d+))?");
    private static final Pattern RUBLES = Pattern.compile("(\\d+) (?:roubles|rubles) and (\\d+) kopeks");

    private CitationCheck() {
    }

    /** The problems found, one line each; empty when every citation holds. */
    public static List<String> check(List<CitedValue> values, SourceDocuments documents) throws IOException {
        List<String> problems = new ArrayList<>();
        for (CitedValue v : values) {
            Citation c = v.citation();
            if (c == null || c.source() == null) {
                continue;
            }
            Matcher m = SOURCE.matcher(c.source());
            if (!m.matches()) {
                problems.add(where(c) + v.key() + ": '" + c.source() + "' is not file.txt:line");
                continue;
            }
            int first = Integer.parseInt(m.group(2));
            int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
            StringBuilder text = new StringBuilder();
            for (int line = first; line <= last; line++) {
                Optional<String> l = documents.line(m.group(1), line);
                if (l.isEmpty()) {
                    problems.add(where(c) + v.key() + ": " + c.source() + " does not exist");
                    text = null;
                    break;
                }
                text.append(l.get()).append('\n');
            }
            if (text != null && ScenarioSources.isCheckedFigure(v) && !contains(text.toString(), v.value())) {
                problems.add(where(c) + v.key() + ": " + c.source() + " does not contain the figure " + v.value()
                        + " (looked for " + String.join(", ", forms(v.value())) + ")");
            }
        }
        return problems;
    }

    private static String where(Citation c) {
        return c.where() == null ? "" : c.where() + ": ";
    }

    /** Whether a line holds a figure in one of its written forms. */
    static boolean contains(String line, Object value) {
        String flat = line.replace('\u00a0', ' ');
        for (String form : forms(value)) {
            Matcher m = Pattern.compile("(?<![\\d.,])" + Pattern.quote(form) + "(?![\\d]|,\\d)").matcher(flat);
            if (m.find()) {
                return true;
            }
        }
        Matcher rubles = RUBLES.matcher(flat);
        while (rubles.find()) {
            BigDecimal amount = new BigDecimal(rubles.group(1) + "." + rubles.group(2));
            if (amount.compareTo(new BigDecimal(value.toString())) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The written forms of a number: plain, grouped, and for a fraction its percentage. */
    static List<String> forms(Object value) {
        BigDecimal d = new BigDecimal(value.toString()).stripTrailingZeros();
        Set<String> forms = new LinkedHashSet<>();
        add(forms, d);
        if (d.abs().compareTo(BigDecimal.ONE) < 0 && d.signum() != 0) {
            BigDecimal percent = d.movePointRight(2).stripTrailingZeros();
            String p = percent.toPlainString();
            forms.add(p + "%");
            forms.add(p + " %");
            forms.add(p + " percent");
            forms.add(p + " per cent");
        }
        return new ArrayList<>(forms);
    }

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    private static void add(Set<String> forms, BigDecimal d) {
        String plain = d.toPlainString();
        forms.add(plain);
        if (d.scale() <= 0 && d.signum() > 0 && d.compareTo(BigDecimal.valueOf(WORDS.length)) < 0) {
            forms.add(WORDS[d.intValueExact()]);
        }
        if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            forms.add(String.format(java.util.Locale.ROOT, "%,d", d.longValueExact()));
            forms.add(String.format(java.util.Locale.ROOT, "%,d", d.longValueExact()).replace(',', ' '));
        }
    }
}
