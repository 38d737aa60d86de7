package id.blitar.kiosk.base.live;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** This running application node: a new random id at every start, so a restarted node is a new origin. */
@Component
public class ClusterNode {

    private final String id = UUID.randomUUID().toString();

    /** 36 characters, unique per start of a node. */
    public String id() {
        return id;
    }
}
