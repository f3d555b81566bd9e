package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;

/** Disambiguation on composed records, independent of the shipped data. */
class GazetteerLinkerTest {
    private static final String XA = "Q900001"; // Examplestan
    private static final String YB = "Q900002"; // Otherland

    private static GazetteerEntry person(String qid, String label, String country, int prior,
            GazetteerEntry.Position... positions) {
        return new GazetteerEntry(qid, EntityType.PERSON, label, List.of(), List.of(country), prior, List.of(positions),
                "", 0);
    }

    private static GazetteerEntry.Position pos(String label, String country, String start, String end) {
        return new GazetteerEntry.Position(label, country, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    /** Two namesakes: a president of Examplestan and a municipal councillor of Otherland; a president before them. */
    private static final Gazetteer G = Gazetteer.of(List.of(
            person("Q1001", "John Carter", XA, 95, pos("President of Examplestan", XA, "2019-01-20", null)),
            person("Q1002", "John Carter", YB, 15, pos("Municipal councillor", YB, "2018-05-01", "2022-05-01")),
            person("Q1003", "Maria Stone", XA, 90, pos("President of Examplestan", XA, "2011-01-20", "2019-01-20")),
            person("Q1004", "Peter Stone", YB, 40, pos("Minister of Finance", YB, "2015-01-01", null)),
            new GazetteerEntry(XA, EntityType.PLACE, "Examplestan", List.of(), List.of(XA), 80, List.of(), "country", 0),
            new GazetteerEntry(YB, EntityType.PLACE, "Otherland", List.of(), List.of(YB), 80, List.of(), "country", 0)),
            Map.of("Examplestani", XA, "Otherlandish", YB));

    private final GazetteerLinker linker = new GazetteerLinker(G);

    private static Extraction article(String text, LocalDate date, Entity... people) {
        List<Entity> all = new ArrayList<>(List.of(people));
        return new Extraction(new Article("a", null, null, date, text, "test"), all, List.of(), List.of());
    }

    private static Entity entity(String text, String name, String mention, String... roles) {
        int at = Math.max(0, text.indexOf(mention));
        return new Entity(Entity.keyOf(EntityType.PERSON, name), EntityType.PERSON, name,
                List.of(new Mention(at, at + mention.length(), mention)), List.of(roles), 0.9);
    }

    private String linked(Extraction x, String name) {
        return linker.link(x).of(Entity.keyOf(EntityType.PERSON, name)).map(Link::qid).orElse(null);
    }

    @Test
    void roleAndCountryPickThePresidentOverTheCouncillor() {
        String text = "Examplestani President John Carter met reporters.";
        Entity e = entity(text, "John Carter", "Examplestani President John Carter", "president");
        assertEquals("Q1001", linked(article(text, LocalDate.of(2024, 3, 1), e), "John Carter"));
    }

    @Test
    void localRolePicksTheCouncillorNeverTheFamousNamesake() {
        String text = "Local councillor John Carter said the road will reopen in Otherland.";
        Entity e = entity(text, "John Carter", "Local councillor John Carter", "councillor");
        assertEquals("Q1002", linked(article(text, LocalDate.of(2020, 3, 1), e), "John Carter"));
    }

    @Test
    void localRoleWithOnlyTheFamousNamesakeKnownGetsNoLink() {
        Gazetteer onlyFamous = Gazetteer.of(List.of(G.get("Q1001").orElseThrow()), Map.of());
        String text = "Local councillor John Carter said the road will reopen.";
        Entity e = entity(text, "John Carter", "Local councillor John Carter", "councillor");
        Links links = new GazetteerLinker(onlyFamous).link(article(text, LocalDate.of(2020, 3, 1), e));
        assertTrue(links.byEntity().isEmpty(), links.toString());
    }

    @Test
    void namesakesWithoutContextGetNoLink() {
        String text = "John Carter spoke at the event.";
        Entity e = entity(text, "John Carter", "John Carter");
        assertEquals(null, linked(article(text, null, e), "John Carter"));
    }

    @Test
    void articleDateChoosesWhoHeldTheOffice() {
        Gazetteer g = Gazetteer.of(List.of(
                person("Q2001", "Alex Moreau", XA, 60, pos("Prime Minister", XA, "2010-01-01", "2014-01-01")),
                person("Q2002", "Alex Moreau", XA, 60, pos("Prime Minister", XA, "2020-01-01", null))), Map.of());
        String text = "Prime Minister Alex Moreau announced a budget.";
        Entity e = entity(text, "Alex Moreau", "Prime Minister Alex Moreau", "prime minister");
        GazetteerLinker l = new GazetteerLinker(g);
        assertEquals("Q2002", l.link(article(text, LocalDate.of(2023, 6, 1), e)).of(e.key()).orElseThrow().qid());
        assertEquals("Q2001", l.link(article(text, LocalDate.of(2012, 6, 1), e)).of(e.key()).orElseThrow().qid());
    }

    @Test
    void surnameAloneWithoutFullNameGetsNoLink() {
        String text = "Stone said the talks went well.";
        Entity e = entity(text, "Stone", "Stone");
        assertEquals(null, linked(article(text, LocalDate.of(2016, 1, 1), e), "Stone"));
    }

    @Test
    void surnameAloneLinksWhenRoleAndCountryAreUnambiguous() {
        String text = "Otherlandish Finance Minister Stone presented the budget.";
        Entity e = entity(text, "Stone", "Otherlandish Finance Minister Stone", "finance minister");
        assertEquals("Q1004", linked(article(text, LocalDate.of(2016, 1, 1), e), "Stone"));
    }

    @Test
    void personNotInTheGazetteerGetsNoLink() {
        String text = "Examplestani envoy Karl Nobody arrived.";
        Entity e = entity(text, "Karl Nobody", "Examplestani envoy Karl Nobody", "envoy");
        assertTrue(linker.link(article(text, LocalDate.of(2024, 1, 1), e)).byEntity().isEmpty());
    }

    @Test
    void uniqueFullNameWithCountryLinksWithConfidence() {
        String text = "Otherland's Peter Stone arrived in Examplestan.";
        Entity e = entity(text, "Peter Stone", "Otherland's Peter Stone");
        Link l = linker.link(article(text, LocalDate.of(2024, 1, 1), e)).of(e.key()).orElseThrow();
        assertEquals("Q1004", l.qid());
        assertEquals(GazetteerLinker.SOURCE, l.source());
        assertTrue(l.confidence() >= GazetteerLinker.DEFAULT_THRESHOLD && l.confidence() <= 1);
    }

    @Test
    void placesLink() {
        String text = "Talks were held in Otherland.";
        Entity place = new Entity("place/otherland", EntityType.PLACE, "Otherland",
                List.of(new Mention(19, 28, "Otherland")), List.of(), 0.9);
        Links links = linker.link(new Extraction(new Article("a", null, null, null, text, "t"), List.of(place),
                List.of(), List.of()));
        assertEquals(YB, links.of("place/otherland").orElseThrow().qid());
    }

    @Test
    void thresholdMustBeAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new GazetteerLinker(G, 0));
        assertThrows(IllegalArgumentException.class, () -> new GazetteerLinker(G, 1.5));
        assertFalse(new GazetteerLinker(G, 1.0).link(article("x", null)).byEntity().size() > 0);
    }
}
