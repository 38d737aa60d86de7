package id.blitar.kiosk.device.service;

import id.blitar.kiosk.base.AttemptLimiter;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.device.domain.DeviceMode;
import id.blitar.kiosk.device.domain.KioskDevice;
import id.blitar.kiosk.device.domain.KioskDeviceRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosk devices: a manager registers a kiosk and gets a one-time pairing code; the browser that
 * offers the code becomes that kiosk and receives a signed token for a long-lived cookie; every later
 * request shows the token, which is good until the device is revoked or paired again. Codes are
 * stored as keyed hashes, and only the hash of each pairing's secret is kept.
 */
@Service
@EnableConfigurationProperties(DeviceProperties.class)
public class DeviceService {

    /** The longest device name: it is what visit, question and poll rows record (VARCHAR(60)). */
    public static final int MAX_NAME_LENGTH = 60;

    /** Pairing codes are this long. */
    public static final int CODE_LENGTH = 8;

    // No I, L, O, 0 or 1: a code read off a screen and typed on a kiosk must not be misread.
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Duration SEEN_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KioskDeviceRepository devices;
    private final DeviceSecretStore secrets;
    private final DeviceProperties properties;
    private final Clock clock;
    private final AttemptLimiter pairingAttempts;
    private final ApplicationEventPublisher events;

    DeviceService(
            KioskDeviceRepository devices,
            DeviceSecretStore secrets,
            DeviceProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.devices = devices;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.pairingAttempts =
                new AttemptLimiter(properties.pairingAttempts(), properties.pairingAttemptsPeriod(), 10_000);
    }

    /** Whether a browser on the server itself may use kiosk screens without being paired. */
    public boolean allowsLocalhost() {
        return properties.allowLocalhost();
    }

