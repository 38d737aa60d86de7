package id.blitar.kiosk.member.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.CallName;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.domain.MemberRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the library: lookup by card and registration. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final Clock clock;

    MemberService(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /**
     * Finds a member by a card number as scanned or typed: cleaned by {@link ScannedCode} (scanner
     * prefixes, framing, control characters), case and surrounding spaces ignored, and a correct Code
     * 39 check character accepted when the number without it is a card.
     */
    @Transactional(readOnly = true)
    public Optional<Member> findByCard(String cardNumber) {
        return lookUp(cardNumber, members::findByCardNumber);
    }

    /**
     * As {@link #findByCard(String)}, and locks the member's row for the rest of the caller's
     * transaction.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<Member> lockByCard(String cardNumber) {
        return lookUp(cardNumber, members::lockByCardNumber);
    }

    /**
     * Locks the member's row for the rest of the caller's transaction, as {@link #lockByCard(String)} does: what
     * changes a member's visit while a scan of their card may run takes this lock first.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lock(long memberId) {
        members.lockById(memberId);
    }

    private static Optional<Member> lookUp(String scanned, Function<String, Optional<Member>> byNumber) {
        for (String candidate : ScannedCode.of(scanned).cardCandidates()) {
            if (InputCheck.cardNumberProblem(candidate).isEmpty()) {
                Optional<Member> found = byNumber.apply(InputCheck.normaliseCardNumber(candidate));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Member> findById(long id) {
        return members.findById(id);
    }

    @Transactional(readOnly = true)
    public long count() {
        return members.count();
    }

    /**
     * Stores the name a member is called by on public screens (nama panggilan), or, when blank, goes back to the
     * one {@link id.blitar.kiosk.base.CallName} finds in the full name.
     *
     * @return empty when stored, else the translation key of what is wrong ({@code error.card.unknown} for an
     *     unknown card, {@code error.callName.*} or {@code error.input.*} for the name); nothing is stored then
     */
    @Transactional
    public Optional<String> changeCallName(String cardNumber, String callName) {
        Optional<String> problem = callNameProblem(callName);
        if (problem.isPresent()) {
            return problem;
        }
        Optional<Member> member = findByCard(cardNumber).flatMap(m -> members.findById(m.getId()));
        if (member.isEmpty()) {
            return Optional.of("error.card.unknown");
        }
        member.get().setStoredCallName(InputCheck.normaliseFreeText(callName));
        return Optional.empty();
    }

    private static Optional<String> callNameProblem(String callName) {
        if (callName == null || callName.isBlank()) {
            return Optional.empty();
        }
        if (callName.strip().length() > Member.MAX_CALL_NAME) {
            return Optional.of("error.callName.tooLong");
        }
        Optional<String> text = InputCheck.freeTextProblem(callName);
        if (text.isPresent()) {
            return text;
        }
        if (callName.chars().noneMatch(Character::isLetter)) {
            return Optional.of("error.callName.noLetters");
        }
        // Staff choose the name, but a title or prefix alone ("Hj.", "I") is never a greeting.
        return CallName.of(callName).isEmpty() ? Optional.of("error.callName.titleOnly") : Optional.empty();
    }

    /** Extends a card by one year from today or from its expiry, whichever is later. */
    @Transactional
    public Member renewForOneYear(long memberId) {
        Member member =
                members.findById(memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
        LocalDate today = LocalDate.now(clock);
        LocalDate from = member.getExpiresOn().isAfter(today) ? member.getExpiresOn() : today;
        member.extendUntil(from.plusYears(1));
        return member;
    }

    /** Registers a member; the card number must not be taken yet. */
    @Transactional
    public Member register(
            String cardNumber,
            String fullName,
            String memberType,
            AgeGroup ageGroup,
            String email,
            String institution,
            LocalDate expiresOn) {
        InputCheck.cardNumberProblem(cardNumber).ifPresent(problem -> {
            throw new IllegalArgumentException(problem + ": " + cardNumber);
        });
        return members.save(new Member(
                InputCheck.normaliseCardNumber(cardNumber),
                fullName,
                memberType,
                ageGroup,
                email,
                institution,
                expiresOn,
                LocalDateTime.now(clock)));
    }
}
