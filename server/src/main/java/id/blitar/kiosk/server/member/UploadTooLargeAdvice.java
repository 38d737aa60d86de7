package id.blitar.kiosk.server.member;

import id.blitar.kiosk.base.ui.KioskI18nProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart upload over {@code spring.servlet.multipart}'s limits fails while the dispatcher parses it,
 * before any controller is chosen, so neither a controller's own {@code @ExceptionHandler} nor an advice
 * limited to controller types sees it. This advice answers such uploads to {@code /api/**} with the member
 * import's documented 413 JSON, ahead of Spring's problem details; elsewhere it hands the exception on, so
 * other paths keep Spring's default answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

    private final KioskI18nProvider i18n;

    UploadTooLargeAdvice(KioskI18nProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> uploadTooLarge(
            MaxUploadSizeExceededException exception, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw exception;
        }
        return MemberImportController.tooLarge(i18n);
    }

    /**
     * A multipart body that cannot be parsed (cut off, no closing boundary) is the client's fault: 400 with
     * the reason, not a 500 with a stack trace in the log.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> malformedUpload(MultipartException exception, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of(
                        "errors",
                        List.of(Map.of(
                                "line",
                                0,
                                "column",
                                "",
                                "reason",
                                i18n.getTranslation("api.error.malformedUpload", KioskI18nProvider.INDONESIAN)))));
    }
}
