package id.blitar.kiosk.base.live;

/**
 * A committed change that open screens show: a question asked or called, a renewal task, seats left, a
 * published "Kami lakukan" item, a revoked kiosk. Publish it with Spring's {@code ApplicationEventPublisher}
 * inside the transaction that makes the change. Screens of this node receive it after commit
 * ({@code @TransactionalEventListener}); {@link LiveEventOutbox} writes it to the shared database in the same
 * transaction, and the other nodes' {@link LiveEventRelay} hand it to their screens as a {@link RemoteLiveEvent}.
 *
 * <p>Implementations are records of plain values (numbers, strings, enums, booleans): they travel as JSON.
 */
public interface LiveEvent {}
