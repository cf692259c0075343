package apparat.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists that let the monthly stages visit only the living (the roll's active members and candidates, the
 * hierarchy's grouping and live-cell count) against a straightforward full scan of the whole roll, after random
 * joins, departures and promotions. Order is compared too: the stages draw random numbers member by member, so
 * the lists must meet members in the order a full scan does.
 */
class LivingMembersTest {

    @Test
    void activeMembersAndTheirCountsMatchAFullScanAfterRandomJoinsDeparturesAndMarks() {
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        MemberRoll roll = new MemberRoll(4);
        for (int round = 0; round < 300; round++) {
            int joins = random.nextInt(200);
            for (int i = 0; i < joins; i++) {
                int traits = random.nextInt(1 << 5);
                byte origin = random.nextBoolean() ? MemberCodes.WORKER : MemberCodes.EMPLOYEE;
                roll.add(round, round + random.nextInt(3), traits, origin, 0f, 0.5f, 0);
            }
            for (int i = 0; i < 20; i++) {
                // a trait gained later (as a delegate's mark is) counts from then on, for the active only
                roll.mark(random.nextInt(roll.size()), random.nextBoolean() ? MemberCodes.CAREERIST
                        : MemberCodes.LITERATE);
                // posts taken and lost, and seats at a congress, move members between kinds, the gone too
                int m = random.nextInt(roll.size());
                roll.setPost(m, random.nextBoolean() ? MemberCodes.NONE : Posts.code(Level.CELL, random.nextInt(9)));
                if (random.nextInt(10) == 0) {
                    roll.attend(random.nextInt(roll.size()), 1 + random.nextInt(3));
                }
            }
            int leaves = random.nextInt(150);
            for (int i = 0; i < leaves && roll.activeCount() > 0; i++) {
                int m = random.nextInt(roll.size());
                if (roll.isActive(m)) {
                    roll.leave(m, (byte) (MemberCodes.RESIGNED + random.nextInt(5)));
                }
            }
            int[] expected = fullScanOfActive(roll);
            assertEquals(expected.length, roll.activeCount());
            assertEquals(Arrays.stream(expected).filter(m -> roll.has(m, MemberCodes.CAREERIST)).count(),
                    roll.careeristCount(), "running count of careerists");
            assertEquals(Arrays.stream(expected).filter(m -> roll.has(m, MemberCodes.LITERATE)).count(),
                    roll.literateCount(), "running count of literate members");
            for (int kind = 0; kind < MemberKinds.COUNT; kind++) {
                int k = kind;
                assertEquals(Arrays.stream(expected).filter(m -> roll.kind(m) == k).count(), roll.activeOfKind(k),
                        "running count of kind " + k);
            }
            // the list as it stands holds every active member in order, and some who have left
            int[] listed = Arrays.copyOf(roll.listedMembers(), roll.listedCount());
            assertArrayEquals(expected, Arrays.stream(listed).filter(roll::isActive).toArray());
            assertTrue(Arrays.stream(listed).allMatch(m -> m >= 0 && m < roll.size()));
            assertArrayEquals(expected, Arrays.copyOf(roll.activeMembers(), roll.activeCount()),
                    "round " + round);
        }
    }

    @Test
    void aSweepSplitBetweenThreadsLeavesTheListASweepFromTheFrontLeaves() {
        for (int threads = 2; threads <= 5; threads++) {
            // every sweep split, down to ranges of one member or none
            Workers workers = new Workers(threads, 1);
            MersenneTwisterFast random = new MersenneTwisterFast(17 + threads);
            MemberRoll split = new MemberRoll(4, workers);
            MemberRoll whole = new MemberRoll(4);
            for (int round = 0; round < 200; round++) {
                // small rounds and large ones, and departures from a few to nearly everyone, so that ranges are
                // emptied, kept whole, and kept in part
                int joins = random.nextInt(round % 3 == 0 ? 8 : 300);
                for (int i = 0; i < joins; i++) {
                    split.add(round, round, 0, MemberCodes.WORKER, 0f, 0.5f, 0);
                    whole.add(round, round, 0, MemberCodes.WORKER, 0f, 0.5f, 0);
                }
                double leaving = random.nextDouble();
                for (int m = 0; m < split.size(); m++) {
                    if (split.isActive(m) && random.nextDouble() < leaving) {
                        split.leave(m, MemberCodes.EXPELLED);
                        whole.leave(m, MemberCodes.EXPELLED);
                    }
                }
                int[] expected = fullScanOfActive(whole);
                assertArrayEquals(expected, Arrays.copyOf(whole.activeMembers(), whole.activeCount()),
                        "one thread, round " + round);
                assertArrayEquals(expected, Arrays.copyOf(split.activeMembers(), split.activeCount()),
                        threads + " threads, round " + round);
            }
            workers.shutdown();
        }
    }

    @Test
    void dueCandidatesAreTheCandidatesAFullScanFindsDemotedMembersIncluded() {
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        MemberRoll listed = new MemberRoll(4);
        MemberRoll scanned = new MemberRoll(4);
        for (int month = 0; month < 200; month++) {
            int joins = random.nextInt(60);
            for (int i = 0; i < joins; i++) {
                // candidate stages of varying length, as rule changes make them, so fullFrom is not monotone
                int fullFrom = month + random.nextInt(12);
                listed.add(month, fullFrom, 0, MemberCodes.WORKER, 0f, 0.5f, 0);
                scanned.add(month, fullFrom, 0, MemberCodes.WORKER, 0f, 0.5f, 0);
            }
            int leaves = random.nextInt(30);
            for (int i = 0; i < leaves; i++) {
                int m = random.nextInt(listed.size());
                if (listed.isActive(m)) {
                    listed.leave(m, MemberCodes.EXPELLED);
                    scanned.leave(m, MemberCodes.EXPELLED);
                }
            }
            for (int i = 0; i < 5; i++) {
                // a verification may send a full member back to probation
                int m = random.nextInt(listed.size());
                if (listed.isFull(m)) {
                    int until = month + 1 + random.nextInt(6);
                    listed.demote(m, until);
                    scanned.demote(m, until);
                }
            }
            int[] due = listed.dueCandidates(month);
            List<Integer> expected = new ArrayList<>();
            for (int m = 0; m < scanned.size(); m++) {
                if (scanned.status(m) == MemberCodes.CANDIDATE && scanned.fullFrom(m) <= month) {
                    expected.add(m);
                    scanned.promote(m);
                }
            }
            int[] sorted = due.clone();
            Arrays.sort(sorted);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), sorted, "month " + month);
            for (int m : due) {
                listed.promote(m);
            }
            assertEquals(scanned.candidateCount(), listed.candidateCount(), "month " + month);
            for (int m = 0; m < scanned.size(); m++) {
                assertEquals(scanned.status(m), listed.status(m), "member " + m + " in month " + month);
            }
        }
        assertTrue(listed.candidateCount() > 0, "the test should leave some candidates waiting");
    }

    @Test
    void hierarchyIndexGroupsTheLivingAsAFullScanWouldEveryMonthOfABusyRun() {
        int[] months = new int[1];
        TestParty.of(InvariantsTest.BUSY).run(party -> {
            Hierarchy h = party.hierarchy();
            MemberRoll roll = party.roll();
            h.index(roll);
            Reference ref = new Reference(h, roll);
            int[] grouped = new int[ref.members.length];
            for (int i = 0; i < grouped.length; i++) {
                grouped[i] = h.memberAt(i);
            }
            assertArrayEquals(ref.members, grouped);
            for (int i = 0; i < grouped.length; i++) {
                int m = grouped[i];
                int since = roll.isFull(m) ? roll.joined(m) : Hierarchy.NOT_FULL;
                assertEquals(since, h.grouped()[2 * i + 1], "month of joining beside member " + m);
            }
            for (int c = 0; c < h.cells(); c++) {
                assertEquals(ref.cellFrom[c], h.cellFrom(c), "cell " + c);
                assertEquals(ref.cellTo[c], h.cellTo(c), "cell " + c);
                assertEquals(ref.mean[c], h.cellMean(c), "mean of cell " + c);
                assertEquals(ref.opposition[c], h.cellOpposition(c), "opposition of cell " + c);
            }
            for (int d = 0; d < h.districts(); d++) {
                assertEquals(ref.districtFrom[d], h.districtFrom(d));
                assertEquals(ref.districtTo[d], h.districtTo(d));
            }
            assertEquals(ref.liveCells, h.liveCells());
            months[0]++;
        });
        assertTrue(months[0] > 12);
    }

    private static int[] fullScanOfActive(MemberRoll roll) {
        List<Integer> active = new ArrayList<>();
        for (int m = 0; m < roll.size(); m++) {
            if (roll.isActive(m)) {
                active.add(m);
            }
        }
        return active.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The grouping written the plain way: districts in order, their cells in order, each cell's members. */
    private static final class Reference {
        final int[] members;
        final int[] cellFrom;
        final int[] cellTo;
        final float[] mean;
        final float[] opposition;
        final int[] districtFrom;
        final int[] districtTo;
        final int liveCells;

        Reference(Hierarchy h, MemberRoll roll) {
            int cells = h.cells();
            cellFrom = new int[cells];
            cellTo = new int[cells];
            mean = new float[cells];
            opposition = new float[cells];
            districtFrom = new int[h.districts()];
            districtTo = new int[h.districts()];
            List<List<Integer>> byCell = new ArrayList<>();
            for (int c = 0; c < cells; c++) {
                byCell.add(new ArrayList<>());
            }
            for (int m = 0; m < roll.size(); m++) {
                if (roll.isActive(m)) {
                    byCell.get(roll.cell(m)).add(m);
                }
            }
            List<Integer> grouped = new ArrayList<>();
            int live = 0;
            for (int d = 0; d < h.districts(); d++) {
                districtFrom[d] = grouped.size();
                for (int c = 0; c < cells; c++) {
                    if (h.districtOf(c) != d) {
                        continue;
                    }
                    List<Integer> in = byCell.get(c);
                    cellFrom[c] = grouped.size();
                    grouped.addAll(in);
                    cellTo[c] = grouped.size();
                    double sum = 0;
                    int opposed = 0;
                    for (int m : in) {
                        sum += roll.alignment(m);
                        opposed += roll.alignment(m) < 0 ? 1 : 0;
                    }
                    mean[c] = in.isEmpty() ? 0f : (float) (sum / in.size());
                    opposition[c] = in.isEmpty() ? 0f : (float) opposed / in.size();
                    live += in.isEmpty() ? 0 : 1;
                    assertEquals(in.size(), h.cellMembers(c), "running member count of cell " + c);
                }
                districtTo[d] = grouped.size();
            }
            members = grouped.stream().mapToInt(Integer::intValue).toArray();
            liveCells = live;
        }
    }
}
