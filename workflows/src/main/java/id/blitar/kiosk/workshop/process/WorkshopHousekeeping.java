package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.service.WorkshopService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: forgets the names and contacts of registrations once their workshop is long over (UU PDP). */
@Component
class WorkshopHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(WorkshopHousekeeping.class);

    private final WorkshopService workshops;

    WorkshopHousekeeping(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Scheduled(cron = "0 45 2 * * *", zone = "${kiosk.library.zone:Asia/Jakarta}")
    @SchedulerLock(name = "workshop-contacts", lockAtLeastFor = "PT5M")
    public void forgetContacts() {
        int forgotten = workshops.forgetContacts();
        if (forgotten > 0) {
            log.info("Forgot names and contacts of {} registrations of past workshops", forgotten);
        }
    }
}
