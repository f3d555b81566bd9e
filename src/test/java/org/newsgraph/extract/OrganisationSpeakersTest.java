package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Organisations that speak through a description: an office, a ministry, "it", "according to the ministry". */
class OrganisationSpeakersTest {

    @Test
    void personsOfficeSpeaksAsABody() {
        var f = ExtractFixture.of("Prime Minister Qasim al-Saadi met Kurdish leaders in Baghdad on Sunday. "
                + "A statement from al-Saadi's office said the two sides agreed to form a joint committee.");
        Statement s = f.statementBy("Office of Qasim al-Saadi").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType());
        assertTrue(s.content().startsWith("the two sides agreed"), s.content());
        assertTrue(f.names(EntityType.ORGANIZATION).contains("Office of Qasim al-Saadi"), f.names(EntityType.ORGANIZATION).toString());
    }

    @Test
    void personsOfficeIsNotThePerson() {
        var f = ExtractFixture.of("Governor Ruth Achieng's office said the budget would be tabled next week.");
        assertFalse(f.statementBy("Ruth Achieng").isPresent(), f.toString());
    }

    @Test
    void itAfterAnOrganisationsStatementIsThatOrganisation() {
        var f = ExtractFixture.of("Prime Minister Qasim al-Saadi met Kurdish leaders in Baghdad on Sunday. "
                + "A statement from al-Saadi's office said the two sides agreed to form a joint committee. "
                + "It said the federal government would pay all salaries on time.");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Office of Qasim al-Saadi")
                && s.content().contains("pay all salaries")), f.toString());
    }

    @Test
    void itWithNoOrganisationBeforeIsNoOne() {
        var f = ExtractFixture.of("Farmers gathered in the square on Monday. It said in large letters that the harvest had failed.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void theMinistryAfterAMinisterIsTheirPortfolio() {
        var f = ExtractFixture.of("Oil Minister Sabah Jaber al-Musawi said exports could resume within weeks. "
                + "He held a phone call with his Turkish counterpart on Saturday, the ministry said.");
        Statement s = f.statementBy("Ministry of Oil").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("He held a phone call"), s.content());
    }

    @Test
    void theMinistryAfterAPrimeMinisterIsNoMinistry() {
        var f = ExtractFixture.of("Prime Minister Kofi Mensah opened the clinic on Monday. "
                + "The clinic will treat 200 patients a day, the ministry said.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void accordingToTheMinistryIsTheMinistry() {
        var f = ExtractFixture.of("Health Minister Mary Wanjiku opened the clinic on Monday. "
                + "The new fees will be introduced in March, according to the ministry.");
        Statement s = f.statementBy("Ministry of Health").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("The new fees"), s.content());
    }

    @Test
    void theMinistryAfterAJoinedPortfolioIsTheMinistryOfIt() {
        var f = ExtractFixture.of("Roads and Housing Minister Teodora Vasquez toured the flooded district on Monday. "
                + "She will return next month to open the new bridge, the ministry said.");
        Statement s = f.statementBy("Ministry of Roads and Housing").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("She will return"), s.content());
    }

    @Test
    void theDepartmentAfterAJoinedPortfolioIsTheDepartmentOfIt() {
        var f = ExtractFixture.of("Mining and Water Minister Peter Odhiambo met the striking workers on Tuesday. "
                + "Odhiambo will meet the employers again on Friday, the department said.");
        Statement s = f.statementBy("Department of Mining and Water").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("Odhiambo will meet"), s.content());
    }

    @Test
    void theDepartmentAfterASingleWordPortfolioIsNoBody() {
        var f = ExtractFixture.of("Health Minister Mary Wanjiku opened the clinic on Monday. "
                + "The clinic will treat 200 patients a day, the department said.");
        assertTrue(f.x.statements().stream().noneMatch(s -> f.speakerName(s).contains("Department")), f.toString());
    }

    @Test
    void barePoliceIsTheNamedPoliceForce() {
        var f = ExtractFixture.of("The Greater Manchester Police opened an inquiry on Sunday. "
                + "Police said the suspect had been arrested near the station.");
        assertTrue(f.x.statements().stream().anyMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION
                && f.speakerName(s).endsWith("Police")), f.toString());
    }

    @Test
    void barePoliceWithNoForceNamedStaysUnnamed() {
        var f = ExtractFixture.of("Police said the suspect had been arrested near the station.");
        assertEquals(SpeakerType.UNNAMED, f.x.statements().get(0).speakerType(), f.toString());
    }

    @Test
    void organisationWithADescribingClauseBetweenCommasSpeaks() {
        var f = ExtractFixture.of("Andina Copper, the company that operates the mine, said output had fallen by about 40% since May.");
        Statement s = f.x.statements().stream().filter(x -> x.content().startsWith("output had fallen")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType(), f.toString());
    }

    @Test
    void treasuryIsAnOrganisationThatSpeaks() {
        var f = ExtractFixture.of("The National Treasury said in a statement on Tuesday that the deficit would narrow next year.");
        assertEquals(SpeakerType.ORGANIZATION, f.x.statements().get(0).speakerType(), f.toString());
    }

    @Test
    void ministryNamedWithAndKeepsBothPortfolios() {
        var f = ExtractFixture.of("Exports rose sharply in October. The Ministry of Fisheries and Forestry said catches were the best in a decade.");
        assertTrue(f.names(EntityType.ORGANIZATION).contains("Ministry of Fisheries and Forestry"), f.toString());
    }

    @Test
    void officeBeforeAPersonsNameIsNoTail() {
        var f = ExtractFixture.of("A letter from the Office of President William Ruto said the visit would go ahead.");
        assertTrue(f.names(EntityType.ORGANIZATION).stream().noneMatch(n -> n.startsWith("Office of President")), f.toString());
    }

    @Test
    void unionNamedWithItsMembersKeepsItsFirstWord() {
        var f = ExtractFixture.of("The Federal Union of Dock Workers said cranes at the port would stop on Monday.");
        assertTrue(f.statementBy("Federal Union of Dock Workers").isPresent(), f.toString());
    }

    @Test
    void portfolioWordBeforeMinistryIsPartOfTheName() {
        var f = ExtractFixture.of("The Fisheries Ministry said catches were the best in a decade.");
        assertTrue(f.statementBy("Fisheries Ministry").isPresent(), f.toString());
    }

    @Test
    void theUnionIsTheUnionNamedBefore() {
        var f = ExtractFixture.of("The Federal Union of Dock Workers called a strike on Monday. "
                + "The union said cranes at the port would stay idle until Friday.");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Federal Union of Dock Workers")
                && s.content().startsWith("cranes at the port")), f.toString());
    }

    @Test
    void theUnionWithNoUnionNamedIsNoOrganisation() {
        var f = ExtractFixture.of("Dock workers walked out on Monday. The union said cranes at the port would stay idle until Friday.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void herMinistryIsTheMinistryNamedBefore() {
        var f = ExtractFixture.of("Fisheries Minister Ana Tuilagi met boat owners in Apia on Monday, the Ministry of Fisheries said. "
                + "Her ministry said the new quotas would take effect in March.");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Ministry of Fisheries")
                && s.content().startsWith("the new quotas")), f.toString());
    }

    @Test
    void officeOfARoleSpeaksAsABody() {
        var f = ExtractFixture.of("The county prosecutor's office said the two suspects would appear in court on Friday.");
        Statement s = f.statementBy("county prosecutor's office").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType());
    }

    @Test
    void nameAfterAnOrganisationNounIsThatOrganisation() {
        var f = ExtractFixture.of("The growers' association Hortivale said the new export levy would hurt small farms.");
        Statement s = f.statementBy("Hortivale").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType());
    }

    @Test
    void nameAfterARoleNounIsThePerson() {
        var f = ExtractFixture.of("The union leader Peter Mwangi said the new export levy would hurt small farms.");
        Statement s = f.statementBy("Peter Mwangi").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.PERSON, s.speakerType());
    }

    @Test
    void capitalisedAgencyAloneIsTheAgencyNamedBefore() {
        var f = ExtractFixture.of("The Maritime Safety Agency inspected the ferry on Monday. "
                + "Two of its lifeboats were missing, according to the Agency.");
        assertTrue(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Maritime Safety Agency")
                && s.content().startsWith("Two of its lifeboats")), f.toString());
    }

    @Test
    void capitalisedAgencyWithNoAgencyNamedIsNoOrganisation() {
        var f = ExtractFixture.of("Two of the ferry's lifeboats were missing, according to the Agency.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void organisationWithAPlaceTailSpeaksUnderItsFullName() {
        var f = ExtractFixture.of("Members of the Coffee Growers Association of Kenya (CGAK) gathered in Nyeri on Monday.\n\n"
                + "The Coffee Growers Association of Kenya (CGAK) said prices had fallen by a third since March.");
        Statement s = f.x.statements().stream().filter(x -> x.speakerType() == SpeakerType.ORGANIZATION).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Coffee Growers Association of Kenya", f.speakerName(s), f.toString());
    }

    @Test
    void placeAfterAnOrganisationWithoutOfStaysAPlace() {
        var f = ExtractFixture.of("The Coffee Growers Association met in Kenya on Monday.\n\n"
                + "The Coffee Growers Association said prices had fallen by a third since March.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).contains("Kenya")), f.toString());
    }

    @Test
    void foreignMinistryKeepsTheArticlesWording() {
        var f = ExtractFixture.of("The talks were postponed at the request of the visitors, the Foreign Ministry said on Friday.");
        Statement s = f.x.statements().stream().findFirst().orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Foreign Ministry", f.speakerName(s), f.toString());
    }

    @Test
    void ministryOfForeignAffairsKeepsItsFullName() {
        var f = ExtractFixture.of("The talks were postponed at the request of the visitors, the Ministry of Foreign Affairs said on Friday.");
        Statement s = f.x.statements().stream().findFirst().orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Ministry of Foreign Affairs", f.speakerName(s), f.toString());
    }

    @Test
    void accordingToACountrysCapitalisedMinistryIsTheMinistryNotTheCountry() {
        var f = ExtractFixture.of("The Chilean envoy was invited to the talks but declined, according to Peru's Foreign Ministry.");
        assertTrue(f.x.statements().stream().anyMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION
                && f.speakerName(s).contains("Ministry")), f.toString());
        assertFalse(f.statementBy("Peru").isPresent(), f.toString());
    }

    @Test
    void embassyInACitySpeaksAsTheEmbassy() {
        var f = ExtractFixture.of("The French Embassy in Nairobi said in a statement that visas would be issued within ten days.");
        Statement s = f.statementBy("French Embassy in Nairobi").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType());
        assertFalse(f.statementBy("Nairobi").isPresent(), f.toString());
    }

    @Test
    void placeAfterInWithoutABodyNounStaysAPlace() {
        var f = ExtractFixture.of("Farmers in Nakuru said the rains had come late.");
        assertFalse(f.x.statements().stream().anyMatch(s -> f.speakerName(s).contains("Farmers in")), f.toString());
    }

    @Test
    void countryModifiedBodyNounSpeaksAsABody() {
        var f = ExtractFixture.of("The minister met the ambassador on Monday, the U.S. Embassy said.");
        Statement s = f.statementBy("U.S. Embassy").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType());
    }

    @Test
    void lowerCaseBodyNounAfterAPlaceIsNoCapitalisedBody() {
        var f = ExtractFixture.of("The minister met the ambassador on Monday, the embassy said.");
        assertFalse(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("embassy")), f.toString());
    }

    @Test
    void aNamedBodysStatementSpeaksForTheBody() {
        var f = ExtractFixture.of("A Marble Hall communique said the governor had sought clarifications on the water bill.");
        Statement s = f.x.statements().get(0);
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType(), f.toString());
        assertEquals("Marble Hall", f.speakerName(s));
    }

    @Test
    void aStatementOfNoNamedBodyStaysUnnamed() {
        var f = ExtractFixture.of("A police statement said two men were arrested near the port on Sunday.");
        assertEquals(SpeakerType.UNNAMED, f.x.statements().get(0).speakerType(), f.toString());
    }

    @Test
    void aNationalityBeforeABodysNameIsPartOfIt() {
        var f = ExtractFixture.of("Trade talks resumed in Lima on Monday. "
                + "The Chilean Foreign Ministry said the tariff dispute would be settled by June.");
        Statement s = f.statementBy("Chilean Foreign Ministry").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("the tariff dispute"), s.content());
    }

    @Test
    void twoNationalitiesOfOneBodyNameStaySeparate() {
        var f = ExtractFixture.of("The Peruvian Foreign Ministry said the border would reopen on Friday. "
                + "The Bolivian Foreign Ministry said no date had been agreed.");
        assertTrue(f.statementBy("Peruvian Foreign Ministry").isPresent(), f.toString());
        assertTrue(f.statementBy("Bolivian Foreign Ministry").isPresent(), f.toString());
    }

    @Test
    void aCountrysPossessiveIsNoPartOfTheName() {
        var f = ExtractFixture.of("Kenya's Foreign Ministry said the envoy would be recalled for consultations.");
        assertFalse(f.x.statements().stream().anyMatch(s -> f.speakerName(s).startsWith("Kenya")), f.toString());
    }

    @Test
    void aMissionIsNamedWithItsSeatWhereverItSpeaks() {
        var f = ExtractFixture.of("The minister will fly to Accra next week, according to the Dutch embassy in Nairobi. "
                + "She will also open a trade fair in Kumasi, the Dutch embassy said.");
        long n = f.x.statements().stream().filter(s -> f.speakerName(s).equals("Dutch embassy in Nairobi")).count();
        assertEquals(2, n, f.toString());
    }

    @Test
    void aPlaceBeforeACapitalisedOfficeIsTheOffice() {
        var f = ExtractFixture.of("The Scotland Office said the secretary of state was \"disappointed\" by the vote.");
        Statement s = f.statementBy("Scotland Office").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType());
    }

    @Test
    void wordsJoinedByAndBeforeABodysNameArePartOfIt() {
        var f = ExtractFixture.of("The Fisheries and Marine Resources Authority said in a statement that quotas would be cut by a tenth.");
        assertTrue(f.statementBy("Fisheries and Marine Resources Authority").isPresent(), f.toString());
    }

    @Test
    void aCapitalisedBareBodyNounIsTheOneBodyNamedInFull() {
        var f = ExtractFixture.of("The Ministry of Public Works hosted the Chilean delegation in Brasilia on Monday. "
                + "The talks will continue in Santiago in March, the Ministry said.");
        Statement s = f.statementBy("Ministry of Public Works").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("The talks will continue"), s.content());
    }

    @Test
    void aBareBodyNounWithTwoBodiesNamedInFullStaysAsWritten() {
        var f = ExtractFixture.of("The Ministry of Mines and the Ministry of Finance met the unions on Monday. "
                + "The talks will continue in March, the Ministry said.");
        assertFalse(f.x.statements().stream().anyMatch(s -> f.speakerName(s).startsWith("Ministry of")), f.toString());
    }

    @Test
    void accordingToABodysDepartmentIsTheDepartment() {
        var f = ExtractFixture.of("A second round of talks has been requested but not confirmed, "
                + "according to the Ministry's Department of Trade Promotion.");
        Statement s = f.statementBy("Department of Trade Promotion").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("A second round"), s.content());
    }

    @Test
    void theCompanyIsTheFirmNamedEarlierInItsSentence() {
        var f = ExtractFixture.of("Harbor Fresh Foods reported higher sales. Harbor Fresh Foods also opened a plant in Tema. "
                + "A meeting between the growers and the exporter Blue Reef Trading was called off after the company said "
                + "it would \"not negotiate under pressure\".");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("negotiate")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(f.speakerName(s).startsWith("Blue Reef"), f.toString());
    }

    @Test
    void aFundIsNoCompany() {
        var f = ExtractFixture.of("The World Development Fund praised the budget. The World Development Fund will send a mission in May. "
                + "The minister later received the chief executive of Orion Shipping Lines. "
                + "The company said in a statement that it was considering a second weekly service to the port.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("weekly service")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertFalse(f.speakerName(s).contains("Fund"), f.toString());
    }

    @Test
    void aCompanyNamedAfterItsCountryKeepsTheCountry() {
        var f = ExtractFixture.of("The regulator met mining firms in Lusaka on Monday. "
                + "Zambia Copper Refineries said in a statement that output would rise by a tenth.");
        assertFalse(f.x.statements().stream().anyMatch(s -> f.speakerName(s).equals("Zambia")), f.toString());
    }

    @Test
    void aPersonsSecretariatIsNamedAfterThePersonInFull() {
        var f = ExtractFixture.of("Deputy Prime Minister Anil Kumar Thapa met the flood victims in Birgunj on Sunday. "
                + "Thapa's secretariat said he would return with engineers next week.");
        assertTrue(f.statementBy("Secretariat of Anil Kumar Thapa").isPresent(), f.toString());
    }

    @Test
    void aPersonsCampKeepsThePossessive() {
        var f = ExtractFixture.of("Senator Dana Whitlow lost the primary on Tuesday. Whitlow's camp said she would not concede yet.");
        assertTrue(f.statementBy("Whitlow's camp").isPresent(), f.toString());
    }

    @Test
    void peoplePlacedInTownsAreUnnamed() {
        var f = ExtractFixture.of("Teachers stayed away for a second week. Farmers in Nairobi, Mombasa and Kisumu said the harvest had been lost to the floods.");
        assertTrue(f.x.statements().stream().filter(s -> s.content().contains("harvest"))
                .allMatch(s -> s.speakerType() == SpeakerType.UNNAMED), f.toString());
    }

    @Test
    void aSourceInAnOfficeIsUnnamed() {
        var f = ExtractFixture.of("The Speaker is expected to meet both sides on Friday. "
                + "A source in the Speaker's office said he wanted a deal before the exams.");
        assertTrue(f.x.statements().stream().filter(s -> s.content().contains("deal before"))
                .allMatch(s -> s.speakerType() == SpeakerType.UNNAMED), f.toString());
    }

    @Test
    void analystsAtANamedBankSpeakForTheBank() {
        var f = ExtractFixture.of("Analysts at Banco Horizonte said in a note that the strike would cut output by a fifth.");
        assertTrue(f.x.statements().stream().anyMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void hisOfficeInWhatHeSaidIsNoSpeaker() {
        var f = ExtractFixture.of("Mayor Tomasz Wójcik met the governor on Monday. He said his office would publish the report.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).startsWith("Office of")), f.toString());
    }

    @Test
    void aPluralPossessiveInsideANameKeepsTheWholeName() {
        var f = ExtractFixture.of("The Northern Farmers' Cooperative Association, which represents grain growers, said the "
                + "drought had cut yields by a third.");
        assertTrue(f.statementBy("Northern Farmers' Cooperative Association").isPresent(), f.toString());
    }

    @Test
    void aNationalityInTheAcronymBelongsToTheName() {
        var f = ExtractFixture.of("Minister Paul Ndlovu met the leaders of the Zambian Mining and Energy Federation (ZMEF) on Monday. "
                + "The ZMEF says it has asked for a second meeting.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("second meeting")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Zambian Mining and Energy Federation", f.speakerName(s), f.toString());
    }
    @Test
    void aSpokespersonForAnOfficeIsUnnamed() {
        var f = ExtractFixture.of("Growers want a meeting before the harvest. "
                + "A spokesperson for the Prime Minister's Office said the request would be considered.");
        assertTrue(f.x.statements().stream().filter(x -> x.content().contains("request would be"))
                .allMatch(x -> x.speakerType() == SpeakerType.UNNAMED), f.toString());
    }

    @Test
    void aSpokeswomanForATitledPersonIsUnnamed() {
        var f = ExtractFixture.of("Premier Colin Hargreaves met the teachers' union on Monday. "
                + "A spokeswoman for the premier said the talks would resume \"as soon as possible\" but gave no date.");
        assertFalse(f.statementBy("Colin Hargreaves").filter(x -> x.content().contains("talks would resume")).isPresent(), f.toString());
    }

    @Test
    void sourcesInAnOfficeAreUnnamed() {
        var f = ExtractFixture.of("The governor called on the chief minister on Friday. "
                + "Sources in the Chief Minister's Office said the meeting lasted about an hour.");
        assertTrue(f.x.statements().stream().filter(x -> x.content().contains("lasted about"))
                .allMatch(x -> x.speakerType() == SpeakerType.UNNAMED), f.toString());
    }

    @Test
    void aMinisterForAPortfolioStillSpeaks() {
        var f = ExtractFixture.of("Minister for Water Dora Kimani said the dam would be finished by June.");
        assertTrue(f.statementBy("Dora Kimani").isPresent(), f.toString());
    }
    @Test
    void anAcronymSpeaksUnderTheNameItWasSpelledOutAs() {
        var f = ExtractFixture.of("Sports minister Thandi Mokoena met Netball South Africa (NSA) and the players' union on Monday. "
                + "NSA said it would \"study the offer\" before its board meets.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("study the offer")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Netball South Africa", f.speakerName(s), f.toString());
    }

    @Test
    void anAcronymOfAnotherLanguageTakesTheNameBeforeItsBracket() {
        var f = ExtractFixture.of("A hearing between the National Rail Safety Board (KNKT) and the operators was postponed, KNKT said.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("hearing")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("National Rail Safety Board", f.speakerName(s), f.toString());
    }

    @Test
    void anAcronymNeverSpelledOutStaysAsWritten() {
        var f = ExtractFixture.of("Minister Paul Ndlovu met the miners on Monday. The NUMSA said the talks had failed.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).contains("Minister Paul")), f.toString());
    }

    @Test
    void anArticleIsNoPartOfABodysName() {
        var f = ExtractFixture.of("A Transport Ministry statement said the new fares would apply from June.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).startsWith("A ")), f.toString());
    }

    @Test
    void theLowerCasePortfolioMinistryIsTheMinistryOfIt() {
        var f = ExtractFixture.of("Trade Minister Olusegun Bakare met exporters in Lagos on Monday. "
                + "The Canadian envoy will visit Bakare in May, according to the trade ministry.");
        Statement s = f.statementBy("Ministry of Trade").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("The Canadian envoy"), s.content());
    }

    @Test
    void anotherPortfolioBeforeMinistryIsNotTheMinistersMinistry() {
        var f = ExtractFixture.of("Trade Minister Olusegun Bakare met exporters in Lagos on Monday. "
                + "The talks will resume in May, the defence ministry said.");
        assertTrue(f.x.statements().stream().noneMatch(s -> f.speakerName(s).equals("Ministry of Trade")), f.toString());
    }

    @Test
    void theMinistryAfterAMinisterOfAPortfolioIsThatMinistry() {
        var f = ExtractFixture.of("The Minister of Agriculture and Rural Development, Halima Bello, visited the flooded farms on Friday. "
                + "She will meet the farmers' unions next week, the ministry said.");
        Statement s = f.statementBy("Ministry of Agriculture and Rural Development").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("She will meet"), s.content());
    }

    @Test
    void theMinistryAfterAPrimeMinisterOfACountryIsNoMinistry() {
        var f = ExtractFixture.of("The Prime Minister of Lesotho, Thabo Mokoena, arrived in Pretoria on Monday. "
                + "He will meet business leaders on Tuesday, the ministry said.");
        assertTrue(f.x.statements().stream().noneMatch(s -> f.speakerName(s).startsWith("Ministry of")), f.toString());
    }

    @Test
    void anUnlistedOrganisationNameBeforeSaidSpeaks() {
        var f = ExtractFixture.of("Teachers marched in Kingston on Monday. "
                + "Parents Against Closures said in a statement that the plan would \"hurt rural children first\".");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("rural children")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType(), f.toString());
        assertEquals("Parents Against Closures", f.speakerName(s), f.toString());
    }

    @Test
    void anUnlistedAcronymAfterTheClaimSpeaks() {
        var f = ExtractFixture.of("The finance minister met the unions on Monday. "
                + "A second round of talks is planned for next week, the CGTP said.");
        assertTrue(f.x.statements().stream().anyMatch(x -> x.speakerType() == SpeakerType.ORGANIZATION
                && f.speakerName(x).equals("CGTP") && x.content().startsWith("A second round")), f.toString());
    }

    @Test
    void anUnlistedAcronymIsNamedAsTheArticleSpellsItOut() {
        var f = ExtractFixture.of("The Office of the Prime Minister and Cabinet (OPMC) released a schedule on Monday. "
                + "The premier will receive the delegation on Friday, according to the OPMC.");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Office of the Prime Minister and Cabinet")
                && x.content().startsWith("The premier will receive")), f.toString());
    }

    @Test
    void aCapitalisedWordOpeningTheSentenceIsNoUnlistedOrganisation() {
        var f = ExtractFixture.of("Officials said the bridge would reopen on Friday.");
        assertTrue(f.x.statements().stream().noneMatch(x -> x.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void aDayOrPlaceBeforeSaidIsNoUnlistedOrganisation() {
        var f = ExtractFixture.of("The ministers met in Nairobi. On Monday, Kenya said the border would stay open.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).contains("Monday")), f.toString());
    }

    @Test
    void hisPartyIsNoOfficeOfThePerson() {
        var f = ExtractFixture.of("Senator Raul Mendoza-Ortiz left the coalition on Monday. "
                + "His party said it would vote against the budget.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).startsWith("Office of")), f.toString());
    }

    @Test
    void thePalaceAfterTheRoyalPalaceIsThePalace() {
        var f = ExtractFixture.of("The King received the new prime minister at the Royal Palace on Tuesday, the Royal Palace said. "
                + "The King asked him to form a government by the end of the month, the Palace added.");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Royal Palace") && x.content().startsWith("The King asked")),
                f.toString());
    }

    @Test
    void theMinistryAfterAForeignMinisterIsTheMinistryOfForeignAffairs() {
        var f = ExtractFixture.of("Foreign Minister Petra Lindqvist-Aho flew to Ankara on Monday. "
                + "She will meet her Turkish counterpart on Tuesday, the ministry said.");
        assertTrue(f.statementBy("Ministry of Foreign Affairs").isPresent(), f.toString());
    }

    @Test
    void aPortfolioOfTwoWordsNamesTheMinistry() {
        var f = ExtractFixture.of("Public Works Minister Darnell Fitzroy-Hughes inspected the flooded roads on Monday. "
                + "Repairs will start next week, the ministry said.");
        assertTrue(f.statementBy("Ministry of Public Works").isPresent(), f.toString());
    }

    @Test
    void aDeputyPrimeMinisterNamesNoMinistry() {
        var f = ExtractFixture.of("Deputy Prime Minister Aroha Whitcombe-Tane flew to Canberra on Monday. "
                + "She will meet her counterpart on Tuesday, the ministry said.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).startsWith("Ministry of")), f.toString());
    }

    @Test
    void anAcronymIsTheOrganisationWhoseInitialsItIs() {
        var f = ExtractFixture.of("The Office of the Prime Minister said the talks would resume in June. "
                + "He also spoke by phone with the Fijian leader on Sunday, according to the OPM.");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Office of the Prime Minister")
                && x.content().startsWith("He also spoke")), f.toString());
    }

    @Test
    void anAcronymSpelledOutInOneWordIsThatWord() {
        var f = ExtractFixture.of("The delegation met leaders of the opposition Kuomintang (KMT) on Monday. "
                + "The KMT said in a statement that the visit would go ahead.");
        assertTrue(f.statementBy("Kuomintang").isPresent(), f.toString());
    }

    @Test
    void anUnlistedNameWithAPlaceOrPeopleInItSpeaks() {
        var f = ExtractFixture.of("The bill was tabled on Monday. "
                + "Ugandans for Clean Water said in a statement that the bill \"puts the burden on the accused\".");
        assertTrue(f.x.statements().stream().anyMatch(x -> x.speakerType() == SpeakerType.ORGANIZATION
                && f.speakerName(x).equals("Ugandans for Clean Water")), f.toString());
    }

    @Test
    void placesJoinedBeforeSaidAreNoUnlistedOrganisation() {
        var f = ExtractFixture.of("The talks ended on Monday. Accra and Lome said the border would reopen in May.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Accra and Lome")), f.toString());
    }

    @Test
    void anOrganisationAloneAfterTheCommaBeforeSaidSpeaksItself() {
        var f = ExtractFixture.of("The Ministry of Labour (MOL) hosted the talks. "
                + "Dr Lim will travel to Manila next month for further talks with Ms Reyes, MOL said.");
        assertTrue(f.x.statements().stream().anyMatch(x -> x.speakerType() == SpeakerType.ORGANIZATION
                && x.content().startsWith("Dr Lim will travel")), f.toString());
    }

    @Test
    void aPersonBeforeAnAppositionNamingAnOrganisationStillSpeaks() {
        var f = ExtractFixture.of("Kyle Dempsey, president of the Harbor Pilots Guild, said the strike would go ahead.");
        assertTrue(f.statementBy("Kyle Dempsey").isPresent(), f.toString());
    }

    @Test
    void anOrganisationsHeadBeforeOfTheIsPartOfItsName() {
        var f = ExtractFixture.of("The talks were \"cordial and constructive\", the Office of the Deputy Premier and Treasury said.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Deputy Premier and Treasury")), f.toString());
    }

    @Test
    void aTitleBeforeOfTheIsNoHeadOfTheBody() {
        var f = ExtractFixture.of("The Minister of the Interior Affairs Commission said the vote would be held in May.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).startsWith("Minister of")), f.toString());
    }

    @Test
    void aCommonWordBeforeOfIsNoHeadOfTheCompany() {
        var f = ExtractFixture.of("Shares of Meridian Textiles fell 4% on Monday. Meridian Textiles said in a statement that orders had recovered.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).startsWith("Shares")), f.toString());
    }

    @Test
    void twoLettersAreNoInitialsOfABody() {
        var f = ExtractFixture.of("The Foreign Ministry hosted the envoy on Tuesday. FM says the talks were useful and would go on.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Foreign Ministry")
                && x.content().contains("talks were useful")), f.toString());
    }

    @Test
    void officeOfATitlesHolderSpeaksNotTheHolder() {
        var f = ExtractFixture.of("Prime Minister Tomas Varga met the mayors in the capital on Monday. "
                + "The Prime Minister's Office said the two sides had agreed to meet again in June.");
        Statement s = f.statementBy("Prime Minister's Office").orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType());
        assertFalse(f.statementBy("Tomas Varga").isPresent(), f.toString());
    }

    @Test
    void officeOfThePresidentAfterAccordingTo() {
        var f = ExtractFixture.of("President Irma Lindqvist received the envoy at the palace on Tuesday. "
                + "According to the Office of the President, the talks focused on energy links and fishing rights.");
        Statement s = f.statementBy("Office of the President").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("energy links"), s.content());
        assertFalse(f.statementBy("Irma Lindqvist").isPresent(), f.toString());
    }

    @Test
    void titledOfficeNamedInFullBeforeTheTitle() {
        var f = ExtractFixture.of("President Irma Lindqvist received the envoy on Tuesday. "
                + "The trade agreement would be signed in May, the Press Office of the Deputy Prime Minister said.");
        assertTrue(f.statementBy("Press Office of the Deputy Prime Minister").isPresent(), f.toString());
    }

    @Test
    void theTitleAloneStillSpeaksAsItsHolder() {
        var f = ExtractFixture.of("Prime Minister Tomas Varga met the mayors in the capital on Monday. "
                + "The Prime Minister said the two sides had agreed to meet again in June.");
        assertTrue(f.statementBy("Tomas Varga").isPresent(), f.toString());
    }

    @Test
    void sourcesInATitledOfficeStayUnnamed() {
        var f = ExtractFixture.of("Chief Minister Arun Pillai met the governor on Friday. "
                + "Sources in the Chief Minister's Office said the meeting lasted about an hour.");
        assertFalse(f.statementBy("Chief Minister's Office").isPresent(), f.toString());
        assertFalse(f.statementBy("Arun Pillai").isPresent(), f.toString());
    }

    @Test
    void bodyReportingAPersonsWordsSpeaksWithThePerson() {
        var f = ExtractFixture.of("According to a statement from the Ministry of Trade, Minister Olga Brandt said that "
                + "\"the new tariffs will not touch food imports.\"");
        assertTrue(f.statementBy("Olga Brandt").isPresent(), f.toString());
        Statement s = f.statementBy("Ministry of Trade").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("food imports"), s.content());
    }

    @Test
    void personAfterAccordingToIsNoBodysReport() {
        var f = ExtractFixture.of("Governor Paul Njoroge met the traders on Friday. According to Senator Amina Yusuf, "
                + "Njoroge said that the market would reopen in March.");
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void embassyOfACountrySpeaksNotTheCountry() {
        var f = ExtractFixture.of("The Embassy of Norway said the visit \"will be rescheduled through diplomatic channels.\"");
        assertTrue(f.statementBy("Embassy of Norway").isPresent(), f.toString());
        assertFalse(f.statementBy("Norway").isPresent(), f.toString());
    }

    @Test
    void placeOpeningABodysNameAfterASentenceInitialThe() {
        var f = ExtractFixture.of("The Kenya Union of Journalists said it had not been invited to the talks.");
        assertTrue(f.statementBy("Kenya Union of Journalists").isPresent(), f.toString());
    }

    @Test
    void capitalisedWordOpeningAPartysNameIsPartOfIt() {
        var f = ExtractFixture.of("The Progressive Democrats said in a statement that the budget \"fails every family in the province\".");
        assertTrue(f.statementBy("Progressive Democrats").isPresent(), f.toString());
    }

    @Test
    void bodyReportsAPersonsAssurance() {
        var f = ExtractFixture.of("The Ministry of Trade said Minister Olga Brandt assured the traders that tariffs would not rise this year.");
        assertTrue(f.statementBy("Ministry of Trade").isPresent(), f.toString());
        Statement s = f.statementBy("Olga Brandt").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("tariffs would not rise"), s.content());
    }

    @Test
    void bodyQuotesAPersonFromTheVerbOn() {
        var f = ExtractFixture.of("In a statement, the Canadian Embassy said Ambassador Helen Marchetti \"encouraged a swift and peaceful "
                + "resolution\" of the dispute.");
        Statement s = f.statementBy("Helen Marchetti").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("encouraged a swift"), s.content());
    }

    @Test
    void personReportingAnotherPersonsPromiseKeepsTheClaim() {
        var f = ExtractFixture.of("Councillor Ana Varela said Mayor Tom Reyes had assured her that the funding would continue.");
        assertFalse(f.statementBy("Tom Reyes").isPresent(), f.toString());
    }

    @Test
    void agencyOfACreditLineIsNotTheCompany() {
        var f = ExtractFixture.of("DENVER (AP) — Talks between the union and its 900 workers broke down on Wednesday. "
                + "The company said production had met its target despite supply problems.");
        assertFalse(f.statementBy("Associated Press").isPresent(), f.toString());
    }

    @Test
    void lowerCaseOfficeOfATitleIsNamedInFull() {
        var f = ExtractFixture.of("A meeting between the envoy and Opposition Leader Ruth Banda was put off to Thursday, "
                + "the Opposition Leader's office said.");
        assertTrue(f.statementBy("Office of the Opposition Leader").isPresent(), f.toString());
        assertFalse(f.statementBy("Ruth Banda").isPresent(), f.toString());
    }

    @Test
    void bodyOfTheGovernmentIsNamedInFull() {
        var f = ExtractFixture.of("Prime Minister Lena Varga met union leaders in the capital on Monday. "
                + "According to a statement from the Presidency of the Government, the talks focused on wages and pensions.");
        assertTrue(f.statementBy("Presidency of the Government").isPresent(), f.toString());
    }

    @Test
    void ministryOfACountryKeepsTheCountry() {
        var f = ExtractFixture.of("The Ministry of Foreign Affairs of Moldova said the visit would strengthen bilateral ties.");
        assertTrue(f.statementBy("Ministry of Foreign Affairs of Moldova").isPresent(), f.toString());
    }

    @Test
    void titleOfTheStateIsNoBodysName() {
        var f = ExtractFixture.of("The Emir of the State received the envoys on Sunday. "
                + "The Emir said the region needed calm and dialogue.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).contains("of the State")), f.toString());
    }

    @Test
    void acronymSpelledOutWithACommaListAfterATitle() {
        var f = ExtractFixture.of("The minister met the union's Secretary General and the President of the Federation of Mining, "
                + "Energy and Metal Workers (FMEW), Jonas Kiptoo, on Monday. The FMEW said the strike would go ahead.");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Federation of Mining, Energy and Metal Workers")
                && x.content().contains("strike")), f.toString());
    }

    @Test
    void titleInsideTheSpelledOutNameStays() {
        var f = ExtractFixture.of("The Office of the President of the Republic (OPRE) published the agenda on Monday. "
                + "The talks will resume on Friday, according to the OPRE.");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Office of the President of the Republic")),
                f.toString());
    }

    @Test
    void commaOutsideAListIsNoPartOfASpelledOutName() {
        var f = ExtractFixture.of("In Nairobi, Kenya Coastal Freight (KCF) opened a new depot on Monday. "
                + "The KCF said the depot would employ 300 people.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).contains("Nairobi")), f.toString());
    }

    @Test
    void governorateOfAPlaceSpeaksAsABody() {
        var f = ExtractFixture.of("The Governorate of Mombasa said the file was being followed closely.");
        assertTrue(f.statementBy("Governorate of Mombasa").isPresent(), f.toString());
        assertFalse(f.statementBy("Mombasa").isPresent(), f.toString());
    }

    @Test
    void municipalityOfAPlaceSpeaksAsABody() {
        var f = ExtractFixture.of("The Municipality of Mombasa said the water supply had been restored.");
        assertTrue(f.statementBy("Municipality of Mombasa").isPresent(), f.toString());
    }
}
