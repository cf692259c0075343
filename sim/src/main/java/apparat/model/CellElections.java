package apparat.model;

/**
 * The month's cell posts, filled in three passes so that the elections — most of a month's random lookups in
 * the roll — can run on all cores:
 * <ol>
 *   <li>in cell order, on the run's generator, the centre takes up the vacancies it will (see
 *       {@link PostFilling#fromAbove}); the cells left to their members are listed;</li>
 *   <li>the listed cells' elections are decided ({@link PostFilling#vote}), block by block of the list, each block
 *       drawing from its own stream ({@link BlockStreams}); deciding reads the roll and writes nothing;</li>
 *   <li>in cell order, on the run's generator, the decisions are carried out, and the higher body appoints where
 *       no one acceptable was elected.</li>
 * </ol>
 * So the centre's budget is spent on its own choices first and on appointments after failed elections second,
 * and the elections all see the posts as the centre left them. A member elected in one cell who, by the time
 * the vote is carried out, has been appointed to another in the third pass, is no longer eligible: that cell
 * votes again then, on the run's generator.
 */
final class CellElections implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Elections per block of random streams. */
    static final int BLOCK = 256;

    /** Scratch kept between months: the cells listed for election, and their votes. */
    private int[] listed = new int[0];
    private int[] votes = new int[0];
    /** Per block of elections, what its {@link #readAhead} came to, kept so that the reads are not left out. */
    private int[] touched = new int[0];
    /** Scratch of {@link #settle}: the incumbents of a chunk of the cells listed. */
    private final int[] incumbents = new int[ReadAhead.CHUNK];

    void fill(Party party) {
        Posts posts = party.posts(Level.CELL);
        int cells = Math.min(posts.size(), party.hierarchy.indexedCells());
        if (listed.length < cells) {
            listed = new int[cells + cells / 2 + 1];
            votes = new int[listed.length];
        }
        int n = 0;
        for (int p = 0; p < cells; p++) {
            if (!PostFilling.due(party, posts, p)) {
                continue;
            }
            Organisation org = Organisation.of(party, Level.CELL, p);
            if (org.size() > 0 && !PostFilling.fromAbove(party, org, posts.holder(p))) {
                listed[n++] = p;
            }
        }
        int count = n;
        if (count == 0) {
            return;
        }
        BlockStreams streams = new BlockStreams(party.random);
        // an election looks at up to six times as many members as it wants candidates
        int visits = count * party.rules.election().candidates() * 6;
        int blocks = BlockStreams.blocks(count, BLOCK);
        if (touched.length < blocks) {
            touched = new int[blocks + blocks / 2 + 1];
        }
        party.workers.forBlocks(visits, blocks, b -> {
            int from = b * BLOCK;
            int to = Math.min(count, from + BLOCK);
            touched[b] = readAhead(party, from, to);
            var random = streams.of(b);
            var ballot = new SecretaryElection.Ballot(party);
            for (int i = from; i < to; i++) {
                int p = listed[i];
                votes[i] = PostFilling.vote(party, Organisation.of(party, Level.CELL, p), posts.holder(p), random,
                        ballot);
            }
        });
        settle(party, count);
    }

    /**
     * Reads what the elections of {@code listed[from, to)} look up first, for all of them at once: the incumbent's
     * month of joining, and where the cell's members are grouped. Each election then waits on memory only for
     * its candidates' records, instead of three times in a row. Reads only; returns a sum of no meaning.
     */
    private int readAhead(Party party, int from, int to) {
        Posts posts = party.posts(Level.CELL);
        Hierarchy h = party.hierarchy;
        int[] joined = party.roll.columns().joined;
        int[] grouped = h.grouped();
        int seen = 0;
        for (int i = from; i < to; i++) {
            int p = listed[i];
            int incumbent = posts.holder(p);
            if (incumbent >= 0) {
                seen += joined[incumbent];
            }
            int first = h.cellFrom(p);
            int last = h.cellTo(p) - 1;
            if (last >= first) {
                seen += grouped[2 * first + 1] + grouped[2 * last + 1];
            }
        }
        return seen;
    }

    /** Pass 3: carries out the votes of the {@code count} cells listed, in cell order, on the run's generator. */
    private void settle(Party party, int count) {
        Posts posts = party.posts(Level.CELL);
        for (int from = 0; from < count; from += ReadAhead.CHUNK) {
            int to = Math.min(count, from + ReadAhead.CHUNK);
            // the members elected, and those they replace, are seated and unseated at scattered places in the roll
            party.roll.readAhead().read(votes, from, to);
            for (int i = from; i < to; i++) {
                incumbents[i - from] = posts.holder(listed[i]);
            }
            party.roll.readAhead().read(incumbents, 0, to - from);
            for (int i = from; i < to; i++) {
                int p = listed[i];
                Organisation org = Organisation.of(party, Level.CELL, p);
                int incumbent = posts.holder(p);
                int vote = votes[i];
                if (vote >= 0 && party.roll.post(vote) != MemberCodes.NONE) {
                    vote = PostFilling.vote(party, org, incumbent, party.random);
                }
                PostFilling.settle(party, org, incumbent, vote);
            }
        }
    }
}
