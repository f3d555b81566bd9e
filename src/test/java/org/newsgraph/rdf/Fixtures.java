package org.newsgraph.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Meeting;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.SpeakerType;
import org.newsgraph.extract.Statement;
import org.newsgraph.link.Link;
import org.newsgraph.link.Links;
import org.newsgraph.pipeline.ProcessedArticle;

/** Hand-built processed articles, with offsets computed from their text. */
final class Fixtures {
    static final String PUTIN_QID = "Q7747";
    static final String MOSCOW_QID = "Q649";

    private Fixtures() {
    }

    /**
     * The opening of a news report: Putin will meet Witkoff in Moscow on Tuesday (planned,
     * 2025-12-02); the White House said it was optimistic; Zelensky said the territorial issue is the
     * most difficult.
     */
    static ProcessedArticle seed() {
        String s1 = "Russian President Vladimir Putin will meet US special envoy Steve Witkoff in Moscow on Tuesday, "
                + "after the White House said it was \u201Cvery optimistic\u201D about reaching a deal to end the Ukraine war.";
        String s2 = "Zelensky said the \u201Cterritorial issue is the most difficult\u201D element of the peace deal.";
        String text = s1 + "\n\n" + s2;
        String url = "https://www.example.com/news/world-europe-12345";
        Article article = new Article(ArticleIds.of(url, text), url, "Putin to meet Witkoff in Moscow",
                LocalDate.of(2025, 12, 2), text, "seed.jsonl#1");
        Entity putin = entity(text, EntityType.PERSON, "Vladimir Putin", List.of("president"), "Vladimir Putin");
        Entity witkoff = entity(text, EntityType.PERSON, "Steve Witkoff", List.of("special envoy"), "Steve Witkoff");
        Entity moscow = entity(text, EntityType.PLACE, "Moscow", List.of(), "Moscow");
        Entity whiteHouse = entity(text, EntityType.ORGANIZATION, "White House", List.of(), "White House");
        Entity zelensky = entity(text, EntityType.PERSON, "Volodymyr Zelensky", List.of(), "Zelensky");
        Evidence e1 = evidence(text, s1);
        Evidence e2 = evidence(text, s2);
        Meeting meeting = new Meeting(List.of(putin.key(), witkoff.key()), List.of(), moscow.key(), null, LocalDate.of(2025, 12, 2),
                "on Tuesday", MeetingStatus.PLANNED, "will meet", List.of(), e1, 0.8);
        String q1 = "it was \u201Cvery optimistic\u201D about reaching a deal to end the Ukraine war";
        Statement optimistic = statement(text, whiteHouse.key(), SpeakerType.ORGANIZATION, "the White House", q1, true,
                List.of("peace deal"), e1, 0.6);
        String q2 = "the \u201Cterritorial issue is the most difficult\u201D element of the peace deal";
        Statement territorial = statement(text, zelensky.key(), SpeakerType.PERSON, "Zelensky", q2, true,
                List.of("territorial issue", "peace deal"), e2, 0.7);
        Extraction x = new Extraction(article, List.of(putin, witkoff, moscow, whiteHouse, zelensky), List.of(meeting),
                List.of(optimistic, territorial));
        Links links = new Links(Map.of(
                putin.key(), new Link(PUTIN_QID, "Vladimir Putin", 0.95, "gazetteer"),
                moscow.key(), new Link(MOSCOW_QID, "Moscow", 0.9, "gazetteer")));
        return new ProcessedArticle(x, links, 64);
    }

    /**
     * A second report, from another day: Putin met Jared Kushner and Ukrainian officials, and an
     * unnamed Kremlin spokesperson spoke about the peace deal.
     */
    static ProcessedArticle followUp() {
        String s1 = "Putin held talks with Jared Kushner and Ukrainian officials in the Kremlin.";
        String s2 = "A Kremlin spokesperson said the talks on the peace deal were useful.";
        String text = s1 + " " + s2;
        Article article = new Article(ArticleIds.of(null, text), null, null, LocalDate.of(2025, 12, 3), text, "followup.txt");
        Entity putin = entity(text, EntityType.PERSON, "Putin", List.of(), "Putin");
        Entity kushner = entity(text, EntityType.PERSON, "Jared Kushner", List.of(), "Jared Kushner");
        Meeting meeting = new Meeting(List.of(putin.key(), kushner.key()), List.of("Ukrainian officials"), null, null, null, null,
                MeetingStatus.OCCURRED, "held talks", List.of("peace deal"), evidence(text, s1), 0.7);
        Statement useful = statement(text, null, SpeakerType.UNNAMED, "A Kremlin spokesperson",
                "the talks on the peace deal were useful", false, List.of("peace deal"), evidence(text, s2), 0.5);
        Extraction x = new Extraction(article, List.of(putin, kushner), List.of(meeting), List.of(useful));
        Links links = new Links(Map.of(putin.key(), new Link(PUTIN_QID, "Vladimir Putin", 0.85, "wikidata-api")));
        return new ProcessedArticle(x, links, 25);
    }

    /** An entity whose mentions are every occurrence of {@code mention} in the text. */
    static Entity entity(String text, EntityType type, String name, List<String> roles, String mention) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = text.indexOf(mention); i >= 0; i = text.indexOf(mention, i + 1)) {
            mentions.add(new Mention(i, i + mention.length(), mention));
        }
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("'" + mention + "' is not in the text");
        }
        return new Entity(Entity.keyOf(type, name), type, name, mentions, roles, 0.9);
    }

    static Evidence evidence(String text, String sentence) {
        int at = requireIn(text, sentence);
        return new Evidence(at, at + sentence.length(), sentence);
    }

    static Statement statement(String text, String speaker, SpeakerType type, String speakerText, String content,
            boolean quoted, List<String> topics, Evidence evidence, double confidence) {
        int at = requireIn(text, content);
        return new Statement(speaker, type, speakerText, content, at, at + content.length(), quoted, topics, evidence,
                confidence);
    }

    private static int requireIn(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return at;
    }

    /** A fresh in-memory dataset holding the mapped articles, one named graph each. */
    static DatasetGraph dataset(ProcessedArticle... articles) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RdfMapper mapper = new RdfMapper();
        Txn.executeWrite(dsg, () -> {
            StreamRDF out = StreamRDFLib.dataset(dsg);
            out.start();
            RdfMapper.writePrefixes(out);
            for (ProcessedArticle a : articles) {
                mapper.map(a, out);
            }
            out.finish();
        });
        return dsg;
    }
}
