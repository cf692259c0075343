package apparat.gui;

import apparat.model.Level;
import apparat.model.MemberCodes;
import apparat.model.MemberRoll;
import apparat.model.Month;
import apparat.model.Party;
import apparat.model.Posts;

/**
 * One secretary post as MASON's inspector shows it when it is clicked: a read-only view that reads the party's
 * post table and member roll each time it is asked, so it follows the post as the run goes (a new holder, a
 * vacancy). The getters are the inspector's rows; they change nothing.
 */
public final class SecretaryView {

    private static final String[] HOW = {"elected by the members", "recommended by the centre, accepted",
        "appointed from above"};
    private static final String[] ORIGIN = {"worker", "peasant", "employee"};

    private final Party party;
    private final Level level;
    private final int post;
    private final String name;

    SecretaryView(Party party, Level level, int post, String name) {
        this.party = party;
        this.level = level;
        this.post = post;
        this.name = name;
    }

    Level level() {
        return level;
    }

    int post() {
        return post;
    }

    private Posts posts() {
        return party.posts(level);
    }

    /** The holder, or {@link MemberRoll#NONE}. */
    int holder() {
        Posts p = posts();
        return p == null || post >= p.size() ? MemberCodes.NONE : p.holder(post);
    }

    /** How the post was filled ({@link Posts#ELECTED} …), or −1 when vacant. */
    int how() {
        return holder() == MemberCodes.NONE ? -1 : posts().how(post);
    }

    /** The holder's alignment, −1 … +1, or NaN when vacant. */
    double alignment() {
        int m = holder();
        return m == MemberCodes.NONE ? Double.NaN : party.roll().alignment(m);
    }

    public String getCommittee() {
        return name;
    }

    public String getHowPlaced() {
        int h = how();
        return h < 0 ? "vacant" : HOW[h];
    }

    public String getSince() {
        return holder() == MemberCodes.NONE ? "—" : Month.ofIndex(posts().since(post)).toString();
    }

    public String getTermEnds() {
        return holder() == MemberCodes.NONE ? "—" : Month.ofIndex(posts().termEnd(post)).toString();
    }

    public boolean getConfirmedFromAbove() {
        return holder() != MemberCodes.NONE && posts().confirmed(post);
    }

    public String getPlacedBy() {
        if (holder() == MemberCodes.NONE) {
            return "—";
        }
        int patron = posts().patron(post);
        if (patron == MemberCodes.CENTRE) {
            return "the Secretariat (centre)";
        }
        if (patron == MemberCodes.NONE) {
            return "the organisation's members";
        }
        int code = party.roll().post(patron);
        String now = code == MemberCodes.NONE ? "now holds no post"
                : "now " + Posts.levelOf(code).column() + " secretary no. " + (Posts.indexOf(code) + 1);
        return "member #" + patron + " (" + now + ")";
    }

    public String getSecretary() {
        int m = holder();
        return m == MemberCodes.NONE ? "— (vacant)" : "member #" + m;
    }

    public String getMembership() {
        int m = holder();
        if (m == MemberCodes.NONE) {
            return "—";
        }
        return (party.roll().isFull(m) ? "full member" : "candidate") + " since "
                + Month.ofIndex(party.roll().joined(m));
    }

    public double getStazhYears() {
        int m = holder();
        return m == MemberCodes.NONE ? Double.NaN
                : Math.round(10 * party.roll().stazhYears(m, party.month().index())) / 10.0;
    }

    public String getSocialOrigin() {
        int m = holder();
        if (m == MemberCodes.NONE) {
            return "—";
        }
        MemberRoll r = party.roll();
        StringBuilder s = new StringBuilder(ORIGIN[Math.min(2, Math.max(0, r.origin(m)))]);
        s.append(r.has(m, MemberCodes.LITERATE) ? ", literate" : ", illiterate");
        if (r.has(m, MemberCodes.FORMER_OTHER_PARTY)) {
            s.append(", formerly of another party");
        }
        return s.toString();
    }

    public boolean getCareerist() {
        int m = holder();
        return m != MemberCodes.NONE && party.roll().has(m, MemberCodes.CAREERIST);
    }

    /** −1 opposition … +1 the leadership. */
    public double getLoyalty() {
        double a = alignment();
        return Double.isNaN(a) ? a : Math.round(100 * a) / 100.0;
    }

    public String getOpposition() {
        int m = holder();
        if (m == MemberCodes.NONE) {
            return "—";
        }
        MemberRoll r = party.roll();
        String now = r.alignment(m) < 0 ? "in opposition" : "with the leadership";
        String before = r.has(m, MemberCodes.FORMER_OPPOSITION) ? "; was in open opposition once" : "";
        return now + before + String.format(java.util.Locale.ROOT, "; willing to speak %.2f", r.voice(m));
    }

    public String getPay() {
        if (holder() == MemberCodes.NONE) {
            return "—";
        }
        double rubles = party.monthlyPay(level);
        double wage = party.rules().privileges().averageWage();
        String paid = level == Level.CELL ? String.format(java.util.Locale.ROOT, " (paid in %.0f %% of cells)",
                100 * party.rules().privileges().paidCellShare()) : "";
        return String.format(java.util.Locale.ROOT, "%.0f rubles a month, %.1f × the average wage%s", rubles,
                wage > 0 ? rubles / wage : Double.NaN, paid);
    }

    // the inspector's row names (MASON calls name<Property>())

    public String nameHowPlaced() {
        return "How placed";
    }

    public String nameTermEnds() {
        return "Term ends";
    }

    public String nameConfirmedFromAbove() {
        return "Confirmed from above";
    }

    public String namePlacedBy() {
        return "Placed by";
    }

    public String nameStazhYears() {
        return "Stazh (years)";
    }

    public String nameSocialOrigin() {
        return "Social origin";
    }

    public String nameLoyalty() {
        return "Loyalty (−1 … +1)";
    }

    @Override
    public String toString() {
        return name;
    }
}
