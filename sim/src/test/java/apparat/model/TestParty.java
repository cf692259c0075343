package apparat.model;

import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import apparat.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds a party from YAML text and steps it month by month, so tests can look inside after each month. */
final class TestParty {

    final Party party;
    final List<MonthlyRecord> records = new ArrayList<>();
    final List<CongressRecord> congresses = new ArrayList<>();

    private TestParty(Party party) {
        this.party = party;
        party.addObserver(new MonthObserver() {
            @Override
            public void month(MonthlyRecord record) {
                records.add(record);
            }

            @Override
            public void finish(List<CongressRecord> list) {
                congresses.addAll(list);
            }
        });
    }

    /** A party from scenario text (written to a temporary file and loaded like any scenario). */
    static TestParty of(String yaml) {
        return of(yaml, null);
    }

    static TestParty of(String yaml, Long seed) {
        return of(yaml, seed, new Workers(1));
    }

    /** A party that steps its members on the given workers. */
    static TestParty of(String yaml, Long seed, Workers workers) {
        try {
            Path dir = Files.createTempDirectory("apparat-test");
            Path file = dir.resolve("test.yaml");
            Files.writeString(file, yaml);
            Scenario s = new ScenarioLoader().load(file);
            Files.delete(file);
            Files.delete(dir);
            return new TestParty(new Party(seed == null ? s.seed() : seed, ScenarioCompiler.compile(s), workers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The month just simulated, seen from an after-month callback (the calendar has already moved on). */
    static Month done(Party party) {
        return Month.ofIndex(party.month().index() - 1);
    }

    /** Runs all months, calling {@code afterEachMonth} after each. */
    TestParty run(Consumer<Party> afterEachMonth) {
        party.start();
        for (int i = 0; i < party.setup().months(); i++) {
            party.schedule.step(party);
            afterEachMonth.accept(party);
        }
        party.finish();
        return this;
    }

    TestParty run() {
        return run(p -> { });
    }

    MonthlyRecord last() {
        return records.get(records.size() - 1);
    }
}
