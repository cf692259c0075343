package apparat.scenario;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file and the files it {@code extends:} into one YAML tree. Kept apart from the checking of
 * the keys so that the file problems (missing, not UTF-8, too large, a circle of {@code extends:}) are found
 * and named before any value is read; each node keeps the file it came from, so that later messages point at
 * the file that set the value.
 */
final class ScenarioFileReader {

    /** Longest chain of {@code extends:} followed; beyond it a chain is surely a mistake. */
    private static final int MAX_EXTENDS = 16;

    private final YamlReader yaml = new YamlReader();

    /** The name given by the file's {@code extends:}, or null for none (or a file that cannot be read). */
    static String parentOf(Path file) {
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

    /** {@code name} relative to the folder of {@code file}, shown relative to the working folder if inside it. */
    static Path resolveSibling(Path file, String name) {
        Path dir = file.toAbsolutePath().getParent();
        Path resolved = dir == null ? Path.of(name) : dir.resolve(name);
        Path relative = Path.of("").toAbsolutePath().relativize(resolved.normalize());
        return relative.toString().startsWith("..") ? resolved.normalize() : relative;
    }

    /** The file's tree merged over the trees of the files it extends, child over parent. */
    YamlNode.Mapping readMerged(Path file) {
        return readMerged(file, new ArrayList<>());
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
}
