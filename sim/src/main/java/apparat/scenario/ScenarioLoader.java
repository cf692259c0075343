package apparat.scenario;

import apparat.model.Month;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a scenario file into a validated {@link Scenario}. The file is YAML: the keys {@code name},
 * {@code description}, {@code extends}, {@code run} and {@code timeline}, and parameter groups whose leaves
 * are either a bare value or {@code {value: …, source: "file.txt:123"}} / {@code {value: …, assumption: "…"}}, or
 * a value fitted by {@code apparat calibrate}: {@code {value: …, calibrated: "calibration/x.yaml, 2026-12-02",
 * assumption: "…"}} (the assumption's reason kept; never with a source).
 * {@code extends: other.yaml} (relative to the file) loads the other scenario first and overrides it key by
 * key; {@code null} deletes an inherited key. All problems are reported together, each with its file and
 * line, as one {@link ScenarioException}.
 */
public final class ScenarioLoader {

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "extends", "run", "timeline");
    private static final Set<String> CITATION_KEYS = Set.of("value", "source", "assumption", "calibrated");
    /** {@code calibrated: "calibration/historical.yaml, 2026-12-02"}: the calibration file and the day. */
    private static final String CALIBRATED_FORM = "[^,]+\\.ya?ml, \\d{4}-\\d{2}-\\d{2}";
    private static final Set<String> EVENT_KEYS = Set.of("date", "type", "label", "source", "assumption", "set");
    private static final Set<String> RUN_KEYS = Set.of("start", "end", "seed", "scale");
    /** Longest chain of {@code extends:} followed; beyond it a chain is surely a mistake. */
    private static final int MAX_EXTENDS = 16;

    private final YamlReader yaml = new YamlReader();

    /** Loads and validates the scenario at {@code file}. */
    public Scenario load(Path file) {
        YamlNode.Mapping merged = readMerged(file, new ArrayList<>());
        String parent = parentOf(file);
        ParameterValues base = parent == null ? ParameterValues.defaults()
                : load(resolveSibling(file, parent)).parameters();
        return validate(file.toString(), merged, parent, base);
    }

    private static String parentOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            YamlNode root = new YamlReader().read(file.toString(), text);
            if (root instanceof YamlNode.Mapping m && m.entries().get("extends") != null
                    && m.entries().get("extends").value() instanceof YamlNode.Scalar s) {
                return s.text();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static Path resolveSibling(Path file, String name) {
        Path dir = file.toAbsolutePath().getParent();
        Path resolved = dir == null ? Path.of(name) : dir.resolve(name);
        Path relative = Path.of("").toAbsolutePath().relativize(resolved.normalize());
        return relative.toString().startsWith("..") ? resolved.normalize() : relative;
    }

    private YamlNode.Mapping readMerged(Path file, List<Path> chain) {
        Path real = file.toAbsolutePath().normalize();
        if (chain.contains(real)) {
            StringBuilder cycle = new StringBuilder();
            for (Path p : chain) {
                cycle.append(p.getFileName()).append(" → ");
            }
            throw new ScenarioException(file + ": 'extends:' goes round in a circle: " + cycle + file.getFileName());
        }
        if (chain.size() >= MAX_EXTENDS) {
            throw new ScenarioException(file + ": 'extends:' chain longer than " + MAX_EXTENDS + " files");
        }
        chain.add(real);
        YamlNode root = yaml.read(file.toString(), readText(file));
        if (root instanceof YamlNode.Null) {
            throw new ScenarioException(file + ":1: the file is empty; a scenario needs at least 'run: {start, end}'");
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ScenarioException(root.where() + ": a scenario file is a YAML mapping of keys to values");
        }
        YamlNode.Mapping.Entry ext = mapping.entries().get("extends");
        if (ext == null || ext.value() instanceof YamlNode.Null) {
            return mapping;
        }
        if (!(ext.value() instanceof YamlNode.Scalar parentName)) {
            throw new ScenarioException(ext.value().where() + ": extends: expected a file name");
        }
        Path parentPath = resolveSibling(file, parentName.text());
        if (!Files.isRegularFile(parentPath)) {
            throw new ScenarioException(ext.value().where() + ": extends: no such file '" + parentName.text()
                    + "' (looked for " + parentPath + ")");
        }
        YamlNode.Mapping parent = readMerged(parentPath, chain);
        return (YamlNode.Mapping) merge(parent, mapping, 0);
    }

    private static String readText(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(file + ": is a folder, not a scenario file");
            }
            if (Files.size(file) > YamlReader.MAX_CHARS * 4L) {
                throw new ScenarioException(file + ": the file is too large for a scenario ("
                        + Files.size(file) + " bytes)");
            }
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    line += bytes[i] == '\n' ? 1 : 0;
                }
                throw new ScenarioException(file + ":" + line + ": is not UTF-8 text (byte " + (in.position() + 1)
                        + "); save the file as UTF-8");
            }
            return out.flip().toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": no such file");
        } catch (IOException e) {
            throw new ScenarioException(file + ": could not be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Child over parent: mappings merge key by key, anything else replaces; a value mapping ({@code value:})
     * replaces whole; an explicit null removes the key.
     */
    static YamlNode merge(YamlNode parent, YamlNode child, int depth) {
        if (!(parent instanceof YamlNode.Mapping p) || !(child instanceof YamlNode.Mapping c)
                || c.entries().containsKey("value") || depth > YamlReader.MAX_DEPTH) {
            return child;
        }
        Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>(p.entries());
        for (YamlNode.Mapping.Entry e : c.entries().values()) {
            if (depth == 0 && e.key().equals("extends")) {
                continue;
            }
            YamlNode.Mapping.Entry old = entries.get(e.key());
            if (e.value() instanceof YamlNode.Null && depth > 0) {
                entries.remove(e.key());
            } else if (old == null) {
                entries.put(e.key(), e);
            } else {
                entries.put(e.key(), new YamlNode.Mapping.Entry(e.key(), e.line(), merge(old.value(), e.value(),
                        depth + 1)));
            }
        }
        entries.remove("extends");
        return new YamlNode.Mapping(c.file(), c.line(), Collections.unmodifiableMap(entries));
    }

    private Scenario validate(String file, YamlNode.Mapping root, String parent, ParameterValues base) {
        Problems problems = new Problems();
        Set<String> known = new TreeSet<>(TOP_KEYS);
        known.addAll(ParameterCatalog.groups());
        for (YamlNode.Mapping.Entry e : root.entries().values()) {
            if (!TOP_KEYS.contains(e.key()) && !isParameterKey(e.key())) {
                problems.add(e.value().file() + ":" + e.line(), e.key(), "unknown key"
                        + Suggestions.didYouMean(e.key(), known));
            }
        }
        String name = text(root, "name", stem(file), problems);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            problems.add(where(root, "name"), "name", "'" + name
                    + "' must be letters, digits, '.', '_' or '-' (it names the run folder), at most 64");
        }
        String description = text(root, "description", "", problems);

        Month start = null;
        Month end = null;
        long seed = 1;
        double scale = 1;
        YamlNode.Mapping.Entry run = root.entries().get("run");
        if (run == null || !(run.value() instanceof YamlNode.Mapping runMap)) {
            problems.add(run == null ? root.file() + ":1" : run.value().where(), "run",
                    "a scenario needs 'run:' with at least 'start:' and 'end:' months");
        } else {
            for (YamlNode.Mapping.Entry e : runMap.entries().values()) {
                if (!RUN_KEYS.contains(e.key())) {
                    problems.add(e.value().file() + ":" + e.line(), "run." + e.key(),
                            "unknown key" + Suggestions.didYouMean(e.key(), RUN_KEYS));
                }
            }
            String runWhere = runMap.file() + ":" + run.line();
            start = runMonth(runMap, runWhere, "start", problems);
            end = runMonth(runMap, runWhere, "end", problems);
            Object s = runValue(runMap, "seed", ParameterSpec.integer("run.seed", 1, "", 0, Long.MAX_VALUE,
                    "random seed"), problems);
            seed = s instanceof Long l ? l : 1;
            Object sc = runValue(runMap, "scale", ParameterSpec.decimal("run.scale", 1, "real members per "
                    + "simulated member", 1, 1_000_000, "scale"), problems);
            scale = sc instanceof Double d ? d : 1;
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(where(runMap, "end"), "run.end", "ends (" + end + ") before it starts (" + start + ")");
            }
            if (start != null && end != null && end.monthsSince(start) > 1200) {
                problems.add(where(runMap, "end"), "run.end", "runs longer than 100 years");
            }
        }

        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Citation> citations = new LinkedHashMap<>();
        for (YamlNode.Mapping.Entry e : root.entries().values()) {
            if (!TOP_KEYS.contains(e.key()) && isParameterKey(e.key())) {
                readParameters(e.key(), e, values, citations, problems, ParameterCatalog::find,
                        prefixesOf(ParameterCatalog.all()));
            }
        }
        ParameterValues parameters = ParameterValues.defaults().with(values, citations);
        crossCheck(parameters, root.file(), problems);

        List<TimelineEntry> timeline = new ArrayList<>();
        YamlNode.Mapping.Entry tl = root.entries().get("timeline");
        if (tl != null && !(tl.value() instanceof YamlNode.Null)) {
            if (!(tl.value() instanceof YamlNode.Mapping events)) {
                problems.add(tl.value(), "timeline", "expected a mapping of event names to events");
            } else {
                for (YamlNode.Mapping.Entry e : events.entries().values()) {
                    TimelineEntry entry = readEvent(e, root.file(), start, end, problems);
                    if (entry != null) {
                        timeline.add(entry);
                    }
                }
                long congresses = timeline.stream().filter(t -> t.type().equals("congress")).count();
                if (congresses > apparat.model.MemberRoll.MAX_CONGRESSES) {
                    problems.add(tl.value(), "timeline", "holds " + congresses + " congresses; a run holds at most "
                            + apparat.model.MemberRoll.MAX_CONGRESSES);
                }
            }
        }
        problems.throwIfAny();
        timeline.sort(Comparator.comparing(TimelineEntry::month));
        return new Scenario(name, description, file, parent, start, end, seed, scale, parameters,
                List.copyOf(timeline), base);
    }

    private static boolean isParameterKey(String key) {
        return ParameterCatalog.groups().stream().anyMatch(g -> key.equals(g) || key.startsWith(g + "."));
    }

    private static void crossCheck(ParameterValues p, String file, Problems problems) {
        for (String group : List.of("members", "recruitment")) {
            double sum = p.decimal(group + ".workerShare") + p.decimal(group + ".peasantShare");
            if (sum > 1 + 1e-9) {
                String key = blame(p, file, group + ".peasantShare", group + ".workerShare");
                String where = p.citation(key).where();
                problems.add(where == null ? file + ":1" : where, key,
                        "workers and peasants add up to " + ValueReader.number(sum) + ", more than 1");
            }
        }
    }

    /**
     * The key to point a problem of several keys at: the first one set in {@code file} (the file being loaded),
     * else the first one set anywhere (a file it extends), else the first.
     */
    private static String blame(ParameterValues p, String file, String... keys) {
        for (String key : keys) {
            String where = p.citation(key).where();
            if (where != null && where.startsWith(file + ":")) {
                return key;
            }
        }
        for (String key : keys) {
            if (p.citation(key).where() != null) {
                return key;
            }
        }
        return keys[0];
    }

    /** Every proper prefix ("a", "a.b") of the keys, so that nested groups are recognised. */
    private static Set<String> prefixesOf(List<ParameterSpec> specs) {
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
    private static void readParameters(String key, YamlNode.Mapping.Entry entry, Map<String, Object> values,
                                       Map<String, Citation> citations,
                                       Problems problems, java.util.function.Function<String, ParameterSpec> lookup,
                                       Set<String> prefixes) {
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

    private TimelineEntry readEvent(YamlNode.Mapping.Entry e, String rootFile, Month start, Month end,
                                    Problems problems) {
        String id = e.key();
        String where = e.value().file() + ":" + e.line();
        if (!(e.value() instanceof YamlNode.Mapping event)) {
            problems.add(where, "timeline." + id, "expected a mapping with date and type");
            return null;
        }
        String prefix = "timeline." + id;
        YamlNode.Mapping.Entry typeEntry = event.entries().get("type");
        String type = typeEntry != null && typeEntry.value() instanceof YamlNode.Scalar s ? s.text() : null;
        if (type == null || EventCatalog.fields(type) == null) {
            problems.add(typeEntry == null ? where : typeEntry.value().where(), prefix + ".type",
                    (type == null ? "missing; " : "'" + type + "' is unknown; ") + "expected one of "
                            + String.join(", ", EventCatalog.TYPES)
                            + (type == null ? "" : Suggestions.didYouMean(type, EventCatalog.TYPES)));
            return null;
        }
        Month month = null;
        YamlNode.Mapping.Entry dateEntry = event.entries().get("date");
        if (dateEntry == null) {
            problems.add(where, prefix + ".date", "missing; every event needs a date YYYY-MM");
        } else {
            Object d = ValueReader.read(ParameterSpec.month(prefix + ".date", "date"), prefix + ".date",
                    dateEntry.value(), problems);
            if (d instanceof Month m) {
                month = m;
                if (start != null && end != null && (m.isBefore(start) || m.isAfter(end))) {
                    if (!dateEntry.value().file().equals(rootFile)) {
                        // an inherited event outside a shorter run simply does not happen in it
                        return null;
                    }
                    problems.add(dateEntry.value(), prefix + ".date", m + " is outside the run (" + start + " to "
                            + end + ")");
                }
            } else if (d == null) {
                problems.add(dateEntry.value(), prefix + ".date", "an event needs a month, not none");
            }
        }
        String label = text(event, "label", id, problems);
        String source = text(event, "source", null, problems);
        String assumption = text(event, "assumption", null, problems);

        List<ParameterSpec> fieldSpecs = EventCatalog.fields(type);
        Set<String> fieldPrefixes = prefixesOf(fieldSpecs);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ParameterSpec f : fieldSpecs) {
            fields.put(f.key(), f.defaultValue());
        }
        Map<String, Object> set = new LinkedHashMap<>();
        Map<String, Citation> setCitations = new LinkedHashMap<>();
        Map<String, Citation> fieldCitations = new LinkedHashMap<>();
        for (YamlNode.Mapping.Entry f : event.entries().values()) {
            if (EVENT_KEYS.contains(f.key())) {
                if (f.key().equals("set")) {
                    readSet(type, prefix, f, set, setCitations, problems);
                }
                continue;
            }
            Map<String, Object> read = new LinkedHashMap<>();
            Map<String, Citation> cited = new LinkedHashMap<>();
            Problems local = new Problems();
            readParameters(f.key(), f, read, cited, local,
                    name -> EventCatalog.field(type, name), fieldPrefixes);
            if (!local.isEmpty()) {
                Set<String> known = new TreeSet<>(EVENT_KEYS);
                fieldSpecs.forEach(s -> known.add(s.key()));
                known.addAll(fieldPrefixes);
                ParameterSpec exact = EventCatalog.field(type, f.key());
                if (exact == null && !fieldPrefixes.contains(f.key())) {
                    problems.add(f.value().file() + ":" + f.line(), prefix + "." + f.key(), "unknown field of a "
                            + type + " event" + Suggestions.didYouMean(f.key(), known));
                    continue;
                }
                prefixProblems(local, prefix, problems);
            }
            fields.putAll(read);
            fieldCitations.putAll(cited);
        }
        if (type.equals("rule") && set.isEmpty()) {
            problems.add(where, prefix, "a rule event needs 'set:' with the parameters it changes");
        }
        if (type.equals("purge") && fields.get("outcomes.candidate") instanceof Double c
                && fields.get("outcomes.sympathiser") instanceof Double y && c + y > 1 + 1e-9) {
            problems.add(where, prefix + ".outcomes", "candidate and sympathiser add up to "
                    + ValueReader.number(c + y) + ", more than 1 (the rest are expelled)");
        }
        return month == null ? null : new TimelineEntry(id, month, type, label, new Citation(source, assumption,
                where), Collections.unmodifiableMap(fields), Collections.unmodifiableMap(set),
                Collections.unmodifiableMap(setCitations), Collections.unmodifiableMap(fieldCitations), where);
    }

    /** Re-reads a field whose problems were gathered separately, so that messages carry the event's prefix. */
    private static void prefixProblems(Problems local, String prefix, Problems problems) {
        try {
            local.throwIfAny();
        } catch (ScenarioException ex) {
            for (String line : ex.getMessage().split("\n")) {
                String l = line.strip();
                int colon = l.indexOf(": ", l.indexOf(':') + 1);
                String where = colon < 0 ? l : l.substring(0, colon);
                String rest = colon < 0 ? "" : l.substring(colon + 2);
                problems.add(where, null, prefix + "." + rest);
            }
        }
    }

    private static void readSet(String type, String prefix, YamlNode.Mapping.Entry f, Map<String, Object> set,
                                Map<String, Citation> setCitations, Problems problems) {
        if (!type.equals("rule")) {
            problems.add(f.value().file() + ":" + f.line(), prefix + ".set", "only rule events change parameters");
            return;
        }
        if (!(f.value() instanceof YamlNode.Mapping changes)) {
            problems.add(f.value(), prefix + ".set", "expected a mapping of parameters to new values");
            return;
        }
        for (YamlNode.Mapping.Entry c : changes.entries().values()) {
            readParameters(c.key(), c, set, setCitations, problems, ParameterCatalog::find,
                    prefixesOf(ParameterCatalog.all()));
        }
    }

    private static Month runMonth(YamlNode.Mapping run, String runWhere, String key, Problems problems) {
        YamlNode.Mapping.Entry e = run.entries().get(key);
        if (e == null) {
            problems.add(runWhere, "run." + key, "missing; give the " + (key.equals("start") ? "first" : "last")
                    + " month of the run as YYYY-MM");
            return null;
        }
        Object m = ValueReader.read(ParameterSpec.month("run." + key, key), "run." + key, e.value(), problems);
        if (m == null) {
            problems.add(e.value(), "run." + key, "a run needs a month here, not none");
        }
        return m instanceof Month month ? month : null;
    }

    private static Object runValue(YamlNode.Mapping run, String key, ParameterSpec spec, Problems problems) {
        YamlNode.Mapping.Entry e = run.entries().get(key);
        if (e == null) {
            return spec.defaultValue();
        }
        YamlNode node = e.value() instanceof YamlNode.Mapping m && m.entries().containsKey("value")
                ? m.entries().get("value").value() : e.value();
        return ValueReader.read(spec, "run." + key, node, problems);
    }

    private static String text(YamlNode.Mapping map, String key, String fallback, Problems problems) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof YamlNode.Null) {
            return fallback;
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problems.add(e.value(), key, "expected text");
        return fallback;
    }

    private static String where(YamlNode.Mapping map, String key) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        return e == null ? map.where() : e.value().file() + ":" + e.line();
    }

    private static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
