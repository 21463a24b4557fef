"""Round-3 tagging rules: ACLED coding notes, ranges, enumerations, single victims, victims deciding Battles vs
Violence against civilians, remote weapons, crowd-size notes. Every sentence here is the project's own."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.language import detect_language
from tests.unit.tagging_helpers import killed_toll

killed = partial(killed_toll, published="2021-03-04")


def event(text: str) -> str | None:
    return tag_article("", text, published="2021-03-04").event_type


# --- casualties ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A coder's note outranks the report's figures; split totals give each event its share.
        ("Raiders attacked a cattle post; casualties were reported. Unknown fatalities coded as 10.", 10),
        ("Guards killed 4 raiders at the depot. Fatalities coded as 0 (local radio reported 4).", 0),
        ("Fighting spread over the hills. Unknown fatalities coded as 10 and split between 2 events.", 5),
        ("Shelling hit three hamlets. Coded as 10 fatalities split across 4 events.", 3),
        ("Shelling hit the ridge. Coded as 9 fatalities split across 4 events. 1 fatality coded to this event.", 1),
    ],
)
def test_coding_notes_set_the_fatalities(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 2 and 5 guards were killed when the depot was overrun.", 2),
        ("Militiamen repelled the raid, which led to the killing of 3 raiders and 1-2 guards.", 4),
        ("Six or seven herders were killed near the well.", 6),
        ("The death toll rose from 5 to 12 on Friday, officials said.", 12),
    ],
)
def test_ranges_are_read_at_their_low_end(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three militiamen and a farmer were killed near the river crossing.", 4),
        ("Raiders struck the camp at dawn, killing two herders and a trader.", 3),
        ("A teacher and her two sons were killed when the convoy was ambushed.", 3),
        ("On Tuesday, 4 guards, 2 drivers, and 1 cook were killed in the raid.", 7),
        ("Six villagers (four men and two women) were killed in the raid on the market.", 6),
    ],
)
def test_enumerated_victims_add_up(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper accused of hoarding was stabbed to death near the market.",
        "The body of a lorry driver was found beside the road with gunshot wounds.",
        "Gunmen stopped the bus and shot a passenger dead, then shot a guard, killing him.",
        "The deputy head of the local council was killed in an ambush on the ring road.",
        "Militants fired on a checkpoint, resulting in the death of a guard.",
    ],
)
def test_a_single_victim_is_one(text: str) -> None:
    assert killed(text) == 1


def test_an_age_in_apposition_is_not_a_toll() -> None:
    assert killed("The gunman, 45, a known drifter, was shot dead by police on Monday.") != 45
    assert killed("The gunman, 45, a known drifter, shot dead two guards on Monday.") == 2


def test_nobody_killed_is_still_zero() -> None:
    assert killed("A drone was shot down over the port; no one was killed.") == 0


# --- event type ------------------------------------------------------------------------------------------------------
def test_armed_victims_make_a_battle_and_unarmed_ones_violence_against_civilians() -> None:
    assert event("Unidentified gunmen shot dead a police sergeant at a checkpoint outside the town.") == "Battles"
    assert event("A soldier shot dead a shopkeeper in the market after an argument.") == "Violence against civilians"
    assert event("Militants attacked the village of Doru at night and killed 5 farmers.") == (
        "Violence against civilians"
    )


def test_a_remote_weapon_wins_over_the_targets_being_armed() -> None:
    assert event("An air strike by the air force killed eight rebel fighters at their camp.") == (
        "Explosions/Remote violence"
    )
    # Small arms fired at positions is an exchange on the ground.
    assert event("Rebel forces fired grenade launchers and small arms at army positions near the dam.") == "Battles"


def test_crowd_size_note_means_a_demonstration() -> None:
    assert event("Traders gathered at the town hall to demand lower market fees. [size=no report]") == "Protests"
    assert event("Youths threw stones at police and set fire to a car during a march. [size=around 50]") == "Riots"


def test_arabic_article_in_names_does_not_make_text_spanish() -> None:
    assert detect_language("Forces clashed with al Shabaab near al Bayda; two al Shabaab dead.") != "es"
