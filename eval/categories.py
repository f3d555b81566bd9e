#!/usr/bin/env python3
"""Count meeting and person errors by kind, without printing any text of the articles.

Usage: python3 eval/categories.py --gold eval/SET --pred target/SET-pred.jsonl

Only counts are printed, so the script may be run on a held-out set without anyone reading it.
Missed meeting pairs (FN) are split by where the miss arises: a person not found at all, no
predicted meeting at the gold evidence, or a predicted meeting there that lacks the person (named
in the predicted evidence, only in the gold evidence, or by neither). False pairs (FP) are split
by who the extra person is. Status, date and place mismatches are counted by kind on the gold
meetings that score.py matches.
"""
import argparse
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


def span(text, evidence):
    if not evidence:
        return None
    i = text.find(evidence)
    if i < 0:
        i = text.find(evidence[:60])
    return (i, i + len(evidence)) if i >= 0 else None


def overlaps(a, b):
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def people_in(pairs):
    return set(p for pair in pairs for p in pair)


def count_article(gold, pred, text, counts):
    people = score.People(gold.get("persons", []))
    found = set(filter(None, (people.resolve(p["name"]) for p in pred.get("persons", []) or [])))
    forms = {p["name"]: [p["name"]] + list(p.get("mentions") or []) for p in gold.get("persons", [])}
    preds = []
    for m in pred.get("meetings", []) or []:
        offsets = m.get("offsets")
        where = tuple(offsets) if offsets else span(text, m.get("evidence"))
        preds.append((where, score.pairs_of(people, m.get("participants")), m))
    golds = [(span(text, m.get("evidence")), score.pairs_of(people, m.get("participants")), m)
             for m in gold.get("meetings", [])]
    pred_pairs = set().union(*[p[1] for p in preds]) if preds else set()
    gold_pairs = set().union(*[g[1] for g in golds]) if golds else set()

    seen = set()
    for where, pairs, m in golds:
        for pair in sorted(pairs - pred_pairs - seen):
            seen.add(pair)
            counts["meeting pair FN"] += 1
            if any(p not in found for p in pair):
                counts["  FN: a person not found"] += 1
                continue
            near = [p for p in preds if overlaps(where, p[0])]
            if not near:
                counts["  FN: no predicted meeting at the evidence"] += 1
                continue
            counts["  FN: predicted meeting there lacks a person"] += 1
            pwhere, ppairs, pm = near[0]
            ptext = text[pwhere[0]:pwhere[1]] if pwhere else ""
            gtext = text[where[0]:where[1]] if where else ""
            has = people_in(ppairs) | set(filter(None, (people.resolve(q) for q in pm.get("participants", []))))
            for person in pair:
                if person in has:
                    continue
                if any(f and f in ptext for f in forms.get(person, [])):
                    kind = "named in the predicted evidence"
                elif any(f and f in gtext for f in forms.get(person, [])):
                    kind = "named only in the gold evidence"
                else:
                    kind = "named by neither (pronoun or role)"
                counts["    lacking person " + kind] += 1

    seen = set()
    for where, pairs, m in preds:
        for pair in sorted(pairs - gold_pairs - seen):
            seen.add(pair)
            counts["meeting pair FP"] += 1
            near = [g for g in golds if overlaps(where, g[0])]
            if not near:
                counts["  FP: no gold meeting there"] += 1
                continue
            counts["  FP: at a gold meeting"] += 1
            there = people_in(set().union(*[g[1] for g in near]))
            anywhere = people_in(gold_pairs)
            for person in pair:
                if person in there:
                    continue
                if person.startswith("?"):
                    kind = "not a gold person"
                elif person in anywhere:
                    kind = "in another gold meeting"
                else:
                    kind = "in no gold meeting"
                counts["    extra person " + kind] += 1

    for where, pairs, m in golds:
        if not pairs:
            continue
        best, best_n = None, 0
        for q in pred.get("meetings", []) or []:
            n = len(pairs & score.pairs_of(people, q.get("participants")))
            if n > best_n:
                best, best_n = q, n
        if best is None:
            continue
        if (best.get("status") or "") != m.get("status"):
            counts["status %s -> %s" % (m.get("status"), best.get("status"))] += 1
        if m.get("date") and best.get("date") != m["date"]:
            counts["date " + ("missing" if not best.get("date") else "wrong")] += 1
        if m.get("place"):
            a, b = score.fold(m["place"]), score.fold(best.get("place") or "")
            if not (b and (a in b or b in a)):
                counts["place " + ("missing" if not b else "wrong")] += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    args = ap.parse_args()
    with open(args.pred, encoding="utf-8") as f:
        preds = {d["file"]: d for d in map(json.loads, filter(str.strip, f))}
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(args.gold, "*.gold.json"))):
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        with open(os.path.join(args.gold, gold["file"]), encoding="utf-8") as f:
            text = f.read()
        count_article(gold, preds.get(gold["file"], {}), text, counts)
    order = ["meeting pair FN", "  FN: a person not found", "  FN: no predicted meeting at the evidence",
             "  FN: predicted meeting there lacks a person"]
    order += sorted(k for k in counts if k.startswith("    lacking"))
    order += ["meeting pair FP", "  FP: no gold meeting there", "  FP: at a gold meeting"]
    order += sorted(k for k in counts if k.startswith("    extra"))
    order += sorted(k for k in counts if k.startswith(("status", "date", "place")))
    for key in order:
        print("%5d  %s" % (counts[key], key))


if __name__ == "__main__":
    main()
