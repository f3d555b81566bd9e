package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Short names of an organisation named in full elsewhere in the article: an acronym given in brackets
 * right after the full name ("Bureau of Customs (BOC)") and a leading part of a full name that ends in an
 * organisation word ("Kanemura" after "Kanemura Motors"), when only one full name fits. Each short name
 * maps to the key of the full one. Stateless.
 */
final class OrgAliases {
    /** One organisation mention: its key and name, and its tokens in a sentence. */
    record Ref(String key, String name, int sentence, int from, int to) {
    }

    private OrgAliases() {
    }

    /** Short key to full key, for the organisation mentions of the article. */
    static Map<String, String> of(AnnotatedText text, List<Ref> refs) {
        Map<String, String> alias = new HashMap<>();
        for (Ref r : refs) {
            acronymOf(text, refs, r).ifPresent(full -> alias.putIfAbsent(r.key(), full.key()));
        }
        Map<String, String> names = new HashMap<>();
        refs.forEach(r -> names.putIfAbsent(r.key(), r.name()));
        for (Map.Entry<String, String> shortName : names.entrySet()) {
            if (alias.containsKey(shortName.getKey())) {
                continue;
            }
            List<String> fulls = new ArrayList<>();
            for (Map.Entry<String, String> full : names.entrySet()) {
                if (!full.getKey().equals(shortName.getKey()) && extends_(full.getValue(), shortName.getValue())) {
                    fulls.add(full.getKey());
                }
            }
            if (fulls.size() == 1) {
                alias.put(shortName.getKey(), fulls.get(0));
            }
        }
        alias.values().removeIf(alias::containsKey);
        return alias;
    }

    /** Acronyms given in brackets right after a full name ("Bureau of Customs (BOC)"), each to the full name's key. */
    static Map<String, String> acronyms(AnnotatedText text, List<Ref> refs) {
        Map<String, String> out = new HashMap<>();
        for (Ref r : refs) {
            List<Token> t = text.sentences().get(r.sentence()).tokens();
            if (r.to() + 2 < t.size() && t.get(r.to()).text().equals("(") && t.get(r.to() + 2).text().equals(")")
                    && initialsMatch(r.name(), t.get(r.to() + 1).text())) {
                out.putIfAbsent(t.get(r.to() + 1).text(), r.key());
            }
        }
        return out;
    }

    /** "Kanemura Motors" extends "Kanemura": the short name is a proper leading part of it and the full name ends in an organisation word that the short one lacks. */
    static boolean extends_(String full, String shortName) {
        String[] f = full.split(" ");
        String[] s = shortName.split(" ");
        if (s.length >= f.length || !Lexicon.INSTANCE.isOrgHead(f[f.length - 1]) || Lexicon.INSTANCE.isOrgHead(s[s.length - 1])
                || bodyOf(full, shortName)) {
            return false;
        }
        for (int k = 0; k < s.length; k++) {
            if (!f[k].equals(s[k]) || !Character.isUpperCase(s[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Heads of a body inside an organisation: "the FIDE Council", "the UEFA Executive Committee". */
    private static final java.util.Set<String> BODY_HEADS = java.util.Set.of("Council", "Committee", "Board", "Assembly",
            "Congress", "Secretariat", "Tribunal", "Court", "Presidium", "Executive");

    /**
     * Whether full names a body of the organisation that an acronym names ("FIDE Council" of "FIDE"): a body of it,
     * not another name of it, so "FIDE said" stays the federation's.
     */
    static boolean bodyOf(String full, String shortName) {
        return shortName.indexOf(' ') < 0 && NameShape.isAllCaps(shortName) && BODY_HEADS.contains(full.substring(full.lastIndexOf(' ') + 1));
    }

    /** The full name right before "(" when r is the bracketed acronym of it. */
    private static java.util.Optional<Ref> acronymOf(AnnotatedText text, List<Ref> refs, Ref r) {
        Sentence s = text.sentences().get(r.sentence());
        List<Token> t = s.tokens();
        if (r.to() - r.from() != 1 || r.from() < 2 || !t.get(r.from() - 1).text().equals("(")
                || r.to() >= t.size() || !t.get(r.to()).text().equals(")")) {
            return java.util.Optional.empty();
        }
        String acronym = t.get(r.from()).text();
        return refs.stream().filter(x -> x.sentence() == r.sentence() && x.to() == r.from() - 1 && !x.key().equals(r.key()))
                .filter(x -> initialsMatch(x.name(), acronym)).findFirst();
    }

    /** "BOC" for "Bureau of Customs", "FBR" for "Federal Board of Revenue": letters of the initials, with or without small words. */
    static boolean initialsMatch(String full, String acronym) {
        if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isLetter)
                || acronym.chars().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (String w : full.split("[ -]+")) {
            if (!w.isEmpty()) {
                all.append(w.charAt(0));
                if (Character.isUpperCase(w.charAt(0))) {
                    capitals.append(w.charAt(0));
                }
            }
        }
        String a = acronym.toUpperCase(Locale.ROOT);
        return a.equals(all.toString().toUpperCase(Locale.ROOT)) || a.equals(capitals.toString());
    }
}
