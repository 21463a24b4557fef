"""Tolls read clause by clause, victims named with their ages or after a relative pronoun, and accidents that look
like attacks. A date or an update word in a later clause belongs to that clause; a number before "-year-old" is an
age; a mine that caves in, or a plant blast with an attack ruled out, is no strike. Every sentence here is the
project's own."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from tests.unit.tagging_helpers import injured_toll, killed_toll

PUBLISHED = "2025-06-10"

killed = partial(killed_toll, published=PUBLISHED)


injured = partial(injured_toll, published=PUBLISHED)


def test_an_update_word_in_a_later_clause_does_not_lift_a_background_toll() -> None:
    text = (
        "A drone strike on a fish market in Hodeidah killed four people and wounded 30 on Monday, medics said. "
        "Fire crews worked for hours at the scene. Shops nearby were shut. "
        "Raids on the port last spring killed hundreds, before the two sides reached a truce."
    )
    assert killed(text, "Drone strike hits Hodeidah fish market") == 4


def test_a_date_in_a_later_clause_leaves_the_figure_its_own() -> None:
    text = (
        "A drone strike on a car in Tyre killed two men on Monday, the health ministry said, in spite of a "
        "truce that has held since late 2024."
    )
    assert killed(text, "Drone strike on a car in Tyre") == 2


def test_a_month_and_year_date_the_sentence() -> None:
    text = (
        "Militants attacked an army post near Djibo on Sunday, killing dozens of soldiers, security sources said. "
        "The attackers came on motorbikes. The post was burnt. "
        "In March 2024, militants killed hundreds of people, many of them herders, in a village nearby."
    )
    assert killed(text, "Militants attack army post near Djibo") == 12


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Shelling hit a bus stop in Kherson on Monday, killing the driver and a 58-year-old woman.", 2),
        (
            "A 31-year-old man, his 29-year-old wife and their 6-year-old son were killed when a shell hit their house.",
            3,
        ),
    ],
)
def test_ages_are_not_counts_in_a_list_of_victims(text: str, toll: int) -> None:
    assert killed(text, "Shelling in Kherson") == toll


def test_items_after_a_preposition_are_not_victims() -> None:
    text = (
        "A rights group said it had confirmed nine deaths, among them a father and his son who were shot inside "
        "their home, and at least four people wounded."
    )
    assert injured(text, "Gunmen attack village") == 4


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Two other passengers who suffered gunshot injuries were taken to the general hospital.", 2),
        ("Four survivors with burns are receiving treatment at the district hospital.", 4),
        ("Gunmen opened fire on the bus. A young girl was also hit by shrapnel, her school said.", 1),
    ],
)
def test_wounded_named_by_their_treatment(text: str, toll: int) -> None:
    assert injured(text, "Gunmen attack bus on highway") == toll


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rescuers dig for miners after gold pit caves in near Kidal",
            "Twenty-one miners died when the shafts of an artisanal gold mine near Kidal caved in on Saturday, a "
            "local official said. Heavy rain had softened the ground.",
        ),
        (
            "Blast at fertiliser plant kills six, governor rules out drone attack",
            "An explosion at a fertiliser plant in the Russian city of Novomoskovsk killed six workers and injured "
            "14 on Friday. There were no signs of sabotage, the governor said, and the plant's managers were "
            "questioned over safety rules.",
        ),
    ],
)
def test_accidents_are_not_strikes(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict is False
    assert tags.alert is False


def test_a_drone_strike_on_a_plant_stays_a_strike() -> None:
    tags = tag_article(
        "Drones hit chemical plant in Novomoskovsk, killing six",
        "Ukrainian drones struck a chemical plant in the Russian city of Novomoskovsk on Friday, killing six "
        "workers and injuring 14, the governor said.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.alert is True


def test_armed_men_who_storm_a_town_are_no_weather() -> None:
    tags = tag_article(
        "Gang gunmen storm farming town, killing 11",
        "Gang members stormed the farming town before dawn on Monday, killing 11 people and burning homes, "
        "officials said.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.alert is True
    weather = tag_article(
        "Storm kills 11 in coastal towns",
        "A storm with winds of 150 km/h tore roofs off homes and killed 11 people along the coast on Monday.",
        published=PUBLISHED,
    )
    assert weather.conflict is False
    assert weather.alert is False


def test_a_bus_that_plunges_into_a_river_is_an_accident() -> None:
    tags = tag_article(
        "",
        "At least 14 people were killed and 22 injured when a bus veered off the highway and plunged into a river "
        "on Sunday, police said. Soldiers and police searched the water for six missing passengers. The driver "
        "lost control on a bend, police said.",
        published=PUBLISHED,
    )
    assert tags.conflict is False
    assert tags.alert is False


def test_gunmen_who_take_passengers_off_a_bus_are_an_armed_group() -> None:
    tags = tag_article(
        "Gunmen stop buses, kill seven passengers on highway",
        "Armed men blocked the highway on Thursday night, forced passengers off two coaches and shot seven of "
        "them dead after checking their identity cards, officials said.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.alert is True


@pytest.mark.parametrize(
    ("text", "title", "toll"),
    [
        # "also" adds to the figure just before it; a breakdown of a total adds nothing
        (
            "A strike on a house killed a man and his two children on Monday, medics said. A neighbour who had "
            "come to help was also killed.",
            "Strike on a house kills family",
            4,
        ),
        (
            "Three people were killed when missiles hit a railway depot on Saturday, the governor said. Two guards "
            "were killed at a substation. One soldier was also killed, he said.",
            "Missile strike kills three",
            3,
        ),
        # the sources after an enumeration are no victims
        (
            "Militants rounded up farmers in their fields and killed at least 32 of them, a militia leader and a "
            "lawmaker said on Monday.",
            "Militants kill 32 farmers",
            32,
        ),
        # bodies recovered, and a toll given by a later time of day, update the lead
        (
            "Gangs stormed a hillside town over the weekend, killing at least 12 people, officials said on Saturday. "
            "Residents hid in the fields. Police exchanged fire with the gangs. "
            "By Sunday evening, rescuers had recovered 28 bodies in the town.",
            "Gangs storm hillside town",
            28,
        ),
    ],
)
def test_tolls_added_broken_down_and_updated(text: str, title: str, toll: int) -> None:
    assert killed(text, title) == toll


def test_a_lead_that_says_nobody_was_hurt_keeps_later_tolls_out() -> None:
    text = (
        "Rockets fired from Lebanon struck the town on Monday, damaging several cars, but no one was hurt, "
        "paramedics said. Most of the 30 rockets were intercepted. Firefighters put out a blaze. "
        "The group said it fired in response to an "
        "Israeli strike on a village earlier in the day, which local sources said killed three people."
    )
    assert killed(text, "Rockets hit northern town; no injuries") == 0


@pytest.mark.parametrize(
    "text",
    [
        "Israel responded to that attack with air strikes on the port that killed at least six people.",
        "A strike on a detention centre in the north a week later killed 68 migrants, the rebels said.",
    ],
)
def test_an_attack_replied_to_or_weeks_later_is_another_event(text: str) -> None:
    lead = (
        "Air defences shot down a missile fired at the city on Thursday, the army said. Sirens sounded before "
        "dawn. Paramedics were not called out. "
    )
    assert killed(lead + text, "Army downs missile over the city") in (None, 0)


def test_a_score_is_twenty() -> None:
    text = "Over a dozen civilians were killed and a score of others injured when a jet bombed the village on Monday."
    assert injured(text, "Jet bombs village") == 20
    assert killed(text, "Jet bombs village") == 12


def test_a_baby_among_six_killed_is_a_toll_of_six() -> None:
    text = "A three-month-old girl is among six people killed in an overnight drone attack on the port city, officials say."
    assert killed(text, "Baby among six killed in drone attack") == 6


def test_also_in_a_breakdown_of_the_dead_adds_nothing() -> None:
    text = (
        "At least nine people were killed and 21 wounded when a suicide car bomb hit a checkpoint in the capital on "
        "Sunday, police said. The blast destroyed several stalls. Most of the dead were soldiers, but two street "
        "vendors and a rickshaw driver were also killed."
    )
    assert killed(text, "Suicide car bomb kills nine at checkpoint") == 9


def test_fire_after_a_glide_bomb_is_no_disaster() -> None:
    tags = tag_article(
        "Glide bombs kill nine at Kharkiv hypermarket",
        "At least 12 people were killed and 43 injured after glide bombs struck a hypermarket in Kharkiv on Saturday. "
        "Firefighters battled a blaze that spread across the building through the evening.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.alert is True


@pytest.mark.parametrize(
    ("text", "title", "toll"),
    [
        (
            "Insurgents beheaded six fishermen on the beach near the village on Monday, residents said.",
            "Insurgents behead six fishermen",
            6,
        ),
        (
            "A missile strike eliminated up to 50 servicemen at a training ground on Friday, the ministry claimed.",
            "Missile strike eliminates servicemen",
            50,
        ),
        (
            "The rocket hit a house in the town on Monday, wounding six. Sirens sounded. The army fired back. The group "
            "said it fired in response to the killing of one of its commanders.",
            "Rocket hits house; six hurt",
            None,
        ),
    ],
)
def test_beheaded_eliminated_and_a_killing_that_provoked_the_attack(text: str, title: str, toll: int | None) -> None:
    assert killed(text, title) == toll


def test_a_buried_explosive_is_no_burial() -> None:
    tags = tag_article(
        "Three soldiers killed by buried explosive in Michoacan",
        "Three soldiers were killed and five injured when an explosive device buried on a dirt road went off under "
        "their vehicle on Thursday, the defence ministry said.",
        published=PUBLISHED,
    )
    assert tags.event_type == "Explosions/Remote violence"
    assert tags.alert is False  # 3 killed + 5 injured: below the threshold


def test_a_gang_coalition_s_massacre_is_armed_violence() -> None:
    tags = tag_article(
        "Gang coalition attack on farming town leaves at least 25 dead, rights group says",
        "Gunmen of the Viv Ansanm gang coalition attacked the town on Friday, killing at least 25 people, a rights "
        "group said.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.alert is True


@pytest.mark.parametrize(
    ("text", "title", "toll"),
    [
        (
            "The dead, who numbered eleven and who included the village head, were buried on Thursday, a day after "
            "gunmen rode into the village.",
            "Villagers bury their dead after dawn raid",
            11,
        ),
        (
            "Two bombs fell on the monastery shortly after midnight. The dead - nine novice monks, four women and an "
            "elderly man - were buried at dawn.",
            "Monastery bombed as displaced villagers slept",
            14,
        ),
        ("'We have received seventeen martyrs,' the hospital director said after tank fire hit the camp.", "", 17),
        (
            "A ballistic missile struck the city centre on Thursday, injuring 23 people.",
            "Missile injures 23, no deaths",
            0,  # "no deaths" is a zero, not a toll of 23
        ),
    ],
)
def test_the_dead_named_first_and_a_negated_toll(text: str, title: str, toll: int) -> None:
    assert killed(text, title) == toll


def test_police_reporting_a_strike_do_not_make_it_crime() -> None:
    tags = tag_article(
        "Four policemen killed as roadside bomb hits van",
        "Four policemen were killed and two others injured when a remote-controlled bomb struck their vehicle on "
        "Monday, police said. Police said the suspects had fled.",
        published=PUBLISHED,
    )
    assert tags.conflict is True


def test_a_relative_clause_between_commas_does_not_break_a_list_of_victims() -> None:
    text = (
        "Three policemen and a passer-by, who was a student on his way to an exam, were killed on Thursday when a "
        "bomb hidden in a parked motorcycle went off as a police van drove past."
    )
    assert killed(text, "Motorcycle bomb targets police van") == 4


def test_the_figure_s_own_fighting_described_in_a_which_clause_is_no_war_tally() -> None:
    text = (
        "The army said on Monday it had beaten back an attack on its positions east of Kadugli. An officer said four "
        "soldiers had been killed and eleven wounded in the fighting, in which both sides used mortars and heavy "
        "machine guns."
    )
    title = "Army says it beat back attack near Kadugli"
    assert (killed(text, title), injured(text, title)) == (4, 11)
