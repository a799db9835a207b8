"""Sanity check for the labelled evaluation set (run: python tests/labelled/check_gold.py).

Checks that every gold JSON parses, names an existing file, that body fragments and
debris fragments occur in the raw page, that entity names occur in the text (directly
or via a known alias), and that dates and country names follow the annotation rules.
"""
import datetime
import html
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
ALIASES = {  # canonical name -> spellings that may appear in the text instead
    "Thông tấn xã Việt Nam": ["TTXVN"],
    "Hoa Kỳ": ["Mỹ"], "Vương quốc Anh": ["Anh"], "Australia": ["Úc"], "Italy": ["Italia"],
    "Mátxcơva": ["Moscow"], "Viêng Chăn": ["Vientiane"],
    "Ủy ban nhân dân thành phố Đà Nẵng": ["UBND TP Đà Nẵng"],
    "Ủy ban nhân dân thành phố Hồ Chí Minh": ["UBND thành phố"],
    "Tập đoàn Viễn thông Quân đội Viettel": ["Vietel"],
    "Thành phố Hồ Chí Minh": ["TP Hồ Chí Minh"],
    "Brunei": ["Brunei Darussalam"],
}
KINDS = {"country", "capital", "city", "province", "region", "venue"}


def countries():
    """The canonical country names (the archive's own frozen table)."""
    from app.nlp.gazetteer import load_gazetteer
    return {p.name for p in load_gazetteer().countries()}


def check(gold_path, text_dir, cldr):
    errs = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    f = text_dir / g["file"]
    if not f.exists():
        return ["{}: file {} missing".format(gold_path.name, g["file"])]
    raw = f.read_text(encoding="utf-8")
    if f.suffix == ".html":
        raw = html.unescape(raw)
    for k in ("file", "title", "body_must_contain", "body_must_not_contain", "source", "author", "event", "entities", "visit"):
        if k not in g:
            errs.append("missing key " + k)
    if g["title"] not in raw:
        errs.append("title not in text")
    for s in g["body_must_contain"]:
        if s not in raw:
            errs.append("must_contain not in text: " + s)
    for s in g["body_must_not_contain"]:
        if s not in raw:
            errs.append("must_not_contain not in text: " + s)
        if any(s in m for m in g["body_must_contain"]):
            errs.append("must_not inside a must fragment: " + s)
    ev = g["event"]
    if ev["start"]:
        d = datetime.date.fromisoformat(ev["start"])
        if ev["day_month"] != d.strftime("%d/%m"):
            errs.append("day_month does not match start")
        if ev["year_basis"] not in ("stated", "inferred"):
            errs.append("year_basis must be stated/inferred when start is set")
        if ev["end"] and datetime.date.fromisoformat(ev["end"]) < d:
            errs.append("end before start")
    else:
        if ev["end"] or ev["year_basis"]:
            errs.append("end/year_basis set without start")
        if ev["day_month"] and not re.fullmatch(r"\d\d/\d\d", ev["day_month"]):
            errs.append("bad day_month")
    seen = set()
    for e in g["entities"]:
        key = (e["type"], e["name"])
        if key in seen:
            errs.append(f"duplicate entity {key}")
        seen.add(key)
        names = [e["name"]] + ALIASES.get(e["name"], [])
        if not any(n.lower() in raw.lower() for n in names):
            errs.append("entity not in text: {}".format(e["name"]))
        if e["type"] == "person" and e["title"].lower() not in raw.lower():
            errs.append("person title not in text: {}".format(e["title"]))
        if e["type"] == "location":
            if e["kind"] not in KINDS:
                errs.append("bad kind " + e["kind"])
            if cldr and e["country"] is not None and e["country"] not in cldr:
                errs.append("country not CLDR: " + e["country"])
            if cldr and e["kind"] == "country" and e["name"] not in cldr:
                errs.append("country entity not CLDR: " + e["name"])
            if e["kind"] == "region" and e["country"] is not None:
                errs.append("region with country")
    v = g["visit"]
    if v:
        if cldr and v["host_country"] not in cldr:
            errs.append("host not CLDR: " + v["host_country"])
        people = {e["name"]: e.get("title") for e in g["entities"] if e["type"] == "person"}
        if v["leader"] not in people:
            errs.append("leader not among persons")
        elif people[v["leader"]] != v["leader_title"]:
            errs.append("leader_title differs from person title")
        locs = {e["name"] for e in g["entities"] if e["type"] == "location"}
        for p in v["places"]:
            if p not in locs:
                errs.append("place not among locations: " + p)
    return [f"{gold_path.name}: {x}" for x in errs]


def main():
    cldr = countries()
    errs, n = [], 0
    for gp in sorted((HERE / "articles").glob("*.json")):
        errs += check(gp, HERE / "articles", cldr)
        n += 1
    for gp in sorted((HERE / "seeds").glob("*.json")):
        errs += check(gp, REPO / "seeds", cldr)
        n += 1
    print("\n".join(errs) if errs else f"all {n} gold files OK")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
