package id.blitar.kiosk.privacy.process;

import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.domain.DataRequestStatus;
import id.blitar.kiosk.privacy.process.DataRequestProcess.Var;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_NotifyErased} and {@code Task_NotifyRefused}: the outcome goes to the subject's e-mail
 * address, if they have one, which is then forgotten. Everyone also sees it at a kiosk on their next scan.
 * A mail server that refuses makes the job fail and the engine retry it.
 */
@Component("notifyDataRequestOutcomeDelegate")
class NotifyDataRequestOutcomeDelegate implements JavaDelegate {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));

    private final DataRequestRepository requests;
    private final Mailer mailer;
    private final Clock clock;

    NotifyDataRequestOutcomeDelegate(DataRequestRepository requests, Mailer mailer, Clock clock) {
        this.requests = requests;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequest request = requests.findById(Var.dataRequestId(execution)).orElseThrow();
        String to = request.getContactEmail();
        if (to != null) {
            String library = mailer.library().name();
            boolean erased = request.getStatus() == DataRequestStatus.ERASED;
            mailer.send(
                    to,
                    (erased ? "Data pribadi Anda telah dihapus" : "Permintaan hapus data Anda ditolak") + " \u2014 "
                            + library,
                    erased ? erasedBody(request, library) : refusedBody(request, library),
                    "data-" + request.getId());
        }
        request.outcomeSent(LocalDateTime.now(clock));
    }

    private static String erasedBody(DataRequest request, String library) {
        return "Yth. pengunjung " + library + ",\n\n"
                + "Permintaan Anda pada " + WHEN.format(request.getRequestedAt()) + " untuk menghapus data pribadi"
                + " sudah kami laksanakan pada " + WHEN.format(request.getErasedAt()) + ".\n\n"
                + "Yang dihapus: data keanggotaan di kios, tautan kunjungan, pertanyaan, pendaftaran kegiatan dan"
                + " jawaban survei kepada Anda, serta riwayat prosesnya. Yang tetap ada hanya angka statistik tanpa"
                + " nama (jumlah kunjungan dan nilai survei), sesuai kewajiban pelaporan perpustakaan.\n"
                + "Keanggotaan Anda di sistem perpustakaan (SLiMS) tidak diakhiri oleh kios; bila Anda ingin"
                + " berhenti menjadi anggota, sampaikan di meja keanggotaan.\n\n"
                + "Alamat e-mail ini juga kami hapus setelah pesan ini terkirim.\n\n"
                + "Salam,\n" + library + "\n\n"
                + "(English: your request to delete your personal data has been carried out. Only anonymous"
                + " counts remain.)\n";
    }

    private static String refusedBody(DataRequest request, String library) {
        return "Yth. pengunjung " + library + ",\n\n"
                + "Permintaan Anda pada " + WHEN.format(request.getRequestedAt()) + " untuk menghapus data pribadi"
                + " belum dapat kami laksanakan.\n\n"
                + "Alasannya: " + request.getReason() + "\n\n"
                + "Silakan hubungi petugas kami di meja layanan bila ada pertanyaan; Anda dapat mengajukan lagi"
                + " setelah hal di atas selesai.\n\n"
                + "Salam,\n" + library + "\n\n"
                + "(English: your request to delete your personal data was refused for the reason above.)\n";
    }
}
