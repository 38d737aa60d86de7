package id.blitar.kiosk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a screen asks for exists in Bahasa Indonesia, English and Basa Jawa. */
class TranslationBundlesTest {

    /** Keys built from a prefix and a value ("ageGroup." + group): the values each prefix is completed with. */
    private static final java.util.Map<String, java.util.List<String>> PREFIXED_KEYS = java.util.Map.ofEntries(
            java.util.Map.entry("ageGroup.", names(id.blitar.kiosk.base.AgeGroup.class)),
            java.util.Map.entry("purpose.", names(id.blitar.kiosk.visit.domain.VisitPurpose.class)),
            java.util.Map.entry("origin.", names(id.blitar.kiosk.visit.domain.Origin.class)),
            java.util.Map.entry("attract.hours.", names(id.blitar.kiosk.hours.service.OpeningHoursService.State.class)),
            java.util.Map.entry("ask.topic.", names(id.blitar.kiosk.question.domain.Topic.class)),
            java.util.Map.entry("mood.", names(id.blitar.kiosk.poll.domain.Mood.class)),
            java.util.Map.entry("improvement.", names(id.blitar.kiosk.poll.domain.Improvement.class)),
            java.util.Map.entry("poll.service.", java.util.List.of("ASK_LIBRARIAN", "WORKSHOP", "1", "2", "3", "4")),
            java.util.Map.entry(
                    "skm.",
                    java.util.Arrays.stream(id.blitar.kiosk.poll.domain.SkmElement.values())
                            .flatMap(e -> Stream.of(".question", ".1", ".2", ".3", ".4")
                                    .map(x -> e.name() + x))
                            .toList()),
            java.util.Map.entry("satisfaction.element.", names(id.blitar.kiosk.poll.domain.SkmElement.class)),
            java.util.Map.entry("registration.", names(id.blitar.kiosk.workshop.domain.RegistrationStatus.class)),
            java.util.Map.entry("error.offer.", names(id.blitar.kiosk.workshop.domain.RegistrationStatus.class)),
            java.util.Map.entry("error.ticket.", names(id.blitar.kiosk.workshop.domain.RegistrationStatus.class)),
            java.util.Map.entry(
                    "satisfaction.category.", names(id.blitar.kiosk.poll.service.SatisfactionIndex.Category.class)),
            java.util.Map.entry("models.kind.", names(id.blitar.kiosk.modeling.service.ModelKind.class)),
            java.util.Map.entry("models.problem.", names(id.blitar.kiosk.modeling.service.ModelProblem.Code.class)),
            java.util.Map.entry("models.xml.", names(id.blitar.kiosk.modeling.service.ModelProblem.XmlFault.class)),
            java.util.Map.entry("models.action.", names(id.blitar.kiosk.modeling.domain.ModelChange.Action.class)),
            java.util.Map.entry("models.properties.timer.", java.util.List.of("timeDuration", "timeDate", "timeCycle")),
            java.util.Map.entry(
                    "satisfaction.service.", java.util.List.of("ASK_LIBRARIAN", "WORKSHOP", "NONE", "ANONYMOUS")),
            java.util.Map.entry("workshopType.", names(id.blitar.kiosk.workshop.domain.WorkshopType.class)),
            java.util.Map.entry(
                    "programme.registration.", names(id.blitar.kiosk.workshop.domain.RegistrationStatus.class)),
            java.util.Map.entry("device.mode.", names(id.blitar.kiosk.device.domain.DeviceMode.class)),
            java.util.Map.entry("camera.advice.", names(id.blitar.kiosk.codes.FrameReading.Advice.class)),
            java.util.Map.entry(
                    "dataRequests.count.",
                    java.util.List.copyOf(new id.blitar.kiosk.privacy.service.ErasureSummary(0, 0, 0, 0, 0, 0, 0, 0)
                            .asMap()
                            .keySet())),
            java.util.Map.entry("dataRequests.subject.", names(id.blitar.kiosk.privacy.domain.SubjectKind.class)),
            java.util.Map.entry("dataRequests.log.kind.", names(id.blitar.kiosk.privacy.domain.SubjectKind.class)),
            java.util.Map.entry(
                    "dataRequests.log.status.", names(id.blitar.kiosk.privacy.domain.DataRequestStatus.class)),
            java.util.Map.entry("myData.questionStatus.", names(id.blitar.kiosk.question.domain.QuestionStatus.class)),
            java.util.Map.entry(
                    "myData.registrationStatus.", names(id.blitar.kiosk.workshop.domain.RegistrationStatus.class)),
            java.util.Map.entry(
                    "error.dataRequest.code.",
                    names(id.blitar.kiosk.privacy.process.EmailChallenge.Outcome.class).stream()
                            .filter(o -> !o.equals("MATCHED"))
                            .toList()));

    private static java.util.List<String> names(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9.]+)\"");

    @Test
    void shouldHaveTheSameKeysInEveryLanguage() throws IOException {
        Properties indonesian = bundle("id");
        Properties english = bundle("en");

        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(indonesian.stringPropertyNames()));
        assertThat(indonesian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void shouldTranslateEveryKeyTheViewsAskFor() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        // Problems found by the domain (InputCheck, VisitService) arrive as keys and are shown by the views.
        Pattern problemKey = Pattern.compile("\"(error\\.[a-zA-Z.]+)\"");
        try (Stream<Path> sources = Stream.concat(
                Files.walk(Path.of("../workflows/src/main/java")), Files.walk(Path.of("src/main/java")))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = problemKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).contains("error.consent.required", "error.card.format", "error.card.unknownAtExit");
        assertThat(keys).hasSizeGreaterThan(50);
        // Keys built from a prefix and an enum name ("ageGroup." + group) are checked per enum constant.
        for (String prefix : keys.stream().filter(k -> k.endsWith(".")).toList()) {
            keys.remove(prefix);
            java.util.List<String> values = PREFIXED_KEYS.get(prefix);
            assertThat(values).as("values behind the key prefix %s", prefix).isNotNull();
            for (String value : values) {
                keys.add(prefix + value);
            }
        }
        KioskI18nProvider provider = new KioskI18nProvider();
        for (Locale locale : provider.getProvidedLocales()) {
            assertThat(keys)
                    .allSatisfy(key -> assertThat(provider.getTranslation(key, locale))
                            .as("%s in %s", key, locale)
                            .doesNotStartWith("!"));
        }
    }

    @Test
    void shouldFallBackToIndonesianForAnyOtherBrowserLanguage() {
        KioskI18nProvider provider = new KioskI18nProvider();
        assertThat(provider.getTranslation("common.back", Locale.GERMAN)).isEqualTo("Kembali");
        assertThat(provider.getTranslation("common.back", Locale.US)).isEqualTo("Back");
        assertThat(provider.getTranslation("welcome.title", KioskI18nProvider.INDONESIAN, "Siti"))
                .isEqualTo("Selamat datang, Siti!");
        assertThat(provider.getTranslation("no.such.key", KioskI18nProvider.ENGLISH))
                .isEqualTo("!no.such.key");
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TranslationBundlesTest.class.getResourceAsStream("/i18n/kiosk_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