    /**
     * Registers a kiosk and issues its first pairing code. Nothing is stored when a rule is broken.
     *
     * @param createdBy the manager's user name
     */
    @Transactional
    public Registration register(String name, String location, DeviceMode mode, String createdBy) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("error.device.nameEmpty");
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problems.add("error.device.nameTooLong");
        } else {
            InputCheck.freeTextProblem(name).ifPresent(problems::add);
        }
        if (location == null || location.isBlank()) {
            problems.add("error.device.locationEmpty");
        } else {
            InputCheck.freeTextProblem(location).ifPresent(problems::add);
        }
        if (mode == null) {
            problems.add("error.device.modeEmpty");
        }
        String cleanName = InputCheck.normaliseFreeText(name);
        // The unique constraint guards a race of two managers; this check gives the usual case a message.
        if (problems.isEmpty() && devices.existsByNameIgnoreCase(cleanName)) {
            problems.add("error.device.nameTaken");
        }
        if (!problems.isEmpty()) {
            return new Registration.Rejected(List.copyOf(problems));
        }
        KioskDevice device = new KioskDevice(
                cleanName, InputCheck.normaliseFreeText(location), mode, now(), createdBy == null ? "" : createdBy);
        PairingCode code = issueCode(device);
        devices.save(device);
        return new Registration.Registered(device, code);
    }

    /**
     * Issues a new one-time code for a device, replacing any earlier code. The device's current
     * pairing keeps working until the new code is used.
     *
     * @return empty for an unknown or revoked device
     */
    @Transactional
    public Optional<PairingCode> newPairingCode(long deviceId) {
        return devices.lockById(deviceId).filter(d -> !d.isRevoked()).map(this::issueCode);
    }

    /**
     * Pairs the browser that offers {@code code} with the code's device. A code pairs once: the
     * second browser is refused, and the first browser's earlier pairing (if any) ends. A client address
     * that offered {@link DeviceProperties#pairingAttempts()} wrong codes is refused
     * ({@code error.device.tooManyAttempts}) until its allowance refills, so codes cannot be guessed.
     *
     * @param clientAddress the browser's address, the key of the attempt limit
     */
    @Transactional
    public PairingResult pair(String code, String clientAddress) {
        String key = clientAddress == null ? "unknown" : clientAddress;
        if (!pairingAttempts.tryAttempt(key).allowed()) {
            return new PairingResult.Refused("error.device.tooManyAttempts");
        }
        PairingResult result = pair(code);
        if (result instanceof PairingResult.Paired) {
            pairingAttempts.refund(key);
        }
        return result;
    }

    /** Pairing without the attempt limit (tests of the rules themselves). */
    @Transactional
    PairingResult pair(String code) {
        Optional<String> normalised = normaliseCode(code);
        if (normalised.isEmpty()) {
            return new PairingResult.Refused("error.device.codeUnknown");
        }
        Optional<KioskDevice> found = devices.lockByPairingCodeHash(tokens().codeHash(normalised.get()));
        if (found.isEmpty()) {
            return new PairingResult.Refused("error.device.codeUnknown");
        }
        KioskDevice device = found.get();
        LocalDateTime now = now();
        if (device.isRevoked()) {
            return new PairingResult.Refused("error.device.revoked");
        }
        if (device.getPairingCodeUsedAt() != null) {
            return new PairingResult.Refused("error.device.codeUsed");
        }
        if (!device.getPairingCodeExpiresAt().isAfter(now)) {
            return new PairingResult.Refused("error.device.codeExpired");
        }
        String secret = DeviceTokens.newSecret();
        device.pair(DeviceTokens.sha256(secret), now);
        return new PairingResult.Paired(device, tokens().sign(device.getId(), secret));
    }

    /**
     * The device a cookie's token stands for: only when the signature is right, the device is not
     * revoked and the token belongs to the device's current pairing.
     */
    @Transactional(readOnly = true)
    public Optional<KioskDevice> deviceForToken(String token) {
        return tokens().verify(token)
                .flatMap(parsed -> devices.findById(parsed.deviceId())
                        .filter(d -> !d.isRevoked())
                        .filter(d ->
                                DeviceTokens.sameHash(DeviceTokens.sha256(parsed.secret()), d.getTokenSecretHash())));
    }

    /**
     * Whether a token that {@link #deviceForToken} refuses is a device's genuine token that was withdrawn: its
     * signature is right and its device exists, but the device was revoked or paired again since. Such a
     * caller is known and refused; any other token is no credential at all.
     */
    @Transactional(readOnly = true)
    public boolean isWithdrawnToken(String token) {
        return tokens().verify(token)
                        .flatMap(parsed -> devices.findById(parsed.deviceId()))
                        .isPresent()
                && deviceForToken(token).isEmpty();
    }

    /** Revokes a device: its cookie stops working at once, and any open pairing code with it. */
    @Transactional
    public void revoke(long deviceId) {
        devices.lockById(deviceId).filter(d -> !d.isRevoked()).ifPresent(d -> {
            d.revoke(now());
            events.publishEvent(new KioskDeviceRevoked(deviceId));
        });
    }

    /** Every registered device, revoked ones included (their names stay in the records), by name. */
    @Transactional(readOnly = true)
    public List<KioskDevice> list() {
        return devices.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<KioskDevice> find(long deviceId) {
        return devices.findById(deviceId);
    }

    /** Records that the device is in use; written at most once a minute per device. */
    @Transactional
    public void touch(long deviceId) {
        LocalDateTime now = now();
        devices.touch(deviceId, now, now.minus(SEEN_INTERVAL));
    }

    /** The code as stored and looked up: upper case, without the spaces and hyphens people type. */
    static Optional<String> normaliseCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (c.length() != CODE_LENGTH || !c.chars().allMatch(ch -> CODE_ALPHABET.indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    private PairingCode issueCode(KioskDevice device) {
        String code;
        String hash;
        do {
            code = randomCode();
            hash = tokens().codeHash(code);
        } while (devices.existsByPairingCodeHash(hash));
        LocalDateTime expiresAt = now().plus(properties.pairingCodeValidity());
        device.issuePairingCode(hash, expiresAt);
        return new PairingCode(code, expiresAt);
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private DeviceTokens tokens() {
        return new DeviceTokens(secrets.key());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
