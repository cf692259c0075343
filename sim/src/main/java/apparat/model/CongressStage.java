package apparat.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 8: the circular flow of power. Each province's conference sends delegates in proportion to its full
 * members, chosen as {@link DelegateSelection} says: incumbents of the previous congress first, then, where
 * the provincial secretary was recommended or appointed, paid officials and loyal activists named on his
 * recommendation (004:68, 004:189), and elsewhere activists drawn like the members. Delegates vote for the
 * leadership's resolution if aligned with it, against if in opposition and willing to speak — the voting was
 * open, so each of these is marked a known dissenter (004:189) — and otherwise abstain. The majority then
 * elects the Central Committee from the delegates, full-time officials first and then those closest to the
 * majority's side. The roll records each delegate's last congress and each Committee member's election.
 * Delegates and the Committee are individual persons and are not scaled (like provincial secretaries). The
 * Committee confirms the General Secretary and the Secretariat if its mean alignment is with the leadership,
 * and otherwise the Secretariat works on at reduced capacity until the next congress.
 */
final class CongressStage implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        TimelineEvent.Congress congress = party.congressDue;
        if (congress == null) {
            return;
        }
        party.congressDue = null;
        // members have left since the month's grouping; the congress draws on the organisations as they stand
        party.hierarchy.tally(party.roll, party.workers);
        party.hierarchy.group(party.roll);
        int previous = party.congresses.size();
        int ordinal = previous + 1;
        if (ordinal > MemberCodes.MAX_CONGRESSES) {
            throw new IllegalStateException("a run holds at most " + MemberCodes.MAX_CONGRESSES + " congresses");
        }
        // delegates are individual persons, like provincial secretaries, so their number is not scaled
        int seats = Math.min(congress.delegates(), party.roll.activeCount());
        List<Integer> delegates = new ArrayList<>();
        int controlled = 0;
        int[] quotas = quotas(party, seats);
        for (int province = 0; province < quotas.length; province++) {
            List<Integer> sent = DelegateSelection.send(party, province, quotas[province], previous);
            if (isControlled(party, province)) {
                controlled += sent.size();
            }
            delegates.addAll(sent);
        }
        MemberRoll roll = party.roll;
        int votesFor = 0;
        int officials = 0;
        int returning = 0;
        double loyalty = 0;
        List<Integer> dissenters = new ArrayList<>();
        for (int m : delegates) {
            if (previous > 0 && roll.lastCongress(m) == previous) {
                returning++;
            }
            roll.attend(m, ordinal);
            if (OpinionDynamics.isPaid(party, m)) {
                officials++;
            }
            loyalty += roll.alignment(m);
            if (roll.alignment(m) > 0) {
                votesFor++;
            } else if (roll.alignment(m) < 0 && roll.voice(m) >= Campaigns.SPEAKS) {
                dissenters.add(m);
                roll.mark(m, MemberCodes.KNOWN_DISSENTER);
            }
        }
        if (previous > 0) {
            party.congresses.get(previous - 1).nextCongressMet(roll, ordinal);
        }
        int[] committee = electCentralCommittee(party, delegates, votesFor >= dissenters.size(),
                Math.min(congress.centralCommittee(), delegates.size()));
        double ccLoyalty = 0;
        for (int m : committee) {
            ccLoyalty += roll.alignment(m);
            roll.electToCommittee(m, ordinal);
        }
        ccLoyalty = committee.length == 0 ? 0 : ccLoyalty / committee.length;
        boolean confirmed = ccLoyalty > 0;
        party.capacityFactor = confirmed ? 1.0 : party.rules.congress().unconfirmedCapacityFactor();

        CongressRecord.Builder record = new CongressRecord.Builder(congress, ordinal,
                delegates.stream().mapToInt(Integer::intValue).toArray(), committee,
                dissenters.stream().mapToInt(Integer::intValue).toArray());
        int n = delegates.size();
        record.officialsShare = n == 0 ? Double.NaN : (double) officials / n;
        record.controlledShare = n == 0 ? Double.NaN : (double) controlled / n;
        record.loyalty = n == 0 ? Double.NaN : loyalty / n;
        int cast = votesFor + dissenters.size();
        record.voteShare = cast == 0 ? Double.NaN : (double) votesFor / cast;
        record.votesFor = votesFor;
        record.returning = returning;
        record.ccLoyalty = ccLoyalty;
        record.confirmed = confirmed;
        party.congresses.add(record);
    }

    /** Whether a province's conference is run by a recommended or appointed secretary. */
    static boolean isControlled(Party party, int province) {
        Posts posts = party.posts(Level.PROVINCE);
        return !posts.isVacant(province) && posts.how(province) != Posts.ELECTED;
    }

    /** Seats per province in proportion to its members (largest remainders). */
    private static int[] quotas(Party party, int seats) {
        Hierarchy h = party.hierarchy;
        int provinces = h.provinces();
        int total = h.provinceTo(provinces - 1);
        int[] quota = new int[provinces];
        if (total == 0) {
            return quota;
        }
        double[] remainder = new double[provinces];
        int given = 0;
        for (int p = 0; p < provinces; p++) {
            double exact = (double) seats * (h.provinceTo(p) - h.provinceFrom(p)) / total;
            quota[p] = (int) exact;
            remainder[p] = exact - quota[p];
            given += quota[p];
        }
        Integer[] order = new Integer[provinces];
        for (int p = 0; p < provinces; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]) != 0
                ? Double.compare(remainder[b], remainder[a]) : Integer.compare(a, b));
        for (int k = 0; given < seats && k < provinces; k++, given++) {
            quota[order[k]]++;
        }
        return quota;
    }

    private static int[] electCentralCommittee(Party party, List<Integer> delegates, boolean leadershipMajority,
                                              int size) {
        MemberRoll roll = party.roll;
        Integer[] ranked = delegates.toArray(new Integer[0]);
        float side = leadershipMajority ? 1f : -1f;
        Arrays.sort(ranked, (a, b) -> {
            int oa = OpinionDynamics.isPaid(party, a) ? 1 : 0;
            int ob = OpinionDynamics.isPaid(party, b) ? 1 : 0;
            if (oa != ob) {
                return Integer.compare(ob, oa);
            }
            int c = Float.compare(side * roll.alignment(b), side * roll.alignment(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int n = Math.min(size, ranked.length);
        int[] committee = new int[n];
        for (int i = 0; i < n; i++) {
            committee[i] = ranked[i];
        }
        return committee;
    }
}
