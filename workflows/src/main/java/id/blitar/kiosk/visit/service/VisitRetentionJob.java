package id.blitar.kiosk.visit.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes visit rows past their retention every night (personal data protection). On one node of a cluster
 * at a time (ShedLock).
 */
@Component
class VisitRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(VisitRetentionJob.class);

    private final VisitService visits;

    VisitRetentionJob(VisitService visits) {
        this.visits = visits;
    }

    @Scheduled(cron = "${kiosk.visit.retention-cron:0 30 1 * * *}", zone = "${kiosk.library.zone:Asia/Jakarta}")
    @SchedulerLock(name = "visit-retention", lockAtLeastFor = "PT5M")
    public void purge() {
        int deleted = visits.purgeExpiredVisits();
        if (deleted > 0) {
            log.info("Deleted {} visit rows past their retention period", deleted);
        }
    }
}
