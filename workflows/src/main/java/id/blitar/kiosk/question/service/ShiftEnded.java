package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.live.LiveEvent;

/**
 * A librarian's shift ended (from any of their open worklists, on any node): their other open worklists
 * stop saying "Anda sedang bertugas" and sign out, as the one where they ended it does.
 */
public record ShiftEnded(String user) implements LiveEvent {}
