package apparat.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.output.CongressCsv;
import apparat.output.MonthlyCsv;
import apparat.scenario.ScenarioReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the documentation true to the code: generated references match, every output column is documented. */
class DocumentationTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void theScenarioReferenceIsTheGeneratedOne() throws IOException {
        String committed = Files.readString(DOCS.resolve("scenario-reference.md"));
        assertEquals(ScenarioReference.markdown(), committed,
                "docs/scenario-reference.md is stale: regenerate it with ./apparat parameters > "
                        + "docs/scenario-reference.md");
    }

    @Test
    void everyMonthlyColumnIsInTheDataDictionary() throws IOException {
        String outputs = Files.readString(DOCS.resolve("outputs.md"));
        for (String column : MonthlyCsv.header()) {
            String documented = column.replaceFirst("^(province|district|cell)_", "{level}_")
                    .replaceFirst("_joined_(pre1917|1917_1920|1921_1928|1929_on)$", "_joined_");
            assertTrue(outputs.contains("`" + column + "`") || outputs.contains("`" + documented)
                    || outputs.contains(documented.replace("_share", "_share`")),
                    "monthly.csv column " + column + " is not in docs/outputs.md");
        }
    }

    @Test
    void everyCongressColumnIsInTheDataDictionary() throws IOException {
        String outputs = Files.readString(DOCS.resolve("outputs.md"));
        for (String column : CongressCsv.HEADER) {
            assertTrue(outputs.contains("`" + column + "`"), "congresses.csv column " + column + " undocumented");
        }
    }
}
