package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The longest form an article gives an organisation's name: an organisation whose name ends in an
 * organisation word and is followed somewhere by "of" and a place ("the All Farmers Association of
 * Nigeria", "the Football Association of Zambia") is named so wherever it speaks, since the name finder
 * took the place for a name of its own. Only words the article writes are used. Stateless.
 */
final class OrgFullNames {
    private OrgFullNames() {
    }

    /** Organisation key to its longest written name, for the organisations written with a place tail. */
    static Map<String, String> of(EntityIndex index, List<Sentence> sentences) {
        Map<String, String> out = new HashMap<>();
        for (Sentence s : sentences) {
            for (MentionRef org : index.mentionsIn(s.index())) {
                if (org.type() != EntityType.ORGANIZATION || org.kind() != MentionRef.Kind.NAME
                        || !Lexicon.INSTANCE.isOrgHead(s.tokens().get(org.tokenEnd() - 1).text())) {
                    continue;
                }
                placeAfter(index, s, org.tokenEnd()).ifPresent(end -> {
                    String name = s.span(org.tokenStart(), end);
                    out.merge(org.key(), name, (a, b) -> a.length() >= b.length() ? a : b);
                });
            }
        }
        return out;
    }

    /** The token after a place named right after "of" at k ("of Nigeria", "of the Philippines"). */
    static java.util.Optional<Integer> placeAfter(EntityIndex index, Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k + 1 >= t.size() || !t.get(k).text().equals("of")) {
            return java.util.Optional.empty();
        }
        int at = t.get(k + 1).text().equals("the") ? k + 2 : k + 1;
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE && r.kind() == MentionRef.Kind.NAME)
                .map(MentionRef::tokenEnd).findFirst();
    }
}
