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
 * the conference sends full-time officials (paid secretaries) and then the most loyal members, and never anyone in
 * opposition (004:68, 004:189). Delegates vote for the leadership's resolution if aligned with it, against if
 * in opposition and willing to speak, and otherwise abstain. The majority then elects the Central Committee
 * from the delegates, full-time officials first and then those closest to the majority's side. Delegates and
 * the Committee are individual persons and are not scaled (like provincial secretaries). The Committee confirms
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
        // delegates are individual persons, like provincial secretaries, so their number is not scaled
        int seats = Math.min(congress.delegates(), party.roll.activeCount());
        List<Integer> delegates = new ArrayList<>();
        int controlled = 0;
        int[] quotas = quotas(party, seats);
        int officials = 0;
        for (int province = 0; province < quotas.length; province++) {
            Delegation sent = send(party, province, quotas[province]);
            if (isControlled(party, province)) {
                controlled += sent.members().size();
            }
            delegates.addAll(sent.members());
            officials += sent.officialSeats();
        }
        MemberRoll roll = party.roll;
        int votesFor = 0;
        double loyalty = 0;
        List<Integer> dissenters = new ArrayList<>();
        for (int m : delegates) {
            roll.mark(m, MemberRoll.DELEGATE);
            loyalty += roll.alignment(m);
            if (roll.alignment(m) > 0) {
                votesFor++;
            } else if (roll.alignment(m) < 0 && roll.voice(m) >= Campaigns.SPEAKS) {
                dissenters.add(m);
            }
        }
        int[] committee = electCentralCommittee(party, delegates, votesFor >= dissenters.size(),
                Math.min(congress.centralCommittee(), delegates.size()));
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

    /** The delegates a province sends, and how many of their seats are full-time officials' seats. */
    private record Delegation(List<Integer> members, int officialSeats) {
    }

    /**
     * Full-time officials of a province in real persons: its provincial and district secretaries and the
     * committees' paid staff (not scaled), and its paid cell secretaries (each simulated one stands for
     * {@code scale}).
     */
    private static double realOfficials(Party party, int province, List<Integer> paidAgents) {
        Rules.Privileges r = party.rules.privileges();
        double officials = r.staffPerProvince() + r.staffPerDistrict() * party.hierarchy.districtsPerProvince();
        for (int m : paidAgents) {
            officials += Posts.levelOf(party.roll.post(m)) == Level.CELL ? party.scale() : 1.0;
        }
        return officials;
    }

    private static Delegation send(Party party, int province, int quota) {
        Hierarchy h = party.hierarchy;
        MemberRoll roll = party.roll;
        int[] members = h.members();
        int from = h.provinceFrom(province);
        int to = h.provinceTo(province);
        if (quota == 0 || to <= from) {
            return new Delegation(List.of(), 0);
        }
        List<Integer> paid = new ArrayList<>();
        long full = 0;
        for (int i = from; i < to; i++) {
            int m = members[i];
            if (roll.isFull(m)) {
                full++;
                if (OpinionDynamics.isPaid(party, m)) {
                    paid.add(m);
                }
            }
        }
        double officials = realOfficials(party, province, paid);
        if (isControlled(party, province)) {
            return sendControlled(party, from, to, quota, paid, officials);
        }
        // an elected conference: each seat goes to an official with the officials' share of the members
        double officialChance = Math.min(1.0, officials / Math.max(1.0, full * party.scale()));
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        java.util.Set<Integer> paidSet = new java.util.HashSet<>(paid);
        int officialSeats = 0;
        for (int seat = 0, tries = 0; seat < quota && tries < quota * 40; tries++) {
            boolean official = party.random.nextDouble() < officialChance;
            int m = members[from + party.random.nextInt(to - from)];
            if (!roll.isFull(m) || chosen.contains(m)) {
                continue;
            }
            if (official && !paid.isEmpty()) {
                int candidate = paid.get(party.random.nextInt(paid.size()));
                m = chosen.contains(candidate) ? m : candidate;
            } else if (!official && paidSet.contains(m)) {
                // unscaled secretaries are over-represented among simulated members; draw again
                continue;
            }
            chosen.add(m);
            officialSeats += official ? 1 : 0;
            seat++;
        }
        return new Delegation(new ArrayList<>(chosen), officialSeats);
    }

    /** Officials first (up to their real number), then the most loyal members; nobody in opposition. */
    private static Delegation sendControlled(Party party, int from, int to, int quota, List<Integer> paid,
                                             double officials) {
        MemberRoll roll = party.roll;
        int[] members = party.hierarchy.members();
        int officialSeats = (int) Math.min(quota, Math.floor(officials));
        List<Integer> sent = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        List<Integer> loyalPaid = new ArrayList<>(paid.stream().filter(m -> roll.alignment(m) > 0).toList());
        loyalPaid.sort((a, b) -> Float.compare(roll.alignment(b), roll.alignment(a)) != 0
                ? Float.compare(roll.alignment(b), roll.alignment(a)) : Integer.compare(a, b));
        for (int k = 0; k < Math.min(officialSeats, loyalPaid.size()); k++) {
            sent.add(loyalPaid.get(k));
            taken.add(loyalPaid.get(k));
        }
        List<long[]> loyal = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int m = members[i];
            if (roll.isFull(m) && roll.alignment(m) > 0 && !taken.contains(m)) {
                loyal.add(new long[] {Float.floatToIntBits(roll.alignment(m)), m});
            }
        }
        loyal.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        for (int k = 0; k < loyal.size() && sent.size() < quota; k++) {
            sent.add((int) loyal.get(k)[1]);
        }
        // seats beyond the officials who are agents stand for the committees' paid staff
        return new Delegation(sent, Math.min(officialSeats, sent.size()));
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
