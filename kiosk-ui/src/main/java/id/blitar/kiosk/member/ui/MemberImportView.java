package id.blitar.kiosk.member.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.UploadTexts;
import id.blitar.kiosk.member.domain.MemberImportLog;
import id.blitar.kiosk.member.service.ImportProblem;
import id.blitar.kiosk.member.service.ImportProgress;
import id.blitar.kiosk.member.service.MemberImport;
import id.blitar.kiosk.member.service.MemberImportResult;
import id.blitar.kiosk.member.service.MemberService;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Managers import the library's members from a SLiMS member export: how to export, an upload, a
 * progress bar while the import runs in the background (pushed), then the counts or the problems by
 * line (nothing stored). Shows how many members there are and the last import.
 */
@Route("manage/members")
@RolesAllowed("MANAGER")
public class MemberImportView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(MemberImportView.class);
    // A screen update per tenth of a second is smooth enough and keeps 50,000 rows from flooding push.
    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final MemberImport memberImport;
    private final String user;
    private final Span memberCount = new Span();
    private final Span lastImport = new Span();
    private final Upload upload;
    private final Button choose;
    private final Span status = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Div result = new Div();

    MemberImportView(MemberImport memberImport, MemberService members, AuthenticationContext authentication) {
        this.memberImport = memberImport;
        this.user = authentication.getPrincipalName().orElse("");
        setId("member-import");
        addClassNames("staff", "manage", "member-import");

        Anchor back = new Anchor("staff", getTranslation("memberImport.back"));
        memberCount.setId("member-count");
        memberCount.addClassName("manage-tile-value");
        lastImport.setId("last-import");
        lastImport.addClassName("member-import-last");
        Div summary = new Div(
                tile(memberCount, getTranslation("memberImport.count")),
                tile(lastImport, getTranslation("memberImport.last")));
        summary.addClassName("manage-summary");

        Div howTo = new Div(
                new H2(getTranslation("memberImport.howTo.title")),
                new Paragraph(getTranslation("memberImport.howTo.export")),
                new Paragraph(getTranslation("memberImport.howTo.columns")),
                new Paragraph(getTranslation("memberImport.howTo.more")),
                new Paragraph(getTranslation("memberImport.howTo.rules")));
        howTo.setId("member-import-how-to");
        howTo.addClassName("member-import-how-to");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> start(metadata.fileName(), bytes)));
        upload.setId("member-upload");
        UploadTexts.apply(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MemberImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", "text/csv", "text/plain", "text/tab-separated-values");
        choose = new Button(getTranslation("memberImport.upload"), VaadinIcon.UPLOAD.create());
        choose.setId("member-upload-button");
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(getTranslation("memberImport.drop")));
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            showMessage(
                    getTranslation("upload.error.fileIsTooBig").equals(e.getErrorMessage())
                                    || (e.getErrorMessage() != null
                                            && e.getErrorMessage().toLowerCase().contains("big"))
                            ? getTranslation("memberImport.tooBig")
                            : getTranslation("memberImport.wrongType"),
                    true);
        });

        status.setId("member-import-status");
        status.addClassName("member-import-status");
        progressBar.setId("member-import-progress");
        progressBar.setVisible(false);
        progressBar.getElement().setAttribute("aria-labelledby", "member-import-status");
        result.setId("member-import-result");
        result.getElement().setAttribute("aria-live", "polite");

        add(
                back,
                new H1(getTranslation("memberImport.title")),
                summary,
                howTo,
                upload,
                status,
                progressBar,
                result,
                new CallNameForm(members));
        refreshSummary();
    }

    /** Runs on the upload request: the import itself runs on its own thread so the screen keeps updating. */
    private void start(String fileName, byte[] content) {
        UI ui = getUI().orElseThrow();
        access(ui, () -> {
            upload.clearFileList();
            // One import at a time from this screen; imports from elsewhere wait for the database lock.
            choose.setEnabled(false);
            upload.setDropAllowed(false);
            result.removeAll();
            status.setText(getTranslation("memberImport.reading", fileName));
            status.removeClassName("member-import-error");
            progressBar.setIndeterminate(true);
            progressBar.setVisible(true);
        });
        Thread worker = new Thread(() -> run(ui, fileName, content), "member-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void run(UI ui, String fileName, byte[] content) {
        long[] lastUpdate = {0};
        ImportProgress progress = (stage, done, total) -> {
            long now = System.nanoTime();
            if (done < total && now - lastUpdate[0] < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            lastUpdate[0] = now;
            access(ui, () -> showProgress(stage, done, total));
        };
        try {
            MemberImportResult outcome = memberImport.importFile(fileName, content, user, progress);
            access(ui, () -> showResult(outcome));
        } catch (RuntimeException e) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Member import {} failed", id, e);
            access(ui, () -> {
                progressBar.setVisible(false);
                enableUpload();
                showMessage(getTranslation("memberImport.failed", id), true);
            });
        }
    }

    /** Updates the screen if it is still open: the import goes on when the manager leaves the page. */
    private static void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("Member import screen closed; the import continues");
        }
    }

    private void enableUpload() {
        choose.setEnabled(true);
        upload.setDropAllowed(true);
    }

    private void showProgress(ImportProgress.Stage stage, int done, int total) {
        String key = stage == ImportProgress.Stage.CHECKING ? "memberImport.checking" : "memberImport.writing";
        status.setText(getTranslation(key, done, total));
        progressBar.setIndeterminate(false);
        progressBar.setValue(total == 0 ? 1 : (double) done / total);
    }

    private void showResult(MemberImportResult outcome) {
        progressBar.setVisible(false);
        enableUpload();
        result.removeAll();
        if (outcome.accepted()) {
            showMessage(
                    getTranslation(
                            "memberImport.done",
                            outcome.rows(),
                            outcome.inserted(),
                            outcome.updated(),
                            outcome.unchanged()),
                    false);
        } else if (outcome.conflict()) {
            // The file was fine: someone changed the same members meanwhile; nothing stored, try again.
            showMessage(getTranslation(MemberImport.CONFLICT), true);
        } else {
            showMessage(getTranslation("memberImport.rejected", outcome.problemCount()), true);
            // A plain table: at most a hundred rows, readable by screen readers and easy to copy into a note.
            NativeTable problems = new NativeTable();
            problems.setId("member-import-problems");
            problems.addClassName("member-import-problems");
            problems.setCaptionText(getTranslation("memberImport.problems"));
            NativeTableRow head = problems.getHead().addRow();
            head.addHeaderCell().setText(getTranslation("memberImport.line"));
            head.addHeaderCell().setText(getTranslation("memberImport.column"));
            head.addHeaderCell().setText(getTranslation("memberImport.reason"));
            for (ImportProblem p : outcome.problems()) {
                NativeTableRow row = problems.getBody().addRow();
                row.addDataCell().setText(p.line() == 0 ? "\u2013" : String.valueOf(p.line()));
                row.addDataCell()
                        .setText(
                                !p.column().isEmpty()
                                        ? p.column()
                                        : getTranslation(
                                                p.line() > 0 ? "memberImport.wholeLine" : "memberImport.wholeFile"));
                row.addDataCell()
                        .setText(getTranslation(p.reason(), p.arguments().toArray()));
            }
            result.add(problems);
            if (outcome.moreProblems() > 0) {
                Paragraph more = new Paragraph(getTranslation("memberImport.more", outcome.moreProblems()));
                more.setId("member-import-more");
                result.add(more);
            }
        }
        refreshSummary();
    }

    private void showMessage(String text, boolean error) {
        status.setText(text);
        if (error) {
            status.addClassName("member-import-error");
        } else {
            status.removeClassName("member-import-error");
        }
    }

    private void refreshSummary() {
        memberCount.setText(
                java.text.NumberFormat.getIntegerInstance(getLocale()).format(memberImport.memberCount()));
        lastImport.setText(
                memberImport.lastImport().map(this::describe).orElse(getTranslation("memberImport.last.none")));
    }

    private String describe(MemberImportLog last) {
        String when = DateTexts.dateTime(last.getFinishedAt());
        String who = last.getImportedBy() + (last.getFileName() == null ? "" : " \u00b7 " + last.getFileName());
        return last.getOutcome() == MemberImportLog.Outcome.IMPORTED
                ? getTranslation(
                        "memberImport.last.imported",
                        when,
                        who,
                        last.getInsertedCount(),
                        last.getUpdatedCount(),
                        last.getUnchangedCount(),
                        last.getRowCount())
                : getTranslation("memberImport.last.rejected", when, who, last.getProblemCount());
    }

    private static Div tile(Span value, String label) {
        Span l = new Span(label);
        l.addClassName("manage-tile-label");
        Div tile = new Div(value, l);
        tile.addClassName("manage-tile");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memberImport.title");
    }
}
