package apparat.scenario;

import static apparat.scenario.ParameterSpec.choice;
import static apparat.scenario.ParameterSpec.decimal;
import static apparat.scenario.ParameterSpec.flag;
import static apparat.scenario.ParameterSpec.integer;
import static apparat.scenario.ParameterSpec.month;
import static apparat.scenario.ParameterSpec.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter of the model, declared once: key, type, default, unit, range and meaning. Defaults describe
 * a neutral party (no apparatus, no appointment, no privileges); the scenario files in {@code scenarios/} set
 * the historical values with their sources.
 */
public final class ParameterCatalog {

    private static final List<String> MODES = List.of("none", "recommend", "appoint");

    private static final List<ParameterSpec> SPECS = List.of(
        integer("structure.provinces", 80, "committees", 1, 500,
            "Provincial committees (gubkoms); not scaled."),
        integer("structure.districtsPerProvince", 8, "committees", 1, 100,
            "District committees (ukoms) in each province; not scaled."),
        integer("structure.cellSize", 20, "simulated members", 3, 1000,
            "Members of a cell (primary organisation); a new cell opens when all are full."),

        integer("members.initial", 24_000, "persons", 1, 10_000_000, "Party members at the start of the run."),
        share("members.workerShare", 0.6, "Workers among the initial members."),
        share("members.peasantShare", 0.2, "Peasants among the initial members (the rest are employees)."),
        share("members.literateShare", 0.7, "Literate members at the start."),
        share("members.careeristShare", 0.02, "Members at the start who joined for a career."),
        share("members.oppositionShare", 0.2, "Members at the start who lean to the opposition."),
        share("members.formerOtherPartyShare", 0.0, "Members at the start who came from another party."),
        share("members.passiveShare", 0.3, "Members at the start who take no part in party life."),
        share("members.ruralShare", 0.2, "Members at the start whose cell is in the countryside."),

        flag("recruitment.open", true, "Whether the party admits new members (closures switch it off)."),
        decimal("recruitment.ratePerYear", 0.3, "recruits per member per year", 0, 20,
            "Regular intake, as a multiple of the membership per year."),
        integer("recruitment.candidateMonths", 0, "months", 0, 60,
            "Candidate stage before full membership; 0 admits straight to full membership."),
        share("recruitment.workerShare", 0.5, "Workers among recruits."),
        share("recruitment.peasantShare", 0.3, "Peasants among recruits (the rest are employees)."),
        share("recruitment.literateShare", 0.5, "Literate recruits."),
        share("recruitment.oppositionShare", 0.2, "Recruits who lean to the opposition."),
        share("recruitment.formerOtherPartyShare", 0.0, "Recruits who come from another party."),
        share("recruitment.passiveShare", 0.3, "Recruits who take no part in party life."),
        share("recruitment.ruralShare", 0.3, "Recruits in the countryside."),
        share("recruitment.careeristBase", 0.1, "Careerists among recruits when functionaries earn the average wage."),
        decimal("recruitment.careeristPrivilegeSensitivity", 0.0, "share per unit of pay ratio", 0, 1,
            "Rise of the careerist share of recruits per unit that functionaries' pay ratio exceeds 1."),
        share("recruitment.careeristMax", 0.6, "Upper limit of the careerist share of recruits."),
        share("recruitment.probationFailure", 0.0,
            "Share of candidates not admitted to full membership at the end of their probation."),

        share("attrition.resignationPerYear", 0.05, "Members who leave of their own accord in a year."),
        share("attrition.deathPerYear", 0.015, "Members who die in a year."),
        decimal("attrition.workerPeasantFactor", 1, "× employees' rate", 0, 20,
            "How much likelier a worker or peasant is to resign than an employee (the average rate is kept)."),
        decimal("attrition.officialFactor", 1, "× others' rate", 0, 20,
            "How likely a secretary or congress delegate is to resign, relative to other members."),

        integer("terms.province", 12, "months", 1, 120, "Term of a provincial secretary."),
        integer("terms.district", 12, "months", 1, 120, "Term of a district secretary."),
        integer("terms.cell", 12, "months", 1, 120, "Term of a cell secretary."),

        integer("election.candidates", 5, "candidates", 1, 50,
            "Eligible members an organisation weighs when it elects a secretary."),
        share("election.incumbentAdvantage", 0.5,
            "Chance an eligible incumbent is re-elected at the end of the term without a contest."),

        month("eligibility.provinceJoinedBefore",
            "A provincial secretary must have joined before this month (none: no rule)."),
        decimal("eligibility.districtMinStazhYears", 0, "years", 0, 50,
            "Party seniority (stazh) a district secretary needs."),
        decimal("eligibility.cellMinStazhYears", 0, "years", 0, 50, "Party seniority a cell secretary needs."),

        choice("appointment.province.mode", "none", MODES,
            "How the centre fills a provincial vacancy it takes up: not at all, by recommendation, by appointment."),
        share("appointment.province.rate", 1.0, "Share of provincial vacancies the centre takes up."),
        choice("appointment.district.mode", "none", MODES, "As for provinces, for district secretaries."),
        share("appointment.district.rate", 1.0, "Share of district vacancies the centre takes up."),
        choice("appointment.cell.mode", "none", MODES, "As for provinces, for cell secretaries."),
        share("appointment.cell.rate", 1.0, "Share of cell vacancies the centre takes up."),
        share("appointment.acceptance", 0.9,
            "Chance a loyal organisation accepts a recommended secretary."),
        share("appointment.acceptanceOppositionPenalty", 0.5,
            "Fall of that chance per unit of the organisation's opposition share."),
        flag("appointment.confirmProvince", false,
            "Elected provincial secretaries must be confirmed by the centre."),
        flag("appointment.confirmDistrict", false,
            "Elected district secretaries must be confirmed by the provincial committee."),
        decimal("appointment.confirmMinAlignment", 0.0, "alignment", -1, 1,
            "Lowest alignment the higher body confirms."),
        share("appointment.confirmRefusesOppositionRecord", 0.0,
            "Chance the higher body refuses to confirm a secretary with a record of open opposition."),

        decimal("secretariat.assignmentsPerYear", 0, "assignments/year", 0, 1_000_000,
            "Assignments the Secretariat's assignment department makes in a year (all posts)."),
        share("secretariat.secretaryShare", 0.1, "Share of assignments spent on party secretary posts."),
        choice("secretariat.selection", "chance", List.of("loyalty", "competence", "chance"),
            "What the Secretariat looks for in an appointee."),
        share("secretariat.removalShare", 0.2,
            "Share of the secretary assignments spent removing secretaries it distrusts."),
        share("secretariat.transferShare", 0.0,
            "Share of the secretary assignments spent moving elected secretaries out, for the centre's own men."),
        decimal("secretariat.removalThreshold", -0.2, "alignment", -1, 1,
            "Secretaries below this alignment are candidates for removal."),
        share("secretariat.loyaltyBond", 0.5,
            "How far an appointee's alignment moves toward the patron who placed them."),
        integer("secretariat.poolSize", 20, "candidates", 1, 1000,
            "Members the Secretariat considers for one appointment."),

        decimal("privileges.averageWage", 6.88, "rubles/month", 0.01, 1_000_000, "Average monthly wage in society."),
        decimal("privileges.payCell", 6.88, "rubles/month", 0, 1_000_000, "Pay of a paid cell secretary."),
        decimal("privileges.payDistrict", 6.88, "rubles/month", 0, 1_000_000, "Pay of a district functionary."),
        decimal("privileges.payProvince", 6.88, "rubles/month", 0, 1_000_000, "Pay of a provincial functionary."),
        decimal("privileges.payCentre", 6.88, "rubles/month", 0, 1_000_000, "Pay of a central functionary."),
        decimal("privileges.familyBonus", 0, "share of pay", 0, 5, "Bonus for a functionary's family."),
        share("privileges.familyShare", 0.5, "Functionaries who draw the family bonus."),
        decimal("privileges.extraWorkBonus", 0, "share of pay", 0, 5, "Bonus for extraordinary work."),
        share("privileges.extraWorkShare", 0.5, "Functionaries who draw the extra-work bonus."),
        decimal("privileges.taxThreshold", 1_000_000, "rubles/month", 0, 1_000_000,
            "Pay above which functionaries are taxed."),
        share("privileges.taxRate", 0, "Tax on the part of pay above the threshold."),
        decimal("privileges.payCapRatio", 0, "× average wage", 0, 100,
            "Cap on functionaries' pay as a multiple of the average wage (the party maximum); 0 = no cap."),
        share("privileges.paidCellShare", 0.0, "Cell secretaries who are paid full-time."),
        decimal("privileges.staffPerProvince", 0, "persons", 0, 10_000, "Paid staff of a provincial committee."),
        decimal("privileges.staffPerDistrict", 0, "persons", 0, 10_000, "Paid staff of a district committee."),
        integer("privileges.centralStaff", 0, "persons", 0, 1_000_000, "Paid staff of the central organs."),
        integer("privileges.authorised", 0, "persons", 0, 10_000_000,
            "Functionaries authorised by decision: the apparatus grows toward this establishment where the "
            + "committees' own needs are smaller; 0 = none."),
        decimal("privileges.staffPerThousandMembers", 0, "persons per 1,000 members", 0, 1000,
            "Paid staff the paperwork of every thousand members calls for, beyond the committees' fixed staff."),
        share("privileges.hiringPerYear", 0,
            "Share of the gap between the establishment and the apparatus closed in a year; 0 closes it at once."),
        integer("privileges.entitled", 0, "persons", 0, 10_000_000,
            "Persons entitled to special rations and benefits, by decision; beyond the paid apparatus they are "
            + "unpaid cell secretaries, who then share the functionaries' privileges."),
        decimal("privileges.careeristAmbition", 0.0, "score per unit of log pay ratio", 0, 10,
            "How much more a careerist pushes for a post, per unit of log pay ratio, in elections and selection."),
        decimal("privileges.loyaltyPull", 0.0, "alignment/month", 0, 1,
            "Monthly drift of a paid functionary's alignment toward the patron, per unit of log pay ratio."),

        decimal("opinion.peerInfluence", 0.05, "per month", 0, 1,
            "Monthly pull of a member's alignment toward the mean of the cell."),
        decimal("opinion.privilegeGrievance", 0.0, "alignment/month", 0, 1,
            "Monthly push toward opposition of rank-and-file members per unit of log pay ratio."),
        decimal("opinion.appointmentGrievance", 0.0, "alignment/month", 0, 1,
            "Monthly push toward opposition of members whose district secretary was not elected."),
        decimal("opinion.careeristConformity", 0.05, "per month", 0, 1,
            "Monthly pull of careerists toward the leadership's line."),
        decimal("opinion.noise", 0.02, "alignment", 0, 1, "Monthly random change of alignment (standard deviation)."),
        decimal("opinion.fear", 0.3, "share of voice", 0, 1,
            "Loss of willingness to speak after a purge or repression campaign."),
        decimal("opinion.voiceRecovery", 0.02, "per month", 0, 1,
            "Monthly recovery of willingness to speak toward its natural level."),
        flag("opinion.factionBan", false,
            "Organised dissent is forbidden: speaking in opposition becomes a purge criterion."),
        decimal("opinion.banChill", 0.01, "per month", 0, 1,
            "Monthly loss of willingness to speak of opposition members while factions are banned."),

        share("congress.unconfirmedCapacityFactor", 0.5,
            "Secretariat capacity kept when the Central Committee refuses to confirm the General Secretary."),
        share("congress.delegateReturn", 0.0,
            "Chance a delegate of the previous congress who is still a full member is sent again (incumbency)."),
        share("congress.dissenterReturnFactor", 1.0,
            "Factor of a known dissenter's chance of being sent by a conference its secretary controls."),
        flag("congress.knownDissentersRemoved", false,
            "The Secretariat removes known dissenters (who voted against at a congress) from secretary posts.")
    );

    private static final Map<String, ParameterSpec> BY_KEY = index(SPECS);

    private ParameterCatalog() {
    }

    /** All parameters in declaration order. */
    public static List<ParameterSpec> all() {
        return SPECS;
    }

    /** The parameter with this dotted key, or null. */
    public static ParameterSpec find(String key) {
        return BY_KEY.get(key);
    }

    /** The top-level groups (the part of each key before the first dot), in declaration order. */
    public static List<String> groups() {
        return SPECS.stream().map(s -> s.key().substring(0, s.key().indexOf('.'))).distinct().toList();
    }

    private static Map<String, ParameterSpec> index(List<ParameterSpec> specs) {
        Map<String, ParameterSpec> map = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            if (map.put(spec.key(), spec) != null) {
                throw new IllegalStateException("duplicate parameter " + spec.key());
            }
        }
        return Map.copyOf(map);
    }
}
