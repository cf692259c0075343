package apparat.model;

import java.util.Arrays;

/**
 * The tree of organisations: provinces (gubkoms) → districts (ukoms) → cells → members. District {@code d}
 * belongs to province {@code d / districtsPerProvince}. Cells open as members join. Once a month
 * {@link #index(MemberRoll)} groups the active members by cell and the cells by district, so that elections
 * can draw candidates from an organisation and opinion can use a cell's mean, without per-member lists.
 */
public final class Hierarchy {

    /** In {@link #grouped()}: a candidate, not yet a full member. */
    static final int NOT_FULL = Integer.MAX_VALUE;

    private final int provinces;
    private final int districtsPerProvince;
    private final int cellCapacity;

    private int cells;
    private int[] cellDistrict = new int[64];
    /** Active members per cell, kept current as members join and leave. */
    private int[] cellMembers = new int[64];
    /** Per district, the cell new members join, or −1. */
    private final int[] openCell;

    // The monthly index: active members grouped by cell, with the cells of a district (and so the districts of
    // a province) next to each other, so that every organisation's members are one contiguous range.
    private int indexedCells;
    private int[] cellFrom = new int[0];
    private int[] cellTo = new int[0];
    private final int[] districtFrom;
    private final int[] districtTo;
    /**
     * The grouped members, each followed by the month they joined if a full member, or {@link #NOT_FULL}: the
     * member at position i of the grouping is at {@code 2i}, their month at {@code 2i + 1}. Side by side, so that
     * placing a member writes one place in memory instead of two, and an election reads both at once.
     */
    private int[] grouped = new int[0];
    /** Per cell, mean alignment and share in opposition at the last tally. */
    private final CellMeans means = new CellMeans();
    // scratch kept between months: cells in district order, and where each district's cells start in that order
    private int[] order = new int[0];
    private final int[] dStart;
    private final int[] nextCell;
    /** Cells with at least one active member, kept current as members join and leave. */
    private int liveCells;

    public Hierarchy(Rules.Structure structure) {
        provinces = structure.provinces();
        districtsPerProvince = structure.districtsPerProvince();
        cellCapacity = structure.cellSize();
        openCell = new int[structure.districts()];
        Arrays.fill(openCell, -1);
        districtFrom = new int[structure.districts()];
        districtTo = new int[structure.districts()];
        dStart = new int[structure.districts() + 1];
        nextCell = new int[structure.districts()];
    }

    public int provinces() {
        return provinces;
    }

    public int districts() {
        return openCell.length;
    }

    public int cells() {
        return cells;
    }

    public int provinceOf(int district) {
        return district / districtsPerProvince;
    }

    public int districtOf(int cell) {
        return cellDistrict[cell];
    }

    /** Districts of a province are {@code first … first + districtsPerProvince − 1}. */
    public int firstDistrict(int province) {
        return province * districtsPerProvince;
    }

    public int districtsPerProvince() {
        return districtsPerProvince;
    }

    /** Cells that have at least one active member (cells emptied by purges or resignations are not counted). */
    public int liveCells() {
        return liveCells;
    }

    public int cellMembers(int cell) {
        return cellMembers[cell];
    }

    /**
     * The cell a new member of {@code district} joins: the district's open cell while it has room, otherwise a
     * new one. Returns the cell; {@code onNewCell} learns of a cell just opened.
     */
    public int placeNewMember(int district, java.util.function.IntConsumer onNewCell) {
        int c = openCell[district];
        if (c < 0 || cellMembers[c] >= cellCapacity) {
            c = openCellIn(district);
            onNewCell.accept(c);
        }
        if (cellMembers[c]++ == 0) {
            liveCells++;
        }
        return c;
    }

    private int openCellIn(int district) {
        if (cells == cellDistrict.length) {
            cellDistrict = Arrays.copyOf(cellDistrict, cells * 2);
            cellMembers = Arrays.copyOf(cellMembers, cells * 2);
        }
        cellDistrict[cells] = district;
        cellMembers[cells] = 0;
        openCell[district] = cells;
        return cells++;
    }

    /** A member of {@code cell} has left. */
    public void memberLeft(int cell) {
        if (--cellMembers[cell] == 0) {
            liveCells--;
        }
        int d = cellDistrict[cell];
        if (openCell[d] >= 0 && cellMembers[openCell[d]] >= cellCapacity && cellMembers[cell] < cellCapacity) {
            openCell[d] = cell;
        }
    }

    /**
     * Takes the cells' mean alignment and opposition share and rebuilds the grouping by organisation, on this
     * thread: what {@link #tally} and {@link #group} do in turn.
     */
    public void index(MemberRoll roll) {
        tally(roll, null);
        group(roll);
    }

