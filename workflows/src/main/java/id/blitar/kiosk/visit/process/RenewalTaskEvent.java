package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.base.live.LiveEvent;

/**
 * A "Perpanjang keanggotaan" task ({@link VisitProcess#TASK_RENEW_MEMBERSHIP}) was created, assigned,
 * completed or deleted, from a kiosk scan, the staff page, Tasklist or REST alike; the membership desk's
 * open pages on every node update.
 *
 * @param taskId the Camunda task id
 * @param change Camunda's task event name: {@code create}, {@code assignment}, {@code complete}, {@code delete}
 */
public record RenewalTaskEvent(String taskId, String change) implements LiveEvent {}
