package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

/**
 * Chooses among an entity's candidate items using the article's context, and gives the choice a
 * confidence. Shared by the offline and online linkers, so both decide alike. Immutable and
 * thread-safe.
 *
 * <p>People: name match, office (role words against positions held, and whether the office was
 * held on the article's date), country (named next to the person, or anywhere in the article) and
 * the popularity prior add up to a score; a close second candidate lowers it. A name of one word
 * (a surname) links only when role and country both agree and one candidate alone fits. Places
 * and organisations: a unique candidate links; among several, a much larger place wins.
 */
final class Disambiguator {
    /** The data's snapshot: offices taken up after it are unknown, so a role not found is no evidence against. */
    static final LocalDate DATA_UNTIL = LocalDate.of(2022, 12, 31);

    private final double threshold;

    Disambiguator(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be within (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    double threshold() {
        return threshold;
    }

    /** A scored candidate. */
    record Scored(GazetteerEntry entry, double score, String why) {
    }

    /** The link for the entity, or empty when no candidate is confident enough. */
    Optional<Link> choose(Entity entity, List<GazetteerEntry> candidates, ArticleContext ctx, String source) {
        return best(entity, candidates, ctx).filter(s -> s.score() >= threshold)
                .map(s -> new Link(s.entry().qid(), s.entry().label(), round(s.score()), source));
    }

    /** The best candidate with its final score (possibly below the threshold), or empty. */
    Optional<Scored> best(Entity entity, List<GazetteerEntry> candidates, ArticleContext ctx) {
        List<GazetteerEntry> typed = candidates.stream().filter(c -> c.type() == entity.type()).toList();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (entity.type() != EntityType.PERSON) {
            return placeOrOrganisation(typed);
        }
        return person(entity, typed, ctx);
    }

    private Optional<Scored> placeOrOrganisation(List<GazetteerEntry> c) {
        if (c.size() == 1) {
            return Optional.of(new Scored(c.get(0), 0.85, "unique"));
        }
        List<GazetteerEntry> sorted = new ArrayList<>(c);
        sorted.sort(Comparator.comparingInt((GazetteerEntry e) -> rank(e.placeKind()))
                .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed()));
        GazetteerEntry a = sorted.get(0);
        GazetteerEntry b = sorted.get(1);
        if (rank(a.placeKind()) < rank(b.placeKind())) {
            return Optional.of(new Scored(a, 0.75, "country over a sub-national place"));
        }
        boolean bigCity = a.population() >= 500_000;
        if (a.population() > 0 && (b.population() == 0 ? bigCity : a.population() >= 5 * b.population())) {
            return Optional.of(new Scored(a, 0.7, "largest by population"));
        }
        return Optional.of(new Scored(a, 0.3, "ambiguous: " + a.qid() + " or " + b.qid()));
    }

    private static int rank(String placeKind) {
        return placeKind.equals("country") ? 0 : 1;
    }

    private Optional<Scored> person(Entity entity, List<GazetteerEntry> candidates, ArticleContext ctx) {
        List<String> roleTexts = ctx.roleTexts(entity);
        Set<Roles.Concept> wanted = Roles.of(String.join(" ; ", roleTexts));
        Set<String> hinted = ctx.entityCountries(roleTexts);
        boolean surnameOnly = Names.wordCount(entity.name()) < 2;
        List<Scored> scored = new ArrayList<>();
        for (GazetteerEntry c : candidates) {
            scored.add(score(entity, c, wanted, hinted, ctx, surnameOnly, candidates.size()));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored top = scored.get(0);
        if (scored.size() == 1) {
            return Optional.of(top);
        }
        double margin = top.score() - scored.get(1).score();
        double penalty = Math.max(0, 0.25 - margin);
        if (surnameOnly && scored.get(1).score() >= threshold) {
            penalty = 1; // two people with that surname fit: a surname alone is not enough
        }
        return Optional.of(new Scored(top.entry(), top.score() - penalty,
                top.why() + String.format(", margin %.2f over %s", margin, scored.get(1).entry().qid())));
    }

    private Scored score(Entity entity, GazetteerEntry c, Set<Roles.Concept> wanted, Set<String> hinted,
            ArticleContext ctx, boolean surnameOnly, int rivals) {
        StringBuilder why = new StringBuilder();
        double s = surnameOnly ? 0.1 : nameScore(entity.name(), c);
        why.append("name ").append(s);
        // offices
        double role = 0;
        boolean roleMatch = false;
        boolean knownThen = false;
        for (GazetteerEntry.Position p : c.positions()) {
            Set<Roles.Concept> has = Roles.of(p.label());
            boolean held = ctx.date() != null && p.heldOn(ctx.date());
            knownThen |= held;
            for (Roles.Concept w : wanted) {
                if (has.contains(w) && (p.country().isEmpty() || hinted.isEmpty() || hinted.contains(p.country()))) {
                    double r = (w.specific() ? 0.3 : 0.15) + (held ? 0.1 : 0);
                    role = Math.max(role, r);
                    roleMatch = true;
                }
            }
        }
        boolean local = wanted.contains(Roles.Concept.LOCAL);
        if (local && !roleMatch) {
            return new Scored(c, 0, "article calls them a local official; the candidate held no such office");
        }
        if (!roleMatch && !wanted.isEmpty() && !c.positions().isEmpty()
                && (knownThen || ctx.date() != null && !ctx.date().isAfter(DATA_UNTIL))) {
            role = -0.15;
        }
        s += role;
        why.append(", role ").append(role);
        // countries
        double country = 0;
        if (!hinted.isEmpty()) {
            country = c.countries().stream().anyMatch(hinted::contains) ? 0.25 : -0.25;
        } else if (c.countries().stream().anyMatch(ctx.countries()::contains)) {
            country = 0.15;
        }
        s += country;
        why.append(", country ").append(country);
        // prior
        double prior = 0.2 * c.prior() / 100.0;
        if (!surnameOnly && rivals == 1 && c.prior() >= 80 && Names.wordCount(entity.name()) >= 2) {
            prior += 0.1;
        }
        s += prior;
        why.append(String.format(", prior %.2f", prior));
        if (surnameOnly && !(roleMatch && country > 0)) {
            return new Scored(c, Math.min(s, 0.3), why + "; surname only without role and country agreeing");
        }
        return new Scored(c, Math.max(0, Math.min(1, s)), why.toString());
    }

    /** 0.35 for the label itself, 0.32 for an alias, 0.25 for a looser match (middle names dropped, nickname). */
    static double nameScore(String name, GazetteerEntry c) {
        List<String> keys = Names.queryKeys(name);
        String full = keys.isEmpty() ? "" : keys.get(0);
        if (full.equals(Names.loose(String.join(" ", Names.coreWords(Names.fold(c.label())))))) {
            return 0.35;
        }
        for (String a : c.aliases()) {
            if (full.equals(Names.loose(String.join(" ", Names.coreWords(Names.fold(a)))))) {
                return 0.32;
            }
        }
        return 0.25;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
