package apparat.gui;

import sim.util.Double2D;

/**
 * Where each committee of the hierarchy is drawn, in pixels of a view of a given size: the centre on top, then
 * the provinces (gubkoms) as columns in one or more rows, each column holding its province secretary, below it
 * its district secretaries (ukoms) and at its foot one bar that sums up the province's cells. The number of
 * rows, and of districts side by side in a column, are those that draw provinces and districts largest (the
 * geometric mean of their sizes), so a few provinces are drawn large and five hundred small.
 */
final class HierarchyLayout {

    /** Height of a province's column in units of its width, besides its districts. */
    private static final double COLUMN_FIXED = 2.6;
    /** Height of the band that holds the centre, in units. */
    private static final double CENTRE_BAND = 2.2;
    /** No more districts than this side by side in a column. */
    private static final int MAX_DISTRICT_COLUMNS = 6;
    /** Largest unit, so that a small party is not drawn in giant circles. */
    private static final double MAX_UNIT = 56;

    private final int provinces;
    private final int districtsPerProvince;
    private final double width;
    private final double height;
    private final int columns;
    private final int rows;
    private final int districtColumns;
    private final int districtRows;
    private final double unit;
    private final double left;
    /** Blank above the drawing, so that it sits in the middle of the view's height. */
    private final double top;

    private HierarchyLayout(int provinces, int districtsPerProvince, double width, double height, int rows,
                            int districtColumns) {
        this.provinces = provinces;
        this.districtsPerProvince = districtsPerProvince;
        this.width = width;
        this.height = height;
        this.rows = rows;
        this.columns = (provinces + rows - 1) / rows;
        this.districtColumns = districtColumns;
        this.districtRows = (districtsPerProvince + districtColumns - 1) / districtColumns;
        this.unit = unitFor(rows);
        this.left = (width - columns * unit) / 2;
        this.top = Math.max(0, (height - (CENTRE_BAND * unit + rows * columnHeight())) / 2);
    }

    /** The layout with the widest columns that fits {@code width × height}. */
    static HierarchyLayout fit(int provinces, int districtsPerProvince, double width, double height) {
        if (provinces < 1 || districtsPerProvince < 1 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("nothing to lay out");
        }
        HierarchyLayout best = null;
        for (int dc = 1; dc <= Math.min(MAX_DISTRICT_COLUMNS, districtsPerProvince); dc++) {
            for (int r = 1; r <= provinces; r++) {
                HierarchyLayout l = new HierarchyLayout(provinces, districtsPerProvince, width, height, r, dc);
                if (best == null || l.merit() > best.merit()) {
                    best = l;
                }
            }
        }
        return best;
    }

    /** How large provinces and districts are drawn together. */
    private double merit() {
        return Math.sqrt(provinceDiameter() * districtDiameter());
    }

    private double unitFor(int r) {
        double columnHeight = COLUMN_FIXED + districtRows * districtPitch(1);
        double byWidth = width * 0.96 / columns;
        double byHeight = height * 0.97 / (CENTRE_BAND + r * columnHeight);
        return Math.min(MAX_UNIT, Math.min(byWidth, byHeight));
    }

    /** Vertical distance between districts in a column, for a unit {@code u}. */
    private double districtPitch(double u) {
        return 0.72 * u / districtColumns;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Width of one province's column. */
    double unit() {
        return unit;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    private double columnHeight() {
        return (COLUMN_FIXED + districtRows * districtPitch(1)) * unit;
    }

    private double rowTop(int row) {
        return top + CENTRE_BAND * unit + row * columnHeight();
    }

    /** The line a row of provinces hangs from. */
    double busY(int province) {
        return rowTop(province / columns) + 0.25 * unit;
    }

    /** Left end of the buses and the trunk that joins them. */
    double trunkX() {
        return left - 0.1 * unit;
    }

    /** The centre's box: its middle point. */
    Double2D centre() {
        return new Double2D(width / 2, top + CENTRE_BAND * unit * 0.42);
    }

    /** Width and height of the centre's box. */
    double centreWidth() {
        return Math.max(4 * unit, 96);
    }

    double centreHeight() {
        return Math.min(CENTRE_BAND * unit * 0.8, Math.max(1.2 * unit, 30));
    }

    Double2D province(int p) {
        int column = p % columns;
        return new Double2D(left + (column + 0.5) * unit, rowTop(p / columns) + 0.9 * unit);
    }

    double provinceDiameter() {
        return 0.8 * unit;
    }

    /** District {@code k} (0-based) of province {@code p}. */
    Double2D district(int p, int k) {
        Double2D top = province(p);
        int c = k % districtColumns;
        int r = k / districtColumns;
        double cellWidth = unit / districtColumns;
        double x = top.x - unit / 2 + (c + 0.5) * cellWidth + (districtColumns == 1 ? 0.1 * unit : 0);
        return new Double2D(x, top.y + 0.55 * unit + (r + 0.5) * districtPitch(unit));
    }

    double districtDiameter() {
        return 0.6 * unit / districtColumns;
    }

    /** Where a district's line meets its province's: a spine left of the districts. */
    double spineX(int p) {
        return province(p).x - unit * (districtColumns == 1 ? 0.32 : 0.45);
    }

    /** The middle of the bar that sums up a province's cells. */
    Double2D cells(int p) {
        Double2D top = province(p);
        return new Double2D(top.x, top.y + 0.55 * unit + districtRows * districtPitch(unit) + 0.5 * unit);
    }

    double cellsWidth() {
        return 0.8 * unit;
    }

    double cellsHeight() {
        return 0.55 * unit;
    }

    int provinces() {
        return provinces;
    }

    int districtsPerProvince() {
        return districtsPerProvince;
    }
}
