package apparat.model;

import java.util.Arrays;

/**
 * The party's members as parallel primitive arrays (about 37 bytes a member), so that a 1:1 run of several
 * million members fits in memory and each monthly stage steps the roll in one pass. A member is an index into
 * the arrays; indices are never reused, so a member who has left keeps their record (status, stazh, patron)
 * for indicators such as "dissenting delegates still members at the next congress".
 */
public final class MemberRoll {

    private int size;
    /** Month index of joining (stazh counts from here). */
    private int[] joined;
    /** Month index from which a candidate becomes a full member. */
    private int[] fullFrom;
    private byte[] status;
    private byte[] traits;
    private byte[] origin;
    /** −1 opposition … +1 leadership. */
    private float[] alignment;
    /** Willingness to speak, 0 … 1. */
    private float[] voice;
    private int[] cell;
    /** Who placed the member in their post: a member, {@link MemberCodes#CENTRE}, or {@link MemberCodes#NONE}. */
    private int[] patron;
    /** The post held, as {@link Posts#code}, or {@link MemberCodes#NONE}. */
    private int[] post;
    /** The congresses each member sat at, and was elected to the Central Committee by. */
    private final CongressSeats seats;

    /** The lists of active members and of candidates that the monthly stages walk. */
    private final LivingMembers livingMembers;
    /** Head counts of the living, kept as members join, leave and change. */
    private final HeadCounts counts = new HeadCounts();
    private final ReadAhead ahead = new ReadAhead(this);

    public MemberRoll(int initialCapacity) {
        this(initialCapacity, new Workers(1));
    }

    /** A roll whose list of the living is swept on {@code workers} (the same list on any number of threads). */
    MemberRoll(int initialCapacity, Workers workers) {
        int c = Math.max(16, initialCapacity);
        joined = new int[c];
        fullFrom = new int[c];
        status = new byte[c];
        traits = new byte[c];
        origin = new byte[c];
        alignment = new float[c];
        voice = new float[c];
        cell = new int[c];
        patron = new int[c];
        post = new int[c];
        seats = new CongressSeats(c);
        livingMembers = new LivingMembers(this, c, workers);
    }

    /** Adds a member and returns their index. */
    public int add(int joinedMonth, int fullFromMonth, int traitBits, byte originCode, float align, float voiceLevel,
                   int cellIndex) {
        if (size == joined.length) {
            grow();
        }
        int i = size++;
        joined[i] = joinedMonth;
        fullFrom[i] = fullFromMonth;
        status[i] = fullFromMonth <= joinedMonth ? MemberCodes.FULL : MemberCodes.CANDIDATE;
        traits[i] = (byte) traitBits;
        origin[i] = originCode;
        alignment[i] = align;
        voice[i] = voiceLevel;
        cell[i] = cellIndex;
        patron[i] = MemberCodes.NONE;
        post[i] = MemberCodes.NONE;
        counts.joined(traitBits, status[i] == MemberCodes.CANDIDATE, kind(i));
        livingMembers.listJoined(i);
        return i;
    }

    /**
     * The active members in ascending index order: the first {@link #activeCount()} entries of the returned
     * array. The array is the roll's own and stays valid until the next {@link #add} or {@link #leave}; a
     * caller that lets members leave while it walks the array checks {@link #isActive} itself.
     */
    public int[] activeMembers() {
        return livingMembers.activeMembers();
    }

    /**
     * The list of active members as it stands, without sweeping out those who have left since it was last swept:
     * ascending, the first {@link #listedCount()} entries, every active member among them and some who have
     * left, whom the caller skips ({@link #isActive}). For walks that visit only a few of the listed, for whom
     * a sweep would cost more than the walk.
     */
    int[] listedMembers() {
        return livingMembers.listed();
    }

    /** Entries of {@link #listedMembers()} in use. */
    int listedCount() {
        return livingMembers.listedCount();
    }

