package org.podium.ticketing.internal.inventory;

import java.util.ArrayList;
import java.util.List;

import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.SeatKind;

/**
 * The seat layout of a site, generated from its capacity alone so that seat identifiers are
 * stable for as long as the capacity is (docs/modules/ticketing.md, "Seat map rule").
 * <ul>
 * <li>Seats are numbered 0..capacity-1 and laid out in sections of 40 rows of 25 seats; the last
 *     section and its last row may be short. A seat reads {@code S07-R12-05}.</li>
 * <li>Rows 1-8 are category A, 9-20 B, 21-32 C, 33-40 D: the front rows are the best.</li>
 * <li>Row 9 (a cross-aisle row with level access) is the accessible row: seats 1, 3, ... 23 are
 *     wheelchair spaces, each with its companion seat (2, 4, ... 24) beside it; seat 25 is standard.</li>
 * <li>Quotas are whole rows spread evenly through each section, never the accessible row:
 *     the partner and hospitality share (20%: rows 3, 8, 13, ...) and the held-back share
 *     released later by drops (10%: rows 5, 15, 25, 35).</li>
 * </ul>
 * The map is immutable and shared by every session played at the site.
 */
public final class SeatMap {

    static final int SEATS_PER_ROW = 25;
    static final int ROWS_PER_SECTION = 40;
    static final int SEATS_PER_SECTION = SEATS_PER_ROW * ROWS_PER_SECTION;
    public static final int ACCESSIBLE_ROW = 9;
    static final int MAX_CAPACITY = 99 * SEATS_PER_SECTION;

    /** What a seat is set aside for before any sale. */
    public enum Quota { PUBLIC, PARTNER, HELD_BACK }

    private final int capacity;
    private final byte[] category;
    private final byte[] kind;
    private final byte[] quota;
    /** Public seats (standard and wheelchair spaces) of each category, best first: front rows, then sections, then seat number. */
    private final int[][] bestFirst;
    /** Where each seat sits in its category's best-first order, -1 when it is not there. */
    private final int[] rankInCategory;
    /** Every wheelchair space, in seat order: counted and searched without scanning the whole map. */
    private final int[] wheelchairSpaces;

