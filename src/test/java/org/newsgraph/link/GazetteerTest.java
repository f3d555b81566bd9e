package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.extract.EntityType;

/** The shipped gazetteer and its loader. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.shared();

    private static List<String> qids(List<GazetteerEntry> entries) {
        return entries.stream().map(GazetteerEntry::qid).toList();
    }

    @Test
    void lookup_exact() {
        assertTrue(qids(G.lookup("Vladimir Putin", EntityType.PERSON)).contains("Q7747"));
        assertEquals(List.of("Q212"), qids(G.lookup("Ukraine", EntityType.PLACE)));
    }

    @Test
    void lookup_caseAndAccentFolded() {
        assertTrue(qids(G.lookup("francois hollande", EntityType.PERSON)).contains("Q157"));
        assertTrue(qids(G.lookup("ANTONIO GUTERRES", EntityType.PERSON)).contains("Q311440"));
    }

    @Test
    void lookup_transliterationVariants() {
        for (String n : List.of("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy")) {
            assertTrue(qids(G.lookup(n, EntityType.PERSON)).contains("Q3874799"), n);
        }
        assertTrue(qids(G.lookup("Arseniy Yatseniuk", EntityType.PERSON)).contains("Q471730"));
    }

    @Test
    void lookup_aliases() {
        assertTrue(qids(G.lookup("Bernie Sanders", EntityType.PERSON)).contains("Q359442"));
        assertTrue(qids(G.lookup("UAE", EntityType.PLACE)).contains("Q878"));
        assertTrue(qids(G.lookup("United States of America", EntityType.PLACE)).contains("Q30"));
    }

    @Test
    void lookup_middleInitialsAndNicknames() {
        assertTrue(qids(G.lookup("Michael R. Pompeo", EntityType.PERSON)).contains("Q473239"));
        assertTrue(qids(G.lookup("Lloyd J. Austin III", EntityType.PERSON)).contains("Q941013"));
    }

    @Test
    void bySurname_andDemonyms() {
        assertTrue(qids(G.bySurname("Putin")).contains("Q7747"));
        assertEquals("Q159", G.countryOfWord("Russian").orElseThrow());
        assertEquals("Q145", G.countryOfWord("UK").orElseThrow());
    }

    @Test
    void entry_carriesPositionsWithDates() {
        GazetteerEntry trump = G.get("Q22686").orElseThrow();
        assertTrue(trump.positions().stream().anyMatch(p -> p.label().equals("President of the United States")
                && p.heldOn(java.time.LocalDate.of(2025, 12, 2))));
        assertTrue(trump.prior() >= 90);
    }

    @Test
    void dataFile_storedKeysAgreeWithTheNormaliser() throws Exception {
        Path file = Path.of("models/gazetteer/gazetteer.tsv.gz");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            r.readLine();
            int checked = 0;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if ((f[0].equals("P") || f[0].equals("L")) && n++ % 97 == 0) {
                    List<String> aliases = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("\\|"));
                    String[] keys = Gazetteer.keysOf(f[2], aliases, f[0].equals("P"));
                    assertEquals(keys[0], f[7], "keys of " + f[1]);
                    assertEquals(keys[1], f[8], "surname keys of " + f[1]);
                    checked++;
                }
            }
            assertTrue(checked > 500);
        }
    }

    @Test
    void load_refusesAnotherFormat() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write("#newsgraph-gazetteer\t999\tx\n".getBytes(StandardCharsets.UTF_8));
        }
        NewsGraphException e = assertThrows(NewsGraphException.class,
                () -> Gazetteer.load(new ByteArrayInputStream(b.toByteArray()), "old.tsv.gz"));
        assertTrue(e.getMessage().contains("old.tsv.gz"), e.getMessage());
    }

    @Test
    void builder_roundTripsASmallSourceTree(@TempDir Path dir) throws Exception {
        write(dir.resolve("countries-territories/territories.csv"),
                "code,qid,name,full_name,wd_label_2021,wd_description_2021,is_country,is_jurisdiction,parent,alpha3,"
                        + "region,subregion,other_qids,names_strong,wikipedia_url\n"
                        + "xa,Q900001,Examplestan,Republic of Examplestan,,,1,1,,xax,Asia,,,EXL|Gaza,\n");
        write(dir.resolve("countries-territories/t2wml_country_entities.csv"), "qid,label,description\n");
        write(dir.resolve("cities-wdqs/cities_pop_ge_100k.csv"), "qid,label,population\nQ900002,Example City,250000\n");
        write(dir.resolve("epscrapers-politicians/people.csv"),
                "qid,name,gender,dob,dod,enwiki_title,has_exec_role,current_exec_2022,source_repos\n"
                        + "Q900003,Anna Példa,female,1970-01-01,,Anna Pelda (politician),1,1,x\n");
        write(dir.resolve("epscrapers-politicians/positions_held.csv"),
                "person_qid,person_name,position_label,position_qid,start,end,kind,repo_country_qid,source_repo\n"
                        + "Q900003,Anna Példa,Prime Minister,,2020-02-03,,current,Q900001,x\n");
        write(dir.resolve("world-leaders-2021/heads_of_state_and_government.csv"),
                "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n");
        write(dir.resolve("us-congress-legislators/us_federal_people.csv"), "wikidata,name,aliases,bioguide,birthday,"
                + "gender,last_term_type,last_term_start,last_term_end,state,district,party,source\n");
        write(dir.resolve("verified-news-entities/verified_qids.csv"), "entity,qid,type,status,evidence_1,evidence_2,notes\n");
        Path out = dir.resolve("g.tsv.gz");
        new GazetteerBuilder().read(dir).write(out);
        Gazetteer g = Gazetteer.load(out);
        assertEquals(3, g.size());
        GazetteerEntry anna = g.lookup("Anna Pelda", EntityType.PERSON).get(0);
        assertEquals("Q900003", anna.qid());
        assertEquals(List.of("Q900001"), anna.countries());
        assertEquals(java.time.LocalDate.of(2020, 2, 3), anna.positions().get(0).start());
        assertEquals("Q900001", g.lookup("EXL", EntityType.PLACE).get(0).qid());
        assertTrue(g.lookup("Gaza", EntityType.PLACE).isEmpty());
        assertEquals(250000, g.get("Q900002").orElseThrow().population());
    }

    private static void write(Path p, String s) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s);
    }
}
