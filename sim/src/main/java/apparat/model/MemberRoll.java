package apparat.model;

/**
 * The party's members: their records ({@link MemberColumns}, parallel primitive arrays of about 37 bytes a member,
 * so that a 1:1 run of several million members fits in memory and each monthly stage steps the roll in one pass),
 * the lists of the living and the head counts kept as members join, leave and change. A member is an index into
 * the arrays; indices are never reused, so a member who has left keeps their record (status, stazh, patron)
 * for indicators such as "dissenting delegates still members at the next congress".
 */
public final class MemberRoll {

    private int size;
    private final MemberColumns columns;
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
        columns = new MemberColumns(c);
        seats = new CongressSeats(c);
        livingMembers = new LivingMembers(this, c, workers);
    }

    /** Adds a member and returns their index. */
    public int add(int joinedMonth, int fullFromMonth, int traitBits, byte originCode, float align, float voiceLevel,
                   int cellIndex) {
        if (size == columns.capacity()) {
            grow();
        }
        int i = size++;
        columns.joined[i] = joinedMonth;
        columns.fullFrom[i] = fullFromMonth;
        columns.status[i] = fullFromMonth <= joinedMonth ? MemberCodes.FULL : MemberCodes.CANDIDATE;
        columns.traits[i] = (byte) traitBits;
        columns.origin[i] = originCode;
        columns.alignment[i] = align;
        columns.voice[i] = voiceLevel;
        columns.cell[i] = cellIndex;
        columns.patron[i] = MemberCodes.NONE;
        columns.post[i] = MemberCodes.NONE;
        counts.joined(traitBits, columns.status[i] == MemberCodes.CANDIDATE, kind(i));
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

    /** Reads ahead the records of members about to be taken off the roll or seated ({@link ReadAhead}). */
    ReadAhead readAhead() {
        return ahead;
    }

    /** Promotes every candidate whose stage ends by {@code month} (visits the candidates only). */
    public void promoteDue(int month) {
        livingMembers.promoteDue(month);
    }

    private void grow() {
        int c = columns.capacity() + (columns.capacity() >> 1) + 16;
        columns.grow(c);
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
        return columns.status[m] == MemberCodes.CANDIDATE || columns.status[m] == MemberCodes.FULL;
    }

    public boolean isFull(int m) {
        return columns.status[m] == MemberCodes.FULL;
    }

    public byte status(int m) {
        return columns.status[m];
    }

    /** Records that a member left the party; the caller vacates any post first. */
    public void leave(int m, byte newStatus) {
        if (newStatus < MemberCodes.RESIGNED) {
            throw new IllegalArgumentException("not a leaving status: " + newStatus);
        }
        if (!isActive(m)) {
            throw new IllegalStateException("member " + m + " has already left");
        }
        counts.left(columns.traits[m], columns.status[m] == MemberCodes.CANDIDATE, kind(m));
        columns.status[m] = newStatus;
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
        if (columns.status[m] == MemberCodes.FULL) {
            counts.demoted();
            columns.status[m] = MemberCodes.CANDIDATE;
            livingMembers.listWaiting(m);
        }
        columns.fullFrom[m] = fullFromMonth;
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
        if (columns.status[m] == MemberCodes.CANDIDATE) {
            counts.promoted();
            columns.status[m] = MemberCodes.FULL;
        }
    }

    public int joined(int m) {
        return columns.joined[m];
    }

    public int fullFrom(int m) {
        return columns.fullFrom[m];
    }

    public boolean has(int m, int trait) {
        return (columns.traits[m] & trait) != 0;
    }

    public void mark(int m, int trait) {
        int before = kind(m);
        if (isActive(m)) {
            counts.marked(trait & ~columns.traits[m]);
        }
        columns.traits[m] |= (byte) trait;
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
        return MemberKinds.of(columns.origin[m], columns.post[m], columns.traits[m]);
    }

    /** Active members of a kind ({@link MemberKinds}). */
    int activeOfKind(int kind) {
        return counts.ofKind(kind);
    }

    public byte origin(int m) {
        return columns.origin[m];
    }

    public float alignment(int m) {
        return columns.alignment[m];
    }

    public void setAlignment(int m, float value) {
        float v = value > 1f ? 1f : (value < -1f ? -1f : value);
        columns.alignment[m] = v;
        if (v < MemberCodes.OPPOSITION_MARK) {
            columns.traits[m] |= (byte) MemberCodes.FORMER_OPPOSITION;
        }
    }

    public float voice(int m) {
        return columns.voice[m];
    }

    public void setVoice(int m, float value) {
        columns.voice[m] = value > 1f ? 1f : (value < 0f ? 0f : value);
    }

    public int cell(int m) {
        return columns.cell[m];
    }

    public int patron(int m) {
        return columns.patron[m];
    }

    public void setPatron(int m, int p) {
        columns.patron[m] = p;
    }

    public int post(int m) {
        return columns.post[m];
    }

    public void setPost(int m, int code) {
        int before = kind(m);
        columns.post[m] = code;
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
        columns.traits[m] |= (byte) MemberCodes.DELEGATE;
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
        return (month - columns.joined[m]) / 12.0;
    }

    /**
     * Competence as the Secretariat and the members judge it, 0 … 1: literacy and seniority. Deterministic, so
     * that a choice "by competence" is reproducible.
     */
    public double competence(int m, int month) {
        return competence(columns.traits[m], columns.joined[m], month);
    }

    /** {@link #competence(int, int)} from a member's trait bits and month of joining. */
    static double competence(int traitBits, int joinedMonth, int month) {
        double seniority = Math.min(1.0, (month - joinedMonth) / 12.0 / 15.0);
        return 0.5 * ((traitBits & MemberCodes.LITERATE) != 0 ? 1 : 0) + 0.5 * seniority;
    }

    /** The roll's arrays, which the bulk stages step in place; valid until the next {@link #add}. */
    MemberColumns columns() {
        return columns;
    }

    /** Bytes held per member record, for the performance notes (the list of active members included). */
    public static int bytesPerMember() {
        return MemberColumns.bytesPerMember();
    }
}
