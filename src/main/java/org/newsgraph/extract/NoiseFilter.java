package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Recognises web-page furniture that must not give facts: captions ("FILE - ..."), sharing and
 * subscription prompts, comment sections, CSS, and a last sentence cut off mid-way. Word list in
 * noise.txt. Thread-safe.
 */
final class NoiseFilter {
    private static final List<String> PATTERNS = WordList.lines("noise.txt");
    /** A line ending in a bracketed credit or date, such as "(Reuters/Jane Doe)". */
    private static final Pattern BRACKET_WITH_SLASH = Pattern.compile(".*\\([^()]*/[^()]*\\)\\s*$");

    /** Whether the sentence is furniture or cut off. */
    boolean isNoise(AnnotatedText text, Sentence s) {
        String line = lineOf(text, s).toLowerCase(Locale.ROOT).strip();
        for (String p : PATTERNS) {
            if (p.startsWith("^") ? line.startsWith(p.substring(1)) : line.contains(p)) {
                return true;
            }
        }
        return isCutOff(text, s) || line.length() < 400 && BRACKET_WITH_SLASH.matcher(line).matches();
    }

    private static String lineOf(AnnotatedText text, Sentence s) {
        String t = text.text();
        int a = t.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        if (s.start() == 0) {
            a = 0;
        }
        int b = t.indexOf('\n', s.start());
        return t.substring(a, b < 0 ? t.length() : b);
    }

    /** The article's last sentence, when it ends without closing punctuation and is long enough to be prose. */
    private static boolean isCutOff(AnnotatedText text, Sentence s) {
        List<Sentence> all = text.sentences();
        if (all.isEmpty() || all.get(all.size() - 1).index() != s.index()) {
            return false;
        }
        String t = s.text().strip();
        char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
        return ".!?\"'\u201D\u2019)]:".indexOf(last) < 0 && s.tokens().size() > 8;
    }
}
