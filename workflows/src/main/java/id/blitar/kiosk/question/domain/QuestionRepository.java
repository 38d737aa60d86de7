package id.blitar.kiosk.question.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    boolean existsByVisitId(Long visitId);

    /** Numbers called today that are still being served, newest call first. */
    List<Question> findByQueueDayAndStatusOrderByCalledAtDesc(LocalDate day, QuestionStatus status);

    long countByQueueDayAndStatus(LocalDate day, QuestionStatus status);

    /** Walk-ins of today waiting before the given number. */
    @Query("select count(q) from Question q where q.queueDay = :day and q.status = :status and q.queueSeq < :seq")
    long countWaitingBefore(@Param("day") LocalDate day, @Param("status") QuestionStatus status, @Param("seq") int seq);

    List<Question> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    /** Answered questions, newest first, for publishing to the FAQ. */
    List<Question> findTop50ByAnsweredAtAfterAndAnswerIsNotNullOrderByAnsweredAtDesc(LocalDateTime after);

    /** Deletes questions closed before the given moment; their notes go with them (ON DELETE CASCADE). */
    @Modifying
    @Query("delete from Question q where q.closedAt < :before")
    int deleteClosedBefore(@Param("before") LocalDateTime before);

    /** Forgets the e-mail addresses of questions closed before the given moment (data minimisation). */
    @Modifying
    @Query("update Question q set q.email = null where q.closedAt < :before and q.email is not null")
    int forgetEmailsClosedBefore(@Param("before") LocalDateTime before);
}
