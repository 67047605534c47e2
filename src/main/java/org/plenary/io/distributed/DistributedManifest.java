package org.plenary.io.distributed;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.engine.jade.distributed.Coordination;
import org.plenary.engine.jade.distributed.WorkerRecord;

/**
 * The {@code distributed} section of a manifest: where the coordinator listened, its messages
 * (heartbeats left out) and which workers computed how many units. Only the manifest says a run was distributed: the tables are the same.
 */
public final class DistributedManifest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DistributedManifest() {
    }

    /** {@code manifest} (a JSON object) with the section added, pretty-printed with a final newline. */
    public static String with(String manifest, String coordinator, List<WorkerRecord> workers, String unit,
                              Coordination.Traffic traffic) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(manifest);
            ObjectNode d = root.putObject("distributed");
            d.put("coordinator", coordinator);
            ObjectNode m = d.putObject("messages");
            m.put("received", traffic.messagesIn());
            m.put("sent", traffic.messagesOut());
            m.put("contentBytesReceived", traffic.bytesIn());
            m.put("contentBytesSent", traffic.bytesOut());
            m.put("duplicateResults", traffic.duplicates());
            m.put("ignored", traffic.ignored());
            ArrayNode a = d.putArray("workers");
            for (WorkerRecord w : workers.stream().sorted(Comparator.comparing(WorkerRecord::name)
                    .thenComparing(WorkerRecord::host)).toList()) {
                ObjectNode o = a.addObject();
                o.put("name", w.name());
                o.put("host", w.host());
                o.put("threads", w.threads());
                o.put(unit, w.unitsDone());
                o.put("status", w.status());
            }
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
