package apparat.scenario;

import apparat.model.MemberCodes;
import apparat.model.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a scenario's {@code timeline:}: each event's date (inside the run), type, label and citation, its
 * fields as the {@link EventCatalog} declares them for the type, and a rule event's {@code set:} of
 * parameters. Problems name the event ({@code timeline.<id>.<field>}) so that a file with many events is easy
 * to correct.
 */
final class TimelineReader {

    private static final Set<String> EVENT_KEYS = Set.of("date", "type", "label", "source", "assumption", "set");

    private TimelineReader() {
    }

    /**
     * The events of {@code root}'s timeline in file order, those that fall in the run; an event inherited
     * from an extended file that falls outside a shorter run is left out without complaint.
     */
    static List<TimelineEntry> read(YamlNode.Mapping root, Month start, Month end, Problems problems) {
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
                if (congresses > MemberCodes.MAX_CONGRESSES) {
                    problems.add(tl.value(), "timeline", "holds " + congresses + " congresses; a run holds at most "
                            + MemberCodes.MAX_CONGRESSES);
                }
            }
        }
        return timeline;
    }

    private static TimelineEntry readEvent(YamlNode.Mapping.Entry e, String rootFile, Month start, Month end,
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
        String label = ValueReader.text(event, "label", id, problems);
        String source = ValueReader.text(event, "source", null, problems);
        String assumption = ValueReader.text(event, "assumption", null, problems);

        List<ParameterSpec> fieldSpecs = EventCatalog.fields(type);
        Set<String> fieldPrefixes = ParameterTreeReader.prefixesOf(fieldSpecs);
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
            ParameterTreeReader.readParameters(f.key(), f, read, cited, local,
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
            ParameterTreeReader.readParameters(c.key(), c, set, setCitations, problems, ParameterCatalog::find,
                    ParameterTreeReader.prefixesOf(ParameterCatalog.all()));
        }
    }
}
