package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The NewsGraph vocabulary, {@value #NS}, as defined in {@code /ontology/newsgraph.ttl}: resource and
 * property constants in the style of Jena's vocabulary classes, with {@link Nodes} for graph-level
 * code. Also the namespaces of NewsGraph's resource IRIs and the prefixes used in its output.
 * Immutable and thread-safe.
 */
public final class NG {
    /** The vocabulary namespace. */
    public static final String NS = "https://newsgraph.org/ns#";
    /** The usual prefix for {@link #NS}. */
    public static final String PREFIX = "ng";
    /** Namespace of NewsGraph's resource IRIs: entities, topics, meetings, statements, mentions. */
    public static final String ID = "https://newsgraph.org/id/";
    /** Namespace of entities linked to Wikidata: {@code ID + "wd/" + QID}. */
    public static final String ID_WIKIDATA = ID + "wd/";
    /** Namespace of topics: {@code ID + "topic/" + slug}. */
    public static final String ID_TOPIC = ID + "topic/";
    /** Namespace of Wikidata items. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    /** The schema.org namespace as NewsGraph (and Wikidata's RDF) writes it. */
    public static final String SCHEMA = "http://schema.org/";
    /** The Simple Event Model namespace. */
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    /** The PROV-O namespace. */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** The FOAF namespace. */
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** The SKOS namespace. */
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix(PREFIX, NS)
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("sem", SEM)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("foaf", FOAF)
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("wd", WIKIDATA_ENTITY)
            .setNsPrefix("ngwd", ID_WIKIDATA)
            .setNsPrefix("topic", ID_TOPIC)
            .setNsPrefix("article", org.newsgraph.article.ArticleIds.ARTICLE_NS)
            .lock();

    private NG() {
    }

    /** The vocabulary namespace, as Jena's vocabulary classes offer it. */
    public static String getURI() {
        return NS;
    }

    /** The prefixes NewsGraph writes: ng, schema, sem, prov, foaf, skos, wd, rdf, rdfs, owl, xsd and more. Locked. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Meeting = resource("Meeting");
    public static final Resource MeetingStatus = resource("MeetingStatus");
    public static final Resource Statement = resource("Statement");
    public static final Resource SpeakerType = resource("SpeakerType");
    public static final Resource Topic = resource("Topic");
    public static final Resource Mention = resource("Mention");
    public static final Resource UnnamedParty = resource("UnnamedParty");

    // Individuals
    public static final Resource Occurred = resource("Occurred");
    public static final Resource Planned = resource("Planned");
    public static final Resource Proposed = resource("Proposed");
    public static final Resource Cancelled = resource("Cancelled");
    public static final Resource PersonSpeaker = resource("PersonSpeaker");
    public static final Resource OrganizationSpeaker = resource("OrganizationSpeaker");
    public static final Resource UnnamedSpeaker = resource("UnnamedSpeaker");

    // Meetings
    public static final Property participant = property("participant");
    public static final Property place = property("place");
    public static final Property city = property("city");
    public static final Property date = property("date");
    public static final Property dateText = property("dateText");
    public static final Property status = property("status");
    public static final Property trigger = property("trigger");
    public static final Property meetsWith = property("meetsWith");

    // Statements
    public static final Property speaker = property("speaker");
    public static final Property speakerType = property("speakerType");
    public static final Property speakerText = property("speakerText");
    public static final Property text = property("text");
    public static final Property quoted = property("quoted");
    public static final Property topic = property("topic");

    // Provenance and evidence
    public static final Property sourceArticle = property("sourceArticle");
    public static final Property evidence = property("evidence");
    public static final Property evidenceStart = property("evidenceStart");
    public static final Property evidenceEnd = property("evidenceEnd");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property confidence = property("confidence");

    // Entities and mentions
    public static final Property mention = property("mention");
    public static final Property mentionOf = property("mentionOf");
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property role = property("role");
    public static final Property wikidataId = property("wikidataId");
    public static final Property linkConfidence = property("linkConfidence");
    public static final Property linkSource = property("linkSource");

    // Articles
    public static final Property articleId = property("articleId");
    public static final Property sourceFile = property("sourceFile");
    public static final Property tokenCount = property("tokenCount");

    /** The same terms as {@link Node}s, as Jena's {@code RDF.Nodes}. */
    public static final class Nodes {
        private Nodes() {
        }

        public static final Node Meeting = NG.Meeting.asNode();
        public static final Node MeetingStatus = NG.MeetingStatus.asNode();
        public static final Node Statement = NG.Statement.asNode();
        public static final Node SpeakerType = NG.SpeakerType.asNode();
        public static final Node Topic = NG.Topic.asNode();
        public static final Node Mention = NG.Mention.asNode();
        public static final Node UnnamedParty = NG.UnnamedParty.asNode();

        public static final Node Occurred = NG.Occurred.asNode();
        public static final Node Planned = NG.Planned.asNode();
        public static final Node Proposed = NG.Proposed.asNode();
        public static final Node Cancelled = NG.Cancelled.asNode();
        public static final Node PersonSpeaker = NG.PersonSpeaker.asNode();
        public static final Node OrganizationSpeaker = NG.OrganizationSpeaker.asNode();
        public static final Node UnnamedSpeaker = NG.UnnamedSpeaker.asNode();

        public static final Node participant = NG.participant.asNode();
        public static final Node place = NG.place.asNode();
        public static final Node city = NG.city.asNode();
        public static final Node date = NG.date.asNode();
        public static final Node dateText = NG.dateText.asNode();
        public static final Node status = NG.status.asNode();
        public static final Node trigger = NG.trigger.asNode();
        public static final Node meetsWith = NG.meetsWith.asNode();

        public static final Node speaker = NG.speaker.asNode();
        public static final Node speakerType = NG.speakerType.asNode();
        public static final Node speakerText = NG.speakerText.asNode();
        public static final Node text = NG.text.asNode();
        public static final Node quoted = NG.quoted.asNode();
        public static final Node topic = NG.topic.asNode();

        public static final Node sourceArticle = NG.sourceArticle.asNode();
        public static final Node evidence = NG.evidence.asNode();
        public static final Node evidenceStart = NG.evidenceStart.asNode();
        public static final Node evidenceEnd = NG.evidenceEnd.asNode();
        public static final Node startOffset = NG.startOffset.asNode();
        public static final Node endOffset = NG.endOffset.asNode();
        public static final Node confidence = NG.confidence.asNode();

        public static final Node mention = NG.mention.asNode();
        public static final Node mentionOf = NG.mentionOf.asNode();
        public static final Node mentionedIn = NG.mentionedIn.asNode();
        public static final Node role = NG.role.asNode();
        public static final Node wikidataId = NG.wikidataId.asNode();
        public static final Node linkConfidence = NG.linkConfidence.asNode();
        public static final Node linkSource = NG.linkSource.asNode();

        public static final Node articleId = NG.articleId.asNode();
        public static final Node sourceFile = NG.sourceFile.asNode();
        public static final Node tokenCount = NG.tokenCount.asNode();
    }
}
