package apparat.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a file or folder created through a temporary name readable by others (644 / 755), as an ordinary file
 * would be: temporary files are created private, but run folders are meant to be shared.
 */
public final class Readable {

    private Readable() {
    }

    public static Path file(Path p) throws IOException {
        return set(p, "rw-r--r--");
    }

    public static Path folder(Path p) throws IOException {
        return set(p, "rwxr-xr-x");
    }

    private static Path set(Path p, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
        return p;
    }
}
