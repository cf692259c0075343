package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The roll keeps each member's last congress and Central Committee in a byte each, and the dissenter's mark. */
class MemberRollTest {

    @Test
    void lastCongressAndCommitteeAreKeptAsUnsignedBytes() {
        MemberRoll roll = new MemberRoll(4);
        int m = roll.add(0, 0, MemberCodes.PASSIVE, MemberCodes.WORKER, 0.5f, 0.5f, 0);
        assertEquals(0, roll.lastCongress(m));
        roll.attend(m, 200);
        roll.electToCommittee(m, 255);
        assertEquals(200, roll.lastCongress(m));
        assertEquals(255, roll.committee(m));
        assertTrue(roll.has(m, MemberCodes.DELEGATE), "attending marks a delegate");
        assertThrows(IllegalArgumentException.class, () -> roll.attend(m, 256));
    }

    @Test
    void theDissentersMarkUsesTheHighBitWithoutDisturbingTheOthers() {
        MemberRoll roll = new MemberRoll(4);
        int m = roll.add(0, 0, MemberCodes.LITERATE | MemberCodes.RURAL, MemberCodes.WORKER, 0f, 0.5f, 0);
        roll.mark(m, MemberCodes.KNOWN_DISSENTER);
        assertTrue(roll.has(m, MemberCodes.KNOWN_DISSENTER));
        assertTrue(roll.has(m, MemberCodes.LITERATE) && roll.has(m, MemberCodes.RURAL));
        assertTrue(!roll.has(m, MemberCodes.CAREERIST) && !roll.has(m, MemberCodes.FORMER_OPPOSITION));
    }
    @Test
    void readingAheadPassesByCodesAndChangesNoRecord() {
        MemberRoll roll = new MemberRoll(4);
        int first = roll.add(3, 5, MemberCodes.LITERATE, MemberCodes.PEASANT, -0.25f, 0.75f, 2);
        int second = roll.add(4, 4, MemberCodes.CAREERIST, MemberCodes.WORKER, 0.5f, 0.1f, 7);
        roll.leave(second, MemberCodes.RESIGNED);
        // an election's votes hold codes below 0 beside members; the records read are those a removal reads
        roll.readAhead().read(new int[] {MemberCodes.NONE, second, -2, first, -4}, 0, 5);
        assertEquals(MemberCodes.CANDIDATE, roll.status(first));
        assertEquals(MemberCodes.RESIGNED, roll.status(second));
        assertEquals(3, roll.joined(first));
        assertEquals(-0.25f, roll.alignment(first));
        assertEquals(0.1f, roll.voice(second));
        assertEquals(7, roll.cell(second));
        assertEquals(MemberCodes.NONE, roll.post(first));
    }
}
