package apparat.output;

import apparat.model.CongressRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Formats {@code congresses.csv}: one row per congress; columns in {@code docs/outputs.md}. */
public final class CongressCsv {

    /** The column names, in order. */
    public static final List<String> HEADER = List.of("congress", "number", "month", "delegates", "officials_share",
            "appointed_controlled_share", "loyalty", "leadership_vote_share", "votes_for", "abstentions",
            "dissenting_delegates", "dissenters_surviving_next", "dissenters_sent_next", "returning_delegates",
            "central_committee", "central_committee_loyalty", "confirmed", "delegates_arrested_by_end",
            "delegates_executed_by_end", "delegates_free_at_end", "central_committee_active_at_end",
            "central_committee_free_at_end");

    private CongressCsv() {
    }

    public static String format(List<CongressRecord> congresses) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord(HEADER);
            for (CongressRecord c : congresses) {
                p.printRecord(c.id(), c.number(), c.month(), c.delegates(), Numbers.format(c.officialsShare()),
                        Numbers.format(c.appointedControlledShare()), Numbers.format(c.loyalty()),
                        Numbers.format(c.leadershipVoteShare()), c.votesFor(), c.abstentions(),
                        c.dissentingDelegates(), ifKnown(c.dissentersSurvivingNext()),
                        ifKnown(c.dissentersSentNext()), c.returningDelegates(), c.centralCommittee(),
                        Numbers.format(c.centralCommitteeLoyalty()), c.confirmed(), c.delegatesArrestedByEnd(),
                        c.delegatesExecutedByEnd(), c.delegatesFreeAtEnd(), c.centralCommitteeActiveAtEnd(),
                        c.centralCommitteeFreeAtEnd());
            }
        }
        return out.toString();
    }

    /** A count that exists only when there was a next congress; empty otherwise. */
    private static String ifKnown(long count) {
        return count < 0 ? "" : Long.toString(count);
    }
}
