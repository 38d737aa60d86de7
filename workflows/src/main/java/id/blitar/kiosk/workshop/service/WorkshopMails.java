package id.blitar.kiosk.workshop.service;

import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.Workshop;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The e-mails of workshop registration, in Bahasa Indonesia with a line of English. */
@Component
public class WorkshopMails {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", Locale.forLanguageTag("id"));

    private final Mailer mailer;
    private final WorkshopProperties properties;

    WorkshopMails(Mailer mailer, WorkshopProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    public void offer(Registration registration, Workshop workshop) {
        send(
                registration,
                "Kursi untuk Anda: " + workshop.getTitle(),
                "Ada kursi kosong untuk " + workshop.getTitle() + " (" + WHEN.format(workshop.getStartsAt()) + ", "
                        + workshop.getRoom() + ").\n\nKursi ini kami simpan untuk Anda sampai "
                        + WHEN.format(registration.getOfferExpiresAt()) + ". Ambil lewat tautan ini:\n\n"
                        + properties.publicUrl() + "/tawaran/" + registration.getOfferToken()
                        + "\n\natau di kios perpustakaan dengan kartu anggota Anda. Setelah itu kursi ditawarkan ke"
                        + " antrean berikutnya.\n\n(English: a seat is free for you until the time above; take it"
                        + " with the link or at a library kiosk.)",
                "tawaran-" + registration.getId());
    }

    public void reminder(Registration registration, Workshop workshop) {
        send(
                registration,
                "Pengingat: " + workshop.getTitle(),
                "Sampai jumpa di " + workshop.getTitle() + ", " + WHEN.format(workshop.getStartsAt()) + ", "
                        + workshop.getRoom() + ".\n\nKode tiket Anda: " + registration.getTicketCode()
                        + "\nTunjukkan tiket atau sebutkan kodenya di pintu. Tidak bisa datang? Batalkan di kios"
                        + " dengan kode ini agar kursinya bisa dipakai orang lain.\n\n(English: reminder; your"
                        + " ticket code is above.)",
                "pengingat-" + registration.getId());
    }

    public void workshopCancelled(Registration registration, Workshop workshop) {
        send(
                registration,
                "Dibatalkan: " + workshop.getTitle(),
                "Mohon maaf, " + workshop.getTitle() + " (" + WHEN.format(workshop.getStartsAt())
                        + ") dibatalkan oleh perpustakaan. Pendaftaran Anda otomatis berakhir.\n\n(English: the"
                        + " library cancelled this event; your registration has ended.)",
                "batal-" + registration.getId());
    }

    public void feedbackInvitation(Registration registration, Workshop workshop, String token) {
        send(
                registration,
                "Bagaimana " + workshop.getTitle() + "?",
                "Terima kasih sudah hadir di " + workshop.getTitle() + ". Satu sentuhan cukup untuk menilai"
                        + " kegiatan ini:\n\n" + properties.publicUrl() + "/nilai-kegiatan/" + token
                        + "\n\n(English: thank you for coming; one tap rates the event.)",
                "nilai-" + registration.getId());
    }

    private void send(Registration registration, String subject, String text, String fileStem) {
        String library = mailer.library().name();
        String greeting =
                registration.getGuestName() == null ? "Yth. pengunjung," : "Yth. " + registration.getGuestName() + ",";
        mailer.send(
                registration.getEmail(),
                subject + " \u2014 " + library,
                greeting + "\n\n" + text + "\n\nSalam,\n" + library + "\n",
                fileStem);
    }
}
