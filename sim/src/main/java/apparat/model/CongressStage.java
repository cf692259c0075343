package apparat.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 8: the circular flow of power. Each province's conference sends delegates in proportion to its full
 * members. Who they are depends on who controls the conference: where the provincial secretary was elected,
 * the members send delegates drawn from among themselves; where the secretary was recommended or appointed,
 * the conference sends officials (secretaries) and then the most loyal members, and never anyone in
 * opposition (004:68, 004:189). Delegates vote for the leadership's resolution if aligned with it, against if
 * in opposition and willing to speak, and otherwise abstain. The majority then elects the Central Committee
 * from the delegates, officials first and then those closest to the majority's side; the Committee confirms
 * the General Secretary and the Secretariat if its mean alignment is with the leadership, and otherwise the
 * Secretariat works on at reduced capacity until the next congress.
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
        party.hierarchy.index(party.roll);
        if (!party.congresses.isEmpty()) {
            party.congresses.get(party.congresses.size() - 1).nextCongressMet(party.roll);
        }
        int seats = (int) Math.max(1, Math.round(congress.delegates() / party.scale()));
        List<Integer> delegates = new ArrayList<>();
        int controlled = 0;
        int[] quotas = quotas(party, seats);
        for (int province = 0; province < quotas.length; province++) {
            List<Integer> sent = send(party, province, quotas[province]);
            if (isControlled(party, province)) {
                controlled += sent.size();
            }
            delegates.addAll(sent);
        }
        MemberRoll roll = party.roll;
        int officials = 0;
        int votesFor = 0;
        double loyalty = 0;
        List<Integer> dissenters = new ArrayList<>();
        for (int m : delegates) {
            roll.mark(m, MemberRoll.DELEGATE);
            if (roll.post(m) != MemberRoll.NONE) {
                officials++;
            }
            loyalty += roll.alignment(m);
            if (roll.alignment(m) > 0) {
                votesFor++;
            } else if (roll.alignment(m) < 0 && roll.voice(m) >= Campaigns.SPEAKS) {
                dissenters.add(m);
            }
        }
        int[] committee = electCentralCommittee(party, delegates, votesFor >= dissenters.size(),
                (int) Math.max(1, Math.round(congress.centralCommittee() / party.scale())));
        double ccLoyalty = 0;
        for (int m : committee) {
            ccLoyalty += roll.alignment(m);
        }
        ccLoyalty = committee.length == 0 ? 0 : ccLoyalty / committee.length;
        boolean confirmed = ccLoyalty > 0;
        party.capacityFactor = confirmed ? 1.0 : party.rules.congress().unconfirmedCapacityFactor();

        CongressRecord.Builder record = new CongressRecord.Builder(congress,
                delegates.stream().mapToInt(Integer::intValue).toArray(), committee,
                dissenters.stream().mapToInt(Integer::intValue).toArray());
        int n = delegates.size();
        record.officialsShare = n == 0 ? Double.NaN : (double) officials / n;
        record.controlledShare = n == 0 ? Double.NaN : (double) controlled / n;
        record.loyalty = n == 0 ? Double.NaN : loyalty / n;
        int cast = votesFor + dissenters.size();
        record.voteShare = cast == 0 ? Double.NaN : (double) votesFor / cast;
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

    private static List<Integer> send(Party party, int province, int quota) {
        Hierarchy h = party.hierarchy;
        MemberRoll roll = party.roll;
        int[] members = h.members();
        int from = h.provinceFrom(province);
        int to = h.provinceTo(province);
        List<Integer> sent = new ArrayList<>();
        if (quota == 0 || to <= from) {
            return sent;
        }
        if (isControlled(party, province)) {
            // officials first, then the most loyal; nobody in opposition
            List<long[]> loyal = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int m = members[i];
                if (roll.isFull(m) && roll.alignment(m) > 0) {
                    long official = roll.post(m) != MemberRoll.NONE ? 1 : 0;
                    loyal.add(new long[] {official, Float.floatToIntBits(roll.alignment(m)), m});
                }
            }
            loyal.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0])
                    : a[1] != b[1] ? Long.compare(b[1], a[1]) : Long.compare(a[2], b[2]));
            for (int k = 0; k < Math.min(quota, loyal.size()); k++) {
                sent.add((int) loyal.get(k)[2]);
            }
            return sent;
        }
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        for (int tries = 0; chosen.size() < quota && tries < quota * 20; tries++) {
            int m = members[from + party.random.nextInt(to - from)];
            if (roll.isFull(m)) {
                chosen.add(m);
            }
        }
        sent.addAll(chosen);
        return sent;
    }

    private static int[] electCentralCommittee(Party party, List<Integer> delegates, boolean leadershipMajority,
                                              int size) {
        MemberRoll roll = party.roll;
        Integer[] ranked = delegates.toArray(new Integer[0]);
        float side = leadershipMajority ? 1f : -1f;
        Arrays.sort(ranked, (a, b) -> {
            int oa = roll.post(a) != MemberRoll.NONE ? 1 : 0;
            int ob = roll.post(b) != MemberRoll.NONE ? 1 : 0;
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
