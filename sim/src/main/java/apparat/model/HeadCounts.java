package apparat.model;

/**
 * The roll's head counts of the living — members, candidates, careerists, the literate, and members by kind for
 * the resignation weights ({@link MemberKinds}) — kept as members join, leave, are promoted or demoted, and gain
 * marks or posts, so that the monthly record and the departures need no pass over the living to count them.
 */
final class HeadCounts {

    /** Members who are candidates or full members now. */
    private int active;
    /** Candidates now. */
    private int candidates;
    /** Active careerists and active literate members now. */
    private int careerists;
    private int literate;
    private final MemberKinds kinds = new MemberKinds();

    /** A member of {@code kind} with these trait bits joins, as a candidate or a full member. */
    void joined(int traitBits, boolean candidate, int kind) {
        active++;
        if (candidate) {
            candidates++;
        }
        countTraits(traitBits, 1);
        kinds.joined(kind);
    }

    /** An active member of {@code kind} with these trait bits leaves, as a candidate or a full member. */
    void left(int traitBits, boolean candidate, int kind) {
        if (candidate) {
            candidates--;
        }
        active--;
        countTraits(traitBits, -1);
        kinds.left(kind);
    }

    void promoted() {
        candidates--;
    }

    void demoted() {
        candidates++;
    }

    /** An active member gains the trait bits {@code added}, which they did not have. */
    void marked(int added) {
        countTraits(added, 1);
    }

    /** An active member's kind changed. */
    void kindChanged(int before, int now) {
        kinds.changed(before, now);
    }

    int active() {
        return active;
    }

    int candidates() {
        return candidates;
    }

    int careerists() {
        return careerists;
    }

    int literate() {
        return literate;
    }

    int ofKind(int kind) {
        return kinds.active(kind);
    }

    private void countTraits(int bits, int delta) {
        if ((bits & MemberCodes.CAREERIST) != 0) {
            careerists += delta;
        }
        if ((bits & MemberCodes.LITERATE) != 0) {
            literate += delta;
        }
    }
}
