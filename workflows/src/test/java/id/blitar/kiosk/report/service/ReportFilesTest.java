package id.blitar.kiosk.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.blitar.kiosk.base.CsvCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV and XLSX writing without a database: quoting, formula defusing, numbers and sheet names. */
class ReportFilesTest {

    private static final ReportTable TABLE = new ReportTable(
            "uji",
            "Uji: laporan [1/2]",
            List.of("Perpustakaan Kota Blitar"),
            List.of("Jenis", "Nilai"),
            List.of(List.of("=HYPERLINK(\"http://x\")", 3L), List.of("Tamu, \"rombongan\"", 2.5)),
            Set.of(1));

    @Test
    void shouldDefuseFormulasAndQuoteTextInCsv() {
        String csv = new String(ReportFiles.csv(TABLE), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF\"Uji: laporan [1/2]\"\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",3\r\n");
        assertThat(csv).contains("\"Tamu, \"\"rombongan\"\"\",2.50\r\n");
        assertThat(CsvCell.quote("+62 812")).isEqualTo("\"'+62 812\"");
        assertThat(CsvCell.quote("-1")).isEqualTo("\"'-1\"");
        assertThat(CsvCell.quote("@a")).isEqualTo("\"'@a\"");
        assertThat(CsvCell.quote("Umum")).isEqualTo("\"Umum\"");
    }

    @Test
    void shouldWriteNumbersAsNumbersAndTextAsTextInXlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(TABLE)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Uji  laporan  1 2");
            var first = sheet.getRow(4);
            assertThat(first.getCell(0).getCellType())
                    .as("a formula stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            var total = sheet.getRow(5);
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(2.5);
            assertThat(workbook.getFontAt(total.getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(total.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    @Test
    void shouldRefuseARowThatDoesNotFitTheHeader() {
        assertThatThrownBy(
                        () -> new ReportTable("x", "x", List.of(), List.of("a", "b"), List.of(List.of("a")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
