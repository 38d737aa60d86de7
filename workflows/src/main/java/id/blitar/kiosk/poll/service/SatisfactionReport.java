package id.blitar.kiosk.poll.service;

import id.blitar.kiosk.base.CsvCell;
import id.blitar.kiosk.poll.domain.FilteredTapRepository;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.domain.PollAnswer;
import id.blitar.kiosk.poll.domain.PollRepository;
import id.blitar.kiosk.poll.domain.SkmAnswer;
import id.blitar.kiosk.poll.domain.SkmAnswerRepository;
import id.blitar.kiosk.poll.domain.SkmElement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of the exit poll for managers: the Happy Index (mean smiley weight, 0–100) per day, week,
 * kiosk and service used, and the SKM index (IKM) per element and overall, for a period of days.
 */
@Service
public class SatisfactionReport {

    /** One line of a Happy Index table. */
    public record HappyRow(String key, long answers, double happyIndex, Map<Mood, Long> moods) {}

    /** The figures of one period ({@code from} and {@code to} inclusive). */
    public record Figures(
            LocalDate from,
            LocalDate to,
            long answers,
            long filteredTaps,
            double happyIndex,
            List<HappyRow> byDay,
            List<HappyRow> byWeek,
            List<HappyRow> byKiosk,
            List<HappyRow> byService,
            Optional<SatisfactionIndex> ikm) {}

    /** "Anonim" polls have no visit; "tanpa layanan" polls belong to a visit that used no tracked service. */
    public static final String SERVICE_ANONYMOUS = "ANONYMOUS";

    public static final String SERVICE_NONE = "NONE";

    private final PollRepository polls;
    private final SkmAnswerRepository skmAnswers;
    private final FilteredTapRepository filteredTaps;

    SatisfactionReport(PollRepository polls, SkmAnswerRepository skmAnswers, FilteredTapRepository filteredTaps) {
        this.polls = polls;
        this.skmAnswers = skmAnswers;
        this.filteredTaps = filteredTaps;
    }

    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        List<PollAnswer> answers =
                polls.findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThanOrderByAnsweredAt(start, end);
        Map<SkmElement, List<Integer>> scores = new EnumMap<>(SkmElement.class);
        for (SkmAnswer a : skmAnswers.findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(start, end)) {
            scores.computeIfAbsent(a.getElement(), e -> new ArrayList<>()).add(a.getScore());
        }
        return new Figures(
                from,
                to,
                answers.size(),
                filteredTaps.countByTappedAtGreaterThanEqualAndTappedAtLessThan(start, end),
                happyIndex(answers),
                rows(answers, a -> a.getAnsweredAt().toLocalDate().toString()),
                rows(
                        answers,
                        a -> a.getAnsweredAt()
                                .toLocalDate()
                                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                .toString()),
                rows(answers, PollAnswer::getKiosk),
                rows(answers, SatisfactionReport::serviceOf),
                SatisfactionIndex.of(scores));
    }

    /** The answers of the period as CSV (one line per answer, one column per SKM element). */
    @Transactional(readOnly = true)
    public String csv(LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        Map<Long, Map<SkmElement, Integer>> skm = new TreeMap<>();
        for (SkmAnswer a : skmAnswers.findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(start, end)) {
            skm.computeIfAbsent(a.getPollId(), id -> new EnumMap<>(SkmElement.class))
                    .put(a.getElement(), a.getScore());
        }
        StringBuilder csv =
                new StringBuilder("id,answered_at,kiosk,mood,service_used,service_score,improvements,comment");
        for (SkmElement e : SkmElement.values()) {
            csv.append(",skm_").append(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        csv.append("\r\n");
        for (PollAnswer a : polls.findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThanOrderByAnsweredAt(start, end)) {
            csv.append(a.getId())
                    .append(',')
                    .append(a.getAnsweredAt())
                    .append(',')
                    .append(CsvCell.quote(a.getKiosk()))
                    .append(',')
                    .append(a.getMood())
                    .append(',')
                    .append(a.getServiceUsed() == null ? "" : a.getServiceUsed())
                    .append(',')
                    .append(a.getServiceScore() == null ? "" : a.getServiceScore())
                    .append(',')
                    .append(CsvCell.quote(
                            a.improvementSet().stream().map(Enum::name).collect(Collectors.joining(" "))))
                    .append(',')
                    .append(CsvCell.quote(a.getComment()));
            Map<SkmElement, Integer> scores = skm.getOrDefault(a.getId(), Map.of());
            for (SkmElement e : SkmElement.values()) {
                csv.append(',').append(scores.containsKey(e) ? scores.get(e).toString() : "");
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String serviceOf(PollAnswer answer) {
        if (answer.getServiceUsed() != null) {
            return answer.getServiceUsed().name();
        }
        return answer.getVisitId() == null ? SERVICE_ANONYMOUS : SERVICE_NONE;
    }

    static double happyIndex(List<PollAnswer> answers) {
        return answers.stream().mapToDouble(a -> a.getMood().weight()).average().orElse(Double.NaN);
    }

    private static List<HappyRow> rows(List<PollAnswer> answers, Function<PollAnswer, String> key) {
        Map<String, List<PollAnswer>> groups =
                answers.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<HappyRow> rows = new ArrayList<>();
        groups.forEach((k, list) -> {
            Map<Mood, Long> moods = new EnumMap<>(Mood.class);
            for (Mood m : Mood.values()) {
                moods.put(m, list.stream().filter(a -> a.getMood() == m).count());
            }
            rows.add(new HappyRow(k, list.size(), happyIndex(list), moods));
        });
        return rows;
    }
}
