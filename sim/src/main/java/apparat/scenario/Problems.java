package apparat.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while validating a scenario, gathered so that the user sees all of them at once, each as
 * {@code file:line: key: what is wrong}.
 */
public final class Problems {

    /** More than this many and the rest are summarised: the first ones are what the user fixes first. */
    private static final int SHOWN = 20;

    private final List<String> lines = new ArrayList<>();

    void add(YamlNode at, String key, String message) {
        add(at.where(), key, message);
    }

    void add(String where, String key, String message) {
        lines.add(printable(where + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + message));
    }

    /** Control characters from the file (a terminal escape in a key, say) are shown as {@code \\uXXXX}. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Throws one {@link ScenarioException} listing every problem, if there is any. */
    void throwIfAny() {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, lines.size()); i++) {
            text.append(i == 0 ? "" : "\n  ").append(lines.get(i));
        }
        if (lines.size() > SHOWN) {
            text.append("\n  … and ").append(lines.size() - SHOWN).append(" more problems");
        }
        throw new ScenarioException(text.toString());
    }
}
