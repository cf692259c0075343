package apparat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One execution of the {@code apparat} command line with its exit code and both streams captured. */
record CommandLineRun(int exitCode, String out, String err) {

    /** A scenario of two years at a coarse scale, with one congress: runs in well under a second. */
    static final String TINY = "name: tiny\n"
            + "run:\n  start: 1920-01\n  end: 1921-12\n  seed: 3\n  scale: 50\n"
            + "members:\n  initial: 40000\n"
            + "timeline:\n"
            + "  confirmation:\n    date: 1920-09\n    type: rule\n    set: {appointment.confirmProvince: true}\n"
            + "  congress-10:\n    date: 1921-03\n    type: congress\n    number: 10\n    delegates: 100\n";

    static CommandLineRun execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Apparat.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry in a folder, hidden ones included; empty if the folder does not exist. */
    static List<String> entries(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if the error stream looks like a stack trace rather than a message. */
    boolean hasStackTrace() {
        return err.contains("Exception") || err.contains("\tat ") || err.contains("at apparat.")
                || err.contains("at java.") || err.contains("at picocli.");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