    /**
     * Reads ahead the records of {@code members[from, to)}, whom the caller is about to take off the roll or seat,
     * so that their records are fetched at once ({@link ReadAhead}); changes nothing.
     */
    void readAhead(int[] members, int from, int to) {
        ahead.read(members, from, to);
    }

    /** Promotes every candidate whose stage ends by {@code month} (visits the candidates only). */
    public void promoteDue(int month) {
        livingMembers.promoteDue(month);
    }

    private void grow() {
        int c = joined.length + (joined.length >> 1) + 16;
        joined = Arrays.copyOf(joined, c);
        fullFrom = Arrays.copyOf(fullFrom, c);
        status = Arrays.copyOf(status, c);
        traits = Arrays.copyOf(traits, c);
        origin = Arrays.copyOf(origin, c);
        alignment = Arrays.copyOf(alignment, c);
        voice = Arrays.copyOf(voice, c);
        cell = Arrays.copyOf(cell, c);
        patron = Arrays.copyOf(patron, c);
        post = Arrays.copyOf(post, c);
        seats.grow(c);
    }

    /** Number of member records ever created (active or not). */
    public int size() {
        return size;
    }

    /** Candidates and full members now. */
    public int activeCount() {
        return counts.active();
    }

    /** Candidates now. */
    public int candidateCount() {
        return counts.candidates();
    }

    /** Active careerists now. */
    public int careeristCount() {
        return counts.careerists();
    }

    /** Active literate members now. */
    public int literateCount() {
        return counts.literate();
    }

    public boolean isActive(int m) {
        return status[m] == MemberCodes.CANDIDATE || status[m] == MemberCodes.FULL;
    }

    public boolean isFull(int m) {
        return status[m] == MemberCodes.FULL;
    }

    public byte status(int m) {
        return status[m];
    }

    /** Records that a member left the party; the caller vacates any post first. */
    public void leave(int m, byte newStatus) {
        if (newStatus < MemberCodes.RESIGNED) {
            throw new IllegalArgumentException("not a leaving status: " + newStatus);
        }
        if (!isActive(m)) {
            throw new IllegalStateException("member " + m + " has already left");
        }
        counts.left(traits[m], status[m] == MemberCodes.CANDIDATE, kind(m));
        status[m] = newStatus;
        livingMembers.noteLeft();
    }

    /**
     * Demotes a full member to candidate until {@code fullFromMonth}, as a verification may (003:69); a
     * candidate's probation is extended instead.
     */
    public void demote(int m, int fullFromMonth) {
        if (!isActive(m)) {
            throw new IllegalStateException("member " + m + " is not in the party");
        }
        if (status[m] == MemberCodes.FULL) {
            counts.demoted();
            status[m] = MemberCodes.CANDIDATE;
            livingMembers.listWaiting(m);
        }
        fullFrom[m] = fullFromMonth;
    }

    /**
     * The candidates whose stage ends by {@code month}, in the order they were listed (a new array); they leave
     * the list of candidates, so the caller promotes each or takes them off the roll.
     */
    public int[] dueCandidates(int month) {
        return livingMembers.dueCandidates(month);
    }

    /** Promotes a candidate whose stage has ended. */
    public void promote(int m) {
        if (status[m] == MemberCodes.CANDIDATE) {
            counts.promoted();
            status[m] = MemberCodes.FULL;
        }
    }

    public int joined(int m) {
        return joined[m];
    }

    public int fullFrom(int m) {
        return fullFrom[m];
    }

    public boolean has(int m, int trait) {
        return (traits[m] & trait) != 0;
    }

    public void mark(int m, int trait) {
        int before = kind(m);
        if (isActive(m)) {
            counts.marked(trait & ~traits[m]);
        }
        traits[m] |= (byte) trait;
        recount(m, before);
    }

