package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFinderTest {

    @Test
    void quoteBeforePronounAttributesToTheWomanNamedBefore() {
        var f = ExtractFixture.of("Labour MP Angela Rayner visited the flooded town on Sunday.\n\n"
                + "\"We will not give up,\" she said.");
        assertEquals(List.of("Angela Rayner"), f.speakers(), f.toString());
        Statement s = f.x.statements().get(0);
        assertTrue(s.quoted());
        assertTrue(s.content().contains("We will not give up"), s.content());
    }

    @Test
    void reportedSpeechGivesTheClauseAfterThat() {
        var f = ExtractFixture.of("Finance Minister Rachel Reeves said that the budget would protect working families.");
        Statement s = f.statementBy("Rachel Reeves").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("the budget would protect working families", s.content());
        assertFalse(s.quoted());
        assertEquals(s.content(), f.text.substring(s.contentStart(), s.contentEnd()));
    }

    @Test
    void organisationSpeaksAsABody() {
        var f = ExtractFixture.of("The Kremlin said the proposal was unacceptable in its current form.");
        Statement s = f.x.statements().get(0);
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType(), f.toString());
        assertEquals("Kremlin", f.speakerName(s));
    }

    @Test
    void unnamedSourcesAreUnnamed() {
        var f = ExtractFixture.of("A spokesperson said the ministry would review the contract.");
        assertEquals(SpeakerType.UNNAMED, f.x.statements().get(0).speakerType(), f.toString());
    }

    @Test
    void quoteWithInvertedSpeaker() {
        var f = ExtractFixture.of("\"The economy is turning a corner,\" said Governor Andrew Bailey on Tuesday.");
        assertEquals(List.of("Andrew Bailey"), f.speakers(), f.toString());
    }

    @Test
    void colonQuoteRunsOverSentences() {
        var f = ExtractFixture.of("Chancellor Friedrich Merz spoke to reporters in Berlin.\n\n"
                + "He continued: \"We are ready. We will act quickly and together.\"");
        Statement s = f.statementBy("Friedrich Merz").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("We will act quickly"), s.content());
    }

    @Test
    void toldReportersDropsTheHearer() {
        var f = ExtractFixture.of("Defence Secretary John Healey told reporters the new frigates would be ready by 2028.");
        Statement s = f.statementBy("John Healey").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("the new frigates"), s.content());
    }

    @Test
    void accordingToAttributesTheClauseBefore() {
        var f = ExtractFixture.of("The factory will close next spring, according to Ford chief executive Jim Farley.");
        Statement s = f.statementBy("Jim Farley").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("The factory will close"), s.content());
    }

    @Test
    void readoutVerbsAreStatementsOfTheResolvedPerson() {
        var f = ExtractFixture.of("President Joe Biden spoke with Prime Minister Anthony Albanese of Australia. "
                + "The President reaffirmed the strength of the alliance and welcomed new defence projects.");
        long biden = f.x.statements().stream().filter(s -> f.speakerName(s).equals("Joe Biden")).count();
        assertEquals(2, biden, f.toString());
    }

    @Test
    void transcriptTurnsBelongToTheirLabels() {
        var f = ExtractFixture.of("Remarks by Secretary of State Antony Blinken and Foreign Minister Penny Wong\n\n"
                + "SECRETARY BLINKEN: Thank you. Our two countries have built a partnership that keeps the region stable.\n\n"
                + "FOREIGN MINISTER WONG: Australia will keep working with the United States on critical minerals.\n\n"
                + "QUESTION: Will you visit Beijing next month?\n");
        assertEquals(List.of("Antony Blinken", "Penny Wong"), f.speakers(), f.toString());
        assertTrue(f.x.statements().stream().allMatch(Statement::quoted));
    }

    @Test
    void captionsAndSharePromptsGiveNoStatements() {
        var f = ExtractFixture.of("FILE - Mayor Sadiq Khan said the city was ready, London, May 2, 2024.\n\n"
                + "Share this article: Mayor Sadiq Khan said the city was ready.\n");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void cutOffLastSentenceGivesNoStatement() {
        var f = ExtractFixture.of("Mayor Sadiq Khan opened the new bridge.\n\nKhan said the project would be followed by another crossing near the");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void writtenStatementSentencesBelongToItsAuthor() {
        var f = ExtractFixture.of("Statement from Spokesperson Jane Doering on the release of detained journalists\n\n"
                + "We welcome the release of the three journalists held for months without charge. "
                + "We will keep pressing for the freedom of every detained reporter.\n");
        assertTrue(f.x.statements().size() >= 2, f.toString());
        assertTrue(f.speakers().stream().allMatch(n -> n.equals("Jane Doering")), f.toString());
    }

    @Test
    void oneStatementPerSpeakerPerClaim() {
        var f = ExtractFixture.of("Senator Maria Lopez said the bill would cut costs for small farms. "
                + "Lopez said the bill would cut costs for small farms.");
        assertEquals(1, f.x.statements().size(), f.toString());
    }

    @Test
    void noStatementWithoutSpeechVerb() {
        var f = ExtractFixture.of("Prime Minister Mark Carney visited a factory in Ontario on Monday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void statementsHaveConfidenceAndTopics() {
        var f = ExtractFixture.of("Foreign Minister Annalena Baerbock said the peace deal needed strong security guarantees.");
        Statement s = f.x.statements().get(0);
        assertTrue(s.confidence() > 0.5, f.toString());
        assertTrue(s.topics().contains("peace deal") && s.topics().contains("strong security guarantees")
                || s.topics().contains("security guarantees"), s.topics().toString());
    }

    @Test
    void speakerAfterTheVerbMayFollowAnAffiliation() {
        var f = ExtractFixture.of("Kwame Asante scored twice on Saturday.\n\n"
                + "\"We were brilliant from the first minute,\" said Rovers coach Marco Bellandi.");
        assertEquals(List.of("Marco Bellandi"), f.speakers(), f.toString());
    }

    @Test
    void speakerAfterTheVerbIsNotTakenFromAClause() {
        var f = ExtractFixture.of("\"We will appeal,\" said the lawyer, who met Maria Lopez on Monday.");
        assertTrue(f.speakers().stream().noneMatch(x -> x.equals("Maria Lopez")), f.toString());
    }

    @Test
    void transcriptLabelsMayCarryARoleInBrackets() {
        var f = ExtractFixture.of("Norvik Telecom earnings call\n\n"
                + "LENA HOFF (CHIEF EXECUTIVE): Our balance sheet gives us room to bid for the spectrum.\n\n"
                + "MARTIN EKDAHL (CHIEF FINANCIAL OFFICER): Enterprise contracts are stable this quarter.\n");
        assertTrue(f.speakers().containsAll(List.of("Lena Hoff", "Martin Ekdahl")), f.toString());
    }

    @Test
    void interviewAnswersBelongToTheIntervieweeAndQuestionsToNoOne() {
        var f = ExtractFixture.of("Health Minister Maria Olsen spoke to us about hospital waiting lists.\n\n"
                + "Q: Critics say the lists are longer than ever. Are they right?\n\n"
                + "A: Waiting times fell by ten per cent over the winter months.\n\n"
                + "Q: Will you hire more surgeons next year?\n\n"
                + "A: We will train four hundred new surgeons before the election.");
        assertEquals(List.of("Maria Olsen", "Maria Olsen"), f.speakers(), f.toString());
        assertTrue(f.x.statements().get(1).content().startsWith("We will train"), f.toString());
    }

    @Test
    void singleAnswerLabelIsNotAnInterview() {
        var f = ExtractFixture.of("Health Minister Maria Olsen opened the new ward on Monday.\n\n"
                + "A: Waiting times fell by ten per cent over the winter months, officials said.");
        assertFalse(f.speakers().contains("Maria Olsen"), f.toString());
    }

    @Test
    void countrysMinistryIsAnOrganisationAndTheMinistryRefersBack() {
        var f = ExtractFixture.of("The two countries will reopen the border crossing, Ghana's foreign ministry said.\n\n"
                + "Customs officers from both sides will meet in Accra next week, the ministry said in a statement.");
        assertEquals(List.of("Ghanaian foreign ministry", "Ghanaian foreign ministry"), f.speakers(), f.toString());
        assertEquals(SpeakerType.ORGANIZATION, f.x.statements().get(1).speakerType());
    }

    @Test
    void theCompanyIsTheMostMentionedFirm() {
        var f = ExtractFixture.of("Shares in Nordlys Shipping fell 5% after Nordlys Shipping cut its forecast.\n\n"
                + "\"We see no recovery this year,\" said Anna Berg, an analyst at Fjord Capital.\n\n"
                + "The company said it would sell two older vessels by the end of the year.");
        Statement s = f.x.statements().get(f.x.statements().size() - 1);
        assertEquals("Nordlys Shipping", f.speakerName(s), f.toString() + f.names(EntityType.ORGANIZATION));
    }

    @Test
    void theCompanyWithNoFirmNamedIsNoOne() {
        var f = ExtractFixture.of("The Health Ministry announced new rules on Monday.\n\n"
                + "The company said it would sell two older vessels by the end of the year.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.content().contains("vessels") && s.speaker() != null), f.toString());
    }

    @Test
    void trailingAttributionOwnsTheReadoutVerbBeforeIt() {
        var f = ExtractFixture.of("Foreign Minister Amina Yusuf met her counterpart Lars Berg in Oslo, and the two ministers agreed "
                + "to reopen the consulates, Norway's foreign ministry said.");
        assertEquals(List.of("Norwegian foreign ministry"), f.speakers(), f.toString());
    }

    @Test
    void readoutVerbWithoutTrailingAttributionStaysWithThePerson() {
        var f = ExtractFixture.of("Foreign Minister Amina Yusuf met her counterpart Lars Berg in Oslo on Monday. "
                + "Yusuf welcomed the reopening of the consulates and thanked Norway for its support.");
        assertTrue(f.speakers().contains("Amina Yusuf"), f.toString());
    }

    @Test
    void saidAndAccusedIsOneClaim() {
        var f = ExtractFixture.of("Union leader Patrick Doyle said members had run out of patience and accused ministers of ignoring nurses.");
        assertEquals(List.of("Patrick Doyle"), f.speakers(), f.toString());
        assertTrue(f.x.statements().get(0).content().contains("accused ministers"), f.toString());
    }

    @Test
    void saidAndSaidAgainAreTwoClaims() {
        var f = ExtractFixture.of("Union leader Patrick Doyle said members had run out of patience and added that a strike was likely.");
        assertEquals(List.of("Patrick Doyle", "Patrick Doyle"), f.speakers(), f.toString());
    }

    @Test
    void nameBetweenCommasAfterATitleIsTheSpeaker() {
        var f = ExtractFixture.of("The Minister for Lands and Natural Resources, Mr Kofi Mensah, said the bill would end illegal mining.");
        assertEquals(List.of("Kofi Mensah"), f.speakers(), f.toString());
    }

    @Test
    void participleClauseKeepsTheSubjectAsSpeaker() {
        var f = ExtractFixture.of("The Premier, Kate Lindqvist, has pulled out of talks with the Water Minister, Tom Harcourt, "
                + "saying the Commonwealth had moved the goalposts.");
        assertFalse(f.speakers().contains("Tom Harcourt"), f.toString());
    }

    @Test
    void bracketedConstituencyAfterTheNameIsSkipped() {
        var f = ExtractFixture.of("Dr Yaw Frimpong (Prestea-Huni Valley) said his constituents drink from rivers the colour of cocoa.");
        assertEquals(List.of("Yaw Frimpong"), f.speakers(), f.toString());
    }

    @Test
    void phrasalVerbBeforeAColonIntroducesAQuote() {
        var f = ExtractFixture.of("The Chief Whip, Mrs Abena Owusu, fired back: \"The opposition cannot have it both ways on this bill.\"");
        Statement s = f.statementBy("Abena Owusu").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("cannot have it both ways"), s.content());
        assertFalse(f.persons().contains("Whip"), f.toString());
    }

    @Test
    void pronounAfterAQuotePassesOverANameInsideIt() {
        var f = ExtractFixture.of("Prime Minister Helene Garnier survived the vote. Socialist leader Claire Aubert confirmed her deputies abstained. "
                + "\"We voted to save the budget, not to save Ms Garnier,\" she told reporters.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("save the budget")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Claire Aubert", f.speakerName(s), f.toString());
    }

    @Test
    void liveBlogReactsWithAColon() {
        var f = ExtractFixture.of("Far-left leader Mathis Roussel reacts: \"This government is living on borrowed time.\"");
        assertEquals(List.of("Mathis Roussel"), f.speakers(), f.toString());
    }

    @Test
    void questionsOnANamedTranscriptAreNoOnes() {
        var f = ExtractFixture.of("We spoke to Marta Silva, the chief executive of Brightwave, at her office.\n\n"
                + "Q: There are reports that a rival offered to buy the company.\n\n"
                + "SILVA: We get approaches all the time. We have not held talks with anyone about selling the firm.\n\n"
                + "Q: Your co-founder left in March. Why?\n\n"
                + "SILVA: He wanted to build hardware and we are a software company. We still talk every single week.\n");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.content().contains("There are reports")
                || s.content().contains("co-founder left")), f.toString());
        assertTrue(f.speakers().stream().allMatch("Marta Silva"::equals), f.toString());
    }

    @Test
    void quoteOverTwoSentencesGoesToTheTitledNameAfterIt() {
        var f = ExtractFixture.of("Chancellor Matthias Brenner met the Greens co-leader, Jana Osterkamp, on Tuesday.\n\n"
                + "\"We had an open conversation. Open is a polite word,\" Ms Osterkamp told the broadcaster ZDF afterwards.");
        assertEquals(List.of("Jana Osterkamp"), f.speakers(), f.toString());
        assertTrue(f.x.statements().get(0).content().contains("open conversation"), f.toString());
    }

    @Test
    void saidOnADayThatSkipsTheAdjunct() {
        var f = ExtractFixture.of("The spokesman, Torsten Kahl, said on Wednesday that the coalition would hold until the vote in December.");
        Statement s = f.statementBy("Torsten Kahl").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("the coalition would hold"), s.content());
    }

    @Test
    void memberOfAPartySpeaksNotTheParty() {
        var f = ExtractFixture.of("Finance Minister Ulrike Seidl of the liberal FDP, whose party insists on the reform, "
                + "warned that further delay would cost the pension fund money.");
        assertEquals(List.of("Ulrike Seidl"), f.speakers(), f.toString());
    }

    @Test
    void memberOfANamedBodySpeaksNotTheBody() {
        var f = ExtractFixture.of("Political analyst Dr Grace Wanjiru of the University of Nairobi said the talks had so far "
                + "met with cautious optimism among voters.");
        assertEquals(List.of("Grace Wanjiru"), f.speakers(), f.toString());
    }

    @Test
    void memberOfABodyWithAPossessiveInItsName() {
        var f = ExtractFixture.of("Samuel Otieno of the Kenya Farmers' Forum said the group had asked for a meeting three times.");
        assertEquals(List.of("Samuel Otieno"), f.speakers(), f.toString());
    }

    @Test
    void memberOfABodyWhoseNameTheTaggerSplit() {
        var f = ExtractFixture.of("Senator Lucia Ferro of the opposition National Action Party (PAN) accused the president of "
                + "\"hiding the governors\" from the envoy.");
        assertEquals(List.of("Lucia Ferro"), f.speakers(), f.toString());
    }

    @Test
    void bodyWithNoMemberNamedSpeaksItself() {
        var f = ExtractFixture.of("Governor Ruth Achieng visited the campus on Monday. The University of Nairobi said in a statement "
                + "that classes would resume next week.");
        assertEquals(List.of("University of Nairobi"), f.speakers(), f.toString());
    }

    @Test
    void pronounAfterAParticipleIsTheSubjectNotTheLastName() {
        var f = ExtractFixture.of("Opposition leader Stefan Wehling declined an invitation from Chancellor Matthias Brenner to join talks, "
                + "saying he would not decorate a decision already taken.");
        assertEquals(List.of("Stefan Wehling"), f.speakers(), f.toString());
    }

    @Test
    void speakerBeforeAWhoseClauseAndAChainedApposition() {
        var f = ExtractFixture.of("Parent Jenna Kowalski, whose two children attend the school, told the council that the crossing was unsafe. "
                + "Kyle Dempsey, president of Fraternal Order of Police Lodge 38, which represents detention officers, "
                + "said morale was the lowest in years.");
        assertEquals(List.of("Jenna Kowalski", "Kyle Dempsey"), f.speakers(), f.toString());
    }

    @Test
    void wroteThatIsReportedSpeechButWroteAloneIsNot() {
        var f = ExtractFixture.of("Its founder, Nikhil Bhattacharya, wrote to the board last month that a deal would unlock value. "
                + "Nikhil Bhattacharya wrote three books about shipping before joining the fund.");
        assertEquals(List.of("Nikhil Bhattacharya"), f.speakers(), f.toString());
        assertTrue(f.x.statements().get(0).content().startsWith("a deal"), f.toString());
    }

    @Test
    void mannerVerbAfterAQuoteAttributesIt() {
        var f = ExtractFixture.of("Max Harding denied wrongdoing. \"I met a friend for a curry, not a minister for a deal,\" he fumed.");
        Statement s = f.statementBy("Max Harding").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("friend for a curry"), s.content());
    }

    @Test
    void translatedReadoutVerbs() {
        var f = ExtractFixture.of("Executive Secretary Andrei Volkovich met the delegation in Minsk. "
                + "Mr. Volkovich has highly appreciated contribution of Uzbekistan to strengthening of cooperation. "
                + "Ambassador Park Jae-hoon has informed that tourist numbers are expected to reach 4.5 million this year.");
        assertEquals(List.of("Andrei Volkovich", "Park Jae-hoon"), f.speakers(), f.toString());
    }

    @Test
    void toldTheHouseDropsTheHearer() {
        var f = ExtractFixture.of("Minister Kofi Mensah told the House he had met chiefs from the Western Region on Monday.");
        Statement s = f.statementBy("Kofi Mensah").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("he had met chiefs"), s.content());
    }

    @Test
    void shortQuoteIntroducedByAPronounGoesOnWithTheClaimBefore() {
        var f = ExtractFixture.of("Mayor Lena Brandt told the council that the tram line would open in May. "
                + "She said, \"The city has waited long enough.\"");
        assertEquals(1, f.x.statements().stream().filter(s -> f.speakerName(s).equals("Lena Brandt")).count(), f.toString());
        assertTrue(f.statementBy("Lena Brandt").orElseThrow().content().endsWith("waited long enough.\""), f.toString());
    }

    @Test
    void shortQuoteAttributedAfterItIsAClaimOfItsOwn() {
        var f = ExtractFixture.of("Mayor Lena Brandt told the council that the tram line would open in May. "
                + "\"The city has waited long enough,\" she said.");
        assertEquals(2, f.x.statements().stream().filter(s -> f.speakerName(s).equals("Lena Brandt")).count(), f.toString());
    }

    @Test
    void nameInsideAWhoClauseIsNotTheSpeaker() {
        var f = ExtractFixture.of("Regional president Marta Lindgren, who met the company's chief executive, Paul Stroud, in Oslo last week,"
                + " said the region wanted the plant to stay open.");
        assertEquals(List.of("Marta Lindgren"), f.speakers(), f.toString());
    }

    @Test
    void apposedNameAfterAWhoClauseWithoutVerbStaysTheSpeaker() {
        var f = ExtractFixture.of("The union's leader, Paul Stroud, said the plant would stay open.");
        assertEquals(List.of("Paul Stroud"), f.speakers(), f.toString());
    }

    @Test
    void theLeadersInALaterReadoutAreThatReadoutsPeople() {
        var f = ExtractFixture.of("Prime Minister Anna Keller met President Jorge Almeida in Bern. Prime Minister Keller thanked President"
                + " Almeida for his visit. President Almeida noted Brazil's interest in Swiss rail technology. Prime Minister Keller"
                + " welcomed the new trade office.\n\nReadout\n\nPrime Minister Anna Keller spoke today with Prime Minister Lars Berg of"
                + " Norway. Prime Minister Keller accepted an invitation from Prime Minister Berg to visit Oslo. The leaders agreed to"
                + " stay in close contact.");
        List<String> agreed = f.x.statements().stream().filter(x -> x.content().contains("close contact")).map(f::speakerName).sorted().toList();
        assertEquals(List.of("Anna Keller", "Lars Berg"), agreed, f.toString());
    }

    @Test
    void theSidesOfACallNamedInTheSentenceAreItsTwoPeople() {
        var f = ExtractFixture.of("Foreign Minister Anna Keller received Deputy Minister Jorge Almeida in Bern. Anna Keller thanked Jorge"
                + " Almeida for the visit. On Monday Anna Keller held a telephone conversation with Minister Lars Berg, during which the"
                + " sides agreed on the dates of the visit.");
        List<String> agreed = f.x.statements().stream().filter(x -> x.content().contains("dates of the visit")).map(f::speakerName).sorted()
                .toList();
        assertEquals(List.of("Anna Keller", "Lars Berg"), agreed, f.toString());
    }

    @Test
    void theLeadersAreNotTheMinistersWhoJoinedThem() {
        var f = ExtractFixture.of("Prime Minister Anna Keller met President Jorge Almeida in Bern. Prime Minister Keller thanked President"
                + " Almeida for his visit. The leaders were joined by Foreign Minister Lars Berg and Trade Minister Eva Lind."
                + " The leaders agreed to stay in close contact.");
        List<String> agreed = f.x.statements().stream().filter(x -> x.content().contains("close contact")).map(f::speakerName).sorted().toList();
        assertEquals(List.of("Anna Keller", "Jorge Almeida"), agreed, f.toString());
    }

    @Test
    void sidesInsideAnotherSpeakersClauseAreNoSpeakers() {
        var f = ExtractFixture.of("Prime Minister Anna Keller met President Jorge Almeida in Bern. A diplomat who attended the talks said"
                + " the two sides had agreed on a new border crossing.");
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("border crossing")
                && x.speakerType() == SpeakerType.PERSON), f.toString());
    }

    @Test
    void sidesOpeningTheirOwnSentenceAgree() {
        var f = ExtractFixture.of("Prime Minister Anna Keller met President Jorge Almeida in Bern. The two sides agreed on a new border"
                + " crossing.");
        List<String> agreed = f.x.statements().stream().filter(x -> x.content().contains("border crossing")).map(f::speakerName).sorted()
                .toList();
        assertEquals(List.of("Anna Keller", "Jorge Almeida"), agreed, f.toString());
    }

    @Test
    void pronounAfterForHisPartIsTheOneWhoSpokeNotThePossessor() {
        var f = ExtractFixture.of("Prime Minister Daniel Moreau received Chief Executive Peter Hallam in Paris on Monday.\n\n"
                + "Moreau urged the company to invest in training.\n\n"
                + "For his part, Hallam said the plant had \"met every target\" so far. \"We are here to stay,\" he said.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("here to stay")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Peter Hallam", f.speakerName(s), f.toString());
    }

    @Test
    void pronounAfterAPlainSubjectStillMeansThatSubject() {
        var f = ExtractFixture.of("Prime Minister Daniel Moreau received Chief Executive Peter Hallam in Paris on Monday.\n\n"
                + "Moreau met his guest at the palace. \"We want this plant,\" he said.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("want this plant")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Daniel Moreau", f.speakerName(s), f.toString());
    }

    @Test
    void nameWithATitleBetweenCommasAfterARoleIsTheSpeaker() {
        var f = ExtractFixture.of("The farmers' union said the state had not paid its members. "
                + "Its chairman in Kano, Chief Emmanuel Okafor, told the newspaper that farmers had lost crops worth N400 million.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("lost crops")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Emmanuel Okafor", f.speakerName(s), f.toString());
    }

    @Test
    void nameInsideADescriptionBetweenCommasIsNotTheSpeaker() {
        var f = ExtractFixture.of("Party leader Jonathan Hale, a friend of Governor Paul Tane, said the budget would pass next week.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("budget would pass")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Jonathan Hale", f.speakerName(s), f.toString());
    }
}
