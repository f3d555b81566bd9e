package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges person candidates of one article into people: full names that agree on surname and first
 * initial, then one-word names ("Putin", "Secretary Blinken") into the person whose surname or given
 * name they are: when several fit, the one whose full name was written most often before, then the most recently
 * mentioned one. Not thread-safe: one per article.
 */
final class PersonClusters {
    private static final Map<String, Character> FIRST_NAMES = firstNames();

    /** One person being assembled. */
    static final class Person {
        final List<PersonCandidate> mentions = new ArrayList<>();
        final Set<String> roles = new LinkedHashSet<>();
        String name;
        char gender;
        String country;
        /** Loose keys of the quoted nicknames written inside the person's name (Rosario "Charing" Reyes). */
        final Set<String> nicknames = new java.util.HashSet<>();
        private String looseWordsOf;
        private Set<String> looseWords;

        Person(PersonCandidate c) {
            name = c.name();
            add(c);
        }

        void add(PersonCandidate c) {
            mentions.add(c);
            c.role().roles().forEach(roles::add);
            if (gender == 0) {
                gender = c.role().gender();
            }
            if (country == null) {
                country = c.role().country();
            }
            if (better(c.name(), name)) {
                name = c.name();
            }
        }

        /** The loose keys of the words the person may be called by alone: see {@link PersonClusters#matchesWord}. */
        Set<String> looseWords() {
            String of = nicknames.isEmpty() ? name : name + "|" + nicknames;
            if (!of.equals(looseWordsOf)) {
                looseWords = PersonClusters.looseWords(name);
                looseWords.addAll(nicknames);
                looseWordsOf = of;
            }
            return looseWords;
        }

        String surname() {
            return PersonClusters.surname(name);
        }

        List<String> words() {
            return List.of(name.split(" "));
        }

        /** 'm', 'f' or 0, from titles, then given names. */
        char gender() {
            if (gender != 0) {
                return gender;
            }
            Character g = FIRST_NAMES.get(words().get(0));
            return g == null ? 0 : g;
        }

        double probability() {
            return mentions.stream().mapToDouble(PersonCandidate::probability).max().orElse(0.5);
        }

        boolean titled() {
            return mentions.stream().anyMatch(PersonCandidate::titled);
        }

        /**
         * How often the full name was written before a point: of two people a bare surname could be ("Quispe" after
         * Teodoro Quispe Huamán and his daughter Rosa Quispe Ayala), it is the one the story names most.
         */
        long fullMentionsBefore(int sentence, int token) {
            return mentions.stream().filter(m -> !m.single() && (m.sentence() < sentence || m.sentence() == sentence && m.from() < token))
                    .count();
        }

        int position(int sentence, int token) {
            int last = -1;
            for (PersonCandidate m : mentions) {
                if (m.sentence() < sentence || m.sentence() == sentence && m.from() < token) {
                    last = Math.max(last, m.sentence() * 10000 + m.from());
                }
            }
            return last;
        }
    }

    private final List<Person> people = new ArrayList<>();
    private final Map<PersonCandidate, Person> byCandidate = new HashMap<>();
    private Map<PersonCandidate, String> nicknames = Map.of();

    /**
     * Quoted nicknames written inside the names of candidates (Rosario "Charing" Reyes), to be given before
     * {@link #build}: a later "Mayor Charing" is then the same person.
     */
    void nicknames(Map<PersonCandidate, String> byCandidate) {
        this.nicknames = Map.copyOf(byCandidate);
    }

    /** Builds people from all candidates of an article, given in text order. */
    List<Person> build(List<PersonCandidate> candidates) {
        candidates.stream().filter(c -> !c.single()).forEach(this::addFull);
        mergeTailsIntoFull();
        mergeHeadsIntoFull();
        candidates.stream().filter(PersonCandidate::single).forEach(this::addSingle);
        mergeSinglesIntoFull();
        return List.copyOf(people);
    }

    Person of(PersonCandidate c) {
        return byCandidate.get(c);
    }

