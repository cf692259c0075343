package apparat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.Steppable;
import sim.engine.SimState;

/**
 * The simulation: a party of members in a tree of organisations, whose secretaries are elected, recommended
 * or appointed under the rules of the month. One step of the schedule is one calendar month; the stages run
 * in this order each month (one {@code Steppable} each, see {@link #start()}):
 * <ol>
 *   <li>{@link TimelineStage}: the month's timeline events fire;</li>
 *   <li>{@link Membership}: recruitment, candidates promoted, resignations and deaths;</li>
 *   <li>{@link OpinionDynamics}: alignment and willingness to speak move;</li>
 *   <li>{@link PostFilling}: terms end, confirmation reviews, vacancies filled;</li>
 *   <li>{@link Secretariat}: removals of distrusted secretaries;</li>
 *   <li>{@link Apparatus}: pay, staff and privileges of the apparatus;</li>
 *   <li>{@link Campaigns}: purges and repression;</li>
 *   <li>{@link CongressStage}: a congress elects the Central Committee;</li>
 *   <li>{@link Recorder}: the month's indicators go to the observers, and the calendar advances.</li>
 * </ol>
 * All randomness comes from {@link #random}, seeded by the run; the model writes no file.
 */
public final class Party extends SimState {

    private static final long serialVersionUID = 1L;

    private final ModelSetup setup;
    private final List<MonthObserver> observers = new ArrayList<>();
    /** Threads for the passes over the living. */
    final Workers workers;
    /** Time spent in each stage since the run started. */
    private StageClock clock;

    Rules rules;
    MemberRoll roll;
    Hierarchy hierarchy;
    /** Posts by {@link Level#ordinal()}. */
    Posts[] posts;
    /** The current month's index. */
    int month;
    MonthTally tally;
    /** Secretary assignments the Secretariat can still make, in real assignments. */
    double budget;
    /** Removals and transfers the Secretariat may still make, carried over from month to month (real). */
    double removalAllowance;
    double transferAllowance;
    /** Share of its capacity the Secretariat keeps after the last congress (1 when confirmed). */
    double capacityFactor;
    /** Functionaries' pay over the average wage, last computed. */
    double payRatio;
    /** Paid apparatus, pay bill and entitled persons, last computed (real). */
    double paidApparatus;
    double payBill;
    double entitled;
    /** Share of unpaid cell secretaries entitled to the functionaries' benefits, last computed. */
    double entitledCellShare;
    /** Levies still admitting recruits. */
    final List<Membership.LevyInProgress> levies = new ArrayList<>();
    /** Repression campaigns under way. */
    final List<Repression.InProgress> repressions = new ArrayList<>();
    /** Purges under way, examining a slice of their members each month. */
    final List<PurgeCampaign.InProgress> purges = new ArrayList<>();
    /** Purges that begin this month. */
    final List<TimelineEvent.Purge> purgesDue = new ArrayList<>();
    /** Whether the initial members have been created (recruits are counted only after). */
    private boolean seeded;
    /** Congress scheduled for this month, if any. */
    TimelineEvent.Congress congressDue;
    /** Congresses held so far, in order. */
    final List<CongressRecord.Builder> congresses = new ArrayList<>();
    private int nextEvent;
    /** Provincial and district posts (by level) whose holder was arrested and that are not yet filled again. */
    private boolean[][] vacatedByArrest;

    public Party(long seed, ModelSetup setup) {
        this(seed, setup, 1);
    }

    /**
     * A run that steps its members on up to {@code threads} threads; its outputs are the same, to the byte,
     * whatever the number (see {@link Workers}).
     */
    public Party(long seed, ModelSetup setup, int threads) {
        this(seed, setup, new Workers(threads));
    }

    Party(long seed, ModelSetup setup, Workers workers) {
        super(seed);
        this.setup = setup;
        this.rules = setup.rules();
        this.workers = workers;
    }

    public ModelSetup setup() {
        return setup;
    }

    /** Registers an observer of each month's indicators and of each congress. */
    public void addObserver(MonthObserver observer) {
        observers.add(observer);
    }

    List<MonthObserver> observers() {
        return Collections.unmodifiableList(observers);
    }

    @Override
    public void start() {
        super.start();
        rules = setup.rules();
        month = setup.start().index();
        tally = new MonthTally();
        capacityFactor = 1.0;
        budget = 0;
        removalAllowance = 0;
        paidApparatus = 0;
        entitledCellShare = 0;
        transferAllowance = 0;
        levies.clear();
        purgesDue.clear();
        purges.clear();
        seeded = false;
        repressions.clear();
        congresses.clear();
        congressDue = null;
        nextEvent = 0;
        hierarchy = new Hierarchy(rules.structure());
        posts = new Posts[Level.values().length];
        posts[Level.PROVINCE.ordinal()] = new Posts(Level.PROVINCE, hierarchy.provinces());
        posts[Level.DISTRICT.ordinal()] = new Posts(Level.DISTRICT, hierarchy.districts());
        for (int p = 0; p < hierarchy.provinces(); p++) {
            posts[Level.PROVINCE.ordinal()].addPost();
        }
        for (int d = 0; d < hierarchy.districts(); d++) {
            posts[Level.DISTRICT.ordinal()].addPost();
        }
        int initial = (int) Math.max(1, Math.round(setup.initialMembers() / setup.scale()));
        posts[Level.CELL.ordinal()] = new Posts(Level.CELL, initial / rules.structure().cellSize() + 16);
        roll = new MemberRoll(initial * 2, workers);
        new Membership().seedInitial(this, initial);
        seeded = true;
        hierarchy.index(roll);
        new Apparatus().step(this);
        vacatedByArrest = new boolean[][] {new boolean[hierarchy.provinces()], new boolean[hierarchy.districts()]};

        Steppable[] stages = {new TimelineStage(), new Membership(), new OpinionDynamics(), new PostFilling(),
            new Secretariat(), new Apparatus(), new Campaigns(), new CongressStage(), new Recorder()};
        clock = new StageClock(stages);
        for (int order = 0; order < stages.length; order++) {
            schedule.scheduleRepeating(Schedule.EPOCH, order, clock.timed(order, stages[order]), 1.0);
        }
    }

