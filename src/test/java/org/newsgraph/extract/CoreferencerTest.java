package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoreferencerTest {

    private static boolean refersTo(ExtractFixture f, String name, MentionRef.Kind kind, String words) {
        String key = f.person(name).orElseThrow().key();
        for (var s : f.annotated.sentences()) {
            for (MentionRef r : f.x.entities().isEmpty() ? java.util.List.<MentionRef>of() : index(f).mentionsIn(s.index())) {
                if (r.key().equals(key) && r.kind() == kind && s.span(r.tokenStart(), r.tokenEnd()).equalsIgnoreCase(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static EntityIndex index(ExtractFixture f) {
        return new EntityFinder().find(f.annotated);
    }

    @Test
    void roleDescriptionResolvesToTitledPerson() {
        var f = ExtractFixture.of("Secretary of State Marco Rubio met Indian officials in Delhi. The Secretary praised the talks.");
        assertTrue(refersTo(f, "Marco Rubio", MentionRef.Kind.DESCRIPTION, "The Secretary"), f.toString());
    }

    @Test
    void nationalityLeaderResolvesByCountry() {
        var f = ExtractFixture.of("Russian President Vladimir Putin spoke with French President Emmanuel Macron. "
                + "The Russian leader later left for Minsk.");
        assertTrue(refersTo(f, "Vladimir Putin", MentionRef.Kind.DESCRIPTION, "The Russian leader"), f.toString());
    }

    @Test
    void pronounFollowsGender() {
        var f = ExtractFixture.of("Mrs Helen Carter met Mr John Baker in Leeds. She left early.");
        assertTrue(refersTo(f, "Helen Carter", MentionRef.Kind.PRONOUN, "She"), f.toString());
    }

    @Test
    void vicePresidentIsNotThePresident() {
        var f = ExtractFixture.of("President Joe Biden and Vice President Kamala Harris toured the plant. "
                + "The Vice President spoke first.");
        assertTrue(refersTo(f, "Kamala Harris", MentionRef.Kind.DESCRIPTION, "The Vice President"), f.toString());
        assertEquals(2, f.persons().size(), f.toString());
    }
}