    private void addFull(PersonCandidate c) {
        for (Person p : people) {
            if (sameFullName(p.name, c.name())) {
                attach(p, c);
                return;
            }
        }
        attach(null, c);
    }

    /** Attaches a bare word to the person it names, if any; false when no person fits. */
    boolean attachWord(PersonCandidate c) {
        String w = NameShape.loose(c.name());
        boolean any = people.stream().anyMatch(p -> matchesWord(p, w));
        if (any) {
            addSingle(c);
        }
        return any;
    }

    private void addSingle(PersonCandidate c) {
        String w = NameShape.loose(c.name());
        Person best = null;
        int bestPos = Integer.MIN_VALUE;
        long bestNamed = -1;
        for (Person p : people) {
            if (matchesWord(p, w)) {
                int pos = p.position(c.sentence(), c.from());
                long named = p.fullMentionsBefore(c.sentence(), c.from());
                if (best == null || named > bestNamed || named == bestNamed && pos > bestPos) {
                    best = p;
                    bestPos = pos;
                    bestNamed = named;
                }
            }
        }
        attach(best, c);
    }

    private void attach(Person p, PersonCandidate c) {
        if (p == null) {
            p = new Person(c);
            people.add(p);
        } else {
            p.add(c);
        }
        String nickname = nicknames.get(c);
        if (nickname != null) {
            p.nicknames.add(NameShape.loose(nickname));
        }
        byCandidate.put(c, p);
    }

    /**
     * A name of several words that is the end of exactly one longer name joins that person: "Abu Khalil" is
     * Samir Abu Khalil, "Ordóñez Pizarro" is Javier Ordóñez Pizarro, "Von Arnim" opening a sentence is
     * Katrin von Arnim.
     */
    private void mergeTailsIntoFull() {
        for (Person tail : List.copyOf(people)) {
            List<String> words = looseWordList(tail.name);
            if (words.size() < 2) {
                continue;
            }
            List<Person> fits = people.stream().filter(p -> p != tail && endsWith(looseWordList(p.name), words)).toList();
            if (fits.size() == 1) {
                moveInto(tail, fits.get(0));
            }
        }
    }

    /**
     * A name of two words or more that opens exactly one name of three words or more joins that person: the short
     * form that leaves off a second surname or a patronymic ("Lucía Ferrer" is Lucía Ferrer Olmos, "Wan Azlan" is Wan
     * Azlan Wan Yusof, "Grace Tan" is Grace Tan Mei Hua). Not when the short name ends with a particle.
     */
    private void mergeHeadsIntoFull() {
        for (Person head : List.copyOf(people)) {
            List<String> words = looseWordList(head.name);
            String last = head.name.substring(head.name.lastIndexOf(' ') + 1);
            if (words.size() < 2 || NameShape.isParticle(last) || NameShape.isInitial(last)) {
                continue;
            }
            List<Person> fits = people.stream().filter(p -> p != head && startsWith(looseWordList(p.name), words)
                    && looseWordList(p.name).size() >= 3).toList();
            if (fits.size() == 1) {
                moveInto(head, fits.get(0));
            }
        }
    }

    private static boolean startsWith(List<String> longer, List<String> head) {
        return longer.size() > head.size() && longer.subList(0, head.size()).equals(head);
    }

    /** Gives all of one person's mentions to another, who is the same person. */
    private void moveInto(Person from, Person target) {
        from.mentions.forEach(m -> {
            target.add(m);
            byCandidate.put(m, target);
        });
        target.nicknames.addAll(from.nicknames);
        people.remove(from);
    }

