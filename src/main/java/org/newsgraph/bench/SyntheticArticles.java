package org.newsgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ArticleGraph;

/**
 * Made-up article graphs shaped like the ones {@link org.newsgraph.rdf.RdfMapper} writes: the article
 * (a {@code schema:NewsArticle} with headline and date), four to eight persons, organisations and
 * places with names, labels and mentions, one or two meetings (participants, place, date, status,
 * evidence, {@code ng:meetsWith}) and two to four statements with text, speaker and topics. Names
 * come from small pools (24 well-known people a third of the time, else 576 made-up combinations of
 * their first and last names; 10 organisations, 16 places, 10 topics), so people recur across articles and the shipped queries find something
 * (there is a "Vladimir Putin", a "Volodymyr Zelensky" and a "territorial issue" topic). Each
 * article is a pure function of the seed and its number. Thread-safe.
 */
public final class SyntheticArticles {
    private static final String[] FIRST = {"Vladimir", "Volodymyr", "Steve", "Marco", "Emmanuel", "Olaf", "Keir",
        "Giorgia", "Recep", "Xi", "Narendra", "Ursula", "Antonio", "Mark", "Donald", "Kamala", "Joe", "Sergei",
        "Andrii", "Jake", "Antony", "Annalena", "Pedro", "Justin"};
    private static final String[] LAST = {"Putin", "Zelensky", "Witkoff", "Rubio", "Macron", "Scholz", "Starmer",
        "Meloni", "Erdogan", "Jinping", "Modi", "von der Leyen", "Guterres", "Rutte", "Trump", "Harris", "Biden",
        "Lavrov", "Yermak", "Sullivan", "Blinken", "Baerbock", "Sanchez", "Trudeau"};
    private static final String[] ORGS = {"United Nations", "NATO", "European Union", "Kremlin", "White House",
        "World Bank", "IMF", "African Union", "OPEC", "Red Cross"};
    private static final String[] PLACES = {"Moscow", "Kyiv", "Washington", "Paris", "Berlin", "London", "Rome",
        "Ankara", "Beijing", "New Delhi", "Brussels", "Geneva", "Riyadh", "Istanbul", "Doha", "Warsaw"};
    private static final String[] TOPICS = {"territorial issue", "ceasefire", "sanctions", "energy", "trade",
        "prisoner exchange", "nuclear talks", "security guarantees", "humanitarian aid", "migration"};
    private static final Node[] STATUSES = {NG.Nodes.Occurred, NG.Nodes.Occurred, NG.Nodes.Planned,
        NG.Nodes.Proposed, NG.Nodes.Cancelled};
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private final long seed;

    /** Articles made with this seed; the same seed gives the same articles. */
    public SyntheticArticles(long seed) {
        this.seed = seed;
    }

    /** The graph IRI of article {@code n}. */
    public static String graphIri(int n) {
        return ArticleIds.ARTICLE_NS + "synthetic-" + n;
    }

