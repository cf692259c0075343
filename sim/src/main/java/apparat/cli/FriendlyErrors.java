package apparat.cli;

import apparat.run.BadRequestException;
import apparat.run.RunFolder;
import apparat.scenario.ScenarioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the exceptions a user can cause into one line and an exit code, so that nothing a user typed
 * ends in a stack trace. Exit 2 is bad input (scenario, arguments, run folder); 1 is a failure of the
 * machine (disk, memory); anything else is a bug and keeps its stack trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

    /** Exit code for input the user can fix. */
    static final int BAD_INPUT = 2;
    /** Exit code for an environment failure (disk full, out of memory). */
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof ScenarioException || ex instanceof UserInputException
                || ex instanceof BadRequestException || ex instanceof RunFolder.RunFolderTakenException) {
            cmd.getErr().println("apparat: " + ex.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
            cmd.getErr().println("apparat: could not write output: " + describe(io));
            return FAILED;
        }
        throw new IllegalStateException(ex);
    }

    /** The file and the reason; a bare {@link FileSystemException} message is only the path. */
    private static String describe(Throwable io) {
        if (io instanceof FileSystemException fse) {
            String reason = fse.getReason() != null ? fse.getReason()
                    : fse instanceof FileAlreadyExistsException ? "already exists"
                    : fse instanceof NoSuchFileException ? "no such file or folder"
                    : fse instanceof AccessDeniedException ? "permission denied"
                    : io.getClass().getSimpleName();
            return fse.getFile() + ": " + reason;
        }
        return String.valueOf(io.getMessage());
    }
}
