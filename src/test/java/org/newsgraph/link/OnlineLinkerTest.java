package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;

/** The online linker against the local Wikidata API stand-in. */
class OnlineLinkerTest {
    private WikidataStandIn server;
    @TempDir
    Path cache;

    @BeforeEach
    void start() throws Exception {
        server = new WikidataStandIn();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataClient client() {
        return WikidataClient.builder().apiUrl(server.api()).timeout(Duration.ofSeconds(2)).maxRetries(1)
                .backoff(Duration.ofMillis(1)).cacheDir(cache).sleeper(d -> { }).build();
    }

    private static final Gazetteer G = Gazetteer.of(List.of(
            new GazetteerEntry("Q145", EntityType.PLACE, "United Kingdom", List.of("UK"), List.of("Q145"), 80,
                    List.of(), "country", 0),
            new GazetteerEntry("Q1003", EntityType.PERSON, "Maria Stone", List.of(), List.of("Q145"), 90,
                    List.of(new GazetteerEntry.Position("Prime Minister", "Q145", LocalDate.of(2020, 1, 1), null)),
                    "", 0)),
            Map.of("British", "Q145"));

    private static Entity person(String text, String name, String mention) {
        int at = text.indexOf(mention);
        return new Entity(Entity.keyOf(EntityType.PERSON, name), EntityType.PERSON, name,
                List.of(new Mention(at, at + mention.length(), mention)), List.of(), 0.9);
    }

    private static Extraction article(String text, Entity... entities) {
        return new Extraction(new Article("a", null, null, LocalDate.of(2001, 1, 1), text, "t"), List.of(entities),
                List.of(), List.of());
    }

    @Test
    void asksOnlineForNamesTheGazetteerLacksAndDisambiguatesAlike() {
        String text = "British writer Douglas Adams met Prime Minister Maria Stone.";
        Entity adams = person(text, "Douglas Adams", "British writer Douglas Adams");
        Entity stone = person(text, "Maria Stone", "Prime Minister Maria Stone");
        Links links = new OnlineLinker(G, client()).link(article(text, adams, stone));
        Link a = links.of(adams.key()).orElseThrow();
        assertEquals("Q42", a.qid());
        assertEquals(OnlineLinker.SOURCE, a.source());
        assertEquals(GazetteerLinker.SOURCE, links.of(stone.key()).orElseThrow().source());
        assertEquals(1, server.searches("Douglas Adams"));
        assertEquals(0, server.searches("Maria Stone"), "names the gazetteer knows are not asked online");
    }

    @Test
    void eachNameIsAskedOnce() {
        String text = "British writer Douglas Adams spoke.";
        Entity adams = person(text, "Douglas Adams", "British writer Douglas Adams");
        OnlineLinker linker = new OnlineLinker(G, client());
        linker.link(article(text, adams));
        new OnlineLinker(G, client()).link(article(text, adams));
        assertEquals(1, server.searches("Douglas Adams"));
    }

    @Test
    void onlineFailureLeavesTheEntityUnlinked() {
        String text = "Officials cited error reports.";
        Entity broken = new Entity("person/error", EntityType.PERSON, "error",
                List.of(new Mention(0, 5, "error")), List.of(), 0.9);
        Entity unavailable = person("Sam unavailable", "Sam unavailable", "Sam unavailable");
        Links links = new OnlineLinker(G, client()).link(article(text, broken, unavailable));
        assertTrue(links.byEntity().isEmpty());
        assertEquals(0, server.searches("error"), "a surname alone is never asked online");
    }
}
