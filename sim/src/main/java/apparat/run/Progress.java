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

    void advance(String month);

    @Override
    void close();
}
