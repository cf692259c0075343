package apparat.model;

import java.util.Arrays;

/**
 * The secretary posts of one level (one per committee or cell): who holds each, how they got it, who placed
 * them, since when, until when, and whether the higher body has confirmed them. Parallel arrays like the
 * member roll; cell posts grow as cells open.
 */
public final class Posts {

    /** How a secretary got the post. */
    public static final byte ELECTED = 0;
    public static final byte RECOMMENDED = 1;
    public static final byte APPOINTED = 2;

    /** The levels by ordinal; {@code Level.values()} would copy its array at every call. */
    private static final Level[] LEVELS = Level.values();

    private final Level level;
    private int size;
    private int[] holder;
    private byte[] how;
    private int[] patron;
    private int[] since;
    private int[] termEnd;
    private boolean[] confirmed;

    public Posts(Level level, int initial) {
        this.level = level;
        int c = Math.max(4, initial);
        holder = new int[c];
        how = new byte[c];
        patron = new int[c];
        since = new int[c];
        termEnd = new int[c];
        confirmed = new boolean[c];
    }

    /** Encodes a post of a level as one int for the member roll. */
    public static int code(Level level, int index) {
        return index * 3 + level.ordinal();
    }

    public static Level levelOf(int code) {
        return LEVELS[code % 3];
    }

    /** Whether a post code is a cell's, without looking the level up. */
    public static boolean isCell(int code) {
        return code % 3 == Level.CELL.ordinal();
    }

    public static int indexOf(int code) {
        return code / 3;
    }

    public Level level() {
        return level;
    }

    /** Adds a vacant post and returns its index. */
    public int addPost() {
        if (size == holder.length) {
            int c = holder.length * 2;
            holder = Arrays.copyOf(holder, c);
            how = Arrays.copyOf(how, c);
            patron = Arrays.copyOf(patron, c);
            since = Arrays.copyOf(since, c);
            termEnd = Arrays.copyOf(termEnd, c);
            confirmed = Arrays.copyOf(confirmed, c);
        }
        holder[size] = MemberCodes.NONE;
        return size++;
    }

    public int size() {
        return size;
    }

    public int holder(int p) {
        return holder[p];
    }

    public boolean isVacant(int p) {
        return holder[p] == MemberCodes.NONE;
    }

    public byte how(int p) {
        return how[p];
    }

    public int patron(int p) {
        return patron[p];
    }

    public int since(int p) {
        return since[p];
    }

    public int termEnd(int p) {
        return termEnd[p];
    }

    public boolean confirmed(int p) {
        return confirmed[p];
    }

    public void confirm(int p) {
        confirmed[p] = true;
    }

    /** Seats a secretary; the caller updates the member roll. */
    void seat(int p, int member, byte howFilled, int patronId, int month, int term, boolean isConfirmed) {
        holder[p] = member;
        how[p] = howFilled;
        patron[p] = patronId;
        since[p] = month;
        termEnd[p] = month + term;
        confirmed[p] = isConfirmed;
    }

    /** Renews the term of the sitting secretary, who keeps how and since when they got the post. */
    void renew(int p, int month, int term) {
        termEnd[p] = month + term;
    }

    void vacate(int p) {
        holder[p] = MemberCodes.NONE;
        confirmed[p] = false;
    }
}
