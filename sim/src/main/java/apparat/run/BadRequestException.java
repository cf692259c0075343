package apparat.run;

/** Run settings that cannot be honoured (a scale below 1, an end month outside the scenario). */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
