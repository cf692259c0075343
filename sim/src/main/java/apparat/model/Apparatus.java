package apparat.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Stage 6: the paid apparatus and its privileges. Pay by level follows the scenario's scale (the 1922 scale,
 * 000:31): base pay, plus the family and extra-work bonuses for the shares who draw them, less the tax on the
 * part above the threshold, capped at a multiple of the average wage where a "party maximum" applies
 * (004:70). The paid apparatus is every provincial and district committee's secretary and staff, the paid
 * cell secretaries and the central staff, scaled down to the authorised ceiling where one is set
 * (000:45). Its mean pay over the average wage is the pay ratio that draws careerists and breeds grievance.
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
        double total = province + district + cell + centre;
        double ceiling = r.authorised() > 0 && total > r.authorised() ? r.authorised() / total : 1.0;
        double bill = ceiling * (province * netPay(r, r.payProvince()) + district * netPay(r, r.payDistrict())
                + cell * netPay(r, r.payCell()) + centre * netPay(r, r.payCentre()));
        party.paidApparatus = total * ceiling;
        party.payBill = bill;
        party.payRatio = party.paidApparatus > 0 ? bill / party.paidApparatus / r.averageWage() : 1.0;
        party.entitled = r.entitled();
    }

    /** Monthly pay of one functionary at a base pay, with bonuses, after tax and cap. */
    static double netPay(Rules.Privileges r, double base) {
        double gross = base * (1 + r.familyBonus() * r.familyShare() + r.extraWorkBonus() * r.extraWorkShare());
        double net = gross > r.taxThreshold() ? gross - r.taxRate() * (gross - r.taxThreshold()) : gross;
        return r.payCapRatio() > 0 ? Math.min(net, r.payCapRatio() * r.averageWage()) : net;
    }
}
