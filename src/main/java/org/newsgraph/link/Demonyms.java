package org.newsgraph.link;

import java.util.Map;

/**
 * English demonyms and short forms of country names, by ISO 3166 code, written into the gazetteer so
 * that "Russian President" or "UK Prime Minister" tells the linker which country a role belongs to.
 */
final class Demonyms {
    private Demonyms() {
    }

    static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("af", "Afghan"), Map.entry("al", "Albanian"), Map.entry("dz", "Algerian"),
            Map.entry("ao", "Angolan"), Map.entry("ar", "Argentine|Argentinian"), Map.entry("am", "Armenian"),
            Map.entry("au", "Australian"), Map.entry("at", "Austrian"), Map.entry("az", "Azerbaijani"),
            Map.entry("bh", "Bahraini"), Map.entry("bd", "Bangladeshi"), Map.entry("by", "Belarusian"),
            Map.entry("be", "Belgian"), Map.entry("bo", "Bolivian"), Map.entry("ba", "Bosnian"),
            Map.entry("br", "Brazilian"), Map.entry("bg", "Bulgarian"), Map.entry("kh", "Cambodian"),
            Map.entry("cm", "Cameroonian"), Map.entry("ca", "Canadian"), Map.entry("cl", "Chilean"),
            Map.entry("cn", "Chinese|PRC"), Map.entry("co", "Colombian"), Map.entry("cd", "Congolese"),
            Map.entry("hr", "Croatian"), Map.entry("cu", "Cuban"), Map.entry("cy", "Cypriot"),
            Map.entry("cz", "Czech"), Map.entry("dk", "Danish"), Map.entry("ec", "Ecuadorian"),
            Map.entry("eg", "Egyptian"), Map.entry("ee", "Estonian"), Map.entry("et", "Ethiopian"),
            Map.entry("fi", "Finnish"), Map.entry("fr", "French"), Map.entry("ge", "Georgian"),
            Map.entry("de", "German"), Map.entry("gh", "Ghanaian"), Map.entry("gr", "Greek"),
            Map.entry("gt", "Guatemalan"), Map.entry("ht", "Haitian"), Map.entry("hn", "Honduran"),
            Map.entry("hu", "Hungarian"), Map.entry("is", "Icelandic"), Map.entry("in", "Indian"),
            Map.entry("id", "Indonesian"), Map.entry("ir", "Iranian"), Map.entry("iq", "Iraqi"),
            Map.entry("ie", "Irish"), Map.entry("il", "Israeli"), Map.entry("it", "Italian"),
            Map.entry("jp", "Japanese"), Map.entry("jo", "Jordanian"), Map.entry("kz", "Kazakh"),
            Map.entry("ke", "Kenyan"), Map.entry("kw", "Kuwaiti"), Map.entry("lv", "Latvian"),
            Map.entry("lb", "Lebanese"), Map.entry("ly", "Libyan"), Map.entry("lt", "Lithuanian"),
            Map.entry("my", "Malaysian"), Map.entry("mx", "Mexican"), Map.entry("md", "Moldovan"),
            Map.entry("ma", "Moroccan"), Map.entry("mz", "Mozambican"), Map.entry("mm", "Myanmar|Burmese"),
            Map.entry("nl", "Dutch"), Map.entry("nz", "New Zealand"), Map.entry("ni", "Nicaraguan"),
            Map.entry("ng", "Nigerian"), Map.entry("kp", "North Korean"), Map.entry("no", "Norwegian"),
            Map.entry("om", "Omani"), Map.entry("pk", "Pakistani"), Map.entry("ps", "Palestinian"),
            Map.entry("pa", "Panamanian"), Map.entry("py", "Paraguayan"), Map.entry("pe", "Peruvian"),
            Map.entry("ph", "Philippine|Filipino"), Map.entry("pl", "Polish"), Map.entry("pt", "Portuguese"),
            Map.entry("qa", "Qatari"), Map.entry("ro", "Romanian"), Map.entry("ru", "Russian"),
            Map.entry("rw", "Rwandan"), Map.entry("sa", "Saudi"), Map.entry("sn", "Senegalese"),
            Map.entry("rs", "Serbian"), Map.entry("sg", "Singaporean"), Map.entry("sk", "Slovak"),
            Map.entry("si", "Slovenian"), Map.entry("so", "Somali"), Map.entry("za", "South African"),
            Map.entry("kr", "South Korean"), Map.entry("ss", "South Sudanese"), Map.entry("es", "Spanish"),
            Map.entry("lk", "Sri Lankan"), Map.entry("sd", "Sudanese"), Map.entry("se", "Swedish"),
            Map.entry("ch", "Swiss"), Map.entry("sy", "Syrian"), Map.entry("tw", "Taiwanese"),
            Map.entry("tz", "Tanzanian"), Map.entry("th", "Thai"), Map.entry("tn", "Tunisian"),
            Map.entry("tr", "Turkish"), Map.entry("ug", "Ugandan"), Map.entry("ua", "Ukrainian"),
            Map.entry("ae", "Emirati|UAE"), Map.entry("gb", "British|UK|U.K.|Britain"),
            Map.entry("us", "American|US|U.S.|USA|U.S.A."), Map.entry("uy", "Uruguayan"),
            Map.entry("uz", "Uzbek"), Map.entry("ve", "Venezuelan"), Map.entry("vn", "Vietnamese"),
            Map.entry("ye", "Yemeni"), Map.entry("zm", "Zambian"), Map.entry("zw", "Zimbabwean"));
}
