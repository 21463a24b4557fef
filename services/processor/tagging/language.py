"""Which language an article is in: script first, then the commonest function words. Cheap and good enough to
keep non-English text away from English casualty patterns (and so from false alerts)."""

from __future__ import annotations

import re

from .text import words

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # `_WORD` on lower-cased ASCII text
_FUNCTION_WORDS = {
    "en": words("the of and to in is was for on that with by at from as are were has have said after it"),
    "pl": words("i w z na się do nie że to jest po od przez dla jak za o są oraz ale został roku"),
    "de": words("der die und das den ist nicht zu mit von im des auf für sich dem ein eine wurde sind"),
    "fr": words("le la les des et est une dans pour sur du au qui que pas avec par ont été"),
    # "al" left out: the Arabic article of English texts' place and group names ("Al Jabal", "al Shabaab").
    "es": words("el la los las de y en que por con para una del se fue según han"),
    "pt": words("o os as de e em que do da dos das para com uma foi pelo pela não"),
    "it": words("il lo la gli le di e che per con una del della sono è stato nel"),
    "nl": words("de het een en van in is op te dat die voor met zijn niet"),
    "tr": words("ve bir bu da de için ile olarak olan gibi daha çok"),
    "id": words("dan yang di ini itu dengan untuk dari dalam tidak akan pada"),
}
_LANGS = tuple(_FUNCTION_WORDS)
# word -> the languages it is a function word of: one dictionary lookup per word of the sample.
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _w in dict.fromkeys(_words):
        _LANGS_OF[_w] = (*_LANGS_OF.get(_w, ()), _lang)
_SCRIPTS = [
    ("uk", re.compile(r"[іїєґІЇЄҐ]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("kn", re.compile(r"[\u0c80-\u0cff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
]
SAMPLE_CHARS = 600
# Any character of the scripts above: most samples have none, and then no script needs counting.
_ANY_SCRIPT = re.compile("|".join(script.pattern for _, script in _SCRIPTS))


def detect_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code, or the feed's hint (its primary subtag) when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if not sample.isascii() and _ANY_SCRIPT.search(sample):
        letters = sum(1 for c in sample if c.isalpha()) or 1
        for lang, script in _SCRIPTS:
            if len(script.findall(sample)) > letters * 0.3:
                return "uk" if lang == "ru" and _SCRIPTS[0][1].search(sample) else lang
    lowered = sample.lower()
    if sample.isascii():
        words = _ASCII_WORD.findall(lowered)  # the same words; a plain range is matched far faster than \w
    elif len(lowered) == len(sample):
        words = _WORD.findall(lowered)
    else:
        words = [w.lower() for w in _WORD.findall(sample)]
    scores = dict.fromkeys(_LANGS, 0)
    get = _LANGS_OF.get
    for w in words:
        for lang in get(w, ()):
            scores[lang] += 1
    best = max(scores, key=lambda lang: scores[lang])
    hint_lang = hint.split("-")[0].lower() if hint else None
    if scores[best] >= 3 and (scores[best] >= 2 * sorted(scores.values())[-2] or len(words) >= 25):
        return best
    return hint_lang or (best if scores[best] >= 2 else None)


def foreign_headline(title: str) -> bool:
    """A headline in another language than English over what may be an English text ("Kolofata: deux kamikazes font
    neuf morts au marché" above a translation): no English function word, and two of another language's (one with an
    accented letter)."""
    words = _WORD.findall(title.lower())
    foreign = 0
    for w in words:
        langs = _LANGS_OF.get(w, ())
        if "en" in langs:
            return False
        foreign += bool(langs)
    return foreign >= 2 or (foreign == 1 and not title.isascii())
