package apparat.run;

import apparat.model.ModelSetup;
import apparat.model.MonthObserver;
import apparat.model.Party;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import java.util.List;

/** Runs a scenario in memory with the given observers: the part of a run that involves no file. */
public final class Simulation {

    private Simulation() {
    }

    /** Runs every month of the scenario with its seed. */
    public static Party run(Scenario scenario, List<? extends MonthObserver> observers) {
        return run(scenario, observers, 1);
    }

    /** Runs every month of the scenario with its seed, stepping the members on {@code threads} threads. */
    public static Party run(Scenario scenario, List<? extends MonthObserver> observers, int threads) {
        ModelSetup setup = ScenarioCompiler.compile(scenario);
        Party party = new Party(scenario.seed(), setup, threads);
        observers.forEach(party::addObserver);
        party.runToEnd();
        return party;
    }
}
