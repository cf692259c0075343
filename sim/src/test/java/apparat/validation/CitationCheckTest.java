package apparat.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.scenario.Citation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citation checker finds a figure however the document writes it, and catches wrong lines and figures. */
class CitationCheckTest {

    @Test
    void figuresAreFoundInTheirWrittenForms() {
        assertTrue(CitationCheck.contains("grew from 23,600 in February", 23600L));
        assertTrue(CitationCheck.contains("a share of 28% were shot", 0.28));
        assertTrue(CitationCheck.contains("was 6 roubles and 88 kopeks.", 6.88));
        assertTrue(CitationCheck.contains("for a minimum of three years", 3L));
        assertTrue(CitationCheck.contains("another 50% in addition", 0.5));
        assertFalse(CitationCheck.contains("grew from 23,600 in February", 2360L), "no match inside a number");
        assertFalse(CitationCheck.contains("in 1922 there were", 192L));
        assertFalse(CitationCheck.contains("a share of 28% were shot", 0.29));
    }

    @Test
    void aWrongLineOrAWrongFigureFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("doc.txt"), "first line\nThe party had 314,000 members.\n");
        SourceDocuments docs = new SourceDocuments(dir);
        CitedValue right = new CitedValue("members.initial", 314000L, "persons",
                new Citation("doc.txt:2", null, "s.yaml:3"));
        CitedValue wrongLine = new CitedValue("members.initial", 314000L, "persons",
                new Citation("doc.txt:1", null, "s.yaml:3"));
        CitedValue wrongFigure = new CitedValue("members.initial", 313000L, "persons",
                new Citation("doc.txt:2", null, "s.yaml:3"));
        CitedValue noSuchLine = new CitedValue("members.initial", 314000L, "persons",
                new Citation("doc.txt:9", null, "s.yaml:3"));
        assertEquals(List.of(), CitationCheck.check(List.of(right), docs));
        assertEquals(1, CitationCheck.check(List.of(wrongLine), docs).size());
        assertTrue(CitationCheck.check(List.of(wrongFigure), docs).get(0).contains("does not contain the figure"));
        assertTrue(CitationCheck.check(List.of(noSuchLine), docs).get(0).contains("does not exist"));
        CitedValue assumed = new CitedValue("x", 5L, "", new Citation(null, "a reason", "s.yaml:4"));
        assertEquals(List.of(), CitationCheck.check(List.of(assumed), docs), "assumptions are not checked");
    }
}
