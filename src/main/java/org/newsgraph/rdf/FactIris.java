package org.newsgraph.rdf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.SpeakerType;

/**
 * New IRIs for the meetings and statements of an article graph whose entities get new IRIs. Their
 * IRIs end with a hash over their parties' (speaker's) IRIs and other content, in an order that RDF
 * does not keep (participants, topics): the order is recovered by trying each one until the hash of
 * the current IRIs matches, and the new hash is taken in that order. A fact whose order cannot be
 * recovered keeps its IRI and is counted. Stateless.
 */
final class FactIris {
    /** Orders tried per fact at most (8! = 40320). */
    private static final long MAX_ORDERS = 40_320;

    private FactIris() {
    }

    /**
     * @param rename the new IRI of each entity node that changes
     * @param out    where new IRIs of facts go (fact node to new node)
     * @return how many facts kept their IRI because their hash could not be recovered
     */
    static int rename(Graph g, Map<Node, Node> rename, Map<Node, Node> out) {
        Function<Node, Node> to = n -> rename.getOrDefault(n, n);
        int unverified = 0;
        for (Node m : ArticleReadBack.subjects(g, RDF.Nodes.type, NG.Nodes.Meeting)) {
            unverified += meeting(g, m, rename, to, out) ? 0 : 1;
        }
        for (Node s : ArticleReadBack.subjects(g, RDF.Nodes.type, NG.Nodes.Statement)) {
            unverified += statement(g, s, rename, to, out) ? 0 : 1;
        }
        return unverified;
    }

