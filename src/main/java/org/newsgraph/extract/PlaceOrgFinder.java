package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Name;
import org.newsgraph.nlp.NameType;
import org.newsgraph.nlp.Sentence;

/**
 * Finds organisations and places: gazetteer entries (canonical names, so "U.S." and "America" are one
 * place) and the name finder's organisation and location names that no person candidate covers. A place
 * used as a modifier of a title ("US special envoy") is not a mention. A country's body ("Kenya's foreign
 * ministry") is an organisation named with the nationality ("Kenyan foreign ministry"). Not thread-safe: one per article.
 */
final class PlaceOrgFinder {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    private static final Gazetteer GAZ = Gazetteer.INSTANCE;

    /** An organisation or place of the article. */
    record Found(String key, EntityType type, String name, double confidence) {
    }

    /** A mention found, held back until short names of organisations are mapped to their full names. */
    private record Pending(String key, EntityType type, int sentence, int from, int to, MentionRef.Kind kind) {
    }

    private final List<PersonCandidate> people;
    private final Map<String, Found> found = new LinkedHashMap<>();

    PlaceOrgFinder(List<PersonCandidate> people) {
        this.people = people;
    }

    List<Found> find(AnnotatedText text, EntityFinder.RefSink out) {
        List<Pending> refs = new ArrayList<>();
        EntityFinder.RefSink sink = (key, type, sentence, from, to, kind) -> refs.add(new Pending(key, type, sentence, from, to, kind));
        for (Sentence s : text.sentences()) {
            boolean[] taken = new boolean[s.tokens().size()];
            people.stream().filter(c -> c.sentence() == s.index()).forEach(c -> java.util.Arrays.fill(taken, c.from(), c.to(), true));
            List<Gazetteer.Hit> hits = GAZ.find(s);
            for (OrgKinds.Body b : OrgKinds.INSTANCE.bodies(s, hits)) {
                record(EntityType.ORGANIZATION, b.name(), 0.75, s, b.from(), b.to(), sink);
            }
            for (Gazetteer.Hit h : hits) {
                if (!overlaps(taken, h.from(), h.to()) && !(h.type() == EntityType.PLACE && titleModifier(s, h.to()))) {
                    record(h.type(), h.canonical(), 0.9, s, h.from(), h.to(), sink);
                }
                java.util.Arrays.fill(taken, h.from(), h.to(), true);
            }
            headedNames(s, taken, sink);
            for (Name n : s.names()) {
                if (n.type() == NameType.PERSON || n.type() == NameType.MISC || overlaps(taken, n.tokenStart(), n.tokenEnd())) {
                    continue;
                }
                fromNameFinder(s, n, sink);
            }
        }
        List<OrgAliases.Ref> orgs = new ArrayList<>();
        for (Pending r : refs) {
            if (r.type() == EntityType.ORGANIZATION && found.containsKey(r.key())) {
                orgs.add(new OrgAliases.Ref(r.key(), found.get(r.key()).name(), r.sentence(), r.from(), r.to()));
            }
        }
        Map<String, String> acronyms = OrgAliases.acronyms(text, orgs);
        for (Sentence s : text.sentences()) {
            for (int k = 0; k < s.tokens().size(); k++) {
                String key = acronyms.get(s.tokens().get(k).text());
                int at = k;
                if (key != null && refs.stream().noneMatch(r -> r.sentence() == s.index() && r.from() <= at && at < r.to())) {
                    refs.add(new Pending(key, EntityType.ORGANIZATION, s.index(), k, k + 1, MentionRef.Kind.NAME));
                }
            }
        }
        Map<String, String> alias = OrgAliases.of(text, orgs);
        for (Pending r : refs) {
            out.add(alias.getOrDefault(r.key(), r.key()), r.type(), r.sentence(), r.from(), r.to(), r.kind());
        }
        alias.keySet().forEach(found::remove);
        return List.copyOf(found.values());
    }

    /**
     * Runs of capitalised words ending in an organisation word ("Halvorsen Foods", "Nordvest Capital"), with
     * what follows the word ("Union of Teachers", "Ministry of Trade and Industry", see {@link OrgNameTail}).
     * A portfolio word before the head is part of the name ("Health Ministry") unless a title follows it
     * ("Health Minister").
     */
    private void headedNames(Sentence s, boolean[] taken, EntityFinder.RefSink sink) {
        List<org.newsgraph.nlp.Token> t = s.tokens();
        int k = 0;
        while (k < t.size()) {
            int a = k;
            while (k < t.size() && t.get(k).capitalised() && !taken[k] && !NameShape.isAllCaps(t.get(k).text())) {
                k++;
                k += innerLink(s, a, k, taken);
            }
            a = nameStart(s, a, k);
            a = withNationality(s, a, k);
            int head = k;
            int end = head > a && LEX.isOrgHead(t.get(head - 1).text()) ? OrgNameTail.end(s, head, taken) : head;
            if (end - a >= 2 && LEX.isOrgHead(t.get(head - 1).text()) && !namedWider(s, a, end)) {
                record(EntityType.ORGANIZATION, s.span(a, end), 0.7, s, a, end, sink);
                java.util.Arrays.fill(taken, a, end, true);
                k = end;
            }
            k = Math.max(k, a) + 1;
        }
    }