    /** Each cell's mean alignment and opposition share, from the living, on the workers' threads when given. */
    void tally(MemberRoll roll, Workers workers) {
        means.tally(roll, cells, cellMembers, workers);
    }

    /**
     * Rebuilds the grouping of active members by organisation in one pass over the living members: the cells'
     * ranges come from their running member counts, so each member is placed as it is met, in ascending index
     * order within its cell, as a full scan of the roll would list them. It reads only the members' cells, so it
     * may run while the opinion step moves their alignments. Scratch arrays are kept between months, so a month
     * allocates nothing unless the party grew.
     */
    void group(MemberRoll roll) {
        int[] living = roll.activeMembers();
        int active = roll.activeCount();
        prepare(active);
        int[] cell = roll.columns().cell;
        byte[] status = roll.columns().status;
        int[] joined = roll.columns().joined;
        for (int k = 0; k < active; k++) {
            int m = living[k];
            int at = 2 * cellTo[cell[m]]++;
            grouped[at] = m;
            grouped[at + 1] = status[m] == MemberCodes.FULL ? joined[m] : NOT_FULL;
        }
        for (int c = 0; c < cells; c++) {
            int n = cellMembers[c];
            if (cellTo[c] != cellFrom[c] + n) {
                throw new IllegalStateException("cell " + c + " counts " + n + " members, the roll "
                        + (cellTo[c] - cellFrom[c]));
            }
        }
    }

    /** Sizes the scratch and lays out each organisation's range from the running member counts. */
    private void prepare(int active) {
        indexedCells = cells;
        if (cellFrom.length < cells) {
            int c = cells + cells / 2 + 1;
            cellFrom = new int[c];
            cellTo = new int[c];
            order = new int[c];
        }
        // cells in district order: counting sort of cells by district
        int districts = districts();
        Arrays.fill(dStart, 0);
        for (int c = 0; c < cells; c++) {
            dStart[cellDistrict[c] + 1]++;
        }
        for (int d = 0; d < districts; d++) {
            dStart[d + 1] += dStart[d];
        }
        System.arraycopy(dStart, 0, nextCell, 0, districts);
        for (int c = 0; c < cells; c++) {
            order[nextCell[cellDistrict[c]]++] = c;
        }
        int offset = 0;
        for (int d = 0; d < districts; d++) {
            districtFrom[d] = offset;
            for (int k = dStart[d]; k < dStart[d + 1]; k++) {
                int c = order[k];
                cellFrom[c] = offset;
                cellTo[c] = offset;
                offset += cellMembers[c];
            }
            districtTo[d] = offset;
        }
        if (offset != active) {
            throw new IllegalStateException("cells count " + offset + " members, the roll " + active);
        }
        if (grouped.length < 2 * active) {
            grouped = new int[2 * (active + active / 4 + 16)];
        }
    }

    /** Cells present at the last index; cells opened since have no members listed yet. */
    public int indexedCells() {
        return indexedCells;
    }

    /** The member at position {@code i} of the last grouping; members may have left since. */
    public int memberAt(int i) {
        return grouped[2 * i];
    }

    /**
     * The grouping as it is kept, for the loops that read it most: position {@code i}'s member at {@code 2i} and,
     * at {@code 2i + 1}, the month they joined if a full member, or {@link #NOT_FULL} for a candidate, as at the
     * last grouping. Status and seniority do not change between the grouping and the month's elections, so an
     * election can rule out candidates and the newly joined from here, next to the members it draws, without a
     * trip to the roll for each (see {@link SecretaryElection}).
     */
    int[] grouped() {
        return grouped;
    }

    /** Range of a cell's positions in the grouping ({@link #memberAt}): {@code [cellFrom, cellTo)}. */
    public int cellFrom(int cell) {
        return cell < indexedCells ? cellFrom[cell] : 0;
    }

    public int cellTo(int cell) {
        return cell < indexedCells ? cellTo[cell] : 0;
    }

    public int districtFrom(int district) {
        return districtFrom[district];
    }

    public int districtTo(int district) {
        return districtTo[district];
    }

    public int provinceFrom(int province) {
        return districtFrom[firstDistrict(province)];
    }

    public int provinceTo(int province) {
        return districtTo[firstDistrict(province) + districtsPerProvince - 1];
    }

    /** Mean alignment of a cell's members at the last tally. */
    public float cellMean(int cell) {
        return means.mean(cell);
    }

    /** Share of a cell's members in opposition at the last tally. */
    public float cellOpposition(int cell) {
        return means.opposition(cell);
    }
}
