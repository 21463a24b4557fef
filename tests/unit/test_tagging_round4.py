"""Round-4 tagging rules: headlines that are not discrete events (reactions, round-ups, statements), war-wide tallies,
asides between dashes, blasts in war zones; countries from addresses, regions, namesakes and context. Every sentence
here is the project's own."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import REMOTE, title_not_discrete
from services.processor.tagging.gazetteer import strip_article
from tests.unit.tagging_helpers import killed_toll

killed = partial(killed_toll, published="2022-05-10")


def country(text: str, title: str = "") -> str | None:
    places = tag_article(title, text, published="2022-05-10").places
    return places[0].country_code if places else None


# --- headlines that are not discrete events ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Market bombing sparks angry protests across the north",  # the reaction is the news
        "Deadly raid on a refugee camp leads to clashes in the capital",
        "Power station shuts down as dozens killed in airstrikes",  # a tally tacked on to another story
        "Parliament rejects the budget amendment on defence spending",  # no violence in the headline at all
        "Envoy says talks with the rebels remain possible",
    ],
)
def test_headlines_that_are_not_discrete_events(title: str) -> None:
    assert title_not_discrete(title)


@pytest.mark.parametrize(
    "title",
    [
        "Minister visits the border as eight killed in strike on a bus depot",  # one located event
        "Missile strike kills 14 at a railway station",
        "Gunmen storm a village market",
        "Live",  # too short to judge
        "",
    ],
)
def test_headlines_of_discrete_events(title: str) -> None:
    assert not title_not_discrete(title)


def test_statement_piece_repeating_an_old_toll_does_not_alert() -> None:
    tags = tag_article(
        "Ambassador says the blockade will stay in place",
        "The ambassador said on Monday that the blockade would stay, after militants killed over 300 soldiers in "
        "a raid on the border posts.",
        published="2022-05-10",
    )
    assert not tags.alert


def test_reaction_piece_does_not_alert_but_the_event_report_does() -> None:
    text = "A missile strike on a crowded market in Kharkiv killed at least 21 people on Tuesday, officials said."
    assert tag_article("Missile strike on Kharkiv market kills 21", text, published="2022-05-10").alert
    reaction = tag_article("Kharkiv market strike sparks outrage in Europe", text, published="2022-05-10")
    assert not reaction.alert


# --- casualties -------------------------------------------------------------------------------------------------------
def test_nationals_killed_in_a_war_are_a_cumulative_tally() -> None:
    assert killed("", title="12 Georgians killed, 3 missing in the Russia-Ukraine war - embassy") is None


def test_record_since_does_not_hide_other_background_cues() -> None:
    # "the worst ... since" alone dates a record; "whose attack" still marks another event's toll.
    text = (
        "The council voted on the resolution on Monday. It did not name the group, whose attack that killed 600 "
        "people was the worst since the 1990s."
    )
    assert killed(text) is None


def test_aside_between_dashes_is_read_without_it() -> None:
    assert killed("Seven members of one family - among them a baby girl - were killed in a strike.") == 7


def test_people_killed_in_a_strike_is_remote_violence() -> None:
    tags = tag_article("", "Nine people were killed in a strike on a village near Sirte.", published="2022-05-10")
    assert tags.event_type == REMOTE


def test_blast_that_kills_in_a_war_zone_is_conflict() -> None:
    tags = tag_article("Explosion kills 30 at a clinic in Gaza", "", published="2022-05-10")
    assert tags.conflict and tags.alert


# --- countries --------------------------------------------------------------------------------------------------------
def test_region_closing_an_address_gives_the_country() -> None:
    assert country("Gunmen killed three farmers in Mbamnga, Taraba, on Sunday.") == "NG"


def test_attacker_nationality_does_not_move_a_city_to_a_small_namesake() -> None:
    # Russia has a small town called Donetsk; "Russian forces" name the attacker, not the place.
    assert country("Russian forces shelled Donetsk overnight.") == "UA"


def test_address_decides_between_namesakes() -> None:
    assert country("Police raided a house in Sao Goncalo, Rio de Janeiro, and two suspects died.") == "BR"


def test_name_with_two_particles() -> None:
    assert country("Teachers marched in Santa Cruz de la Sierra to demand their wages.") == "BO"


def test_part_of_an_unknown_name_is_not_a_place() -> None:
    # "Issa" alone is a small Russian town; "Kafr Issa" is a village the gazetteer lacks.
    assert country("A roadside bomb hit an army truck near Kafr Issa town in Syria.") == "SY"


def test_currency_is_not_a_place() -> None:
    assert country("Shopkeepers protested in Sidon against the rise of the US dollar exchange rate.") == "LB"


def test_unknown_village_falls_back_to_the_context_country() -> None:
    # Chora is a small Greek town; the text points to Afghanistan.
    assert country("Afghan forces repelled a Taliban attack in Chora district, killing 6 militants.") == "AF"


def test_observer_mission_points_to_its_country() -> None:
    assert country("The OSCE SMM observed 12 explosions near Zolote-4.") == "UA"


def test_arabic_article_is_optional_in_names() -> None:
    assert strip_article("ar raqqa") == "raqqa"
    assert strip_article("al") is None
    assert country("A car bomb exploded in Ar-Raqqa city, killing 4 people.") == "SY"