    /** Moves an active member's count to their kind now, from {@code before}. */
    private void recount(int m, int before) {
        int now = kind(m);
        if (now != before && isActive(m)) {
            counts.kindChanged(before, now);
        }
    }

    /** A member's kind for the resignation weights ({@link MemberKinds}). */
    int kind(int m) {
        return MemberKinds.of(origin[m], post[m], traits[m]);
    }

    /** Active members of a kind ({@link MemberKinds}). */
    int activeOfKind(int kind) {
        return counts.ofKind(kind);
    }

    public byte origin(int m) {
        return origin[m];
    }

    public float alignment(int m) {
        return alignment[m];
    }

    public void setAlignment(int m, float value) {
        float v = value > 1f ? 1f : (value < -1f ? -1f : value);
        alignment[m] = v;
        if (v < MemberCodes.OPPOSITION_MARK) {
            traits[m] |= (byte) MemberCodes.FORMER_OPPOSITION;
        }
    }

    public float voice(int m) {
        return voice[m];
    }

    public void setVoice(int m, float value) {
        voice[m] = value > 1f ? 1f : (value < 0f ? 0f : value);
    }

    public int cell(int m) {
        return cell[m];
    }

    public int patron(int m) {
        return patron[m];
    }

    public void setPatron(int m, int p) {
        patron[m] = p;
    }

    public int post(int m) {
        return post[m];
    }

    public void setPost(int m, int code) {
        int before = kind(m);
        post[m] = code;
        recount(m, before);
    }

    /** Ordinal of the last congress the member sat at (0: never a delegate). */
    public int lastCongress(int m) {
        return seats.lastCongress(m);
    }

    /** Records that the member sits as a delegate at the congress with this ordinal (1 … 255). */
    public void attend(int m, int congressOrdinal) {
        seats.attend(m, congressOrdinal);
        int before = kind(m);
        traits[m] |= (byte) MemberCodes.DELEGATE;
        recount(m, before);
    }

    /** Ordinal of the last congress that elected the member to the Central Committee (0: never). */
    public int committee(int m) {
        return seats.committee(m);
    }

    /** Records the member's election to the Central Committee by the congress with this ordinal. */
    public void electToCommittee(int m, int congressOrdinal) {
        seats.electToCommittee(m, congressOrdinal);
    }

    /** Whole years of party seniority (stazh) at {@code month}. */
    public double stazhYears(int m, int month) {
        return (month - joined[m]) / 12.0;
    }

    /**
     * Competence as the Secretariat and the members judge it, 0 … 1: literacy and seniority. Deterministic, so
     * that a choice "by competence" is reproducible.
     */
    public double competence(int m, int month) {
        return competence(traits[m], joined[m], month);
    }

    /** {@link #competence(int, int)} from a member's trait bits and month of joining. */
    static double competence(int traitBits, int joinedMonth, int month) {
        double seniority = Math.min(1.0, (month - joinedMonth) / 12.0 / 15.0);
        return 0.5 * ((traitBits & MemberCodes.LITERATE) != 0 ? 1 : 0) + 0.5 * seniority;
    }

    // The columns the bulk stages step in place, for members they visit in one pass (package-private: the
    // stages own the rules, the roll owns the layout). Valid until the next add, which may grow them.

    int[] cellColumn() {
        return cell;
    }

    float[] alignmentColumn() {
        return alignment;
    }

    float[] voiceColumn() {
        return voice;
    }

    byte[] traitColumn() {
        return traits;
    }

    int[] postColumn() {
        return post;
    }

    byte[] originColumn() {
        return origin;
    }

    byte[] statusColumn() {
        return status;
    }

    int[] joinedColumn() {
        return joined;
    }

    /** Bytes held per member record, for the performance notes (the list of active members included). */
    public static int bytesPerMember() {
        return 4 + 4 + 1 + 1 + 1 + 4 + 4 + 4 + 4 + 4 + 4 + 1 + 1;
    }
}
