"""Merge the annotators' parts (benchmarks/real/_parts/ID/{dev,test}/, git-ignored) into the four sets:
one person or body named in two parts is one entry (same name or a shared form of two words or more;
states by their short name; the MANUAL groups checked by hand), one event told in two parts is one event."""
import json, shutil, unicodedata, re, itertools
from pathlib import Path
ROOT = Path(__file__).resolve().parent
PARTS = ROOT / "_parts"
def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"^the\s+", "", s.strip())
    return " ".join(s.split())
MANUAL = {  # bodies the parts annotated under different names (checked by hand against the texts)
    "dev": [["Council of Foreign Ministers", "CSTO Ministerial Council"],
            ["CSTO Committee of Secretaries of Security Councils", "Committee of Security Councils Secretaries",
             "Committee of Security Councils’ Secretaries"],
            ["Collective Rapid Reaction Force", "CSTO Collective Rapid Reaction Forces"],
            ["UN General Assembly", "United Nations General Assembly"],
            ["Russian Security Council", "Security Council of the Russian Federation"]],
}
MANUAL_PEOPLE = {  # one person annotated in two parts under two spellings (checked by hand)
    "dev": [["Suren Papikian", "Suren Papikyan"], ["Nursultan Nazarbayev", "N.Nazarbayev"],
            ["Emomali Rahmon", "Emomali Rakhmon"]],
    "test": [["Kassym-Jomart Tokayev", "Kasym-Jomart Tokayev"], ["Nikolai Bordyuzha", "Nikolay Bordyuzha"]],
}
plan = {"dev": [("en1","dev"),("en2","dev"),("en3","dev")], "test": [("en1","test"),("en2","test"),("en3","test")],
        "ru-dev": [("ru1","dev"),("ru2","dev")], "ru-test": [("ru1","test"),("ru2","test")]}
for half, parts in plan.items():
    out = ROOT / half
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    manifest = ["file\turl\tquery\tsha256"]
    people, orgs, events, places = [], [], [], []
    for pid, sub in parts:
        src = PARTS / pid / sub
        for f in sorted((src / "corpus").iterdir()):
            shutil.copy2(f, out / "corpus" / f.name)
        lines = (src / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t") == ["file","url","query","sha256"], (pid, lines[0])
        manifest += [l for l in lines[1:] if l.strip()]
        g = json.loads((src / "gold.json").read_text(encoding="utf-8"))
        people += g.get("people", []); orgs += g.get("organizations", []); events += g.get("events", [])
        places += g.get("places", [])
    # merge people
    merged, rename = [], {}
    def keys(p, multi_only):
        forms = [p["name"], *p.get("aliases", [])]
        return {norm(f) for f in forms if (len(f.split()) >= 2 or not multi_only)}
    groups = [set(map(norm, g)) for g in MANUAL_PEOPLE.get(half, [])]
    def pkeys(p):
        k = keys(p, True)
        return k | {f"same:{i}" for i, g in enumerate(groups) if keys(p, False) & g}
    for p in people:
        k = pkeys(p)
        hit = next((m for m in merged if pkeys(m) & k), None)
        if hit is None:
            merged.append({**p, "aliases": list(p.get("aliases", [])), "posts": list(p.get("posts", []))})
            rename[p["name"]] = p["name"]
        else:
            if hit.get("country") and p.get("country") and hit["country"] != p["country"]:
                print(half, "country clash", hit["name"], hit["country"], p["country"])
            hit["country"] = hit.get("country") or p.get("country")
            for a in [p["name"], *p.get("aliases", [])]:
                if norm(a) != norm(hit["name"]) and norm(a) not in {norm(x) for x in hit["aliases"]}:
                    hit["aliases"].append(a)
            hit["posts"] += p.get("posts", [])
            rename[p["name"]] = hit["name"]
            print(half, "merged person", p["name"], "->", hit["name"])
    for p in merged:
        if not p.get("country"): p.pop("country", None)
    # merge orgs
    morgs = []
    STATE = {"russian federation": "russia", "republic of belarus": "belarus", "kyrgyz republic": "kyrgyzstan",
             "republic of tajikistan": "tajikistan", "republic of kazakhstan": "kazakhstan",
             "republic of armenia": "armenia", "republic of azerbaijan": "azerbaijan", "u.s.": "united states",
             "us": "united states", "usa": "united states", "people's republic of china": "china",
             "republic of india": "india", "republic of uzbekistan": "uzbekistan", "ussr": "soviet union"}
    SAME = [set(map(norm, group)) for group in MANUAL.get(half, [])]
    def okeys(o):
        forms = {norm(f) for f in [o["name"], *o.get("aliases", [])]}
        keys = {f for f in forms if len(f.split()) >= 2 or f == norm(o["name"])}
        if o.get("kind") == "state":
            keys |= {"state:" + STATE.get(f, f) for f in forms}
        for i, group in enumerate(SAME):
            if forms & group:
                keys.add(f"same:{i}")
        return keys
    def forms_of(o): return {norm(f) for f in [o["name"], *o.get("aliases", [])]}
    def same_org(a, b):
        return bool(okeys(a) & okeys(b)) or norm(a["name"]) in forms_of(b) or norm(b["name"]) in forms_of(a)
    for o in orgs:
        hit = next((m for m in morgs if same_org(m, o)), None)
        if hit is None:
            morgs.append({**o, "aliases": list(o.get("aliases", []))})
        else:
            if hit.get("kind") != o.get("kind"): print(half, "org kind clash", hit["name"], hit.get("kind"), o["name"], o.get("kind"))
            if len(o["name"]) > len(hit["name"]) and len(hit["name"].split()) == 1:
                hit["aliases"].append(hit["name"]); hit["name"] = o["name"]  # the fuller form is the name
            for a in [o["name"], *o.get("aliases", [])]:
                if norm(a) != norm(hit["name"]) and norm(a) not in {norm(x) for x in hit["aliases"]}:
                    hit["aliases"].append(a)
            hit["aliases"] = [a for a in hit["aliases"] if norm(a) != norm(hit["name"])]
            if o.get("optional") is not True: hit.pop("optional", None)
    # events: rename participants
    for e in events:
        for p in e["participants"]:
            p["name"] = rename.get(p["name"], p["name"])
    names = {p["name"] for p in merged}
    for e in events:
        for p in e["participants"]:
            assert p["name"] in names, (half, p["name"])
    drop = set()
    for a, b in itertools.combinations(events, 2):
        if a["date"] and a["date"] == b["date"] and a["id"].split("-")[0] != b["id"].split("-")[0] and b["id"] not in drop:
            pa = {p["name"] for p in a["participants"]}; pb = {p["name"] for p in b["participants"]}
            if pa and pb and len(pa & pb) / len(pa | pb) >= 0.5:
                print(half, "same event in two parts, merged", a["id"], b["id"], a["date"])
                a["participants"] += [p for p in b["participants"] if p["name"] not in pa]
                drop.add(b["id"])
    events = [e for e in events if e["id"] not in drop]
    ids = [e["id"] for e in events]; assert len(ids) == len(set(ids)), half
    gold = {"corpus": "corpus/", "people": merged, "organizations": morgs, "events": events}
    if places: gold["places"] = places
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "MANIFEST.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(half, len(manifest)-1, "files", len(merged), "people", len(morgs), "orgs", len(events), "events")
