package apparat.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a tree of parameters (the scenario's groups, an event's fields, a rule event's {@code set:}) into
 * values and their citations. A leaf is a bare value or {@code {value: …, source: "file.txt:123"}},
 * {@code {value: …, assumption: "…"}} or {@code {value: …, calibrated: "calibration/x.yaml, YYYY-MM-DD",
 * assumption: "…"}}; one reader for all three trees so that a value is cited the same way wherever it stands.
 */
final class ParameterTreeReader {

    private static final Set<String> CITATION_KEYS = Set.of("value", "source", "assumption", "calibrated");
    /** {@code calibrated: "calibration/historical.yaml, 2026-12-02"}: the calibration file and the day. */
    private static final String CALIBRATED_FORM = "[^,]+\\.ya?ml, \\d{4}-\\d{2}-\\d{2}";

    private ParameterTreeReader() {
    }

    /** Every proper prefix ("a", "a.b") of the keys, so that nested groups are recognised. */
    static Set<String> prefixesOf(List<ParameterSpec> specs) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (ParameterSpec spec : specs) {
            String key = spec.key();
            for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
                prefixes.add(key.substring(0, dot));
            }
        }
        return prefixes;
    }

    /**
     * Walks one key of a parameter tree: a known key is a leaf (bare or with a citation), a known prefix is a
     * group to descend into, anything else is unknown.
     */
    static void readParameters(String key, YamlNode.Mapping.Entry entry, Map<String, Object> values,
                               Map<String, Citation> citations,
                               Problems problems, Function<String, ParameterSpec> lookup, Set<String> prefixes) {
        ParameterSpec spec = lookup.apply(key);
        YamlNode node = entry.value();
        // The value's file, not the enclosing mapping's: after 'extends:' an entry may come from the parent.
        String file = node.file();
        if (spec != null) {
            readLeaf(spec, key, node, file + ":" + entry.line(), values, citations, problems);
            return;
        }
        if (prefixes.contains(key) && node instanceof YamlNode.Mapping group
                && !group.entries().containsKey("value")) {
            for (YamlNode.Mapping.Entry e : group.entries().values()) {
                readParameters(key + "." + e.key(), e, values, citations, problems, lookup, prefixes);
            }
            return;
        }
        if (prefixes.contains(key)) {
            problems.add(file + ":" + entry.line(), key, "is a group of parameters; expected a mapping under it");
            return;
        }
        Set<String> candidates = new TreeSet<>(prefixes);
        ParameterCatalog.all().forEach(s -> candidates.add(s.key()));
        problems.add(file + ":" + entry.line(), key, "unknown parameter" + Suggestions.didYouMean(key, candidates));
    }

    private static void readLeaf(ParameterSpec spec, String key, YamlNode node, String where,
                                 Map<String, Object> values, Map<String, Citation> citations, Problems problems) {
        String source = null;
        String assumption = null;
        String calibrated = null;
        YamlNode valueNode = node;
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Mapping.Entry e : m.entries().values()) {
                if (!CITATION_KEYS.contains(e.key())) {
                    problems.add(m.file() + ":" + e.line(), key + "." + e.key(), "unknown key; a value may carry "
                            + "only value, source, assumption and calibrated"
                            + Suggestions.didYouMean(e.key(), CITATION_KEYS));
                }
            }
            if (!m.entries().containsKey("value")) {
                problems.add(node, key, "expected a value, or a mapping with 'value:'");
                return;
            }
            valueNode = m.entries().get("value").value();
            source = citationText(m, "source", key, problems);
            assumption = citationText(m, "assumption", key, problems);
            calibrated = citationText(m, "calibrated", key, problems);
            if (source != null && assumption != null) {
                problems.add(node, key, "give either source or assumption, not both");
            }
            if (source != null && calibrated != null) {
                problems.add(node, key, "a value with a source is data and is never calibrated; remove "
                        + "'calibrated:' or replace the source by the assumption it was");
            }
            if (calibrated != null && !calibrated.matches(CALIBRATED_FORM)) {
                problems.add(m.entries().get("calibrated").value(), key + ".calibrated", "'" + calibrated
                        + "' is not of the form \"calibration/file.yaml, YYYY-MM-DD\"");
            }
            if (source != null && !source.matches("[\\w.-]+\\.txt:\\d+(-\\d+)?")) {
                problems.add(m.entries().get("source").value(), key + ".source", "'" + source
                        + "' is not of the form file.txt:line (e.g. 000_c7c80c2cc1f1b975.txt:31)");
            }
        }
        Object value = ValueReader.read(spec, key, valueNode, problems);
        if (value != ValueReader.INVALID) {
            values.put(key, value);
            citations.put(key, new Citation(source, assumption, where, calibrated));
        }
    }

    private static String citationText(YamlNode.Mapping m, String field, String key, Problems problems) {
        YamlNode.Mapping.Entry e = m.entries().get(field);
        if (e == null || e.value() instanceof YamlNode.Null) {
            return null;
        }
        if (e.value() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
            return s.text().trim();
        }
        problems.add(e.value(), key + "." + field, "expected text");
        return null;
    }
}
