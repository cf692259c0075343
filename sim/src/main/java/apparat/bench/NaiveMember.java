package apparat.bench;

import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * A member as MASON's tutorials write an agent: an object with its own fields, scheduled on its own on the
 * schedule, stepping once a month. Its step is the opinion rule of the model (pull toward the cell's mean,
 * careerists toward the leadership, noise; willingness to speak recovers and, under a faction ban, fades in
 * opposition).
 */
final class NaiveMember implements Steppable {

    private static final long serialVersionUID = 1L;

    final int joined;
    final boolean careerist;
    final boolean literate;
    float alignment;
    float voice;
    NaiveCell cell;
    /** Handle to take the member off the schedule when they leave. */
    Stoppable stopper;
    boolean active = true;

    NaiveMember(int joined, boolean careerist, boolean literate, float alignment, float voice) {
        this.joined = joined;
        this.careerist = careerist;
        this.literate = literate;
        this.alignment = alignment;
        this.voice = voice;
    }

    @Override
    public void step(SimState state) {
        NaiveParty party = (NaiveParty) state;
        float a = alignment;
        a += party.peer * (cell.mean - a);
        if (careerist) {
            a += party.conformity * (1f - a);
        }
        if (party.noise > 0) {
            a += party.noise * (party.random.nextFloat() - 0.5f);
        }
        alignment = Math.max(-1f, Math.min(1f, a));
        float v = voice + party.recovery * (0.5f - voice);
        if (alignment < 0) {
            v -= party.chill * v;
        }
        voice = Math.max(0f, Math.min(1f, v));
        party.memberSteps++;
    }

    /** Competence as the model judges it: literacy and seniority. */
    double competence(int month) {
        double seniority = Math.min(1.0, (month - joined) / 12.0 / 15.0);
        return 0.5 * (literate ? 1 : 0) + 0.5 * seniority;
    }
}