    public SeatMap(int capacity, double partnerShare, double heldBackShare) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be between 1 and " + MAX_CAPACITY + ", not " + capacity);
        }
        this.capacity = capacity;
        this.category = new byte[capacity];
        this.kind = new byte[capacity];
        this.quota = new byte[capacity];
        this.rankInCategory = new int[capacity];
        for (var seat = 0; seat < capacity; seat++) {
            var row = row(seat);
            category[seat] = (byte) categoryOfRow(row).ordinal();
            kind[seat] = (byte) kindAt(seat).ordinal();
            quota[seat] = (byte) (row == ACCESSIBLE_ROW ? Quota.PUBLIC
                    : spread(row, partnerShare, 2) ? Quota.PARTNER
                    : spread(row, heldBackShare, 5) ? Quota.HELD_BACK : Quota.PUBLIC).ordinal();
        }
        this.wheelchairSpaces = java.util.stream.IntStream.range(0, capacity)
                .filter(seat -> kind[seat] == SeatKind.WHEELCHAIR.ordinal()).toArray();
        this.bestFirst = new int[PriceCategory.values().length][];
        java.util.Arrays.fill(rankInCategory, -1);
        for (var c : PriceCategory.values()) {
            var order = new ArrayList<Integer>();
            for (var row = 1; row <= ROWS_PER_SECTION; row++) {
                if (categoryOfRow(row) != c) {
                    continue;
                }
                for (var section = 0; section * SEATS_PER_SECTION < capacity; section++) {
                    var first = section * SEATS_PER_SECTION + (row - 1) * SEATS_PER_ROW;
                    for (var seat = first; seat < Math.min(first + SEATS_PER_ROW, capacity); seat++) {
                        if (kind(seat) != SeatKind.COMPANION) {
                            order.add(seat);
                        }
                    }
                }
            }
            var array = order.stream().mapToInt(Integer::intValue).toArray();
            for (var i = 0; i < array.length; i++) {
                rankInCategory[array[i]] = i;
            }
            bestFirst[c.ordinal()] = array;
        }
    }

    /** Row r takes a share p of the rows when the running count floor((r + offset) * p) steps up at r. */
    private static boolean spread(int row, double share, int offset) {
        return Math.floor((row + offset) * share) > Math.floor((row + offset - 1) * share);
    }

    public static PriceCategory categoryOfRow(int row) {
        return row <= 8 ? PriceCategory.A : row <= 20 ? PriceCategory.B : row <= 32 ? PriceCategory.C : PriceCategory.D;
    }

    private SeatKind kindAt(int seat) {
        if (row(seat) != ACCESSIBLE_ROW) {
            return SeatKind.STANDARD;
        }
        var number = number(seat);
        if (number == SEATS_PER_ROW) {
            return SeatKind.STANDARD;
        }
        // A wheelchair space needs its companion seat to exist in the (possibly short) row.
        if (number % 2 == 1) {
            return seat + 1 < capacity ? SeatKind.WHEELCHAIR : SeatKind.STANDARD;
        }
        return SeatKind.COMPANION;
    }

    public int capacity() {
        return capacity;
    }

    public int sections() {
        return (capacity + SEATS_PER_SECTION - 1) / SEATS_PER_SECTION;
    }

    static int section(int seat) {
        return seat / SEATS_PER_SECTION + 1;
    }

    public static int row(int seat) {
        return seat % SEATS_PER_SECTION / SEATS_PER_ROW + 1;
    }

    public static int number(int seat) {
        return seat % SEATS_PER_ROW + 1;
    }

    public PriceCategory category(int seat) {
        return PriceCategory.values()[category[seat]];
    }

    public SeatKind kind(int seat) {
        return SeatKind.values()[kind[seat]];
    }

    public Quota quota(int seat) {
        return Quota.values()[quota[seat]];
    }

    /** The companion seat of a wheelchair space, or the space of a companion seat. */
    public int partnerOf(int seat) {
        return switch (kind(seat)) {
            case WHEELCHAIR -> seat + 1;
            case COMPANION -> seat - 1;
            case STANDARD -> -1;
        };
    }

    public int[] wheelchairSpaces() {
        return wheelchairSpaces;
    }

    public int[] bestFirst(PriceCategory category) {
        return bestFirst[category.ordinal()];
    }

    int rankInCategory(int seat) {
        return rankInCategory[seat];
    }

    public static String seatId(int seat) {
        return "S%02d-R%02d-%02d".formatted(section(seat), row(seat), number(seat));
    }

    /** The seat a {@code Sxx-Ryy-zz} identifier names, or -1 when it is malformed or not at this site. */
    public int seatOf(String id) {
        if (id.length() != 10 || id.charAt(0) != 'S' || id.charAt(3) != '-' || id.charAt(4) != 'R' || id.charAt(7) != '-') {
            return -1;
        }
        try {
            var section = Integer.parseInt(id.substring(1, 3));
            var row = Integer.parseInt(id.substring(5, 7));
            var number = Integer.parseInt(id.substring(8, 10));
            if (section < 1 || row < 1 || row > ROWS_PER_SECTION || number < 1 || number > SEATS_PER_ROW) {
                return -1;
            }
            var seat = (section - 1) * SEATS_PER_SECTION + (row - 1) * SEATS_PER_ROW + number - 1;
            return seat < capacity ? seat : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The seats of one section, in row then number order. */
    public List<Integer> sectionSeats(int section) {
        var seats = new ArrayList<Integer>();
        var first = (section - 1) * SEATS_PER_SECTION;
        for (var seat = first; seat < Math.min(first + SEATS_PER_SECTION, capacity); seat++) {
            seats.add(seat);
        }
        return seats;
    }
}
