package apparat.scenario;

/**
 * A scenario file that cannot be run: the message names the file, the line and the dotted key at fault,
 * e.g. {@code scenarios/x.yaml:12: appointment.recommendation.acceptance: 1.4 is above the maximum 1}.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }
}
