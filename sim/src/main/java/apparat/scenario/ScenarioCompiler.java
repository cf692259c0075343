package apparat.scenario;

import apparat.model.ModelSetup;
import apparat.model.Month;
import apparat.model.Rules;
import apparat.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * Turns a validated {@link Scenario} into the model's {@link ModelSetup}: parameter values into {@link Rules}
 * records, timeline entries into {@link TimelineEvent}s. Rule events are applied in date order, so each carries
 * the complete rules in force from its month on.
 */
public final class ScenarioCompiler {

    private ScenarioCompiler() {
    }

    public static ModelSetup compile(Scenario scenario) {
        ParameterValues current = scenario.parameters();
        List<TimelineEvent> events = new ArrayList<>();
        for (TimelineEntry e : scenario.timeline()) {
            switch (e.type()) {
                case "rule" -> {
                    current = current.with(e.set(), e.setCitations());
                    events.add(new TimelineEvent.RuleChange(e.month(), e.id(), e.label(), rules(current)));
                }
                case "levy" -> events.add(new TimelineEvent.Levy(e.month(), e.id(), e.label(),
                        (Long) e.fields().get("recruits"), intField(e, "months"), dbl(e, "careeristShare"),
                        dbl(e, "literateShare"), dbl(e, "workerShare")));
                case "purge" -> events.add(new TimelineEvent.Purge(e.month(), e.id(), e.label(), dbl(e, "reach"),
                        intField(e, "months"), "quota".equals(e.fields().get("rule")), dbl(e, "quota"),
                        dbl(e, "threshold"),
                        new TimelineEvent.PurgeWeights(dbl(e, "weights.passivity"), dbl(e, "weights.careerism"),
                                dbl(e, "weights.formerOtherParty"), dbl(e, "weights.socialOrigin"),
                                dbl(e, "weights.opposition"), dbl(e, "weights.voicedOpposition"),
                                dbl(e, "weights.illiteracy"), dbl(e, "weights.recentRecruit")),
                        dbl(e, "ruralFactor"), dbl(e, "noise"), dbl(e, "outcomes.candidate"),
                        dbl(e, "outcomes.sympathiser"), (Month) e.fields().get("recruitedAfter")));
                case "repression" -> {
                    Month oldGuard = (Month) e.fields().get("oldGuardJoinedBefore");
                    events.add(new TimelineEvent.Repression(e.month(), e.id(), e.label(), dbl(e, "arrests"),
                            intField(e, "months"), dbl(e, "executionShare"),
                            oldGuard == null ? Month.of(1921, 1) : oldGuard, dbl(e, "weights.oldGuard"),
                            dbl(e, "weights.formerOpposition"), dbl(e, "weights.fallenPatron"),
                            dbl(e, "weights.official"), dbl(e, "weights.delegate"),
                            dbl(e, "weights.centralCommittee"), dbl(e, "weights.provinceSecretary"),
                            dbl(e, "weights.districtSecretary"), dbl(e, "eliteExecutionShare")));
                }
                case "congress" -> events.add(new TimelineEvent.Congress(e.month(), e.id(), e.label(),
                        intField(e, "number"), intField(e, "delegates"), intField(e, "centralCommittee")));
                default -> throw new IllegalStateException("unknown event type " + e.type());
            }
        }
        return new ModelSetup(scenario.start(), scenario.end(), scenario.scale(),
                scenario.parameters().integer("members.initial"), rules(scenario.parameters()),
                events);
    }

    private static double dbl(TimelineEntry e, String field) {
        return ((Number) e.fields().get(field)).doubleValue();
    }

    private static int intField(TimelineEntry e, String field) {
        return Math.toIntExact(((Number) e.fields().get(field)).longValue());
    }

