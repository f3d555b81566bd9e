package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The title or role words next to a name: "US special envoy" before "Steve Witkoff", ", U.N. Secretary
 * General" after "Antonio Guterres". Gives the roles (lower case, without honorifics), a gender from
 * honorifics and role words, and the country of a nationality word or place in the phrase.
 *
 * @param roles   role phrases, lower case ("special envoy", "secretary of state for defence")
 * @param gender  'm', 'f' or 0
 * @param country the country named in the phrase ("Russia" for "Russian President"), or null
 * @param start   first token of the phrase (for a phrase before the name)
 */
record RolePhrase(List<String> roles, char gender, String country, int start) {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    private static final Gazetteer GAZ = Gazetteer.INSTANCE;

    RolePhrase {
        roles = List.copyOf(roles);
    }

    static final RolePhrase NONE = new RolePhrase(List.of(), (char) 0, null, -1);

    /** The phrase ending just before token {@code nameStart}. */
    static RolePhrase before(Sentence s, int nameStart) {
        List<Token> t = s.tokens();
        int i = nameStart - 1;
        char gender = 0;
        boolean appositive = false;
        while (i >= 0 && (LEX.isHonorific(t.get(i).text()) && (!isHeadBefore(t, i) || appositiveTitle(t, i)) || honorificStop(t, i)
                || i + 1 < t.size() && LEX.opensTitlePair(t.get(i).text(), t.get(i + 1).text()))) { // "Tan" of "Speaker Tan Sri"
            appositive |= isHeadBefore(t, i);
            gender = gender == 0 ? LEX.honorificGender(t.get(i).text()) : gender;
            i--;
        }
        if (i >= 1 && (i == nameStart - 1 || appositive) && t.get(i).text().equals(",")) {
            i--;
        }
        int end = i + 1;
        i = portfolioOf(t, i);
        while (i >= 0 && (isRoleToken(t.get(i)) || isLink(t, i))) {
            i--;
        }
        int from = i + 1;
        while (from < end && isLink(t, from)) {
            from++;
        }
        String country = i >= 0 && (from < end || nationality(t.get(i))) ? countryAt(s, i) : null;
        return phrase(s, from, end, gender, country);
    }

    /**
     * Whether a word before a name says whose the person is with no role between ("Kenyan", "Kenya's"), unlike a
     * place the sentence is in ("received in Abu Dhabi His Excellency X").
     */
    private static boolean nationality(Token t) {
        return GAZ.isDemonym(t.text()) || NameShape.isClitic(t.text());
    }

    /** The appositive after a name ending at token {@code nameEnd}: ", U.N. Secretary General". */
    static RolePhrase after(Sentence s, int nameEnd) {
        List<Token> t = s.tokens();
        if (nameEnd >= t.size()) {
            return NONE;
        }
        if (t.get(nameEnd).text().equals("of") && nameEnd + 1 < t.size()) {
            String c = countryAt(s, nameEnd + 1);
            return c == null ? NONE : new RolePhrase(List.of(), (char) 0, c, nameEnd);
        }
        if (!t.get(nameEnd).text().equals(",")) {
            return NONE;
        }
        int i = nameEnd + 1;
        String country = null;
        while (i < t.size() && (GAZ.isKnown(t.get(i).text()) || t.get(i).lemma().equals("the")
                || t.get(i).lemma().equals("a"))) {
            country = country == null ? countryAt(s, i) : country;
            i++;
        }
        int from = i;
        while (i < t.size() && isRoleToken(t.get(i))) {
            i++;
        }
        if (nextNameTitled(t, i) || subjectOfNextVerb(t, nameEnd + 1, i)) {
            return NONE;
        }
        RolePhrase p = phrase(s, from, i, (char) 0, country == null && i > from ? countryOf(s, portfolioEnd(t, i)) : country);
        return p.roles.isEmpty() ? NONE : p;
    }

    /**
     * Whether a description after a name's comma runs straight into a verb, with no comma to close it: the
     * subject of that verb, not an apposition ("... to meet Minister X, the spokesman said"; an apposition is
     * closed: "X, the spokesman, said"). Only a definite description ("the", "a"), which can be a subject.
     */
    static boolean subjectOfNextVerb(List<Token> t, int from, int end) {
        return from < end && end < t.size() && Set.of("the", "a", "an").contains(t.get(from).text().toLowerCase(Locale.ROOT))
                && Set.of("VERB", "AUX").contains(t.get(end).pos());
    }

