package id.blitar.kiosk.poll.process;

import id.blitar.kiosk.poll.domain.ServiceUsed;

/** The card a visitor scanned with their poll answer. */
public sealed interface CardResult {

    /** Checked out (if still inside) and tied to today's visit; {@code serviceUsed} may be null. */
    record Linked(String callName, ServiceUsed serviceUsed) implements CardResult {}

    record UnknownCard() implements CardResult {}

    record Rejected(String problem) implements CardResult {}
}
