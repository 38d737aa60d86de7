package id.blitar.kiosk.base.live;

/**
 * A {@link LiveEvent} committed on another node of the cluster, as read from the shared {@code live_event}
 * table; published on this node outside any transaction.
 *
 * @param origin the node that committed it ({@link ClusterNode#id()})
 */
public record RemoteLiveEvent(LiveEvent event, String origin) {}
