package apparat.cluster;

import apparat.run.BadRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Queues a batch script with Slurm's {@code sbatch --parsable} and reads back the job id. */
public final class Sbatch {

    private Sbatch() {
    }

    /** sbatch refused the job or answered without a job id; the message has sbatch's own words. */
    public static final class SubmitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SubmitException(String message) {
            super(message);
        }
    }

    /**
     * Submits {@code script}, to start only after job {@code afterOk} has succeeded if that is not null.
     *
     * @return the job id
     * @throws SubmitException if sbatch fails
     */
    public static String submit(Path script, String afterOk) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        if (afterOk != null) {
            command.add("--dependency=afterok:" + afterOk);
        }
        command.add(script.toString());
        Process p;
        try {
            p = new ProcessBuilder(command).directory(script.getParent().toFile()).start();
        } catch (IOException e) {
            throw new BadRequestException("--submit: cannot run sbatch (" + e.getMessage() + "); submit on a "
                    + "machine with Slurm, e.g. with " + script.resolveSibling("submit.sh"));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        if (code != 0) {
            throw new SubmitException("sbatch " + script.getFileName() + " failed (exit " + code + "): " + err);
        }
        return jobId(out);
    }

    /** The job id in {@code --parsable} output: {@code 1234}, or {@code 1234;cluster} on a multi-cluster site. */
    static String jobId(String parsable) {
        String id = parsable.lines().reduce((a, b) -> b).orElse("").strip();
        int semicolon = id.indexOf(';');
        if (semicolon >= 0) {
            id = id.substring(0, semicolon);
        }
        if (!id.matches("\\d+")) {
            throw new SubmitException("sbatch printed no job id: '" + parsable + "'");
        }
        return id;
    }
}