    private static List<String> looseWordList(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split(" ")) {
            if (!NameShape.isSuffix(w)) {
                out.add(NameShape.loose(w));
            }
        }
        return out;
    }

    private static boolean endsWith(List<String> longer, List<String> tail) {
        return longer.size() > tail.size() && longer.subList(longer.size() - tail.size(), longer.size()).equals(tail);
    }

    /** One-word people whose word is the surname of exactly one full-named person join that person. */
    private void mergeSinglesIntoFull() {
        for (Person single : List.copyOf(people)) {
            if (single.words().size() > 1) {
                continue;
            }
            String w = NameShape.loose(single.name);
            List<Person> fits = people.stream().filter(p -> p != single && p.words().size() > 1 && matchesWord(p, w)).toList();
            if (fits.size() == 1) {
                moveInto(single, fits.get(0));
            }
        }
    }

    /**
     * Whether a one-word name (as a {@link NameShape#loose} key) is the person's surname, a part of a hyphenated
     * surname, a quoted nickname or another of their words.
     */
    static boolean matchesWord(Person p, String looseWord) {
        return p.looseWords().contains(looseWord);
    }

    private static Set<String> looseWords(String name) {
        Set<String> out = new java.util.HashSet<>();
        out.add(NameShape.loose(surname(name)));
        if (name.indexOf(' ') > 0) {
            for (String part : surname(name).split("-")) {
                if (part.length() > 2 && Character.isUpperCase(part.charAt(0))) {
                    out.add(NameShape.loose(part)); // "Villanueva" of "Consuelo Dela Rosa-Villanueva"
                }
            }
        }
        for (String w : name.split(" ")) {
            if (w.length() > 1 && !NameShape.isInitial(w)) {
                out.add(NameShape.loose(w));
            }
            java.util.regex.Matcher m = ARTICLE_PREFIX.matcher(w);
            if (m.matches()) {
                out.add(NameShape.loose(m.group(1)));
            }
        }
        return out;
    }

    /** A surname after a lower-case Arabic article: "al-Saadi" is also called "Saadi". */
    private static final java.util.regex.Pattern ARTICLE_PREFIX = java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|at|az|ar|an)-(\\p{Lu}.+)");

    static boolean sameFullName(String a, String b) {
        if (NameShape.loose(a).equals(NameShape.loose(b))) {
            return true;
        }
        if (!NameShape.loose(surname(a)).equals(NameShape.loose(surname(b)))) {
            return false;
        }
        String fa = NameShape.loose(a.split(" ")[0]);
        String fb = NameShape.loose(b.split(" ")[0]);
        return !fa.isEmpty() && !fb.isEmpty() && fa.charAt(0) == fb.charAt(0);
    }

    /** Last word that is not a suffix ("Austin" in "Lloyd J. Austin III"). */
    static String surname(String name) {
        String[] w = name.split(" ");
        int k = w.length - 1;
        while (k > 0 && NameShape.isSuffix(w[k])) {
            k--;
        }
        return w[k];
    }

    /** Prefers the form with more words (not counting initials and suffixes), then the longer one. */
    private static boolean better(String candidate, String current) {
        int a = weight(candidate);
        int b = weight(current);
        return a > b || a == b && candidate.length() > current.length() && !candidate.toUpperCase(Locale.ROOT).equals(candidate);
    }

    private static int weight(String name) {
        int n = 0;
        for (String w : name.split(" ")) {
            n += NameShape.isInitial(w) || NameShape.isSuffix(w) ? 0 : 2;
        }
        return n;
    }

    /** Whether a word is a given name of first-names.txt. */
    static boolean isFirstName(String word) {
        return FIRST_NAMES.containsKey(word);
    }

    private static final Set<String> GIVEN_NAMES = WordList.lines("given-names.txt").stream().map(WordList::first)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a word is a common given name (first-names.txt) or a given name of the world's politicians (given-names.txt). */
    static boolean isGivenName(String word) {
        return FIRST_NAMES.containsKey(word) || GIVEN_NAMES.contains(word);
    }

    /**
     * Given names and the gender most bearers have: those of the world's politicians (given-names.txt, where
     * one gender clearly prevails), then the common ones of first-names.txt, which take precedence.
     */
    private static Map<String, Character> firstNames() {
        Map<String, Character> m = new HashMap<>();
        for (String l : WordList.lines("given-names.txt")) {
            String g = WordList.second(l);
            if (g.equals("m") || g.equals("f")) {
                m.put(WordList.first(l), g.charAt(0));
            }
        }
        for (String l : WordList.lines("first-names.txt")) {
            m.put(WordList.first(l), WordList.second(l).charAt(0));
        }
        return Map.copyOf(m);
    }
}
