"""Running tallies, opinion pages and arms-aid headlines in long war coverage: a four-figure toll with no attack in
its sentence, tolls over a period ("in the last few days"), counts of many attacks, opinion or analysis headlines and
pledges of weapons. Every sentence here is the project's own."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import title_not_discrete
from tests.unit.tagging_helpers import killed_toll

PUBLISHED = "2022-05-10"


killed = partial(killed_toll, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in the port believe more than 12,000 residents have died there. "
        "Two people were killed when a shell hit a bus stop on Tuesday.",
        "The defence ministry said 2,450 of its soldiers have been killed in combat. "
        "Two people were killed when a shell hit a bus stop on Tuesday.",
        "Analysts say as many as 9,000 troops may have died. "
        "Two people were killed when a shell hit a bus stop on Tuesday.",
    ],
)
def test_four_figure_toll_without_an_attack_is_a_tally(text: str) -> None:
    assert killed(text, "Shell hits bus stop in the east") == 2


def test_four_figure_toll_of_a_named_attack_still_counts() -> None:
    text = "More than 1,100 people were killed in the militants' attack on the border towns, the army said."
    assert killed(text, "Militant attack on border towns") == 1100


def test_toll_over_the_last_days_is_background() -> None:
    text = (
        "Nine people have been killed in the city in the last few days, the mayor said. "
        "On Monday a rocket struck a market, killing three people."
    )
    assert killed(text, "Rocket strikes market") == 3


def test_toll_of_many_attacks_is_a_tally() -> None:
    text = (
        "The monitors count at least 48 attacks on clinics across the country, leaving 60 people dead. "
        "A drone hit a clinic in the south on Sunday, killing four patients."
    )
    assert killed(text, "Drone hits clinic in the south") == 4


@pytest.mark.parametrize(
    "title",
    [
        "Opinion: the shelling of the east demands a stronger answer",
        "Analysis | What the missile strikes tell us about the next phase",
        "The Daily Ledger view on the war: a long summer of fighting ahead",
        "Why the offensive in the south stalled - analysis",
    ],
)
def test_opinion_and_analysis_headlines_are_not_discrete(title: str) -> None:
    assert title_not_discrete(title)


def test_ordinary_strike_headline_stays_discrete() -> None:
    assert not title_not_discrete("Missile strike on apartment block kills twelve in the capital")


@pytest.mark.parametrize(
    "title",
    [
        "Allies pledge to send heavy artillery as the war enters a new phase",
        "Norway promises howitzers and air defences for the front",
        "Washington will send more arms and ammunition to the army",
    ],
)
def test_arms_aid_headlines_are_not_discrete(title: str) -> None:
    assert title_not_discrete(title)


def test_arms_aid_piece_recounting_a_strike_does_not_alert() -> None:
    text = (
        "Ministers agreed on Tuesday to deliver more artillery to the army. "
        "On Monday a missile strike on the western city of Lviv killed at least seven people."
    )
    tags = tag_article("Allies pledge to send heavy artillery to Ukraine", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 7
    assert not tags.alert