    /** Article {@code n}, 0 or more. */
    public ArticleGraph article(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("article number must not be negative: " + n);
        }
        return new Builder(n, new Random(seed * 1_000_003L + n)).build();
    }

    /** Builds the quads of one article. */
    private static final class Builder {
        private final int n;
        private final Random random;
        private final Node article;
        private final Set<Quad> quads = new LinkedHashSet<>();
        private final List<Node> persons = new ArrayList<>();
        private final List<Node> places = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private int offset;

        Builder(int n, Random random) {
            this.n = n;
            this.random = random;
            this.article = NodeFactory.createURI(graphIri(n));
        }

        ArticleGraph build() {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(365));
            add(article, RDF.Nodes.type, schema("NewsArticle"));
            add(article, NG.Nodes.articleId, text("synthetic-" + n));
            add(article, schema("headline"), text("Talks in the news, part " + n));
            add(article, schema("datePublished"), typed(day.toString(), XSDDatatype.XSDdate));
            add(article, NG.Nodes.tokenCount, integer(300 + random.nextInt(900)));
            int people = 2 + random.nextInt(4);
            for (int i = 0; i < people; i++) {
                entity("person", personName(), schema("Person"));
            }
            entity("organization", ORGS[random.nextInt(ORGS.length)], schema("Organization"));
            entity("place", PLACES[random.nextInt(PLACES.length)], schema("Place"));
            int meetings = 1 + random.nextInt(2);
            for (int i = 0; i < meetings; i++) {
                meeting(day, i);
            }
            int statements = 2 + random.nextInt(3);
            for (int i = 0; i < statements; i++) {
                statement(i);
            }
            return new ArticleGraph(article.getURI(), List.copyOf(quads));
        }

        /** One of the 24 well-known people a third of the time, else one of 576 made-up combinations. */
        private String personName() {
            if (random.nextInt(3) == 0) {
                int who = random.nextInt(FIRST.length);
                return FIRST[who] + " " + LAST[who];
            }
            return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        }

        private void entity(String kind, String name, Node type) {
            Node e = NodeFactory.createURI(NG.ID + kind + "/" + slug(name));
            add(e, RDF.Nodes.type, type);
            add(e, schema("name"), text(name));
            add(e, RDFS.Nodes.label, text(name));
            add(e, NG.Nodes.mentionedIn, article);
            int mentions = 1 + random.nextInt(3);
            for (int i = 0; i < mentions; i++) {
                Node m = NodeFactory.createURI(NG.ID + "mention/synthetic-" + n + "-" + offset + "-" + slug(name));
                add(e, NG.Nodes.mention, m);
                add(m, RDF.Nodes.type, NG.Nodes.Mention);
                add(m, NG.Nodes.mentionOf, e);
                add(m, NG.Nodes.text, text(name));
                add(m, NG.Nodes.startOffset, integer(offset));
                add(m, NG.Nodes.endOffset, integer(offset + name.length()));
                add(m, NG.Nodes.sourceArticle, article);
                offset += 40 + random.nextInt(200);
            }
            if (kind.equals("person") && !persons.contains(e)) {
                persons.add(e);
                names.add(name);
            } else if (kind.equals("place")) {
                places.add(e);
            }
        }

        private void meeting(LocalDate day, int i) {
            Node m = NodeFactory.createURI(NG.ID + "meeting/synthetic-" + n + "-" + i);
            add(m, RDF.Nodes.type, NG.Nodes.Meeting);
            List<Node> who = persons.subList(0, Math.min(persons.size(), 2 + random.nextInt(2)));
            who.forEach(p -> add(m, NG.Nodes.participant, p));
            places.forEach(p -> add(m, NG.Nodes.place, p));
            add(m, NG.Nodes.date, typed(day.minusDays(random.nextInt(5)).toString(), XSDDatatype.XSDdate));
            add(m, NG.Nodes.dateText, text("on " + day.getDayOfWeek().toString().toLowerCase(Locale.ROOT)));
            add(m, NG.Nodes.status, STATUSES[random.nextInt(STATUSES.length)]);
            add(m, NG.Nodes.trigger, text("met"));
            topic(m);
            evidence(m, names.get(0) + " met " + names.get(Math.min(1, names.size() - 1)) + " for talks.");
            add(m, NG.Nodes.confidence, decimal());
            add(m, NG.Nodes.sourceArticle, article);
            for (Node a : who) {
                for (Node b : who) {
                    if (!a.equals(b)) {
                        add(a, NG.Nodes.meetsWith, b);
                    }
                }
            }
        }

        private void statement(int i) {
            Node s = NodeFactory.createURI(NG.ID + "statement/synthetic-" + n + "-" + i);
            int who = random.nextInt(persons.size());
            String said = "We discussed the " + TOPICS[random.nextInt(TOPICS.length)] + " and will meet again, "
                    + "said " + names.get(who) + " (" + n + "/" + i + ").";
            add(s, RDF.Nodes.type, NG.Nodes.Statement);
            add(s, NG.Nodes.speaker, persons.get(who));
            add(s, NG.Nodes.speakerType, NG.Nodes.PersonSpeaker);
            add(s, NG.Nodes.speakerText, text(names.get(who)));
            add(s, NG.Nodes.text, text(said));
            add(s, NG.Nodes.quoted, typed(Boolean.toString(random.nextBoolean()), XSDDatatype.XSDboolean));
            add(s, NG.Nodes.startOffset, integer(offset));
            add(s, NG.Nodes.endOffset, integer(offset + said.length()));
            topic(s);
            evidence(s, "\u201c" + said + "\u201d");
            add(s, NG.Nodes.confidence, decimal());
            add(s, NG.Nodes.sourceArticle, article);
            offset += said.length() + 20;
        }

        private void topic(Node subject) {
            String label = TOPICS[random.nextInt(TOPICS.length)];
            Node t = NodeFactory.createURI(NG.ID_TOPIC + slug(label));
            add(subject, NG.Nodes.topic, t);
            add(t, RDF.Nodes.type, NG.Nodes.Topic);
            add(t, NodeFactory.createURI(NG.SKOS + "prefLabel"), text(label));
            add(t, RDFS.Nodes.label, text(label));
        }

        private void evidence(Node subject, String sentence) {
            add(subject, NG.Nodes.evidence, text(sentence));
            add(subject, NG.Nodes.evidenceStart, integer(offset));
            add(subject, NG.Nodes.evidenceEnd, integer(offset + sentence.length()));
        }

        private void add(Node s, Node p, Node o) {
            quads.add(Quad.create(article, s, p, o));
        }

        private Node decimal() {
            return typed(String.format(Locale.ROOT, "0.%02d", 50 + random.nextInt(50)), XSDDatatype.XSDdecimal);
        }
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(NG.SCHEMA + local);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long v) {
        return typed(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
