"""Unit tests of the conflict tagger on the project's own fixture sentences (no servers, no third-party text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging import text as text_module
from services.processor.tagging.casualties import extract_casualties
from services.processor.tagging.language import detect_language
from services.processor.tagging.numbers import parse_number
from services.processor.tagging.severity import SeverityRules
from services.processor.tagging.text import split_sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tagging"


def tolls(text: str, published: str | None = "2024-05-10") -> tuple[int | None, int | None]:
    tags = tag_article("", text, published=published)
    k, i = tags.casualties.killed, tags.casualties.injured
    return (k.min if k else None, i.min if i else None)


# --- numbers -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "value"),
    [("twelve", 12), ("twenty-three", 23), ("one hundred and five", 105), ("1,250", 1250), ("dozens", 12),
     ("a dozen", 12), ("tens", 10), ("hundreds", 100), ("3.5 thousand", 3500), ("several", None)],
)  # fmt: skip
def test_parse_number(phrase: str, value: int | None) -> None:
    assert parse_number(phrase) == value


# --- casualties ----------------------------------------------------------------------------------------------------
def test_qualifiers_are_kept() -> None:
    tags = tag_article("", "At least 14 people were killed and more than 30 wounded when shells hit a market.")
    assert tags.casualties.killed is not None and tags.casualties.killed.qualifier == "at least"
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 30
    assert tags.casualties.injured.qualifier == "more than"
    assert "market" in tags.casualties.killed.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine soldiers were killed and eleven were injured in the ambush.", (9, 11)),
        ("Shelling of the town killed dozens of residents and wounded hundreds, officials said.", (12, 100)),
        ("Tens of villagers died in the raid, according to the local council.", (10, None)),
        ("The blast left seven people dead and 22 injured.", (7, 22)),
        ("Rockets struck the port, killing four and wounding nineteen.", (4, 19)),
        ("Nearly 40 civilians lost their lives in the bombardment of the camp.", (40, None)),
    ],
)
def test_number_words_and_vague_plurals(text: str, expected: tuple[int | None, int | None]) -> None:
    assert tolls(text) == expected


def test_rising_toll_takes_the_latest_figure() -> None:
    text = (
        "A missile hit an apartment block in the city centre on Tuesday, killing five people, the mayor said.\n"
        "Rescuers pulled more bodies from the rubble overnight.\n"
        "The death toll later rose to 17, with 41 people injured, regional officials said on Wednesday."
    )
    assert tolls(text) == (17, 41)


def test_background_event_with_another_date_is_not_the_toll() -> None:
    text = (
        "Artillery fire hit a bus station in the town on Friday, wounding six people, the governor said.\n"
        "In the same town, an air strike on March 2 killed at least 44 people."
    )
    assert tolls(text, published="2024-05-10") == (None, 6)


def test_earlier_and_separate_attacks_are_background() -> None:
    text = (
        "Three people were killed when a drone struck a car near the border on Monday.\n"
        "Last month, a similar strike in the area killed 19.\n"
        "In a separate attack, 25 people were wounded in a neighbouring province."
    )
    assert tolls(text) == (3, None)


def test_missile_and_drone_counts_are_not_casualties() -> None:
    assert tolls("The army said the enemy fired 48 missiles and 120 drones overnight; two people were hurt.") == (
        None,
        2,
    )


def test_ages_and_years_are_not_casualties() -> None:
    text = "A 54-year-old farmer was wounded by shrapnel. The village was first occupied in 2014."
    killed, injured = tolls(text)
    assert killed is None
    assert injured == 1


def test_cumulative_war_totals_are_not_the_toll() -> None:
    text = (
        "A rocket hit a school on Sunday, killing two teachers.\n"
        "The war has killed more than 30,000 people since it began, according to the health ministry."
    )
    assert tolls(text) == (2, None)


def test_no_one_killed_is_zero_and_no_figure_is_null() -> None:
    assert tolls("Air defences shot down the drone over the city; no one was killed or injured.") == (0, 0)
    assert tolls("There were no casualties after the drone was downed.") == (0, 0)
    assert tolls("Several explosions were heard over the city on Saturday night.") == (None, None)


def test_subset_of_a_toll_is_not_the_toll() -> None:
    text = "At least 31 people, including nine children and four women, were killed when the shelter was shelled."
    assert tolls(text)[0] == 31


# --- events, places, severity, alerts ----------------------------------------------------------------------------
def test_seed_like_fixture() -> None:
    seed = json.loads((FIXTURES / "kyiv_seed_like.json").read_text(encoding="utf-8"))
    tags = tag_article(seed["title"], seed["text"], published=seed["published"], url=seed["url"])
    assert tags.event_type == "Explosions/Remote violence"
    assert tags.sub_event_type == "Shelling/artillery/missile attack"
    assert tags.places and tags.places[0].name == "Kyiv" and tags.places[0].country_code == "UA"
    assert tags.places[0].lat == pytest.approx(50.45, abs=0.1) and tags.places[0].lon == pytest.approx(30.52, abs=0.1)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 12
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 90
    assert tags.severity == "critical" and tags.alert is True
    assert tags.theatre == "russia-ukraine"
    assert {"missile", "drone"} <= set(tags.weapons)
    assert "russia-ukraine" in tags.topics
    assert all(t.replace("-", "").isalnum() and t == t.lower() for t in tags.topics)


def test_district_resolves_to_its_city() -> None:
    tags = tag_article("", "A drone hit a house in Sviatoshynsky district overnight, injuring three people.")
    assert tags.places[0].name == "Kyiv"


def test_transliterations_resolve() -> None:
    for spelling, city in (("Kharkov", "Kharkiv"), ("Kiev", "Kyiv"), ("Nikolaev", "Mykolaiv")):
        tags = tag_article("", f"Shelling hit a market in {spelling} on Monday, wounding four people.")
        assert tags.places[0].name == city, spelling
        assert tags.places[0].country_code == "UA"


def test_disaster_is_not_conflict_and_never_alerts() -> None:
    tags = tag_article(
        "Earthquake kills 60 in mountain region",
        "A powerful earthquake struck the mountain region on Monday, killing at least 60 people and injuring "
        "hundreds as buildings collapsed, officials said.",
    )
    assert tags.conflict is False and tags.alert is False and tags.severity == "none"
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 60


def test_ordinary_crime_is_not_conflict() -> None:
    tags = tag_article(
        "Man charged with murder after robbery",
        "Police said the suspect shot two people during a robbery at a petrol station; prosecutors charged him "
        "with murder on Friday.",
    )
    assert tags.alert is False and tags.conflict is False


def test_interception_without_victims_is_a_strategic_development() -> None:
    tags = tag_article(
        "Air defence shoots down drones over the region",
        "Air defence units shot down 11 drones over the region overnight, the military said. "
        "No one was hurt and there was no damage.",
    )
    assert tags.event_type == "Strategic developments" and tags.alert is False
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 0


def test_anniversary_piece_does_not_alert() -> None:
    tags = tag_article(
        "Anniversary of the market bombing remembered",
        "A bomb killed 40 people at the market in the city, and residents gathered on Sunday to remember them.",
    )
    assert tags.alert is False


def test_non_english_article_never_alerts() -> None:
    tags = tag_article(
        "Atak rakietowy na miasto, zginęło 20 osób",
        "W wyniku ataku rakietowego na centrum miasta zginęło co najmniej 20 osób, a 50 zostało rannych, "
        "poinformowały władze w poniedziałek. Na miejscu pracują służby ratunkowe.",
    )
    assert tags.language == "pl"
    assert tags.alert is False


@pytest.mark.parametrize(
    ("title", "body_opening", "alert"),
    [
        # (the original's headline over the translation, read as if untitled)
        ("Mopti : deux kamikazes font onze morts au marché", "", True),
        ("Lac : 21 civils tués dans une attaque contre un village", "", True),
        # (the translation's own headline, when the text opens with one)
        ("Un an après Tongomayel, les rescapés attendent", "A year after Tongomayel, survivors still wait\n\n", False),
    ],
)
def test_a_foreign_headline_over_an_english_translation_is_not_read_as_its_news(
    title: str, body_opening: str, alert: bool
) -> None:
    text = (
        f"{body_opening}Eleven people were killed and 19 wounded when two suicide bombers blew themselves up at the "
        "weekly market in the town, security sources said."
    )
    assert tag_article(title, text, published="2025-06-02").alert is alert


def test_language_detection() -> None:
    assert detect_language("The army said the strike hit the town and killed four people on Monday.") == "en"
    assert detect_language("Ракетний удар по місту, загинули четверо людей.") == "uk"


def test_severity_rules_defaults_and_override(tmp_path: Path) -> None:
    rules = SeverityRules.load()
    assert rules.severity(True, 10, None) == "critical"
    assert rules.severity(True, 2, 48) == "critical"
    assert rules.severity(True, 5, 0) == "high"
    assert rules.severity(True, 1, 19) == "high"
    assert rules.severity(True, 1, 0) == "medium"
    assert rules.severity(True, None, 5) == "medium"
    assert rules.severity(True, None, None) == "low"
    assert rules.severity(False, 50, 50) == "none"
    custom = tmp_path / "rules.toml"
    custom.write_text('[[levels]]\nname = "critical"\nkilled_min = 1\n[alert]\nlevels = ["critical"]\n'
                      'event_types = ["Battles"]\n', encoding="utf-8")  # fmt: skip
    strict = SeverityRules.load(custom)
    assert strict.severity(True, 1, None) == "critical"
    assert strict.should_alert(severity="critical", event_type="Battles", discrete=True, language="en")
    assert not strict.should_alert(severity="critical", event_type="Riots", discrete=True, language="en")


def test_deterministic() -> None:
    seed = json.loads((FIXTURES / "kyiv_seed_like.json").read_text(encoding="utf-8"))
    assert tag_article(seed["title"], seed["text"]) == tag_article(seed["title"], seed["text"])


def test_sentence_split_keeps_abbreviations() -> None:
    assert split_sentences("U.S. officials said so. Mr. Smith agreed.") == [
        "U.S. officials said so.",
        "Mr. Smith agreed.",
    ]


def test_evidence_is_the_sentence() -> None:
    cas, _ = extract_casualties(["Title", "Shells killed 4 people in the town.", "Other news."])
    assert cas.killed is not None and cas.killed.evidence == "Shells killed 4 people in the town."


# --- places: regions, homonyms, countries named only through forces ------------------------------------------
def test_state_name_from_iso_subdivisions() -> None:
    pytest.importorskip("pycountry")  # the ISO 3166-2 subdivision names come from it
    tags = tag_article("", "Gunmen attacked a village in Borno state on Sunday, killing nine farmers.")
    assert tags.places[0].country_code == "NG" and tags.places[0].kind == "region"


def test_state_outranks_a_small_foreign_town_of_the_same_name() -> None:
    pytest.importorskip("pycountry")  # the ISO 3166-2 subdivision names come from it
    tags = tag_article("", "Floods and protests: residents marched in Queensland on Saturday, local media reported.")
    assert tags.places[0].country_code == "AU" and tags.places[0].kind == "region"


def test_homonym_is_read_in_the_country_the_text_points_to() -> None:
    kenya = tag_article("", "Kenyan police said two officers were shot dead in Kwale on Tuesday.")
    nigeria = tag_article("", "Nigerian troops said two officers were shot dead in Kwale on Tuesday.")
    assert kenya.places[0].country_code == "KE"
    assert nigeria.places[0].country_code == "NG"


def test_country_from_armed_groups_when_no_place_is_named() -> None:
    tags = tag_article("", "Al-Shabaab fighters ambushed an AMISOM convoy, killing four soldiers.")
    assert tags.places and tags.places[0].country_code == "SO" and tags.places[0].kind == "country"


def test_village_abroad_does_not_beat_the_country_the_text_is_about() -> None:
    tags = tag_article(
        "", "Afghan forces repelled an attack on a checkpoint, the Taliban said, and four fighters were killed."
    )
    assert not tags.places or tags.places[0].country_code == "AF"


@pytest.mark.parametrize("abbreviation", [*text_module._ABBREVIATIONS, "J"])
def test_split_keeps_every_abbreviation_and_initial_inside_its_sentence(abbreviation: str) -> None:
    # The split tries the abbreviation regex only after some letters: each listed one must still hold.
    assert split_sentences(f"Troops met {abbreviation}. Smith at the gate. Then they left.") == [
        f"Troops met {abbreviation}. Smith at the gate.",
        "Then they left.",
    ]
