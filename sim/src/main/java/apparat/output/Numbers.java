package apparat.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers for tables the same way on every machine: whole numbers plainly, other numbers to eight
 * significant digits without trailing zeros, and "no value" (NaN) as an empty cell.
 */
public final class Numbers {

    private static final MathContext DIGITS = new MathContext(8);

    private Numbers() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    public static String format(long value) {
        return Long.toString(value);
    }
}
