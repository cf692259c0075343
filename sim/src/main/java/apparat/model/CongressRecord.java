package apparat.model;

/**
 * What a congress did. Delegates and Central Committee members are individual persons and are counted one for
 * one, whatever the scale.
 *
 * @param id event id
 * @param number the congress's number
 * @param month when it met
 * @param delegates voting delegates
 * @param officialsShare delegates who hold a paid post (full-time officials) when the congress meets
 * @param appointedControlledShare delegates sent by provinces whose secretary was recommended or appointed
 * @param loyalty mean alignment of delegates
 * @param leadershipVoteShare votes for the leadership among votes cast (NaN if none were cast)
 * @param votesFor delegates who voted for the leadership's resolution
 * @param abstentions delegates who neither voted for nor spoke against it
 * @param dissentingDelegates delegates who voted against
 * @param dissentersSurvivingNext of these, still members at the next congress (−1 when there is none)
 * @param dissentersSentNext of these, delegates again at the next congress (−1 when there is none)
 * @param returningDelegates delegates who had sat at the previous congress of the run
 * @param centralCommittee members of the Central Committee elected
 * @param centralCommitteeLoyalty mean alignment of the Central Committee
 * @param confirmed whether the Central Committee confirmed the General Secretary and the Secretariat
 * @param delegatesArrestedByEnd delegates arrested or executed by the end of the run
 * @param delegatesExecutedByEnd delegates executed by the end of the run
 * @param delegatesFreeAtEnd delegates neither arrested nor executed by the end of the run
 * @param centralCommitteeActiveAtEnd Central Committee members still members at the end of the run
 * @param centralCommitteeFreeAtEnd Central Committee members neither arrested nor executed by the end of the run
 */
public record CongressRecord(String id, int number, Month month, long delegates, double officialsShare,
                             double appointedControlledShare, double loyalty, double leadershipVoteShare,
                             long votesFor, long abstentions, long dissentingDelegates, long dissentersSurvivingNext,
                             long dissentersSentNext, long returningDelegates, long centralCommittee,
                             double centralCommitteeLoyalty, boolean confirmed, long delegatesArrestedByEnd,
                             long delegatesExecutedByEnd, long delegatesFreeAtEnd, long centralCommitteeActiveAtEnd,
                             long centralCommitteeFreeAtEnd) {

    /** Collects a congress as it happens; the final counts are taken at the end of the run. */
    static final class Builder {
        final TimelineEvent.Congress event;
        /** The congress's ordinal in the run (1, 2, …), as the member roll records it. */
        final int ordinal;
        final int[] delegates;
        final int[] centralCommittee;
        final int[] dissenters;
        double officialsShare;
        double controlledShare;
        double loyalty;
        double voteShare;
        double ccLoyalty;
        boolean confirmed;
        int votesFor;
        int returning;
        /** Dissenters still members when the next congress met; −1 until it does. */
        int dissentersSurvivingNext = -1;
        /** Dissenters sent again to the next congress; −1 until it meets. */
        int dissentersSentNext = -1;

        Builder(TimelineEvent.Congress event, int ordinal, int[] delegates, int[] centralCommittee,
                int[] dissenters) {
            this.event = event;
            this.ordinal = ordinal;
            this.delegates = delegates;
            this.centralCommittee = centralCommittee;
            this.dissenters = dissenters;
        }

        /** Counts, once the next congress's delegates are chosen, which dissenters are still members and sit again. */
        void nextCongressMet(MemberRoll roll, int nextOrdinal) {
            int alive = 0;
            int sent = 0;
            for (int m : dissenters) {
                if (roll.isActive(m)) {
                    alive++;
                }
                if (roll.lastCongress(m) == nextOrdinal) {
                    sent++;
                }
            }
            dissentersSurvivingNext = alive;
            dissentersSentNext = sent;
        }

        CongressRecord build(Party party, Builder next) {
            MemberRoll roll = party.roll;
            int arrested = 0;
            int executed = 0;
            for (int m : delegates) {
                if (roll.status(m) == MemberCodes.ARRESTED || roll.status(m) == MemberCodes.EXECUTED) {
                    arrested++;
                }
                if (roll.status(m) == MemberCodes.EXECUTED) {
                    executed++;
                }
            }
            int ccActive = 0;
            int ccFree = 0;
            for (int m : centralCommittee) {
                if (roll.isActive(m)) {
                    ccActive++;
                }
                if (roll.status(m) != MemberCodes.ARRESTED && roll.status(m) != MemberCodes.EXECUTED) {
                    ccFree++;
                }
            }
            boolean hasNext = next != null;
            return new CongressRecord(event.id(), event.number(), event.month(), delegates.length,
                    officialsShare, controlledShare, loyalty, voteShare, votesFor,
                    delegates.length - votesFor - dissenters.length, dissenters.length,
                    hasNext ? dissentersSurvivingNext : -1, hasNext ? dissentersSentNext : -1, returning,
                    centralCommittee.length, ccLoyalty, confirmed, arrested, executed, delegates.length - arrested,
                    ccActive, ccFree);
        }
    }
}
