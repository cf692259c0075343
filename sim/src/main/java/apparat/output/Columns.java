package apparat.output;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each {@code monthly.csv} column means and its unit, as {@code docs/outputs.md} defines them, for chart
 * titles and axis labels ({@code apparat compare}) so that a chart never shows a bare column name.
 */
public final class Columns {

    /**
     * One column's meaning.
     *
     * @param meaning a short phrase, capitalised, for a title ("Mean alignment of provincial secretaries")
     * @param unit the unit as the data dictionary gives it ({@code persons}, {@code fraction}, {@code −1…+1} …)
     */
    public record Column(String meaning, String unit) {

        /** Whether values are fractions in [0, 1], drawn in per cent. */
        public boolean isFraction() {
            return unit.equals("fraction");
        }

        /**
         * The value axis's label: the unit in words, as drawn ("Share (%)" for a fraction). Short enough for the
         * side of a chart; the meaning goes in the title.
         */
        public String axisLabel() {
            return switch (unit) {
                case "fraction" -> "Share (%)";
                case ALIGNMENT -> "Alignment (−1 opposition … +1 leadership)";
                case "rubles/month" -> "Rubles a month";
                case "ratio" -> "Ratio";
                default -> unit.isEmpty() ? "" : unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1);
            };
        }
    }

    /** The unit of alignment. */
    static final String ALIGNMENT = "−1…+1";

    private static final Map<String, Column> FIXED = fixedColumns();
    private static final Map<String, Column> LEVEL_COLUMNS = levelColumns();
    private static final Map<String, String> LEVELS = Map.of("province", "provincial", "district", "district",
            "cell", "cell");
    private static final Map<String, String> STAZH = Map.of("pre1917", "joined before November 1917",
            "1917_1920", "joined November 1917–1920", "1921_1928", "joined 1921–1928", "1929_on",
            "joined 1929 or later");

    private static Map<String, Column> fixedColumns() {
        Map<String, Column> m = new LinkedHashMap<>();
        fixed(m, "members", "Members and candidates", "persons");
        fixed(m, "full_members", "Full members", "persons");
        fixed(m, "candidates", "Candidates", "persons");
        fixed(m, "recruits", "Admitted this month", "persons");
        fixed(m, "resigned", "Resigned this month", "persons");
        fixed(m, "died", "Died this month", "persons");
        fixed(m, "expelled", "Expelled this month", "persons");
        fixed(m, "arrested", "Arrested this month", "persons");
        fixed(m, "executed", "Executed this month", "persons");
        fixed(m, "cells", "Primary organisations (cells)", "cells");
        fixed(m, "assignments", "Secretariat assignments this month", "assignments");
        fixed(m, "removals", "Secretaries removed or transferred by the Secretariat this month", "assignments");
        fixed(m, "alignment_mean", "Mean alignment of members", "−1…+1");
        fixed(m, "opposition_share", "Members in opposition", "fraction");
        fixed(m, "voiced_opposition_share", "Members in opposition who speak out", "fraction");
        fixed(m, "careerist_share", "Careerists among members", "fraction");
        fixed(m, "recruit_careerist_share", "Careerists among this month's recruits", "fraction");
        fixed(m, "literate_share", "Literate members", "fraction");
        fixed(m, "paid_apparatus", "Paid party functionaries", "persons");
        fixed(m, "entitled", "Persons entitled to special rations and benefits", "persons");
        fixed(m, "pay_ratio", "Functionaries' mean pay over the average wage", "ratio");
        fixed(m, "budget", "Pay bill of the paid apparatus", "rubles/month");
        fixed(m, "candidates_rejected", "Candidates not admitted at the end of their probation", "persons");
        fixed(m, "demoted", "Members a verification put back to candidate or made sympathisers", "persons");
        fixed(m, "cards_withdrawn", "Party cards withdrawn by a purge or verification", "persons");
        fixed(m, "last_congress_delegates", "Delegates seated at the last congress", "persons");
        fixed(m, "delegates_arrested", "Delegates of the last congress arrested this month", "persons");
        fixed(m, "delegates_executed", "Delegates of the last congress executed this month", "persons");
        fixed(m, "central_committee_arrested", "Central Committee members arrested this month", "persons");
        fixed(m, "central_committee_executed", "Central Committee members executed this month", "persons");
        fixed(m, "province_secretaries_arrested", "Provincial secretaries arrested in office this month", "persons");
        fixed(m, "district_secretaries_arrested", "District secretaries arrested in office this month", "persons");
        fixed(m, "elite_posts_refilled", "Posts vacated by an arrest filled again this month", "posts");
        fixed(m, "refilled_stazh_years", "Mean party seniority of those seated in posts vacated by arrests", "years");
        return Map.copyOf(m);
    }

    private static Map<String, Column> levelColumns() {
        Map<String, Column> m = new LinkedHashMap<>();
        fixed(m, "posts", "Secretary posts", "posts");
        fixed(m, "vacant", "Vacant secretary posts", "posts");
        fixed(m, "elected", "Secretaries elected by the members", "posts");
        fixed(m, "recommended", "Secretaries recommended by the centre and accepted", "posts");
        fixed(m, "appointed", "Secretaries appointed from above", "posts");
        fixed(m, "elected_share", "Share of secretaries elected by the members", "fraction");
        fixed(m, "recommended_share", "Share of secretaries recommended by the centre", "fraction");
        fixed(m, "appointed_share", "Share of secretaries appointed from above", "fraction");
        fixed(m, "loyalty", "Mean alignment of secretaries", "−1…+1");
        fixed(m, "new_elected", "Secretaries newly elected this month", "posts");
        fixed(m, "new_recommended", "Secretaries newly seated on recommendation this month", "posts");
        fixed(m, "new_appointed", "Secretaries newly appointed this month", "posts");
        fixed(m, "removed", "Secretaries removed or transferred out this month", "posts");
        fixed(m, "displaced", "Secretaries displaced by the centre this month", "posts");
        return Map.copyOf(m);
    }

    private Columns() {
    }

    private static void fixed(Map<String, Column> m, String column, String meaning, String unit) {
        m.put(column, new Column(meaning, unit));
    }

    /** The meaning of a {@code monthly.csv} column, if it is one. */
    public static Optional<Column> of(String column) {
        Column c = FIXED.get(column);
        if (c != null) {
            return Optional.of(c);
        }
        int cut = column.indexOf('_');
        if (cut > 0 && LEVELS.containsKey(column.substring(0, cut))) {
            Column m = LEVEL_COLUMNS.get(column.substring(cut + 1));
            if (m != null) {
                // "Secretaries elected …" becomes "Provincial secretaries elected …"
                String level = LEVELS.get(column.substring(0, cut));
                String meaning = m.meaning().replaceFirst("(?i)secretar", level + " secretar");
                meaning = meaning.substring(0, 1).toUpperCase(Locale.ROOT) + meaning.substring(1);
                return Optional.of(new Column(meaning, m.unit()));
            }
        }
        for (String what : new String[] {"expelled", "arrested", "executed"}) {
            String prefix = what + "_joined_";
            if (column.startsWith(prefix) && STAZH.containsKey(column.substring(prefix.length()))) {
                String verb = what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
                return Optional.of(new Column(verb + " this month, " + STAZH.get(column.substring(prefix.length())),
                        "persons"));
            }
        }
        return Optional.empty();
    }
}
