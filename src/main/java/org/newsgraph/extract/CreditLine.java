package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Names of reporters, editors and photographers in bylines and credit lines: "By Jane Doe, Staff Writer"
 * at the start of a line, "(Reporting by Jane Doe in Paris; Editing by John Roe)", "Interview by Jane Doe",
 * "Photo: Jane Doe/The Daily", "(Jane Doe/Agency)". They are people of the article like any other; the
 * name finder often misses them because they stand outside sentences or are written in capitals.
 * Thread-safe.
 */
final class CreditLine {
    /** Capitalised words that open a credit before "by": "Reporting by", "Editing by". */
    private static final Set<String> CREDIT_WORDS = Set.of("reporting", "editing", "writing", "interview", "interviews",
            "photo", "photos", "photograph", "photographs", "pictures", "compiled", "reported", "written", "edited", "text",
            "video", "additional");
    /** Words that show a byline names a desk or service, not a person ("By NEWS DESK"). */
    private static final Set<String> NOT_NAMES = Set.of("desk", "staff", "news", "bureau", "team", "agency", "agencies",
            "correspondent", "reporter", "reporters", "editor", "editors", "writer", "service", "online", "web", "wire", "wires");
    private static final int MAX_WORDS = 5;
    /** Abbreviated given names written with a full stop: "Ma." (Maria), "Mohd.". */
    private static final Set<String> ABBREVIATED = Set.copyOf(WordList.lines("name-abbreviations.txt"));

    private CreditLine() {
    }

