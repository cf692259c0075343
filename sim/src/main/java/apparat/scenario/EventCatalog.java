package apparat.scenario;

import static apparat.scenario.ParameterSpec.choice;
import static apparat.scenario.ParameterSpec.decimal;
import static apparat.scenario.ParameterSpec.integer;
import static apparat.scenario.ParameterSpec.month;
import static apparat.scenario.ParameterSpec.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of timeline event and the fields each takes. Every event has {@code date}, {@code type} and an
 * optional {@code label}, {@code source} or {@code assumption}; the fields below are particular to its type.
 */
public final class EventCatalog {

    /** Event types, in the order documented. */
    public static final List<String> TYPES = List.of("rule", "levy", "purge", "repression", "congress");

    private static final Map<String, List<ParameterSpec>> FIELDS = declare();

    private static Map<String, List<ParameterSpec>> declare() {
        Map<String, List<ParameterSpec>> fields = new LinkedHashMap<>();
        fields.put("rule", List.of());
        fields.put("levy", List.of(
            integer("recruits", 0, "persons", 0, 10_000_000, "Recruits admitted by the levy (real persons)."),
            integer("months", 1, "months", 1, 60, "Months over which the levy admits them."),
            decimal("careeristShare", -1, "share", -1, 1,
                "Careerists among the levy's recruits; -1 uses the regular intake's share."),
            decimal("literateShare", -1, "share", -1, 1,
                "Literate recruits of the levy; -1 uses the regular intake's share."),
            decimal("workerShare", -1, "share", -1, 1, "Workers among the levy; -1 uses the regular share.")));
        fields.put("purge", List.of(
            share("reach", 1.0, "Share of members the purge commissions examine."),
            integer("months", 1, "months", 1, 36,
                "Months over which the commissions work through the members, a slice each month."),
            choice("rule", "quota", List.of("quota", "threshold"),
                "Expel a fixed share of the examined (quota) or everyone whose score passes a threshold."),
            share("quota", 0.1, "With rule quota: share of the examined who are expelled."),
            share("threshold", 0.5, "With rule threshold: score above which a member is expelled."),
            decimal("weights.passivity", 0, "weight", 0, 100, "Weight of taking no part in party life."),
            decimal("weights.careerism", 0, "weight", 0, 100, "Weight of having joined for a career."),
            decimal("weights.formerOtherParty", 0, "weight", 0, 100, "Weight of former membership of another party."),
            decimal("weights.socialOrigin", 0, "weight", 0, 100, "Weight of a non-worker origin."),
            decimal("weights.opposition", 0, "weight", 0, 100, "Weight of leaning to the opposition."),
            decimal("weights.voicedOpposition", 0, "weight", 0, 100,
                "Weight of speaking in opposition (counts only while factions are banned)."),
            decimal("weights.illiteracy", 0, "weight", 0, 100, "Weight of illiteracy."),
            decimal("weights.recentRecruit", 0, "weight", 0, 100,
                "Weight of having joined after recruitedAfter: the sorting that follows an intake wave."),
            month("recruitedAfter", "Members who joined in or after this month count as recent recruits."),
            share("outcomes.candidate", 0,
                "Share of those whose card is withdrawn who are demoted to candidate instead of expelled."),
            share("outcomes.sympathiser", 0,
                "Share of those whose card is withdrawn who are kept as sympathisers outside the party."),
            decimal("ruralFactor", 1, "×", 0, 10, "Multiplier of the score of members in the countryside."),
            share("noise", 0.1, "Arbitrariness: random part of the score, as a share of the largest weight.")));
        fields.put("repression", List.of(
            share("arrests", 0.05, "Share of members arrested over the campaign."),
            integer("months", 12, "months", 1, 120, "Length of the campaign."),
            share("executionShare", 0.28, "Share of the arrested who are shot."),
            month("oldGuardJoinedBefore", "Members who joined before this month count as the old guard."),
            decimal("weights.oldGuard", 1, "weight", 0, 1000, "Weight of early party seniority."),
            decimal("weights.formerOpposition", 1, "weight", 0, 1000, "Weight of leaning to the opposition."),
            decimal("weights.fallenPatron", 1, "weight", 0, 1000, "Weight of a patron who has been arrested."),
            decimal("weights.official", 1, "weight", 0, 1000, "Weight of holding a secretary post."),
            decimal("weights.delegate", 1, "weight", 0, 1000, "Weight of being a delegate of the last congress."),
            decimal("weights.centralCommittee", 0, "weight", 0, 1000,
                "Weight of being a member of the Central Committee the last congress elected."),
            decimal("weights.provinceSecretary", 0, "weight", 0, 1000, "Weight of being a provincial secretary."),
            decimal("weights.districtSecretary", 0, "weight", 0, 1000, "Weight of being a district secretary."),
            share("eliteExecutionShare", 0.28,
                "Share of the arrested elite (delegates of the last congress, Central Committee members, "
                    + "provincial and district secretaries) who are shot.")));
        fields.put("congress", List.of(
            integer("number", 0, "ordinal", 0, 100, "The congress's number (e.g. 12)."),
            integer("delegates", 500, "persons", 1, 100_000, "Voting delegates."),
            integer("centralCommittee", 27, "persons", 1, 1_000, "Members of the Central Committee it elects.")));
        return java.util.Collections.unmodifiableMap(fields);
    }

    private EventCatalog() {
    }

    /** The type-specific fields of an event type, or null for an unknown type. */
    public static List<ParameterSpec> fields(String type) {
        return FIELDS.get(type);
    }

    /** The field of a type with this (dotted) name, or null. */
    public static ParameterSpec field(String type, String name) {
        List<ParameterSpec> fields = FIELDS.get(type);
        if (fields == null) {
            return null;
        }
        return fields.stream().filter(f -> f.key().equals(name)).findFirst().orElse(null);
    }
}
