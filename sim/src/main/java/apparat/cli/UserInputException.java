package apparat.cli;

/** A problem with what the user typed on the command line (not with a scenario file). */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
