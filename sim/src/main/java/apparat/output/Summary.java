package apparat.output;

import apparat.model.CongressRecord;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the headline figures of a run as it goes (peaks, totals, the last month, the congresses) and
 * formats {@code summary.json}. Everything in it follows from the scenario and seed alone, so it is
 * byte-identical between runs.
 */
public final class Summary implements MonthObserver {

    private MonthlyRecord first;
    private MonthlyRecord last;
    private MonthlyRecord peak;
    private long recruits;
    private long resigned;
    private long died;
    private long expelled;
    private long arrested;
    private long executed;
    private double assignments;
    private double removals;
    private List<CongressRecord> congresses = List.of();

    @Override
    public void month(MonthlyRecord r) {
        if (first == null) {
            first = r;
        }
        last = r;
        if (peak == null || r.members() > peak.members()) {
            peak = r;
        }
        recruits += r.recruits();
        resigned += r.resigned();
        died += r.died();
        expelled += r.expelled();
        arrested += r.arrested();
        executed += r.executed();
        assignments += r.assignments();
        removals += r.removals();
    }

    @Override
    public void finish(List<CongressRecord> records) {
        congresses = records;
    }

    /** The summary as JSON, with the run's identity at the top. */
    public String toJson(Map<String, Object> identity) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>(identity);
        if (last != null) {
            root.put("members_start", first.members());
            root.put("members_end", last.members());
            root.put("members_peak", peak.members());
            root.put("members_peak_month", peak.month().toString());
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("recruits", recruits);
            totals.put("resigned", resigned);
            totals.put("died", died);
            totals.put("expelled", expelled);
            totals.put("arrested", arrested);
            totals.put("executed", executed);
            totals.put("assignments", round(assignments));
            totals.put("removals", round(removals));
            root.put("totals", totals);
            Map<String, Object> secretaries = new LinkedHashMap<>();
            for (MonthlyRecord.LevelCounts l : last.levels()) {
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("posts", l.posts());
                level.put("vacant", l.vacant());
                level.put("elected_share", round(l.share(l.elected())));
                level.put("recommended_share", round(l.share(l.recommended())));
                level.put("appointed_share", round(l.share(l.appointed())));
                secretaries.put(l.level().column(), level);
            }
            root.put("secretaries_at_end", secretaries);
            root.put("pay_ratio_end", round(last.payRatio()));
            root.put("paid_apparatus_end", round(last.paidApparatus()));
            root.put("opposition_share_end", round(last.oppositionShare()));
            root.put("careerist_share_end", round(last.careeristShare()));
        }
        root.put("congresses", congresses.size());
        if (!congresses.isEmpty()) {
            CongressRecord c = congresses.get(congresses.size() - 1);
            root.put("last_congress_leadership_vote_share", round(c.leadershipVoteShare()));
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(root) + "\n";
    }


    private static Object round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return new java.math.BigDecimal(Numbers.format(v));
    }
}
