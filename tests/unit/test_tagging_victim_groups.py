"""Victims named in groups and in passing: a figure that counts two groups joined by "and", a family counted by its
size, a bystander hurt in a relative clause, the wounded taken to a clinic, "the injured, who numbered ...". And
what is not such a figure: an "and" that joins two clauses or two verbs. Every sentence here is the project's own."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.tagging_helpers import injured_toll, killed_toll

PUBLISHED = "2025-03-04"
killed = partial(killed_toll, published=PUBLISHED)
injured = partial(injured_toll, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Militants overran an outpost near Dori at dawn. An officer said more than 40 soldiers and auxiliary "
         "fighters were killed.", 40),
        ("Rebels attacked a camp outside Sirte on Sunday. Six policemen and allied tribal fighters were reportedly "
         "killed in the fighting.", 6),
        ("Jets struck a house in Nabatieh overnight, killing a family of six, the health ministry said.", 6),
        ("Three soldiers and two civilians were killed when a mine exploded near Kidal.", 5),
    ],
)  # fmt: skip
def test_a_figure_counts_the_groups_it_joins(text: str, toll: int) -> None:
    assert killed(text, "Deadly attack") == toll


@pytest.mark.parametrize(
    "text",
    [
        # The figure is a camp's number; "and killed" is the soldiers' verb, active.
        "The brigade overran Camp 3 with its vehicles and killed the gunmen inside, a spokesman said.",
        # The figure is of bullets; "and declared" begins another verb.
        "The trader was hit by five bullets and declared dead on arrival at a clinic in Kano.",
    ],
)
def test_an_and_between_clauses_or_verbs_joins_no_victims(text: str) -> None:
    assert killed(text, "Shooting reported") in (None, 1)


def test_a_comma_and_starts_another_clause() -> None:
    text = (
        "An air strike hit a shelter in Deir al-Balah on Friday. Doctors at the Al-Aqsa hospital counted 15 dead, "
        "and said dozens of wounded were still arriving."
    )
    assert killed(text, "Air strike on shelter") == 15
    assert injured(text, "Air strike on shelter") == 12


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A drone struck a van outside Bint Jbeil, killing the driver. A cyclist who was riding past at the moment "
         "of the blast was lightly hurt, the ministry said.", 1),
        ("Gunmen raided two hamlets near Beni overnight and killed nine villagers. Seven people with machete wounds "
         "were taken to the Oicha general health centre, a nurse said.", 7),
        ("A drone came down on a bus station in Shebekino on Monday. Nobody died, but the injured, who numbered "
         "eleven by the evening, included two drivers.", 11),
    ],
)  # fmt: skip
def test_the_injured_named_in_passing(text: str, toll: int) -> None:
    assert injured(text, "Strike reported") == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A missile hit a block of flats in Zaporizhzhia. Among the dead are four women, a man and three children, "
         "the governor said.", 8),
        ("Army units repelled an assault on a base near Djibo, and at least 30 attackers were neutralised, the "
         "general staff said.", 30),
        ("Police and rebels fought in Kupwara, in a clash in which three rebels and four police officers including "
         "one inspector and three constables were killed.", 7),
    ],
)  # fmt: skip
def test_the_dead_listed_neutralised_or_broken_down(text: str, toll: int) -> None:
    assert killed(text, "Deadly clash") == toll


def test_a_subset_before_and_belongs_to_the_other_figure() -> None:
    text = "Shells hit Belgorod on Sunday. The toll has risen to six, including a child, and 28 people were injured."
    assert killed(text, "Shelling of Belgorod") == 6
    assert injured(text, "Shelling of Belgorod") == 28


def test_those_wounded_who_died_are_no_injured_figure() -> None:
    text = (
        "The toll from an air strike on a shelter in Rafah rose to 19 overnight as several of the wounded died, "
        "doctors said. Dozens more were hurt."
    )
    assert killed(text, "Toll from Rafah strike rises") == 19
    assert injured(text, "Toll from Rafah strike rises") == 12


def test_a_calendar_date_days_back_further_down_is_another_event() -> None:
    text = (
        "Air defence shot down 41 of 45 drones launched overnight, the air force said. Mobile fire groups and "
        "electronic warfare units took part. Debris fell on open fields. On 3 March, drones hit a depot near Bila "
        "Tserkva, injuring two workers."
    )
    assert injured_toll(text, "Air defence downs 41 of 45 drones", published="2025-03-06") is None


def test_a_linked_story_at_the_top_of_the_page_gives_no_toll() -> None:
    text = (
        "Drones hit two blocks of flats in Sumy on Sunday night, injuring 21 people, the mayor said. "
        "Fires broke out on three floors. "
        "Read also: Missile strike on Mykolaiv port kills five, injures 14"
    )
    assert killed(text, "Drones hit Sumy flats") is None
    assert injured(text, "Drones hit Sumy flats") == 21


@pytest.mark.parametrize(
    ("text", "title", "toll"),
    [
        ("Six people, a man and his five children, were killed when jets bombed a house in Rafah.", "Strike on Rafah", 6),
        ("An air strike hit a cell near Tubas; four gunmen eliminated, the army said.", "Strike near Tubas", 4),
        ("Gunmen raided a checkpoint near Bannu overnight, officials said.", "Three soldiers martyred, five militants "
         "killed in Bannu attack", 8),
        ("A shell hit a market in Kherson. Twelve people were killed, five of them children.", "Shelling of Kherson", 12),
        ("The strike killed 30 servicemen and 4 units of equipment near Pokrovsk, the ministry claimed.",
         "Strike on brigade", 30),
    ],
)  # fmt: skip
def test_tolls_told_in_lists_clauses_and_claims(text: str, title: str, toll: int) -> None:
    assert killed(text, title) == toll


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a village near Bocaranga, killing two. Three people with gunshot wounds were evacuated to "
        "the hospital in Bozoum.",
        "Bandits raided a village in Maru, killing one man, while three others sustained gunshot wounds, residents "
        "said.",
    ],
)
def test_the_wounded_evacuated_or_with_wounds_sustained(text: str) -> None:
    assert injured(text, "Village attacked") == 3


def test_early_on_a_weekday_dates_the_lead_as_on_does() -> None:
    text = (
        "A woman and her three daughters were killed early Thursday when a drone struck their tent in Deir al-Balah, "
        "medics said. Six neighbours were wounded. On Wednesday, 14 people were killed when a strike hit a school "
        "in Gaza City."
    )
    assert killed(text, "Drone strike on tent kills four") == 4


def test_last_weekday_dates_another_attack_than_the_leads_day() -> None:
    text = (
        "Two guided bombs struck a residential street in Zaporizhzhia on Tuesday evening, injuring 11 people, the "
        "governor said. No one was killed. Last Friday, a missile strike on a repair plant in the city killed 17 "
        "people and injured more than 50."
    )
    title = "Guided bombs hit Zaporizhzhia street, 11 injured"
    assert killed(text, title) == 0
    assert injured(text, title) == 11


def test_a_later_update_bringing_the_number_of_dead_up_counts() -> None:
    text = (
        "Glide bombs hit a block of flats in Kharkiv in the afternoon, officials said. The governor first reported "
        "two dead. By the evening he said five people had been killed. Shortly before midnight rescuers pulled out "
        "two more bodies, bringing the number of dead to seven."
    )
    assert killed(text, "At least five killed as glide bombs hit Kharkiv flats") == 7


def test_a_breakdown_under_labels() -> None:
    text = (
        "Insurgents overran a base near Dikwa before dawn, a security source said. He gave this breakdown:\n"
        "Killed: two soldiers, three police officers and a vigilante.\nWounded: five soldiers.\nMissing: one soldier."
    )
    assert killed(text, "Insurgents overrun base near Dikwa") == 6
    assert injured(text, "Insurgents overrun base near Dikwa") == 5


@pytest.mark.parametrize(
    ("text", "title", "dead", "hurt"),
    [
        ("A drone strike hit a pickup near Jilib, killing two fighters. No one else was killed or injured, the "
         "command said.", "Strike kills two near Jilib", 2, 0),
        ("Nine shoppers were injured when a grenade exploded in a market in Sopore. There was no loss of life, "
         "police said.", "Grenade attack in Sopore market", 0, 9),
        ("A drone set a fuel tank ablaze at a depot in Novorossiysk. Three workers suffered burns, officials said.",
         "Drone attack sets depot ablaze", None, 3),
        ("A roadside bomb hit a police van in Bajaur on Monday, officials said.",
         "Policeman martyred, three injured in Bajaur roadside blast", 1, 3),
        ("Jets bombed a monastery in Sagaing late on Monday, killing more than ten people. By Tuesday morning, 17 "
         "bodies had been recovered, a rescuer said.", "Air strike on Sagaing monastery", 17, None),
    ],
)  # fmt: skip
def test_zeros_burns_lone_victims_and_bodies_found(text: str, title: str, dead: int | None, hurt: int | None) -> None:
    assert killed(text, title) == dead
    assert injured(text, title) == hurt


def test_the_dead_told_as_martyrdom_are_not_items_of_the_injured() -> None:
    text = (
        "Four policemen embraced martyrdom and six others were injured when a suicide bomber rammed a police van "
        "near Bannu on Tuesday, police said."
    )
    assert injured(text, "Suicide bomber strikes police van near Bannu") == 6


def test_no_one_else_hurt_is_no_zero_toll_of_the_dead() -> None:
    text = (
        "Two armed men on a motorcycle opened fire on a vaccination team in Bajaur, police said. The health worker "
        "and the constable escorting him died on the spot. No one else was hurt."
    )
    assert killed(text, "Vaccination team attacked in Bajaur") in (None, 2)  # never 0: the two dead stand
    assert injured(text, "Vaccination team attacked in Bajaur") == 0


def test_a_long_toll_sentence_that_rose() -> None:
    text = (
        "The toll from an attack by Allied Democratic Forces rebels on mourners at a funeral in eastern Democratic "
        "Republic of Congo has risen to 29, a civil society leader said on Tuesday."
    )
    assert killed(text, "At least 18 killed in attack on funeral in Lubero") == 29


def test_the_nth_body_recovered_by_the_evening_updates_the_toll() -> None:
    text = (
        "Missiles and drones hit Kyiv overnight, killing at least seven people, officials said. Fires broke out in "
        "four districts. The air force said 140 drones were launched. Rescuers kept digging. By the evening "
        "emergency workers had recovered an 8th body from the rubble, the city administration said."
    )
    assert killed(text, "Attack on Kyiv kills seven") == 8


def test_a_lone_survivor_with_wounds_is_one_injured() -> None:
    text = (
        "Soldiers shot dead four civilians sheltering in a cellar near Pokrovsk on Saturday, prosecutors said. "
        "A fifth person, an elderly man, survived with gunshot wounds."
    )
    assert injured(text, "Four civilians shot dead near Pokrovsk") == 1


def test_ages_listed_after_aged_are_not_a_toll() -> None:
    text = "Two sisters aged 8 and 11 were killed when an unexploded shell went off near Saraqib, rescuers said."
    assert killed(text, "Unexploded shell kills two sisters") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers embraced shahadat in an exchange of fire in Mir Ali, the military said.",
        "Five jawans attained martyrdom when Maoists blew up their vehicle near Sukma.",
    ],
)
def test_martyrdom_phrasings_are_deaths(text: str) -> None:
    assert killed(text, "Soldiers killed in attack") == 5
