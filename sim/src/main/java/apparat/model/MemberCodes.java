package apparat.model;

/**
 * The codes the member roll keeps for each member: status (in the party, or how they left it), trait bits,
 * social origin, and the marks for "no member" and "the centre" where a member is expected.
 */
public final class MemberCodes {

    /** Status codes. Active members are candidates or full members; the others have left the party. */
    public static final byte CANDIDATE = 1;
    public static final byte FULL = 2;
    public static final byte RESIGNED = 3;
    public static final byte DIED = 4;
    public static final byte EXPELLED = 5;
    public static final byte ARRESTED = 6;
    public static final byte EXECUTED = 7;
    /** Card withdrawn by a verification and kept only as a sympathiser, outside the party (003:69). */
    public static final byte SYMPATHISER = 8;
    /** A candidate not admitted to full membership at the end of the probation (004:50). */
    public static final byte NOT_ADMITTED = 9;

    /** Trait bits. */
    public static final int LITERATE = 1;
    public static final int CAREERIST = 1 << 1;
    public static final int FORMER_OTHER_PARTY = 1 << 2;
    public static final int PASSIVE = 1 << 3;
    public static final int RURAL = 1 << 4;
    /** Has sat as a delegate at a congress. */
    public static final int DELEGATE = 1 << 5;
    /** Has been in open opposition at some time (alignment below {@link #OPPOSITION_MARK}). */
    public static final int FORMER_OPPOSITION = 1 << 6;
    /** Known dissenter: voted against the leadership at a congress, in the open (004:189). */
    public static final int KNOWN_DISSENTER = 1 << 7;

    /** Social origin codes. */
    public static final byte WORKER = 0;
    public static final byte PEASANT = 1;
    public static final byte EMPLOYEE = 2;

    /** Alignment below which a member counts as having been in open opposition. */
    public static final float OPPOSITION_MARK = -0.3f;

    /** Congresses a run can hold: the roll keeps congress ordinals in one unsigned byte. */
    public static final int MAX_CONGRESSES = 255;

    /** Marks "no member" in member-valued arrays. */
    public static final int NONE = -1;
    /** The central apparatus as a patron: the Secretariat itself, not a member. */
    public static final int CENTRE = -2;

    private MemberCodes() {
    }
}
