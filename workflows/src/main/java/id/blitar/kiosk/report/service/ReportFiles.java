package id.blitar.kiosk.report.service;

import id.blitar.kiosk.base.CsvCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link ReportTable} as CSV (for any program) and as an Excel workbook (XLSX, Apache POI). */
public final class ReportFiles {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportFiles() {}

    /**
     * The table as CSV: UTF-8 with a byte-order mark, so Excel reads the letters right; the title and
     * the description lines first, then the header and the rows; CRLF line ends (RFC 4180).
     */
    public static byte[] csv(ReportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCell.quote(table.title())).append("\r\n");
        for (String line : table.lines()) {
            csv.append(CsvCell.quote(line)).append("\r\n");
        }
        csv.append("\r\n");
        line(csv, List.copyOf(table.header()));
        for (List<Object> row : table.rows()) {
            line(csv, row);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object cell = cells.get(i);
            csv.append(cell instanceof Number n ? number(n) : CsvCell.quote(cell == null ? "" : cell.toString()));
        }
        csv.append("\r\n");
    }

    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return String.format(Locale.ROOT, "%.2f", n.doubleValue());
        }
        return n.toString();
    }

    /**
     * The table as an XLSX workbook with one sheet: the title in bold, the description lines, a bold
     * header row, numbers as numeric cells (two decimals where they have decimals), totals in bold,
     * and columns as wide as their contents.
     */
    public static byte[] xlsx(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(titleFont);
            CellStyle boldStyle = workbook.createCellStyle();
            boldStyle.setFont(bold);
            short decimals = workbook.createDataFormat().getFormat("0.00");
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(decimals);
            CellStyle boldDecimal = workbook.createCellStyle();
            boldDecimal.setFont(bold);
            boldDecimal.setDataFormat(decimals);

            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(table.title());
            sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
            for (String line : table.lines()) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.header().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(boldStyle);
            }
            for (int i = 0; i < table.rows().size(); i++) {
                boolean total = table.totalRows().contains(i);
                Row row = sheet.createRow(r++);
                List<Object> cells = table.rows().get(i);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Double || value instanceof Float) {
                        cell.setCellValue(((Number) value).doubleValue());
                        cell.setCellStyle(total ? boldDecimal : decimal);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        if (total) {
                            cell.setCellStyle(boldStyle);
                        }
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                        if (total) {
                            cell.setCellStyle(boldStyle);
                        }
                    }
                }
            }
            // Widths from the longest text in the column (no font metrics: servers often have no fonts).
            for (int c = 0; c < table.header().size(); c++) {
                int chars = table.header().get(c).length();
                for (List<Object> row : table.rows()) {
                    Object value = row.get(c);
                    chars = Math.max(
                            chars,
                            value instanceof Number n
                                    ? number(n).length()
                                    : String.valueOf(value).length());
                }
                sheet.setColumnWidth(c, Math.min(60, Math.max(6, chars + 2)) * 256);
            }
            sheet.createFreezePane(1, headerRow + 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel allows 31 characters and no {@code []:*?/\} in a sheet name. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
