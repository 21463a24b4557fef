"""Polish articles: casualty figures in both word orders, inflected number words, ACLED's low readings, background
tolls set aside, conflict only where a war or armed force is named, and alerts only when the rules allow Polish.
Every sentence here is the project's own."""

from __future__ import annotations

import tomllib
from pathlib import Path

from services.processor.tagging import Tagger, tag_article
from services.processor.tagging.events import REMOTE, SHELLING
from services.processor.tagging.polish import parse_polish_number
from services.processor.tagging.severity import SeverityRules

STRIKE_TITLE = "Nocny atak rakietowy na miasto we wschodniej części kraju"
STRIKE_TEXT = (
    "W nocnym ataku rakietowym rosyjskiej armii na dzielnicę mieszkaniową zginęło co najmniej 12 osób, a 40 "
    "zostało rannych - poinformowały w środę władze obwodu. Według służb ratunkowych pod gruzami wciąż mogą być "
    "ludzie. W zeszłym tygodniu w podobnym ataku na to samo miasto zginęło 20 osób."
)


def test_strike_toll_and_type() -> None:
    tags = tag_article(STRIKE_TITLE, STRIKE_TEXT, published="2024-05-15")
    assert tags.language == "pl"
    assert tags.conflict and tags.event_type == REMOTE and tags.sub_event_type == SHELLING
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 12
    assert tags.casualties.killed.qualifier == "at least"
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 40
    assert tags.severity == "critical"
    assert not tags.alert  # the default rules alert on English only


def test_alert_when_the_rules_allow_polish(tmp_path: Path) -> None:
    rules_file = Path(__file__).resolve().parents[2] / "services/processor/tagging/severity.toml"
    data = tomllib.loads(rules_file.read_text(encoding="utf-8"))
    data["alert"]["languages"] = ["en", "pl"]
    tagger = Tagger(severity_rules=SeverityRules.from_dict(data))
    assert tagger.tag(STRIKE_TITLE, STRIKE_TEXT, published="2024-05-15").alert


def test_figure_before_the_verb_and_vague_plurals() -> None:
    text = (
        "Pięć osób zginęło, a kilkadziesiąt zostało rannych po ostrzale artyleryjskim wojsk okupanta na targowisko "
        "w centrum miasta. Na miejscu pracują strażacy i policja."
    )
    tags = tag_article("Ostrzał targowiska w centrum miasta przez wojska okupanta", text)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 5
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 10  # "tens" read as 10


def test_background_and_tallies_are_not_the_main_toll() -> None:
    text = (
        "Od początku wojny zginęło ponad 9000 cywilów, podała w piątek misja obserwacyjna. W ostatnim ataku drona "
        "na przedmieścia nikt nie zginął, a dwie osoby zostały ranne w wyniku ostrzału rosyjskiego wojska."
    )
    tags = tag_article("Misja obserwacyjna podsumowuje straty wśród cywilów w czasie wojny", text)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 0  # "nikt nie zginął"
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 2


def test_age_is_not_a_toll() -> None:
    text = "Zginął 45-letni kierowca ciężarówki, która wjechała w przydrożny słup. Policja bada przyczyny wypadku."
    tags = tag_article("Tragiczny wypadek na drodze krajowej pod miastem", text)
    assert tags.casualties.killed is None
    assert not tags.conflict


def test_sport_and_elections_are_not_conflict() -> None:
    text = (
        "Zacięta walka o każdy głos trwała do późnej nocy, a starcie kandydatów w debacie przyciągnęło tłumy. "
        "Wyniki wyborów do Senatu poznamy we wtorek."
    )
    assert not tag_article("Zacięta walka o mandat w okręgu wyborczym", text).conflict


def test_number_words_and_digits() -> None:
    assert parse_polish_number("dwunastu") == 12
    assert parse_polish_number("kilkaset") == 100
    assert parse_polish_number("1 200") == 1200
    assert parse_polish_number("osób") is None
