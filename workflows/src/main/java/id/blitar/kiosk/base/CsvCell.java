package id.blitar.kiosk.base;

/** One text cell of a CSV file the library opens in a spreadsheet program. */
public final class CsvCell {

    private CsvCell() {}

    /**
     * The value quoted, with a cell that a spreadsheet would run as a formula (it starts with
     * {@code = + - @}, a tab or a carriage return) defused by a leading apostrophe: CSV injection.
     */
    public static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
