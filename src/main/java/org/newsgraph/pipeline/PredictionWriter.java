package org.newsgraph.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Meeting;
import org.newsgraph.extract.Statement;
import org.newsgraph.link.Links;

/**
 * Writes processed articles as JSON Lines in the prediction format read by the evaluation scorer: one
 * object per article with {@code file}, {@code published}, {@code persons}, {@code organizations},
 * {@code places}, {@code meetings} and {@code statements}, plus offsets and confidences. Not thread-safe.
 */
public final class PredictionWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Writer out;

    public PredictionWriter(Writer out) {
        this.out = out;
    }

    /** Writes one line for the article. */
    public void write(ProcessedArticle p) {
        try {
            out.write(JSON.writeValueAsString(toJson(p)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prediction object of one article. */
    public static ObjectNode toJson(ProcessedArticle p) {
        Extraction x = p.extraction();
        Links links = p.links();
        ObjectNode o = JSON.createObjectNode();
        o.put("file", x.article().fileName());
        o.put("id", x.article().id());
        o.put("iri", x.article().iri());
        if (x.article().url() != null) {
            o.put("url", x.article().url());
        }
        o.put("published", x.article().published() == null ? null : x.article().published().toString());
        entities(o.putArray("persons"), x, EntityType.PERSON, links);
        entities(o.putArray("organizations"), x, EntityType.ORGANIZATION, links);
        entities(o.putArray("places"), x, EntityType.PLACE, links);
        ArrayNode meetings = o.putArray("meetings");
        for (Meeting m : x.meetings()) {
            ObjectNode j = meetings.addObject();
            ArrayNode parts = j.putArray("participants");
            m.participants().forEach(k -> parts.add(name(x, k)));
            m.groups().forEach(g -> parts.add("group:" + g));
            j.put("place", m.place() == null ? null : m.city() == null ? name(x, m.place()) : name(x, m.place()) + ", " + name(x, m.city()));
            j.put("date", m.date() == null ? null : m.date().toString());
            j.put("date_text", m.dateText());
            j.put("status", m.status().label());
            j.put("trigger", m.trigger());
            ArrayNode topics = j.putArray("topics");
            m.topics().forEach(topics::add);
            j.put("confidence", round(m.confidence()));
            j.put("evidence", m.evidence().text());
            j.putArray("offsets").add(m.evidence().start()).add(m.evidence().end());
        }
        ArrayNode statements = o.putArray("statements");
        for (Statement s : x.statements()) {
            ObjectNode j = statements.addObject();
            j.put("speaker", s.speaker() == null ? "unnamed:" + s.speakerText() : name(x, s.speaker()));
            j.put("speaker_type", s.speakerType().label());
            j.put("speaker_text", s.speakerText());
            j.put("content", s.content());
            j.put("quoted", s.quoted());
            ArrayNode topics = j.putArray("topics");
            s.topics().forEach(topics::add);
            j.put("confidence", round(s.confidence()));
            j.put("evidence", s.evidence().text());
            j.putArray("offsets").add(s.contentStart()).add(s.contentEnd());
        }
        return o;
    }

    private static void entities(ArrayNode arr, Extraction x, EntityType type, Links links) {
        for (Entity e : x.entities(type)) {
            ObjectNode j = arr.addObject();
            j.put("name", e.name());
            j.put("wikidata", links.of(e.key()).map(l -> l.qid()).orElse(null));
            ArrayNode mentions = j.putArray("mentions");
            e.mentions().stream().map(m -> m.text()).distinct().forEach(mentions::add);
            j.put("confidence", round(e.confidence()));
        }
    }

    private static String name(Extraction x, String key) {
        return x.entity(key).map(Entity::name).orElse(key);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
