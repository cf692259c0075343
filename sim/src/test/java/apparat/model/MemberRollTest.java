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
}
