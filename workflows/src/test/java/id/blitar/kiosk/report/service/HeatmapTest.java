package id.blitar.kiosk.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatmapTest {

    private static long[][] empty() {
        return new long[7][24];
    }

    @Test
    void shouldShowTheLibrarysDayEvenWhenNobodyCame() {
        Heatmap heatmap = new Heatmap(empty());

        assertThat(heatmap.hours()).containsExactly(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(heatmap.cells())
                .hasSize(7 * 14)
                .allSatisfy(c -> assertThat(c.people()).isZero());
        assertThat(heatmap.busiest()).isEmpty();
        assertThat(heatmap.max()).isZero();
    }

    @Test
    void shouldAddAnHourOutsideTheDayOnlyWhenSomeoneCameThen() {
        long[][] counts = empty();
        counts[5][21] = 3; // Saturday 21.00, an evening event
        counts[0][6] = 1; // Monday 06.00, a librarian's early test scan

        Heatmap heatmap = new Heatmap(counts);

        assertThat(heatmap.hours()).startsWith(6, 7).endsWith(20, 21).hasSize(16);
        assertThat(heatmap.busiest()).contains(new Heatmap.Cell(5, 21, 3));
    }

    @Test
    void shouldNameTheEarliestBusiestCellOnATie() {
        long[][] counts = empty();
        counts[2][10] = 40; // Wednesday 10.00
        counts[1][15] = 40; // Tuesday 15.00
        counts[4][9] = 12;

        Heatmap heatmap = new Heatmap(counts);

        assertThat(heatmap.busiest()).contains(new Heatmap.Cell(1, 15, 40));
        assertThat(heatmap.max()).isEqualTo(40);
        assertThat(heatmap.cells()).contains(new Heatmap.Cell(4, 9, 12));
    }
}
