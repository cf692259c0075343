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
        int m = roll.add(0, 0, MemberRoll.PASSIVE, MemberRoll.WORKER, 0.5f, 0.5f, 0);
        assertEquals(0, roll.lastCongress(m));
        roll.attend(m, 200);
        roll.electToCommittee(m, 255);
        assertEquals(200, roll.lastCongress(m));
        assertEquals(255, roll.committee(m));
        assertTrue(roll.has(m, MemberRoll.DELEGATE), "attending marks a delegate");
        assertThrows(IllegalArgumentException.class, () -> roll.attend(m, 256));
    }

    @Test
    void theDissentersMarkUsesTheHighBitWithoutDisturbingTheOthers() {
        MemberRoll roll = new MemberRoll(4);
        int m = roll.add(0, 0, MemberRoll.LITERATE | MemberRoll.RURAL, MemberRoll.WORKER, 0f, 0.5f, 0);
        roll.mark(m, MemberRoll.KNOWN_DISSENTER);
        assertTrue(roll.has(m, MemberRoll.KNOWN_DISSENTER));
        assertTrue(roll.has(m, MemberRoll.LITERATE) && roll.has(m, MemberRoll.RURAL));
        assertTrue(!roll.has(m, MemberRoll.CAREERIST) && !roll.has(m, MemberRoll.FORMER_OPPOSITION));
    }
}
