package apparat.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and commit this build was made from, read from a resource Maven filters at build time. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** The project version, or {@code "dev"} when run from an unfiltered class path. */
    public static String version() {
        return property("version", "dev");
    }

    private static String property(String key, String fallback) {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/apparat-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return fallback;
        }
        String value = properties.getProperty(key);
        return value == null || value.startsWith("${") ? fallback : value;
    }
}
