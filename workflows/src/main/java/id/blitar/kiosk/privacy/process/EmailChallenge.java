package id.blitar.kiosk.privacy.process;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;

/**
 * A code sent to an e-mail address to prove that whoever typed it at the kiosk reads that mailbox. Held by the
 * kiosk screen on the server (never sent to the browser): the code itself is kept only as a hash, expires after
 * {@link #VALID_FOR}, and allows {@link #MAX_TRIES} wrong tries.
 */
public final class EmailChallenge {

    /** How long a code can be used: long enough to open the mail on a phone at the kiosk. */
    public static final Duration VALID_FOR = Duration.ofMinutes(15);

    /** Wrong codes allowed before a new code is needed (one in 200,000 to guess a 6-digit code). */
    public static final int MAX_TRIES = 5;

    private final String email;
    private final byte[] codeHash;
    private final Instant expiresAt;
    private int tries;

    EmailChallenge(String email, String code, Instant now) {
        this.email = email;
        this.codeHash = hash(code);
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** The address the code went to (as typed, normalised), for the screen to show. */
    public String email() {
        return email;
    }

    /** What a typed code amounts to. */
    public enum Outcome {
        MATCHED,
        WRONG,
        EXPIRED,
        TOO_MANY_TRIES
    }

    synchronized Outcome check(String typed, Instant now) {
        if (tries >= MAX_TRIES) {
            return Outcome.TOO_MANY_TRIES;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (MessageDigest.isEqual(codeHash, hash(digits))) {
            tries = MAX_TRIES; // Used: a code opens the data once.
            return Outcome.MATCHED;
        }
        tries++;
        return tries >= MAX_TRIES ? Outcome.TOO_MANY_TRIES : Outcome.WRONG;
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