    /** Renames a meeting when a party or its place changes; false when that is needed and fails. */
    private static boolean meeting(Graph g, Node m, Map<Node, Node> rename, Function<Node, Node> to, Map<Node, Node> out) {
        List<Node> parties = ArticleReadBack.objects(g, m, NG.Nodes.participant);
        List<Node> places = ArticleReadBack.objects(g, m, NG.Nodes.place);
        if (parties.stream().noneMatch(rename::containsKey) && places.stream().noneMatch(rename::containsKey)) {
            return true;
        }
        Optional<HashedIri> iri = HashedIri.of(m);
        Optional<MeetingStatus> status = status(g, m);
        Optional<List<String>> topics = topics(g, m);
        Optional<String> trigger = ArticleReadBack.string(g, m, NG.Nodes.trigger);
        if (iri.isEmpty() || status.isEmpty() || topics.isEmpty() || trigger.isEmpty() || places.size() > 1) {
            return false;
        }
        List<Node> named = new ArrayList<>();
        List<Node> unnamed = new ArrayList<>();
        for (Node p : parties) {
            (g.contains(p, RDF.Nodes.type, NG.Nodes.UnnamedParty) ? unnamed : named).add(p);
        }
        Node place = places.isEmpty() ? null : places.get(0);
        LocalDate date = ArticleReadBack.string(g, m, NG.Nodes.date).flatMap(FactIris::date).orElse(null);
        String dateText = ArticleReadBack.string(g, m, NG.Nodes.dateText).orElse(null);
        if (factorial(named.size()) * factorial(unnamed.size()) * factorial(topics.get().size()) > MAX_ORDERS) {
            return false;
        }
        for (List<Node> n : permutations(named)) {
            for (List<Node> u : permutations(unnamed)) {
                List<Node> order = new ArrayList<>(n);
                order.addAll(u);
                for (List<String> t : permutations(topics.get())) {
                    String old = RdfMapper.meetingHash(uris(order, Function.identity()), place == null ? "" : place.getURI(),
                            date, dateText, status.get(), trigger.get(), t);
                    if (old.equals(iri.get().hash())) {
                        String now = RdfMapper.meetingHash(uris(order, to), place == null ? "" : to.apply(place).getURI(),
                                date, dateText, status.get(), trigger.get(), t);
                        out.put(m, iri.get().withHash(now));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Renames a statement when its speaker changes; false when that is needed and fails. */
    private static boolean statement(Graph g, Node s, Map<Node, Node> rename, Function<Node, Node> to, Map<Node, Node> out) {
        List<Node> speakers = ArticleReadBack.objects(g, s, NG.Nodes.speaker);
        if (speakers.stream().noneMatch(rename::containsKey)) {
            return true;
        }
        Optional<HashedIri> iri = HashedIri.of(s);
        Optional<SpeakerType> type = speakerType(g, s);
        Optional<String> content = ArticleReadBack.string(g, s, NG.Nodes.text);
        Optional<String> quoted = ArticleReadBack.string(g, s, NG.Nodes.quoted);
        Optional<Long> start = ArticleReadBack.integer(g, s, NG.Nodes.evidenceStart);
        Optional<Long> end = ArticleReadBack.integer(g, s, NG.Nodes.evidenceEnd);
        Optional<List<String>> topics = topics(g, s);
        if (speakers.size() != 1 || iri.isEmpty() || type.isEmpty() || content.isEmpty() || quoted.isEmpty()
                || start.isEmpty() || end.isEmpty() || topics.isEmpty() || factorial(topics.get().size()) > MAX_ORDERS) {
            return false;
        }
        Node speaker = speakers.get(0);
        String speakerText = ArticleReadBack.string(g, s, NG.Nodes.speakerText).orElse(null);
        boolean q = Boolean.parseBoolean(quoted.get());
        int evidenceStart = start.get().intValue();
        int evidenceEnd = end.get().intValue();
        for (List<String> t : permutations(topics.get())) {
            String old = RdfMapper.statementHash(speaker.getURI(), type.get(), speakerText, content.get(), q, t, evidenceStart, evidenceEnd);
            if (old.equals(iri.get().hash())) {
                String now = RdfMapper.statementHash(to.apply(speaker).getURI(), type.get(), speakerText, content.get(), q,
                        t, evidenceStart, evidenceEnd);
                out.put(s, iri.get().withHash(now));
                return true;
            }
        }
        return false;
    }

    /** An IRI ending in {@code -HASH}. */
    private record HashedIri(String prefix, String hash) {
        static Optional<HashedIri> of(Node n) {
            if (!n.isURI() || n.getURI().lastIndexOf('-') < 0) {
                return Optional.empty();
            }
            int dash = n.getURI().lastIndexOf('-');
            return Optional.of(new HashedIri(n.getURI().substring(0, dash + 1), n.getURI().substring(dash + 1)));
        }

        Node withHash(String h) {
            return NodeFactory.createURI(prefix + h);
        }
    }

    /** The topic labels of a fact, or empty when a topic node has no single label. */
    private static Optional<List<String>> topics(Graph g, Node fact) {
        List<String> out = new ArrayList<>();
        for (Node t : ArticleReadBack.objects(g, fact, NG.Nodes.topic)) {
            List<String> labels = ArticleReadBack.strings(g, t, Terms.SKOS_PREF_LABEL);
            if (labels.size() != 1) {
                return Optional.empty();
            }
            out.add(labels.get(0));
        }
        return Optional.of(out);
    }

    private static Optional<MeetingStatus> status(Graph g, Node m) {
        List<Node> s = ArticleReadBack.objects(g, m, NG.Nodes.status);
        if (s.size() != 1) {
            return Optional.empty();
        }
        Node n = s.get(0);
        for (MeetingStatus v : MeetingStatus.values()) {
            if (n.equals(switch (v) {
                case OCCURRED -> NG.Nodes.Occurred;
                case PLANNED -> NG.Nodes.Planned;
                case PROPOSED -> NG.Nodes.Proposed;
                case CANCELLED -> NG.Nodes.Cancelled;
            })) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static Optional<SpeakerType> speakerType(Graph g, Node s) {
        List<Node> t = ArticleReadBack.objects(g, s, NG.Nodes.speakerType);
        if (t.size() != 1) {
            return Optional.empty();
        }
        Node n = t.get(0);
        if (n.equals(NG.Nodes.PersonSpeaker)) {
            return Optional.of(SpeakerType.PERSON);
        }
        if (n.equals(NG.Nodes.OrganizationSpeaker)) {
            return Optional.of(SpeakerType.ORGANIZATION);
        }
        return n.equals(NG.Nodes.UnnamedSpeaker) ? Optional.of(SpeakerType.UNNAMED) : Optional.empty();
    }

    private static Optional<LocalDate> date(String lexical) {
        try {
            return Optional.of(LocalDate.parse(lexical));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<String> uris(List<Node> nodes, Function<Node, Node> to) {
        return nodes.stream().map(n -> to.apply(n).getURI()).toList();
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** All orders of the items (one empty order for no items). */
    static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(List.copyOf(items));
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                List<T> order = new ArrayList<>(p.size() + 1);
                order.add(first);
                order.addAll(p);
                out.add(order);
            }
        }
        return out;
    }
}
