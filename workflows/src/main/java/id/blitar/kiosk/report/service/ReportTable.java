package id.blitar.kiosk.report.service;

import java.util.List;
import java.util.Set;

/**
 * One official report as a table, ready for CSV, XLSX and the preview on screen. Cells are
 * {@link String}s or {@link Number}s (numbers stay numbers in a spreadsheet).
 *
 * @param name the file name without extension, e.g. {@code kunjungan-2026-11}
 * @param title the heading of the report
 * @param lines what follows the title: library, period, how the figures were counted
 * @param header the column names
 * @param rows the rows, each as long as the header
 * @param totalRows indexes of rows that are totals (printed bold)
 */
public record ReportTable(
        String name,
        String title,
        List<String> lines,
        List<String> header,
        List<List<Object>> rows,
        Set<Integer> totalRows) {

    public ReportTable {
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " does not fit header " + header);
            }
        }
    }

    /** The cell in the row whose first cell is {@code rowLabel}, under {@code column}. */
    public Object cell(String rowLabel, String column) {
        int c = header.indexOf(column);
        return rows.stream()
                .filter(r -> rowLabel.equals(r.get(0)))
                .findFirst()
                .map(r -> r.get(c))
                .orElseThrow(() -> new IllegalArgumentException("no row " + rowLabel));
    }
}