    /** The rules record for a complete set of values. */
    public static Rules rules(ParameterValues v) {
        return new Rules(
            new Rules.Structure(v.integer("structure.provinces"), v.integer("structure.districtsPerProvince"),
                v.integer("structure.cellSize")),
            mix(v, "members"),
            new Rules.Recruitment(v.flag("recruitment.open"), v.decimal("recruitment.ratePerYear"),
                v.integer("recruitment.candidateMonths"), mix(v, "recruitment"),
                v.decimal("recruitment.careeristBase"), v.decimal("recruitment.careeristPrivilegeSensitivity"),
                v.decimal("recruitment.careeristMax"), v.decimal("recruitment.probationFailure")),
            new Rules.Attrition(v.decimal("attrition.resignationPerYear"), v.decimal("attrition.deathPerYear"),
                v.decimal("attrition.workerPeasantFactor"), v.decimal("attrition.officialFactor")),
            new Rules.Terms(v.integer("terms.province"), v.integer("terms.district"), v.integer("terms.cell")),
            new Rules.Election(v.integer("election.candidates"), v.decimal("election.incumbentAdvantage")),
            new Rules.Eligibility(v.month("eligibility.provinceJoinedBefore"),
                v.decimal("eligibility.districtMinStazhYears"), v.decimal("eligibility.cellMinStazhYears")),
            new Rules.Appointment(mode(v, "province"), v.decimal("appointment.province.rate"), mode(v, "district"),
                v.decimal("appointment.district.rate"), mode(v, "cell"), v.decimal("appointment.cell.rate"),
                v.decimal("appointment.acceptance"), v.decimal("appointment.acceptanceOppositionPenalty"),
                v.flag("appointment.confirmProvince"), v.flag("appointment.confirmDistrict"),
                v.decimal("appointment.confirmMinAlignment"), v.decimal("appointment.confirmRefusesOppositionRecord")),
            new Rules.SecretariatRules(v.decimal("secretariat.assignmentsPerYear"),
                v.decimal("secretariat.secretaryShare"),
                Rules.Selection.valueOf(v.text("secretariat.selection").toUpperCase(Locale.ROOT)),
                v.decimal("secretariat.removalShare"), v.decimal("secretariat.transferShare"),
                v.decimal("secretariat.removalThreshold"),
                v.decimal("secretariat.loyaltyBond"), v.integer("secretariat.poolSize")),
            new Rules.Privileges(v.decimal("privileges.averageWage"), v.decimal("privileges.payCell"),
                v.decimal("privileges.payDistrict"), v.decimal("privileges.payProvince"),
                v.decimal("privileges.payCentre"), v.decimal("privileges.familyBonus"),
                v.decimal("privileges.familyShare"), v.decimal("privileges.extraWorkBonus"),
                v.decimal("privileges.extraWorkShare"), v.decimal("privileges.taxThreshold"),
                v.decimal("privileges.taxRate"), v.decimal("privileges.payCapRatio"),
                v.decimal("privileges.paidCellShare"), v.decimal("privileges.staffPerProvince"),
                v.decimal("privileges.staffPerDistrict"), v.integer("privileges.centralStaff"),
                v.integer("privileges.authorised"), v.integer("privileges.entitled"),
                v.decimal("privileges.careeristAmbition"), v.decimal("privileges.loyaltyPull"),
                v.decimal("privileges.staffPerThousandMembers"), v.decimal("privileges.hiringPerYear")),
            new Rules.Opinion(v.decimal("opinion.peerInfluence"), v.decimal("opinion.privilegeGrievance"),
                v.decimal("opinion.appointmentGrievance"), v.decimal("opinion.careeristConformity"),
                v.decimal("opinion.noise"), v.decimal("opinion.fear"), v.decimal("opinion.voiceRecovery"),
                v.flag("opinion.factionBan"), v.decimal("opinion.banChill")),
            new Rules.CongressRules(v.decimal("congress.unconfirmedCapacityFactor"),
                v.decimal("congress.delegateReturn"), v.decimal("congress.dissenterReturnFactor"),
                v.flag("congress.knownDissentersRemoved")));
    }

    private static Rules.MemberMix mix(ParameterValues v, String group) {
        return new Rules.MemberMix(v.decimal(group + ".workerShare"), v.decimal(group + ".peasantShare"),
            v.decimal(group + ".literateShare"),
            group.equals("members") ? v.decimal("members.careeristShare") : v.decimal("recruitment.careeristBase"),
            v.decimal(group + ".oppositionShare"), v.decimal(group + ".formerOtherPartyShare"),
            v.decimal(group + ".passiveShare"), v.decimal(group + ".ruralShare"));
    }

    private static Rules.Mode mode(ParameterValues v, String level) {
        return Rules.Mode.valueOf(v.text("appointment." + level + ".mode").toUpperCase(Locale.ROOT));
    }

}
