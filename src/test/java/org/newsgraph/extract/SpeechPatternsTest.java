package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported-speech frames, speakers named after the words, and quotes that follow a sentence, on composed sentences. */
class SpeechPatternsTest {

    @Test
    void revealedThatIsReportedSpeech() {
        var f = ExtractFixture.of("Health Minister Peter Wanjiru revealed that the hospital had run out of oxygen.");
        Statement s = f.statementBy("Peter Wanjiru").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("the hospital had run out of oxygen", s.content());
    }

    @Test
    void revealedWithoutAClauseIsNoStatement() {
        var f = ExtractFixture.of("Health Minister Peter Wanjiru revealed the new hospital wing to visitors on Monday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void addingThatAfterATrailingAttributionStaysWithTheClaim() {
        var f = ExtractFixture.of("The road will reopen on Friday, Mayor Jane Okoro said, adding that repairs had cost more than planned.");
        Statement s = f.statementBy("Jane Okoro").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("The road will reopen"), s.content());
        assertTrue(s.content().endsWith("cost more than planned"), s.content());
        assertEquals(1, f.x.statements().size(), f.toString());
    }

    @Test
    void sayingAfterATrailingAttributionIsNoContinuation() {
        var f = ExtractFixture.of("The talks went well, Mayor Jane Okoro said, saying the city would sign soon.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.content().startsWith("The talks went well")
                && s.content().contains("sign soon")), f.toString());
    }

    @Test
    void spokesmanForThePrincipalIsNotThePrincipal() {
        var f = ExtractFixture.of("President Omar Haddad arrived in Cairo on Monday.\n\n"
                + "A spokesman for President Haddad said the visit would last three days.");
        assertEquals(List.of(), f.x.statements().stream().filter(s -> f.speakerName(s).equals("Omar Haddad")).toList(), f.toString());
        assertEquals(SpeakerType.UNNAMED, f.x.statements().get(0).speakerType(), f.toString());
    }

    @Test
    void lawyerForAPersonSpeaksForThem() {
        var f = ExtractFixture.of("A lawyer for Samuel Otieno said the charges would be challenged in court.");
        assertTrue(f.statementBy("Samuel Otieno").isEmpty(), f.toString());
    }

    @Test
    void quoteThenDescriptionThenNameGivesTheQuoteAlone() {
        var f = ExtractFixture.of("\"The borders will stay open,\" a spokesman for the president, Youssef Tahir, said.");
        Statement s = f.statementBy("Youssef Tahir").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("\"The borders will stay open,\"", s.content());
    }

    @Test
    void saidTheMinisterCommaNameIsTheNamedMinister() {
        var f = ExtractFixture.of("Foreign Minister Ahmed Karimi met his Turkish counterpart in Ankara on Monday.\n\n"
                + "\"We will not accept any conditions on the talks,\" said the interior minister, Mohammed Saleh.");
        assertEquals(List.of("Mohammed Saleh"), f.speakers(), f.toString());
    }

    @Test
    void quoteSentenceAfterANarrativeSentenceIsItsSubjects() {
        var f = ExtractFixture.of("Coach Marco Bellandi thanked the fans after the match. "
                + "\"They sang for ninety minutes and carried us to the win.\"");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Marco Bellandi")
                && s.content().contains("ninety minutes")), f.toString());
    }

    @Test
    void quoteSentenceAfterATrailingAttributionIsTheSpeakers() {
        var f = ExtractFixture.of("Ahmed Karimi met the rebel leaders on Monday, Interior Minister Mohammed Saleh said.\n\n"
                + "\"Nothing was agreed and nothing was signed.\"");
        Statement q = f.x.statements().stream().filter(s -> s.content().contains("Nothing was agreed")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Mohammed Saleh", f.speakerName(q), f.toString());
    }

    @Test
    void quoteParagraphAfterASideClauseSpeakerIsTheSubjects() {
        var f = ExtractFixture.of("On Monday, Governor Ruth Achieng met Minister Paul Kibet, who promised to fund the new road.\n\n"
                + "\"The minister gave his word and we will hold him to it.\"");
        Statement q = f.x.statements().stream().filter(s -> s.content().contains("gave his word")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Ruth Achieng", f.speakerName(q), f.toString());
    }

    @Test
    void quoteGoingOnInTheSameParagraphIsOneStatement() {
        var f = ExtractFixture.of("\"We were brilliant from the first minute,\" said coach Marco Bellandi. "
                + "\"The players did exactly what we worked on all week.\"");
        assertEquals(1, f.x.statements().size(), f.toString());
        assertTrue(f.x.statements().get(0).content().contains("worked on all week"), f.toString());
    }

    @Test
    void quoteInANewParagraphAfterAQuoteIsANewStatement() {
        var f = ExtractFixture.of("\"We were brilliant from the first minute,\" said coach Marco Bellandi.\n\n"
                + "\"The players did exactly what we worked on all week.\"");
        assertEquals(List.of("Marco Bellandi", "Marco Bellandi"), f.speakers(), f.toString());
    }

    @Test
    void quoteWithItsOwnSpeakerIsNotTakenFromTheSentenceBefore() {
        var f = ExtractFixture.of("Coach Marco Bellandi walked off the pitch smiling. "
                + "\"It was a hard game for us,\" goalkeeper Tiago Mendes said.");
        assertFalse(f.statementBy("Marco Bellandi").isPresent(), f.toString());
        assertEquals("\"It was a hard game for us,\"", f.statementBy("Tiago Mendes").map(Statement::content).orElse(""), f.toString());
    }

    @Test
    void addedWithABareObjectIsNoStatement() {
        var f = ExtractFixture.of("Captain Danny Reeves added the third goal from the penalty spot.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void addedWithAClauseIsReportedSpeech() {
        var f = ExtractFixture.of("Captain Danny Reeves added the team would be stronger after the break.");
        assertTrue(f.statementBy("Danny Reeves").isPresent(), f.toString());
    }

    @Test
    void conveyedIsAReadoutVerb() {
        var f = ExtractFixture.of("Prime Minister Luis Moreno spoke with his Spanish counterpart on Monday. "
                + "Moreno conveyed his government's concern about low water flows in the Tagus river.");
        assertTrue(f.statementBy("Luis Moreno").isPresent(), f.toString());
    }

    @Test
    void clauseThenSaidThenNameWithAppositionGivesTheClause() {
        var f = ExtractFixture.of("The talks lasted until midnight and ended without a deal, said Maria Quispe, "
                + "president of the regional farmers' federation.");
        Statement s = f.statementBy("Maria Quispe").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("The talks lasted"), s.content());
        assertFalse(s.content().contains("federation"), s.content());
    }

    @Test
    void verbWithOnlyAPrepositionalPhraseIsNoStatement() {
        var f = ExtractFixture.of("Finance Minister Ulrike Seidl warned against further delay.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void verbWithAPrepositionThenAClauseIsAStatement() {
        var f = ExtractFixture.of("Finance Minister Ulrike Seidl warned on Monday the fund would run dry by 2030.");
        assertTrue(f.statementBy("Ulrike Seidl").isPresent(), f.toString());
    }

    @Test
    void verbCoordinatedWithTheFirstHasItsSubject() {
        var f = ExtractFixture.of("The UN envoy, Ingrid Voss, met both leaders in Erbil on Saturday and urged them to reach "
                + "\"a lasting, not a seasonal, agreement\".");
        assertTrue(f.statementBy("Ingrid Voss").isPresent(), f.toString());
    }

    @Test
    void verbCoordinatedWithAParticipleHasNoSubject() {
        var f = ExtractFixture.of("Speaking in Erbil, residents of the city and urged officials to act.");
        assertTrue(f.x.statements().stream().noneMatch(x -> x.speakerType() == SpeakerType.PERSON), f.toString());
    }

    @Test
    void accordingToAtTheStartGivesTheClauseAfterTheComma() {
        var f = ExtractFixture.of("According to Mayor Ronaldo Bautista, only a fifth of the flood funds has been released.");
        Statement s = f.statementBy("Ronaldo Bautista").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("only a fifth"), s.content());
    }

    @Test
    void accordingToWithoutACommaIsNoStatement() {
        var f = ExtractFixture.of("According to plan the bridge opened on Monday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void sayingAfterASubjectWithAppositionIsTheSubjects() {
        var f = ExtractFixture.of("The state premier, Kate Lindqvist, has pulled out of Friday's talks with the federal minister, "
                + "saying the government had moved the goalposts.");
        assertTrue(f.statementBy("Kate Lindqvist").filter(x -> x.content().contains("moved the goalposts")).isPresent(), f.toString());
    }

    @Test
    void participleClauseBetweenCommasIsSkippedToTheSpeaker() {
        var f = ExtractFixture.of("Finance Minister Njuguna Ndungu, speaking at a conference in Mombasa, said inflation had eased.");
        assertTrue(f.statementBy("Njuguna Ndungu").filter(x -> x.content().startsWith("inflation")).isPresent(), f.toString());
    }

    @Test
    void saidThePrincipalsSpokesmanNameIsTheSpokesman() {
        var f = ExtractFixture.of("President Omar Haddad met the envoy on Tuesday.\n\n"
                + "\"The talks were useful,\" said Haddad's spokesman, Youssef Tahir, on Wednesday.");
        assertTrue(f.statementBy("Omar Haddad").isEmpty(), f.toString());
        assertTrue(f.statementBy("Youssef Tahir").isPresent(), f.toString());
    }

    @Test
    void saidThePrincipalsSpokesmanWithoutANameIsUnnamed() {
        var f = ExtractFixture.of("President Omar Haddad met the envoy on Tuesday.\n\n"
                + "\"The talks were useful,\" said Haddad's spokesman.");
        assertTrue(f.statementBy("Omar Haddad").isEmpty(), f.toString());
    }

    @Test
    void saidInHisAddressThatSkipsTheAdjunct() {
        var f = ExtractFixture.of("President Volodymyr Zelensky said in his nightly address that Kyiv would not give up territory.");
        Statement s = f.statementBy("Volodymyr Zelensky").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Kyiv would not give up territory", s.content());
    }

    @Test
    void quoteThenSaidAddingThatKeepsTheContinuation() {
        var f = ExtractFixture.of("\"Europe must not be a spectator,\" Chancellor Friedrich Merz said, adding that sanctions would stay.");
        Statement s = f.statementBy("Friedrich Merz").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("\"Europe must not"), s.content());
        assertTrue(s.content().endsWith("sanctions would stay"), s.content());
    }

    @Test
    void adjunctBetweenCommasKeepsTheSubjectAsSpeaker() {
        var f = ExtractFixture.of("Governor Ruth Achieng, in a statement signed by her spokesman, Peter Omondi, said the county "
                + "would hire 300 new nurses next year.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("300 new nurses")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Ruth Achieng", f.speakerName(s), f.toString());
    }

    @Test
    void adjunctWithoutANameKeepsTheSubjectAsSpeaker() {
        var f = ExtractFixture.of("Governor Ruth Achieng, in an interview with a local radio station, said the county "
                + "would hire 300 new nurses next year.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("300 new nurses")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Ruth Achieng", f.speakerName(s), f.toString());
    }

    @Test
    void titleBeforeANamedAppositionStillNamesTheSpeaker() {
        var f = ExtractFixture.of("The Minister for Lands, Mr Kofi Mensah, said the new registry would open in March.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("registry")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Kofi Mensah", f.speakerName(s), f.toString());
    }

    @Test
    void accordingToASourceInAPersonsOfficeIsUnnamed() {
        var f = ExtractFixture.of("Governor Helen Mwangi toured the dam on Monday. The spillway would be rebuilt by April, "
                + "according to a source in Mwangi's office.");
        assertFalse(f.statementBy("Helen Mwangi").isPresent(), f.toString());
        assertTrue(f.x.statements().stream().anyMatch(x -> x.speakerType() == SpeakerType.UNNAMED
                && x.content().startsWith("The spillway")), f.toString());
    }

    @Test
    void accordingToASpokesmanWithANameIsThatPerson() {
        var f = ExtractFixture.of("The spillway would be rebuilt by April, according to a county spokesman, Daniel Otieno.");
        assertTrue(f.statementBy("Daniel Otieno").isPresent(), f.toString());
    }

    @Test
    void trailingSourceReportsAnEarlierSpeechVerb() {
        var f = ExtractFixture.of("Prime Minister Omar Haddad insisted that fuel deliveries would resume, one source said.");
        assertFalse(f.statementBy("Omar Haddad").isPresent(), f.toString());
        assertTrue(f.x.statements().stream().anyMatch(x -> x.speakerType() == SpeakerType.UNNAMED
                && x.content().startsWith("Prime Minister Omar Haddad insisted")), f.toString());
    }

    @Test
    void speechVerbWithoutTrailingSourceKeepsItsSpeaker() {
        var f = ExtractFixture.of("Prime Minister Omar Haddad insisted that fuel deliveries would resume next week.");
        assertTrue(f.statementBy("Omar Haddad").isPresent(), f.toString());
    }

    @Test
    void confirmedWithABareObjectIsNoStatement() {
        var f = ExtractFixture.of("Interior Minister Selim Arslan confirmed the visit to the border post on Thursday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void confirmedWithAClauseIsAStatement() {
        var f = ExtractFixture.of("Interior Minister Selim Arslan confirmed that the border post would reopen on Thursday.");
        assertTrue(f.statementBy("Selim Arslan").isPresent(), f.toString());
    }

    @Test
    void warningSomeoneNotToActIsNoStatement() {
        var f = ExtractFixture.of("Judge Agnes Korir warned the witnesses not to speak to the press before the hearing.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void warningThatIsAStatement() {
        var f = ExtractFixture.of("Judge Agnes Korir warned that the hearing could be moved to another county.");
        assertTrue(f.statementBy("Agnes Korir").isPresent(), f.toString());
    }

    @Test
    void agreedAfterMeetingIsNoStatement() {
        var f = ExtractFixture.of("Mayor Tomas Lind met the bus drivers on Monday and agreed to delay the new timetable.");
        assertFalse(f.statementBy("Tomas Lind").isPresent(), f.toString());
    }

    @Test
    void agreedAfterAnotherReadoutVerbIsAStatement() {
        var f = ExtractFixture.of("Mayor Tomas Lind welcomed the bus drivers' proposal and agreed to delay the new timetable.");
        assertTrue(f.statementBy("Tomas Lind").isPresent(), f.toString());
    }

    @Test
    void calledForIsAStatement() {
        var f = ExtractFixture.of("Senator Grace Owino called for a full audit of the county's road contracts.");
        Statement s = f.statementBy("Grace Owino").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("full audit"), s.content());
    }

    @Test
    void calledWithoutForOrQuoteIsNoStatement() {
        var f = ExtractFixture.of("Senator Grace Owino called the county's road engineers to a meeting on Friday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void citingAfterAnOrganisationIsItsClaim() {
        var f = ExtractFixture.of("Nordvest Logistics cut its profit forecast on Tuesday, citing weaker freight demand in Asia.");
        Statement s = f.statementBy("Nordvest Logistics").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("weaker freight demand"), s.content());
    }

    @Test
    void roleDescriptionIsThePersonNamedWithThatRole() {
        var f = ExtractFixture.of("The governor on Monday received the Sultan of Wadi, Alhaji Musa Bello, and the Commissioner for Works, "
                + "Dr. Kemi Adeyemi, at the palace.\n\n"
                + "Speaking after the visit, the Sultan said the roads to the north were no longer safe. "
                + "\"We need more patrols before the rains,\" he said.");
        assertEquals(List.of("Musa Bello", "Musa Bello"), f.speakers(), f.toString());
    }

    @Test
    void roleDescriptionWithTwoHoldersStaysUnresolved() {
        var f = ExtractFixture.of("The Sultan of Wadi, Alhaji Musa Bello, hosted the Sultan of Kara, Alhaji Idris Gana, on Monday.\n\n"
                + "The Sultan said the new bridge would be finished by June.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.PERSON), f.toString());
    }

    @Test
    void roleDescriptionKeepsItsModifiers() {
        var f = ExtractFixture.of("Present were the Commissioner for Health, Dr. Kemi Adeyemi, and the Commissioner of Police, "
                + "Mr. Tunde Bakare.\n\n"
                + "The Commissioner of Police said 12 suspects had been arrested after the raid.");
        assertEquals(List.of("Tunde Bakare"), f.speakers(), f.toString());
    }

    @Test
    void spokespersonForAPersonGivesThatPersonNoRole() {
        var f = ExtractFixture.of("Officials quoted a spokesperson for the Sultan of Wadi, Alhaji Musa Bello, on Monday.\n\n"
                + "The spokesperson told reporters that the palace had not been told of the plan.");
        assertTrue(f.statementBy("Musa Bello").isEmpty(), f.toString());
    }

    @Test
    void twoLeadersAfterACallWithANamedPersonAreThatPersonAndTheHost() {
        var f = ExtractFixture.of("Prime Minister Anna Berg spoke today with President Tomas Ruiz and, separately, with Prime Minister Ola Vik.\n\n"
                + "Prime Minister Berg and President Ruiz discussed trade. President Ruiz invited Prime Minister Berg to visit Lima.\n\n"
                + "In her call with Prime Minister Vik, the two leaders reaffirmed their support for open fisheries agreements.");
        var speakers = f.x.statements().stream().filter(x -> x.content().contains("fisheries")).map(f::speakerName).sorted().toList();
        assertEquals(List.of("Anna Berg", "Ola Vik"), speakers, f.toString());
    }

    @Test
    void twoLeadersWithoutANamedPersonBeforeAreTheMostNamed() {
        var f = ExtractFixture.of("Prime Minister Anna Berg spoke today with President Tomas Ruiz.\n\n"
                + "Prime Minister Berg and President Ruiz discussed trade. Berg thanked Ruiz for the visit.\n\n"
                + "The two leaders reaffirmed their support for open fisheries agreements.");
        var speakers = f.x.statements().stream().filter(x -> x.content().contains("fisheries")).map(f::speakerName).sorted().toList();
        assertEquals(List.of("Anna Berg", "Tomas Ruiz"), speakers, f.toString());
    }

    @Test
    void accordingToAfterANamedSpeakersClaimIsTheBodysReportToo() {
        var f = ExtractFixture.of("Interior Minister Karl Weiss said the border would reopen on Monday, "
                + "according to a statement from the Interior Ministry.");
        assertEquals(List.of("Karl Weiss", "Interior Ministry"), f.speakers(), f.toString());
    }

    @Test
    void accordingToAloneStillGivesTheSource() {
        var f = ExtractFixture.of("The border will reopen on Monday, according to a statement from the Interior Ministry.");
        assertEquals(1, f.x.statements().size(), f.toString());
        assertEquals(SpeakerType.ORGANIZATION, f.x.statements().get(0).speakerType(), f.toString());
    }

    @Test
    void abbreviatedTitleGivesTheRoleDescription() {
        var f = ExtractFixture.of("The talks involve Gov. Helen Marsh-Taylor and House Speaker Peter Quinlan.\n\n"
                + "The governor, for her part, insists the gap is small.");
        assertEquals(List.of("Helen Marsh-Taylor"), f.speakers(), f.toString());
    }

    @Test
    void affirmedThatIsAClaim() {
        var f = ExtractFixture.of("Welcoming the delegation, Prime Minister Tran Van Minh affirmed that the country considers chips a priority.");
        Statement s = f.statementBy("Tran Van Minh").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("the country considers chips"), s.content());
    }

    @Test
    void affirmedNegatedIsNoClaim() {
        var f = ExtractFixture.of("Prime Minister Tran Van Minh did not affirm that the plant would open this year.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    private static final String SULTAN = "The governor on Monday received the Sultan of Wadi, Alhaji Musa Bello, and the Commissioner "
            + "for Works, Dr. Kemi Adeyemi, at the palace.\n\n"
            + "Speaking after the visit, the Sultan said the roads to the north were no longer safe.";

    @Test
    void pronounAfterARoleSpeakersTwoSentenceQuoteIsThatPerson() {
        var f = ExtractFixture.of(SULTAN + " \"We know the roads. What we need is more patrols,\" he said.");
        assertEquals(List.of("Musa Bello", "Musa Bello"), f.speakers(), f.toString());
    }

    @Test
    void pronounInANewParagraphIsNotTakenFromTheRoleSpeaker() {
        var f = ExtractFixture.of(SULTAN + "\n\nDr. Adeyemi inspected the bridge. \"It will be repaired by June,\" she said.");
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("repaired by June") && f.speakerName(x).equals("Musa Bello")),
                f.toString());
    }

    @Test
    void proposedThatIsReportedSpeech() {
        var f = ExtractFixture.of("Trade Minister Lena Varga proposed that the two countries open a joint customs post at the border.");
        Statement s = f.statementBy("Lena Varga").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("open a joint customs post"), f.toString());
    }

    @Test
    void proposedWithABareObjectIsNoStatement() {
        var f = ExtractFixture.of("Trade Minister Lena Varga proposed a new customs post at the border on Monday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void demandedThatIsReportedSpeechOfTheOneWhoDemands() {
        var f = ExtractFixture.of("Senator Paul Ndlovu demanded that Police Chief Anna Kruger explain why the files were destroyed.");
        assertEquals(List.of("Paul Ndlovu"), f.speakers(), f.toString());
        assertTrue(f.x.statements().get(0).content().contains("files were destroyed"), f.toString());
    }

    @Test
    void criticisedIsAClaimOfAPerson() {
        var f = ExtractFixture.of("Opposition leader Tomas Berg criticised the government for \"selling the harbour cheaply\".");
        Statement s = f.statementBy("Tomas Berg").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("criticised the government"), f.toString());
    }

    @Test
    void criticisedByAnOrganisationSubjectIsNoReadout() {
        var f = ExtractFixture.of("The harbour plan was criticised by residents at a meeting on Monday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void raisedTheIssueOfIsAReadoutClaim() {
        var f = ExtractFixture.of("President Ines Moreau raised the issue of fishing licences for coastal villages.");
        Statement s = f.statementBy("Ines Moreau").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("raised the issue of fishing licences"), f.toString());
    }

    @Test
    void raisedWithAnAmountOrALevelIsNoStatement() {
        var f = ExtractFixture.of("Finance Minister Ines Moreau raised the fuel levy by two cents and raised $40 million in bonds.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void askedSomeoneToActIsAReadoutClaim() {
        var f = ExtractFixture.of("Governor Malik Osei asked the federal government to release the delayed road funds.");
        Statement s = f.statementBy("Malik Osei").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("asked the federal government to release"), f.toString());
    }

    @Test
    void askedNotToBeNamedOrAskedToMeetIsNoStatement() {
        var f = ExtractFixture.of("Governor Malik Osei asked to meet the minister on Friday. Malik Osei was asked to leave the hall.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void saidAndAskedIsOneClaim() {
        var f = ExtractFixture.of("Mayor Clara Voss said the city would pay for the repairs and asked residents to stay calm.");
        assertEquals(List.of("Clara Voss"), f.speakers(), f.toString());
    }

    @Test
    void assuredThemThatIsReportedSpeech() {
        var f = ExtractFixture.of("Prime Minister Omar Haddad assured them that the new bridge would open in June.");
        Statement s = f.statementBy("Omar Haddad").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("bridge would open in June"), f.toString());
    }

    @Test
    void assuredHerOfIsAClaim() {
        var f = ExtractFixture.of("Deputy Prime Minister Omar Haddad assured her of the support of the coalition parties.");
        Statement s = f.statementBy("Omar Haddad").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("assured her of the support"), f.toString());
    }

    @Test
    void aSecondSubjectWithASpeechVerbStartsANewClaim() {
        var f = ExtractFixture.of("President Ines Moreau raised her concerns about fishing quotas, and Prime Minister Omar Haddad noted that"
                + " the quotas would be reviewed.");
        Statement s = f.statementBy("Ines Moreau").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(!s.content().contains("reviewed"), f.toString());
        assertTrue(f.statementBy("Omar Haddad").isPresent(), f.toString());
    }

    @Test
    void toldAfterARoleIsAVerbEvenWhereTaggedOtherwise() {
        var f = ExtractFixture.of("Tasmanian Premier Colin Whitmore met Treasurer Sue Daley in Hobart.\n\n"
                + "\"We argued for an hour and agreed on nothing,\" the premier told reporters.");
        Statement s = f.statementBy("Colin Whitmore").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("agreed on nothing"), s.content());
    }

    @Test
    void toldWithAnInstructionIsStillNoStatement() {
        var f = ExtractFixture.of("Tasmanian Premier Colin Whitmore told staff to leave the building early on Friday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void aSpeechVerbInARelativeClauseSpeaksForItsAntecedent() {
        var f = ExtractFixture.of("Nordvik Foods, which says it doubled its exports last year, has been fined by the regulator.");
        Statement s = f.statementBy("Nordvik Foods").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("it doubled its exports last year", s.content());
    }

    @Test
    void aRelativeClauseWithoutASpeechVerbIsNoStatement() {
        var f = ExtractFixture.of("Nordvik Foods, which doubled its exports last year, has been fined by the regulator.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void aReportedUrgingIsAlsoThePersonsClaim() {
        var f = ExtractFixture.of("Labour Minister Ilona Farkas met the union leaders in Szeged on Monday.\n\n"
                + "Her spokesman, Bence Toth, said Farkas had urged both sides to \"settle before the holidays\".");
        assertTrue(f.statementBy("Bence Toth").isPresent(), f.toString());
        Statement s = f.statementBy("Ilona Farkas").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("settle before the holidays"), s.content());
    }

    @Test
    void aPromiseReportedByItsHearerIsOnlyTheHearersClaim() {
        var f = ExtractFixture.of("Labour Minister Ilona Farkas met the union leaders in Szeged on Monday.\n\n"
                + "Union leader Bence Toth said Farkas had promised him that the plant would stay open.");
        assertTrue(f.statementBy("Bence Toth").isPresent(), f.toString());
        assertTrue(f.statementBy("Ilona Farkas").isEmpty(), f.toString());
    }

    @Test
    void accordingToABodyThatGoesOnToSaySomethingIsOneClaim() {
        var f = ExtractFixture.of("The hearing was moved to Friday, according to a statement from the Harbour Authority of Mombasa, "
                + "which said the chairman was \"travelling abroad\".");
        assertEquals(1, f.x.statements().size(), f.toString());
        Statement s = f.x.statements().get(0);
        assertTrue(s.content().startsWith("The hearing was moved") && s.content().contains("travelling abroad"), s.content());
    }

    @Test
    void aTrailingAttributionWithAParticipleAfterItReportsTheClauseBefore() {
        var f = ExtractFixture.of("The Lagos Port Authority runs the terminals.\n\n"
                + "The handover of the second terminal has been delayed again, the authority said, without giving a reason.");
        Statement s = f.x.statements().get(0);
        assertTrue(s.content().startsWith("The handover of the second terminal"), f.toString());
    }

    @Test
    void calledForADateIsNoDemand() {
        var f = ExtractFixture.of("The budget vote, which Speaker Anna Holm has called for 14 May, is expected to be close.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void calledForAnInquiryIsStillADemand() {
        var f = ExtractFixture.of("Opposition leader Anna Holm called for an independent inquiry into the contract.");
        assertTrue(f.statementBy("Anna Holm").isPresent(), f.toString());
    }

    @Test
    void saidOnlyBeforeAColonQuotesWhatFollows() {
        var f = ExtractFixture.of("Football agent Rui Mendes Faria met the club on Monday.\n\n"
                + "Mendes Faria said only: \"My job is to listen. My client will decide.\"");
        Statement s = f.statementBy("Rui Mendes Faria").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("\"My job") && s.content().contains("client will decide"), s.content());
    }

    @Test
    void aPronounAfterAClauseThatNamesSomeoneIsTheSpeakerBefore() {
        var f = ExtractFixture.of("Former procurement manager Jacob Banda said he was called to a meeting with the minister in March.\n\n"
                + "The contractor, Peter Lungu, was also present, and the three of them had lunch afterwards, he said.");
        assertEquals(List.of("Jacob Banda", "Jacob Banda"), f.speakers(), f.toString());
    }

    @Test
    void aPronounAfterAClauseWithoutNamesKeepsItsAntecedent() {
        var f = ExtractFixture.of("Former procurement manager Jacob Banda said he was called to a meeting with the minister in March.\n\n"
                + "The builder Peter Lungu arrived later. The lunch lasted two hours, he said.");
        assertEquals("Peter Lungu", f.speakerName(f.x.statements().get(f.x.statements().size() - 1)), f.toString());
    }

    @Test
    void butSaidAfterAClaimOpensASecondClaim() {
        var f = ExtractFixture.of("Trade Minister Omar Haddad said the border would reopen on Monday, but added that trucks would face new checks.");
        assertEquals(2, f.x.statements().size(), f.toString());
        assertTrue(f.x.statements().get(1).content().startsWith("trucks would face"), f.toString());
    }

    @Test
    void butSaidAfterADescriptionCompletesTheClaim() {
        var f = ExtractFixture.of("Trade Minister Omar Haddad described the talks as \"useful\", but said trucks would face new checks.");
        assertEquals(1, f.x.statements().size(), f.toString());
    }

    @Test
    void aSpeakerWithAWhoseClauseInAppositionSpeaks() {
        var f = ExtractFixture.of("State Sen. Karen Whitlow-Moss, a Democrat whose district includes the port, said in an email "
                + "that she was \"open to talks\" about the dredging.");
        assertTrue(f.statementBy("Karen Whitlow-Moss").isPresent(), f.toString());
    }

    @Test
    void theSaidMeetingIsNoSpeech() {
        var f = ExtractFixture.of("Commissioner Joseph Mwale attended the said meeting at the district office on Friday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    private static final String CALLS = "Foreign Minister Lina Haddad holds calls with two counterparts\n\n"
            + "On Monday, Foreign Minister Lina Haddad had a phone call with Foreign Minister Tomas Berzins of Latvia. "
            + "Minister Haddad congratulated Latvia on its presidency. Minister Berzins thanked Haddad for her support. "
            + "Minister Berzins accepted an invitation to visit Amman.\n\n"
            + "Later, Minister Haddad held a phone call with Portuguese Foreign Minister Rita Moreira. "
            + "The two ministers agreed to open a direct flight between their capitals next year.";

    @Test
    void theTwoMinistersAreThePairOfTheMeetingJustBefore() {
        var f = ExtractFixture.of(CALLS);
        List<String> who = f.x.statements().stream().filter(x -> x.content().contains("direct flight")).map(f::speakerName).sorted().toList();
        assertEquals(List.of("Lina Haddad", "Rita Moreira"), who, f.toString());
    }

    @Test
    void aVisitWelcomedIsNoMeetingOfTheTwoLeaders() {
        var f = ExtractFixture.of("President Alan Price spoke on Friday with Prime Minister Omar Suleiman of Jordan. "
                + "The President praised the Prime Minister's reforms. The Prime Minister thanked the President for his support. "
                + "The President welcomed the upcoming visit by Foreign Minister Sami Khoury next month. "
                + "The two leaders agreed to meet again in the spring.");
        List<String> who = f.x.statements().stream().filter(x -> x.content().contains("meet again")).map(f::speakerName).sorted().toList();
        assertFalse(who.contains("Sami Khoury"), f.toString());
    }

    @Test
    void pointedOutThatIsReportedSpeech() {
        var f = ExtractFixture.of("Governor Teresa Mbeki met the teachers' union on Monday. Earlier, the Governor had pointed out "
                + "that the province met its literacy target for the first time.");
        Statement s = f.statementBy("Teresa Mbeki").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("the province met its literacy target for the first time", s.content());
    }

    @Test
    void pointedOutAThingIsNoStatement() {
        var f = ExtractFixture.of("Mayor Hugo Lindqvist pointed out the new bridge to the visitors from the boat.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void twoNamedSubjectsWhoBothSaidSomethingEachSaidIt() {
        var f = ExtractFixture.of("Ontario's Marc Dubois and Manitoba's Priya Raman both told reporters afterward that the federal "
                + "plan had not changed.");
        assertTrue(f.statementBy("Marc Dubois").isPresent(), f.toString());
        assertTrue(f.statementBy("Priya Raman").isPresent(), f.toString());
    }

    @Test
    void aDoubleSurnameSplitByTheTokenizerStillEndsTheQuote() {
        var f = ExtractFixture.of("Quebec's Louis Tremblay and New Brunswick's Hélène Bérubé-Léger met the minister on Tuesday.\n\n"
                + "\"We came for a season. We got a lecture,\" Bérubé-Léger said.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("lecture")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Hélène Bérubé-Léger", f.speakerName(s), f.toString());
    }

    @Test
    void aParticipleOfSpeechAfterATitledSubjectIsTheirs() {
        var f = ExtractFixture.of("Roads Minister Samuel Owusu-Boateng visited the district on Tuesday.\n\n"
                + "The Minister declined to meet a group of traders who blocked the road, insisting they should take their complaints "
                + "to the district assembly.");
        Statement s = f.statementBy("Samuel Owusu-Boateng").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("they should take their complaints"), s.content());
    }

    @Test
    void describedWithItsObjectBeforeItIsNoStatement() {
        var f = ExtractFixture.of("Minister Oskar Lindahl last met the fishers in Tromsø in May, a meeting both sides described at the "
                + "time as cordial.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void describedWithItsObjectAfterItIsAStatement() {
        var f = ExtractFixture.of("Minister Oskar Lindahl described the talks with the fishers as \"frank and useful\".");
        assertTrue(f.statementBy("Oskar Lindahl").isPresent(), f.toString());
    }

    @Test
    void anAgreementToMeetAgainIsNoClaim() {
        var f = ExtractFixture.of("Finance Minister Nadia Qureshi and party leader Imran Sheikh held talks on Wednesday, with both "
                + "sides agreeing to meet again on Saturday to settle the province's share.");
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("meet again")), f.toString());
    }

    @Test
    void anAgreementToDoSomethingElseIsStillAClaim() {
        var f = ExtractFixture.of("Deputy Prime Minister Lena Virtanen received Trade Minister Arun Patel on Monday. "
                + "The two ministers agreed to set up a working group on port tariffs.");
        assertTrue(f.x.statements().stream().anyMatch(x -> x.content().contains("working group")), f.toString());
    }

    @Test
    void termedDubbedBrandedOrLabelledWithAQuoteIsAStatement() {
        for (String verb : List.of("termed", "dubbed", "branded", "labelled")) {
            var f = ExtractFixture.of("Councillor Paula Nkemelu " + verb + " the parking plan \"a tax on nurses\".");
            assertTrue(f.statementBy("Paula Nkemelu").filter(x -> x.content().contains("tax on nurses")).isPresent(), f.toString());
        }
        var org = ExtractFixture.of("The Riverside Tenants Association termed the rent rise \"unlawful\".");
        assertTrue(org.x.statements().stream().anyMatch(x -> x.content().contains("unlawful")), org.toString());
    }

    @Test
    void termedOrLabelledWithoutAQuoteIsNoStatement() {
        var f = ExtractFixture.of("Councillor Paula Nkemelu termed the meeting productive. "
                + "Officer Dan Ruiz labelled the evidence bags before the hearing.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void bothSidesAfterAMeetingOfThreeAreAllThree() {
        var f = ExtractFixture.of("Governor Ruth Amsel met House Speaker Carl Dvorak and Senate Leader Mia Trent in her office on Tuesday. "
                + "Her aide, Tom Reyes, also sat in. Both sides said they would meet again on Friday.");
        for (String who : List.of("Ruth Amsel", "Carl Dvorak", "Mia Trent")) {
            assertTrue(f.statementBy(who).filter(x -> x.content().contains("meet again")).isPresent(), who + " " + f);
        }
        assertFalse(f.statementBy("Tom Reyes").filter(x -> x.content().contains("meet again")).isPresent(), f.toString());
    }

    @Test
    void theTwoSidesAfterAMeetingOfThreeStayTwo() {
        var f = ExtractFixture.of("Governor Ruth Amsel met House Speaker Carl Dvorak and Senate Leader Mia Trent in her office on Tuesday. "
                + "The two sides said they would meet again on Friday.");
        long n = f.x.statements().stream().filter(x -> x.content().contains("meet again")).count();
        assertTrue(n <= 2, f.toString());
    }

    @Test
    void quoteBeforeALongSpeakerAndAWrittenVerb() {
        var f = ExtractFixture.of("\"The minister has no time for the farmers. This is not how a government behaves,\" "
                + "opposition MP Dorota Kessler wrote on Facebook.");
        assertEquals(List.of("Dorota Kessler"), f.speakers(), f.toString());
    }

    @Test
    void writtenVerbWithoutQuoteOrClauseIsNoStatement() {
        var f = ExtractFixture.of("Opposition MP Dorota Kessler wrote a long post on Facebook on Sunday.");
        assertTrue(f.speakers().isEmpty(), f.toString());
    }

    @Test
    void pastFormTaggedAsAdjectiveAfterAName() {
        var f = ExtractFixture.of("Minister Arsen Petrosyan expressed confidence that her activities would contribute to the partnership.");
        assertEquals(List.of("Arsen Petrosyan"), f.speakers(), f.toString());
        assertTrue(f.x.statements().get(0).content().contains("her activities would contribute"), f.toString());
    }

    @Test
    void trailingBodyReportsANamedPersonsWordsAndBothSpeak() {
        var f = ExtractFixture.of("Minister Paul Hartley said the border would reopen on Monday, the Interior Ministry said.");
        assertEquals(List.of("Paul Hartley", "Interior Ministry"), f.speakers(), f.toString());
        Statement s = f.statementBy("Paul Hartley").orElseThrow();
        assertFalse(s.content().contains("Interior Ministry"), s.content());
    }

    @Test
    void trailingUnnamedSourceStillTakesTheWholeClaim() {
        var f = ExtractFixture.of("The minister assured him that aid would continue, one source said.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.PERSON), f.toString());
    }

    @Test
    void theSpokesmanSaidAfterANameIsNoAppositionOfThatName() {
        var f = ExtractFixture.of("Interior Ministry spokesman Tomas Ilves said the border post would reopen.\n\n"
                + "The minister will fly to Riga on Friday to meet Latvian Interior Minister Andris Ozols, the spokesman said.");
        assertTrue(f.statementBy("Andris Ozols").isEmpty(), f.toString());
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Tomas Ilves")
                && s.content().contains("fly to Riga")), f.toString());
    }

    @Test
    void aClosedAppositionStillTitlesTheName() {
        var f = ExtractFixture.of("Andris Ozols, the spokesman, said the border post would reopen on Friday.\n\n"
                + "\"We are ready,\" the spokesman said.");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Andris Ozols")
                && s.content().contains("ready")), f.toString());
    }

    @Test
    void relativeClauseOnTheSpeakerGivesWhatFollowsItsVerb() {
        var f = ExtractFixture.of("The finance minister on Monday received a delegation of the Asian Development Bank led by "
                + "its country director, Helga Marten, who reiterated the bank's support for the pension reform.");
        Statement s = f.statementBy("Helga Marten").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("the bank's support for the pension reform", s.content());
    }

    @Test
    void relativeClauseWithoutSpeechIsNoStatement() {
        var f = ExtractFixture.of("The finance minister on Monday received a delegation led by its country director, "
                + "Helga Marten, who arrived from Manila on Sunday.");
        assertTrue(f.statementBy("Helga Marten").isEmpty(), f.toString());
    }

    @Test
    void chargedAfterAQuoteIsASpeechVerb() {
        var f = ExtractFixture.of("\"The budget ignores the north again,\" opposition MP Grace Amadi charged.");
        Statement s = f.statementBy("Grace Amadi").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("ignores the north"), s.content());
    }

    @Test
    void chargedWithAnOffenceIsNoStatement() {
        var f = ExtractFixture.of("Police charged Grace Amadi with fraud on Monday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void aSourceAtANamedMinistryIsAnUnnamedSource() {
        var f = ExtractFixture.of("A source at the Ministry of Finance told reporters that the grant would be paid in June.");
        assertEquals(1, f.x.statements().size(), f.toString());
        assertEquals(SpeakerType.UNNAMED, f.x.statements().get(0).speakerType(), f.toString());
    }

    @Test
    void aSeniorOfficialInANamedMinistryIsAnUnnamedSource() {
        var f = ExtractFixture.of("A senior official in the Ministry of Trade said the tariff review would end in March.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void analystsAtANamedFirmStillSpeakForIt() {
        var f = ExtractFixture.of("Analysts at Kestrel Capital said the merger would cut costs by a fifth.");
        assertTrue(f.x.statements().stream().anyMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void saidInThePassiveGivesNoSpeaker() {
        var f = ExtractFixture.of("The company's chief executive, Arvid Lund, was said to be travelling in Asia.");
        assertTrue(f.statementBy("Arvid Lund").isEmpty(), f.toString());
    }

    @Test
    void toldInThePassiveGivesNoSpeaker() {
        var f = ExtractFixture.of("Deputy Mayor Rosa Ferrante was told that the contract had been cancelled.");
        assertTrue(f.statementBy("Rosa Ferrante").isEmpty(), f.toString());
    }

    @Test
    void roleBeforeTheCommaOfATitledNameNamesItsHolder() {
        var f = ExtractFixture.of("Attending the talks were the head of the Farmers bench, deputy Ilona Varga, and the head of "
                + "the Workers bench, deputy Tamas Orban.\n\n\"We will not vote for a list drawn up in secret,\" the Farmers deputy told reporters.");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Ilona Varga")
                && s.content().contains("drawn up in secret")), f.toString());
        assertTrue(f.statementBy("Tamas Orban").isEmpty(), f.toString());
    }

    @Test
    void roleBeforeACommaIsNotCarriedOverAListOfPeople() {
        var f = ExtractFixture.of("The talks were attended by Ilona Varga, Tamas Orban and Erik Nagy.\n\n"
                + "\"We will not vote for this list,\" the Farmers deputy told reporters.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.PERSON), f.toString());
    }

    @Test
    void thePastorIsTheNamedPastor() {
        var f = ExtractFixture.of("The council of churches, through its president, pastor Samuel Okonkwo, offered to host the talks.\n\n"
                + "\"The church can be a neutral table,\" said the pastor.");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Samuel Okonkwo")
                && s.content().contains("neutral table")), f.toString());
    }

    @Test
    void addingThatAfterAQuotesAttributionAndAnAdjunctIsASecondClaim() {
        var f = ExtractFixture.of("\"We left with a promise, not with a cheque,\" Mayor Lucia Ferraz told journalists at the exit, "
                + "adding that the money would arrive by the summer.");
        List<Statement> hers = f.x.statements().stream().filter(s -> f.speakerName(s).equals("Lucia Ferraz")).toList();
        assertEquals(2, hers.size(), f.toString());
        assertTrue(hers.stream().anyMatch(s -> s.content().equals("the money would arrive by the summer")), f.toString());
    }

    @Test
    void addingThatRightAfterAQuotesAttributionStaysOneClaim() {
        var f = ExtractFixture.of("\"We left with a promise,\" Mayor Lucia Ferraz said, adding that the money would arrive by the summer.");
        assertEquals(1, f.x.statements().size(), f.toString());
    }

    @Test
    void residentsOfATownSpeakAsUnnamedPeopleNotAsTheTown() {
        var f = ExtractFixture.of("The quarry has faced protests from residents of Kartong, who accuse it of poisoning the river.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void aSpokespersonInACityIsNoVoiceOfTheCity() {
        var f = ExtractFixture.of("An agency spokesperson in Geneva said the agency would not comment on the talks.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void aBodyInACitySpeaksItself() {
        var f = ExtractFixture.of("The Ministry of Health in Accra said the clinic would reopen on Monday.");
        assertEquals(List.of("Ministry of Health"), f.x.statements().stream().map(Statement::speakerText).toList(), f.toString());
    }

    @Test
    void theRoleOfACountryIsItsNamedHolder() {
        var f = ExtractFixture.of("The president of Kenya, William Otieno, met the delegation on Monday. "
                + "\"We are ready,\" the president of Kenya said.");
        assertTrue(f.statementBy("William Otieno").isPresent(), f.toString());
    }

    @Test
    void quoteAttributedToMrsAndASurnameIsHers() {
        var f = ExtractFixture.of("The President, Daniel Okafor, met Maria Berg of the World Bank on Wednesday.\n\n"
                + "\"The roads programme is late,\" Mrs. Berg said.");
        assertTrue(f.statementBy("Maria Berg").isPresent(), f.toString());
    }

    @Test
    void quoteBeforeATitleWithABracketedAbbreviationIsTheNamedSpeakers() {
        var f = ExtractFixture.of("\"The ministry is negotiating behind closed doors,\" Civic Alliance (CA) MP Petra Novakova told reporters.");
        Statement s = f.statementBy("Petra Novakova").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("\"The ministry is negotiating behind closed doors,\"", s.content());
    }

    @Test
    void theTopDiplomatWithANationalityIsThatCountrysForeignMinister() {
        var f = ExtractFixture.of("Iranian Foreign Minister Reza Karimi met his Omani counterpart, Foreign Minister Salim Al Harthy, in Muscat on Monday.\n\n"
                + "The top Iranian diplomat underlined that any agreement must guarantee the lifting of sanctions.");
        Statement s = f.statementBy("Reza Karimi").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("any agreement"), s.content());
        assertTrue(f.statementBy("Salim Al Harthy").isEmpty(), f.toString());
    }

    @Test
    void aNationalityBetweenWordsOfNoEpithetMakesNone() {
        var f = ExtractFixture.of("Iranian Foreign Minister Reza Karimi met Omani officials in Muscat on Monday.\n\n"
                + "The senior Iranian official said the talks would resume in May.");
        assertTrue(f.statementBy("Reza Karimi").isEmpty(), f.toString());
    }

    @Test
    void conveyingAnInvitationIsNoClaim() {
        var f = ExtractFixture.of("President Daniel Okafor received the Ghanaian envoy, Kwame Boateng, on Monday.\n\n"
                + "Mr. Boateng conveyed an invitation from the President of Ghana to Mr. Okafor to visit Accra.");
        assertTrue(f.statementBy("Kwame Boateng").isEmpty(), f.toString());
    }

    @Test
    void conveyingGreetingsThenSayingGivesOnlyWhatWasSaid() {
        var f = ExtractFixture.of("President Daniel Okafor received the Ghanaian envoy, Kwame Boateng, on Monday.\n\n"
                + "Boateng conveyed President Mensah's cordial greetings and said Ghana firmly supports the trade deal.");
        List<Statement> his = f.x.statements().stream().filter(s -> f.speakerName(s).equals("Kwame Boateng")).toList();
        assertEquals(1, his.size(), f.toString());
        assertEquals("Ghana firmly supports the trade deal", his.get(0).content());
    }

    @Test
    void conveyingAConcernIsAClaim() {
        var f = ExtractFixture.of("President Daniel Okafor received the Ghanaian envoy, Kwame Boateng, on Monday.\n\n"
                + "Boateng conveyed his government's concern about the border closures.");
        assertTrue(f.statementBy("Kwame Boateng").isPresent(), f.toString());
    }
}
