package apparat.bench;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A cell as an object holding its members in a list, scheduled before the members each month: it computes the
 * members' mean alignment and, when its secretary's term is over or the post is empty, elects one from a few
 * members drawn at random (closest to the mean, competence and a little luck breaking ties), as the model's
 * local election does.
 */
final class NaiveCell implements Steppable {

    private static final long serialVersionUID = 1L;

    final List<NaiveMember> members = new ArrayList<>();
    float mean;
    NaiveMember secretary;
    int termEnd;

    @Override
    public void step(SimState state) {
        NaiveParty party = (NaiveParty) state;
        double sum = 0;
        for (NaiveMember m : members) {
            sum += m.alignment;
        }
        mean = members.isEmpty() ? 0f : (float) (sum / members.size());
        int month = (int) party.schedule.getTime();
        if (members.isEmpty() || (secretary != null && secretary.active && termEnd > month)) {
            return;
        }
        NaiveMember best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < party.candidates; k++) {
            NaiveMember m = members.get(party.random.nextInt(members.size()));
            double score = -Math.abs(m.alignment - mean) + 0.3 * m.competence(month) + 0.1 * party.random.nextDouble();
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        secretary = best;
        termEnd = month + party.term;
    }
}
