package apparat.scenario;

import static apparat.scenario.ScenarioFiles.RUN;
import static apparat.scenario.ScenarioFiles.assertMentions;
import static apparat.scenario.ScenarioFiles.problem;
import static apparat.scenario.ScenarioFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad value in a scenario file is refused with one message naming file, line and key. */
class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private String refused(String text) {
        return problem(write(dir, "x.yaml", text));
    }

    @Test
    void moreCongressesThanTheRollCanNumberAreRefused() {
        StringBuilder text = new StringBuilder(RUN + "timeline:\n");
        for (int i = 0; i < 256; i++) {
            text.append("  c").append(i).append(": {date: 1920-0").append(1 + i % 9).append(", type: congress}\n");
        }
        assertMentions(refused(text.toString()), "x.yaml:5: timeline: holds 256 congresses; a run holds at most 255");
    }

    @Test
    void unknownTopLevelKeyIsReportedOnceWithSuggestion() {
        String message = refused(RUN + "apointment:\n  acceptance: 0.5\n");
        assertMentions(message, "x.yaml:4: apointment: unknown key", "did you mean 'appointment'?");
        assertFalse(message.contains("\n"), () -> "one problem, one line:\n" + message);
    }

    @Test
    void unknownNestedParameterIsReportedWithSuggestion() {
        String message = refused(RUN + "appointment:\n  aceptance: 0.5\n");
        assertMentions(message, "x.yaml:5: appointment.aceptance: unknown parameter",
                "did you mean 'appointment.acceptance'?");
    }

    @Test
    void textWhereANumberBelongsIsRefused() {
        String message = refused(RUN + "appointment:\n  acceptance: lots\n");
        assertMentions(message, "x.yaml:5: appointment.acceptance: 'lots' is not a number");
    }

    @Test
    void quotedNumberIsTextAndRefused() {
        String message = refused(RUN + "members:\n  initial: \"1000\"\n");
        assertMentions(message, "x.yaml:5: members.initial: '1000' is not a whole number");
    }

    @Test
    void numberWhereABooleanBelongsIsRefused() {
        String message = refused(RUN + "appointment:\n  confirmProvince: 1\n");
        assertMentions(message, "x.yaml:5: appointment.confirmProvince: '1' is not true or false");
    }

    @Test
    void listWhereAScalarBelongsIsRefused() {
        String message = refused(RUN + "members:\n  initial: [1, 2]\n");
        assertMentions(message, "x.yaml:5: members.initial: expected a whole number", "found a list");
    }

    @Test
    void valueBelowTheMinimumIsRefused() {
        String message = refused(RUN + "members:\n  initial: 0\n");
        assertMentions(message, "x.yaml:5: members.initial: 0 is below the minimum 1 (persons)");
    }

    @Test
    void valueAboveTheMaximumIsRefused() {
        String message = refused(RUN + "appointment:\n  acceptance: 1.4\n");
        assertMentions(message, "x.yaml:5: appointment.acceptance: 1.4 is above the maximum 1 (share)");
    }

    @Test
    void monthThirteenIsRefused() {
        String message = refused("run:\n  start: 1922-13\n  end: 1923-12\n");
        assertMentions(message, "x.yaml:2: run.start: '1922-13' has month 13");
    }

    @Test
    void monthWrittenInWordsIsRefused() {
        String message = refused(RUN + "timeline:\n  c:\n    type: congress\n    date: April 1922\n");
        assertMentions(message, "x.yaml:7: timeline.c.date: 'April 1922' is not a month", "YYYY-MM");
    }

    @Test
    void eventDateOutsideTheRunIsRefused() {
        String message = refused(RUN + "timeline:\n  c:\n    type: congress\n    date: 1925-03\n");
        assertMentions(message, "x.yaml:7: timeline.c.date: 1925-03 is outside the run (1920-01 to 1921-12)");
    }

    @Test
    void eventDateBeforeTheRunIsRefused() {
        String message = refused(RUN + "timeline:\n  c:\n    date: 1919-12\n    type: congress\n");
        assertMentions(message, "x.yaml:6: timeline.c.date: 1919-12 is outside the run");
    }

    @Test
    void missingRunStartIsRefused() {
        String message = refused("name: x\nrun:\n  end: 1921-12\n");
        assertMentions(message, "x.yaml:2: run.start: missing");
    }

    @Test
    void missingRunEndIsRefused() {
        String message = refused("run:\n  start: 1920-01\n");
        assertMentions(message, "x.yaml:1: run.end: missing");
    }

    @Test
    void missingRunSectionIsRefused() {
        String message = refused("name: x\nmembers:\n  initial: 100\n");
        assertMentions(message, "x.yaml:1: run: a scenario needs 'run:'");
    }

    @Test
    void endBeforeStartIsRefused() {
        String message = refused("run:\n  start: 1920-01\n  end: 1919-12\n");
        assertMentions(message, "x.yaml:3: run.end: ends (1919-12) before it starts (1920-01)");
    }

    @Test
    void missingFileIsRefused() {
        String message = problem(dir.resolve("nowhere.yaml"));
        assertMentions(message, "nowhere.yaml: no such file");
    }

    @Test
    void folderInsteadOfFileIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        assertMentions(problem(folder), "folder.yaml: is a folder, not a scenario file");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException {
        Path file = dir.resolve("latin.yaml");
        byte[] head = (RUN + "description: ").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = (byte) 't';
        bytes[head.length + 2] = (byte) '\n';
        Files.write(file, bytes);
        assertMentions(problem(file), "latin.yaml:4: ", "not UTF-8");
    }

    @Test
    void unclosedBracketIsReportedWithTheLineWhereItOpened() {
        String message = refused(RUN + "members: {initial: 100\nappointment:\n  acceptance: 0.5\n");
        assertMentions(message, "x.yaml:5: not valid YAML: expected ',' or '}'",
                "flow mapping that starts on line 4");
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void yesAndNoAreReadAsTrueAndFalse() {
        Scenario s = ScenarioFiles.load(write(dir, "x.yaml", RUN
                + "appointment:\n  confirmProvince: yes\n  confirmDistrict: Off\n"));
        assertEquals(true, s.parameters().flag("appointment.confirmProvince"));
        assertEquals(false, s.parameters().flag("appointment.confirmDistrict"));
    }

    @Test
    void hexadecimalNumberIsNotCalledTooLarge() {
        String message = refused(RUN + "members:\n  initial: 0x10\n");
        assertMentions(message, "x.yaml:5: members.initial: '0x10' is not a whole number written in decimal digits");
    }

    @Test
    void controlCharactersInAKeyAreNotEchoedRaw() {
        String message = refused(RUN + "\"\\e[31mred\": 1\n");
        assertMentions(message, "x.yaml:4: \\u001b[31mred: unknown key");
        assertFalse(message.contains("\u001b"), message);
    }

    @Test
    void listAsAKeyIsRefusedPlainly() {
        String message = refused(RUN + "? [a, b]\n: 1\n");
        assertMentions(message, "x.yaml:4: not valid YAML: a key must be plain text");
    }

    @Test
    void badIndentationIsReportedWithItsLine() {
        String message = refused("run:\n  start: 1920-01\n end: 1921-12\n");
        assertMentions(message, "x.yaml:3: not valid YAML");
    }

    @Test
    void duplicateKeyIsRefusedNamingBothLines() {
        String message = refused(RUN + "members:\n  initial: 100\n  initial: 200\n");
        assertMentions(message, "x.yaml:6: members.initial: appears twice", "first on line 5");
    }

    @Test
    void duplicateTopLevelKeyIsRefused() {
        String message = refused(RUN + "run:\n  start: 1920-01\n");
        assertMentions(message, "x.yaml:4: run: appears twice", "first on line 1");
    }

    @Test
    void moreThanOneDocumentIsRefused() {
        String message = refused(RUN + "---\nname: second\n");
        assertMentions(message, "x.yaml:", "one YAML document");
    }

    @Test
    void unknownEventTypeIsReportedWithSuggestion() {
        String message = refused(RUN + "timeline:\n  p:\n    date: 1921-01\n    type: purg\n");
        assertMentions(message, "x.yaml:7: timeline.p.type: 'purg' is unknown", "did you mean 'purge'?");
    }

    @Test
    void unknownEventFieldIsReportedWithSuggestion() {
        String message = refused(RUN + "timeline:\n  p:\n    date: 1921-01\n    type: purge\n    qouta: 0.2\n");
        assertMentions(message, "x.yaml:8: timeline.p.qouta: unknown field of a purge event",
                "did you mean 'quota'?");
    }

    @Test
    void badValueOfAnEventFieldNamesTheEvent() {
        String message = refused(RUN + "timeline:\n  p:\n    date: 1921-01\n    type: purge\n    quota: 2\n");
        assertMentions(message, "x.yaml:8: timeline.p.quota: 2 is above the maximum 1");
    }

    @Test
    void ruleEventWithoutSetIsRefused() {
        String message = refused(RUN + "timeline:\n  r:\n    date: 1921-01\n    type: rule\n");
        assertMentions(message, "x.yaml:5: timeline.r: a rule event needs 'set:'");
    }

    @Test
    void setOnAPurgeIsRefused() {
        String message = refused(RUN + "timeline:\n  p:\n    date: 1921-01\n    type: purge\n"
                + "    set:\n      appointment.acceptance: 0.5\n");
        assertMentions(message, "x.yaml:8: timeline.p.set: only rule events change parameters");
    }

    @Test
    void unknownParameterInASetIsReportedWithSuggestion() {
        String message = refused(RUN + "timeline:\n  r:\n    date: 1921-01\n    type: rule\n"
                + "    set:\n      appointment.aceptance: 0.5\n");
        assertMentions(message, "x.yaml:9: appointment.aceptance: unknown parameter",
                "did you mean 'appointment.acceptance'?");
    }

    @Test
    void sourceAndAssumptionTogetherAreRefused() {
        String message = refused(RUN + "appointment:\n  acceptance:\n    value: 0.5\n"
                + "    source: 000_abc.txt:31\n    assumption: a guess\n");
        assertMentions(message, "x.yaml:6: appointment.acceptance: give either source or assumption, not both");
    }

    @Test
    void sourceThatIsNotFileAndLineIsRefused() {
        String message = refused(RUN + "appointment:\n  acceptance: {value: 0.5, source: the party archive}\n");
        assertMentions(message, "x.yaml:5: appointment.acceptance.source: 'the party archive' is not of the form "
                + "file.txt:line");
    }

    @Test
    void unknownKeyBesideAValueIsReportedWithSuggestion() {
        String message = refused(RUN + "appointment:\n  acceptance: {value: 0.5, sorce: 000_abc.txt:3}\n");
        assertMentions(message, "x.yaml:5: appointment.acceptance.sorce: unknown key", "did you mean 'source'?");
    }

    @Test
    void verificationOutcomesOverOneAreRefused() {
        String message = refused(RUN + "timeline:\n  v:\n    date: 1933-05\n    type: purge\n"
                + "    outcomes: {candidate: 0.7, sympathiser: 0.5}\n");
        assertMentions(message, "timeline.v.outcomes: candidate and sympathiser add up to 1.2, more than 1");
    }

    @Test
    void workersAndPeasantsOverOneAreRefused() {
        String message = refused(RUN + "members:\n  workerShare: 0.7\n  peasantShare: 0.5\n");
        assertMentions(message, "x.yaml:6: members.peasantShare: workers and peasants add up to 1.2, more than 1");
    }

    @Test
    void workersOverOneWithDefaultPeasantsPointsAtTheWorkers() {
        String message = refused(RUN + "recruitment:\n  workerShare: 0.9\n");
        assertMentions(message, "x.yaml:5: recruitment.workerShare: workers and peasants add up to 1.2");
    }

    @Test
    void emptyFileIsRefused() {
        assertMentions(refused(""), "x.yaml:1: the file is empty");
    }

    @Test
    void fileThatIsNotAMappingIsRefused() {
        assertMentions(refused("- just\n- a list\n"), "x.yaml:1: a scenario file is a YAML mapping");
    }

    @Test
    void badNameIsRefused() {
        assertMentions(refused("name: ../../etc\n" + RUN), "x.yaml:1: name: '../../etc' must be letters");
    }

    @Test
    void severalProblemsAreReportedTogether() {
        String message = refused("run:\n  start: 1920-01\n  end: 1921-12\n  sede: 3\n"
                + "members:\n  initial: -5\nappointment:\n  acceptance: 1.4\n");
        assertMentions(message, "x.yaml:4: run.sede: unknown key", "did you mean 'seed'?",
                "x.yaml:6: members.initial: -5 is below the minimum 1",
                "x.yaml:8: appointment.acceptance: 1.4 is above the maximum 1");
        assertEquals(3, message.split("\n").length, message);
    }
}
