package apparat.model;

import ec.util.MersenneTwisterFast;

/** Small draws the stages share, all from the run's generator. */
final class Chance {

    private Chance() {
    }

    /** An expected count turned into a whole count without bias: floor, plus one with the fraction's chance. */
    static int round(MersenneTwisterFast random, double expected) {
        if (expected <= 0) {
            return 0;
        }
        double floor = Math.floor(expected);
        return (int) floor + (random.nextDouble() < expected - floor ? 1 : 0);
    }

    /** A uniform draw in [lo, hi). */
    static float between(MersenneTwisterFast random, float lo, float hi) {
        return lo + (hi - lo) * random.nextFloat();
    }

    /** A random active member, by rejection over the roll; NONE after many misses. */
    static int activeMember(MersenneTwisterFast random, MemberRoll roll) {
        if (roll.activeCount() == 0) {
            return MemberCodes.NONE;
        }
        for (int tries = 0; tries < 1000; tries++) {
            int m = random.nextInt(roll.size());
            if (roll.isActive(m)) {
                return m;
            }
        }
        return MemberCodes.NONE;
    }
}
