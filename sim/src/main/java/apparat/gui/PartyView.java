package apparat.gui;

import apparat.model.CongressRecord;
import apparat.model.MonthlyRecord;
import apparat.model.Party;
import apparat.model.Rules;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The party as a whole as the inspector shows it when the centre is clicked: the last month's indicators (as
 * {@code monthly.csv} records them), the last congress, and the appointment rules in force. Read-only.
 */
public final class PartyView {

    private final Party party;
    private final Supplier<MonthlyRecord> last;
    private final Supplier<List<CongressRecord>> congresses;

    PartyView(Party party, Supplier<MonthlyRecord> last, Supplier<List<CongressRecord>> congresses) {
        this.party = party;
        this.last = last;
        this.congresses = congresses;
    }

    private MonthlyRecord record() {
        return last.get();
    }

    public String getMonth() {
        MonthlyRecord r = record();
        return r == null ? "not started" : r.month().toString();
    }

    public long getMembers() {
        MonthlyRecord r = record();
        return r == null ? 0 : r.members();
    }

    public long getCandidates() {
        MonthlyRecord r = record();
        return r == null ? 0 : r.candidates();
    }

    public long getCells() {
        MonthlyRecord r = record();
        return r == null ? 0 : r.cells();
    }

    private String level(int i) {
        MonthlyRecord r = record();
        if (r == null) {
            return "—";
        }
        MonthlyRecord.LevelCounts l = r.levels().get(i);
        return String.format(Locale.ROOT, "%d elected, %d recommended, %d appointed, %d vacant", l.elected(),
                l.recommended(), l.appointed(), l.vacant());
    }

    public String getProvincialSecretaries() {
        return level(0);
    }

    public String getDistrictSecretaries() {
        return level(1);
    }

    public String getCellSecretaries() {
        return level(2);
    }

    public long getPaidFunctionaries() {
        MonthlyRecord r = record();
        return r == null ? 0 : Math.round(r.paidApparatus());
    }

    /** Functionaries' mean pay over the average wage. */
    public double getPayRatio() {
        MonthlyRecord r = record();
        return r == null ? Double.NaN : Math.round(100 * r.payRatio()) / 100.0;
    }

    public String getOpposition() {
        MonthlyRecord r = record();
        return r == null ? "—" : String.format(Locale.ROOT, "%.1f %% of members, %.1f %% speaking out",
                100 * r.oppositionShare(), 100 * r.voicedOppositionShare());
    }

    public String getLastCongress() {
        List<CongressRecord> held = congresses.get();
        if (held.isEmpty()) {
            return "none yet";
        }
        CongressRecord c = held.get(held.size() - 1);
        return String.format(Locale.ROOT, "no. %d (%s): %.0f %% for the leadership, %d delegates", c.number(),
                c.month(), 100 * c.leadershipVoteShare(), c.delegates());
    }

    public String getAppointmentRules() {
        Rules.Appointment a = party.rules().appointment();
        return "provinces " + mode(a.provinceMode()) + ", districts " + mode(a.districtMode()) + ", cells "
                + mode(a.cellMode()) + (a.confirmProvince() ? "; elections confirmed from above" : "");
    }

    public String getSecretariatPicksFor() {
        return party.rules().secretariat().selection().name().toLowerCase(Locale.ROOT);
    }

    public boolean getFactionBan() {
        return party.rules().opinion().factionBan();
    }

    private static String mode(Rules.Mode m) {
        return switch (m) {
            case NONE -> "elect";
            case RECOMMEND -> "recommended";
            case APPOINT -> "appointed";
        };
    }

    // the inspector's row names (MASON calls name<Property>())

    public String nameProvincialSecretaries() {
        return "Provincial secretaries";
    }

    public String nameDistrictSecretaries() {
        return "District secretaries";
    }

    public String nameCellSecretaries() {
        return "Cell secretaries";
    }

    public String namePaidFunctionaries() {
        return "Paid functionaries";
    }

    public String namePayRatio() {
        return "Pay (× average wage)";
    }

    public String nameLastCongress() {
        return "Last congress";
    }

    public String nameAppointmentRules() {
        return "Appointment";
    }

    public String nameSecretariatPicksFor() {
        return "Secretariat picks for";
    }

    public String nameFactionBan() {
        return "Faction ban";
    }

    @Override
    public String toString() {
        return "The party";
    }
}
