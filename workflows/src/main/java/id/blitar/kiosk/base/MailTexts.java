package id.blitar.kiosk.base;

import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of the library's e-mails to visitors, in the language the visitor chose at the kiosk
 * (Bahasa Indonesia, English, Basa Jawa). The texts live in {@code mail/mail_<lang>.properties}, not in
 * Java; a library changes them without a new release by putting a file of the same name in {@link
 * MailProperties#textsDir()}: every key found there replaces the built-in text, the others stay, and a changed
 * file is read again within a minute ({@link ReloadableResourceBundleMessageSource}, Spring's well-kept
 * reloading message source, rather than our own).
 *
 * <p>The texts are {@link java.text.MessageFormat} patterns: {@code {0}}, {@code {1}}… stand for the values
 * each file's comments list, and a single quote is written twice ({@code ''}).
 */
@Component
public class MailTexts {

    /** How long a changed override file may go unnoticed, in seconds. */
    static final int RELOAD_SECONDS = 60;

    private final ReloadableResourceBundleMessageSource texts = new ReloadableResourceBundleMessageSource();
    private final LibraryProperties library;

    MailTexts(MailProperties properties, LibraryProperties library) {
        this.library = library;
        Path overrides = properties.textsDir().toAbsolutePath().normalize();
        texts.setBasenames("file:" + overrides + "/mail", "classpath:mail/mail");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        texts.setAlwaysUseMessageFormat(true);
        texts.setCacheSeconds(RELOAD_SECONDS);
    }

    /** An e-mail ready to send: its subject (ending in the library's name) and plain-text body. */
    public record Mail(String subject, String body) {}

    /**
     * The e-mail {@code name} ({@code <name>.subject} and {@code <name>.body} in the bundle), greeting the
     * reader by name when there is one, and signed with the library's name.
     *
     * @param language the visitor's language; anything but the three offered gives Indonesian
     * @param readerName the name to greet, or {@code null} for "Dear visitor of …"
     * @param subjectArgs the values of the subject's pattern
     * @param bodyArgs the values of the body's pattern
     * @throws org.springframework.context.NoSuchMessageException when a text is missing in every file
     */
    public Mail compose(String name, Locale language, String readerName, Object[] subjectArgs, Object[] bodyArgs) {
        Locale locale = VisitorLanguage.supported(language);
        String greeting = readerName == null || readerName.isBlank()
                ? text("greeting.visitor", locale, library.name())
                : text("greeting.named", locale, readerName.strip());
        String subject = text(name + ".subject", locale, subjectArgs) + " \u2014 " + library.name();
        String body = greeting + "\n\n" + text(name + ".body", locale, bodyArgs) + "\n\n"
                + text("signature", locale, library.name()) + "\n";
        return new Mail(subject, body);
    }

    /** One text of the bundle, for a piece a mail includes only sometimes (a referral, a note). */
    public String text(String key, Locale language, Object... args) {
        return texts.getMessage(key, args, VisitorLanguage.supported(language));
    }
}
