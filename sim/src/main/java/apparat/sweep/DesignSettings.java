package apparat.sweep;

import apparat.scenario.Suggestions;
import apparat.scenario.YamlNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keys of a sweep file that choose the design ({@code design}, {@code samples}, {@code sensitivity},
 * {@code trajectories}, {@code levels}, {@code candidates}), read and checked together, since which keys a design
 * takes depends on the design.
 *
 * @param design how points are chosen
 * @param samples points (random, lhs), base samples (sobol) or trajectories (morris); 0 for a grid
 * @param sensitivity whether a sobol design is laid out for Sobol' indices
 * @param levels levels p of a morris design; 0 for other designs
 * @param candidates the pool a morris design keeps its most spread trajectories from, or 0 for none
 */
record DesignSettings(Design design, int samples, boolean sensitivity, int levels, int candidates) {

    /** Morris' levels when the file gives none, as SALib's default. */
    static final int DEFAULT_LEVELS = 4;
    /** Most candidate trajectories: the selection compares every pair of them. */
    static final int MAX_CANDIDATES = 1000;

    /** Reads the design's keys from the top-level mapping of a sweep file. */
    static DesignSettings read(YamlNode.Mapping map) {
        Map<String, YamlNode.Mapping.Entry> e = map.entries();
        Design design = Design.GRID;
        if (e.containsKey("design")) {
            String word = SweepFile.text(e.get("design"), "design");
            List<String> words = Arrays.stream(Design.values()).map(Design::word).toList();
            if (!words.contains(word)) {
                throw SweepFile.problem(SweepFile.where(e.get("design"), map), "design", "'" + word
                        + "' is not one of " + String.join(", ", words) + Suggestions.didYouMean(word, words));
            }
            design = Design.valueOf(word.toUpperCase(Locale.ROOT));
        }
        if (design != Design.MORRIS) {
            for (String key : List.of("trajectories", "levels", "candidates")) {
                if (e.containsKey(key)) {
                    throw SweepFile.problem(SweepFile.where(e.get(key), map), key, key + " is for design: morris"
                            + (key.equals("levels") ? " (a grid takes levels in each range of vary)" : ""));
                }
            }
        }
        int samples = 0;
        int levels = 0;
        int candidates = 0;
        if (design == Design.GRID) {
            if (e.containsKey("samples")) {
                throw SweepFile.problem(SweepFile.where(e.get("samples"), map), "samples", "a grid runs every "
                        + "combination; samples is for random, lhs and sobol designs");
            }
        } else if (design == Design.MORRIS) {
            if (e.containsKey("samples")) {
                throw SweepFile.problem(SweepFile.where(e.get("samples"), map), "samples", "a morris design takes "
                        + "trajectories, not samples");
            }
            if (!e.containsKey("trajectories")) {
                throw SweepFile.problem(map.where(), "trajectories", "missing; a morris design needs the number "
                        + "of trajectories, e.g. trajectories: 20");
            }
            samples = (int) SweepFile.whole(e.get("trajectories"), "trajectories", 2, SweepFile.MAX_RUNS);
            levels = DEFAULT_LEVELS;
            if (e.containsKey("levels")) {
                levels = (int) SweepFile.whole(e.get("levels"), "levels", 2, 1000);
                if (levels % 2 != 0) {
                    throw SweepFile.problem(SweepFile.where(e.get("levels"), map), "levels", levels + " is odd; "
                            + "Morris' step of p/(2(p-1)) lands on a level only for an even p, e.g. 4 or 6");
                }
            }
            if (e.containsKey("candidates")) {
                candidates = (int) SweepFile.whole(e.get("candidates"), "candidates", 3, MAX_CANDIDATES);
                if (candidates <= samples) {
                    throw SweepFile.problem(SweepFile.where(e.get("candidates"), map), "candidates", candidates
                            + " is not more than the " + samples + " trajectories; the most spread trajectories "
                            + "are chosen from a larger pool (e.g. 5 to 10 times as many)");
                }
            }
        } else {
            if (!e.containsKey("samples")) {
                throw SweepFile.problem(map.where(), "samples", "missing; a " + design.word() + " design needs the "
                        + "number of " + (design == Design.SOBOL ? "base samples" : "points"));
            }
            samples = (int) SweepFile.whole(e.get("samples"), "samples", 1, SweepFile.MAX_RUNS);
        }
        boolean sensitivity = false;
        if (e.containsKey("sensitivity")) {
            YamlNode.Mapping.Entry s = e.get("sensitivity");
            if (!(s.value() instanceof YamlNode.Scalar sc) || sc.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
                throw SweepFile.problem(SweepFile.where(s, map), "sensitivity", "expected true or false");
            }
            sensitivity = sc.text().equals("true");
            if (sensitivity && design != Design.SOBOL) {
                throw SweepFile.problem(SweepFile.where(s, map), "sensitivity", "Sobol' indices need design: sobol"
                        + (design == Design.MORRIS ? " (a morris design screens by elementary effects without it)"
                        : ""));
            }
        }
        return new DesignSettings(design, samples, sensitivity, levels, candidates);
    }

    /** Whether the design's tables include indices computed from every design point (sobol or morris). */
    boolean screens() {
        return sensitivity || design == Design.MORRIS;
    }

    /** Refuses a sweep whose indices would have nothing to measure. */
    void checkOutcomes(YamlNode.Mapping map, boolean none) {
        if (none && screens()) {
            throw SweepFile.problem(map.where(), "outcomes", (design == Design.MORRIS
                    ? "Morris' elementary effects" : "Sobol' indices") + " are computed for outcomes; name at least "
                    + "one");
        }
    }

    /**
     * A varied parameter, refused if a morris design cannot step it: a list with more values than levels (some
     * would never run), a whole-number range with fewer whole numbers than levels, or levels that round to the
     * same whole number (a step that would not change the parameter).
     *
     * @param where file:line of the values or range
     * @param shown the dotted key for messages
     */
    Factor checked(Factor f, String where, String shown) {
        if (design != Design.MORRIS) {
            return f;
        }
        if (f.range() == null) {
            if (f.values().size() > levels) {
                throw SweepFile.problem(where, shown, f.values().size() + " values but the morris design has "
                        + levels + " levels, so some would never be run; raise levels or give fewer values");
            }
            return f;
        }
        Factor.Range r = f.range();
        if (r.integer() && levels > r.high() - r.low() + 1) {
            throw SweepFile.problem(where, shown + ".range", "only " + (long) (r.high() - r.low() + 1)
                    + " whole numbers for the morris design's " + levels + " levels; widen the range, lower "
                    + "levels, or give the values as a list");
        }
        for (int i = 1; r.integer() && i < levels; i++) {
            Object value = f.atLevel((double) i / (levels - 1));
            if (value.equals(f.atLevel((double) (i - 1) / (levels - 1)))) {
                throw SweepFile.problem(where, shown + ".range", "levels " + i + " and " + (i + 1) + " of " + levels
                        + " both round to " + value + "; a step would not change the parameter (widen the range, "
                        + "drop log, or lower levels)");
            }
        }
        return f;
    }
}
