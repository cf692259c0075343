package apparat.calibration;

import apparat.model.Month;
import apparat.scenario.Problems;
import apparat.scenario.Suggestions;
import apparat.scenario.YamlNode;
import apparat.validation.Measure;
import apparat.validation.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code fit:} and {@code holdOut:} lists of a calibration file and the loss weights: names of the targets
 * file, each used once, at most as many fitted as held out, so that half the patterns or more remain a test.
 */
final class TargetLists {

    private TargetLists() {
    }

    static List<Target> read(Fields top, String field, Map<String, Target> targets, Problems problems) {
        YamlNode node = top.node(field);
        List<Target> out = new ArrayList<>();
        if (node == null) {
            problems.add(top.where(null), field, "missing; list the targets " + (field.equals("fit")
                    ? "the loss is made of" : "kept back to test the fit") + " by their names in the targets file");
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            problems.add(node, field, "expected a list of target names, e.g. [members-1925, purge-1921-share]");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar s)) {
                problems.add(item, field, "expected a target name");
                continue;
            }
            Target t = targets.get(s.text());
            if (t == null) {
                problems.add(item, field, "'" + s.text() + "' is not a target of the targets file"
                        + Suggestions.didYouMean(s.text(), targets.keySet()));
            } else if (!seen.add(s.text())) {
                problems.add(item, field, "'" + s.text() + "' is listed twice");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    static void check(Fields top, List<Target> fitted, List<Target> heldOut, Month end, Problems problems) {
        Set<String> fit = new HashSet<>();
        fitted.forEach(t -> fit.add(t.id()));
        for (Target t : heldOut) {
            if (fit.contains(t.id())) {
                problems.add(top.where("holdOut"), "holdOut", "'" + t.id() + "' is also fitted; a target is "
                        + "either fitted or held out");
            }
        }
        if (top.node("fit") instanceof YamlNode.Sequence && fitted.isEmpty()) {
            problems.add(top.where("fit"), "fit", "no targets to fit");
        }
        if (!fitted.isEmpty() && fitted.size() > heldOut.size()) {
            problems.add(top.where("fit"), "fit", fitted.size() + " targets fitted and " + heldOut.size()
                    + " held out: at most half of the targets may be fitted; hold out at least as many as are fitted");
        }
        List<Target> all = new ArrayList<>(fitted);
        all.addAll(heldOut);
        for (Target t : all) {
            Measure m = t.measure();
            Month last = m.kind() == Measure.Kind.CONGRESS ? null : m.to();
            if (last != null && last.isAfter(end)) {
                problems.add(top.where(fit.contains(t.id()) ? "fit" : "holdOut"), fit.contains(t.id()) ? "fit"
                        : "holdOut", "'" + t.id() + "' is measured up to " + last + ", after the calibration's "
                        + "last month " + end + " (run.end)");
            }
        }
    }

    static Map<String, Double> weights(Fields loss, List<Target> fitted, Problems problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        YamlNode node = loss.node("weights");
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.add(node, "loss.weights", "expected a mapping of fitted target names to weights");
            return out;
        }
        List<String> names = fitted.stream().map(Target::id).toList();
        for (YamlNode.Mapping.Entry e : m.entries().values()) {
            String key = "loss.weights." + e.key();
            if (!names.contains(e.key())) {
                problems.add(e.value().file() + ":" + e.line(), key, "is not a fitted target"
                        + Suggestions.didYouMean(e.key(), names));
                continue;
            }
            double w = Fields.number(e.value(), key, 1, 0, 1000, false, problems);
            if (w <= 0) {
                problems.add(e.value(), key, "a weight must be above 0; leave a target out of fit: instead");
            } else {
                out.put(e.key(), w);
            }
        }
        return out;
    }
}
