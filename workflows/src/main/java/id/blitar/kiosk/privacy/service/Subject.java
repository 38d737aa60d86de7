package id.blitar.kiosk.privacy.service;

import id.blitar.kiosk.privacy.domain.SubjectKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The person a "Data saya" screen or a deletion request is about, as the kiosk identified them.
 *
 * @param kind a member (by card) or a workshop guest (by ticket)
 * @param ref the card number or the ticket code, normalised
 * @param memberId the member's id, or null for a guest
 * @param personKey the registrations' person key of a guest ({@code M:<id>} for a member)
 * @param email the member's or guest's e-mail address, or null
 */
public record Subject(SubjectKind kind, String ref, Long memberId, String personKey, String email) {

    /**
     * SHA-256 of the kind and the identifier: it recognises the subject's next scan without keeping the
     * card number or ticket code in the audit log. It is pseudonymous, not anonymous (a card number could be
     * found by trying them all), so it is kept only until the outcome is shown, 30 days at most.
     */
    public String hash() {
        return hash(kind, ref);
    }

    static String hash(SubjectKind kind, String ref) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest =
                    sha.digest((kind.name() + ':' + ref.toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
