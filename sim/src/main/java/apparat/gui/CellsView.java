package apparat.gui;

import java.util.Locale;
import java.util.function.Supplier;

/** The cells of one province as the inspector shows them: how many, and how their secretaries were placed. */
public final class CellsView {

    private final int province;
    private final Supplier<CellCounts> counts;

    CellsView(int province, Supplier<CellCounts> counts) {
        this.province = province;
        this.counts = counts;
    }

    int province() {
        return province;
    }

    CellCounts counts() {
        return counts.get();
    }

    public String getCellsOf() {
        return "province no. " + (province + 1);
    }

    private long real(int simulated) {
        return Math.round(simulated * counts.get().scale());
    }

    public long getCells() {
        return real(counts.get().total(province));
    }

    public long getElected() {
        return real(counts.get().of(province)[0]);
    }

    public long getRecommended() {
        return real(counts.get().of(province)[1]);
    }

    public long getAppointed() {
        return real(counts.get().of(province)[2]);
    }

    public long getVacant() {
        return real(counts.get().of(province)[3]);
    }

    public String getSecretariesLoyalty() {
        double l = counts.get().loyalty(province);
        return Double.isNaN(l) ? "—" : String.format(Locale.ROOT, "%.2f (−1 opposition … +1 leadership)", l);
    }

    // the inspector's row names (MASON calls name<Property>())

    public String nameCellsOf() {
        return "Cells of";
    }

    public String nameSecretariesLoyalty() {
        return "Secretaries' loyalty";
    }

    @Override
    public String toString() {
        return "Cells of province no. " + (province + 1);
    }
}
