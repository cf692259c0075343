package apparat.model;

/**
 * A dated event of the scenario's timeline. Rule changes carry the complete rules in force from their month
 * on; campaigns carry their own settings.
 */
public sealed interface TimelineEvent
        permits TimelineEvent.RuleChange, TimelineEvent.Levy, TimelineEvent.Purge, TimelineEvent.Repression,
                TimelineEvent.Congress {

    /** The month the event fires. */
    Month month();

    /** The event's key in the scenario. */
    String id();

    /** A short label for charts. */
    String label();

    /** From this month on, {@code rules} are in force. */
    record RuleChange(Month month, String id, String label, Rules rules) implements TimelineEvent {
    }

    /**
     * An enrolment drive: {@code recruits} real persons over {@code months} months. Negative shares mean "as the
     * regular intake".
     */
    record Levy(Month month, String id, String label, long recruits, int months, double careeristShare,
                double literateShare, double workerShare) implements TimelineEvent {
    }

    /**
     * A purge or verification of party documents: which members it examines and over how many months, how it
     * scores them, whose card it withdraws, and what becomes of them — expelled, demoted to candidate, or kept
     * as a sympathiser outside the party. {@code recruitedAfter} (or null) marks the recent recruits a sorting
     * after an intake wave looks at (001:397).
     */
    record Purge(Month month, String id, String label, double reach, int months, boolean quotaRule, double quota,
                 double threshold, PurgeWeights weights, double ruralFactor, double noise, double demoteToCandidate,
                 double demoteToSympathiser, Month recruitedAfter) implements TimelineEvent {
    }

    /** Weights of the purge criteria. */
    record PurgeWeights(double passivity, double careerism, double formerOtherParty, double socialOrigin,
                        double opposition, double voicedOpposition, double illiteracy, double recentRecruit) {
        public double total() {
            return passivity + careerism + formerOtherParty + socialOrigin + opposition + voicedOpposition
                    + illiteracy + recentRecruit;
        }

        public double largest() {
            return Math.max(Math.max(Math.max(passivity, careerism), Math.max(formerOtherParty, socialOrigin)),
                    Math.max(Math.max(opposition, voicedOpposition), Math.max(illiteracy, recentRecruit)));
        }
    }

    /**
     * A campaign of arrests and executions: the share of members arrested over its months, the share of the
     * arrested shot (for the elite, its own share), and the relative risk of each mark (weights added to 1).
     */
    record Repression(Month month, String id, String label, double arrests, int months, double executionShare,
                      Month oldGuardJoinedBefore, double oldGuardWeight, double formerOppositionWeight,
                      double fallenPatronWeight, double officialWeight, double delegateWeight,
                      double centralCommitteeWeight, double provinceSecretaryWeight, double districtSecretaryWeight,
                      double eliteExecutionShare)
            implements TimelineEvent {
    }

    /** A party congress. */
    record Congress(Month month, String id, String label, int number, int delegates, int centralCommittee)
            implements TimelineEvent {
    }
}
