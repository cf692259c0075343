package apparat.gui;

import apparat.model.Party;
import apparat.model.Rules;
import java.util.Locale;
import java.util.function.Consumer;
import sim.util.Interval;

/**
 * The rules a teacher can change while the model runs, as bean properties for MASON's inspector (a getter,
 * a setter and, where it helps, a {@code dom…} method that gives the slider's range or the choice list).
 * Each change replaces the party's rules from the next month on; a dated rule change of the scenario
 * replaces them again when it fires. A listener learns of each change in words, so that the live charts can
 * mark it as an event.
 */
public final class RuleControls {

    private static final String[] MODES = {"none", "recommend", "appoint"};
    private static final String[] SELECTIONS = {"loyalty", "competence", "chance"};

    private final Party party;
    private final Consumer<String> onChange;

    public RuleControls(Party party) {
        this(party, change -> { });
    }

    public RuleControls(Party party, Consumer<String> onChange) {
        this.party = party;
        this.onChange = onChange;
    }

    private Rules rules() {
        return party.rules();
    }

    public int getProvinceMode() {
        return rules().appointment().provinceMode().ordinal();
    }

    public void setProvinceMode(int mode) {
        Rules.Appointment a = rules().appointment();
        apply(appointment(a, mode(mode), a.districtMode(), a.confirmProvince(), a.confirmDistrict()),
                "provincial secretaries: " + MODES[clamp(mode, MODES.length)]);
    }

    public String desProvinceMode() {
        return "How the centre fills provincial (gubkom) secretary posts: members elect, the centre recommends, "
                + "or it appoints";
    }

    public Object domProvinceMode() {
        return MODES.clone();
    }

    public int getDistrictMode() {
        return rules().appointment().districtMode().ordinal();
    }

    public void setDistrictMode(int mode) {
        Rules.Appointment a = rules().appointment();
        apply(appointment(a, a.provinceMode(), mode(mode), a.confirmProvince(), a.confirmDistrict()),
                "district secretaries: " + MODES[clamp(mode, MODES.length)]);
    }

    public String desDistrictMode() {
        return "The same for district (ukom) secretaries";
    }

    public Object domDistrictMode() {
        return MODES.clone();
    }

    public boolean getConfirmation() {
        return rules().appointment().confirmProvince() && rules().appointment().confirmDistrict();
    }

    public void setConfirmation(boolean on) {
        Rules.Appointment a = rules().appointment();
        apply(appointment(a, a.provinceMode(), a.districtMode(), on, on), "confirmation " + (on ? "on" : "off"));
    }

    public String desConfirmation() {
        return "Whether an elected provincial or district secretary needs the higher committee's confirmation";
    }

    public double getAssignmentsPerYear() {
        return rules().secretariat().assignmentsPerYear();
    }

    public void setAssignmentsPerYear(double value) {
        Rules.SecretariatRules s = rules().secretariat();
        double v = Math.max(0, Math.min(100_000, value));
        apply(new Rules.SecretariatRules(v, s.secretaryShare(), s.selection(), s.removalShare(),
                s.transferShare(), s.removalThreshold(), s.loyaltyBond(), s.poolSize()), null, null,
                String.format(Locale.ROOT, "Secretariat: %.0f assignments a year", v));
    }

    public String desAssignmentsPerYear() {
        return "Secretary assignments the Secretariat can make in a year (0 to 50,000)";
    }

    public Object domAssignmentsPerYear() {
        return new Interval(0.0, 50_000.0);
    }

    public int getSelection() {
        return rules().secretariat().selection().ordinal();
    }

    public void setSelection(int index) {
        Rules.SecretariatRules s = rules().secretariat();
        Rules.Selection selection = Rules.Selection.valueOf(SELECTIONS[clamp(index, SELECTIONS.length)]
                .toUpperCase(Locale.ROOT));
        apply(new Rules.SecretariatRules(s.assignmentsPerYear(), s.secretaryShare(), selection, s.removalShare(),
                s.transferShare(), s.removalThreshold(), s.loyaltyBond(), s.poolSize()), null, null,
                "Secretariat picks for " + selection.name().toLowerCase(Locale.ROOT));
    }

