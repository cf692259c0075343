package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 6: the paid apparatus and its privileges. Pay by level follows the scenario's scale (the 1922 scale,
 * 000:31): base pay, plus the family and extra-work bonuses for the shares who draw them, less the tax on the
 * part above the threshold, capped at a multiple of the average wage where a "party maximum" applies
 * (004:70).
 * <p>
 * The committees' needs are every provincial and district committee's secretary and fixed staff, the paid
 * cell secretaries, the central staff, and the clerks that the paperwork of the membership calls for (staff
 * per thousand members: 004:214, reports swamping the centre as the party grows). The establishment is those
 * needs or the number authorised by decision (000:45: the Orgburo raised it to 20,000), whichever is larger.
 * The apparatus moves toward its establishment by the hiring rate each month, or at once without one. Its
 * mean pay over the average wage is the pay ratio that draws careerists and breeds grievance.
 * <p>
 * The persons entitled to special benefits (004:52) beyond the paid apparatus are, in the model, unpaid cell
 * secretaries: this stage sets the share of those who are entitled, and opinion dynamics treats them as
 * privileged.
 */
final class Apparatus implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Party party = (Party) state;
        Rules.Privileges r = party.rules.privileges();
        double realCells = party.hierarchy.liveCells() * party.scale();
        double province = party.hierarchy.provinces() * (1 + r.staffPerProvince());
        double district = party.hierarchy.districts() * (1 + r.staffPerDistrict());
        double cell = realCells * r.paidCellShare();
        double centre = r.centralStaff();
        double clerks = party.roll.activeCount() * party.scale() * r.staffPerThousandMembers() / 1000.0;
        double needs = province + district + cell + centre + clerks;
        double establishment = Math.max(needs, r.authorised());
        if (!party.started() || r.hiringPerYear() <= 0 || party.paidApparatus <= 0) {
            party.paidApparatus = establishment;
        } else {
            party.paidApparatus += (establishment - party.paidApparatus) * r.hiringPerYear() / 12.0;
        }
        double meanPay = needs > 0 ? (province * netPay(r, r.payProvince()) + district * netPay(r, r.payDistrict())
                + cell * netPay(r, r.payCell()) + (centre + clerks) * netPay(r, r.payCentre())) / needs : 0;
        party.payBill = party.paidApparatus * meanPay;
        party.payRatio = party.paidApparatus > 0 ? meanPay / r.averageWage() : 1.0;
        party.entitled = Math.max(r.entitled(), 0);
        double unpaidCellSecretaries = realCells * (1 - r.paidCellShare());
        double beyond = Math.max(0, r.entitled() - party.paidApparatus);
        party.entitledCellShare = unpaidCellSecretaries > 0 ? Math.min(1.0, beyond / unpaidCellSecretaries) : 0;
    }

    /** Monthly pay of one functionary at a base pay, with bonuses, after tax and cap. */
    static double netPay(Rules.Privileges r, double base) {
        double gross = base * (1 + r.familyBonus() * r.familyShare() + r.extraWorkBonus() * r.extraWorkShare());
        double net = gross > r.taxThreshold() ? gross - r.taxRate() * (gross - r.taxThreshold()) : gross;
        return r.payCapRatio() > 0 ? Math.min(net, r.payCapRatio() * r.averageWage()) : net;
    }
}
