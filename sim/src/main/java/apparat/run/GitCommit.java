package apparat.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The commit of the checkout a scenario lives in, read from {@code .git} without running git; null if none. A
 * {@code .git} file (a linked worktree) points to the folder that holds its HEAD; branches may live in the
 * main checkout's folder it names in {@code commondir}.
 */
public final class GitCommit {

    private GitCommit() {
    }

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

    private static String worktree(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!text.startsWith("gitdir: ")) {
                return null;
            }
            Path gitdir = file.getParent().resolve(text.substring(8).trim()).normalize();
            Path common = gitdir;
            Path commondir = gitdir.resolve("commondir");
            if (Files.isRegularFile(commondir)) {
                common = gitdir.resolve(Files.readString(commondir, StandardCharsets.UTF_8).trim()).normalize();
            }
            return read(gitdir, common);
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
            for (Path dir : new Path[] {git, common}) {
                Path loose = dir.resolve(ref);
                if (Files.exists(loose)) {
                    return Files.readString(loose, StandardCharsets.UTF_8).trim();
                }
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