    /** The people credited in the sentence, in token order; {@code lineStart} when the sentence begins a line. */
    static List<PersonCandidate> find(Sentence s, boolean lineStart) {
        List<Token> t = s.tokens();
        List<PersonCandidate> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            int start = nameStart(t, k, lineStart);
            if (start < 0) {
                continue;
            }
            boolean photo = !t.get(k).text().equalsIgnoreCase("by");
            int next = names(s, start, photo, out);
            k = Math.max(k, next - 1);
        }
        return out;
    }

    /** The first token of a credited name when token k opens a credit, else -1. */
    private static int nameStart(List<Token> t, int k, boolean lineStart) {
        String w = t.get(k).text();
        if (w.equalsIgnoreCase("by") && k + 1 < t.size()) {
            if (k == 0) {
                return lineStart && (w.equals("By") || w.equals("BY") || w.equals("by") && nameFillsLine(t, 1)) ? 1 : -1;
            }
            String before = t.get(k - 1).text();
            boolean credit = CREDIT_WORDS.contains(before.toLowerCase(Locale.ROOT))
                    && (Character.isUpperCase(before.charAt(0)) || k >= 2 && isOpening(t.get(k - 2).text()));
            return credit ? k + 1 : -1;
        }
        if (k == 0 && lineStart && (barAfterName(t) || roleAfterName(t))) {
            return 0;
        }
        if (k == 1 && lineStart && w.equals(":") && CREDIT_LABELS.contains(t.get(0).text().toLowerCase(Locale.ROOT)) && nameFillsLine(t, 2)) {
            return 2; // "Editor: Jane Doe", "Reporting: Jane Doe"
        }
        if (k == 0 && lineStart && w.equals("From") && fromLine(t)) {
            return 1; // "From Jane Doe, Abuja": a correspondent's byline with the place she files from
        }
        if (k == 0 && t.size() > 1 && AGENCY_THEN_NAME.matcher(w).matches() && (lineStart || nameEnd(t, 0) == t.size())) {
            return 0; // "WAM/Jane Doe/John Roe": an agency's credit line, or the credit closing a caption ("... on Tuesday. TASR/Jane Doe")
        }
        if (k == 1 && lineStart && t.get(0).text().equalsIgnoreCase("by") && w.equals(":")) {
            return 2; // "By: Jane Doe - Reporter"
        }
        if (k > 1 && w.equals(":") && t.get(k - 1).text().equalsIgnoreCase("by") && nameFillsLine(t, k + 1)) {
            return k + 1; // "10:21 AM | Article By: Jane Doe": a byline after the date of a web page
        }
        if (w.equals("|") && lineStart && t.size() > 2 && SOURCE_LABELS.contains(t.get(0).text()) && t.get(1).text().equals(":")) {
            return k + 1; // "Source: The Daily | Jane Doe"
        }
        if (PHOTO_LABELS.contains(w) && k + 2 < t.size() && t.get(k + 1).text().equals(":")) {
            for (int j = k + 3; j < Math.min(t.size() - 1, k + 6); j++) {
                if (t.get(j).text().equals("/") && t.get(j).start() > t.get(j - 1).end() && t.get(j + 1).start() > t.get(j).end()
                        && nameEnd(t, j + 1) - (j + 1) >= 2) {
                    return j + 1; // "Photo: The Daily / Jane Doe": a spaced slash puts the outlet first
                }
            }
            return k + 2; // "Image: Jane Doe / Lehtikuva": a name of two words or more before the slash
        }
        if (w.equals("(") && (slashAhead(t, k + 1) || k + 1 < t.size() && AGENCY_THEN_NAME.matcher(t.get(k + 1).text()).matches())) {
            return k + 1;
        }
        if ((w.equals("\u2014") || w.equals("\u2013")) && slashAhead(t, k + 1)) {
            return k + 1; // "... in Putrajaya. — JANE DOE/The Star": a photo credit after a dash ending the caption
        }
        if (w.equals("(") && k == 1 && lineStart && QUESTION_LABELS.contains(t.get(0).text())) {
            return k + 1; // "Question (Jane Doe, The Daily):": the journalist who asks at a briefing
        }
        return -1;
    }

    /**
     * "Amina Yusuf | Kano" or "Amina Yusuf | 12 May 2025": a line that opens with two to four capitalised words and
     * a vertical bar, as web pages set a byline before the place or date (the bar may be glued to the date: "|15.09.2026").
     */
    private static boolean barAfterName(List<Token> t) {
        int k = 0;
        while (k < t.size() && k < 5 && t.get(k).capitalised()) {
            k++;
        }
        return k >= 2 && k <= 4 && k + 1 < t.size() && t.get(k).text().startsWith("|");
    }

    /** Labels before a colon and the credit of a picture: "Photo: Jane Doe/The Daily", "Image: Jane Doe / Lehtikuva". */
    private static final Set<String> PHOTO_LABELS = Set.of("Photo", "Picture", "Photos", "Image", "Credit");

    /** Labels of a line that credits its journalist after a colon: "Editor: Jane Doe", "Reporting: Jane Doe". */
    private static final Set<String> CREDIT_LABELS = Set.of("editor", "editors", "editing", "reporter", "reporters", "reporting",
            "writer", "writers", "text", "words", "translation", "translator", "photographer", "photos", "author");

    /** Whether the tokens from k to the end of the line are two to five capitalised name words (and initials). */
    private static boolean nameFillsLine(List<Token> t, int k) {
        return k < t.size() && t.get(k).capitalised() && nameEnd(t, k) == t.size() && t.size() - k >= 2 && t.size() - k <= MAX_WORDS + 2;
    }

    /**
     * "From Jane Doe, Abuja" or "From Jane Doe": "From", a name and at most a place of one or two capitalised words
     * that end the line, as Nigerian and Ghanaian papers write correspondents' bylines.
     */
    private static boolean fromLine(List<Token> t) {
        if (t.size() < 3 || !t.get(1).capitalised()) {
            return false;
        }
        int b = nameEnd(t, 1);
        if (b - 1 < 2 || b == t.size()) {
            return b == t.size() && b - 1 >= 2;
        }
        if (!t.get(b).text().equals(",") || t.size() - b - 1 > 2) {
            return false;
        }
        for (int k = b + 1; k < t.size(); k++) {
            if (!t.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Labels of a line that credits an outlet and then its journalist: "Source: The Daily | Jane Doe". */
    private static final Set<String> SOURCE_LABELS = Set.of("Source", "SOURCE", "Credit", "Credits");

    /** Job words of a journalist's line after the name: "Jane Doe, Political reporter". */
    private static final Set<String> JOURNALIST_WORDS = Set.of("reporter", "correspondent", "editor", "writer", "photographer",
            "journalist", "columnist", "producer");

    /**
     * "Jane Doe, Political reporter", "Jane Doe, Senior Correspondent", "Jane Doe/Senior Staff Reporter": a line of two
     * to four capitalised words, a comma or slash, and a journalist's job of up to three words that ends the line.
     */
    private static boolean roleAfterName(List<Token> t) {
        int k = 0;
        while (k < t.size() && k < 5 && t.get(k).capitalised()) {
            k = hyphenated(t, k + 1);
            if (t.get(k - 1).text().endsWith("/")) {
                break; // "Thompson-Clarke/" + "Senior Staff Reporter": the slash glued to the name
            }
        }
        boolean glued = k > 0 && t.get(k - 1).text().endsWith("/");
        int job = glued ? k : k + 1;
        if (k < 2 || k > 5 || job >= t.size() || !glued && !(t.get(k).text().equals(",") || t.get(k).text().equals("/"))
                || t.size() - job > 3) {
            return false;
        }
        return JOURNALIST_WORDS.contains(t.get(t.size() - 1).text().toLowerCase(Locale.ROOT));
    }

    /** "(" or ";" or "Additional": what may stand before a lower-case credit word ("; additional reporting by"). */
    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals(";") || w.equalsIgnoreCase("additional");
    }

    /** An agency and a given name joined by a slash, as photo credits write them: "(AFP/Jane" of "(AFP/Jane Doe)". */
    private static final java.util.regex.Pattern AGENCY_THEN_NAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}&.-]*/\\p{Lu}\\p{Ll}+");
    /** Labels of journalists' questions in briefing transcripts, before the journalist's name in brackets. */
    private static final Set<String> QUESTION_LABELS = Set.of("Question", "Q", "QUESTION");

    /** A bracket holding a slash within a few tokens: "(Sun Narin/VOA Khmer)". */
    private static boolean slashAhead(List<Token> t, int k) {
        for (int j = k; j < t.size() && j < k + 5; j++) {
            if (t.get(j).text().equals(")")) {
                return false;
            }
            if (t.get(j).text().endsWith("/") || t.get(j).text().equals("/")) {
                return j > k;
            }
            if (innerSlash(t.get(j).text())) {
                return true; // "(Jane Doe/CBC)" with "Doe/CBC" one token
            }
        }
        return false;
    }

    /** "Doe/CBC", "Doe/dpa": a name and an outlet joined by a slash in one token. */
    private static boolean innerSlash(String w) {
        int i = w.indexOf('/');
        return i > 0 && i < w.length() - 1 && Character.isLetter(w.charAt(i + 1)) && Character.isUpperCase(w.charAt(0));
    }

    /** Reads names joined by "and" from token a; adds them to out and returns the token after the last, or a. */
    private static int names(Sentence s, int a, boolean strictEnd, List<PersonCandidate> out) {
        List<Token> t = s.tokens();
        int k = a;
        while (k < t.size()) {
            int b = nameEnd(t, k);
            boolean ends = b == t.size() || isBoundary(t.get(b).text()) || t.get(b - 1).text().endsWith("/") || b - 1 > k && innerSlash(t.get(b - 1).text());
            if (b - k < 2 || b - k > MAX_WORDS || strictEnd && !ends || !plausible(t, k, b)) {
                return k == a ? a : k;
            }
            out.add(new PersonCandidate(s.index(), k, b, name(t, k, b), RolePhrase.NONE, 0.85, false));
            k = b;
            while (k < t.size() && t.get(k).text().equals("in") && k + 1 < t.size() && t.get(k + 1).capitalised()) {
                k += 2; // "in Tokyo"
            }
            boolean agencyLine = AGENCY_THEN_NAME.matcher(t.get(0).text()).matches();
            if (k + 1 < t.size() && (t.get(k).text().equals("and") || t.get(k).text().equals("&") || agencyLine && t.get(k).text().equals("/"))) {
                k++;
            } else if (agencyLine && k < t.size() && t.get(k - 1).text().endsWith("/") && t.get(k).capitalised()) {
                continue; // "WAM/Jane Doe/John Roe"
            } else {
                return k;
            }
        }
        return k;
    }

    private static boolean isBoundary(String w) {
        return w.equals(",") || w.equals(";") || w.equals(")") || w.equals("/") || w.startsWith("|") || w.equals("in")
                || w.equals("and") || w.equals("&") || w.equals(".") || w.equals("-") || w.equals("\u2014");
    }

    /** End of a run of name words from k: capitalised, or all in capitals when the first is. */
    private static int nameEnd(List<Token> t, int k) {
        boolean caps = NameShape.isAllCaps(t.get(k).text());
        int b = k;
        while (b < t.size() && b - k <= MAX_WORDS) {
            String w = t.get(b).text();
            String head = b > k && innerSlash(w) ? w.substring(0, w.indexOf('/')) : w; // "DOE" of "DOE/The"
            boolean nameWord = Character.isUpperCase(w.charAt(0)) && (!caps || NameShape.isAllCaps(head) || NameShape.isInitial(w))
                    || b > k && NameShape.isParticle(w);
            if (!nameWord) {
                break;
            }
            b++;
            if (w.endsWith("/") || b - 1 > k && innerSlash(w)) {
                break;
            }
            if (b < t.size() && t.get(b).text().equals(".") && t.get(b).start() == t.get(b - 1).end() && b + 1 < t.size()
                    && t.get(b + 1).capitalised() && (NameShape.isInitial(w) || ABBREVIATED.contains(w))) {
                b++; // "Ma" + "." of "Ma. Theresa", "J" + "." of "J. Doe"
            }
            b = hyphenated(t, b);
            if (t.get(b - 1).text().endsWith("/")) {
                break; // "Thompson" + "-Clarke/"
            }
        }
        return b;
    }

    /** Past the second part of a hyphenated name glued at b ("Appiah" + "-Nyarko", "Ndlovu" + "-" + "Masilela"). */
    private static int hyphenated(List<Token> t, int b) {
        if (b >= t.size() || t.get(b).start() != t.get(b - 1).end()) {
            return b;
        }
        String w = t.get(b).text();
        if (w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1))) {
            return b + 1;
        }
        boolean split = w.equals("-") && b + 1 < t.size() && t.get(b + 1).start() == t.get(b).end() && t.get(b + 1).capitalised();
        return split ? b + 2 : b;
    }

    private static boolean plausible(List<Token> t, int a, int b) {
        for (int k = a; k < b; k++) {
            String w = t.get(k).text().replace("/", "");
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || NOT_NAMES.contains(lower) || Lexicon.INSTANCE.isRoleWord(w) || Lexicon.INSTANCE.isHonorific(w)
                    || Lexicon.INSTANCE.isOrgHead(NameShape.titleCase(w)) || Gazetteer.INSTANCE.isKnown(NameShape.titleCase(w))
                    || NameShape.isFunctionWord(NameShape.titleCase(w)) || DAYS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> DAYS = CalendarWords.WEEKDAYS_AND_MONTHS;

    private static String name(List<Token> t, int a, int b) {
        StringBuilder out = new StringBuilder();
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            if (w.endsWith("/")) {
                w = w.substring(0, w.length() - 1);
            }
            if (k > a && innerSlash(w)) {
                w = w.substring(0, w.indexOf('/')); // "Doe/CBC" gives "Doe"
            }
            if (w.equals(".")) {
                out.append('.');
                continue;
            }
            if (k == a && AGENCY_THEN_NAME.matcher(w).matches()) {
                w = w.substring(w.indexOf('/') + 1); // "AFP/Jane" gives "Jane"
            }
            boolean glued = k > a && t.get(k).start() == t.get(k - 1).end();
            out.append(k == a || glued ? "" : " ").append(NameShape.titleCase(NameShape.bare(w)));
        }
        return out.toString();
    }
}
