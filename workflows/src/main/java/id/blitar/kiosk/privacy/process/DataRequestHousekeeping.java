package id.blitar.kiosk.privacy.process;

import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night: requests decided more than 30 days ago lose the hash that recognised their subject at the kiosk,
 * so the audit log links to nobody. On one node of a cluster at a time (ShedLock).
 */
@Component
class DataRequestHousekeeping {

    /** How long a decided request can still tell its subject the outcome at a kiosk. */
    static final Duration OUTCOME_SHOWN_FOR = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(DataRequestHousekeeping.class);

    private final DataRequestRepository requests;
    private final Clock clock;

    DataRequestHousekeeping(DataRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${kiosk.data-request.housekeeping-cron:0 40 1 * * *}",
            zone = "${kiosk.library.zone:Asia/Jakarta}")
    @SchedulerLock(name = "data-request-subjects", lockAtLeastFor = "PT5M")
    @Transactional
    public void forgetOldSubjects() {
        int forgotten =
                requests.forgetHashesDecidedBefore(LocalDateTime.now(clock).minus(OUTCOME_SHOWN_FOR));
        if (forgotten > 0) {
            log.info("Data requests: {} decided requests no longer recognise their subject", forgotten);
        }
    }
}
