package apparat.cli;

import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import apparat.validation.CitationCheck;
import apparat.validation.CitedValue;
import apparat.validation.ScenarioSources;
import apparat.validation.SourceDocuments;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code apparat sources SCENARIO}: the table of every value a scenario sets, with its source or assumption;
 * values without either are flagged, and with {@code --check} every cited line is checked for its figure.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Print every value a scenario sets with its source or assumption (Markdown table).",
            "Flags uncited values; --check verifies each cited line holds the figure."})
final class SourcesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenario;

    @Option(names = "--check", description = "Check each cited line against the source documents.")
    private boolean check;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Folder of the source documents (default: shared/seeds beside the checkout).")
    private Path seeds;

    @Option(names = "--strict", description = "Exit 1 if any value is uncited or a citation fails the check.")
    private boolean strict;

    @Override
    public Integer call() throws Exception {
        Scenario s = new ScenarioLoader().load(scenario);
        List<CitedValue> values = ScenarioSources.of(s);
        PrintWriter out = spec.commandLine().getOut();
        out.println("# Sources of " + s.name() + " (" + s.file() + ")");
        out.println();
        out.println("| value | setting | unit | source or assumption | set at |");
        out.println("|---|---|---|---|---|");
        int uncited = 0;
        List<CitedValue> calibrated = values.stream().filter(v -> v.isCited() && v.citation().isCalibrated())
                .toList();
        for (CitedValue v : values) {
            String source;
            if (!v.isCited()) {
                source = "**UNCITED**";
                uncited++;
            } else if (v.citation().isCalibrated()) {
                continue;
            } else if (v.citation().source() != null) {
                source = "`" + v.citation().source() + "`";
            } else {
                source = "assumption: " + v.citation().assumption();
            }
            out.printf("| `%s` | %s | %s | %s | %s |%n", v.key(), apparat.scenario.ScenarioWriter.text(v.value()),
                    v.unit(), cell(source), setAt(v));
        }
        if (!calibrated.isEmpty()) {
            out.println();
            out.println("## Calibrated values");
            out.println();
            out.println("Assumptions fitted to outcomes by `apparat calibrate` (docs/calibration.md); the outcomes "
                    + "they were fitted to are no longer independent evidence.");
            out.println();
            out.println("| value | setting | unit | calibrated by | assumption it replaces | set at |");
            out.println("|---|---|---|---|---|---|");
            for (CitedValue v : calibrated) {
                String reason = v.citation().assumption() == null ? "" : v.citation().assumption();
                out.printf("| `%s` | %s | %s | %s | %s | %s |%n", v.key(),
                        apparat.scenario.ScenarioWriter.text(v.value()), v.unit(), cell(v.citation().calibrated()),
                        cell(reason), setAt(v));
            }
        }
        out.println();
        out.printf("%d values, %d uncited%s%n", values.size(), uncited,
                calibrated.isEmpty() ? "" : ", " + calibrated.size() + " calibrated");
        int failed = 0;
        if (check) {
            Optional<SourceDocuments> docs = seeds != null ? Optional.of(new SourceDocuments(seeds))
                    : SourceDocuments.find(scenario.toAbsolutePath().getParent());
            if (docs.isEmpty() || !Files.isDirectory(docs.get().folder())) {
                throw new UserInputException("--check: the source documents were not found; give --seeds DIR");
            }
            List<String> problems = CitationCheck.check(values, docs.get());
            for (String p : problems) {
                spec.commandLine().getErr().println("citation: " + p);
            }
            failed = problems.size();
            out.printf("citations checked against %s: %d problems%n", docs.get().folder(), failed);
        }
        return strict && (uncited > 0 || failed > 0) ? 1 : 0;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String setAt(CitedValue v) {
        return v.citation() == null || v.citation().where() == null ? "" : v.citation().where();
    }
}