    /**
     * Whether the role words that end at {@code end} title the name after them, in a list of people each with a
     * title: in "the chairman, Kofi Mensah, the Queen Mother, Ama Serwaa, and the district chief" the Queen
     * Mother is Ama Serwaa, not Kofi Mensah. So the role (with up to two capitalised words of no role list after it,
     * "Queen Mother") is followed by a comma and a capitalised name word.
     */
    private static boolean nextNameTitled(List<Token> t, int end) {
        int k = end;
        while (k < t.size() && k < end + 2 && nameWord(t.get(k))) {
            k++;
        }
        return k + 1 < t.size() && t.get(k).text().equals(",") && nameWord(t.get(k + 1));
    }

    private static boolean nameWord(Token w) {
        return (w.pos().equals("PROPN") || LEX.isHonorific(w.text())) && Character.isUpperCase(w.text().charAt(0))
                && !LEX.isRoleWord(w.text()) && !GAZ.isKnown(w.text());
    }

    /** How many words the "of" phrase after a role may have before its country: "of the Republic of Indonesia". */
    private static final int OF_COUNTRY_REACH = 5;

    /**
     * ", President of the Republic of Indonesia", ", Prime Minister of Malta": the country the "of" phrase at
     * token {@code i} names, or null.
     */
    private static String countryOf(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i >= t.size() || !t.get(i).text().equals("of")) {
            return null;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 1 + OF_COUNTRY_REACH); k++) {
            String w = t.get(k).text();
            if (!t.get(k).capitalised() && !w.equals("the") && !w.equals("of")) {
                return null;
            }
            String c = t.get(k).capitalised() && (k + 1 >= t.size() || !t.get(k + 1).capitalised()) ? countryAt(s, k) : null;
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static RolePhrase phrase(Sentence s, int from, int end, char gender, String country) {
        List<String> roles = new ArrayList<>();
        int headAt = -1;
        for (int k = from; k < end; k++) {
            if (LEX.isRoleHead(s.tokens().get(k).text())) {
                headAt = k;
            }
            char g = roleGender(s.tokens().get(k).text());
            gender = gender == 0 ? g : gender;
        }
        if (headAt >= 0) {
            String r = s.span(from, end).toLowerCase(Locale.ROOT).replaceAll("^(new|the) ", "").replaceAll("\\s+", " ");
            if (!r.equals("counterpart")) {
                roles.add(r.replace(" counterpart", "").strip());
            }
        }
        if (roles.isEmpty() && gender == 0 && country == null) {
            return NONE;
        }
        return new RolePhrase(roles, gender, country, headAt >= 0 ? from : end);
    }

    /** The full stop of an honorific the tokenizer split off ("Hon" "." in "Governor Hon. Susan Langat"). */
    private static boolean honorificStop(List<Token> t, int i) {
        return t.get(i).text().equals(".") && i > 0 && LEX.isHonorific(t.get(i - 1).text() + ".");
    }

    /** "Oman's Minister of State, Sheikh Salim": a title that could head a role, set off after a comma by a role. */
    private static boolean appositiveTitle(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && LEX.isHonorific(t.get(k).text())) {
            k--;
        }
        return k >= 1 && t.get(k).text().equals(",") && isRoleToken(t.get(k - 1));
    }

    private static boolean isHeadBefore(List<Token> t, int i) {
        return LEX.isRoleHead(t.get(i).text()) && !t.get(i).text().endsWith(".");
    }

    /**
     * "Secretary" "-" "General", "Director" "-General", "Vice" "-" "President": a hyphen written with no space
     * after a role word and before another, which the tokenizer cut out of one hyphenated title (alone, or kept
     * on the second word); the title is one role.
     */
    static boolean roleHyphen(List<Token> t, int i) {
        if (i <= 0 || !t.get(i).text().startsWith("-") || t.get(i - 1).end() != t.get(i).start() || !LEX.isRoleWord(t.get(i - 1).text())) {
            return false;
        }
        String w = t.get(i).text();
        if (w.length() > 1) {
            return LEX.isRoleWord(w.substring(1));
        }
        return i + 1 < t.size() && t.get(i).end() == t.get(i + 1).start() && LEX.isRoleWord(t.get(i + 1).text());
    }

    private static boolean isRoleToken(Token t) {
        return LEX.isRoleWord(t.text()) && !GAZ.isKnown(t.text()) && !NameShape.isClitic(t.text());
    }

    /** "of" or "for" between two role words ("Secretary of State"), or a hyphen the tokenizer split off ("Secretary-General"). */
    private static boolean isLink(List<Token> t, int i) {
        String w = t.get(i).text();
        if (roleHyphen(t, i)) {
            return true;
        }
        return (w.equals("of") || w.equals("for")) && i > 0 && i + 1 < t.size() && isRoleToken(t.get(i - 1))
                && (isRoleToken(t.get(i + 1)) || Character.isUpperCase(t.get(i + 1).text().charAt(0)));
    }

    /** Nouns of ministers' portfolios (portfolio-words.txt): "Natural Resources", "Minerals and Energy". */
    private static final java.util.Set<String> PORTFOLIO_WORDS = java.util.Set.copyOf(WordList.lines("portfolio-words.txt"));

    /** How many words a portfolio after "of" may have: "of Agriculture, Fisheries and Food". */
    private static final int PORTFOLIO_REACH = 5;

    /**
     * "Minister of Natural Resources", "Secretary for Minerals and Energy", "Minister of the Environment and Climate
     * Change", "special envoy for Sudan" before a name: when token {@code i} ends capitalised words (and "and", "the"),
     * one of them a portfolio or role word or a place, after "of" or "for" and a role word, the index of that role
     * word, from which the role is read back; {@code i} otherwise.
     */
    static int portfolioOf(List<Token> t, int i) {
        if (i < 2 || !t.get(i).capitalised() || isRoleToken(t.get(i))) {
            return i;
        }
        boolean portfolio = false;
        for (int k = i; k >= 1 && i - k <= PORTFOLIO_REACH; k--) {
            String w = t.get(k).text();
            if ((w.equals("of") || w.equals("for")) && k < i && isRoleToken(t.get(k - 1))) {
                return portfolio ? k - 1 : i;
            }
            if (!t.get(k).capitalised() && !Set.of("and", "&", "the").contains(w)) {
                return i;
            }
            String bare = NameShape.bare(w).toLowerCase(Locale.ROOT);
            portfolio |= PORTFOLIO_WORDS.contains(bare) || LEX.isRoleWord(w) && t.get(k).capitalised() || GAZ.isKnownPlace(w);
        }
        return i;
    }

    /**
     * ", State Minister for Economy, Trade and Industry of Japan": past the portfolio that "for" opens at token
     * {@code i} (capitalised words, commas and "and"), the "of" that names the country; {@code i} otherwise.
     */
    private static int portfolioEnd(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).text().equals("for")) {
            return i;
        }
        int k = i + 1;
        while (k < t.size() && k - i <= PORTFOLIO_REACH + 3 && (t.get(k).capitalised() || Set.of(",", "and", "&").contains(t.get(k).text()))) {
            k++;
        }
        return k > i + 1 && k < t.size() && t.get(k).text().equals("of") && t.get(k - 1).capitalised() ? k : i;
    }

    /** The country of a place or nationality word at token i (or of "Ukraine" in "Ukraine 's"). */
    static String countryAt(Sentence s, int i) {
        List<Token> t = s.tokens();
        int k = i;
        if (NameShape.isClitic(t.get(k).text()) && k > 0) {
            k--;
        }
        String w = t.get(k).text();
        if (GAZ.isDemonym(w)) {
            return GAZ.country(w).orElse(null);
        }
        for (int a = Math.max(0, k - 3); a <= k; a++) {
            var hit = GAZ.lookup(s.span(a, k + 1));
            if (hit.isPresent() && hit.get().type() == EntityType.PLACE) {
                return hit.get().canonical();
            }
        }
        return null;
    }

    private static char roleGender(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "king", "prince", "chairman", "spokesman", "congressman", "emir", "sultan", "pope" -> 'm';
            case "queen", "princess", "chairwoman", "spokeswoman", "congresswoman", "lady" -> 'f';
            default -> 0;
        };
    }
}
