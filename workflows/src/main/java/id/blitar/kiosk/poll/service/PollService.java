package id.blitar.kiosk.poll.service;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.poll.domain.FeedbackAction;
import id.blitar.kiosk.poll.domain.FeedbackActionRepository;
import id.blitar.kiosk.poll.domain.FilteredTap;
import id.blitar.kiosk.poll.domain.FilteredTapRepository;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.domain.PollAnswer;
import id.blitar.kiosk.poll.domain.PollRepository;
import id.blitar.kiosk.poll.domain.ServiceUsed;
import id.blitar.kiosk.poll.domain.SkmAnswer;
import id.blitar.kiosk.poll.domain.SkmAnswerRepository;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.domain.SkmRotation;
import id.blitar.kiosk.poll.domain.SkmRotationRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exit-poll answers, SKM item rotation, follow-ups and the "Anda berkata → Kami lakukan" items. */
@Service
@EnableConfigurationProperties(PollProperties.class)
public class PollService {

    private final PollRepository polls;
    private final SkmAnswerRepository skmAnswers;
    private final SkmRotationRepository rotation;
    private final FilteredTapRepository filteredTaps;
    private final FeedbackActionRepository actions;
    private final PollProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PollService(
            PollRepository polls,
            SkmAnswerRepository skmAnswers,
            SkmRotationRepository rotation,
            FilteredTapRepository filteredTaps,
            FeedbackActionRepository actions,
            PollProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.polls = polls;
        this.skmAnswers = skmAnswers;
        this.rotation = rotation;
        this.filteredTaps = filteredTaps;
        this.actions = actions;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Whether a tap on this kiosk came within the repeat interval of its previous answer (someone
     * tapping again and again); such a tap is recorded as filtered and not counted.
     */
    @Transactional
    public boolean filterRepeatTap(String kiosk) {
        LocalDateTime now = now();
        boolean repeat = polls.findFirstByKioskOrderByAnsweredAtDescIdDesc(kiosk)
                .map(last -> last.getAnsweredAt().isAfter(now.minus(properties.repeatInterval())))
                .orElse(false);
        if (repeat) {
            filteredTaps.save(new FilteredTap(kiosk, now));
        }
        return repeat;
    }

    /** Stores a smiley tap: a complete answer on its own. */
    @Transactional
    public PollAnswer record(String kiosk, Mood mood, String processInstanceId) {
        PollAnswer answer = new PollAnswer(kiosk, mood, now());
        answer.setProcessInstanceId(processInstanceId);
        return polls.save(answer);
    }

    @Transactional(readOnly = true)
    public Optional<PollAnswer> find(long pollId) {
        return polls.findById(pollId);
    }

    @Transactional
    public void belongsTo(long pollId, Long visitId, Long memberId, ServiceUsed serviceUsed) {
        polls.findById(pollId).orElseThrow().belongsTo(visitId, memberId, serviceUsed);
    }

    /** Marks an answer as a rating of a workshop the visitor attended. */
    @Transactional
    public void about(long pollId, long workshopId) {
        polls.findById(pollId).orElseThrow().about(workshopId);
    }

    /**
     * Chooses the SKM elements for the next respondent under a lock on the rotation counters, so
     * simultaneous kiosks still spread the elements evenly.
     */
    @Transactional
    public List<SkmElement> chooseItems(int count) {
        List<SkmRotation> counters = rotation.lockAll();
        Map<SkmElement, Long> served = new EnumMap<>(SkmElement.class);
        counters.forEach(c -> served.put(c.getElement(), c.getServed()));
        List<SkmElement> chosen = ItemSampler.choose(served, count);
        counters.stream().filter(c -> chosen.contains(c.getElement())).forEach(SkmRotation::serve);
        return chosen;
    }

    /** Translation keys of what is wrong with the details; empty when they may be stored. */
    public List<String> problemsOf(PollDetails details) {
        List<String> problems = new ArrayList<>();
        if (details.skmScores() != null) {
            if (details.skmScores().size() > SkmElement.values().length
                    || details.skmScores().values().stream().anyMatch(s -> s == null || s < 1 || s > 4)) {
                problems.add("error.poll.score");
            }
        }
        if (details.serviceScore() != null && (details.serviceScore() < 1 || details.serviceScore() > 4)) {
            problems.add("error.poll.score");
        }
        if (details.comment() != null && !details.comment().isBlank()) {
            InputCheck.longTextProblem(details.comment(), InputCheck.MAX_QUESTION_LENGTH)
                    .ifPresent(problems::add);
        }
        return problems.stream().distinct().toList();
    }

    /** Stores checked details; returns whether the answer now needs a manager's follow-up. */
    @Transactional
    public boolean addDetails(long pollId, PollDetails details) {
        PollAnswer answer = polls.findById(pollId).orElseThrow();
        LocalDateTime now = now();
        if (details.skmScores() != null) {
            details.skmScores()
                    .forEach((element, score) -> skmAnswers.save(new SkmAnswer(pollId, element, score, now)));
        }
        String comment = details.comment() == null || details.comment().isBlank()
                ? null
                : details.comment().strip();
        answer.details(details.serviceScore(), details.improvements(), comment, now);
        return answer.isFollowUp();
    }

    @Transactional
    public void reviewed(long pollId, String actionTaken, String youSaid, String weDid, String user) {
        polls.findById(pollId)
                .orElseThrow()
                .reviewed(
                        actionTaken.strip(),
                        youSaid == null ? null : youSaid.strip(),
                        weDid == null ? null : weDid.strip(),
                        user,
                        now());
    }

    /** Publishes the reviewed answer's "Anda berkata → Kami lakukan" item to the attract screens. */
    @Transactional
    public FeedbackAction publishAction(long pollId) {
        PollAnswer answer = polls.findById(pollId).orElseThrow();
        FeedbackAction action = actions.save(
                new FeedbackAction(pollId, answer.getYouSaid(), answer.getWeDid(), answer.getReviewedBy(), now()));
        events.publishEvent(new FeedbackActionsChanged(action.getId()));
        return action;
    }

    /** The newest published items, for the attract screens. */
    @Transactional(readOnly = true)
    public List<FeedbackAction> publishedActions() {
        return actions.findTop5ByWithdrawnFalseOrderByPublishedAtDesc();
    }

    @Transactional
    public void withdrawAction(long actionId) {
        actions.findById(actionId).ifPresent(action -> {
            action.withdraw();
            events.publishEvent(new FeedbackActionsChanged(actionId));
        });
    }

    public PollProperties properties() {
        return properties;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
