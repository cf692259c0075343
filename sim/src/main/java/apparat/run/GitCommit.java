package apparat.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The commit of the checkout a scenario lives in, read from {@code .git} without running git; null if none.
 * A linked worktree's {@code .git} is a file naming its own git folder, whose {@code commondir} holds the refs.
 */
public final class GitCommit {

    private GitCommit() {
    }

    /** The commit checked out where {@code near} lies, or null. */
    public static String find(Path near) {
        Path dir = near.toAbsolutePath().getParent();
        while (dir != null) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return read(git, git);
            }
            if (Files.isRegularFile(git)) {
                return worktree(git);
            }
            dir = dir.getParent();
        }
        return null;
    }

    private static String worktree(Path gitFile) {
        try {
            String text = Files.readString(gitFile, StandardCharsets.UTF_8).trim();
            if (!text.startsWith("gitdir: ")) {
                return null;
            }
            Path own = gitFile.getParent().resolve(text.substring(8).trim()).normalize();
            Path commonFile = own.resolve("commondir");
            Path common = Files.exists(commonFile)
                    ? own.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).trim()).normalize() : own;
            return read(own, common);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path git, Path common) {
        try {
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).trim();
            if (!head.startsWith("ref: ")) {
                return head;
            }
            String ref = head.substring(5);
            Path loose = common.resolve(ref);
            if (Files.exists(loose)) {
                return Files.readString(loose, StandardCharsets.UTF_8).trim();
            }
            Path packed = common.resolve("packed-refs");
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
