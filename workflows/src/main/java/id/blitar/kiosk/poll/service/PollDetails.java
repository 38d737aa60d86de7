package id.blitar.kiosk.poll.service;

import id.blitar.kiosk.poll.domain.Improvement;
import id.blitar.kiosk.poll.domain.SkmElement;
import java.util.Map;
import java.util.Set;

/**
 * What a visitor added after tapping a smiley; every part is optional.
 *
 * @param skmScores SKM elements answered, 1–4 each
 * @param serviceScore 1–4 for the service used during the visit, when asked
 */
public record PollDetails(
        Map<SkmElement, Integer> skmScores, Integer serviceScore, Set<Improvement> improvements, String comment) {}
