package apparat.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a provincial conference sends to a congress. Delegates are individual persons, so a simulated member
 * who stands for {@code scale} members weighs {@code scale} in a draw and a provincial or district secretary
 * (one person) weighs one. Where the provincial secretary was recommended or appointed, the conference is
 * his: its delegates are named on his recommendation (004:68), nobody in opposition is sent, and a known
 * dissenter (marked when voting against at a congress, 004:189) is sent, or sent again, only with the chance
 * {@code congress.dissenterReturnFactor} of an unmarked member. In order:
 * <ol>
 *   <li>a controlled conference puts the province's paid officials first, in random order (004:189:
 *       congresses packed with full-time party workers);</li>
 *   <li>delegates of the run's previous congress who are still full members of the province return, each
 *       with the chance {@code congress.delegateReturn} (incumbency);</li>
 *   <li>the remaining seats go to activists (full members who are not passive), every person with the same
 *       chance, so that at an elected conference officials sit in proportion to their numbers;</li>
 *   <li>if activists run out, passive full members fill the rest on the same terms.</li>
 * </ol>
 */
final class DelegateSelection {

    private DelegateSelection() {
    }

    /** The delegates a province sends; {@code previousOrdinal} is the run's previous congress (0 if none). */
    static List<Integer> send(Party party, int province, int quota, int previousOrdinal) {
        Hierarchy h = party.hierarchy;
        MemberRoll roll = party.roll;
        int from = h.provinceFrom(province);
        int to = h.provinceTo(province);
        List<Integer> sent = new ArrayList<>();
        if (quota == 0 || to <= from) {
            return sent;
        }
        Rules.CongressRules rules = party.rules.congress();
        boolean controlled = CongressStage.isControlled(party, province);
        boolean[] taken = new boolean[to - from];

        int size = to - from;
        int[] pool = new int[size];
        double[] weights = new double[size];
        if (controlled) {
            // the secretary's list: his paid officials first (004:68, 004:189)
            int n = 0;
            for (int i = from; i < to; i++) {
                int m = h.memberAt(i);
                if (roll.isFull(m) && OpinionDynamics.isPaid(party, m)
                        && party.random.nextDouble() < acceptable(party, m, true)) {
                    pool[n] = i;
                    weights[n++] = 1.0;
                }
            }
            take(party, pool, weights, n, quota, sent, taken, from);
        }
        // incumbency: the previous congress's delegates are likelier to be sent again
        int n = 0;
        for (int i = from; i < to; i++) {
            int m = h.memberAt(i);
            if (previousOrdinal == 0 || taken[i - from] || !roll.isFull(m)
                    || roll.lastCongress(m) != previousOrdinal) {
                continue;
            }
            double chance = rules.delegateReturn() * acceptable(party, m, controlled);
            if (party.random.nextDouble() < chance) {
                pool[n] = i;
                weights[n++] = 1.0;
            }
        }
        take(party, pool, weights, n, quota, sent, taken, from);

        for (boolean passive : new boolean[] {false, true}) {
            if (sent.size() >= quota) {
                break;
            }
            n = 0;
            for (int i = from; i < to; i++) {
                int m = h.memberAt(i);
                if (taken[i - from] || !roll.isFull(m) || roll.has(m, MemberCodes.PASSIVE) != passive) {
                    continue;
                }
                double w = persons(party, m) * acceptable(party, m, controlled);
                if (w > 0) {
                    pool[n] = i;
                    weights[n++] = w;
                }
            }
            take(party, pool, weights, n, quota, sent, taken, from);
        }
        return sent;
    }

    /**
     * How acceptable a member is to the conference, as a factor of the chance of being sent: 1 to an elected
     * conference; to a controlled one 0 for a member in opposition and {@code dissenterReturnFactor} for a
     * known dissenter.
     */
    static double acceptable(Party party, int m, boolean controlled) {
        if (!controlled) {
            return 1.0;
        }
        MemberRoll roll = party.roll;
        if (roll.alignment(m) <= 0) {
            return 0.0;
        }
        return roll.has(m, MemberCodes.KNOWN_DISSENTER) ? party.rules.congress().dissenterReturnFactor() : 1.0;
    }

    /** Persons a simulated member stands for: provincial and district secretaries are one person each. */
    static double persons(Party party, int m) {
        int code = party.roll.post(m);
        if (code != MemberCodes.NONE && Posts.levelOf(code) != Level.CELL) {
            return 1.0;
        }
        return party.scale();
    }

    /** Draws from the first {@code n} of a pool, by weight, until the quota is reached. */
    private static void take(Party party, int[] pool, double[] weights, int n, int quota, List<Integer> sent,
                             boolean[] taken, int from) {
        int room = quota - sent.size();
        if (room <= 0 || n == 0) {
            return;
        }
        for (int k : WeightedDraw.sample(party.random, weights, n, room)) {
            int i = pool[k];
            taken[i - from] = true;
            sent.add(party.hierarchy.memberAt(i));
        }
    }
}
