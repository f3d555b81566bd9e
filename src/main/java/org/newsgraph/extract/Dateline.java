package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the town a story is filed from, as news writes it at the top of a story: a dateline ("BAGHDAD - ...", "LIMA,
 * June 6 (Newswire) - ...", "Paris (AFP) – ...", "KAMPALA. Talks ..."), a live page's header ("Live from Honiara"), or a
 * byline that names a town ("By A. Writer | Mexico City | March 25", "Staff Correspondent, Cox's Bazar"). A town the
 * name finder missed (datelines are often in capitals) becomes a new place entity, written in title case. Thread-safe.
 */
final class Dateline {
    /** How many sentences from the top a dateline in any of its forms may open. */
    private static final int NEAR_REACH = 3;

    /** How many sentences from the top a dateline in capitals, or a byline, may stand (below menus, headlines, bylines). */
    private static final int FAR_REACH = 8;

    /** How many words a town's name in capitals may have ("ADDIS ABABA", "RIO DE JANEIRO"). */
    private static final int NAME_WORDS = 4;

    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    /** Words that open a live page's or a correspondent's header: "Live from Honiara", "Reporting from Kyiv". */
    private static final Set<String> FROM_HEADERS = Set.of("live", "reporting", "writing", "filed");

    /** Words of a byline that names the writer's town: "Staff Correspondent, Cox's Bazar", "By X | Mexico City". */
    private static final Set<String> BYLINE_WORDS = Set.of("by", "correspondent", "reporter", "writer", "bureau", "staff");

    /** Capitalised words that open lines of a page but name no town ("UPDATE 2-", "FOR IMMEDIATE RELEASE", "FILE -"). */
    private static final Set<String> NOT_TOWNS = Set.of("update", "for", "file", "photo", "video", "watch", "breaking", "exclusive",
            "analysis", "opinion", "editorial", "live", "office", "release", "news", "business", "sport", "sports", "world", "home",
            "q", "a", "the", "by", "editor", "note", "corrected", "correction", "urgent", "flash", "brief", "update:");

    private final EntityIndex index;

    Dateline(EntityIndex index) {
        this.index = index;
    }

    /** The town {@code text} is filed from, if its top says so. */
    Optional<PlaceFinder.Place> find(AnnotatedText text) {
        List<Sentence> all = text.sentences();
        for (Sentence s : all.subList(0, Math.min(FAR_REACH, all.size()))) {
            boolean near = s.index() < NEAR_REACH;
            Optional<MentionRef> first = index.at(s.index(), 0).filter(r -> r.tokenStart() == 0 && r.type() == EntityType.PLACE);
            if (near && first.isPresent() && setOff(s, first.get().tokenEnd(), capitals(s.tokens().get(0)))
                    && !countryHeading(s, first.get())) {
                return Optional.of(new PlaceFinder.Place(first.get().key(), null));
            }
            Optional<PlaceFinder.Place> named = near ? reportedFrom(s) : Optional.empty();
            boolean afterByline = s.index() > 0 && bylineLine(all.get(s.index() - 1));
            named = named.or(() -> townInCapitals(s, afterByline)).or(() -> knownTown(s, near || afterByline, afterByline)).or(() -> byline(s));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * "Live from Honiara, Solomon Islands.", "Live updates from The Hague", "Reporting from Kyiv": a header line that names
     * the town a story is told from.
     */
    private Optional<PlaceFinder.Place> reportedFrom(Sentence s) {
        List<Token> t = s.tokens();
        if (t.size() < 3 || !FROM_HEADERS.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int from = 1;
        while (from < Math.min(t.size() - 1, 3) && !t.get(from).text().equalsIgnoreCase("from")) {
            from++; // "Live updates from The Hague"
        }
        int at = from + 1;
        return t.get(from).text().equalsIgnoreCase("from") ? index.at(s.index(), at)
                .filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE).map(r -> new PlaceFinder.Place(r.key(), null))
                : Optional.empty();
    }

    /**
     * "TEHRAN – A delegation ...", "ADDIS ABABA — Ethiopia's ...", "KAMPALA. Talks ...", "WINDHOEK, April 8 (Reuters) -": a
     * name in capitals opening a sentence and set off as a dateline, whether or not the name finder knew it.
     */
    private Optional<PlaceFinder.Place> townInCapitals(Sentence s, boolean afterByline) {
        List<Token> t = s.tokens();
        int end = 0;
        while (end < Math.min(t.size(), NAME_WORDS) && capitals(t.get(end)) && !NOT_TOWNS.contains(bare(t.get(end).text()).toLowerCase(Locale.ROOT))
                && !CalendarWords.WEEKDAYS_AND_MONTHS.contains(bare(t.get(end).text()).toLowerCase(Locale.ROOT))) { // "FRIDAY, APRIL 17": a date line
            end++;
            if (t.get(end - 1).text().endsWith(".") || lineBreakAfter(s, end - 1)) {
                break; // "KAMPALA." as one word; "HONIARA" on a line of its own above the story
            }
        }
        if (end == 0 || index.at(s.index(), 0).filter(r -> r.type() == EntityType.PERSON).isPresent()) {
            return Optional.empty();
        }
        String name = s.span(0, end);
        boolean stop = end == t.size() && t.get(end - 1).text().endsWith(".") && bare(t.get(end - 1).text()).length() > 2; // "KAMPALA."
        boolean known = Gazetteer.INSTANCE.isWorldPlaceFolded(bare(name)) || Gazetteer.INSTANCE.isKnownPlace(titleCase(bare(name)));
        boolean alone = (end == t.size() || lineBreakAfter(s, end - 1)) && (known || afterByline); // "By NELSON KUMI / HONIARA / PRIME Minister ...": a line of its own
        if (!(stop || alone || setOff(s, end, true)) || ":".equals(after(s, end)) && !known) {
            return Optional.empty(); // "VALDIVIA: Good morning": a speaker's label
        }
        if (",".equals(after(s, end)) && !known && !datelineGoesOn(t, end + 1)) {
            return Optional.empty(); // "PM, Opposition Leader agree to more talks": a headline's subject, not a town
        }
        return Optional.of(place(s, 0, end, titleCase(bare(name))));
    }

    /**
     * "Rabat - Minister ...", "Quito, 10 March 2026 (Agency) –", "Kampala. Opposition MPs ...": a known town in title case
     * set off as a dateline. Further down the top of a page (below a headline, a byline and the page's furniture) only a
     * town set off by a dash, at once or after the day ("Kathmandu, July 8 — ..."), which nothing else opens a line with.
     * Right below a byline, a known town alone on its line ("By JOHN BANDA / Ndola / FRIDAY, APRIL 17, 2026"); not a line
     * above any byline, which may be a page's section ("Manitoba").
     */
    private Optional<PlaceFinder.Place> knownTown(Sentence s, boolean near, boolean afterByline) {
        List<Token> t = s.tokens();
        java.util.regex.Matcher glued = t.isEmpty() ? null : TOWN_AGENCY.matcher(t.get(0).text());
        if (glued != null && glued.matches() && Gazetteer.INSTANCE.isKnownPlace(glued.group(1))
                && Gazetteer.INSTANCE.demonym(glued.group(1)).isEmpty() && (t.size() == 1 || lineBreakAfter(s, 0) || dash(t.get(1)))) {
            return Optional.of(gluedTown(s, glued.group(1))); // "Basra-INA" as one word
        }
        for (int end = Math.min(t.size(), NAME_WORDS); end > 0; end--) {
            String name = s.span(0, end);
            boolean line = end == t.size(); // "By JOHN BANDA / Ndola / FRIDAY, APRIL 17, 2026": the town alone on its line
            if (t.get(0).capitalised() && Gazetteer.INSTANCE.isKnownPlace(name) && Gazetteer.INSTANCE.demonym(name).isEmpty()
                    && (line ? afterByline : near ? setOff(s, end, false) || alone(t, end) : dashed(t, end))
                    && index.at(s.index(), 0).filter(r -> r.type() == EntityType.PERSON).isEmpty()) {
                return Optional.of(place(s, 0, end, name));
            }
        }
        return Optional.empty();
    }

    /**
     * "By Rodrigo Ruelas | Mexico City | March 25, 2026", "Staff Correspondent, Cox's Bazar": a short byline line whose
     * town stands between bars or after the writer's role and a comma.
     */
    private Optional<PlaceFinder.Place> byline(Sentence s) {
        List<Token> t = s.tokens();
        Optional<PlaceFinder.Place> signed = writerAndTown(s);
        if (signed.isPresent()) {
            return signed;
        }
        if (t.size() > 16 || t.isEmpty() || !(t.get(0).text().equals("By") || BYLINE_WORDS.contains(t.get(0).text().toLowerCase(Locale.ROOT))
                && t.stream().anyMatch(k -> BYLINE_WORDS.contains(k.text().toLowerCase(Locale.ROOT)) && k != t.get(0)))) {
            return Optional.empty();
        }
        for (MentionRef r : index.mentionsIn(s.index())) {
            boolean opened = r.tokenStart() > 0 && BYLINE_BARS.contains(t.get(r.tokenStart() - 1).text());
            boolean closed = r.tokenEnd() == t.size() || BYLINE_BARS.contains(t.get(r.tokenEnd()).text());
            if (r.type() == EntityType.PLACE && opened && closed) {
                return Optional.of(new PlaceFinder.Place(r.key(), null));
            }
        }
        for (int i = 1; i < t.size(); i++) { // a known town the name finder missed: "Staff Correspondent, Khulna"
            if (BYLINE_BARS.contains(t.get(i - 1).text())) {
                int end = i;
                while (end < t.size() && !BYLINE_BARS.contains(t.get(end).text())) {
                    end++;
                }
                String name = s.span(i, end);
                if (end > i && end - i <= NAME_WORDS && t.get(i).capitalised() && Gazetteer.INSTANCE.isKnownPlace(name)
                        && Gazetteer.INSTANCE.demonym(name).isEmpty()) {
                    return Optional.of(place(s, i, end, name));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Dechen Wangmo, Thimphu": a line of its own with a writer's name, a comma and a known town, and nothing else.
     */
    private Optional<PlaceFinder.Place> writerAndTown(Sentence s) {
        List<Token> t = s.tokens();
        Optional<MentionRef> writer = index.at(s.index(), 0).filter(r -> r.tokenStart() == 0 && r.type() == EntityType.PERSON);
        if (writer.isEmpty() || t.size() > writer.get().tokenEnd() + 1 + NAME_WORDS || writer.get().tokenEnd() + 1 >= t.size()
                || !t.get(writer.get().tokenEnd()).text().equals(",")) {
            return Optional.empty();
        }
        int from = writer.get().tokenEnd() + 1;
        String name = s.span(from, t.size());
        boolean town = t.get(from).capitalised() && Gazetteer.INSTANCE.isKnownPlace(name) && Gazetteer.INSTANCE.demonym(name).isEmpty();
        return town ? Optional.of(place(s, from, t.size(), name)) : Optional.empty();
    }

    /** "Kampala." as a line or sentence of its own: a town and a full stop only. */
    private static boolean alone(List<Token> t, int end) {
        return end == t.size() - 1 && t.get(end).text().equals(".");
    }

    /**
     * "Kathmandu — ...", "Kathmandu, July 8 — ...", "Rabat, 12 May (MAP) – ...": a dash right after the town, or after a
     * comma and the day (at most five words with a month or a number), sets the town off as a dateline.
     */
    private static boolean dashed(List<Token> t, int e) {
        if (e >= t.size()) {
            return false;
        }
        if (dash(t.get(e))) {
            return true;
        }
        if (!t.get(e).text().equals(",")) {
            return false;
        }
        boolean day = false;
        for (int i = e + 1; i < Math.min(t.size(), e + 7); i++) {
            String w = bare(t.get(i).text()).toLowerCase(Locale.ROOT);
            if (DASHES.contains(w)) {
                return day && i > e + 1;
            }
            day |= CALENDAR_WORDS.contains(w) || Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0));
        }
        return false;
    }

    /**
     * "LIMA, June 6", "MANILA, Philippines", "SEOUL, Sept. 3": what may follow the comma after a town in capitals that
     * the gazetteer does not know, a day or a known place, unlike a headline's words ("PM, Opposition Leader agree").
     */
    private static boolean datelineGoesOn(List<Token> t, int i) {
        if (i >= t.size()) {
            return false;
        }
        String w = bare(t.get(i).text());
        return CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !w.isEmpty() && Character.isDigit(w.charAt(0))
                || Gazetteer.INSTANCE.isKnownPlace(w) || capitals(t.get(i));
    }

    /** Whether a line ends after token {@code k} of a sentence that goes on after it. */
    private static boolean lineBreakAfter(Sentence s, int k) {
        List<Token> t = s.tokens();
        return k + 1 < t.size() && s.text().substring(t.get(k).end() - s.start(), t.get(k + 1).start() - s.start()).indexOf('\n') >= 0;
    }

    /** A byline line: "By NELSON KUMI", "By Derrick Ssekandi". */
    private static boolean bylineLine(Sentence s) {
        List<Token> t = s.tokens();
        return !t.isEmpty() && t.size() <= 8 && t.get(0).text().equals("By");
    }

    /** Marks that part a byline's writer, town and date. */
    private static final Set<String> BYLINE_BARS = Set.of("|", ",");

    /**
     * Whether the words before token {@code e} are set off as a dateline: by a dash or colon, by a comma or bracket and a
     * dash a few words on ("LIMA, June 6 (Newswire) -", "Paris (AFP) –"), or, in capitals, by a comma or full stop.
     */
    private static boolean setOff(Sentence s, int e, boolean capitals) {
        List<Token> t = s.tokens();
        if (e >= t.size()) {
            return false;
        }
        String mark = t.get(e).text();
        if (dash(t.get(e)) || mark.equals(":") || agencyInSlashes(t, e)) {
            return true;
        }
        if (mark.equals(".") || mark.equals(",") && capitals) {
            return capitals;
        }
        if (mark.equals(",") && dateOnly(t, e + 1)) {
            return true; // "Brussels, Thursday 18 December.": a town and the day, and nothing else in the line
        }
        for (int i = e + 1; (mark.equals(",") || mark.equals("(")) && i < Math.min(t.size(), e + 8); i++) {
            if (DASHES.contains(t.get(i).text()) && t.get(i).start() > t.get(i - 1).end()) { // not "air-defence"
                return true;
            }
        }
        return false;
    }

    /** A news agency's name in capitals glued to the dash after the town: "Baghdad-INA", split as "Baghdad" "-INA". */
    private static final java.util.regex.Pattern DASHED_AGENCY = java.util.regex.Pattern.compile("[-\u2013\u2014]\\p{Lu}{2,8}");

    /** A town and an agency's name in capitals written as one word: "Basra-INA". */
    private static final java.util.regex.Pattern TOWN_AGENCY = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)[-\u2013\u2014]\\p{Lu}{2,8}");

    /** The town of a first word "Basra-INA": the place of that name, its mention the town's letters only. */
    private PlaceFinder.Place gluedTown(Sentence s, String name) {
        String key = Entity.keyOf(EntityType.PLACE, name);
        if (index.entity(key).isPresent()) {
            return new PlaceFinder.Place(key, null);
        }
        Token a = s.tokens().get(0);
        Mention mention = new Mention(a.start(), a.start() + name.length(), name);
        return new PlaceFinder.Place(key, new Entity(key, EntityType.PLACE, name, List.of(mention), List.of(), 0.5));
    }

    /** A dash, alone or glued to an agency's name ("-INA"). */
    private static boolean dash(Token k) {
        return DASHES.contains(k.text()) || DASHED_AGENCY.matcher(k.text()).matches();
    }

    /** "Ulaanbaatar /MONTSAME/ Speaker ...", "Hanoi / VNA / ...": a news agency's name in capitals between slashes at token {@code e}. */
    private static boolean agencyInSlashes(List<Token> t, int e) {
        StringBuilder tag = new StringBuilder();
        for (int k = e; k < Math.min(t.size(), e + 4); k++) {
            tag.append(t.get(k).text());
            String g = tag.toString();
            if (g.length() > 3 && g.startsWith("/") && g.endsWith("/")) {
                String name = g.substring(1, g.length() - 1).strip();
                return name.length() > 1 && name.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == ' ');
            }
        }
        return false;
    }

    private static final Set<String> CALENDAR_WORDS = CalendarWords.with(CalendarWords.WEEKDAYS_AND_MONTHS, "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Whether tokens from {@code i} to the sentence's end are a date alone: "Thursday 18 December.", "March 3, 2026". */
    private static boolean dateOnly(List<Token> t, int i) {
        boolean calendar = false;
        int k = i;
        for (; k < t.size(); k++) {
            String w = bare(t.get(k).text()).toLowerCase(Locale.ROOT);
            if (CALENDAR_WORDS.contains(w)) {
                calendar = true;
            } else if (!(w.matches("\\d{1,4}(st|nd|rd|th)?") || w.equals(","))) {
                break;
            }
        }
        boolean ends = k == t.size() || k == t.size() - 1 && t.get(k).text().equals(".");
        return calendar && ends && k - i <= 5;
    }

    /**
     * "Germany: Coalition leaders fail to agree": a country set off by a colon heads a headline or a section; it is no
     * dateline, which names the town a story is filed from.
     */
    private boolean countryHeading(Sentence s, MentionRef place) {
        int e = place.tokenEnd();
        return e < s.tokens().size() && s.tokens().get(e).text().equals(":")
                && index.entity(place.key()).map(Entity::name).flatMap(Gazetteer.INSTANCE::demonym).isPresent();
    }

    /** The place entity of the index for words {@code from}..{@code to}, else a new place named {@code name}. */
    private PlaceFinder.Place place(Sentence s, int from, int to, String name) {
        String key = Entity.keyOf(EntityType.PLACE, name);
        Optional<MentionRef> known = index.at(s.index(), from).filter(r -> r.type() == EntityType.PLACE && r.tokenStart() == from
                && r.tokenEnd() == to);
        if (known.isPresent()) {
            return new PlaceFinder.Place(known.get().key(), null);
        }
        if (index.entity(key).isPresent()) {
            return new PlaceFinder.Place(key, null);
        }
        Token a = s.tokens().get(from);
        Token b = s.tokens().get(to - 1);
        int stop = b.text().endsWith(".") ? 1 : 0;
        Mention mention = new Mention(a.start(), b.end() - stop, s.text().substring(a.start() - s.start(), b.end() - stop - s.start()));
        return new PlaceFinder.Place(key, new Entity(key, EntityType.PLACE, name, List.of(mention), List.of(), 0.5));
    }

    private static String after(Sentence s, int e) {
        return e < s.tokens().size() ? s.tokens().get(e).text() : "";
    }

    /** A word in capitals of two letters or more ("TEHRAN", "GUIMARÃES", "KAMPALA."). */
    private static boolean capitals(Token t) {
        String w = bare(t.text());
        return w.length() > 1 && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '-')
                && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** Without a full stop at the end. */
    private static String bare(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** "ADDIS ABABA" gives "Addis Ababa"; a name not in capitals stays as written. */
    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            b.append(b.length() > 0 ? " " : "").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