    public String desSelection() {
        return "What the Secretariat looks for in the secretaries it places";
    }

    public Object domSelection() {
        return SELECTIONS.clone();
    }

    public boolean getFactionBan() {
        return rules().opinion().factionBan();
    }

    public void setFactionBan(boolean on) {
        Rules.Opinion o = rules().opinion();
        apply(null, new Rules.Opinion(o.peerInfluence(), o.privilegeGrievance(), o.appointmentGrievance(),
                o.careeristConformity(), o.noise(), o.fear(), o.voiceRecovery(), on, o.banChill()), null,
                "faction ban " + (on ? "on" : "off"));
    }

    public String desFactionBan() {
        return "The ban on factions: members in opposition fall silent";
    }

    public double getPayCapRatio() {
        return rules().privileges().payCapRatio();
    }

    public void setPayCapRatio(double value) {
        Rules.Privileges p = rules().privileges();
        double v = Math.max(0, Math.min(100, value));
        apply(null, null, new Rules.Privileges(p.averageWage(), p.payCell(), p.payDistrict(), p.payProvince(),
                p.payCentre(), p.familyBonus(), p.familyShare(), p.extraWorkBonus(), p.extraWorkShare(),
                p.taxThreshold(), p.taxRate(), v, p.paidCellShare(), p.staffPerProvince(), p.staffPerDistrict(),
                p.centralStaff(), p.authorised(), p.entitled(), p.careeristAmbition(), p.loyaltyPull(),
                p.staffPerThousandMembers(), p.hiringPerYear()),
                v == 0 ? "no party maximum" : String.format(Locale.ROOT, "party maximum %.1f × average wage", v));
    }

    public String desPayCapRatio() {
        return "Party maximum: functionaries' pay capped at this multiple of the average wage (0 = no cap; 0 to 20)";
    }

    public Object domPayCapRatio() {
        return new Interval(0.0, 20.0);
    }

    // the Model tab's row names (MASON calls name<Property>()), short for a narrow console; the descriptions
    // above explain each

    public String nameProvinceMode() {
        return "Provinces";
    }

    public String nameDistrictMode() {
        return "Districts";
    }

    public String nameConfirmation() {
        return "Confirmation";
    }

    public String nameAssignmentsPerYear() {
        return "Assignments/year";
    }

    public String nameSelection() {
        return "Secretariat picks";
    }

    public String nameFactionBan() {
        return "Faction ban";
    }

    public String namePayCapRatio() {
        return "Pay cap (× wage)";
    }

    private static Rules.Mode mode(int index) {
        return Rules.Mode.values()[clamp(index, MODES.length)];
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(size - 1, index));
    }

    private static Rules.Appointment appointment(Rules.Appointment a, Rules.Mode province, Rules.Mode district,
                                                 boolean confirmProvince, boolean confirmDistrict) {
        return new Rules.Appointment(province, a.provinceRate(), district, a.districtRate(), a.cellMode(),
                a.cellRate(), a.acceptance(), a.acceptanceOppositionPenalty(), confirmProvince, confirmDistrict,
                a.confirmMinAlignment(), a.confirmRefusesOppositionRecord());
    }

    private void apply(Rules.Appointment appointment, String change) {
        Rules r = rules();
        change(r, new Rules(r.structure(), r.initial(), r.recruitment(), r.attrition(), r.terms(),
                r.election(), r.eligibility(), appointment, r.secretariat(), r.privileges(), r.opinion(),
                r.congress()), change);
    }

    private void apply(Rules.SecretariatRules secretariat, Rules.Opinion opinion, Rules.Privileges privileges,
                       String change) {
        Rules r = rules();
        change(r, new Rules(r.structure(), r.initial(), r.recruitment(), r.attrition(), r.terms(),
                r.election(), r.eligibility(), r.appointment(), secretariat == null ? r.secretariat() : secretariat,
                privileges == null ? r.privileges() : privileges, opinion == null ? r.opinion() : opinion,
                r.congress()), change);
    }

    /** Puts new rules in force and tells the listener, unless nothing changed. */
    private void change(Rules before, Rules after, String change) {
        party.changeRules(after);
        if (!after.equals(before)) {
            onChange.accept(change);
        }
    }
}
