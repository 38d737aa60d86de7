package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail texts: complete in every language, well-formed, and replaceable by the library without Java. */
class MailTextsTest {

    @TempDir
    Path data;

    private MailTexts texts() {
        return new MailTexts(
                new MailProperties("perpustakaan@example.org", data.resolve("outbox"), data.resolve("mail-texts")),
                new LibraryProperties("Perpustakaan Kota Blitar", null, null));
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTexts.class.getResourceAsStream("/mail/mail_" + language + ".properties")) {
            assertThat(in).as("mail_%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void shouldHaveEveryTextInEveryLanguage() throws IOException {
        Set<Object> indonesian = bundle("id").keySet();
        assertThat(indonesian).contains("answer.subject", "offer.body", "dataCode.subject", "signature");
        assertThat(bundle("en").keySet()).isEqualTo(indonesian);
        assertThat(bundle("jv").keySet()).isEqualTo(indonesian);
    }

    @Test
    void shouldUseTheSameValuesInEveryLanguageAndLeaveNoPlaceholder() throws IOException {
        Properties indonesian = bundle("id");
        for (String language : new String[] {"id", "en", "jv"}) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                MessageFormat pattern = new MessageFormat(texts.getProperty(key));
                int values = new MessageFormat(indonesian.getProperty(key)).getFormats().length;
                assertThat(pattern.getFormats().length)
                        .as("%s in %s takes as many values as in Indonesian", key, language)
                        .isEqualTo(values);
                Object[] samples =
                        IntStream.range(0, values).mapToObj(i -> "<" + i + ">").toArray();
                String written = pattern.format(samples);
                assertThat(written).as("%s in %s", key, language).doesNotContain("{", "}");
                IntStream.range(0, values)
                        .forEach(i ->
                                assertThat(written).as("%s uses {%s}", key, i).contains("<" + i + ">"));
            }
        }
    }

    @Test
    void shouldWriteTheMailInTheVisitorsLanguage() {
        MailTexts texts = texts();
        MailTexts.Mail english = texts.compose(
                "reminder",
                VisitorLanguage.ENGLISH,
                "Siti Nurhaliza",
                new Object[] {"Kelas Menulis Cerpen"},
                new Object[] {"Kelas Menulis Cerpen", "Saturday, 5 December 2026, 09.00", "Aula", "TK-7Q2M"});
        assertThat(english.subject()).isEqualTo("Reminder: Kelas Menulis Cerpen \u2014 Perpustakaan Kota Blitar");
        assertThat(english.body())
                .startsWith("Dear Siti Nurhaliza,\n\nSee you at Kelas Menulis Cerpen, Saturday, 5 December 2026")
                .contains("Can't come?")
                .endsWith("Kind regards,\nPerpustakaan Kota Blitar\n");

        MailTexts.Mail javanese =
                texts.compose("feedback", VisitorLanguage.JAVANESE, null, new Object[] {"Dongeng"}, new Object[] {
                    "Dongeng", "https://example.org/nilai-kegiatan/x"
                });
        assertThat(javanese.body()).startsWith("Dhumateng pengunjung Perpustakaan Kota Blitar ingkang kinurmatan,");

        MailTexts.Mail other =
                texts.compose("dataCode", Locale.FRENCH, null, new Object[] {"042917"}, new Object[] {"042917", "15"});
        assertThat(other.subject()).startsWith("Kode 042917, Data saya");
        assertThat(other.body()).contains("Ketik kode ini di kios: 042917", "berlaku 15 menit");
    }

    @Test
    void shouldTakeTheLibrarysOwnWordingKeyByKey() throws IOException {
        Path own = Files.createDirectories(data.resolve("mail-texts"));
        Files.writeString(
                own.resolve("mail_id.properties"),
                "reminder.subject=Jangan lupa besok: {0}\nsignature=Hormat kami,\\nPetugas {0}\n",
                StandardCharsets.UTF_8);

        MailTexts.Mail mail = texts().compose(
                        "reminder", VisitorLanguage.INDONESIAN, null, new Object[] {"Dongeng Anak"}, new Object[] {
                            "Dongeng Anak", "Sabtu, 5 Desember 2026, 09.00", "Ruang Anak", "TK-1"
                        });

        assertThat(mail.subject()).isEqualTo("Jangan lupa besok: Dongeng Anak \u2014 Perpustakaan Kota Blitar");
        assertThat(mail.body())
                .as("the texts the library did not change stay as built in")
                .contains("Kode tiket Anda: TK-1")
                .endsWith("Hormat kami,\nPetugas Perpustakaan Kota Blitar\n");
        assertThat(texts().compose("reminder", VisitorLanguage.ENGLISH, null, new Object[] {"X"}, new Object[] {
                            "X", "Y", "Z", "TK-1"
                        })
                        .subject())
                .as("another language's texts are untouched")
                .startsWith("Reminder: X");
    }
}
