package id.blitar.kiosk.poll.service;

import id.blitar.kiosk.base.live.LiveEvent;

/**
 * A "Anda berkata → Kami lakukan" item was published or withdrawn; the attract screens of every node show
 * the new list.
 */
public record FeedbackActionsChanged(long actionId) implements LiveEvent {}
