package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theBareTitleIsTheOfficeHolderNamedFirstNotACompanysPresident() {
        var f = ExtractFixture.of("President Anton Kovalenko met Baltic Shipping President Erik Soderlund at the palace on Monday. "
                + "Opposition leader Maris Ozols said he had asked the President for a meeting.");
        assertTrue(refersTo(f, "Anton Kovalenko", MentionRef.Kind.DESCRIPTION, "the President"), f.toString());
        assertFalse(refersTo(f, "Erik Soderlund", MentionRef.Kind.DESCRIPTION, "the President"), f.toString());
    }

    @Test
    void theBareTitleIsStillTheOneNamedMostOften() {
        var f = ExtractFixture.of("Governor Paula Reyes met lawmakers in Austin. Reyes spoke for an hour. "
                + "Later Governor Tom Hale of Ohio joined by video. The Governor said the budget would pass.");
        assertTrue(refersTo(f, "Paula Reyes", MentionRef.Kind.DESCRIPTION, "The Governor"), f.toString());
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

    @Test
    void aMinisterOfStateIsNoForeignMinister() {
        var f = ExtractFixture.of("Foreign Minister Daniel Okoro met Minister of State for Foreign Affairs Khalid Al-Mansoori "
                + "by telephone on Monday. Spokesman Peter Ade said the foreign minister's trip to Rome was postponed.");
        assertTrue(refersTo(f, "Daniel Okoro", MentionRef.Kind.DESCRIPTION, "the foreign minister"), f.toString());
        assertFalse(refersTo(f, "Khalid Al-Mansoori", MentionRef.Kind.DESCRIPTION, "the foreign minister"), f.toString());
    }

    @Test
    void aMinisterOfStateIsStillTheMinister() {
        var f = ExtractFixture.of("Foreign Minister Daniel Okoro received Omani Minister of State for Foreign Affairs Khalid "
                + "Al-Mansoori on Monday. The Omani minister later met the speaker.");
        assertTrue(refersTo(f, "Khalid Al-Mansoori", MentionRef.Kind.DESCRIPTION, "The Omani minister"), f.toString());
    }

    @Test
    void aCountryByItsShortFormOwnsItsMinister() {
        var f = ExtractFixture.of("Foreign Minister Ivan Kovač received Bosnia and Herzegovina Foreign Minister Amir Begić in Zagreb "
                + "on Monday. The BiH minister will be received by President Marko Horvat on Tuesday.");
        assertTrue(refersTo(f, "Amir Begić", MentionRef.Kind.DESCRIPTION, "The BiH minister"), f.toString());
        var g = ExtractFixture.of("Foreign Minister Ivan Kovač received United Arab Emirates Minister of Economy Saeed Al Nuaimi "
                + "in Zagreb on Monday. The UAE minister will visit the port on Tuesday.");
        assertTrue(refersTo(g, "Saeed Al Nuaimi", MentionRef.Kind.DESCRIPTION, "The UAE minister"), g.toString());
    }

    @Test
    void thePresidentOfTheRepublicBeforeTheNameIsTheHeadOfState() {
        var f = ExtractFixture.of("The President of the Republic, Paul Mensah, received the World Bank director on Monday. "
                + "Later, the Head of State received a delegation of farmers led by Chief Kofi Boateng.");
        assertTrue(refersTo(f, "Paul Mensah", MentionRef.Kind.DESCRIPTION, "the Head of State"), f.toString());
        var g = ExtractFixture.of("The President of the Nation, Laura Ibarra, received the World Bank director on Monday. "
                + "Later, the head of state received a delegation of farmers.");
        assertTrue(refersTo(g, "Laura Ibarra", MentionRef.Kind.DESCRIPTION, "the head of state"), g.toString());
    }

    @Test
    void aVicePresidentOfTheRepublicIsNoHeadOfState() {
        var f = ExtractFixture.of("The Vice-President of the Republic, Paul Mensah, received the World Bank director on Monday. "
                + "Later, the Head of State received a delegation of farmers.");
        assertFalse(refersTo(f, "Paul Mensah", MentionRef.Kind.DESCRIPTION, "the Head of State"), f.toString());
    }

    @Test
    void aCountrysRoleNamedInTheNextSentence() {
        var f = ExtractFixture.of("Indonesia's fisheries minister hosted his Australian counterpart in Jakarta on Thursday. "
                + "Fisheries Minister Budi Wahyudi said the talks were frank. Australian Agriculture Minister Megan Hartigan agreed.");
        assertTrue(refersTo(f, "Budi Wahyudi", MentionRef.Kind.DESCRIPTION, "Indonesia's fisheries minister"), f.toString());
        assertTrue(refersTo(f, "Megan Hartigan", MentionRef.Kind.DESCRIPTION, "his Australian counterpart"), f.toString());
    }

    @Test
    void aCountrysRoleGoesToThatCountrysPerson() {
        var f = ExtractFixture.of("Fijian Prime Minister Sitiveni Koroi welcomed Prime Minister Grace Hale. "
                + "Fiji's prime minister then spoke to reporters.");
        assertTrue(refersTo(f, "Sitiveni Koroi", MentionRef.Kind.DESCRIPTION, "Fiji's prime minister"), f.toString());
        assertFalse(refersTo(f, "Grace Hale", MentionRef.Kind.DESCRIPTION, "Fiji's prime minister"), f.toString());
    }

    @Test
    void aCountrysRoleThatTwoCouldFillRefersToNobody() {
        var f = ExtractFixture.of("Minister Anna Berg and Minister Mark Olsen arrived. Norway's minister spoke first.");
        assertFalse(refersTo(f, "Anna Berg", MentionRef.Kind.DESCRIPTION, "Norway's minister"), f.toString());
        assertFalse(refersTo(f, "Mark Olsen", MentionRef.Kind.DESCRIPTION, "Norway's minister"), f.toString());
    }

    @Test
    void aCountrysRoleWithItsNameIsThatName() {
        var f = ExtractFixture.of("Minister Anna Berg arrived. Kenya's president, William Kamau, met her.");
        assertFalse(refersTo(f, "Anna Berg", MentionRef.Kind.DESCRIPTION, "Kenya's president"), f.toString());
    }

    @Test
    void aCounterpartOfAnOtherwiseUnnamedCountryFoundParagraphsOn() {
        var f = ExtractFixture.of("""
                Fisheries Minister Budi Wahyudi hosted his Australian counterpart in Jakarta on Thursday.

                The dispute began in March when patrols detained 40 fishermen.

                Wahyudi said the talks were frank. He wanted a quick solution.

                Officials said the fishermen would be released soon.

                Australia's Megan Hartigan told reporters she was hopeful.
                """);
        assertTrue(refersTo(f, "Megan Hartigan", MentionRef.Kind.DESCRIPTION, "his Australian counterpart"), f.toString());
    }

    @Test
    void aFarCounterpartIsNobodyWhenTwoOfThatCountryCouldBeMeant() {
        var f = ExtractFixture.of("""
                Fisheries Minister Budi Wahyudi hosted his Australian counterpart in Jakarta on Thursday.

                The dispute began in March when patrols detained 40 fishermen.

                Officials said the fishermen would be released soon.

                Australia's Megan Hartigan and Australia's Tom Reid told reporters they were hopeful.
                """);
        assertFalse(refersTo(f, "Megan Hartigan", MentionRef.Kind.DESCRIPTION, "his Australian counterpart"), f.toString());
        assertFalse(refersTo(f, "Tom Reid", MentionRef.Kind.DESCRIPTION, "his Australian counterpart"), f.toString());
    }

    @Test
    void anObjectPronounIsNotItsClausesSubject() {
        var f = ExtractFixture.of("President Omar Haddad arrived in Lagos on Monday. Governor Musa Bello received him at the airport.");
        assertTrue(refersTo(f, "Omar Haddad", MentionRef.Kind.PRONOUN, "him"), f.toString());
        assertFalse(refersTo(f, "Musa Bello", MentionRef.Kind.PRONOUN, "him"), f.toString());
    }

    @Test
    void anObjectPronounAfterAPrepositionSkipsTheSubjectToo() {
        var f = ExtractFixture.of("Retired judge Alan Pike died on Sunday. Senator Tom Greer had met with him in March.");
        assertTrue(refersTo(f, "Alan Pike", MentionRef.Kind.PRONOUN, "him"), f.toString());
    }

    @Test
    void anObjectPronounOfAnotherClauseMayStillBeTheSubject() {
        var f = ExtractFixture.of("Mr Tom Greer said the party had asked him to stand again.");
        assertTrue(refersTo(f, "Tom Greer", MentionRef.Kind.PRONOUN, "him"), f.toString());
    }

    @Test
    void aGivenNameOfTheWorldsPoliticiansTellsTheGender() {
        var f = ExtractFixture.of("Retired judge Alan Pike died on Sunday. \"He listened,\" said Ambassador Marta Lenzi, who served under him. "
                + "Senator Lucia Greer, who visited him in May, called him a teacher.");
        assertTrue(refersTo(f, "Alan Pike", MentionRef.Kind.PRONOUN, "him"), f.toString());
        assertFalse(refersTo(f, "Marta Lenzi", MentionRef.Kind.PRONOUN, "him"), f.toString());
    }

    @Test
    void thePremierIsTheOneTitledPremierBeforeAPrimeMinister() {
        var f = ExtractFixture.of("Queensland Premier Dana Kellerman met Prime Minister Oliver Strand in Cairns on Friday. "
                + "The premier later said the talks were useful.");
        assertTrue(refersTo(f, "Dana Kellerman", MentionRef.Kind.DESCRIPTION, "The premier"), f.toString());
    }

    @Test
    void thePremierIsStillAPrimeMinisterWhenNoPremierWasSeen() {
        var f = ExtractFixture.of("Governor Malik Osei met Prime Minister Oliver Strand in Accra on Friday. "
                + "The premier later said the talks were useful. Chinese Premier Zhao Wen will visit next month.");
        assertTrue(refersTo(f, "Oliver Strand", MentionRef.Kind.DESCRIPTION, "The premier"), f.toString());
    }

    @Test
    void theGovernorIsThePersonTitledGovShort() {
        var f = ExtractFixture.of("Gov. Laura Benton met tribal leaders in Helena on Monday. The Governor said the deal was fair.");
        assertTrue(refersTo(f, "Laura Benton", MentionRef.Kind.DESCRIPTION, "The Governor"), f.toString());
        var g = ExtractFixture.of("Sen. Laura Benton met tribal leaders in Helena on Monday. The Governor said the deal was fair.");
        assertFalse(refersTo(g, "Laura Benton", MentionRef.Kind.DESCRIPTION, "The Governor"), g.toString());
    }

    @Test
    void theBareTitleIsTheStorysOfficeHolderNotOneNamedInPassing() {
        var f = ExtractFixture.of("Gov. Laura Benton met tribal leaders in Helena on Monday. Benton said the deal was fair. "
                + "Benton will travel to Boise next week to meet Idaho Gov. Tom Reyes. The Governor said she hoped for a deal.");
        assertTrue(refersTo(f, "Laura Benton", MentionRef.Kind.DESCRIPTION, "The Governor"), f.toString());
        var g = ExtractFixture.of("Gov. Laura Benton met tribal leaders in Helena on Monday. Benton said the deal was fair. "
                + "Benton will travel to Boise next week to meet Idaho Gov. Tom Reyes. The Idaho governor said he hoped for a deal.");
        assertFalse(refersTo(g, "Laura Benton", MentionRef.Kind.DESCRIPTION, "The Idaho governor"), g.toString());
    }

    @Test
    void aPronounThatSpeaksIsTheSpeakerOfTheSentenceBefore() {
        var f = ExtractFixture.of("A meeting between Carla Ruiz and the Turkish president, planned for the summit, has been dropped, "
                + "government spokesman Tomas Berglund confirmed on Friday. \"There is no point in a photo without substance,\" he "
                + "told a regular briefing.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("no point")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Tomas Berglund", f.speakerName(s), f.toString());
    }

    @Test
    void aPronounThatSpeaksAfterANameInItsOwnSentenceIsLeftToRecency() {
        var f = ExtractFixture.of("Spokesman Tomas Berglund said the talks were over. Asked about Carla Ruiz, she said the "
                + "talks had been useful.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("useful")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Carla Ruiz", f.speakerName(s), f.toString());
    }

    @Test
    void aTitleBetweenTwoNamesOfAListIsTheNextOnes() {
        var f = ExtractFixture.of("The talks were attended by the paramount chief, Togbe Kwesi Mensah, the Queen Mother, Naa Akua "
                + "Dede, and the district chief executive, Kojo Appiah.\n\nTogbe Mensah said the chiefs supported the ban.\n\n"
                + "But he said some miners had permits from the capital.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("permits")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Togbe Kwesi Mensah", f.speakerName(s), f.toString());
    }

    @Test
    void theCountryOfAnOfPhraseAfterTheRoleQualifiesTheRole() {
        var f = ExtractFixture.of("King Harald Lunde, President of the Republic of Norland, received in Valletta His Excellency "
                + "Marco Vella, President of the Republic of Malta, on Monday. The Maltese President was later received by "
                + "Sheikh Omar Qasim at the airport.");
        assertTrue(refersTo(f, "Marco Vella", MentionRef.Kind.DESCRIPTION, "The Maltese President"), f.toString());
        var plain = ExtractFixture.of("Prime Minister Tomas Berg, Prime Minister of Sweden, met Jana Novak, Prime Minister of "
                + "Slovakia, in Prague. The Slovak prime minister said the talks were useful.");
        assertTrue(refersTo(plain, "Jana Novak", MentionRef.Kind.DESCRIPTION, "The Slovak prime minister"), plain.toString());
    }

    @Test
    void aPlaceBeforeAnHonorificIsNoCountryOfThePerson() {
        var f = ExtractFixture.of("President Ali Rahimi of Iran received in Tehran His Excellency Pedro Alves, President of "
                + "Portugal, on Sunday. The Portuguese President thanked his host.");
        assertTrue(refersTo(f, "Pedro Alves", MentionRef.Kind.DESCRIPTION, "The Portuguese President"), f.toString());
    }

    @Test
    void hisBeforeAStyleOfAddressIsNoPronoun() {
        var f = ExtractFixture.of("Emir Khalid Al Thani met President Jonas Berg in Doha. During the talks, His Highness "
                + "praised the visit.");
        assertFalse(refersTo(f, "Jonas Berg", MentionRef.Kind.PRONOUN, "His"), f.toString());
        assertFalse(refersTo(f, "Khalid Al Thani", MentionRef.Kind.PRONOUN, "His"), f.toString());
        var pronoun = ExtractFixture.of("President Jonas Berg arrived in Doha on Monday. His visit lasts two days.");
        assertTrue(refersTo(pronoun, "Jonas Berg", MentionRef.Kind.PRONOUN, "His"), pronoun.toString());
    }

    @Test
    void aCountryAfterTheRoleTellsWhoseLeaderItIs() {
        var f = ExtractFixture.of("President Omar Haddad of Tunisia received in Tunis Her Excellency Ana Lindqvist, Prime Minister "
                + "of the Kingdom of Sweden, on Monday. For her part, the Swedish Prime Minister said that Sweden sees Tunisia "
                + "as a key partner.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("key partner")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Ana Lindqvist", f.speakerName(s), f.toString());
    }

    @Test
    void aHyphenatedTitleCutByTheTokenizerIsOneRole() {
        var f = ExtractFixture.of("Director-General Marisol Quintana opened the forum in Geneva on Monday. "
                + "The Director-General later met the Health Minister of Chile, Tomas Pinedo. "
                + "Programme Director Walter Ekstrom said the meeting went well.");
        assertTrue(refersTo(f, "Marisol Quintana", MentionRef.Kind.DESCRIPTION, "The Director-General"), f.toString());
        assertFalse(refersTo(f, "Walter Ekstrom", MentionRef.Kind.DESCRIPTION, "The Director"), f.toString());
    }

    @Test
    void aHyphenatedTitleIsNotAPlainRoleOfItsFirstWord() {
        var f = ExtractFixture.of("Executive Secretary Lionel Varga arrived in Nairobi on Monday. "
                + "Secretary-General Aiyana Brooks met Kenyan officials on Tuesday. The Secretary-General thanked them.");
        assertTrue(refersTo(f, "Aiyana Brooks", MentionRef.Kind.DESCRIPTION, "The Secretary-General"), f.toString());
        assertFalse(refersTo(f, "Lionel Varga", MentionRef.Kind.DESCRIPTION, "The Secretary"), f.toString());
    }

    @Test
    void aRoleIsNotSomeoneFirstNamedParagraphsLater() {
        var f = ExtractFixture.of("The Director opened the hospital wing in Kisumu on Monday. Nurses cheered as the ribbon was cut. "
                + "Local traders said business was slow. Heavy rain closed two roads. "
                + "Later, Finance Director Rhoda Achieng said the budget was tight.");
        assertFalse(refersTo(f, "Rhoda Achieng", MentionRef.Kind.DESCRIPTION, "The Director"), f.toString());
        var next = ExtractFixture.of("The Director opened the hospital wing in Kisumu on Monday. "
                + "Director Rhoda Achieng said the wing would serve 40,000 people.");
        assertTrue(refersTo(next, "Rhoda Achieng", MentionRef.Kind.DESCRIPTION, "The Director"), next.toString());
    }
    @Test
    void anAmbassadorIsNoPrimeMinistersCounterpart() {
        var f = ExtractFixture.of("Ghanaian Ambassador Kofi Mensah-Badu is scheduled to call on Prime Minister Liisa Rantanen on Friday. "
                + "On Monday, Rantanen held a telephone conversation with her Ghanaian counterpart.");
        assertFalse(refersTo(f, "Kofi Mensah-Badu", MentionRef.Kind.DESCRIPTION, "her Ghanaian counterpart"), f.toString());
    }

    @Test
    void aMinisterOfTheSameOfficeIsStillTheCounterpart() {
        var f = ExtractFixture.of("Finnish Foreign Minister Liisa Rantanen hosted her Ghanaian counterpart in Helsinki on Monday. "
                + "Ghanaian Foreign Minister Kofi Mensah-Badu said the talks were frank.");
        assertTrue(refersTo(f, "Kofi Mensah-Badu", MentionRef.Kind.DESCRIPTION, "her Ghanaian counterpart"), f.toString());
    }


    @Test
    void aMinisterTitledWithThePortfolioAfterOfIsTheMinister() {
        var f = ExtractFixture.of("Minister of Natural Resources Adwoa Mensah toured the mine on Saturday. "
                + "On Tuesday, the minister will meet district chief Kofi Boateng.");
        assertTrue(refersTo(f, "Adwoa Mensah", MentionRef.Kind.DESCRIPTION, "the minister"), f.toString());
        var comma = ExtractFixture.of("The Minister of the Environment and Climate Change, Adwoa Mensah, toured the mine on "
                + "Saturday. The minister said the rivers were polluted.");
        assertTrue(refersTo(comma, "Adwoa Mensah", MentionRef.Kind.DESCRIPTION, "The minister"), comma.toString());
    }

    @Test
    void aGovernorOfAPlaceHasNoPortfolio() {
        var f = ExtractFixture.of("Governor of Lagos Adwoa Mensah toured the port on Saturday. The minister said nothing.");
        assertFalse(refersTo(f, "Adwoa Mensah", MentionRef.Kind.DESCRIPTION, "The minister"), f.toString());
    }

    @Test
    void theFederalPresidentIsThePresident() {
        var f = ExtractFixture.of("Federal President Gerhard Lindner received party leaders on Monday. On Sunday, the Federal "
                + "President had spoken by telephone with Greens leader Leonore Gschwandtner.");
        assertTrue(refersTo(f, "Gerhard Lindner", MentionRef.Kind.DESCRIPTION, "the Federal President"), f.toString());
    }

    @Test
    void theCountryAfterAPortfolioInAppositionIsTheHoldersCountry() {
        var f = ExtractFixture.of("The Sultan received Kenji Morimoto, State Minister for Economy, Trade and Industry of Japan, at the "
                + "palace on Monday. Foreign Minister Hilal Al Habsi attended. On Wednesday, the Japanese minister will meet "
                + "Saleh Al Hinai in Duqm.");
        assertTrue(refersTo(f, "Kenji Morimoto", MentionRef.Kind.DESCRIPTION, "the Japanese minister"), f.toString());
        var other = ExtractFixture.of("The Sultan received Kenji Morimoto, State Minister for Economy, Trade and Industry, at the "
                + "palace on Monday. On Wednesday, the Korean minister will meet Saleh Al Hinai in Duqm.");
        assertFalse(refersTo(other, "Kenji Morimoto", MentionRef.Kind.DESCRIPTION, "the Korean minister"), other.toString());
    }

    @Test
    void theMinisterIsNotThePrimeMinister() {
        var f = ExtractFixture.of("Trade Minister Oskar Lindgren flew to Oslo on Monday. Prime Minister Ingrid Solberg-Dahl received him at her office. "
                + "The minister later met business leaders.");
        assertTrue(refersTo(f, "Oskar Lindgren", MentionRef.Kind.DESCRIPTION, "The minister"), f.toString());
        assertFalse(refersTo(f, "Ingrid Solberg-Dahl", MentionRef.Kind.DESCRIPTION, "The minister"), f.toString());
    }

    @Test
    void thePrimeMinisterIsStillThePrimeMinister() {
        var f = ExtractFixture.of("Trade Minister Oskar Lindgren flew to Oslo on Monday. Prime Minister Ingrid Solberg-Dahl received him at her office. "
                + "The Prime Minister later met business leaders.");
        assertTrue(refersTo(f, "Ingrid Solberg-Dahl", MentionRef.Kind.DESCRIPTION, "The Prime Minister"), f.toString());
    }

    @Test
    void aUnionMinisterIsTheOneSeenWithThatTitle() {
        var f = ExtractFixture.of("Union Minister of External Affairs Arvind Kulkarni arrived in Colombo on Sunday. "
                + "The Union Minister will call on President Nimal Perera on Monday.");
        assertTrue(refersTo(f, "Arvind Kulkarni", MentionRef.Kind.DESCRIPTION, "The Union Minister"), f.toString());
    }

    @Test
    void rolesInThePluralAreNoOneSeenWithTheRole() {
        var f = ExtractFixture.of("Deputy Governor Paolo Ferri opened the forum on Monday. "
                + "Two provinces were represented by their deputy governors.");
        assertFalse(refersTo(f, "Paolo Ferri", MentionRef.Kind.DESCRIPTION, "their deputy"), f.toString());
    }

    @Test
    void anEnvoyForACountryNamedAfterTheRoleIsTheEnvoy() {
        var f = ExtractFixture.of("The EU special representative for Georgia, Hans Vogel, arrived in Tbilisi on Sunday. "
                + "The representative met Foreign Minister Nino Beridze on Monday.");
        assertTrue(refersTo(f, "Hans Vogel", MentionRef.Kind.DESCRIPTION, "The representative"), f.toString());
    }

    @Test
    void theHeadOfStateIsThePresident() {
        var f = ExtractFixture.of("Trade Minister Joseph Mwangi met President Ruth Achieng at State House on Monday. "
                + "The Head of State said the talks were useful.");
        assertTrue(refersTo(f, "Ruth Achieng", MentionRef.Kind.DESCRIPTION, "The Head of State"), f.toString());
    }

    @Test
    void aPronounAfterAnUnknownRoleThatSpeaksIsNoOneNamedBefore() {
        var f = ExtractFixture.of("Trade Minister Joseph Mwangi arrived in Mombasa on Monday. "
                + "The port director told reporters that he expected more ships.");
        assertFalse(refersTo(f, "Joseph Mwangi", MentionRef.Kind.PRONOUN, "he"), f.toString());
    }

    @Test
    void aPronounAfterANamedSpeakerIsThatSpeaker() {
        var f = ExtractFixture.of("Trade Minister Joseph Mwangi arrived in Mombasa on Monday. "
                + "Mwangi told reporters that he expected more ships.");
        assertTrue(refersTo(f, "Joseph Mwangi", MentionRef.Kind.PRONOUN, "he"), f.toString());
    }

    @Test
    void aPronounAfterAnOfficeThatSpeaksIsStillTheOfficeHolder() {
        var f = ExtractFixture.of("Prime Minister Andrew Holness flies to Georgetown tomorrow. "
                + "The Office of the Prime Minister said he is expected to meet regional leaders.");
        assertTrue(refersTo(f, "Andrew Holness", MentionRef.Kind.PRONOUN, "he"), f.toString());
    }

    @Test
    void aMinisterOfRailwaysIsTheMinister() {
        var f = ExtractFixture.of("Minister of Railways Arvind Kulkarni arrived in Colombo on Sunday. "
                + "The minister will call on President Nimal Perera on Monday.");
        assertTrue(refersTo(f, "Arvind Kulkarni", MentionRef.Kind.DESCRIPTION, "The minister"), f.toString());
    }

    @Test
    void aTitleWrittenOutAgainIsThePersonItStoodBefore() {
        var f = ExtractFixture.of("The Chairman of the National Assembly, Petar Ivanov, received the ambassador of Chile on Monday. "
                + "The Chairman of the National Assembly also spoke by phone with the Speaker of the Senate of Romania.");
        assertTrue(refersTo(f, "Petar Ivanov", MentionRef.Kind.DESCRIPTION, "The Chairman of the National Assembly"), f.toString());
    }

    @Test
    void aTitleThatStoodBeforeTwoNamesIsNoOne() {
        var f = ExtractFixture.of("The Chairman of the National Assembly, Petar Ivanov, received the ambassador of Chile on Monday. "
                + "In 2019 the Chairman of the National Assembly, Georgi Dimov, had visited Santiago. "
                + "The Chairman of the National Assembly also spoke by phone with the Speaker.");
        assertFalse(refersTo(f, "Petar Ivanov", MentionRef.Kind.DESCRIPTION, "The Chairman of the National Assembly"), f.toString());
    }
}
