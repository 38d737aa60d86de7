package id.blitar.kiosk.member.service;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a member file as SLiMS 9's {@code admin/modules/membership/export.php} does, for tests: each value
 * through MySQL's {@code escape_string}, between the encloser, followed by the separator; the last character of
 * each data row removed; the header row, when asked for, keeps its last separator; each record followed by the
 * record separator. Written from the behaviour of that file, not copied from it.
 */
final class SlimsExportWriter {

    private SlimsExportWriter() {}

    static byte[] export(
            List<List<String>> rows, String separator, String encloser, String recordSeparator, boolean header) {
        StringBuilder out = new StringBuilder();
        if (header) {
            for (String column : SlimsMemberFile.SLIMS_COLUMNS) {
                out.append(encloser).append(column).append(encloser).append(separator);
            }
            out.append(recordSeparator);
        }
        for (List<String> row : rows) {
            StringBuilder buffer = new StringBuilder();
            for (String value : row) {
                buffer.append(encloser)
                        .append(escapeString(value))
                        .append(encloser)
                        .append(separator);
            }
            buffer.setLength(buffer.length() - 1);
            out.append(buffer).append(recordSeparator);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** MySQL's mysql_real_escape_string: NUL, LF, CR, backslash, quote, double quote and Ctrl-Z. */
    static String escapeString(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\0' -> out.append("\\0");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\u001a' -> out.append("\\Z");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
