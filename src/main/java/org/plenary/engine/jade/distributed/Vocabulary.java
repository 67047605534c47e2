package org.plenary.engine.jade.distributed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jade.lang.acl.ACLMessage;
import jade.lang.acl.MessageTemplate;

/**
 * The messages between the coordinator and its workers: FIPA-ACL in the {@value #ONTOLOGY}
 * ontology with JSON content. Every message a worker sends carries the join token.
 *
 * <pre>
 * worker → coordinator  REQUEST  plenary-join   {"token", "version", "name", "host", "container", "threads"}
 * coordinator → worker  REFUSE   plenary-join   {"reason"}
 * coordinator → worker  AGREE    plenary-join   {"version", "job", "jobSha256"}
 * worker → coordinator  INFORM   plenary-ready  {"token", "version", "jobSha256"}   (the hash of the job it received)
 * worker → coordinator  FAILURE  plenary-ready  {"token", "reason"}               (it refuses the job)
 * coordinator → worker  REQUEST  plenary-unit   {"unit", "work"}
 * worker → coordinator  INFORM   plenary-unit   {"token", "unit", "result"}
 * worker → coordinator  FAILURE  plenary-unit   {"token", "unit", "reason"}
 * both ways             INFORM   plenary-alive  {"token"} from a worker, {} from the coordinator (heartbeats)
 * coordinator → worker  CANCEL   plenary-dismiss {"reason"}
 * </pre>
 */
final class Vocabulary {

    static final String ONTOLOGY = "plenary-distributed";
    static final String LANGUAGE = "application/json";
    static final String JOIN = "plenary-join";
    static final String READY = "plenary-ready";
    static final String UNIT = "plenary-unit";
    static final String ALIVE = "plenary-alive";
    static final String DISMISS = "plenary-dismiss";
    /** The coordinator agent's local name. */
    static final String COORDINATOR = "plenary-coordinator";

    /** Messages of this ontology: the AMS's notifications and anything else stay for their own behaviours. */
    static final MessageTemplate OURS = MessageTemplate.MatchOntology(ONTOLOGY);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Vocabulary() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A message of the ontology with {@code content}. */
    static ACLMessage message(int performative, String protocol, ObjectNode content) {
        ACLMessage m = new ACLMessage(performative);
        m.setOntology(ONTOLOGY);
        m.setLanguage(LANGUAGE);
        m.setProtocol(protocol);
        m.setContent(write(content));
        return m;
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write message content", e);
        }
    }

    /** The content as a JSON object; an IllegalArgumentException for anything else. */
    static JsonNode read(String content) {
        if (content == null) {
            throw new IllegalArgumentException("no content");
        }
        try {
            JsonNode n = JSON.readTree(content);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("the content is not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the content is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares tokens in time independent of where they differ. */
    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** A short one-line form of untrusted text for a log line. */
    static String shown(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < 80; i++) {
            char c = text.charAt(i);
            b.append(c < 0x20 || c == 0x7f || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    ? '?' : c);
        }
        return text.length() > 80 ? b + "…" : b.toString();
    }
}
