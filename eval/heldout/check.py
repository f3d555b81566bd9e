#!/usr/bin/env python3
"""Self-check of the held-out gold files: every mention, evidence and date_text occurs
verbatim in its article; every participant/speaker is a listed person or a
group:/org:/unnamed: label; `published` matches the date line; fields are well formed.
Usage: python3 eval/heldout/check.py [DIR]"""
import json, os, re, sys

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
STATUS = {"occurred", "planned", "proposed", "cancelled"}
errors = 0
tot = {"articles": 0, "persons": 0, "meetings": 0, "statements": 0, "words": 0}


def err(f, msg):
    global errors
    errors += 1
    print("%s: %s" % (f, msg))


for name in sorted(os.listdir(d)):
    if not name.endswith(".gold.json"):
        continue
    g = json.load(open(os.path.join(d, name), encoding="utf-8"))
    txt_name = name.replace(".gold.json", ".txt")
    if g.get("file") != txt_name:
        err(name, "file key %r" % g.get("file"))
    text = open(os.path.join(d, txt_name), encoding="utf-8").read()
    m = re.match(r"\s?date (\d{4}-\d{2}-\d{2})", text)
    if (m.group(1) if m else None) != g.get("published"):
        err(name, "published %r vs date line %r" % (g.get("published"), m and m.group(1)))
    body = text[m.end():] if m else text
    words = len(re.findall(r"\S+", body))
    if not 150 <= words <= 350:
        err(name, "length %d words" % words)
    names = set()
    for p in g["persons"]:
        names.add(p["name"])
        if "wikidata" not in p:
            err(name, "person without wikidata key: " + p["name"])
        if not p["mentions"]:
            err(name, "no mentions: " + p["name"])
        if len(set(p["mentions"])) != len(p["mentions"]):
            err(name, "duplicate mention: " + p["name"])
        for x in p["mentions"]:
            if x not in text:
                err(name, "mention not in text: %r" % x)
    if len(names) != len(g["persons"]):
        err(name, "duplicate person names")

    def label_ok(x):
        return x in names or x.startswith(("group:", "org:", "unnamed:"))

    for mt in g["meetings"]:
        if mt["status"] not in STATUS:
            err(name, "status %r" % mt["status"])
        for p in mt["participants"]:
            if not label_ok(p) or p.startswith(("org:", "unnamed:")):
                err(name, "participant %r" % p)
        if mt["evidence"] not in text:
            err(name, "meeting evidence not in text: %r" % mt["evidence"][:80])
        if mt.get("date_text") and mt["date_text"] not in text:
            err(name, "date_text not in text: %r" % mt["date_text"])
        if mt.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", mt["date"]):
            err(name, "date %r" % mt["date"])
    for s in g["statements"]:
        if not label_ok(s["speaker"]) or s["speaker"].startswith("group:"):
            err(name, "speaker %r" % s["speaker"])
        if s["evidence"] not in text:
            err(name, "statement evidence not in text: %r" % s["evidence"][:80])
        if not s.get("content") or not s.get("topics") or not isinstance(s.get("quoted"), bool):
            err(name, "incomplete statement: %r" % s["evidence"][:60])
    tot["articles"] += 1
    tot["persons"] += len(g["persons"])
    tot["meetings"] += len(g["meetings"])
    tot["statements"] += len(g["statements"])
    tot["words"] += words
    print("%-48s %4d words %2d persons %2d meetings %2d statements" % (
        txt_name, words, len(g["persons"]), len(g["meetings"]), len(g["statements"])))

print("totals:", tot)
print("errors:", errors)
sys.exit(1 if errors else 0)
