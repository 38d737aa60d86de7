package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.question.domain.Faq;
import id.blitar.kiosk.question.domain.FaqRepository;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.QuestionRepository;
import id.blitar.kiosk.question.domain.Topic;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kiosks' FAQ ("Pertanyaan yang sering diajukan"): what visitors search on "Tanya pustakawan", and what
 * staff publish to it from recently answered questions (after editing out whatever identifies the visitor).
 *
 * <p>Lengths follow {@link InputCheck}: a question up to {@link InputCheck#MAX_QUESTION_LENGTH}, an answer up
 * to {@link InputCheck#MAX_ANSWER_LENGTH} characters. Bad input is refused with a {@link WorkResult.Rejected}
 * carrying a translation key; nothing is thrown.
 */
@Service
public class FaqCatalogue {

    /** How far back answered questions are offered for publishing. */
    static final int CANDIDATE_DAYS = 30;

    private final FaqRepository faqs;
    private final QuestionRepository questions;
    private final Clock clock;

    FaqCatalogue(FaqRepository faqs, QuestionRepository questions, Clock clock) {
        this.faqs = faqs;
        this.questions = questions;
        this.clock = clock;
    }

    /**
     * Published entries matching every word of the search in their question or answer (any order, any case),
     * newest first, optionally of one topic. A blank or null search matches every entry.
     */
    @Transactional(readOnly = true)
    public List<Faq> search(String search, Topic topic) {
        List<String> words = search == null
                ? List.of()
                : List.of(search.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream()
                        .filter(w -> !w.isBlank())
                        .toList();
        return faqs.findByWithdrawnFalseOrderByPublishedAtDesc().stream()
                .filter(f -> topic == null || f.getTopic() == topic)
                .filter(f -> {
                    String haystack = (f.getQuestion() + " " + f.getAnswer()).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(haystack::contains);
                })
                .toList();
    }

    /**
     * Questions answered in the last {@value #CANDIDATE_DAYS} days (library time), newest first, at most 50,
     * that are not yet in the FAQ: what staff may publish.
     */
    @Transactional(readOnly = true)
    public List<Question> recentlyAnswered() {
        LocalDateTime since = LocalDateTime.now(clock).minusDays(CANDIDATE_DAYS);
        return questions.findTop50ByAnsweredAtAfterAndAnswerIsNotNullOrderByAnsweredAtDesc(since).stream()
                .filter(q -> !faqs.existsBySourceQuestionIdAndWithdrawnFalse(q.getId()))
                .toList();
    }

    /**
     * Publishes a question and its answer to the kiosks (staff may have rephrased both for privacy).
     *
     * @param sourceQuestionId the answered question it came from, or null for an entry written from scratch
     * @return done, or rejected with the key of the first problem (no topic, an empty or too long text)
     */
    @Transactional
    public WorkResult publish(Topic topic, String question, String answer, Long sourceQuestionId, String user) {
        if (topic == null) {
            return new WorkResult.Rejected("error.question.topic");
        }
        Optional<String> problem = InputCheck.longTextProblem(question, InputCheck.MAX_QUESTION_LENGTH)
                .or(() -> InputCheck.longTextProblem(answer, InputCheck.MAX_ANSWER_LENGTH));
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        faqs.save(new Faq(topic, question.strip(), answer.strip(), sourceQuestionId, user, LocalDateTime.now(clock)));
        return WorkResult.done();
    }

    /** Takes an entry off the kiosks; it stays in the table, marked withdrawn. An unknown id changes nothing. */
    @Transactional
    public void withdraw(long faqId) {
        faqs.findById(faqId).ifPresent(Faq::withdraw);
    }
}
