package apparat.model;

/**
 * The members of the organisation behind one post: its range in the hierarchy's grouped member array (a
 * cell's members, a district's, a province's), and the post one level up whose holder is the natural patron.
 */
record Organisation(Level level, int post, int from, int to) {

    static Organisation of(Party party, Level level, int post) {
        Hierarchy h = party.hierarchy;
        return switch (level) {
            case PROVINCE -> new Organisation(level, post, h.provinceFrom(post), h.provinceTo(post));
            case DISTRICT -> new Organisation(level, post, h.districtFrom(post), h.districtTo(post));
            case CELL -> new Organisation(level, post, h.cellFrom(post), h.cellTo(post));
        };
    }

    int size() {
        return to - from;
    }

    /** The patron of a secretary placed from above: the secretary one level up, or the centre. */
    int higherSecretary(Party party) {
        Hierarchy h = party.hierarchy;
        int holder = switch (level) {
            case PROVINCE -> MemberCodes.CENTRE;
            case DISTRICT -> party.posts(Level.PROVINCE).holder(h.provinceOf(post));
            case CELL -> party.posts(Level.DISTRICT).holder(h.districtOf(post));
        };
        return holder == MemberCodes.NONE ? MemberCodes.CENTRE : holder;
    }

    /** Share of the organisation's members in opposition (from the cells' last index). */
    double oppositionShare(Party party) {
        Hierarchy h = party.hierarchy;
        if (level == Level.CELL) {
            return h.cellOpposition(post);
        }
        int opposed = 0;
        int counted = 0;
        // a sample is enough for a share, and keeps large provinces cheap
        int step = Math.max(1, size() / 200);
        for (int i = from; i < to; i += step) {
            counted++;
            if (party.roll.alignment(h.memberAt(i)) < 0) {
                opposed++;
            }
        }
        return counted == 0 ? 0 : (double) opposed / counted;
    }
}
