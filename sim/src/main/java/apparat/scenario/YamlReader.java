package apparat.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree with line numbers, refusing what a scenario never needs and a
 * hostile file could abuse: aliases (the "billion laughs" expansion), nesting deeper than {@link #MAX_DEPTH},
 * more than {@link #MAX_NODES} nodes, files over {@link #MAX_CHARS} characters, duplicate keys and more than
 * one document.
 */
final class YamlReader {

    /** Largest scenario file accepted, in characters. */
    static final int MAX_CHARS = 1 << 20;
    /** Deepest nesting of mappings and sequences accepted. */
    static final int MAX_DEPTH = 24;
    /** Most nodes accepted in one file. */
    static final int MAX_NODES = 100_000;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions options = new LoaderOptions();
        // Duplicate keys are found by the Builder, which can name the dotted key; SnakeYAML and Jackson cannot.
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 2);
        options.setCodePointLimit(MAX_CHARS);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2).build())
                .build();
    }

    /**
     * Parses one YAML document.
     *
     * @param file the name to use in messages
     * @param text the document
     * @return the root node ({@link YamlNode.Null} for an empty document)
     * @throws ScenarioException naming the file and line of the first problem
     */
    YamlNode read(String file, String text) {
        if (text.length() > MAX_CHARS) {
            throw new ScenarioException(file + ": the file has " + text.length()
                    + " characters; scenario files are limited to " + MAX_CHARS);
        }
        try (YAMLParser parser = factory.createParser(text)) {
            Builder builder = new Builder(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Null(file, 1);
            }
            YamlNode root = builder.node(first, 0, "");
            if (parser.nextToken() != null) {
                throw new ScenarioException(file + ":" + line(parser)
                        + ": a scenario file holds one YAML document; remove the second '---'");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioException(file + ":" + line + ": not valid YAML: " + describe(e));
        } catch (IOException e) {
            throw new ScenarioException(file + ": could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML reports its limits (aliases, depth, size) as unchecked exceptions.
            if (e instanceof ScenarioException se) {
                throw se;
            }
            throw new ScenarioException(file + ": not valid YAML: "
                    + Problems.printable(firstLine(String.valueOf(e.getMessage()))));
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** SnakeYAML's problem and context in one line, without its excerpt of the file or Jackson's internals. */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            String text = m.getProblem();
            if (m.getContext() != null && m.getContextMark() != null) {
                text += " (" + m.getContext() + " that starts on line " + (m.getContextMark().getLine() + 1) + ")";
            }
            return text;
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Expected a field name")) {
            return "a key must be plain text, not a list or a mapping";
        }
        return Problems.printable(firstLine(message));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Walks the token stream of one document into nodes, counting nodes and depth. */
    private static final class Builder {
        private final String file;
        private final YAMLParser parser;
        private int nodes;

        Builder(String file, YAMLParser parser) {
            this.file = file;
            this.parser = parser;
        }

        YamlNode node(JsonToken token, int depth, String path) throws IOException {
            if (++nodes > MAX_NODES) {
                throw new ScenarioException(file + ":" + line(parser) + ": more than " + MAX_NODES
                        + " YAML nodes; a scenario file is far smaller");
            }
            if (depth > MAX_DEPTH) {
                throw new ScenarioException(file + ":" + line(parser) + ": nested deeper than " + MAX_DEPTH
                        + " levels; a scenario file is far flatter");
            }
            if (parser.isCurrentAlias()) {
                throw new ScenarioException(file + ":" + line(parser)
                        + ": YAML aliases (*name) are not allowed in scenario files; use 'extends:' to reuse a file");
            }
            int line = line(parser);
            switch (token) {
                case START_OBJECT:
                    return mapping(line, depth, path);
                case START_ARRAY:
                    return sequence(line, depth, path);
                case VALUE_NULL:
                    return new YamlNode.Null(file, line);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new YamlNode.Scalar(file, line, parser.getText(), YamlNode.Scalar.Kind.BOOLEAN);
                case VALUE_NUMBER_INT:
                    return new YamlNode.Scalar(file, line, parser.getText(), YamlNode.Scalar.Kind.INTEGER);
                case VALUE_NUMBER_FLOAT:
                    return new YamlNode.Scalar(file, line, parser.getText(), YamlNode.Scalar.Kind.DECIMAL);
                default:
                    return new YamlNode.Scalar(file, line, parser.getText(), YamlNode.Scalar.Kind.STRING);
            }
        }

        private YamlNode mapping(int line, int depth, String path) throws IOException {
            Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                String key = parser.currentName();
                int keyLine = line(parser);
                String dotted = path.isEmpty() ? key : path + "." + key;
                if (entries.containsKey(key)) {
                    throw new ScenarioException(file + ":" + keyLine + ": " + Problems.printable(dotted)
                            + ": appears twice in the same mapping (first on line " + entries.get(key).line() + ")");
                }
                YamlNode value = node(parser.nextToken(), depth + 1, dotted);
                entries.put(key, new YamlNode.Mapping.Entry(key, keyLine, value));
                if (token == null) {
                    break;
                }
            }
            return new YamlNode.Mapping(file, line, java.util.Collections.unmodifiableMap(entries));
        }

        private YamlNode sequence(int line, int depth, String path) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                items.add(node(token, depth + 1, path));
            }
            return new YamlNode.Sequence(file, line, List.copyOf(items));
        }
    }
}
