package apparat.sweep;

import java.util.Locale;

/** How a sweep chooses its points in the space of the varied parameters. */
public enum Design {
    /** Every combination of the values (the first parameter varying slowest). */
    GRID,
    /** Points drawn independently and uniformly. */
    RANDOM,
    /** Latin hypercube: each parameter's range cut into as many strata as points, each stratum used once. */
    LHS,
    /** A Sobol' quasi-random sequence; with {@code sensitivity: true} Saltelli's scheme for Sobol' indices. */
    SOBOL,
    /** Morris' trajectories for screening by elementary effects, optionally Campolongo's most spread ones. */
    MORRIS;

    /** The name in a sweep file. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
