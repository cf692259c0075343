package apparat.output;

import apparat.model.CongressRecord;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code monthly.csv}, one row per month as the model records it; columns in {@code docs/outputs.md}. */
public final class MonthlyCsv implements MonthObserver, AutoCloseable {

    private static final String[] STAZH = {"pre1917", "1917_1920", "1921_1928", "1929_on"};
    private static final String[] LEVELS = {"province", "district", "cell"};

    private final CSVPrinter printer;

    public MonthlyCsv(Writer out) {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            printer.printRecord(header());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column names, in order. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("month", "members", "full_members", "candidates", "recruits",
                "resigned", "died", "expelled", "arrested", "executed", "cells"));
        for (String level : LEVELS) {
            for (String c : List.of("posts", "vacant", "elected", "recommended", "appointed", "elected_share",
                    "recommended_share", "appointed_share", "loyalty", "new_elected", "new_recommended",
                    "new_appointed", "removed", "displaced")) {
                h.add(level + "_" + c);
            }
        }
        h.addAll(List.of("assignments", "removals", "alignment_mean", "opposition_share", "voiced_opposition_share",
                "careerist_share", "recruit_careerist_share", "literate_share", "paid_apparatus", "entitled",
                "pay_ratio", "budget"));
        for (String what : List.of("expelled", "arrested", "executed")) {
            for (String g : STAZH) {
                h.add(what + "_joined_" + g);
            }
        }
        h.addAll(List.of("candidates_rejected", "demoted", "cards_withdrawn"));
        h.addAll(List.of("last_congress_delegates", "delegates_arrested", "delegates_executed",
                "central_committee_arrested", "central_committee_executed", "province_secretaries_arrested",
                "district_secretaries_arrested", "elite_posts_refilled", "refilled_stazh_years"));
        return h;
    }

    @Override
    public void month(MonthlyRecord r) {
        List<String> row = new ArrayList<>(header().size());
        row.add(r.month().toString());
        for (long v : new long[] {r.members(), r.fullMembers(), r.candidates(), r.recruits(), r.resigned(), r.died(),
            r.expelled(), r.arrested(), r.executed(), r.cells()}) {
            row.add(Numbers.format(v));
        }
        for (MonthlyRecord.LevelCounts l : r.levels()) {
            row.add(Numbers.format(l.posts()));
            row.add(Numbers.format(l.vacant()));
            row.add(Numbers.format(l.elected()));
            row.add(Numbers.format(l.recommended()));
            row.add(Numbers.format(l.appointed()));
            row.add(Numbers.format(l.share(l.elected())));
            row.add(Numbers.format(l.share(l.recommended())));
            row.add(Numbers.format(l.share(l.appointed())));
            row.add(Numbers.format(l.loyalty()));
            row.add(Numbers.format(l.newElected()));
            row.add(Numbers.format(l.newRecommended()));
            row.add(Numbers.format(l.newAppointed()));
            row.add(Numbers.format(l.removed()));
            row.add(Numbers.format(l.displaced()));
        }
        for (double v : new double[] {r.assignments(), r.removals(), r.alignmentMean(), r.oppositionShare(),
            r.voicedOppositionShare(), r.careeristShare(), r.recruitCareeristShare(), r.literateShare(),
            r.paidApparatus(), r.entitled(), r.payRatio(), r.budget()}) {
            row.add(Numbers.format(v));
        }
        for (MonthlyRecord.StazhCounts s : List.of(r.expelledByStazh(), r.arrestedByStazh(), r.executedByStazh())) {
            row.add(Numbers.format(s.pre1917()));
            row.add(Numbers.format(s.from1917To1920()));
            row.add(Numbers.format(s.from1921To1928()));
            row.add(Numbers.format(s.from1929()));
        }
        for (long v : new long[] {r.candidatesRejected(), r.demoted(), r.cardsWithdrawn()}) {
            row.add(Numbers.format(v));
        }
        MonthlyRecord.EliteCounts elite = r.elite();
        for (long v : new long[] {elite.lastCongressDelegates(), elite.delegatesArrested(),
            elite.delegatesExecuted(), elite.centralCommitteeArrested(), elite.centralCommitteeExecuted(),
            elite.provinceSecretariesArrested(), elite.districtSecretariesArrested(), elite.postsRefilled()}) {
            row.add(Numbers.format(v));
        }
        row.add(Numbers.format(elite.refilledStazhYears()));
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(List<CongressRecord> congresses) {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