    /**
     * The tokens at k that join two capitalised words inside one organisation's name, or 0: the apostrophe of a plural
     * possessive ("the Teachers' Union", "the Hospitals' Industrial Association") and "and" or "&" between words of
     * a name that ends in an organisation word within three more words ("Nursing and Midwifery Federation"), when the
     * words from the run's start {@code a} before "and" make no name of their own.
     */
    private static int innerLink(Sentence s, int a, int k, boolean[] taken) {
        List<org.newsgraph.nlp.Token> t = s.tokens();
        if (k + 1 >= t.size() || !t.get(k + 1).capitalised() || taken[k + 1] || NameShape.isAllCaps(t.get(k + 1).text())) {
            return 0;
        }
        String w = t.get(k).text();
        if (w.equals("'") && t.get(k - 1).text().endsWith("s")) {
            return 1;
        }
        if ((w.equals("and") || w.equals("&")) && !(k - nameStart(s, a, k) > 1 && LEX.isOrgHead(t.get(k - 1).text()))) { // not "Nordvest Capital and Nordvest Logistics"
            for (int i = k + 1; i < t.size() && i <= k + 3 && t.get(i).capitalised() && !taken[i]; i++) {
                if (LEX.isOrgHead(t.get(i).text())) {
                    return 1;
                }
            }
        }
        return 0;
    }

    /**
     * The start of a name with the nationality word before it when the acronym in brackets after the name has its
     * initial ("Australian Nursing and Midwifery Federation (ANMF)"); else a.
     */
    private static int withNationality(Sentence s, int a, int k) {
        List<org.newsgraph.nlp.Token> t = s.tokens();
        if (a < 1 || a >= k || !GAZ.isDemonym(t.get(a - 1).text()) || k + 2 >= t.size() || !t.get(k).text().equals("(")
                || !t.get(k + 2).text().equals(")")) {
            return a;
        }
        return OrgAliases.initialsMatch(s.span(a - 1, k), t.get(k + 1).text()) && !OrgAliases.initialsMatch(s.span(a, k), t.get(k + 1).text())
                ? a - 1 : a;
    }

    /** Whether the name finder's organisation covers a..b and starts before it ("UK Health Security Agency"). */
    private static boolean namedWider(Sentence s, int a, int b) {
        return s.names().stream().anyMatch(n -> n.type() == NameType.ORGANIZATION && n.tokenStart() < a && n.tokenEnd() >= b
                && s.tokens().subList(n.tokenStart(), a).stream().allMatch(w -> w.capitalised() || w.lemma().equalsIgnoreCase("the")));
    }

    /** The first word of an organisation's name in the capitalised run a..k: after "the", nationalities and titles. */
    private static int nameStart(Sentence s, int a, int k) {
        List<org.newsgraph.nlp.Token> t = s.tokens();
        while (a < k && (t.get(a).lemma().equalsIgnoreCase("the") || GAZ.isDemonym(t.get(a).text()))) {
            a++;
        }
        int r = a;
        boolean title = false;
        while (r < k && LEX.isRoleWord(t.get(r).text())) {
            title |= LEX.isRoleHead(t.get(r).text());
            r++;
        }
        return title || r < k && !LEX.isOrgHead(t.get(r).text()) ? r : a;
    }

    private void fromNameFinder(Sentence s, Name n, EntityFinder.RefSink sink) {
        int a = n.tokenStart();
        int b = n.tokenEnd();
        boolean body = LEX.isOrgHead(s.tokens().get(b - 1).text()) || OrgNameTail.headedBefore(s, a, b);
        while (a < b && (s.tokens().get(a).lemma().equalsIgnoreCase("the") || !body && LEX.isRoleWord(s.tokens().get(a).text()))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.tokens().get(b - 1).text().charAt(0)) || b > a && NameShape.isClitic(s.tokens().get(b - 1).text())) {
            b--;
        }
        if (a < b && NameShape.isPossessive(s.tokens().get(b - 1).text())) {
            String name = NameShape.bare(s.span(a, b));
            recordNamed(s, n, a, b, name, sink);
            return;
        }
        if (a >= b || GAZ.isDemonym(s.span(a, b)) || LEX.isRoleWord(s.span(a, b)) || titleModifier(s, b)) {
            return;
        }
        recordNamed(s, n, a, b, s.span(a, b), sink);
    }

    private void recordNamed(Sentence s, Name n, int a, int b, String name, EntityFinder.RefSink sink) {
        Optional<Gazetteer.Hit> known = GAZ.lookup(name);
        EntityType type = known.map(Gazetteer.Hit::type)
                .orElse(n.type() == NameType.LOCATION ? EntityType.PLACE : EntityType.ORGANIZATION);
        record(type, known.map(Gazetteer.Hit::canonical).orElse(name), 0.5 + 0.4 * n.probability(), s, a, b, sink);
    }

    private void record(EntityType type, String name, double conf, Sentence s, int a, int b, EntityFinder.RefSink sink) {
        String key = Entity.keyOf(type, name);
        found.merge(key, new Found(key, type, name, Math.min(0.99, conf)),
                (x, y) -> new Found(key, type, x.name(), Math.min(0.99, Math.max(x.confidence(), y.confidence()) + 0.02)));
        sink.add(key, type, s.index(), a, b, MentionRef.Kind.NAME);
    }

    /** "US special envoy", "UK Prime Minister": a place standing for a nationality before a title. */
    private static boolean titleModifier(Sentence s, int next) {
        return next < s.tokens().size() && LEX.isRoleWord(s.tokens().get(next).text())
                && !s.tokens().get(next).text().equals("state");
    }

    private static boolean overlaps(boolean[] taken, int a, int b) {
        for (int k = a; k < b; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
