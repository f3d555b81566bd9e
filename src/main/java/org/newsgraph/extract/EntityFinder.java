package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds the people, organisations and places of an article and every mention of them: names (from the
 * name finder and the rules of {@link PersonSpotter}), surnames, and, through {@link Coreferencer},
 * role descriptions and pronouns. Thread-safe.
 */
final class EntityFinder {
    private final PersonSpotter spotter = new PersonSpotter();

    EntityIndex find(AnnotatedText text) {
        List<PersonCandidate> candidates = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<PersonCandidate> credited = CreditLine.find(s, lineStart(text, s));
            List<PersonCandidate> found = new ArrayList<>(credited);
            List<PersonCandidate> spotted = spotter.find(s, lineStart(text, s));
            boolean byline = byline(s, spotted);
            for (PersonCandidate c : spotted) {
                if (credited.stream().noneMatch(o -> o.from() < c.to() && c.from() < o.to())) {
                    (Headline.is(s) && !byline ? confirmed(text, s, c) : java.util.Optional.of(c)).ifPresent(found::add);
                }
            }
            found.sort(Comparator.comparingInt(PersonCandidate::from));
            candidates.addAll(found);
        }
        candidates.addAll(labelledOrganisations(text, candidates));
        candidates = wholeHyphenatedSurnames(text, candidates);
        PersonClusters clusters = new PersonClusters();
        clusters.nicknames(quotedNicknames(text, candidates));
        clusters.build(candidates);
        candidates.addAll(bareNames(text, candidates, clusters));
        List<PersonClusters.Person> people = new ArrayList<>(clusters.build(List.of()));
        java.util.Set<PersonClusters.Person> notPeople = PersonFilter.rejected(text, people);
        people.removeAll(notPeople);
        candidates.removeIf(c -> notPeople.contains(clusters.of(c)));
        return new Assembly(text, clusters, people, candidates).index();
    }

    /**
     * "Awa Diabaté Koné has headed the regulator since January ... KONÉ: I met ...": a name the name finder
     * typed as an organisation is a person's when its last word is the label of transcript turns in the same
     * text (a capitalised word opening a line before a colon) and its words are plain name words.
     */
    private static List<PersonCandidate> labelledOrganisations(AnnotatedText text, List<PersonCandidate> candidates) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            List<org.newsgraph.nlp.Token> t = s.tokens();
            if (t.size() > 2 && t.get(1).text().equals(":") && NameShape.isAllCaps(t.get(0).text()) && t.get(0).text().length() > 2
                    && lineStart(text, s)) {
                labels.add(NameShape.loose(t.get(0).text()));
            }
        }
        List<PersonCandidate> out = new ArrayList<>();
        if (labels.isEmpty()) {
            return out;
        }
        for (Sentence s : text.sentences()) {
            for (org.newsgraph.nlp.Name n : s.names()) {
                int a = n.tokenStart();
                int b = n.tokenEnd();
                boolean taken = candidates.stream().anyMatch(c -> c.sentence() == s.index() && c.from() < b && a < c.to());
                if (n.type() != org.newsgraph.nlp.NameType.ORGANIZATION || b - a < 2 || b - a > 4 || taken
                        || !labels.contains(NameShape.loose(s.tokens().get(b - 1).text()))) {
                    continue;
                }
                boolean plain = true;
                for (int k = a; k < b; k++) {
                    String w = s.tokens().get(k).text();
                    plain &= s.tokens().get(k).capitalised() && !Lexicon.INSTANCE.isOrgHead(w) && !Gazetteer.INSTANCE.isKnown(w);
                }
                if (plain) {
                    PersonSpotter.candidate(s, a, b, n.probability(), false).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The quoted one-word nicknames inside the names of candidates: Rosario "Charing" Reyes gives Charing. */
    private static Map<PersonCandidate, String> quotedNicknames(AnnotatedText text, List<PersonCandidate> candidates) {
        Map<PersonCandidate, String> out = new HashMap<>();
        for (PersonCandidate c : candidates) {
            List<org.newsgraph.nlp.Token> t = text.sentences().get(c.sentence()).tokens();
            for (int k = c.from() + 1; k + 2 < c.to(); k++) {
                if (QuoteSpans.isDoubleQuote(t.get(k).text()) && QuoteSpans.isDoubleQuote(t.get(k + 2).text()) && t.get(k + 1).capitalised()) {
                    out.put(c, NameShape.bare(t.get(k + 1).text()));
                }
            }
        }
        return out;
    }

    /**
     * Parts of a hyphenated token taken as two people ("Lindqvist-Berg" as Lindqvist and Berg) when the
     * whole token is the surname of a person named in full ("Henrik Lindqvist-Berg"): one candidate for
     * the whole token instead.
     */
    private static List<PersonCandidate> wholeHyphenatedSurnames(AnnotatedText text, List<PersonCandidate> candidates) {
        java.util.Set<String> fullNameWords = new java.util.HashSet<>();
        java.util.Set<String> plainWords = new java.util.HashSet<>();
        for (PersonCandidate c : candidates) {
            if (c.to() - c.from() > 1) {
                for (String w : c.name().split(" ")) {
                    (w.contains("-") ? fullNameWords : plainWords).add(NameShape.loose(w));
                }
            }
        }
        fullNameWords.removeIf(w -> java.util.Arrays.stream(w.split("-")).allMatch(plainWords::contains));
        List<PersonCandidate> out = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            if (c.to() - c.from() == 1) {
                String token = text.sentences().get(c.sentence()).tokens().get(c.from()).text();
                String whole = NameShape.bare(token);
                if (whole.contains("-") && !whole.equals(c.name()) && fullNameWords.contains(NameShape.loose(whole))) {
                    boolean done = out.stream().anyMatch(o -> o.sentence() == c.sentence() && o.from() == c.from());
                    if (!done) {
                        out.add(new PersonCandidate(c.sentence(), c.from(), c.to(), whole, c.role(), c.probability(), c.titled()));
                    }
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "Article By: Jane Doe", "Jane Doe and John Roe": a line that looks like a headline but credits the article's
     * journalists, with "By" or with nothing but names joined by "and", "&" or commas. Their names are whole although
     * they appear nowhere else.
     */
    private static boolean byline(Sentence s, List<PersonCandidate> spotted) {
        List<org.newsgraph.nlp.Token> t = s.tokens();
        if (spotted.isEmpty()) {
            return false;
        }
        if (t.stream().anyMatch(k -> k.text().equalsIgnoreCase("by"))) {
            return true;
        }
        for (int k = 0; k < t.size(); k++) {
            int at = k;
            String w = t.get(k).text();
            boolean joiner = k > 0 && (w.equals("and") || w.equals("&") || w.equals(","));
            if (!joiner && spotted.stream().noneMatch(c -> c.from() <= at && at < c.to())) {
                return false;
            }
        }
        return spotted.size() >= 2;
    }

    /** A headline name cut to the words that appear capitalised elsewhere ("Hun Sen Raises" gives "Hun Sen"). */
    private static java.util.Optional<PersonCandidate> confirmed(AnnotatedText text, Sentence s, PersonCandidate c) {
        String rest = text.text().substring(0, s.start()) + " " + text.text().substring(s.end());
        int to = c.to();
        while (to > c.from() && !elsewhere(rest, s.tokens().get(to - 1).text())) {
            to--;
        }
        boolean properNouns = s.tokens().subList(c.from(), c.to()).stream().allMatch(k -> k.pos().startsWith("PROPN"));
        if (!c.role().roles().isEmpty() && properNouns) {
            return java.util.Optional.of(c);
        }
        if (to == c.from()) {
            boolean fullName = c.to() - c.from() >= 2 && c.to() - c.from() <= 3 && properNouns;
            return fullName ? java.util.Optional.of(c) : java.util.Optional.empty();
        }
        if (to == c.to()) {
            return java.util.Optional.of(c);
        }
        return PersonSpotter.candidate(s, c.from(), to, c.probability(), c.titled());
    }

    private static boolean elsewhere(String rest, String word) {
        String w = NameShape.bare(word);
        return w.length() > 1 && (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(rest).find()
                || rest.contains(w.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Whether the sentence begins a line (where transcripts put speaker labels). */
    static boolean lineStart(AnnotatedText text, Sentence s) {
        int k = s.start() - 1;
        while (k >= 0 && (text.text().charAt(k) == ' ' || text.text().charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.text().charAt(k) == '\n';
    }

    private static final java.util.regex.Pattern ARTICLE_SURNAME = java.util.regex.Pattern.compile("(?:al|el)-\\p{Lu}\\p{L}+");
    private static final java.util.regex.Pattern GLUED_SURNAME = java.util.regex.Pattern.compile("-\\p{Lu}\\p{L}+");

    /** The end of a surname with a lower-case Arabic article at token k ("al-Obaidi", or "al" + "-Obaidi"), else k. */
    private static int articleSurnameEnd(Sentence s, int k) {
        var t = s.tokens();
        String w = t.get(k).text();
        if (ARTICLE_SURNAME.matcher(w).matches()) {
            return k + 1;
        }
        boolean split = (w.equals("al") || w.equals("el")) && k + 1 < t.size() && t.get(k + 1).start() == t.get(k).end()
                && GLUED_SURNAME.matcher(t.get(k + 1).text()).matches();
        return split ? k + 2 : k;
    }

    /** Surnames and given names of known people that no candidate covers ("Kushner", "Zelensky-Macron"). */
    private static List<PersonCandidate> bareNames(AnnotatedText text, List<PersonCandidate> known, PersonClusters clusters) {
        List<PersonCandidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            boolean[] covered = covered(s, known);
            for (int k = 0; k < s.tokens().size(); k++) {
                String w = s.tokens().get(k).text();
                int to = articleSurnameEnd(s, k);
                if (to > k && !covered[k]) {
                    // "al-Obaidi" after "Hussein Ali al-Obaidi": the surname with its lower-case article
                    PersonCandidate c = new PersonCandidate(s.index(), k, to, s.span(k, to), RolePhrase.NONE, 0.5, false);
                    if (clusters.attachWord(c)) {
                        out.add(c);
                        k = to - 1;
                    }
                    continue;
                }
                if (covered[k] || w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || insideOtherName(s, k)) {
                    continue;
                }
                for (String part : NameShape.bare(w).split("-")) {
                    if (part.length() > 1 && !Gazetteer.INSTANCE.isKnown(part)) {
                        PersonCandidate c = new PersonCandidate(s.index(), k, k + 1, NameShape.titleCase(part), RolePhrase.NONE, 0.5, false);
                        if (clusters.attachWord(c)) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the word at k stands between other name words ("Lucía" in "Alba Lucía Morales"): part of
     * a name of its own, not a short form of a known person.
     */
    private static boolean insideOtherName(Sentence s, int k) {
        return plainNameWord(s, k - 1) && plainNameWord(s, k + 1);
    }

    private static boolean plainNameWord(Sentence s, int k) {
        if (k < 0 || k >= s.tokens().size()) {
            return false;
        }
        org.newsgraph.nlp.Token t = s.tokens().get(k);
        String w = t.text();
        return t.capitalised() && t.pos().equals("PROPN") && !NameShape.isPossessive(w) && !NameShape.isFunctionWord(w)
                && !Lexicon.INSTANCE.isRoleWord(w) && !Lexicon.INSTANCE.isHonorific(w) && !Gazetteer.INSTANCE.isKnown(w)
                && !Lexicon.INSTANCE.isOrgHead(w);
    }

    private static boolean[] covered(Sentence s, List<PersonCandidate> known) {
        boolean[] covered = new boolean[s.tokens().size()];
        for (PersonCandidate c : known) {
            if (c.sentence() == s.index()) {
                java.util.Arrays.fill(covered, c.from(), c.to(), true);
            }
        }
        for (Gazetteer.Hit h : Gazetteer.INSTANCE.find(s)) {
            java.util.Arrays.fill(covered, h.from(), h.to(), true);
        }
        return covered;
    }

    /** Turns the merged people, the organisations and places, and the resolved references into an index. */
    private static final class Assembly {
        private final AnnotatedText text;
        private final PersonClusters clusters;
        private final List<PersonClusters.Person> people;
        private final List<PersonCandidate> candidates;
        private final Map<PersonClusters.Person, String> keys = new LinkedHashMap<>();
        private final List<MentionRef> refs = new ArrayList<>();
        private final Map<String, List<Mention>> mentions = new HashMap<>();
        /** Where each reference starts, by key: a second reference to the same place is dropped. */
        private final java.util.Set<Start> starts = new java.util.HashSet<>();

        private record Start(String key, int sentence, int from) {
        }

        Assembly(AnnotatedText text, PersonClusters clusters, List<PersonClusters.Person> people, List<PersonCandidate> candidates) {
            this.text = text;
            this.clusters = clusters;
            this.people = people;
            this.candidates = candidates;
        }

        EntityIndex index() {
            for (PersonClusters.Person p : people) {
                String key = Entity.keyOf(EntityType.PERSON, p.name);
                while (keys.containsValue(key)) {
                    key = key + "-2";
                }
                keys.put(p, key);
            }
            Map<Integer, List<Coreferencer.Resolved>> names = personNames();
            List<Coreferencer.Person> persons = people.stream()
                    .map(p -> new Coreferencer.Person(keys.get(p), List.copyOf(p.roles), p.gender(), p.country)).toList();
            for (Coreferencer.Resolved r : new Coreferencer(persons).resolve(text, names)) {
                add(r.key(), EntityType.PERSON, r.sentence(), r.from(), r.to(), r.kind());
            }
            List<Entity> entities = new ArrayList<>();
            for (PersonClusters.Person p : people) {
                entities.add(new Entity(keys.get(p), EntityType.PERSON, p.name, sorted(keys.get(p)), List.copyOf(p.roles),
                        PersonConfidence.of(p)));
            }
            for (PlaceOrgFinder.Found f : new PlaceOrgFinder(candidates).find(text, this::add)) {
                entities.add(new Entity(f.key(), f.type(), f.name(), sorted(f.key()), List.of(), f.confidence()));
            }
            return new EntityIndex(entities, refs);
        }

        private Map<Integer, List<Coreferencer.Resolved>> personNames() {
            Map<Integer, List<Coreferencer.Resolved>> names = new HashMap<>();
            for (PersonCandidate c : candidates) {
                String key = keys.get(clusters.of(c));
                if (key != null) {
                    names.computeIfAbsent(c.sentence(), k -> new ArrayList<>())
                            .add(new Coreferencer.Resolved(key, c.sentence(), c.from(), c.to(), MentionRef.Kind.NAME));
                }
            }
            names.values().forEach(l -> l.sort(Comparator.comparingInt(Coreferencer.Resolved::from)));
            names.replaceAll((k, l) -> joinedOverHyphens(l));
            names.values().forEach(l -> l.forEach(r -> add(r.key(), EntityType.PERSON, r.sentence(), r.from(), r.to(), r.kind())));
            return names;
        }

        /**
         * Two mentions of one person on either side of a lone hyphen are one name: a double surname the tokenizer split
         * ("Thériault - Cormier said") is one mention, so the words before it end where the name starts.
         */
        private List<Coreferencer.Resolved> joinedOverHyphens(List<Coreferencer.Resolved> in) {
            List<Coreferencer.Resolved> out = new ArrayList<>();
            for (Coreferencer.Resolved r : in) {
                Coreferencer.Resolved last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.key().equals(r.key()) && r.from() == last.to() + 1
                        && text.sentences().get(r.sentence()).tokens().get(last.to()).text().equals("-")) {
                    out.set(out.size() - 1, new Coreferencer.Resolved(r.key(), r.sentence(), last.from(), r.to(), r.kind()));
                } else {
                    out.add(r);
                }
            }
            return out;
        }

        private void add(String key, EntityType type, int sentence, int from, int to, MentionRef.Kind kind) {
            if (!starts.add(new Start(key, sentence, from))) {
                return;
            }
            refs.add(new MentionRef(key, type, sentence, from, to, kind));
            if (kind != MentionRef.Kind.PRONOUN) {
                Sentence s = text.sentences().get(sentence);
                int a = s.tokens().get(from).start();
                int b = s.tokens().get(to - 1).end();
                mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(a, b, text.text().substring(a, b)));
            }
        }

        private List<Mention> sorted(String key) {
            return mentions.getOrDefault(key, List.of()).stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        }
    }

    /** Adds a mention reference; used by the organisation and place finder. */
    interface RefSink {
        void add(String key, EntityType type, int sentence, int from, int to, MentionRef.Kind kind);
    }
}
