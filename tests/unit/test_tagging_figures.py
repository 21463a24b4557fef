"""Tolls in sentences that used to mislead the figure patterns: a date before the figure, an attacker's count as the
subject of an active verb, two verbs ("kidnapped and killed"), corpses, and a vague lead toll ("hundreds") stated
later as a figure. Every sentence here is the project's own."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from tests.unit.tagging_helpers import killed_toll

PUBLISHED = "2023-10-20"


killed = partial(killed_toll, published=PUBLISHED)


def test_specific_figure_after_a_vague_lead_toll_is_taken() -> None:
    tags = tag_article(
        "Blast at a crowded clinic",
        "Hundreds were feared dead after an explosion tore through a packed clinic in Gaza City late on Tuesday.\n"
        "Live updates\n"
        "Rescue teams worked through the night at the scene. "
        "At least 470 people died in the blast, the health ministry said on Wednesday.",
        published=PUBLISHED,
    )
    assert tags.casualties.killed is not None
    assert tags.casualties.killed.min == 470
    assert tags.casualties.killed.qualifier == "at least"


def test_a_later_figure_far_above_a_vague_lead_toll_is_not_taken() -> None:
    text = (
        "Dozens of people were killed in a strike on a market in the town on Sunday, medics said. "
        "The square was crowded with shoppers. Ambulances queued at the gate. "
        "Some 4,500 people were killed in the province's fighting, a monitor said."
    )
    assert killed(text, "Strike on a market") == 12


def test_specific_lead_toll_is_not_replaced_by_a_later_figure() -> None:
    text = (
        "Eight people were killed in a strike on a market in the town on Sunday, medics said. "
        "The square was crowded with shoppers. Ambulances queued at the gate. "
        "Another 30 people were killed in clashes near the front line, officials said."
    )
    assert killed(text, "Strike on a market") == 8


@pytest.mark.parametrize(
    "opening",
    ["On 29 April 2020, two", "On 29 April, two", "On April 29, two", "In 2020, two", "On 3rd of May, two"],
)
def test_a_date_before_the_figure_is_not_the_toll(opening: str) -> None:
    assert killed(f"{opening} constables died when gunmen ambushed their patrol car.", published="2020-05-02") == 2


def test_a_figure_before_may_the_verb_is_still_a_figure() -> None:
    assert killed("Officials fear up to 29 may have been killed in the shelling.") == 29


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two masked riders on a scooter shot and killed a baker outside his shop.", 1),
        ("Two gunmen killed three villagers near the well.", 3),
        ("Five civilians killed 12 km from the front line by shelling.", 5),
        ("Two soldiers killed in an ambush on the convoy.", 2),
    ],
)
def test_the_figure_of_an_active_subject_counts_the_attackers(text: str, want: int) -> None:
    assert killed(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Three shepherds were kidnapped and killed in the hills, their village elder said.", 3),
        ("Four aid workers were abducted and later killed, the agency said.", 4),
        ("A patrol came across the corpses of some forty insurgents near the river.", 40),
    ],
)
def test_two_verbs_and_corpses_state_a_toll(text: str, want: int) -> None:
    assert killed(text) == want


def test_a_months_abbreviation_before_a_day_ends_no_sentence() -> None:
    from services.processor.tagging.text import split_sentences

    assert split_sentences("Militants seized 40 hostages on Oct. 7 and still hold 12. Talks resume on Monday.") == [
        "Militants seized 40 hostages on Oct. 7 and still hold 12.",
        "Talks resume on Monday.",
    ]


def test_a_toll_dated_weeks_before_the_report_is_background_whatever_the_date_format() -> None:
    text = "Officials say 60 hostages taken on Oct. 7 remain in captivity, including the bodies of at least 21."
    assert killed(text, "What we know about the hostages", published="2024-02-10") is None
    assert killed(text, "What we know about the hostages", published="Sat, 10 Feb 2024 09:00:00 -0500") is None


def test_a_date_that_dates_a_record_is_not_the_events_date() -> None:
    text = "At least 300 are dead in the deadliest strike on the city since the Oct. 2 raid on the port."
    assert killed(text, "Hundreds dead in strike on the city", published="2023-10-17") == 300


def test_a_place_in_a_since_clause_is_not_the_events_place() -> None:
    tags = tag_article(
        "Hundreds dead in strike on Gaza clinic",
        "At least 300 are dead in the deadliest strike since the Oct. 2 attack on Israel, officials said.",
        published="2023-10-17",
    )
    assert tags.places and tags.places[0].country_code == "PS"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A Russian strike killed three people in the city on Tuesday. The attack came a day after missiles killed 20 "
         "people in a neighbouring region.", 3),
        ("A drone killed four people in the town on Tuesday, a week after a strike on its market killed 17.", 4),
        ("Two people were killed in a missile strike on the port on Tuesday. On Sunday, 12 people died in a strike on "
         "the same district.", 2),
        ("Five people died in shelling of the town on Tuesday, bringing the toll there this month to 40.", 5),
        ("A strike on the city killed six people on Tuesday. It was the deadliest attack there since April, when 35 "
         "people were killed.", 6),
        ("A strike killed three people in the city on Tuesday. In January, a missile strike there killed 20 people.", 3),
        ("A strike killed three people in the city on Tuesday. A strike on a hardware store there killed 19 in May.", 3),
        ("A strike killed three people in the city on Tuesday, the deadliest since a missile hit a mall, killing 22.", 3),
        ("A strike killed three people in the city on Tuesday. The same block was hit in the summer, when nine died.", 3),
        ("A strike killed three people in the city on Tuesday. It follows a strike on a hospital there that killed 33.",
         3),
        ("A strike killed three people in the city on Tuesday. Strikes on the power grid have killed 15 this winter.", 3),
    ],
)  # fmt: skip
def test_an_earlier_attack_recalled_beside_the_news_keeps_its_toll_apart(text: str, want: int) -> None:
    assert killed(text, published="2024-03-12") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A missile hit the town on Monday, killing five people. On Tuesday, officials said the toll had risen to 7.", 7),
        ("A missile hit the town on Monday, killing five people. On Tuesday, rescuers pulled the bodies of 9 people "
         "from the rubble.", 9),
        ("Just two months after raising its alert level, the country was in shock on Tuesday over the killing of two "
         "of its citizens in an attack.", 2),
        ("A missile killed at least 12 people in the deadliest strike on the city since May, officials said.", 12),
        ("In March, a missile strike on the port killed 14 people, officials said on Tuesday.", 14),  # this month
        ("Two soldiers were killed following an attack by militants on a checkpoint on Tuesday.", 2),
    ],
)  # fmt: skip
def test_updates_and_openings_with_an_earlier_time_keep_their_figures(text: str, want: int) -> None:
    assert killed(text, published="2024-03-12") == want
