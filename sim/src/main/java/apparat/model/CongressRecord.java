package apparat.model;

/**
 * What a congress did. Delegates and Central Committee members are individual persons and are counted one for
 * one, whatever the scale.
 *
 * @param id event id
 * @param number the congress's ordinal
 * @param month when it met
 * @param delegates voting delegates
 * @param officialsShare delegates who are full-time (paid) officials
 * @param appointedControlledShare delegates sent by provinces whose secretary was recommended or appointed
 * @param loyalty mean alignment of delegates
 * @param leadershipVoteShare votes for the leadership among votes cast (NaN if none were cast)
 * @param dissentingDelegates delegates who voted against
 * @param dissentersSurvivingNext of these, still members at the next congress (−1 when there is none)
 * @param centralCommittee members of the Central Committee elected
 * @param centralCommitteeLoyalty mean alignment of the Central Committee
 * @param confirmed whether the Central Committee confirmed the General Secretary and the Secretariat
 * @param delegatesArrestedByEnd delegates arrested or executed by the end of the run
 * @param delegatesExecutedByEnd delegates executed by the end of the run
 * @param centralCommitteeActiveAtEnd Central Committee members still members at the end of the run
 */
public record CongressRecord(String id, int number, Month month, long delegates, double officialsShare,
                             double appointedControlledShare, double loyalty, double leadershipVoteShare,
                             long dissentingDelegates, long dissentersSurvivingNext, long centralCommittee,
                             double centralCommitteeLoyalty, boolean confirmed, long delegatesArrestedByEnd,
                             long delegatesExecutedByEnd, long centralCommitteeActiveAtEnd) {

    /** Collects a congress as it happens; the final counts are taken at the end of the run. */
    static final class Builder {
        final TimelineEvent.Congress event;
        final int[] delegates;
        final int[] centralCommittee;
        final int[] dissenters;
        double officialsShare;
        double controlledShare;
        double loyalty;
        double voteShare;
        double ccLoyalty;
        boolean confirmed;
        /** Dissenters still members when the next congress met; −1 until it does. */
        int dissentersSurvivingNext = -1;

        Builder(TimelineEvent.Congress event, int[] delegates, int[] centralCommittee, int[] dissenters) {
            this.event = event;
            this.delegates = delegates;
            this.centralCommittee = centralCommittee;
            this.dissenters = dissenters;
        }

        void nextCongressMet(MemberRoll roll) {
            int alive = 0;
            for (int m : dissenters) {
                if (roll.isActive(m)) {
                    alive++;
                }
            }
            dissentersSurvivingNext = alive;
        }

        CongressRecord build(Party party, Builder next) {
            MemberRoll roll = party.roll;
            // congresses are counted in persons, unscaled: each delegate is one person
            double s = 1.0;
            int arrested = 0;
            int executed = 0;
            for (int m : delegates) {
                if (roll.status(m) == MemberRoll.ARRESTED || roll.status(m) == MemberRoll.EXECUTED) {
                    arrested++;
                }
                if (roll.status(m) == MemberRoll.EXECUTED) {
                    executed++;
                }
            }
            int ccActive = 0;
            for (int m : centralCommittee) {
                if (roll.isActive(m)) {
                    ccActive++;
                }
            }
            return new CongressRecord(event.id(), event.number(), event.month(), Math.round(delegates.length * s),
                    officialsShare, controlledShare, loyalty, voteShare, Math.round(dissenters.length * s),
                    next == null ? -1 : Math.round(dissentersSurvivingNext * s),
                    Math.round(centralCommittee.length * s), ccLoyalty, confirmed, Math.round(arrested * s),
                    Math.round(executed * s), Math.round(ccActive * s));
        }
    }
}
