package apparat.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Names of hidden work-in-progress files and folders ({@code .NAME.partial-PID@HOST-RANDOM}): the process
 * and machine that write one are in its name, so that a later command can tell a partial left by a killed
 * process from one a live process is still writing.
 */
public final class PartialName {

    /** Marks a partial name. */
    static final String MARK = ".partial-";

    private PartialName() {
    }

    /** The prefix for a temporary file or folder that becomes {@code name} once complete. */
    public static String prefix(String name) {
        return "." + name + MARK + ProcessHandle.current().pid() + "@" + host() + "-";
    }

    /** The process and host a partial name records, if it is one written by {@link #prefix}. */
    static Optional<Writer> writer(String fileName) {
        int mark = fileName.lastIndexOf(MARK);
        if (!fileName.startsWith(".") || mark < 0) {
            return Optional.empty();
        }
        String rest = fileName.substring(mark + MARK.length());
        int at = rest.indexOf('@');
        int dash = rest.lastIndexOf('-');
        if (at <= 0 || dash <= at) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Writer(Long.parseLong(rest.substring(0, at)), rest.substring(at + 1, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** This machine's name, reduced to characters that are safe in a file name. */
    public static String host() {
        return Host.NAME;
    }

    /** Looked up once: a host name lookup can take milliseconds, and a sweep names thousands of partials. */
    private static final class Host {
        static final String NAME = lookUp();
    }

    private static String lookUp() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            name = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        return name.replaceAll("[^A-Za-z0-9.]", "_");
    }

    /** The process that wrote a partial. */
    record Writer(long pid, String host) {
        /** Whether that process is known to be gone: same machine, no such live process. */
        boolean gone() {
            return host.equals(host()) && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }
}
