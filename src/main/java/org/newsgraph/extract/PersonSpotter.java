package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Name;
import org.newsgraph.nlp.NameType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the stretches of a sentence that name people: the name finder's person names, cleaned of
 * titles, possessives and run-ons; titled names the name finder missed ("Secretary Blinken"); speaker
 * labels of transcripts ("SECRETARY BLINKEN:"); surnames used as modifiers ("the Biden administration").
 * Thread-safe.
 */
final class PersonSpotter {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    private static final Gazetteer GAZ = Gazetteer.INSTANCE;
    private static final Set<String> ABBREVIATED = Set.copyOf(WordList.lines("name-abbreviations.txt"));
    private static final Set<String> POST_NOMINALS = Set.copyOf(WordList.lines("post-nominals.txt"));
    private static final Set<String> FEATURE_HEADS = Set.copyOf(WordList.lines("feature-heads.txt"));
    private static final Set<String> NOT_NAMES = Set.copyOf(WordList.lines("not-names.txt"));
    /** Articles that begin names of places, buildings and newspapers, not people ("La Moncloa", "El Alto", "Il Mattino"). */
    private static final Set<String> PLACE_ARTICLES = Set.of("La", "El", "Los", "Las", "Les", "Il");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million");
    /**
     * Capitalised words that open a sentence or clause before a name and are no part of it: prepositions and connective
     * adverbs the name finder takes into the name ("Besides Adhikari", "Meanwhile Ortega", "Unlike Mbeki").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("Besides", "Beside", "Meanwhile", "Moreover", "Furthermore",
            "However", "Additionally", "Also", "Separately", "Earlier", "Later", "Unlike", "Like", "Including", "Despite",
            "Following", "After", "Before", "During", "Under", "Among", "Amongst", "Against", "Without", "Through", "Since",
            "Until", "Except", "Apart", "Alongside", "Together", "Accompanying", "Yesterday", "Today", "Tomorrow", "Thus",
            "Nevertheless", "Nonetheless", "Instead", "Likewise", "Similarly", "Regarding", "Concerning", "Via", "Dear");
    /** An initial glued to the surname: "D.Kurbonzoda", written "D. Kurbonzoda"; "Kh.Nazarov", written "Kh. Nazarov". */
    private static final java.util.regex.Pattern GLUED_INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}?\\.\\p{Lu}\\p{Ll}{2,}");
    private static final Set<String> STATE_WORDS = Set.of("Republic", "Kingdom", "Federation", "Affairs", "Foreign");
    private static final Set<String> NOT_NAME_POS = Set.of("VERB", "AUX", "ADV", "PRON", "DET", "ADP", "NUM", "CCONJ",
            "SCONJ", "PART", "INTJ", "PUNCT", "SYM");

    /** The person candidates of a sentence, not overlapping, in token order. */
    List<PersonCandidate> find(Sentence s, boolean lineStart) {
        List<PersonCandidate> all = new ArrayList<>();
        if (lineStart) {
            label(s).ifPresent(all::add);
        }
        all.addAll(gluedInitials(s));
        List<PersonCandidate> named = new ArrayList<>();
        List<Name> names = joinAdjacent(s, s.names());
        for (Name n : names) {
            if (n.type() == NameType.PERSON && opensEponym(s, n, names)) {
                continue;
            }
            if (n.type() == NameType.PERSON || titledOther(s, n)) {
                named.addAll(fromNameFinder(s, n));
            } else if (personInApposition(s, n)) {
                named.addAll(fromNameFinder(s, n));
            } else {
                nameAfterRoleNoun(s, n).or(() -> givenNameInside(s, n)).or(() -> nameAfterOrgHead(s, n)).or(() -> nameAfterTitleInside(s, n)).or(() -> irishSurname(s, n)).ifPresent(p -> named.addAll(fromNameFinder(s, p)));
            }
        }
        // a titled name cut short at a mis-tagged word gives way to the whole name that contains it
        List<PersonCandidate> titled = new ArrayList<>(titled(s));
        titled.removeIf(o -> named.stream().anyMatch(c -> c.from() <= o.from() && o.to() <= c.to() && c.to() - c.from() > o.to() - o.from()));
        // a name the name finder cut short inside an apposition gives way to the whole apposition ("Fabio Riascos" in "its president, Héctor Fabio Riascos,")
        List<PersonCandidate> appositions = namedAfterRole(s);
        java.util.function.Predicate<PersonCandidate> inApposition = c -> appositions.stream()
                .anyMatch(o -> o.from() <= c.from() && c.to() <= o.to() && o.to() - o.from() > c.to() - c.from());
        titled.removeIf(inApposition);
        named.removeIf(inApposition);
        // a name the name finder cut short or glued to the portfolio before it gives way to the holder's name after the portfolio
        List<PersonCandidate> holders = namedAfterPortfolio(s);
        java.util.function.Predicate<PersonCandidate> beforeHolder = c -> holders.stream().anyMatch(o -> givesWayTo(s, c, o));
        titled.removeIf(beforeHolder);
        named.removeIf(beforeHolder);
        all.addAll(titled);
        all.addAll(named);
        all.addAll(holders);
        all.addAll(modifiers(s));
        all.addAll(hyphenatedSurnames(s));
        all.addAll(possessedNames(s));
        all.addAll(appositions);
        all.addAll(kinNamed(s));
        all.addAll(afterLowerCaseRole(s));
        return joinedOverParticles(s, nonOverlapping(all));
    }

    /**
     * "Kenneth" + "Kaunda International Airport", "Obafemi" + "Awolowo University": a person's name the name finder
     * cut from the rest of the name of a place or body named after the person, which follows with nothing between
     * and ends with a word that heads organisations, buildings or features.
     */
    private static boolean opensEponym(Sentence s, Name n, List<Name> names) {
        for (Name o : names) {
            if (o.type() != NameType.PERSON && o.tokenStart() == n.tokenEnd()) {
                String last = s.tokens().get(o.tokenEnd() - 1).text();
                return LEX.isOrgHead(last) || FEATURE_HEADS.contains(last);
            }
        }
        return false;
    }

    /** "D.Amarjargal", "Ts.Oyunchimeg", "B.Enkhtuvshin": a given name's initial glued to the name, as Mongolian and Central Asian readouts write it. */
    private static final java.util.regex.Pattern GLUED_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}?\\.\\p{Lu}\\p{Ll}{2,}\\.?");

    private static List<PersonCandidate> gluedInitials(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            StringBuilder glued = new StringBuilder();
            for (int j = i; j < t.size() && j < i + 3 && (j == i || t.get(j).start() == t.get(j - 1).end()); j++) {
                glued.append(t.get(j).text());
                String w = glued.toString();
                if (GLUED_NAME.matcher(w).matches() && !GAZ.isKnown(w.substring(w.indexOf('.') + 1).replace(".", ""))) {
                    gluedName(s, i, j + 1, w).ifPresent(out::add);
                    i = j;
                    break;
                }
                int end = INITIALS.matcher(w).matches() && !GAZ.isKnown(w) && !LEX.isHonorific(w) ? surnameAfterInitials(t, j + 1) : j + 1;
                if (end > j + 1) {
                    java.util.Optional<PersonCandidate> c = candidate(s, i, end, 0.6, false);
                    if (c.isPresent()) {
                        out.add(c.get());
                        i = end - 1;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Two or three initials with their full stops, as written before a surname: "V.R.", "K.M.". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,3}");

    /**
     * The end of one or two name words after initials at k ("V.R." + "Subramaniam"), set off by a space; k when
     * the words there are no plain name words (a place, an organisation or role word: "U.S. Navy").
     */
    private static int surnameAfterInitials(List<Token> t, int k) {
        int end = k;
        while (end < t.size() && end < k + 2 && t.get(end).capitalised() && isPlainNameWord(t.get(end)) && !LEX.isOrgHead(t.get(end).text())
                && !LEX.isHonorific(t.get(end).text())
                && !FEATURE_HEADS.contains(t.get(end).text()) && !NameShape.isAllCaps(t.get(end).text()) && !GAZ.isWorldPlace(t.get(end).text())
                && (end > k || t.get(k).start() > t.get(k - 1).end())) {
            end++;
        }
        return end;
    }

    /**
     * The candidate for tokens a..b that spell one glued name {@code w}, however the tokenizer cut it ("Kh" +
     * ".Nazarov", "A." + "Toktogulov"): written with a space after the initial, with the role around it.
     */
    private static java.util.Optional<PersonCandidate> gluedName(Sentence s, int a, int b, String w) {
        String initial = w.substring(0, w.indexOf('.') + 1);
        String surname = w.substring(w.indexOf('.') + 1).replace(".", "");
        if (b - a == 1) {
            return candidate(s, a, b, 0.6, false);
        }
        return candidate(s, a, b, 0.6, false).map(c -> new PersonCandidate(c.sentence(), a, b, initial + " " + surname, c.role(), c.probability(), c.titled()));
    }

    /**
     * "his Lao counterpart, Bounmy Phetsavong, said", "the Minister of Youth and Sports, Anar Mammadli, at", "its Secretary
     * General, Ebo Mensah Kotto,": two to four name words set off by commas right after a lower-case role noun, a capitalised
     * title after a possessive determiner ("its", "his"), or after a title with "of" or "for" and its
     * portfolio, none of them a known place, organisation or role word, are the person the role describes. Pieces
     * glued to a word belong to it ("Per" + "-Olof", "Ochieng" + "'"), and a form of address that ends the name before
     * the comma is a surname ("Amina Yusuf Sheikh,").
     */
    private static List<PersonCandidate> namedAfterRole(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 1; i + 3 < t.size(); i++) {
            String role = t.get(i - 1).text();
            boolean roleNoun = (LEX.isRoleHead(role) || LEX.isRoleWord(role)) && (!t.get(i - 1).capitalised() || ownTitle(t, i - 1));
            if (!t.get(i).text().equals(",") || !(roleNoun || afterTitleWithPortfolio(t, i + 1))) {
                continue;
            }
            int from = i + 1;
            while (from < t.size() && (LEX.isHonorific(t.get(from).text()) && t.get(from).capitalised() || t.get(from).text().equals(".") && from > i + 1)) {
                from++; // "the chairperson, Mr Tembo Banda,": the form of address is no part of the name
            }
            int end = from;
            int words = 0;
            while (end < t.size() && words < 4 && t.get(end).capitalised() && isPlainNameWord(t.get(end)) && !LEX.isHonorific(t.get(end).text())
                    && !LEX.isOrgHead(t.get(end).text()) && !GAZ.isWorldPlace(t.get(end).text()) && !DAYS_AND_MONTHS.contains(t.get(end).text())) {
                end = gluedApostrophe(t, extend(t, end + 1));
                words++;
            }
            if (words >= 2 && end + 1 < t.size() && LEX.isHonorific(t.get(end).text()) && t.get(end).capitalised()
                    && t.get(end + 1).text().equals(",") && !t.get(end).text().endsWith(".")) {
                end++; // "Fatuma Abdi Sheikh,": a surname that is also a form of address
            }
            boolean closed = end < t.size() && (t.get(end).text().equals(",") || t.get(end).text().equals(".") && end == t.size() - 1);
            if (words >= 2 && closed) {
                candidate(s, from, end, 0.6, from > i + 1).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Lower-case words inside a title's portfolio: "Minister of Trade and Industry", "Ambassador of Japan to the Maldives",
     * "Speaker of the People's Majlis".
     */
    private static final Set<String> PORTFOLIO_JOINERS = Set.of("of", "for", "to", "the", "and", "&", ",", "'s", "\u2019s");

    /**
     * "Minister for Infrastructure and Water Management Anouk Verhoeven", "High Commissioner of India to the Maldives Arvind
     * Kesavan", "Secretary for Development Vivian Leung Sze-man": a capitalised title, "of", "for" or "to" and a capitalised
     * portfolio or country, then, with no comma, two to four name words that open with a known given name and end before a
     * lower-case word or punctuation. The given name is the first word of the name: the capitalised words before it are the
     * portfolio's. No word of the name may be a known place, a title, a portfolio word or a word that heads organisations.
     */
    private static List<PersonCandidate> namedAfterPortfolio(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        if (Headline.is(s)) {
            return out;
        }
        for (int i = 1; i + 3 < t.size(); i++) {
            String prep = t.get(i).text();
            Token title = t.get(i - 1);
            if (!(prep.equals("of") || prep.equals("for") || prep.equals("to") && TITLES_WITH_TO.contains(title.text().toLowerCase(java.util.Locale.ROOT)))
                    || !title.capitalised() || NameShape.isAllCaps(title.text()) || !LEX.isRoleHead(title.text())) {
                continue;
            }
            int e = i + 1;
            while (e < t.size() && e < i + 14 && (t.get(e).capitalised() || PORTFOLIO_JOINERS.contains(t.get(e).text()))) {
                e++;
            }
            for (int g = i + 2; g + 1 < e; g++) {
                int end = g;
                while (end < t.size() && t.get(end).capitalised()) {
                    end = extend(t, end + 1); // "Ayman Saleh Al" + "-Khasawneh", "Patrick M" + "." + "Shanahan"
                }
                if (startsHolderName(t, g, end)) {
                    int from = g;
                    while (from - 1 > i + 1 && PersonClusters.isGivenName(t.get(from - 1).text()) && holderWord(t, from - 1)
                            && !placeWithWord(t.get(from - 2).text(), t.get(from - 1).text())) {
                        from--; // "Said" + "Hamad Mzee": the first of two given names opens the name
                    }
                    candidate(s, from, end, 0.6, true).ifPresent(out::add);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether candidate c gives way to the holder's name o found after a portfolio: c overlaps o, ends inside it and is
     * not o itself, and either starts inside o (a cut-short name) or takes in words before o that are no holder's name
     * (the portfolio glued to it: "Water Management Anouk Verhoeven", "Viet Nam Hoang ...").
     */
    private static boolean givesWayTo(Sentence s, PersonCandidate c, PersonCandidate o) {
        List<Token> t = s.tokens();
        boolean overlapsEnd = c.from() < o.to() && o.from() < c.to() && c.to() <= o.to() && !(c.from() == o.from() && c.to() == o.to());
        return overlapsEnd && (c.from() > o.from() || java.util.stream.IntStream.range(c.from(), o.from())
                .anyMatch(k -> !holderWord(t, k) || k > 0 && placeWithWord(t.get(k - 1).text(), t.get(k).text())));
    }

    /**
     * A given name of two syllables joined by a hyphen, the second in lower case, as Korean and Cantonese names are
     * romanised after the family name: "Park" + "Jung-hoon", "Leung" + "Sze-man".
     */
    private static final java.util.regex.Pattern HYPHENATED_GIVEN_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{2,5}");

    /**
     * Whether tokens g..e, right after a capitalised portfolio word, are a holder's name opening with a known given name,
     * or a family name and a hyphenated given name that end it ("Park Jung-hoon").
     */
    private static boolean startsHolderName(List<Token> t, int g, int e) {
        Token first = t.get(g);
        boolean opens = PersonClusters.isGivenName(first.text()) || e == g + 2 && HYPHENATED_GIVEN_NAME.matcher(t.get(g + 1).text()).matches();
        if (!t.get(g - 1).capitalised() || !opens || placeWithWord(t.get(g - 1).text(), first.text())
                || e < t.size() && t.get(e).capitalised() || wordsBesideParticles(t, g, e) < 2 || wordsBesideParticles(t, g, e) > 4) {
            return false;
        }
        for (int k = g; k < e; k++) {
            String w = t.get(k).text();
            boolean piece = !t.get(k).capitalised() || w.startsWith("-") || NameShape.isParticle(w) || NameShape.isInitial(w);
            // a family name before a hyphenated given name may look like a feature word: "Park" + "Jung-hoon"
            boolean familyName = k == g && e == g + 2 && HYPHENATED_GIVEN_NAME.matcher(t.get(g + 1).text()).matches()
                    && FEATURE_HEADS.contains(w) && !GAZ.isKnown(w);
            if (!piece && !familyName && !holderWord(t, k) || w.equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Whether two words are one place, however spelled locally: "Viet Nam", "Việt Nam", "Sri Lanka". */
    private static boolean placeWithWord(String before, String w) {
        return GAZ.isKnown(before + " " + w) || GAZ.isWorldPlaceFolded(before + " " + w);
    }

    /** A capitalised word that may stand in a holder's name: no known place, title, portfolio word or head of organisations. */
    private static boolean holderWord(List<Token> t, int k) {
        String w = t.get(k).text();
        return t.get(k).capitalised() && !NameShape.isAllCaps(w) && !LEX.isOrgHead(w) && !FEATURE_HEADS.contains(w) && !GAZ.isKnown(w)
                && !GAZ.isDemonym(w) && !LEX.isRoleWord(w) && !LEX.isRoleHead(w) && !LEX.isHonorific(w) && !DAYS_AND_MONTHS.contains(w)
                && !PORTFOLIO_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) && (isPlainNameWord(t.get(k)) || isMistaggedNameWord(t.get(k)));
    }

    /** Determiners before a capitalised title that make it one person's post: "its President", "his Deputy". */
    private static final Set<String> TITLE_DETERMINERS = Set.of("its", "his", "her", "their", "our", "Its", "His", "Her", "Their", "Our");

    /**
     * "its Secretary General", "her Deputy Chief of Staff": capitalised title words at k and before it, back to a possessive
     * determiner, so that the title names one post and a name set off by a comma after it is its holder.
     */
    private static boolean ownTitle(List<Token> t, int k) {
        int j = k;
        while (j >= 0 && j > k - 4 && t.get(j).capitalised() && (LEX.isRoleHead(t.get(j).text()) || LEX.isRoleWord(t.get(j).text()))
                && !NameShape.isAllCaps(t.get(j).text())) {
            j--;
        }
        return j >= 0 && j < k && TITLE_DETERMINERS.contains(t.get(j).text());
    }

    /**
     * "junta chief Min Aung Hlaing met", "party leader Ruth Amankwah said": two to four name words right after a
     * lower-case role noun, ending before a verb, a comma, a full stop or a possessive. None may be a known place, a
     * role or form of address, a day or month, or a word that heads organisations, buildings or features; the name
     * finder's names take precedence.
     */
    private static List<PersonCandidate> afterLowerCaseRole(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            Token role = t.get(i);
            if (role.capitalised() || !LEX.isRoleHead(role.text()) || !role.pos().equals("NOUN")) {
                continue;
            }
            int end = i + 1;
            while (end < t.size() && end < i + 5 && t.get(end).capitalised() && (isPlainNameWord(t.get(end)) || mistaggedClosedClass(t.get(end)))
                    && !LEX.isHonorific(t.get(end).text()) && !LEX.isOrgHead(t.get(end).text()) && !FEATURE_HEADS.contains(t.get(end).text())
                    && !GAZ.isWorldPlace(t.get(end).text()) && !DAYS_AND_MONTHS.contains(t.get(end).text()) && !NameShape.isAllCaps(t.get(end).text())) {
                end = extend(t, end + 1);
            }
            if (end - i - 1 < 2 || end >= t.size()) {
                continue;
            }
            Token next = t.get(end);
            String pos = MeetingLexicon.pos(next);
            boolean closed = pos.equals("VERB") || pos.equals("AUX") || next.text().equals(",") || next.text().equals(".")
                    || NameShape.isClitic(next.text());
            if (closed) {
                candidate(s, i + 1, end, 0.55, false).ifPresent(out::add);
                i = end - 1;
            }
        }
        return out;
    }

    /** Lower-case nouns of family members, after which obituaries and profiles give given names alone. */
    private static final Set<String> KIN_NOUNS = Set.of("wife", "husband", "widow", "widower", "son", "sons", "daughter",
            "daughters", "sister", "sisters", "brother", "brothers", "mother", "father", "partner", "grandson", "granddaughter",
            "grandsons", "granddaughters", "niece", "nephew", "cousin", "children", "stepson", "stepdaughter", "fiancée", "fiancé");

    /**
     * "survived by his wife, Nomvula, and two sons", "her daughters, Aoife and Siobhán.": given names alone, one or two
     * words each, listed after a lower-case noun of a family member and an optional comma, up to a comma, a full stop
     * or a lower-case word. No word may be a known place, a role or a word that heads organisations.
     */
    private static List<PersonCandidate> kinNamed(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!KIN_NOUNS.contains(t.get(i).text())) {
                continue;
            }
            int k = t.get(i + 1).text().equals(",") ? i + 2 : i + 1;
            List<int[]> items = new ArrayList<>();
            while (k < t.size()) {
                int end = k;
                while (end < t.size() && end < k + 2 && t.get(end).capitalised() && isPlainNameWord(t.get(end)) && !LEX.isHonorific(t.get(end).text())
                        && !LEX.isOrgHead(t.get(end).text()) && !GAZ.isWorldPlace(t.get(end).text()) && !DAYS_AND_MONTHS.contains(t.get(end).text())
                        && !NameShape.isAllCaps(t.get(end).text())) {
                    end++;
                }
                if (end == k) {
                    break;
                }
                items.add(new int[] {k, end});
                boolean more = end + 1 < t.size() && (t.get(end).text().equals(",") || t.get(end).text().equals("and"))
                        && t.get(end + 1).capitalised();
                k = more ? end + 1 : end;
                if (!more) {
                    break;
                }
            }
            String next = k < t.size() ? t.get(k).text() : ".";
            boolean closed = next.equals(",") || next.equals(".") || next.equals(";") || !t.get(Math.min(k, t.size() - 1)).capitalised();
            if (items.isEmpty() || !closed || k < t.size() && NameShape.isPossessive(t.get(k).text())) {
                continue;
            }
            // the family noun stands before the names as a title does, and may tell the gender
            RolePhrase kin = new RolePhrase(List.of(), kinGender(t.get(i).text()), null, i);
            for (int[] item : items) {
                candidate(s, item[0], item[1], 0.6, true)
                        .map(c -> new PersonCandidate(c.sentence(), c.from(), c.to(), c.name(), kin, c.probability(), true)).ifPresent(out::add);
            }
            i = k - 1;
        }
        return out;
    }

    private static final Set<String> FEMALE_KIN = Set.of("wife", "widow", "daughter", "daughters", "sister", "sisters", "mother",
            "granddaughter", "granddaughters", "niece", "stepdaughter", "fiancée");
    private static final Set<String> MALE_KIN = Set.of("husband", "widower", "son", "sons", "brother", "brothers", "father",
            "grandson", "grandsons", "nephew", "stepson", "fiancé");

    private static char kinGender(String noun) {
        return FEMALE_KIN.contains(noun) ? 'f' : MALE_KIN.contains(noun) ? 'm' : (char) 0;
    }

    /** Past an apostrophe glued to the end of a name word at b - 1 ("Ochieng'"), else b. */
    private static int gluedApostrophe(List<Token> t, int b) {
        boolean glued = b < t.size() && (t.get(b).text().equals("'") || t.get(b).text().equals("\u2019")) && t.get(b).start() == t.get(b - 1).end()
                && b + 1 < t.size() && t.get(b + 1).start() > t.get(b).end();
        return glued ? b + 1 : b;
    }

    /**
     * "Utrecht's Eva Bos", "the club's Tom Reid": a known given name and one or two more name words after a
     * possessive, followed by no further name word. The name finder often takes the possessor and leaves the person.
     */
    private static List<PersonCandidate> possessedNames(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 1; i + 2 < t.size(); i++) {
            if (!NameShape.isClitic(t.get(i).text()) || !PersonClusters.isGivenName(t.get(i + 1).text())) {
                continue;
            }
            int end = i + 2;
            while (end < t.size() && end < i + 4 && t.get(end).capitalised() && isPlainNameWord(t.get(end)) && !LEX.isOrgHead(t.get(end).text())) {
                end++;
            }
            boolean more = end < t.size() && t.get(end).capitalised() && !NameShape.isFunctionWord(t.get(end).text());
            if (end > i + 2 && !more && isPlainNameWord(t.get(i + 1))) {
                candidate(s, i + 1, end, 0.6, false).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A name the name finder typed as an organisation, place or other that is a title and a personal name
     * ("Datuk Seri Hafiz Irfan Zulkifli", "Chancellor Katrin von Berg"): at least two name words after the
     * titles, none of them a known place or a word that heads organisations or buildings ("Sheikh Zayed Grand
     * Mosque", "President Kennedy Airport").
     */
    private static boolean titledOther(Sentence s, Name n) {
        List<Token> t = s.tokens();
        String first = t.get(n.tokenStart()).text();
        if (n.type() == NameType.PERSON || !t.get(n.tokenStart()).capitalised() || !(LEX.isHonorific(first) || LEX.isRoleWord(first))
                || first.equalsIgnoreCase("his") || first.equalsIgnoreCase("her")) {
            return false;
        }
        int a = n.tokenStart();
        while (a < n.tokenEnd() && (LEX.isHonorific(t.get(a).text()) || LEX.isRoleWord(t.get(a).text()) || t.get(a).text().equals("."))) {
            a++;
        }
        if (n.tokenEnd() - a < 2 || !t.get(a).capitalised() || !t.get(n.tokenEnd() - 1).capitalised()) {
            return false;
        }
        for (int i = a; i < n.tokenEnd(); i++) {
            String w = t.get(i).text();
            if (i == a && n.tokenEnd() - a >= 3 && placeAsGivenName(t, i)) {
                continue;
            }
            if (!(t.get(i).capitalised() || NameShape.isParticle(w)) || LEX.isOrgHead(w) || FEATURE_HEADS.contains(w)
                    || GAZ.isDemonym(w) || LEX.isRoleWord(w) || GAZ.isKnown(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Minister of Foreign Affairs and Expatriates Ayman Haddadin" typed as one organisation: the end of a
     * non-person name that starts with a known given name and is followed by a verb or comma is a person's
     * name after a title. Never when the name ends with a word that heads organisations or buildings.
     */
    /**
     * "Expatriates Ayman Haddadin", "Technology Miguel Sardinha Reis": a plural noun, or a common noun in a name the
     * name finder gave another type than person, the end of a title or of a ministry's name, before a given name
     * and a surname. ("Pape/NOUN Samba Guèye" typed as a person's name keeps its first word.)
     */
    private static boolean pluralBeforeGivenName(List<Token> t, int a, int b, boolean inOtherName) {
        Token w = t.get(a);
        String x = w.text();
        boolean plural = x.length() > 3 && x.endsWith("s") && !x.equalsIgnoreCase(w.lemma());
        return b - a >= 3 && (plural || inOtherName && w.pos().equals("NOUN")) && !PersonClusters.isGivenName(x)
                && PersonClusters.isGivenName(t.get(a + 1).text());
    }

    /**
     * "Minister for Communication and" + "Information Technology Prakash Gurung", typed as one organisation: a name of
     * another type than person that opens after "and", "of" or "for" is the end of a portfolio when a known given name
     * stands inside it with one or two name words after it; the person's name starts at the given name.
     */
    private static int pastPortfolio(List<Token> t, int a, int b, boolean inOtherName) {
        if (!inOtherName || a == 0 || !Set.of("and", "of", "for", "&").contains(t.get(a - 1).text())) {
            return a;
        }
        for (int g = a + 1; g < b - 1 && g <= a + 6; g++) {
            if (PersonClusters.isGivenName(t.get(g).text()) && b - g <= 3) {
                for (int k = a; k < g; k++) {
                    String w = t.get(k).text();
                    boolean joiner = k > a && (w.equals("and") || w.equals("&") || w.equals(","));
                    if (!(t.get(k).capitalised() || joiner) || PersonClusters.isGivenName(w)) {
                        return a;
                    }
                }
                return g;
            }
        }
        return a;
    }

    /** Forms of address that never stand inside a personal name, only before one. */
    /** "Sri" of "Governor Sri Wahyuni": a word that is a title only after another title, opening a name here (given-name-titles.txt). */
    private static boolean givenNameTitle(List<Token> t, int k) {
        return LEX.isGivenNameAfter(t.get(k).text(), k == 0 ? null : t.get(k - 1).text()) || innerNameWord(t, k);
    }

    /**
     * "Faadumo Haji Nuur", "Hussein Haji Ali": a pilgrim's title between a given name and a further
     * name word is part of a Somali, Arabic or Malay name (inner-name-words.txt), not the start of a new name.
     */
    private static boolean innerNameWord(List<Token> t, int k) {
        if (k == 0 || k + 1 >= t.size() || !INNER_NAME_WORDS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        Token before = t.get(k - 1);
        Token after = t.get(k + 1);
        return before.capitalised() && after.capitalised() && isPlainNameWord(before) && isPlainNameWord(after)
                && !LEX.isHonorific(before.text()) && !LEX.isRoleWord(before.text()) && !GAZ.isKnown(before.text())
                && !LEX.isHonorific(after.text()) && !LEX.isRoleWord(after.text()) && !GAZ.isKnown(after.text());
    }

    private static final Set<String> INNER_NAME_WORDS = Set.copyOf(WordList.lines("inner-name-words.txt"));

    private static final Set<String> ADDRESS_FORMS = Set.of("dr", "mr", "mrs", "ms", "prof", "sir", "dame", "hon");

    /**
     * Past the titles, nationalities and function words that open a name at a, and past a form of address inside
     * it with the title words before it ("State Engineer Dr. Lucinda Mares").
     */
    private static int pastTitles(List<Token> t, int a, int b, boolean inOtherName) {
        for (int k = b - 2; k > a; k--) {
            String w = t.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (ADDRESS_FORMS.contains(stripDot(w)) && t.get(k).capitalised()) {
                int next = k + 1 < b && t.get(k + 1).text().equals(".") ? k + 2 : k + 1;
                if (next < b && t.get(next).capitalised()) {
                    a = next;
                    break;
                }
            }
        }
        while (a < b && (LEX.isHonorific(t.get(a).text()) && !givenNameTitle(t, a) || a + 1 < t.size() && LEX.opensTitlePair(t.get(a).text(), t.get(a + 1).text())
                || LEX.isRoleWord(t.get(a).text())
                || GAZ.isDemonym(t.get(a).text()) || NameShape.isFunctionWord(t.get(a).text()) || pluralBeforeGivenName(t, a, b, inOtherName))) {
            a++;
        }
        return a;
    }

    /**
     * Past a place that ends a title and opens the name at a, as in "Ambassador of Japan to Viet Nam Suzuki Kenta":
     * a known or world place of one to three words with two plain name words after it (not "Kano State Governor"),
     * or the end of one that the name finder cut ("Viet" + "Nam Claire Dubois"). A one-word place that is also a
     * given name ("Jordan", "Florence") is kept.
     */
    private static int pastLeadingPlace(List<Token> t, int a, int b) {
        if (a > 0 && b - a == 3 && t.get(a - 1).capitalised() && (LEX.isRoleHead(t.get(a - 1).text()) || LEX.isHonorific(t.get(a - 1).text()))
                && placeAsGivenName(t, a)) {
            return a; // "Interior Minister" + "Santiago Ibarra Lozano": a place right after a title is a given name
        }
        for (int k = Math.min(3, b - a - 2); k >= 1; k--) {
            String place = spanText(t, a, a + k);
            boolean known = (GAZ.isKnown(place) && !GAZ.isDemonym(place) || GAZ.isWorldPlaceFolded(place))
                    && (k > 1 || !PersonClusters.isGivenName(place));
            boolean endOfPlace = a > 0 && t.get(a - 1).capitalised() && GAZ.isWorldPlaceFolded(spanText(t, a - 1, a + k)); // "Viet" + "Nam Claire Dubois"
            if ((known || endOfPlace) && t.get(a + k).capitalised() && t.get(a + k + 1).capitalised()
                    && isPlainNameWord(t.get(a + k)) && isPlainNameWord(t.get(a + k + 1)) && !LEX.isHonorific(t.get(a + k).text())) {
                return a + k;
            }
        }
        return a;
    }

    private static String spanText(List<Token> t, int a, int b) {
        StringBuilder out = new StringBuilder();
        for (int k = a; k < b; k++) {
            out.append(k > a ? " " : "").append(t.get(k).text());
        }
        return out.toString();
    }

    /**
     * A person's name the name finder typed as an organisation: two to four plain name words after a role
     * ("whose president, Aníbal Fretes Duarte, said") or opening with a given name, followed by a comma or
     * a verb, or ending the sentence after a comma ("joined by the ombudsman, Alba Lucía Morales."). No word may head organisations or buildings or be a known place or nationality.
     */
    private static boolean personInApposition(Sentence s, Name n) {
        List<Token> t = s.tokens();
        int a = n.tokenStart();
        int b = n.tokenEnd();
        if (n.type() != NameType.ORGANIZATION || b - a < 2 || b - a > 4 || b >= t.size()) {
            return false;
        }
        String next = MeetingLexicon.pos(t.get(b));
        boolean givenName = PersonClusters.isGivenName(t.get(a).text());
        boolean closingApposition = a > 0 && t.get(a - 1).text().equals(",") && b == t.size() - 1 && t.get(b).text().equals(".");
        if (!(t.get(b).text().equals(",") || next.equals("VERB") || next.equals("AUX") || givenName && besidePerson(s, b)
                || closingApposition)) {
            return false;
        }
        boolean described = describedAsSomeone(t, b);
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            boolean nameWord = isPlainNameWord(t.get(k)) || givenName && k > 0 && isMistaggedNameWord(t.get(k))
                    || placeEndingSurnames(t, a, k, b);
            if (!t.get(k).capitalised() || !nameWord || LEX.isOrgHead(w) || FEATURE_HEADS.contains(w)
                    || NameShape.isAllCaps(w) || DAYS_AND_MONTHS.contains(w)) {
                return false;
            }
        }
        boolean portfolio = a > 0 && (t.get(a - 1).text().equals("of") || t.get(a - 1).text().equals("for")); // "Minister of Rural Development,"
        return described || givenName || !portfolio && !RolePhrase.before(s, a).roles().isEmpty() || afterTitleWithPortfolio(t, a);
    }

    /** Titles of posts held towards a country or a person, with "to": "Ambassador to Yemen", "Adviser to the President". */
    private static final Set<String> TITLES_WITH_TO = Set.of("ambassador", "envoy", "adviser", "advisor", "commissioner", "representative",
            "counsellor", "counselor", "delegate", "attaché", "attache", "nuncio", "secretary");

    /**
     * "the Minister of Energy and Natural Resources, Harjit Bains Gill", "the envoy for the Great Lakes, Sipho
     * Ndlovu-Masilela", "the Saudi Ambassador to Yemen, Faisal bin Turki Al-Harbi": a comma before a, after a title and
     * "of" or "for" (or "to" after the title of an envoy or adviser) with its capitalised portfolio or region.
     */
    private static boolean afterTitleWithPortfolio(List<Token> t, int a) {
        if (a < 4 || !t.get(a - 1).text().equals(",")) {
            return false;
        }
        for (int k = a - 2; k > 0 && k >= a - 12; k--) {
            String w = t.get(k).text();
            if (w.equals("of") || w.equals("for") || w.equals("to") && TITLES_WITH_TO.contains(t.get(k - 1).text().toLowerCase(java.util.Locale.ROOT))) {
                return k < a - 2 && LEX.isRoleHead(t.get(k - 1).text());
            }
            if (!(w.equals("and") || w.equals("&") || w.equals(",") || w.equals("the") || t.get(k).capitalised())) {
                return false;
            }
        }
        return false;
    }

    /**
     * A capitalised word inside a name that the tagger took for a verb, preposition or the like because it does
     * not know it ("Inês/NOUN Carvalho/ADP Mota"): a name word all the same when it is no English function word,
     * role word or known place.
     */
    private static boolean isMistaggedNameWord(Token x) {
        String w = x.text();
        return NameShape.isNameWord(w) && w.length() > 2 && !LEX.isRoleWord(w) && !GAZ.isKnown(w) && !LEX.isHonorific(w)
                && !FUNCTION_WORDS_ANY_CASE.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /** Closed word classes: the tagger puts an unknown capitalised word there only by mistake. */
    private static final Set<String> CLOSED_CLASSES = Set.of("ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART");

    /**
     * A capitalised word the tagger put in a closed word class although it is no English function word
     * ("Senior Counsel Ochieng/ADP", "Minister Inês/NOUN Carvalho/ADP Mota"): a name word it does not know.
     */
    private static boolean mistaggedClosedClass(Token w) {
        return CLOSED_CLASSES.contains(w.pos()) && w.capitalised() && isMistaggedNameWord(w);
    }

    /** English words the tagger rightly tags as function words, whatever their case. */
    private static final Set<String> FUNCTION_WORDS_ANY_CASE = Set.of("the", "a", "an", "and", "or", "of", "in", "on", "at", "to",
            "for", "with", "by", "from", "as", "but", "if", "this", "that", "it", "he", "she", "we", "they", "you", "his", "her",
            "its", "their", "our", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "not", "no", "after",
            "before", "under", "over", "about", "into", "than", "then", "there", "here", "when", "while", "where", "who", "which");

    /**
     * "including Syed Kamal Raza and Nadia Akhtar": a name at b-1 joined by "and" to a person's name that the name
     * finder found, as people are listed together.
     */
    private static boolean besidePerson(Sentence s, int b) {
        List<Token> t = s.tokens();
        return b + 1 < t.size() && t.get(b).text().equals("and")
                && s.names().stream().anyMatch(n -> n.type() == NameType.PERSON && n.tokenStart() == b + 1);
    }

    /**
     * ", a broker in District 1, said": a name at b-1 described after a comma by "a" or "an" and lower-case
     * words, the last a noun but no kind of organisation ("Haneul Cell, a battery maker," names a company).
     */
    private static boolean describedAsSomeone(List<Token> t, int b) {
        if (b >= t.size() || !t.get(b).text().equals(",")) {
            return false;
        }
        int head = OrgCues.descriptionHead(t, b + 1);
        return head > 0 && t.get(head).pos().equals("NOUN") && !OrgCues.INSTANCE.isKindOfOrganisation(t.get(head).text());
    }

    private static final Set<String> SAINTS = Set.of("San", "Santa", "Santo", "São", "Saint", "St", "Sankt", "Sainte");

    /**
     * "Chairman of the Hai Phong People's Committee Nguyen Van Duc": a person's name the name finder glued to
     * the organisation before it, as the words after the organisation's last head word ("Committee",
     * "Ministry") when they are two to four plain name words ending the name, none a known place or a title,
     * and a title owned by the organisation comes before it.
     */
    private static java.util.Optional<Name> nameAfterOrgHead(Sentence s, Name n) {
        List<Token> t = s.tokens();
        int a = n.tokenStart();
        int b = n.tokenEnd();
        if (n.type() != NameType.ORGANIZATION || b - a < 3) {
            return java.util.Optional.empty();
        }
        int head = -1;
        for (int k = a; k < b; k++) {
            if (LEX.isOrgHead(t.get(k).text())) {
                head = k;
            }
        }
        if (head < 0 || b - head - 1 < 2 || b - head - 1 > 4) {
            return java.util.Optional.empty();
        }
        for (int k = head + 1; k < b; k++) {
            String w = t.get(k).text();
            if (!t.get(k).capitalised() || !isPlainNameWord(t.get(k)) || GAZ.isKnown(w) || LEX.isRoleWord(w) || LEX.isHonorific(w)
                    || FEATURE_HEADS.contains(w) || NameShape.isAllCaps(w) || DAYS_AND_MONTHS.contains(w)) {
                return java.util.Optional.empty();
            }
        }
        int from = head + 1;
        boolean titledBefore = false; // "Chairman of the ... Committee": a title owned by the organisation
        for (int k = Math.max(0, a - 6); k + 1 < a + 1 && k < a; k++) {
            titledBefore |= LEX.isRoleHead(t.get(k).text()) && t.get(k + 1).text().equals("of");
        }
        if (!titledBefore) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Name(NameType.PERSON, from, b, t.get(from).start(), t.get(b - 1).end(),
                s.text().substring(t.get(from).start() - s.start(), t.get(b - 1).end() - s.start()), n.probability()));
    }

    /** Nouns of ministers' portfolios that may end a title before the holder's name (portfolio-words.txt): "Regional Development". */
    private static final Set<String> PORTFOLIO_WORDS = Set.copyOf(WordList.lines("portfolio-words.txt"));

    /**
     * A person's name that the name finder glued, as one organisation, place or other name, to the title or portfolio
     * before it: "Sacramento Kings guard Marquis Holloway", "the Most Honourable Andrew Holness", "Fianna Fáil TD Mary
     * Byrne", "Minister of Agriculture and Forestry Sari Heinonen", "Coordinating Minister for Infrastructure and Regional
     * Development Teuku Rizal". The name is the two to four plain name words (and particles) after the last title word
     * inside the span, or after its last portfolio noun when the span continues the portfolio of a title ("Minister
     * of ... and"). None of them may be a known place, nationality, title or a word that heads organisations or buildings.
     */
    private static java.util.Optional<Name> nameAfterTitleInside(Sentence s, Name n) {
        List<Token> t = s.tokens();
        int a = n.tokenStart();
        int b = n.tokenEnd();
        if (n.type() == NameType.PERSON || b - a < 3 || Headline.is(s)) {
            return java.util.Optional.empty();
        }
        boolean portfolio = continuesPortfolio(t, a);
        int split = -1;
        for (int k = a; k <= b - 3; k++) {
            String w = t.get(k).text();
            boolean title = LEX.isRoleHead(w) && !GAZ.isKnown(w) || LEX.isHonorific(w) && !w.equalsIgnoreCase("his") && !w.equalsIgnoreCase("her")
                    && !givenNameTitle(t, k);
            if (title || portfolio && PORTFOLIO_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                split = k;
            }
        }
        if (split < 0) {
            return java.util.Optional.empty();
        }
        int from = split + 1;
        if (!t.get(from).capitalised() || !t.get(b - 1).capitalised() || wordsBesideParticles(t, from, b) < 2 || wordsBesideParticles(t, from, b) > 4) {
            return java.util.Optional.empty();
        }
        for (int k = from; k < b; k++) {
            String w = t.get(k).text();
            if (NameShape.isParticle(w) && k > from) {
                continue;
            }
            boolean nameWord = isPlainNameWord(t.get(k)) || isMistaggedNameWord(t.get(k));
            if (!t.get(k).capitalised() || !nameWord || LEX.isOrgHead(w) || FEATURE_HEADS.contains(w) || GAZ.isDemonym(w) || GAZ.isKnown(w)
                    || LEX.isRoleWord(w) || LEX.isHonorific(w) && !givenNameTitle(t, k) || NameShape.isAllCaps(w) || DAYS_AND_MONTHS.contains(w)
                    || PORTFOLIO_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new Name(NameType.PERSON, from, b, t.get(from).start(), t.get(b - 1).end(),
                s.text().substring(t.get(from).start() - s.start(), t.get(b - 1).end() - s.start()), n.probability()));
    }

    /**
     * Whether the words from a continue the portfolio of a title: "of" or "for" after a title word, then only
     * capitalised words, "and", "&" or commas up to a ("Minister of Agriculture and" + "Forestry ...").
     */
    private static boolean continuesPortfolio(List<Token> t, int a) {
        for (int k = a - 1; k > 0 && k >= a - 10; k--) {
            String w = t.get(k).text();
            if (w.equals("of") || w.equals("for")) {
                return LEX.isRoleHead(t.get(k - 1).text());
            }
            if (!(w.equals("and") || w.equals("&") || w.equals(",") || t.get(k).capitalised())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Ó" + "Flaithearta", "Mac" + "Suibhne": a one- or two-word name of another type right after an Irish patronymic
     * prefix is a surname, the prefix its first word (a given name before it is added by {@link #fromNameFinder}).
     */
    private static java.util.Optional<Name> irishSurname(Sentence s, Name n) {
        List<Token> t = s.tokens();
        int a = n.tokenStart() - 1;
        int b = n.tokenEnd();
        if (a < 0 || b - a > 3 || !IRISH_PREFIXES.contains(t.get(a).text()) || t.get(a).end() == t.get(a + 1).start()) {
            return java.util.Optional.empty();
        }
        for (int k = a + 1; k < b; k++) {
            String w = t.get(k).text();
            if (!t.get(k).capitalised() || !NameShape.isNameWord(w) || GAZ.isKnown(w) || LEX.isOrgHead(w) || LEX.isRoleWord(w)
                    || NameShape.isAllCaps(w)) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new Name(NameType.PERSON, a, b, t.get(a).start(), t.get(b - 1).end(),
                s.text().substring(t.get(a).start() - s.start(), t.get(b - 1).end() - s.start()), n.probability()));
    }

    /**
     * "lawmaker Priscilla Ho Mei-ling", "magistrate Rosa Elvira Matamoros Paz", "spokeswoman Dunia Isabel Rápalo": a name
     * the name finder typed as an organisation or place right after a lower-case role noun is the person the role
     * describes when it has two to four words, one of them a known given name, and none of them a known place, title or
     * word that heads organisations, buildings or features.
     */
    private static java.util.Optional<Name> nameAfterRoleNoun(Sentence s, Name n) {
        List<Token> t = s.tokens();
        int a = n.tokenStart();
        int b = n.tokenEnd();
        if (a < 1 || Headline.is(s) || wordsBesideParticles(t, a, b) < 2 || wordsBesideParticles(t, a, b) > 4) {
            return java.util.Optional.empty();
        }
        Token role = t.get(a - 1);
        if (role.capitalised() || !LEX.isRoleHead(role.text()) || !role.pos().equals("NOUN")) {
            return java.util.Optional.empty();
        }
        boolean given = false;
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            boolean piece = k > a && (w.startsWith("-") || NameShape.isParticle(w));
            if (!piece && !holderWord(t, k)) {
                return java.util.Optional.empty();
            }
            given |= PersonClusters.isGivenName(w);
        }
        return given ? java.util.Optional.of(new Name(NameType.PERSON, a, b, n.start(), n.end(), n.text(), n.probability()))
                : java.util.Optional.empty();
    }

    private static java.util.Optional<Name> givenNameInside(Sentence s, Name n) {
        List<Token> t = s.tokens();
        int end = n.tokenEnd();
        String last = t.get(end - 1).text();
        if (end - n.tokenStart() < 3 || n.type() == NameType.LOCATION || LEX.isOrgHead(last) || FEATURE_HEADS.contains(last) || GAZ.isKnown(last)
                || end < t.size() && !(MeetingLexicon.pos(t.get(end)).equals("VERB") || MeetingLexicon.pos(t.get(end)).equals("AUX")
                || t.get(end).text().equals(",") || t.get(end).text().equals("and"))) {
            return java.util.Optional.empty();
        }
        for (int k = n.tokenStart() + 1; k <= end - 2; k++) {
            if (PersonClusters.isGivenName(t.get(k).text()) && t.get(k - 1).capitalised() && !NameShape.isParticle(t.get(k - 1).text())
                    && !SAINTS.contains(t.get(k - 1).text())) {
                while (k - 1 >= n.tokenStart() && PersonClusters.isGivenName(t.get(k - 1).text()) && isPlainNameWord(t.get(k - 1))
                        && !LEX.isHonorific(t.get(k - 1).text())) {
                    k--; // "Amina Said Mfinanga": the first of two given names opens the name
                }
                for (int j = k; j < end; j++) {
                    if (!t.get(j).capitalised() && !NameShape.isParticle(t.get(j).text())) {
                        return java.util.Optional.empty();
                    }
                }
                return java.util.Optional.of(new Name(NameType.PERSON, k, end, t.get(k).start(), t.get(end - 1).end(),
                        s.text().substring(t.get(k).start() - s.start(), t.get(end - 1).end() - s.start()), n.probability()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Person names the name finder cut in two with nothing between them ("Luisa" + "Fernanda Ortiz",
     * "Alhaji Musa" + "Danladi Sule"), joined: two people are never named back to back without a comma
     * or a conjunction. Names of other types are kept as they are.
     */
    static List<Name> joinAdjacent(Sentence s, List<Name> names) {
        List<Name> out = new ArrayList<>();
        for (Name n : names) {
            Name prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == NameType.PERSON && n.type() == NameType.PERSON
                    && prev.tokenEnd() == n.tokenStart()) {
                out.set(out.size() - 1, new Name(NameType.PERSON, prev.tokenStart(), n.tokenEnd(), prev.start(), n.end(),
                        s.text().substring(prev.start() - s.start(), n.end() - s.start()),
                        Math.min(prev.probability(), n.probability())));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Lower-case words that join the parts of one name: "Salim bin Nasser", "Katrin von Berg", the Iban "anak" ("son
     * of", "Jenang anak Ngumbang") and the Kalenjin "arap" ("Kiprono arap Chepkwony"); the French "épouse" ("wife of")
     * and its abbreviation "épse", with which West and Central African news gives a married woman's full name: "Adjoua
     * Kouassi épouse Bamba".
     */
    private static final Set<String> JOINING_PARTICLES = Set.of("bin", "binti", "bint", "ibn", "ben", "van", "von", "de", "da",
            "di", "del", "della", "dos", "das", "du", "der", "den", "ter", "ten", "el", "zu", "anak", "arap", "épouse", "épse");

    /**
     * Two names with only a joining particle between them are one name the name finder cut in two:
     * "Minister of State Salim" + "bin" + "Nasser Al Harthy".
     */
    private static List<PersonCandidate> joinedOverParticles(Sentence s, List<PersonCandidate> in) {
        List<PersonCandidate> out = new ArrayList<>();
        for (PersonCandidate c : in) {
            PersonCandidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && c.from() == prev.to() + 1 && JOINING_PARTICLES.contains(s.tokens().get(prev.to()).text())) {
                java.util.Optional<PersonCandidate> whole = candidate(s, prev.from(), c.to(), Math.min(prev.probability(), c.probability()),
                        prev.titled() || c.titled());
                if (whole.isPresent()) {
                    out.set(out.size() - 1, whole.get());
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static List<PersonCandidate> nonOverlapping(List<PersonCandidate> all) {
        List<PersonCandidate> out = new ArrayList<>();
        for (PersonCandidate c : all) {
            boolean clash = out.stream().anyMatch(o -> o.from() < c.to() && c.from() < o.to()
                    && !(o.from() == c.from() && o.to() == c.to() && !o.name().equals(c.name())));
            if (!clash) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(PersonCandidate::from));
        return out;
    }

    private List<PersonCandidate> fromNameFinder(Sentence s, Name n) {
        List<Token> t = s.tokens();
        int a = n.tokenStart();
        int b = n.tokenEnd();
        boolean other = n.type() != NameType.PERSON;
        a = pastPortfolio(t, a, b, other);
        a = pastTitles(t, a, b, other);
        a = pastTitles(t, pastLeadingPlace(t, a, b), b, other);
        while (b - a >= 2 && CLAUSE_OPENERS.contains(t.get(a).text())) {
            a++; // "Besides Adhikari and ...", "Meanwhile Ortega said": a capitalised connective opening the sentence
        }
        if (a < b && modifier(s, a, b)) {
            return List.of();
        }
        b = cut(s, a, b);
        if (b > a) {
            b = extend(t, b);
        }
        while (b - a >= 2 && wordsBesideParticles(t, a, b) < 5 && b < t.size() && !Headline.is(s) && t.get(b).pos().equals("PROPN") && isPlainNameWord(t.get(b))
                && !LEX.isOrgHead(t.get(b).text()) && !FEATURE_HEADS.contains(t.get(b).text()) && !DAYS_AND_MONTHS.contains(t.get(b).text())
                && t.get(b).start() == t.get(b - 1).end() + 1) {
            b++; // a name the name finder cut short: "Gustavo Adolfo" + "Marquez Rios"
        }
        if (b - a == 3 && t.get(a + 1).text().equals("-") && b < t.size() && t.get(b).pos().equals("PROPN") && isPlainNameWord(t.get(b))) {
            b++;
        }
        if (b - a == 1 && surnameAfterGivenName(t, a, b)) {
            b++; // "the player's father, Cláudio" + "Prado": a given name the name finder took alone
        }
        if (b > a && b < t.size() && NameShape.isClickName(t.get(b).text())) {
            b++; // "Selma" + "!Naruseb": a surname with a click letter, which the tagger takes for punctuation
        }
        b = extend(t, b); // "Ammar Hamid al" + "-" + "Jubouri", after the words added above
        if (b + 1 < t.size() && JOINING_PARTICLES.contains(t.get(b).text()) && t.get(b + 1).capitalised() && isPlainNameWord(t.get(b + 1))) {
            b += 2; // "Maarten" + "ter" + "Horst", where the name finder took the surname for a place
        }
        if (b - a >= 2 && a > 0 && (givenNameBefore(t, a) || givenNameEndingOtherName(s, a) || givenNameBeforeIrishSurname(t, a))) {
            a--;
        }
        if (b - a >= 2 && a >= 2 && t.get(a - 1).text().equals("-") && t.get(a - 1).start() == t.get(a - 2).end()
                && t.get(a - 1).end() == t.get(a).start() && t.get(a - 2).capitalised() && isPlainNameWord(t.get(a - 2))) {
            a -= 2; // "Radu-Mihai Petrescu", where the name finder kept only "Mihai Petrescu"
        }
        if (a < b && b - a == 1 && t.get(a).text().indexOf('-') > 0) {
            return hyphenParts(s, a, n.probability());
        }
        return candidate(s, a, b, n.probability(), false).map(List::of).orElse(List.of());
    }

    /**
     * Whether the word at b is the surname of the one-word name at a: a known given name followed by one proper noun
     * that is a plain name word (no place, organisation or building word, day or month) and ends the name.
     */
    private static boolean surnameAfterGivenName(List<Token> t, int a, int b) {
        if (b + 1 >= t.size() || !PersonClusters.isGivenName(t.get(a).text()) || t.get(b).start() != t.get(b - 1).end() + 1) {
            return false;
        }
        Token w = t.get(b);
        Token after = t.get(b + 1);
        return w.pos().equals("PROPN") && w.capitalised() && isPlainNameWord(w) && !NameShape.isParticle(w.text())
                && !LEX.isOrgHead(w.text()) && !FEATURE_HEADS.contains(w.text()) && !DAYS_AND_MONTHS.contains(w.text())
                && !GAZ.isWorldPlace(w.text()) && !NameShape.isAllCaps(w.text()) && !after.capitalised();
    }

    /** The words of tokens a..b other than particles: "Talal bin Saud Al Busaidi" has four. */
    private static int wordsBesideParticles(List<Token> t, int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            n += NameShape.isParticle(t.get(k).text()) ? 0 : 1;
        }
        return n;
    }

    /**
     * Past glued pieces of a name: "R." + "Pompeo", "Ma." + "Teresa", "al" + "-" + "Sudani", "-Sudani",
     * a suffix "Jr.", a quoted nickname between given name and surname (Ronaldo "Jun" Bautista).
     */
    static int extend(List<Token> t, int b) {
        while (b < t.size()) {
            Token x = t.get(b);
            boolean glued = x.start() == t.get(b - 1).end();
            boolean joiner = x.text().equals("-") || x.text().equals(".")
                    && (NameShape.isInitial(t.get(b - 1).text()) || ABBREVIATED.contains(t.get(b - 1).text()));
            if (glued && joiner && b + 1 < t.size() && isPlainNameWord(t.get(b + 1))) {
                b += 2;
            } else if (nickname(t, b)) {
                b += 4;
                for (int more = 0; more < 2 && b < t.size() && t.get(b).pos().equals("PROPN") && isPlainNameWord(t.get(b)); more++) {
                    b++; // the rest of the surname after the nickname: "Connie" Dela Rosa
                }
            } else if (connected(t, b) || particleJoined(t, b) || articleWithHyphen(t, b) == 2) {
                b += 2;
            } else if (articleWithHyphen(t, b) == 3) {
                b += 3;
            } else if (afterTrailingParticle(t, b)) {
                b++;
            } else if (glued && x.text().matches("-\\p{Lu}.*") || NameShape.isSuffix(x.text())) {
                b++;
            } else if (b >= 2 && t.get(b - 2).text().equals(".") && isPlainNameWord(x)) {
                b++;
            } else {
                break;
            }
        }
        return b;
    }

    /**
     * A lower-case joining particle at b between a name word and a capitalised name word ("Kiprono" + "arap" +
     * "Chepkwony", "Jenang" + "anak" + "Ngumbang", "Maarten" + "ter" + "Horst"): the name goes on after it.
     */
    private static boolean particleJoined(List<Token> t, int b) {
        return b >= 1 && b + 1 < t.size() && JOINING_PARTICLES.contains(t.get(b).text()) && t.get(b - 1).capitalised()
                && t.get(b + 1).capitalised() && isPlainNameWord(t.get(b + 1)) && !LEX.isOrgHead(t.get(b + 1).text())
                && !FEATURE_HEADS.contains(t.get(b + 1).text()) && !NameShape.isAllCaps(t.get(b + 1).text());
    }

    /**
     * Whether the word at b is the surname after a lower-case joining particle that a name span already took at its
     * end ("Joana Bare da" + "Costa", "Pieter van" + "Houten"): a name never ends with such a particle, so a capitalised
     * plain name word right after it (not an organisation, building or feature word) finishes the name.
     */
    static boolean afterTrailingParticle(List<Token> t, int b) {
        return b >= 2 && b < t.size() && JOINING_PARTICLES.contains(t.get(b - 1).text()) && t.get(b - 2).capitalised()
                && t.get(b).capitalised() && isPlainNameWord(t.get(b)) && !LEX.isOrgHead(t.get(b).text())
                && !FEATURE_HEADS.contains(t.get(b).text()) && !NameShape.isAllCaps(t.get(b).text())
                && t.get(b).start() == t.get(b - 1).end() + 1;
    }

    /** A lower-case Arabic article with its hyphen, as the tokenizer may cut it from the surname: "al-", "el". */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|at|az|ar|an)-?");

    /**
     * How many tokens from b spell a surname with a lower-case Arabic article set off by a space from the name before
     * it, however the tokenizer cut it: 2 for "al-" + "Kuwari", 3 for "el" + "-" + "Sayed"; else 0.
     */
    private static int articleWithHyphen(List<Token> t, int b) {
        if (b < 1 || b + 1 >= t.size() || !ARTICLE.matcher(t.get(b).text()).matches() || !t.get(b - 1).capitalised()
                || t.get(b).start() == t.get(b - 1).end()) {
            return 0;
        }
        int k = b + 1;
        if (!t.get(b).text().endsWith("-")) {
            if (!t.get(k).text().equals("-") || t.get(k).start() != t.get(b).end() || k + 1 >= t.size()) {
                return 0;
            }
            k++;
        }
        Token w = t.get(k);
        boolean surname = w.start() == t.get(k - 1).end() && w.capitalised() && NameShape.isNameWord(w.text()) && !LEX.isOrgHead(w.text());
        return surname ? k + 1 - b : 0;
    }

    /** Lower-case words that join two surnames (Catalan, Spanish, Portuguese): "Nuria Castells i Roig". */
    private static final Set<String> SURNAME_CONJUNCTIONS = Set.of("i", "y", "e");
    /** Irish surname prefixes before the article "an" or "a'": "Mac an tSaoir", "Nic an Bhaird". */
    private static final Set<String> IRISH_PREFIXES = Set.of("Mac", "Nic", "Mhic", "Ó", "Ní", "Uí", "Ua");

    /**
     * A lower-case word at b that continues a name with the capitalised word after it: a conjunction between
     * two surnames after a name of two words or more ("Castells i Roig"), or the Irish article after "Mac"
     * ("Mac an tSaoir").
     */
    private static boolean connected(List<Token> t, int b) {
        if (b < 2 || b + 1 >= t.size() || !NameShape.isNameWord(t.get(b + 1).text()) || LEX.isRoleWord(t.get(b + 1).text())
                || GAZ.isKnown(t.get(b + 1).text())) {
            return false;
        }
        String w = t.get(b).text();
        boolean conjunction = SURNAME_CONJUNCTIONS.contains(w) && t.get(b - 1).capitalised() && t.get(b - 2).capitalised()
                && !(b + 2 < t.size() && t.get(b + 2).capitalised());
        boolean irish = (w.equals("an") || w.equals("a'")) && IRISH_PREFIXES.contains(t.get(b - 1).text());
        return conjunction || irish;
    }

    /** A quoted single-word nickname at b followed by a name word: {@code "Jun" Bautista}. */
    private static boolean nickname(List<Token> t, int b) {
        return b + 3 < t.size() && QuoteSpans.isDoubleQuote(t.get(b).text()) && QuoteSpans.isDoubleQuote(t.get(b + 2).text())
                && NameShape.isNameWord(t.get(b + 1).text()) && isPlainNameWord(t.get(b + 3));
    }

    /** Months' names as abbreviated in dates: "Jan. 14". */
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec");

    private static final Set<String> DAYS_AND_MONTHS = java.util.stream.Stream.concat(java.util.stream.Stream.of("Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"), MONTH_ABBREVIATIONS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "Jan." of a dateline ("Manama, Jan. 14"), "Jan" of "22 Jan 2026": one word that is a month's name next to a
     * number, or its abbreviation with a full stop, is part of a date, not the given name it may also be.
     */
    private static boolean monthOfADate(List<Token> t, int a, int b) {
        if (b - a != 1 || !DAYS_AND_MONTHS.contains(stripDot(t.get(a).text()))) {
            return false;
        }
        boolean dot = MONTH_ABBREVIATIONS.contains(stripDot(t.get(a).text())) && (t.get(a).text().endsWith(".")
                || b < t.size() && t.get(b).text().equals(".") && t.get(b).start() == t.get(a).end());
        boolean number = a > 0 && t.get(a - 1).text().matches("\\d{1,2}") || b < t.size() && t.get(b).text().matches("\\d{1,4},?");
        return dot || number;
    }

    private static boolean isPlainNameWord(Token x) {
        return NameShape.isNameWord(x.text()) && !LEX.isRoleWord(x.text()) && !GAZ.isKnown(x.text())
                && !NOT_NAME_POS.contains(x.pos());
    }

    /** End of the name starting at a: stops at possessives, function words, verbs and role heads. */
    private static int cut(Sentence s, int a, int b) {
        List<Token> t = s.tokens();
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            boolean apostropheInside = w.equals("'") && k > a && k + 1 < b;
            if (NameShape.isPossessive(w) && !NameShape.isClitic(w)) {
                return k + 1;
            }
            if (k > a && !apostropheInside && !placeEndingSurnames(t, a, k, b) && (!NameShape.isNameWord(w) && !NameShape.isInitial(w) || isStopInName(t.get(k))
                    || Headline.is(s) && (t.get(k).pos().equals("VERB") || t.get(k).pos().equals("AUX")))) {
                return k;
            }
        }
        return b;
    }

    /**
     * A known place as the last of two surnames after a given name, the name finder's name ending there: "Mariana
     * Soto Lagos", "Luis Ortega Toledo"; or as the first of two that end the name ("Edgardo Josué Lagos Murillo").
     * Not a place written after a name as where someone is ("Juan Pérez, Lima").
     */
    private static boolean placeEndingSurnames(List<Token> t, int a, int k, int b) {
        if (k == b - 2 && k - a >= 2 && PersonClusters.isGivenName(t.get(a).text()) && GAZ.isKnown(t.get(k).text())
                && !GAZ.isDemonym(t.get(k).text()) && t.get(k).capitalised() && !NameShape.isAllCaps(t.get(k).text())
                && t.get(b - 1).pos().equals("PROPN") && isPlainNameWord(t.get(b - 1)) && !LEX.isOrgHead(t.get(b - 1).text())
                && !FEATURE_HEADS.contains(t.get(b - 1).text()) && isPlainNameWord(t.get(k - 1))) {
            return true; // "Edgardo Josué Lagos Murillo": a place as the first of two surnames
        }
        return k == b - 1 && k - a >= 2 && PersonClusters.isGivenName(t.get(a).text()) && GAZ.isKnown(t.get(k).text())
                && !GAZ.isDemonym(t.get(k).text()) && t.get(k).capitalised() && !NameShape.isAllCaps(t.get(k).text())
                && isPlainNameWord(t.get(k - 1)) && t.get(k - 1).capitalised() && !GAZ.isKnown(t.get(k - 1).text())
                && (b == t.size() || !t.get(b).capitalised());
    }

    private static boolean isStopInName(Token t) {
        return NameShape.isClitic(t.text()) || LEX.isRoleHead(t.text()) && Character.isUpperCase(t.text().charAt(0)) && !NameShape.isAllCaps(t.text())
                || GAZ.isKnown(t.text());
    }

    /** A cleaned candidate for tokens a..b, or nothing when they are not a person's name. */
    static java.util.Optional<PersonCandidate> candidate(Sentence s, int a, int b, double p, boolean titled) {
        List<Token> t = s.tokens();
        while (b > a && (t.get(b - 1).text().equals("'") || NameShape.isClitic(t.get(b - 1).text())
                || b - a > 1 && JOINING_PARTICLES.contains(t.get(b - 1).text()) // a particle with no surname after it
                || b - a > 1 && POST_NOMINALS.contains(t.get(b - 1).text().replace(".", ""))
                || b - a > 1 && monthOfADate(t, b - 1, b) // "Jane Doe May" + "27, 2026": the date after a byline
                || !NameShape.isNameWord(t.get(b - 1).text()) && !NameShape.isSuffix(t.get(b - 1).text()))) {
            b--;
        }
        if (a >= b || !Character.isUpperCase(t.get(a).text().charAt(0)) || !plausible(s, a, b)) {
            return java.util.Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            if (QuoteSpans.isDoubleQuote(t.get(k).text()) && k + 2 < b && QuoteSpans.isDoubleQuote(t.get(k + 2).text())) {
                k += 2;
                continue;
            }
            boolean glue = k == a || w.equals(".") || w.equals("'") || w.startsWith("-") || t.get(k - 1).text().endsWith("-");
            if (!glue) {
                name.append(' ');
            }
            if (k == b - 1 && w.length() > 3 && w.endsWith(".") && Character.isLowerCase(w.charAt(w.length() - 2))
                    && Character.isLowerCase(w.charAt(w.length() - 3))) {
                w = w.substring(0, w.length() - 1); // the sentence's full stop glued to a surname: "F.Aliyarov."
            }
            if (GLUED_INITIAL.matcher(w).matches()) {
                w = w.substring(0, w.indexOf('.') + 1) + " " + w.substring(w.indexOf('.') + 1);
            }
            name.append(w.equals("'") || w.equals(".") ? w : NameShape.titleCase(NameShape.bare(w)));
        }
        RolePhrase role = RolePhrase.before(s, a);
        RolePhrase after = RolePhrase.after(s, b);
        RolePhrase merged = merge(role, after);
        boolean hasTitle = titled || !merged.roles().isEmpty() || merged.gender() != 0;
        return java.util.Optional.of(new PersonCandidate(s.index(), a, b, name.toString(), merged, p, hasTitle));
    }

    private static RolePhrase merge(RolePhrase before, RolePhrase after) {
        if (after == RolePhrase.NONE) {
            return before;
        }
        List<String> roles = new ArrayList<>(before.roles());
        after.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        return new RolePhrase(roles, before.gender() != 0 ? before.gender() : after.gender(),
                before.country() != null ? before.country() : after.country(), before.start());
    }

    /** Verb forms that open a headline's predicate (headline-verbs.txt): "Meets", "Holds", "Met". */
    private static final Set<String> HEADLINE_VERBS = Set.copyOf(WordList.lines("headline-verbs.txt"));

    private static boolean plausible(Sentence s, int a, int b) {
        List<Token> t = s.tokens();
        String text = s.span(a, b);
        if (Headline.is(s) && HEADLINE_VERBS.contains(t.get(a).text().toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Vice Minister Holds Bilateral Meetings", "Envoy Meets Opposition"
        }
        if (GAZ.isKnown(text) || LEX.isOrgHead(t.get(b - 1).text()) || LEX.isRoleWord(text)
                || FEATURE_HEADS.contains(t.get(b - 1).text()) || PLACE_ARTICLES.contains(t.get(a).text()) && b - a == 2
                || modifier(s, a, b) || afterEponymPrefix(t, a) || inPortfolio(t, a) || titlePlaceBeforeName(t, a, b) || EPONYM_PREFIXES.contains(stripDot(t.get(a).text()))
                && (b - a > 1 || b < t.size() && t.get(b).capitalised() && !NameShape.isAllCaps(t.get(b).text())) || monthOfADate(t, a, b)
                || b - a == 1 && NameShape.isSuffix(t.get(a).text())) { // "Jr." left of "Martin Luther King Jr. Center"
            return false;
        }
        for (int k = a; k < b; k++) {
            if (NameShape.isPluralAcronym(t.get(k).text())) {
                return false;
            }
        }
        if (a > 0 && t.get(a - 1).text().equals("(") && (PARTY_STATE.matcher(t.get(a).text()).matches() || PARTY.matcher(t.get(a).text()).matches())) {
            return false; // "(R-Minn.)", "(D-" + "Ore.)": a legislator's party and state
        }
        if (b - a == 1) {
            Token w = t.get(a);
            boolean adjectiveOfName = (w.pos().equals("ADJ") || b + 1 < t.size() && LEX.isOrgHead(t.get(b).text()))
                    && b < t.size() && NameShape.isNameWord(t.get(b).text());
            boolean dateline = w.text().endsWith(".") && NameShape.isAllCaps(w.text());
            boolean date = DAYS_AND_MONTHS.contains(w.text()) && b < t.size() && Character.isDigit(t.get(b).text().charAt(0)); // "Jan 12"
            return !NOT_NAME_POS.contains(w.pos()) && w.text().length() > 1 && !LEX.isHonorific(w.text()) && !adjectiveOfName && !date
                    && !dateline && !NUMBER_WORDS.contains(w.text().toLowerCase(java.util.Locale.ROOT)) && !portfolio(t, a)
                    && !NOT_NAMES.contains(NameShape.bare(w.text())) && !firstOfAList(t, a) && !abbreviatedTitle(t, a);
        }
        return true;
    }

    /**
     * "the Minister of Foreign Affairs and Human Mobility": words at a, after "and" and not opening with a given
     * name, that end the list of portfolios after a title or ministry and "of" or "for". (After a comma, the
     * words are rather the holder's name: "the Minister of Ports and Shipping, Lalith Bandara".)
     */
    private static boolean inPortfolio(List<Token> t, int a) {
        if (a < 3 || PersonClusters.isGivenName(t.get(a).text()) || !t.get(a - 1).text().equals("and")) {
            return false;
        }
        for (int k = a - 1; k > 0 && k >= a - 10; k--) {
            String w = t.get(k).text();
            if (w.equals("of") || w.equals("for")) {
                return LEX.isRoleHead(t.get(k - 1).text()) || LEX.isOrgHead(t.get(k - 1).text());
            }
            if (!(w.equals("and") || w.equals(",") || w.equals("the") || t.get(k).capitalised() && !PersonClusters.isGivenName(w))) {
                return false; // "the" too: "the Minister of the Environment and Climate Change"
            }
        }
        return false;
    }

    /**
     * "the District Chief Executive (DCE) for Kwahu South, Kwame Asare", "the Member of Parliament for Akim Oda, Yaw
     * Mensah", "Governor of Lagos State, Ade Bello": the words a..b right after a capitalised title (or the body a
     * title names) and "for" or "of", set off by a comma before the name of the holder, are the title's constituency,
     * region or portfolio, not a person. An acronym in brackets may stand between the title and the preposition.
     */
    static boolean titlePlaceBeforeName(List<Token> t, int a, int b) {
        if (a < 2 || b + 1 >= t.size() || !(t.get(a - 1).text().equals("for") || t.get(a - 1).text().equals("of"))
                || !t.get(b).text().equals(",") || !t.get(b + 1).capitalised()) {
            return false;
        }
        int j = a - 2;
        if (j >= 3 && t.get(j).text().equals(")") && t.get(j - 2).text().equals("(")) {
            j -= 3; // "Executive (DCE) for"
        }
        String w = t.get(j).text();
        return t.get(j).capitalised() && !NameShape.isAllCaps(w) && (LEX.isRoleHead(w) || LEX.isRoleWord(w) || LEX.isOrgHead(w));
    }

    /** Words that make a personal name after them the name of a place, building or storm (eponym-prefixes.txt). */
    private static final Set<String> EPONYM_PREFIXES = Set.copyOf(WordList.lines("eponym-prefixes.txt"));

    /** "St James's Hospital", "St. Elizabeth", "Hurricane Melissa": a name right after a word of eponym-prefixes.txt. */
    private static boolean afterEponymPrefix(List<Token> t, int a) {
        int k = a - 1;
        if (k >= 1 && t.get(k).text().equals(".") && t.get(k).start() == t.get(k - 1).end()) {
            k--;
        }
        return k >= 0 && EPONYM_PREFIXES.contains(stripDot(t.get(k).text())) && t.get(k + 1).start() - t.get(k).end() <= 1;
    }

    private static String stripDot(String w) {
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }

    /** "Sen" of "State Sen. Karen Moss": a title abbreviated with a full stop the tokenizer split off, before a name. */
    private static boolean abbreviatedTitle(List<Token> t, int a) {
        String w = t.get(a).text();
        return a + 2 < t.size() && t.get(a + 1).text().equals(".") && t.get(a + 1).start() == t.get(a).end()
                && (LEX.isRoleWord(w + ".") || LEX.isHonorific(w + ".")) && t.get(a + 2).capitalised();
    }

    /**
     * A capitalised word opening a sentence or quote as the first item of a list of common nouns: "Rubber,
     * durian and tourists all cross it".
     */
    private static boolean firstOfAList(List<Token> t, int a) {
        if (!(a == 0 || QuoteSpans.isDoubleQuote(t.get(a - 1).text())) || a + 3 >= t.size() || !t.get(a + 1).text().equals(",")) {
            return false;
        }
        Token item = t.get(a + 2);
        String after = t.get(a + 3).text();
        return Character.isLowerCase(item.text().charAt(0)) && (item.pos().equals("NOUN") || item.pos().equals("ADJ"))
                && (after.equals("and") || after.equals("or") || after.equals(","));
    }

    /**
     * One word that qualifies the title after it: "Roads" in "Deputy Roads Minister", "Town" in "Town Clerk
     * Mr Banda". Not after a form of address ("Mr Lincoln Minister" is no title).
     */
    private static boolean portfolio(List<Token> t, int a) {
        if (a + 1 >= t.size()) {
            return false;
        }
        String next = t.get(a + 1).text();
        boolean titleAfter = LEX.isRoleHead(next) && Character.isUpperCase(next.charAt(0)) && !NameShape.isAllCaps(next);
        return titleAfter && (a == 0 || !LEX.isHonorific(t.get(a - 1).text()));
    }

    /**
     * A known given name that the name finder put at the end of the place or organisation before the name:
     * "Ambassador to Singapore Bambang" + "Kusumo Wardhana", "Trade Secretary Ines" + "Moreau Dubois".
     */
    private static boolean givenNameEndingOtherName(Sentence s, int a) {
        List<Token> t = s.tokens();
        Token w = t.get(a - 1);
        if (!w.capitalised() || !PersonClusters.isGivenName(w.text()) || GAZ.isKnown(w.text()) || LEX.isRoleWord(w.text())
                || LEX.isHonorific(w.text()) || NameShape.isAllCaps(w.text()) || w.end() == t.get(a).start()) {
            return false;
        }
        return s.names().stream().anyMatch(o -> o.type() != NameType.PERSON && o.tokenEnd() == a && o.tokenStart() < a - 1);
    }

    /**
     * "Caoimhe" + "Nic Fhionnlaoich", "Seán" + "Ó Briain": a capitalised word right before an Irish surname that opens
     * with a patronymic prefix is the given name, whatever the tagger made of it.
     */
    private static boolean givenNameBeforeIrishSurname(List<Token> t, int a) {
        Token w = t.get(a - 1);
        return IRISH_PREFIXES.contains(t.get(a).text()) && w.capitalised() && isMistaggedNameWord(w) && !NameShape.isAllCaps(w.text())
                && !GAZ.isDemonym(w.text()) && w.end() < t.get(a).start();
    }

    /**
     * A given name the name finder left off after a comma or title: "its prime minister, Dilshad" + "Rasul Karim".
     */
    private static boolean givenNameBefore(List<Token> t, int a) {
        Token w = t.get(a - 1);
        if (!w.pos().equals("PROPN") || !isPlainNameWord(w) || LEX.isHonorific(w.text()) && !givenNameTitle(t, a - 1) || GAZ.isDemonym(w.text())
                || w.end() == t.get(a).start()) {
            return false;
        }
        if (a - 1 == 0) {
            return true; // "Søren" opening the sentence before "Dalsgaard Vinther": a given name the name finder left out
        }
        String prev = t.get(a - 2).text();
        return prev.equals(",") || LEX.isHonorific(prev) || LEX.isRoleHead(prev);
    }

    /**
     * A name used as a modifier of a role noun after a determiner or adjective: "one senior Tory MP",
     * "her Van Loon counterpart" (a party or company, not a person), or one word before a lower-case role
     * head ("invites Kano governor").
     */
    private static boolean modifier(Sentence s, int a, int b) {
        List<Token> t = s.tokens();
        if (a == 0 || b >= t.size() || !LEX.isRoleWord(t.get(b).text()) || LEX.isHonorific(t.get(b).text())) {
            return false;
        }
        if (LEX.isRoleHead(t.get(b).text()) && Character.isLowerCase(t.get(b).text().charAt(0)) && b - a == 1
                && t.get(b).pos().equals("NOUN")) {
            return true;
        }
        Token before = t.get(a - 1);
        return Set.of("DET", "PRON", "ADJ", "NUM").contains(before.pos()) && Character.isLowerCase(before.text().charAt(0))
                && !LEX.isRoleHead(before.text());
    }

    /**
     * A given name and a hyphenated surname the name finder missed, split by the tokenizer ("Caroline" +
     * "Ashby" + "-Trent", "Sipho" + "Ndlovu" + "-" + "Masilela"): the first word a known given name or after
     * a role and a comma ("the envoy, Sipho Ndlovu-Masilela"). Neither part of the surname may be a known
     * place or organisation word ("the Kano-Kaduna road").
     */
    private static List<PersonCandidate> hyphenatedSurnames(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.get(i).capitalised() || !isPlainNameWord(t.get(i)) || !isPlainNameWord(t.get(i + 1)) || !t.get(i + 1).capitalised()
                    || LEX.isOrgHead(t.get(i + 1).text()) || t.get(i + 1).end() != t.get(i + 2).start()) {
                continue;
            }
            int end = extend(t, i + 2);
            if (end == i + 2 || !(PersonClusters.isGivenName(t.get(i).text()) || !RolePhrase.before(s, i).roles().isEmpty()
                    || afterTitleWithPortfolio(t, i))) {
                continue;
            }
            String last = t.get(end - 1).text().replaceFirst("^-", "");
            if (GAZ.isKnown(last) || GAZ.isWorldPlace(last) || LEX.isOrgHead(last) || GAZ.isWorldPlace(t.get(i + 1).text())) {
                continue;
            }
            candidate(s, i, end, 0.7, false).ifPresent(out::add);
            i = end - 1;
        }
        return out;
    }

    /** "Zelensky-Macron" as two one-word names. */
    private static List<PersonCandidate> hyphenParts(Sentence s, int k, double p) {
        String w = s.tokens().get(k).text();
        List<PersonCandidate> out = new ArrayList<>();
        for (String part : w.split("-")) {
            if (part.length() > 1 && Character.isUpperCase(part.charAt(0)) && !GAZ.isKnown(part)
                    && !LEX.isOrgHead(part) && !LEX.isRoleWord(part)) {
                out.add(new PersonCandidate(s.index(), k, k + 1, NameShape.titleCase(part), RolePhrase.NONE, p, false));
            }
        }
        return out;
    }

    /** "Secretary Blinken", "Prime Minister Narendra Modi", "Mr. Mugabe", "Dr. Jokonya". */
    private static List<PersonCandidate> titled(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            int j = titleEnd(t, i);
            if (j == i) {
                i++;
                continue;
            }
            int k = j;
            while (true) {
                while (k < t.size() && isTitledNameWord(t, k, j)) {
                    k++;
                }
                int e = k > j ? extend(t, k) : k;
                if (e == k) {
                    break;
                }
                k = e;
            }
            if (k > j && !portfolioEnd(t, i, j, k)) {
                candidate(s, j, k, 0.8, true).ifPresent(out::add);
            }
            i = Math.max(k, i + 1);
        }
        return out;
    }

    /**
     * "Minister for Economic Development, Gábor Kertész": one word after a title with "of" or "for", set off by a
     * comma, is the last word of the portfolio, and the holder's name follows; so is one before "and" and another
     * capitalised word ("Minister of Energy Transition and Sustainable Development").
     */
    private static boolean portfolioEnd(List<Token> t, int i, int j, int k) {
        boolean ofPhrase = t.subList(i, j).stream().anyMatch(x -> x.text().equals("of") || x.text().equals("for"));
        return ofPhrase && k == j + 1 && k + 1 < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals("and"))
                && t.get(k + 1).capitalised();
    }

    /** End of a capitalised title starting at i (i itself when there is none). */
    private static int titleEnd(List<Token> t, int i) {
        int j = i;
        boolean head = false;
        while (j < t.size()) {
            String w = t.get(j).text();
            boolean cap = Character.isUpperCase(w.charAt(0));
            boolean pair = j + 1 < t.size() && LEX.opensTitlePair(w, t.get(j + 1).text()); // "Tan" of "Speaker Tan Sri Ramli"
            if (cap && (LEX.isHonorific(w) && !w.equalsIgnoreCase("his") && !w.equalsIgnoreCase("her") && !opensPlace(t, j) && !givenNameTitle(t, j)
                    || pair || LEX.isRoleWord(w) && !GAZ.isKnown(w) && !clockTime(t, j) || dottedTitle(t, j))) {
                head |= LEX.isRoleHead(w) || LEX.isHonorific(w) || pair || dottedTitle(t, j);
                j++;
            } else if (j > i && t.get(j).start() == t.get(j - 1).end() && w.length() > 2 && w.charAt(0) == '-'
                    && (LEX.isRoleWord(w.substring(1)) || w.equalsIgnoreCase("-elect"))) {
                j++; // the second half of a hyphenated title the tokenizer split off ("Director" "-General", "President" "-elect")
            } else if (w.equals(".") && j > i && t.get(j).start() == t.get(j - 1).end()
                    && (LEX.isHonorific(t.get(j - 1).text()) || LEX.isRoleWord(t.get(j - 1).text()) || dottedTitle(t, j - 1))) {
                j++; // the full stop of an abbreviated title the tokenizer split off ("Smt" ".")
            } else if ((w.equals("of") || w.equals("for")) && j > i && j + 1 < t.size()
                    && LEX.isRoleWord(t.get(j + 1).text()) && Character.isUpperCase(t.get(j + 1).text().charAt(0))) {
                j++;
            } else if (STATE_LINKS.contains(w) && head && stateRun(t, j + 1) > j + 1
                    && (w.equals("of") && isStateWord(t.get(j + 1).text()) || cleanNameAt(t, lastStateRun(t, j)))) {
                j = stateRun(t, j + 1);
                while (j < t.size() && STATE_LINKS.contains(t.get(j).text()) && stateRun(t, j + 1) > j + 1) {
                    j = stateRun(t, j + 1); // "High Commissioner of India to the Maldives", "Envoy for the Sahel"
                }
            } else {
                break;
            }
        }
        return head ? j : i;
    }

    /** "PM" of "9:05 PM GMT": an abbreviation that is a time of day after a number, not a title. */
    private static boolean clockTime(List<Token> t, int j) {
        return j > 0 && t.get(j).text().equalsIgnoreCase("pm") && Character.isDigit(t.get(j - 1).text().charAt(t.get(j - 1).text().length() - 1));
    }

    /** Whether the word at j opens the name of a known place: "Sri" of "Sri Lanka" is no title there. */
    private static boolean opensPlace(List<Token> t, int j) {
        if (j + 1 >= t.size()) {
            return false;
        }
        String two = t.get(j).text() + " " + t.get(j + 1).text();
        return GAZ.isKnown(two) || GAZ.isWorldPlace(two);
    }

    /** Titles that are surnames too, and titles only with their full stop: "Barr. Aminu Kura", "Eng. Tarek Gaballah". */
    private static final Set<String> DOTTED_TITLES = Set.of("barr", "eng", "arch", "pharm", "insp", "supt", "brig", "cdr", "hon");

    private static boolean dottedTitle(List<Token> t, int j) {
        String w = t.get(j).text().toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith(".")) {
            return DOTTED_TITLES.contains(w.substring(0, w.length() - 1));
        }
        return DOTTED_TITLES.contains(w) && j + 1 < t.size() && t.get(j + 1).text().equals(".") && t.get(j + 1).start() == t.get(j).end();
    }

    private static final Set<String> STATE_LINKS = Set.of("of", "for", "to");

    /** End of the chain of "of/for/to" + state names that starts at the link word j. */
    private static int lastStateRun(List<Token> t, int j) {
        while (j < t.size() && STATE_LINKS.contains(t.get(j).text()) && stateRun(t, j + 1) > j + 1) {
            j = stateRun(t, j + 1);
        }
        return j;
    }

    /**
     * Whether a name stands alone at k: two to four capitalised name words or initials, none a title, place or word
     * that heads organisations, and then no further capitalised word and no comma before one (which would show the
     * words to be the rest of a portfolio: "for the Middle East Peace Process, Karin ...").
     */
    private static boolean cleanNameAt(List<Token> t, int k) {
        int e = k;
        while (e < t.size() && e - k < 5 && t.get(e).capitalised() && (isPlainNameWord(t.get(e)) || NameShape.isInitial(t.get(e).text()))
                && !isStateWord(t.get(e).text()) && !LEX.isOrgHead(t.get(e).text()) && !LEX.isHonorific(t.get(e).text())
                && !FEATURE_HEADS.contains(t.get(e).text())) {
            e = t.get(e).text().endsWith(".") || e + 1 >= t.size() || !t.get(e + 1).text().equals(".") ? e + 1 : e + 2;
        }
        int words = (int) t.subList(k, Math.min(e, t.size())).stream().filter(x -> !x.text().equals(".")).count();
        if (words < 2 || words > 4 || e >= t.size()) {
            return words >= 2 && words <= 4;
        }
        Token next = t.get(e);
        boolean commaThenName = next.text().equals(",") && e + 1 < t.size() && t.get(e + 1).capitalised();
        return !next.capitalised() && !commaThenName;
    }

    /**
     * End of the country's or ministry's name that a title's "of", "for" or "to" introduces at k, with an optional
     * "the" ("of the Republic of Armenia", "to the Maldives", "for North Korea"); k when there is none.
     */
    private static int stateRun(List<Token> t, int k) {
        int j = k < t.size() && t.get(k).text().equals("the") ? k + 1 : k;
        int start = j;
        while (j < t.size()) {
            String w = t.get(j).text();
            if (isStateWord(w)) {
                j++;
            } else if (j + 1 < t.size() && Character.isUpperCase(w.charAt(0)) && GAZ.isKnown(w + " " + t.get(j + 1).text())) {
                j += 2;
            } else if (w.equals("of") && j > start && j + 1 < t.size() && isStateWord(t.get(j + 1).text())) {
                j++;
            } else {
                break;
            }
        }
        return j == start ? k : j;
    }

    /** A word of a country's or ministry's name in a title: "Minister of Foreign Affairs of Republic of Uzbekistan". */
    private static boolean isStateWord(String w) {
        return Character.isUpperCase(w.charAt(0)) && (GAZ.isKnown(w) || LEX.isRoleWord(w) || STATE_WORDS.contains(w));
    }

    private static boolean isTitledNameWord(List<Token> t, int k, int start) {
        Token w = t.get(k);
        String x = w.text();
        if (k == start && placeAsGivenName(t, k)) {
            return true;
        }
        if (x.equals("'")) {
            return k > start && k + 1 < t.size() && NameShape.isNameWord(t.get(k + 1).text());
        }
        if (!(NameShape.isNameWord(x) || NameShape.isInitial(x) || k > start && NameShape.isSuffix(x))) {
            return false;
        }
        return !LEX.isRoleWord(x) && !(LEX.isHonorific(x) && !givenNameTitle(t, k)) && !GAZ.isKnown(x) && !LEX.isOrgHead(x)
                && !NameShape.isClitic(x) && (!NOT_NAME_POS.contains(w.pos()) || w.pos().equals("VERB") && k > start || mistaggedClosedClass(w))
                && !(k > start && NameShape.isPossessive(t.get(k - 1).text()))
                || NameShape.isInitial(x);
    }

    /**
     * A one-word place that is a given name too, opening a name of three words after a title: "Cabinet Chief
     * Santiago Ortiz Lynch", "Mayor Florence Adeyemi Okoro". The two words after it are plain name words, none a
     * place or a word that heads organisations or buildings ("Governor Lagos State House" is none).
     */
    private static boolean placeAsGivenName(List<Token> t, int k) {
        if (k + 2 >= t.size() || !(GAZ.isKnown(t.get(k).text()) || GAZ.isWorldPlace(t.get(k).text())) || GAZ.isDemonym(t.get(k).text()) || !t.get(k).capitalised()
                || NameShape.isAllCaps(t.get(k).text())) {
            return false;
        }
        for (int j = k + 1; j <= k + 2; j++) {
            Token w = t.get(j);
            if (!w.capitalised() || !isPlainNameWord(w) || LEX.isOrgHead(w.text()) || FEATURE_HEADS.contains(w.text())
                    || GAZ.isWorldPlace(w.text()) || LEX.isHonorific(w.text()) || DAYS_AND_MONTHS.contains(w.text())
                    || NameShape.isAllCaps(w.text())) {
                return false;
            }
        }
        return true;
    }

    /** "SECRETARY BLINKEN:" or "EXTERNAL AFFAIRS MINISTER JAISHANKAR" at the start of a line. */
    static java.util.Optional<PersonCandidate> label(Sentence s) {
        List<Token> t = s.tokens();
        int end = labelEnd(t);
        if (end == 0) {
            return java.util.Optional.empty();
        }
        boolean bracketed = beforeParenthesis(t, end) != end;
        end = beforeParenthesis(t, end);
        int nameStart = end;
        while (nameStart > 0 && !LEX.isRoleWord(t.get(nameStart - 1).text()) && !LEX.isHonorific(t.get(nameStart - 1).text())) {
            nameStart--;
        }
        if (nameStart == end || nameStart == 0 && (!colonAfter(t, end) && !bracketed || end < 2)) {
            return java.util.Optional.empty();
        }
        return candidate(s, nameStart, end, 0.85, true);
    }

    /** The start of a trailing "(ROLE)" of a label ending at end, else end. */
    private static int beforeParenthesis(List<Token> t, int end) {
        if (end < 2 || !t.get(end - 1).text().equals(")")) {
            return end;
        }
        int open = end - 2;
        while (open > 0 && !t.get(open).text().equals("(")) {
            open--;
        }
        return open > 0 ? open : end;
    }

    /**
     * Token after an upper-case speaker label at the start of the sentence, or 0. The label may end in an
     * upper-case role or affiliation in brackets ("LENA HOFF (CHIEF EXECUTIVE):").
     */
    static int labelEnd(List<Token> t) {
        int k = 0;
        while (k < t.size() && k < 6 && (NameShape.isAllCaps(t.get(k).text()) || t.get(k).text().equals(".")
                || k > 0 && hyphenInCaps(t, k))) {
            k++;
        }
        if (k == 0 || k == t.size()) {
            return 0;
        }
        if (k >= 2 && t.get(k).text().equals("(")) {
            int close = k + 1;
            while (close < t.size() && close < k + 8 && (NameShape.isAllCaps(t.get(close).text())
                    || t.get(close).text().matches("[&.,-]") || PARTY_STATE.matcher(t.get(close).text()).matches())) {
                close++;
            }
            if (close > k + 1 && close + 1 < t.size() && t.get(close).text().equals(")") && colonAfter(t, close + 1)) {
                return close + 1;
            }
        }
        boolean colon = colonAfter(t, k);
        boolean role = t.subList(0, k).stream().anyMatch(x -> LEX.isRoleWord(x.text()) || LEX.isHonorific(x.text()));
        boolean nextLower = k < t.size() && !NameShape.isAllCaps(t.get(k).text());
        return colon || role && nextLower && k >= 2 ? k : 0;
    }

    /**
     * Token after a mixed-case speaker label of a briefing transcript, or 0: capitalised words (commas, brackets,
     * full stops between) up to a colon, with a role word or honorific among them and a capital after the colon
     * ("Shri Arjun Mehta, Official Spokesperson:", "Official Spokesperson (Shri Arjun Mehta):", "Spokesperson Lin:").
     */
    static int mixedLabelEnd(List<Token> t) {
        boolean role = false;
        int words = 0;
        for (int k = 0; k < t.size() && k < 12; k++) {
            String w = t.get(k).text();
            if (w.equals(":")) {
                return role && words >= 1 && k + 1 < t.size() && Character.isUpperCase(t.get(k + 1).text().charAt(0)) ? k + 1 : 0;
            }
            if (w.matches("[,().-]")) {
                if (k == 0) {
                    return 0;
                }
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return 0;
            }
            words++;
            role |= LEX.isRoleWord(w) || LEX.isHonorific(w);
        }
        return 0;
    }

    /** A party's letter and hyphen that the tokenizer cut from the state after it: "R-" + "Minn". */
    private static final java.util.regex.Pattern PARTY = java.util.regex.Pattern.compile("\\p{Lu}{1,2}-");
    /** A party and state after a legislator's label: "(R-Kan.)", "(D-N.M.)". */
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("\\p{Lu}{1,2}-\\p{Lu}[\\p{L}.]*");

    /** A hyphen the tokenizer split out of a name in capitals ("CASTELLANOS - WHITFIELD:"). */
    private static boolean hyphenInCaps(List<Token> t, int k) {
        return t.get(k).text().equals("-") && k + 1 < t.size() && NameShape.isAllCaps(t.get(k + 1).text())
                && NameShape.isAllCaps(t.get(k - 1).text());
    }

    private static boolean colonAfter(List<Token> t, int k) {
        return k < t.size() && t.get(k).text().equals(":");
    }

    /** "the Biden administration", "the Biden-Harris Administration", "Trump campaign". */
    private static List<PersonCandidate> modifiers(Sentence s) {
        List<PersonCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            Token w = t.get(i);
            boolean det = i == 0 || t.get(i - 1).lemma().equalsIgnoreCase("the");
            if (det && w.capitalised() && i + 2 < t.size() && t.get(i + 1).text().matches("-\\p{Lu}\\p{L}+")
                    && LEX.isPersonModifier(t.get(i + 2).text()) && !GAZ.isKnown(w.text())) {
                out.add(new PersonCandidate(s.index(), i, i + 1, w.text(), RolePhrase.NONE, 0.6, false));
                out.add(new PersonCandidate(s.index(), i + 1, i + 2, t.get(i + 1).text().substring(1), RolePhrase.NONE, 0.6, false));
                continue;
            }
            if (det && w.capitalised() && LEX.isPersonModifier(t.get(i + 1).text()) && !GAZ.isKnown(w.text())
                    && !LEX.isRoleWord(w.text()) && !NameShape.isFunctionWord(w.text())) {
                if (w.text().indexOf('-') > 0) {
                    out.addAll(hyphenParts(s, i, 0.6));
                } else if (w.pos().startsWith("PROPN")) {
                    out.add(new PersonCandidate(s.index(), i, i + 1, w.text(), RolePhrase.NONE, 0.6, false));
                }
            }
        }
        return out;
    }
}
