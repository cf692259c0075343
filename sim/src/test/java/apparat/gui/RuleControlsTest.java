package apparat.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.model.ModelSetup;
import apparat.model.Month;
import apparat.model.Party;
import apparat.model.Rules;
import apparat.scenario.ParameterValues;
import apparat.scenario.ScenarioCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live view's controls change the party's rules, and only the rule they name. */
class RuleControlsTest {

    private static Party party() {
        Rules rules = ScenarioCompiler.rules(ParameterValues.defaults());
        return new Party(1, new ModelSetup(Month.of(1922, 1), Month.of(1922, 12), 100, 10_000, rules, List.of()));
    }

    @Test
    void settingAControlReplacesThatRuleAndKeepsTheOthers() {
        Party party = party();
        party.start();
        RuleControls controls = new RuleControls(party);
        Rules before = party.rules();
        controls.setProvinceMode(Rules.Mode.APPOINT.ordinal());
        controls.setConfirmation(true);
        controls.setAssignmentsPerYear(12_000);
        controls.setFactionBan(true);
        controls.setPayCapRatio(1.5);
        controls.setSelection(Rules.Selection.COMPETENCE.ordinal());
        Rules after = party.rules();
        assertEquals(Rules.Mode.APPOINT, after.appointment().provinceMode());
        assertEquals(before.appointment().districtMode(), after.appointment().districtMode());
        assertTrue(after.appointment().confirmProvince() && after.appointment().confirmDistrict());
        assertEquals(12_000, after.secretariat().assignmentsPerYear());
        assertEquals(Rules.Selection.COMPETENCE, after.secretariat().selection());
        assertTrue(after.opinion().factionBan());
        assertEquals(1.5, after.privileges().payCapRatio());
        assertEquals(before.recruitment(), after.recruitment());
        assertEquals(before.structure(), after.structure());
    }

    @Test
    void outOfRangeInputIsClampedNotObeyed() {
        Party party = party();
        RuleControls controls = new RuleControls(party);
        controls.setAssignmentsPerYear(-5);
        controls.setProvinceMode(17);
        assertEquals(0, party.rules().secretariat().assignmentsPerYear());
        assertEquals(Rules.Mode.APPOINT, party.rules().appointment().provinceMode());
        assertFalse(controls.getFactionBan());
    }

    @Test
    void eachChangeIsToldInWordsAndANonChangeIsNot() {
        Party party = party();
        List<String> told = new java.util.ArrayList<>();
        RuleControls controls = new RuleControls(party, told::add);
        controls.setProvinceMode(Rules.Mode.APPOINT.ordinal());
        controls.setProvinceMode(Rules.Mode.APPOINT.ordinal());
        controls.setPayCapRatio(2);
        controls.setFactionBan(controls.getFactionBan());
        assertEquals(List.of("provincial secretaries: appoint", "party maximum 2.0 × average wage"), told);
    }
}
