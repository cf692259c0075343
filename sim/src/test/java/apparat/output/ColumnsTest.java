package apparat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every monthly column has a meaning for chart labels, with the unit the data dictionary gives it. */
class ColumnsTest {

    /** The unit column of docs/outputs.md's monthly table, by each column name a row lists. */
    private static Map<String, String> documentedUnits() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "outputs.md"));
        Map<String, String> units = new HashMap<>();
        boolean monthly = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                monthly = line.contains("monthly.csv");
            }
            if (!monthly || !line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String unit = cells[2].trim().replace("`", "");
            for (String name : cells[1].split(",")) {
                units.put(name.trim().replace("`", ""), unit);
            }
        }
        return units;
    }

    @Test
    void everyMonthlyColumnHasTheDocumentedUnit() throws IOException {
        Map<String, String> documented = documentedUnits();
        for (String column : MonthlyCsv.header()) {
            if (column.equals("month")) {
                continue;
            }
            Columns.Column c = Columns.of(column).orElseThrow(() -> new AssertionError("no meaning for " + column));
            String key = column.replaceFirst("^(province|district|cell)_", "{level}_");
            String unit = documented.getOrDefault(column, documented.get(key));
            if (unit == null && column.matches("(expelled|arrested|executed)_joined_.*")) {
                unit = "persons";
            }
            assertEquals(unit, c.unit(), column + ": unit differs from docs/outputs.md");
            assertFalse(c.meaning().contains("_"), column + " is described, not named: " + c.meaning());
        }
    }

    @Test
    void levelsAndFractionsReadAsWords() {
        Columns.Column c = Columns.of("district_appointed_share").orElseThrow();
        assertEquals("Share of district secretaries appointed from above", c.meaning());
        assertEquals("Share (%)", c.axisLabel());
        assertTrue(c.isFraction());
        assertEquals("Mean alignment of provincial secretaries",
                Columns.of("province_loyalty").orElseThrow().meaning());
        assertEquals("Alignment (−1 opposition … +1 leadership)",
                Columns.of("province_loyalty").orElseThrow().axisLabel());
        assertEquals("Persons", Columns.of("arrested_joined_pre1917").orElseThrow().axisLabel());
        assertTrue(Columns.of("no_such_column").isEmpty());
        assertTrue(Columns.of("province_nonsense").isEmpty());
    }
}
