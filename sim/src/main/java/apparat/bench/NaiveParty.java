package apparat.bench;

import apparat.model.Level;
import apparat.model.ModelSetup;
import apparat.model.Rules;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The baseline Apparat is measured against: the practical core of the model's monthly rules — recruitment,
 * resignation, opinion and cell secretaries' elections — written the way MASON's tutorials write a model: one
 * {@code Steppable} object per member and per cell on MASON's {@link Schedule}, members and cells held in
 * lists. It follows the membership of a run of the model month by month ({@link Trajectory}), so that both
 * step the same members; its results are not used for anything but timing.
 */
public final class NaiveParty extends SimState {

    private static final long serialVersionUID = 1L;

    final Trajectory trajectory;
    final float peer;
    final float conformity;
    final float noise;
    final float recovery;
    final float chill;
    final int candidates;
    final int term;
    private final int districts;
    private final int cellSize;
    private final double careeristShare;
    private final double literateShare;
    final List<NaiveMember> members = new ArrayList<>();
    /** Per district, the cell new members join. */
    private final List<NaiveCell> openCells = new ArrayList<>();
    /** Member steps taken, the baseline's member-months. */
    long memberSteps;

    public NaiveParty(long seed, ModelSetup setup, Trajectory trajectory) {
        super(seed);
        this.trajectory = trajectory;
        Rules rules = setup.rules();
        Rules.Opinion o = rules.opinion();
        peer = (float) o.peerInfluence();
        conformity = (float) o.careeristConformity();
        noise = (float) (o.noise() * Math.sqrt(12.0));
        recovery = (float) o.voiceRecovery();
        chill = o.factionBan() ? (float) o.banChill() : 0f;
        candidates = rules.election().candidates();
        term = rules.terms().of(Level.CELL);
        districts = rules.structure().districts();
        cellSize = rules.structure().cellSize();
        careeristShare = rules.recruitment().careeristBase();
        literateShare = rules.recruitment().mix().literateShare();
    }

    @Override
    public void start() {
        super.start();
        members.clear();
        openCells.clear();
        memberSteps = 0;
        for (int d = 0; d < districts; d++) {
            openCells.add(null);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new MembershipFlow(), 1.0);
        for (int i = 0; i < trajectory.members(0); i++) {
            recruit(0, Schedule.EPOCH);
        }
    }

    /** Steps through every month of the trajectory. */
    public void runToEnd() {
        start();
        for (int k = 0; k < trajectory.months(); k++) {
            schedule.step(this);
        }
        finish();
    }

    /** Member-months stepped. */
    public long memberSteps() {
        return memberSteps;
    }

    /** A new member joins a cell of a random district and is scheduled from {@code firstStep} on. */
    void recruit(int month, double firstStep) {
        NaiveMember m = new NaiveMember(month, random.nextDouble() < careeristShare,
                random.nextDouble() < literateShare, random.nextFloat() * 2f - 1f, random.nextFloat());
        int district = random.nextInt(districts);
        NaiveCell cell = openCells.get(district);
        if (cell == null || cell.members.size() >= cellSize) {
            cell = new NaiveCell();
            openCells.set(district, cell);
            schedule.scheduleRepeating(firstStep, 1, cell, 1.0);
        }
        m.cell = cell;
        cell.members.add(m);
        members.add(m);
        m.stopper = schedule.scheduleRepeating(firstStep, 2, m, 1.0);
    }

    /** The member at {@code index} of the roll resigns: off the schedule, out of the cell and the roll. */
    void resign(int index) {
        NaiveMember m = members.get(index);
        members.set(index, members.get(members.size() - 1));
        members.remove(members.size() - 1);
        m.active = false;
        m.stopper.stop();
        m.cell.members.remove(m);
    }
}
