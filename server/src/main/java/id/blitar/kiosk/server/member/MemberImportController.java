package id.blitar.kiosk.server.member;

import id.blitar.kiosk.base.ui.KioskI18nProvider;
import id.blitar.kiosk.member.service.ImportProblem;
import id.blitar.kiosk.member.service.ImportProgress;
import id.blitar.kiosk.member.service.MemberImport;
import id.blitar.kiosk.member.service.MemberImportResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/members/import}: a SLiMS member export as a multipart upload (field {@code file}) or as
 * the raw request body ({@code text/csv}). 200 with the counts; 422 with the problems by line (reasons in
 * Bahasa Indonesia) when the file is refused and nothing was stored; 409 when another change to the same
 * members happened at the same time (nothing stored, try again); 413 above the size limit (an oversized
 * multipart upload is refused before this controller is reached: {@link UploadTooLargeAdvice}).
 */
@RestController
@RequestMapping("/api/members")
class MemberImportController {

    private final MemberImport memberImport;
    private final KioskI18nProvider i18n;

    MemberImportController(MemberImport memberImport, KioskI18nProvider i18n) {
        this.memberImport = memberImport;
        this.i18n = i18n;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importUpload(@RequestParam("file") MultipartFile file, Principal user)
            throws IOException {
        if (file.getSize() > MemberImport.MAX_BYTES) {
            return tooLarge();
        }
        return respond(memberImport.importFile(
                file.getOriginalFilename(), file.getBytes(), user.getName(), ImportProgress.NONE));
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, "text/tab-separated-values"})
    ResponseEntity<Map<String, Object>> importBody(HttpServletRequest request, Principal user) throws IOException {
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            // One byte more than allowed tells an oversized body without reading all of it.
            content = in.readNBytes(MemberImport.MAX_BYTES + 1);
        }
        if (content.length > MemberImport.MAX_BYTES) {
            return tooLarge();
        }
        return respond(memberImport.importFile(null, content, user.getName(), ImportProgress.NONE));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> noFile() {
        return ResponseEntity.badRequest()
                .body(Map.of("errors", List.of(error(0, "", translate("memberImport.problem.noFile")))));
    }

    private ResponseEntity<Map<String, Object>> respond(MemberImportResult result) {
        if (result.accepted()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("inserted", result.inserted());
            body.put("updated", result.updated());
            body.put("unchanged", result.unchanged());
            body.put("rows", result.rows());
            return ResponseEntity.ok(body);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "errors",
                result.problems().stream()
                        .map(p -> error(p.line(), p.column(), reason(p)))
                        .toList());
        body.put("moreErrors", result.moreProblems());
        if (result.conflict()) {
            body.put("message", reason(result.problems().get(0)));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        body.put("message", translate("memberImport.rejected", result.problemCount()));
        return ResponseEntity.unprocessableEntity().body(body);
    }

    private ResponseEntity<Map<String, Object>> tooLarge() {
        return tooLarge(i18n);
    }

    /** The documented 413 answer, also given by {@link UploadTooLargeAdvice}. */
    static ResponseEntity<Map<String, Object>> tooLarge(KioskI18nProvider i18n) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(Map.of(
                        "errors",
                        List.of(error(
                                0,
                                "",
                                i18n.getTranslation(
                                        "memberImport.problem.tooLarge",
                                        KioskI18nProvider.INDONESIAN,
                                        MemberImport.MAX_BYTES / (1024 * 1024))))));
    }

    private String reason(ImportProblem problem) {
        return translate(problem.reason(), problem.arguments().toArray());
    }

    private String translate(String key, Object... arguments) {
        return i18n.getTranslation(key, KioskI18nProvider.INDONESIAN, arguments);
    }

    private static Map<String, Object> error(int line, String column, String reason) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("line", line);
        error.put("column", column);
        error.put("reason", reason);
        return error;
    }
}
