package apparat.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The commit of the checkout a scenario lives in, read from {@code .git} without running git; null if none. */
final class GitCommit {

    private GitCommit() {
    }

    static String find(Path near) {
        Path dir = near.toAbsolutePath().getParent();
        while (dir != null) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return read(git);
            }
            dir = dir.getParent();
        }
        return null;
    }

    private static String read(Path git) {
        try {
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).trim();
            if (!head.startsWith("ref: ")) {
                return head;
            }
            String ref = head.substring(5);
            Path loose = git.resolve(ref);
            if (Files.exists(loose)) {
                return Files.readString(loose, StandardCharsets.UTF_8).trim();
            }
            Path packed = git.resolve("packed-refs");
            if (Files.exists(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    if (line.endsWith(" " + ref)) {
                        return line.substring(0, line.indexOf(' '));
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