    /** Wall time spent in each monthly stage since the run started. */
    public StageClock stageClock() {
        return clock;
    }

    /** Runs every month from start to end. */
    public void runToEnd() {
        start();
        for (int i = 0; i < setup.months(); i++) {
            schedule.step(this);
        }
        finish();
    }

    /** Whether the run is past creating its initial members. */
    boolean started() {
        return seeded;
    }

    /** The month being simulated. */
    public Month month() {
        return Month.ofIndex(month);
    }

    public Rules rules() {
        return rules;
    }

    public MemberRoll roll() {
        return roll;
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    public Posts posts(Level level) {
        return posts[level.ordinal()];
    }

    public double scale() {
        return setup.scale();
    }

    /** The next timeline events due this month, in order; each is returned once. */
    List<TimelineEvent> eventsDue() {
        List<TimelineEvent> due = new ArrayList<>();
        List<TimelineEvent> all = setup.timeline();
        while (nextEvent < all.size() && all.get(nextEvent).month().index() <= month) {
            due.add(all.get(nextEvent++));
        }
        return due;
    }

    /** Opens a cell's secretary post. */
    void cellOpened(int cell) {
        int p = posts[Level.CELL.ordinal()].addPost();
        if (p != cell) {
            throw new IllegalStateException("cell " + cell + " got post " + p);
        }
    }

    /** Takes a member off the roll: vacates any post and leaves the cell. */
    void removeMember(int m, byte status) {
        vacatePostOf(m);
        roll.leave(m, status);
        hierarchy.memberLeft(roll.cell(m));
    }

    /** Vacates the post a member holds, if any. */
    void vacatePostOf(int m) {
        int code = roll.post(m);
        if (code != MemberCodes.NONE) {
            posts[Posts.levelOf(code).ordinal()].vacate(Posts.indexOf(code));
            roll.setPost(m, MemberCodes.NONE);
        }
    }

    /** Seats a member in a post; a post they held before falls vacant. */
    void seat(Level level, int post, int member, byte how, int patron, boolean confirmed) {
        Posts table = posts[level.ordinal()];
        int old = table.holder(post);
        if (old != MemberCodes.NONE && old != member) {
            roll.setPost(old, MemberCodes.NONE);
        }
        if (old != member) {
            vacatePostOf(member);
        }
        table.seat(post, member, how, patron, month, rules.terms().of(level), confirmed);
        if (old != member) {
            tally.seated[level.ordinal()][how]++;
        }
        roll.setPost(member, Posts.code(level, post));
        roll.setPatron(member, patron);
        if (level != Level.CELL && vacatedByArrest[level.ordinal()][post]) {
            vacatedByArrest[level.ordinal()][post] = false;
            tally.refilled++;
            tally.refilledStazhMonths += month - roll.joined(member);
        }
    }

    /** Notes that the provincial or district post a member holds falls vacant by their arrest. */
    void markVacatedByArrest(int m) {
        int code = roll.post(m);
        if (code != MemberCodes.NONE && Posts.levelOf(code) != Level.CELL) {
            vacatedByArrest[Posts.levelOf(code).ordinal()][Posts.indexOf(code)] = true;
        }
    }

    /** Congresses held so far in the run; the last one's ordinal on the member roll. */
    public int congressesHeld() {
        return congresses.size();
    }

    /** Delegates seated at the last congress held, or 0 before the first. */
    int lastCongressDelegates() {
        return congresses.isEmpty() ? 0 : congresses.get(congresses.size() - 1).delegates.length;
    }

    /** Calls {@link MonthObserver#finish} on every observer with the congresses' final records. */
    @Override
    public void finish() {
        super.finish();
        workers.shutdown();
        List<CongressRecord> records = List.copyOf(congressesSoFar());
        for (MonthObserver o : observers) {
            o.finish(records);
        }
    }

    /**
     * The congresses held so far, with their counts as they stand this month (the "by end" counts are "by
     * now"), for a live view. Reads only.
     */
    public List<CongressRecord> congressesSoFar() {
        List<CongressRecord> records = new ArrayList<>();
        for (int i = 0; i < congresses.size(); i++) {
            CongressRecord.Builder next = i + 1 < congresses.size() ? congresses.get(i + 1) : null;
            records.add(congresses.get(i).build(this, next));
        }
        return records;
    }

    /**
     * Monthly net pay, in rubles, of one functionary at a level under the rules in force: base pay with the
     * bonuses, after tax and any cap, as the apparatus is paid. Reads only.
     */
    public double monthlyPay(Level level) {
        Rules.Privileges r = rules.privileges();
        return Apparatus.netPay(r, switch (level) {
            case PROVINCE -> r.payProvince();
            case DISTRICT -> r.payDistrict();
            case CELL -> r.payCell();
        });
    }

    /** Applies a rule change. */
    void applyRules(Rules newRules) {
        rules = newRules;
    }

    /**
     * Replaces the rules in force from now on, as a live view does when a teacher changes one. The structure
     * of the hierarchy cannot change during a run.
     */
    public void changeRules(Rules newRules) {
        if (!newRules.structure().equals(rules.structure())) {
            throw new IllegalArgumentException("the hierarchy's structure cannot change during a run");
        }
        rules = newRules;
    }
}
