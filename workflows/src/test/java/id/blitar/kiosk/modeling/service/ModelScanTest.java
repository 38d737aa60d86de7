package id.blitar.kiosk.modeling.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.modeling.service.ModelProblem.Code;
import id.blitar.kiosk.modeling.service.ModelProblem.XmlFault;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that is not well-formed XML is refused with a reason a manager can read, never the parser's English. */
class ModelScanTest {

    private static final String MODEL_START =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // A Word document or a text pasted by mistake.
                "Proses kunjungan perpustakaan <bpmn:definitions/>| PROLOG | 1",
                // An editor that wrote the byte order mark twice.
                "\uFEFF\uFEFF<bpmn:definitions/>| PROLOG | 1",
                "<bpmn:process id='visit'></bpmn:definitions>| END_TAG | 3",
                // Cut off while downloaded.
                "<bpmn:process id='visit'>| TRUNCATED | 3",
                "</bpmn:definitions><bpmn:definitions/>| AFTER_ROOT | 3",
                "</bpmn:definitions>catatan| AFTER_ROOT | 3",
                "<bpmn:process id=visit/>| SYNTAX | 3",
            })
    void shouldNameWhyAFileIsNotXml(String body, XmlFault fault, int line) {
        String content = body.startsWith("<bpmn:process") || body.startsWith("</") ? MODEL_START + body : body;

        ModelScan scan = ModelScan.of(content.getBytes(StandardCharsets.UTF_8));

        assertThat(scan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.NOT_XML);
            assertThat(problem.detail()).isEqualTo(fault.name());
            assertThat(problem.line()).isEqualTo(line);
        });
    }

    @Test
    void shouldClassifyAnUnknownParserMessageAsSyntax() {
        assertThat(XmlFault.of("Some other parser's words")).isEqualTo(XmlFault.SYNTAX);
        assertThat(XmlFault.of(null)).isEqualTo(XmlFault.SYNTAX);
    }
}
