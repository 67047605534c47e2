package org.plenary.engine.jade;

import java.time.Instant;
import java.util.Iterator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jade.core.AID;
import jade.core.Agent;
import jade.lang.acl.ACLMessage;

/**
 * Sends the agents' messages: fills in language and ontology, writes the content, and records
 * every message on the ACL log when there is one.
 */
final class Post {

    private final AclLog log;

    Post(AclLog log) {
        this.log = log;
    }

    /** Sends {@code m} from {@code from} with {@code content}, and logs it. */
    void send(Agent from, ACLMessage m, int round, ObjectNode content) {
        m.setLanguage(MessageCodec.LANGUAGE);
        m.setOntology(MessageCodec.ONTOLOGY);
        m.setContent(MessageCodec.write(content));
        if (log != null) {
            record(from, m, round, content);
        }
        from.send(m);
    }

    private void record(Agent from, ACLMessage m, int round, ObjectNode content) {
        ObjectNode line = MessageCodec.object();
        line.put("time", Instant.now().toString());
        line.put("performative", ACLMessage.getPerformative(m.getPerformative()));
        line.put("sender", from.getLocalName());
        ArrayNode to = line.putArray("receivers");
        for (Iterator<?> it = m.getAllReceiver(); it.hasNext(); ) {
            to.add(((AID) it.next()).getLocalName());
        }
        line.put("conversation", m.getConversationId());
        line.put("protocol", m.getProtocol());
        line.put("replyWith", m.getReplyWith());
        line.put("inReplyTo", m.getInReplyTo());
        if (round >= 0) {
            line.put("round", round);
        } else {
            line.putNull("round");
        }
        line.put("ontology", m.getOntology());
        line.put("language", m.getLanguage());
        line.set("content", content);
        String text = MessageCodec.write(line);
        synchronized (this) {
            log.message(text);
        }
    }
}
