package apparat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import apparat.model.Month;
import apparat.sweep.Outcome;
import apparat.validation.Measure;
import org.junit.jupiter.api.Test;

/** A sweep outcome's title in words: the sweep file's own, else its column's meaning and months. */
class OutcomeWordsTest {

    private static Outcome outcome(String what, Measure m) {
        return new Outcome("o", what, m, "sweep.yaml:9");
    }

    @Test
    void aMonthlyColumnIsTitledByItsMeaningAndItsMonths() {
        Measure peak = new Measure("expelled", null, null, Measure.Kind.MAX, Month.of(1921, 1), Month.of(1925, 12),
                null, null);
        assertEquals("Expelled this month, highest month of January 1921 to December 1925",
                OutcomeWords.meaning(outcome("", peak)));
        assertEquals("persons", OutcomeWords.unit(outcome("", peak)));
        assertEquals("o in outcomes.csv: maximum expelled 1921-01–1925-12", OutcomeWords.identifier(outcome("", peak)));
    }

    @Test
    void theSweepFilesWordsComeFirstAndACongressWithoutThemIsTitledByItsDefinition() {
        Measure vote = new Measure("leadership_vote_share", null, "congress-14", Measure.Kind.CONGRESS, null, null,
                null, null);
        assertEquals("Votes for the leadership", OutcomeWords.meaning(outcome("Votes for the leadership", vote)));
        assertEquals("Congress-14: leadership_vote_share", OutcomeWords.meaning(outcome("", vote)));
        assertEquals("share 0–1", OutcomeWords.unit(outcome("", vote)));
    }
}
