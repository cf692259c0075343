package apparat.cli;

/** The {@code --threads} option the commands share: the cores when it is left out, at least one when given. */
final class Threads {

    private Threads() {
    }

    /** The threads asked for, or the cores; a count below one is the user's mistake. */
    static int resolve(Integer asked) {
        int threads = asked == null ? Runtime.getRuntime().availableProcessors() : asked;
        if (threads < 1) {
            throw new UserInputException("--threads " + threads + ": give at least 1");
        }
        return threads;
    }
}
