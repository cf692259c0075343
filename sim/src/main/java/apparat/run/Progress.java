package apparat.run;

/** Hears how far a run has got, month by month; a progress bar or nothing. */
public interface Progress extends AutoCloseable {

    /** Nothing to show. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, int months) {
        }

        @Override
        public void advance(String month) {
        }

        @Override
        public void close() {
        }
    };

    void start(String task, int months);

    /**
     * Starts counting the runs of a sweep, of which {@code done} were finished before: a bar shows runs done,
     * runs per second and the time left, reckoned from the runs of this session.
     */
    default void startRuns(String task, int total, int done) {
        start(task, total);
        for (int i = 0; i < done; i++) {
            advance("");
        }
    }

    void advance(String month);

    @Override
    void close();
}
