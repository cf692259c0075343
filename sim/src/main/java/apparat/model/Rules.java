package apparat.model;

/**
 * The rules in force in one month: every parameter of the model, grouped as in the scenario file. Immutable;
 * a dated rule change replaces the whole record. Units are those of the scenario reference
 * ({@code docs/scenarios.md}); shares are fractions in [0, 1]; alignment runs from −1 (opposition) to +1
 * (the leadership).
 *
 * @param structure the hierarchy's shape
 * @param initial the mix of members at the start
 * @param recruitment intake, candidate stage and the mix of recruits
 * @param attrition resignations and deaths
 * @param terms secretaries' terms of office by level
 * @param election how an organisation elects its secretary
 * @param eligibility seniority rules for secretaries
 * @param appointment how the centre fills posts and confirms elections
 * @param secretariat the assignment department's capacity and its choices
 * @param privileges pay, staff and benefits of the apparatus
 * @param opinion how members' alignment and willingness to speak move
 * @param congress what follows from a congress's vote
 */
public record Rules(Structure structure, MemberMix initial, Recruitment recruitment, Attrition attrition,
                    Terms terms, Election election, Eligibility eligibility, Appointment appointment,
                    SecretariatRules secretariat, Privileges privileges, Opinion opinion, CongressRules congress) {

    /** Shape of the hierarchy. */
    public record Structure(int provinces, int districtsPerProvince, int cellSize) {
        public int districts() {
            return provinces * districtsPerProvince;
        }
    }

    /** Shares of attributes among a group of members (the initial roll, or recruits). */
    public record MemberMix(double workerShare, double peasantShare, double literateShare, double careeristShare,
                            double oppositionShare, double formerOtherPartyShare, double passiveShare,
                            double ruralShare) {
    }

    /** Regular intake of members, and the probation of candidates. */
    public record Recruitment(boolean open, double ratePerYear, int candidateMonths, MemberMix mix,
                              double careeristBase, double careeristPrivilegeSensitivity, double careeristMax,
                              double probationFailure) {
    }

    /**
     * Leaving the party other than by purge. The resignation rate is the party's average; workers and peasants
     * resign at {@code workerPeasantFactor} times the rate of employees, and secretaries and congress
     * delegates at {@code officialFactor} times the rate of others.
     */
    public record Attrition(double resignationPerYear, double deathPerYear, double workerPeasantFactor,
                            double officialFactor) {
    }

    /** Terms of office, in months, by level. */
    public record Terms(int province, int district, int cell) {
        public int of(Level level) {
            return switch (level) {
                case PROVINCE -> province;
                case DISTRICT -> district;
                case CELL -> cell;
            };
        }
    }

    /** Local election of a secretary. */
    public record Election(int candidates, double incumbentAdvantage) {
    }

    /** Seniority (stazh) a secretary needs; {@code provinceJoinedBefore} null means no rule. */
    public record Eligibility(Month provinceJoinedBefore, double districtMinStazhYears, double cellMinStazhYears) {
    }

    /** How the centre intervenes at one level. */
    public enum Mode { NONE, RECOMMEND, APPOINT }

    /** The centre's part in filling posts. */
    public record Appointment(Mode provinceMode, double provinceRate, Mode districtMode, double districtRate,
                              Mode cellMode, double cellRate, double acceptance, double acceptanceOppositionPenalty,
                              boolean confirmProvince, boolean confirmDistrict, double confirmMinAlignment,
                              double confirmRefusesOppositionRecord) {

        public Mode mode(Level level) {
            return switch (level) {
                case PROVINCE -> provinceMode;
                case DISTRICT -> districtMode;
                case CELL -> cellMode;
            };
        }

        public double rate(Level level) {
            return switch (level) {
                case PROVINCE -> provinceRate;
                case DISTRICT -> districtRate;
                case CELL -> cellRate;
            };
        }

        /** Whether an elected secretary at this level needs the higher body's confirmation. */
        public boolean confirms(Level level) {
            return switch (level) {
                case PROVINCE -> confirmProvince;
                case DISTRICT -> confirmDistrict;
                case CELL -> false;
            };
        }
    }

    /** What the Secretariat looks for in an appointee. */
    public enum Selection { LOYALTY, COMPETENCE, CHANCE }

    /** The Secretariat's assignment department. */
    public record SecretariatRules(double assignmentsPerYear, double secretaryShare, Selection selection,
                                   double removalShare, double transferShare, double removalThreshold,
                                   double loyaltyBond, int poolSize) {
    }

    /** Pay scale, staff and benefits. */
    public record Privileges(double averageWage, double payCell, double payDistrict, double payProvince,
                             double payCentre, double familyBonus, double familyShare, double extraWorkBonus,
                             double extraWorkShare, double taxThreshold, double taxRate, double payCapRatio,
                             double paidCellShare, double staffPerProvince, double staffPerDistrict,
                             int centralStaff, int authorised, int entitled, double careeristAmbition,
                             double loyaltyPull, double staffPerThousandMembers, double hiringPerYear) {
    }

    /** Opinion dynamics. */
    public record Opinion(double peerInfluence, double privilegeGrievance, double appointmentGrievance,
                          double careeristConformity, double noise, double fear, double voiceRecovery,
                          boolean factionBan, double banChill) {
    }

    /**
     * Consequences of a congress, and who is sent to the next.
     *
     * @param unconfirmedCapacityFactor Secretariat capacity kept when the Central Committee does not confirm it
     * @param delegateReturn chance a delegate of the previous congress is sent again
     * @param dissenterReturnFactor factor of a known dissenter's chance of being sent by a controlled conference
     * @param knownDissentersRemoved whether the Secretariat removes known dissenters from secretary posts
     */
    public record CongressRules(double unconfirmedCapacityFactor, double delegateReturn, double dissenterReturnFactor,
                                boolean knownDissentersRemoved) {
    }
}
