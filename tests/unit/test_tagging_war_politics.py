"""Conflict or not, and which event: a war's politics without a toll (a headline naming a place at war over a text
that reports no violent event is a strategic development), terror attacks, labour strikes and outages, weapon names
and idioms that are no attack, question and explainer headlines, outlets named in a headline. Every sentence here is
the project's own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import STRATEGIC

PUBLISHED = "2023-10-20"
BORDER_FIGHTING = (
    "Fighting along the border on Monday killed 40 soldiers and displaced thousands of villagers. "
    "Troops exchanged artillery fire for five days before a ceasefire."
)


@pytest.mark.parametrize(
    ("title", "text", "theatre"),
    [
        (
            "Aid convoys still wait at the Gaza border",
            "Dozens of trucks loaded with flour and medicine have waited for days at the crossing. "
            "Relief agencies said supplies inside the strip would run out within a week.",
            "israel-gaza",
        ),
        (
            "Foreign minister to travel to Kyiv next week",
            "The visit will focus on winter energy supplies and reconstruction loans. "
            "It will be the minister's second trip since the invasion began.",
            "russia-ukraine",
        ),
        (
            "Prime minister heads to Israel as fears of a wider war grow",
            "The trip comes as the army gathers reservists near the border with Lebanon. "
            "Officials said the talks would cover humanitarian corridors.",
            "israel-gaza",
        ),
    ],
)
def test_war_politics_headline_is_a_strategic_development(title: str, text: str, theatre: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict is True
    assert tags.event_type == STRATEGIC
    assert tags.theatre == theatre
    assert tags.alert is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A belligerent's ordinary news: no sign of the war in the text.
        ("Russia weighs a floor price for beer", "Regulators want to stop bars selling cheap drinks all night."),
        ("Israel start-up raises funds for battery plant", "The company will build its first factory next year."),
        # No place at war in the headline.
        ("Central bank holds rates steady", "Inflation eased for a third month in a row, the bank said."),
    ],
)
def test_ordinary_news_from_a_belligerent_is_not_conflict(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict is False
    assert tags.event_type is None


def test_a_disaster_in_a_war_zone_stays_out_of_conflict() -> None:
    tags = tag_article(
        "Floods sweep through villages in Sudan",
        "Heavy rain and floods destroyed hundreds of homes along the river, officials said.",
        published=PUBLISHED,
    )
    assert tags.conflict is False


def test_a_river_that_burst_its_banks_is_a_disaster_even_where_war_is_news() -> None:
    tags = tag_article(
        "Juba River floods Bardhere, 11 dead",
        "At least 11 people have drowned after the Juba River burst its banks and flooded much of Bardhere, the "
        "district commissioner said on Monday. Thousands of families fled to higher ground.\n\n"
        "Aid agencies said relief convoys were slowed by insecurity on the roads around the town.",
        published=PUBLISHED,
    )
    assert tags.conflict is False
    assert tags.alert is False


def test_terror_attack_is_political_violence() -> None:
    tags = tag_article(
        "Two shot dead in terror attack in city centre",
        "A gunman shot dead two men outside a cafe on Monday evening in what prosecutors called a terror attack. "
        "The suspected extremist fled on a scooter.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 2


def test_sumo_is_a_sport_not_sumy() -> None:
    tags = tag_article("Sumo wrestlers too heavy for the flight", "The airline swapped in a larger plane.")
    assert all(p.country_code != "UA" for p in tags.places)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March, enemy air forces struck a farm near the village. Casualties unknown.",
        "On 3 March, enemy forces conducted an airstrike near the village. Casualties unknown.",
        "On 3 March, heavy artillery fire by an unknown party was reported in the district. No casualties reported.",
    ],
)
def test_a_word_that_names_the_attack_is_an_event_without_a_toll(text: str) -> None:
    tags = tag_article("", text, published=PUBLISHED)
    assert tags.event_type == "Explosions/Remote violence"


def test_a_launcher_named_after_a_storm_is_no_disaster() -> None:
    tags = tag_article(
        "",
        "On 5 March, enemy forces shelled the village with Tornado-S launchers, damaging houses and cars. "
        "Four civilians were injured.",
        published=PUBLISHED,
    )
    assert tags.event_type == "Explosions/Remote violence"
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 4


@pytest.mark.parametrize(
    "title",
    [
        "Why did the two neighbours fight a pointless border war?",
        "Can the country defend itself against jihadist killers?",
        "Analysis: How the rebels took the provincial capital",
        "The border clashes - explained",
    ],
)
def test_question_and_explainer_headlines_do_not_alert(title: str) -> None:
    tags = tag_article(title, BORDER_FIGHTING, published=PUBLISHED)
    assert tags.conflict is True
    assert tags.alert is False


def test_a_train_that_struck_a_truck_is_an_accident_not_an_attack() -> None:
    tags = tag_article(
        "Excursion train collides with delivery lorry at level crossing",
        "An excursion train full of pensioners struck a delivery truck at a rural crossing on Friday morning. "
        "The lorry's driver died at the scene; passengers were unhurt, the rail operator said.",
        published=PUBLISHED,
    )
    assert tags.conflict is False
    assert tags.event_type != "Explosions/Remote violence"


def test_the_same_report_under_a_news_headline_alerts() -> None:
    assert tag_article("Border clashes kill 40 soldiers", BORDER_FIGHTING, published=PUBLISHED).alert is True


@pytest.mark.parametrize("outlet", ["Daily Mail", "National Review", "The Daily Beast"])
def test_an_outlet_named_after_the_headline_does_not_make_it_a_review_or_a_tally(outlet: str) -> None:
    tags = tag_article(
        f"Six dead after missile slams into port city's housing estate - {outlet}",
        "Regional officials in Odesa said on Saturday that a Russian missile had destroyed two floors of a housing "
        "block overnight, killing at least six residents.",
        published=PUBLISHED,
    )
    assert tags.alert is True


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Dockers' federation calls 24-hour general strike on the day of the budget vote",
            "Port workers will down tools across the country while deputies vote on pension cuts, union leaders said.",
        ),
        (
            "Cabin crew at the national carrier to strike on Friday",
            "Travellers face a day of grounded flights after the flight attendants' union called a 48-hour strike "
            "over pay.",
        ),
        (
            "Messaging app back online after worldwide glitch",
            "The fault struck the service shortly after noon and kept messages from loading for ninety minutes.",
        ),
    ],
)
def test_labour_strikes_and_outages_are_not_attacks(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict is False
    assert tags.event_type != "Explosions/Remote violence"


def test_shelling_out_money_is_not_shelling() -> None:
    tags = tag_article(
        "Chip maker spends big on a new plant",
        "Investors cheered as the firm said it was shelling out four billion dollars on a factory in Ohio.",
        published=PUBLISHED,
    )
    assert tags.conflict is False
    assert tags.weapons == []


def test_a_headline_naming_the_war_makes_its_politics_conflict_news_wherever_the_text_starts() -> None:
    tags = tag_article(
        "Ukraine war live: Kharkiv front quiet overnight; Zelensky flies to Brussels",
        "European leaders spent Thursday in Brussels arguing over energy prices.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.event_type == STRATEGIC


@pytest.mark.parametrize("region", ["the Middle East", "the Pacific", "the Baltic"])
def test_a_world_region_is_not_the_small_town_named_after_it(region: str) -> None:
    tags = tag_article(f"Navy sends two more destroyers to {region}", f"The ships will patrol {region} for months.")
    assert all(p.country_code != "US" for p in tags.places)


@pytest.mark.parametrize(
    "title",
    [
        "Rover records the biggest quake yet on Mars",
        "EU delays its new border checks to 2025",
        "UN envoy flies to NATO talks",
    ],
)
def test_planets_and_abbreviations_are_not_small_towns(title: str) -> None:
    assert tag_article(title, "Scientists described the findings on Tuesday.").places == []


@pytest.mark.parametrize(
    "title",
    ["Donors pull funding from university over students' letter on Gaza",
     "Broadcaster apologises after backlash over interview about Israel",
     "Campus poll finds students split over Israel and Hamas"],
)  # fmt: skip
def test_a_wars_echo_at_home_is_not_its_politics(title: str) -> None:
    tags = tag_article(title, "The row grew on Tuesday as more people signed the letter, a spokesperson said.",
                       published=PUBLISHED)  # fmt: skip
    assert not tags.conflict


def test_aid_for_a_war_asked_of_a_parliament_stays_its_politics() -> None:
    tags = tag_article("President to ask Congress for $100 billion in Israel and Ukraine aid",
                       "The request would fund weapons and air defence for both countries, officials said.",
                       published=PUBLISHED)  # fmt: skip
    assert tags.conflict
    assert tags.event_type == "Strategic developments"


def test_a_row_about_an_armed_group_at_a_broadcaster_is_not_conflict() -> None:
    tags = tag_article("Broadcaster faces backlash for refusing to call Hamas terrorists",
                       "Critics said the broadcaster's editorial guidelines should change, and talks with its board "
                       "are planned for next week.", published=PUBLISHED)  # fmt: skip
    assert not tags.conflict


def test_a_sanctions_package_that_targets_tankers_recalls_a_strike_a_day_before() -> None:
    text = (
        "European Union ministers on Tuesday agreed a new package of sanctions on Russia, adding 150 tankers of its "
        "shadow fleet to the list of ships barred from EU ports. The sanctions came days after Russian and Ukrainian "
        "envoys met in Istanbul, and a day after a Russian missile attack on Kyiv killed five people."
    )
    tags = tag_article("EU targets 150 more shadow fleet tankers in new Russia sanctions package", text)
    assert (tags.event_type, tags.casualties.killed) == (STRATEGIC, None)
