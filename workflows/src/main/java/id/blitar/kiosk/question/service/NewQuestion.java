package id.blitar.kiosk.question.service;

import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;

/**
 * A question as the kiosk collects it.
 *
 * @param cardNumber the visitor's membership card, optional: links the question to today's visit
 * @param email required for {@link Channel#EMAIL}, ignored otherwise
 */
public record NewQuestion(Topic topic, String text, String cardNumber, Channel channel, String email, String kiosk) {}
