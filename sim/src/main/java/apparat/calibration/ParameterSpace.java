package apparat.calibration;

import java.util.List;

/**
 * The parameters of a calibration in order, and the map between the unit cube the optimisers search and the
 * values in the parameters' own units.
 *
 * @param parameters the free parameters, in the calibration file's order
 */
public record ParameterSpace(List<FreeParameter> parameters) {

    public ParameterSpace {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one parameter");
        }
        parameters = List.copyOf(parameters);
    }

    public int dimension() {
        return parameters.size();
    }

    /** Values in the parameters' units of a point of the unit cube. */
    public double[] values(double[] unit) {
        double[] v = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            v[i] = parameters.get(i).fromUnit(unit[i]);
        }
        return v;
    }

    /** The point of the unit cube where the search starts: the base scenario's values. */
    public double[] start() {
        double[] u = new double[dimension()];
        for (int i = 0; i < u.length; i++) {
            u[i] = parameters.get(i).toUnit(parameters.get(i).start());
        }
        return u;
    }
}
