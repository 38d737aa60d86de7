package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.NoteKind;
import id.blitar.kiosk.question.domain.Outcome;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.QuestionNote;
import id.blitar.kiosk.question.domain.QuestionNoteRepository;
import id.blitar.kiosk.question.domain.QuestionRepository;
import id.blitar.kiosk.question.domain.QuestionStatus;
import id.blitar.kiosk.question.domain.QueueCounterRepository;
import id.blitar.kiosk.question.service.QuestionEvent.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions to librarians: their rows, queue numbers and notes, and the public board. The
 * {@code ask-librarian} process calls it through its delegates and facades; every change publishes a
 * {@link QuestionEvent} so staff screens and the board can update. The FAQ is {@link FaqCatalogue}'s.
 */
@Service
@EnableConfigurationProperties(QuestionProperties.class)
public class QuestionService {

    static final String QUEUE = "A";

    private final QuestionRepository questions;
    private final QuestionNoteRepository notes;
    private final QueueCounterRepository counters;
    private final ApplicationEventPublisher events;
    private final QuestionProperties properties;
    private final Clock clock;

    QuestionService(
            QuestionRepository questions,
            QuestionNoteRepository notes,
            QueueCounterRepository counters,
            ApplicationEventPublisher events,
            QuestionProperties properties,
            Clock clock) {
        this.questions = questions;
        this.notes = notes;
        this.counters = counters;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What is wrong with a question from the kiosk, as translation keys; empty when it may be stored. */
    public List<String> problemsOf(NewQuestion question) {
        List<String> problems = new ArrayList<>();
        if (question.topic() == null) {
            problems.add("error.question.topic");
        }
        if (question.channel() == null) {
            problems.add("error.question.channel");
        }
        InputCheck.longTextProblem(question.text(), InputCheck.MAX_QUESTION_LENGTH)
                .ifPresent(problems::add);
        if (question.cardNumber() != null && !question.cardNumber().isBlank()) {
            InputCheck.cardNumberProblem(ScannedCode.of(question.cardNumber()).text())
                    .ifPresent(problems::add);
        }
        if (question.channel() == Channel.EMAIL) {
            InputCheck.emailProblem(question.email()).ifPresent(problems::add);
        }
        InputCheck.freeTextProblem(question.kiosk()).ifPresent(problems::add);
        return problems;
    }

    /** Stores a checked question; routing follows in the process. */
    @Transactional
    public Question create(NewQuestion question, Long memberId, Long visitId, AgeGroup ageGroup) {
        String email = question.channel() == Channel.EMAIL ? question.email().strip() : null;
        Question asked = new Question(
                question.topic(),
                question.text().strip(),
                question.channel(),
                email,
                visitId,
                memberId,
                ageGroup,
                InputCheck.normaliseFreeText(question.kiosk()),
                LocalDateTime.now(clock));
        asked.setVisitorLanguage(question.language());
        Question saved = questions.save(asked);
        publish(saved, Kind.ASKED);
        return saved;
    }

    @Transactional
    public void attachProcess(long questionId, String processInstanceId) {
        get(questionId).setProcessInstanceId(processInstanceId);
    }

    /**
     * Stores the routing the decision table chose and, for a walk-in without one yet, draws today's next
     * queue number under a row lock, so two kiosks never get the same number.
     *
     * @return the deadline
     */
    @Transactional
    public LocalDateTime recordRouting(long questionId, String group, int priority, Duration deadline) {
        Question question = get(questionId);
        LocalDateTime dueAt = LocalDateTime.now(clock).plus(deadline);
        question.route(group, priority, dueAt);
        if (question.getChannel().isWalkIn() && question.getQueueNumber() == null) {
            LocalDate today = LocalDate.now(clock);
            int number = counters.lock(QUEUE).orElseThrow().next(today);
            question.assignQueueNumber(today, number);
        }
        publish(question, Kind.ROUTED);
        return dueAt;
    }

    @Transactional
    public void claimed(long questionId, String user) {
        Question question = get(questionId);
        question.claimedBy(user, LocalDateTime.now(clock));
        publish(question, Kind.CLAIMED);
    }

    @Transactional
    public void released(long questionId) {
        Question question = get(questionId);
        question.released();
        publish(question, Kind.RELEASED);
    }

    @Transactional
    public void moved(long questionId, String group, String user, NoteKind kind, String note) {
        Question question = get(questionId);
        question.moveTo(group);
        notes.save(new QuestionNote(questionId, kind, user, noteText(group, note), LocalDateTime.now(clock)));
        publish(question, Kind.MOVED);
    }

    private static String noteText(String group, String note) {
        String text = InputCheck.normaliseFreeText(note);
        return "→ " + group + (text == null ? "" : ": " + note.strip());
    }

    @Transactional
    public void called(long questionId, String desk) {
        Question question = get(questionId);
        question.call(desk, LocalDateTime.now(clock));
        publish(question, Kind.CALLED);
    }

    /** Raises an overdue question's priority; returns the new priority. */
    @Transactional
    public int escalated(long questionId) {
        Question question = get(questionId);
        int raised = Math.min(100, question.getPriority() + properties.escalationStep());
        LocalDateTime now = LocalDateTime.now(clock);
        question.escalate(raised, now);
        notes.save(new QuestionNote(questionId, NoteKind.ESCALATION, "system", "Tenggat terlewati", now));
        publish(question, Kind.ESCALATED);
        return raised;
    }

    @Transactional
    public void closedAtDesk(long questionId, Outcome outcome, String partner, String user) {
        Question question = get(questionId);
        question.closeAtDesk(outcome, InputCheck.normaliseFreeText(partner), user, LocalDateTime.now(clock));
        publish(question, Kind.CLOSED);
    }

    @Transactional
    public void followUp(long questionId, Channel channel, String email, String user, String note) {
        Question question = get(questionId);
        question.followUp(channel, email == null ? null : email.strip());
        String text = InputCheck.normaliseFreeText(note) == null ? "Ditindaklanjuti" : note.strip();
        notes.save(new QuestionNote(questionId, NoteKind.FOLLOW_UP, user, text, LocalDateTime.now(clock)));
        publish(question, Kind.MOVED);
    }

    @Transactional
    public void answered(long questionId, String answer, String partner, String user) {
        Question question = get(questionId);
        question.answer(answer.strip(), InputCheck.normaliseFreeText(partner), user, LocalDateTime.now(clock));
        publish(question, question.getStatus() == QuestionStatus.CLOSED ? Kind.CLOSED : Kind.ANSWERED);
    }

    @Transactional
    public void delivered(long questionId) {
        Question question = get(questionId);
        question.delivered(LocalDateTime.now(clock));
        publish(question, Kind.CLOSED);
    }

    @Transactional
    public QuestionNote addNote(long questionId, String user, String text) {
        Question question = get(questionId);
        QuestionNote note =
                notes.save(new QuestionNote(questionId, NoteKind.NOTE, user, text.strip(), LocalDateTime.now(clock)));
        publish(question, Kind.NOTE);
        return note;
    }

    @Transactional(readOnly = true)
    public List<QuestionNote> notesOf(long questionId) {
        return notes.findByQuestionIdOrderByCreatedAtAscIdAsc(questionId);
    }

    /** The notes of several questions, read in one query, oldest first; a question without notes is absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<QuestionNote>> notesOf(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return notes.findByQuestionIdInOrderByCreatedAtAscIdAsc(questionIds).stream()
                .collect(Collectors.groupingBy(QuestionNote::getQuestionId, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional(readOnly = true)
    public Optional<Question> find(long questionId) {
        return questions.findById(questionId);
    }

    @Transactional(readOnly = true)
    public List<Question> findByProcessInstances(Collection<String> processInstanceIds) {
        return processInstanceIds.isEmpty() ? List.of() : questions.findByProcessInstanceIdIn(processInstanceIds);
    }

    /** Whether the visitor asked a librarian anything during the given visit. */
    @Transactional(readOnly = true)
    public boolean askedDuringVisit(long visitId) {
        return questions.existsByVisitId(visitId);
    }

    /** How many walk-ins of today wait before this one. */
    @Transactional(readOnly = true)
    public long waitingBefore(Question question) {
        if (question.getQueueDay() == null) {
            return 0;
        }
        return questions.countWaitingBefore(
                question.getQueueDay(),
                QuestionStatus.WAITING,
                Integer.parseInt(question.getQueueNumber().substring(2)));
    }

    /** The public board: numbers called today and still at a desk, and how many still wait. */
    @Transactional(readOnly = true)
    public Board board() {
        LocalDate today = LocalDate.now(clock);
        List<Board.Called> serving =
                questions.findByQueueDayAndStatusOrderByCalledAtDesc(today, QuestionStatus.CALLED).stream()
                        .map(q -> new Board.Called(q.getQueueNumber(), q.getDesk(), q.getCalledAt()))
                        .toList();
        return new Board(serving, questions.countByQueueDayAndStatus(today, QuestionStatus.WAITING));
    }

    /** Forgets e-mail addresses of questions closed longer ago than the retention; returns how many. */
    @Transactional
    public int forgetOldEmails() {
        return questions.forgetEmailsClosedBefore(LocalDateTime.now(clock).minus(properties.emailRetention()));
    }

    /** Deletes questions closed longer ago than the retention period; returns how many. */
    @Transactional
    public int purgeOldQuestions() {
        return questions.deleteClosedBefore(
                LocalDate.now(clock).minus(properties.retention()).atStartOfDay());
    }

    public QuestionProperties properties() {
        return properties;
    }

    private Question get(long questionId) {
        return questions.findById(questionId).orElseThrow(() -> new IllegalStateException("No question " + questionId));
    }

    private void publish(Question question, Kind kind) {
        events.publishEvent(new QuestionEvent(
                question.getId(),
                kind,
                question.getCandidateGroup(),
                question.getChannel().isWalkIn()));
    }
}
