package id.blitar.kiosk.report.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's "when do people come" heatmap: people by weekday and hour of check-in, with the hours worth a
 * column and the busiest cell.
 *
 * @param counts people by weekday (0 = Monday … 6 = Sunday) and hour of the day (0–23), as {@link
 *     Dashboard.Visits#heatmap()}
 */
public record Heatmap(long[][] counts) {

    /** The library's day, shown whether anyone came or not: 07.00 to 20.59. */
    public static final int FIRST_HOUR = 7;

    public static final int LAST_HOUR = 20;

    /** One cell: the people who checked in on a weekday (0 = Monday) in an hour (0–23). */
    public record Cell(int weekday, int hour, long people) {}

    /** The hours with a column: 07–20 always, any other hour only when someone came then, in order. */
    public List<Integer> hours() {
        List<Integer> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            if ((h >= FIRST_HOUR && h <= LAST_HOUR) || anyoneAt(h)) {
                hours.add(h);
            }
        }
        return hours;
    }

    /** Every weekday × shown hour, Monday first, hours in order. */
    public List<Cell> cells() {
        List<Integer> hours = hours();
        List<Cell> cells = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int h : hours) {
                cells.add(new Cell(d, h, counts[d][h]));
            }
        }
        return cells;
    }

    /** The most people in one cell; 0 when nobody came. */
    public long max() {
        return busiest().map(Cell::people).orElse(0L);
    }

    /** The busiest cell, the earliest in the week on a tie; empty when nobody came. */
    public Optional<Cell> busiest() {
        Cell busiest = null;
        for (Cell cell : cells()) {
            if (cell.people() > (busiest == null ? 0 : busiest.people())) {
                busiest = cell;
            }
        }
        return Optional.ofNullable(busiest);
    }

    private boolean anyoneAt(int hour) {
        for (long[] day : counts) {
            if (day[hour] > 0) {
                return true;
            }
        }
        return false;
    }
}
