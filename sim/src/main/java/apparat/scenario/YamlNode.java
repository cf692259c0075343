package apparat.scenario;

import java.util.List;
import java.util.Map;

/**
 * A node of a YAML document that remembers the line it stood on, so that every validation message can point
 * the user at the line to fix. Built by {@link YamlReader}; immutable.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence, YamlNode.Null {

    /** The 1-based line of the node in its file. */
    int line();

    /** The file the node was read from, as the user named it. */
    String file();

    /** "file:line", the prefix of every message about this node. */
    default String where() {
        return file() + ":" + line();
    }

    /** A scalar: its text, and whether YAML read it as a number, boolean or string. */
    record Scalar(String file, int line, String text, Kind kind) implements YamlNode {
        /** How the YAML parser typed the scalar. */
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN }
    }

    /** A mapping, in document order. Keys are unique. */
    record Mapping(String file, int line, Map<String, Entry> entries) implements YamlNode {
        /** One key with the line it stood on and its value. */
        public record Entry(String key, int line, YamlNode value) {
        }
    }

    /** A sequence, in document order. */
    record Sequence(String file, int line, List<YamlNode> items) implements YamlNode {
    }

    /** An explicit {@code null} or {@code ~}, or a key with nothing after it. */
    record Null(String file, int line) implements YamlNode {
    }
}
