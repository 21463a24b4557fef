"""Political violence without a war's name in it: armed groups falling on villages, communal militias, forces named
by their allegiance, planted bombs, violence in a country at war; what stays out of it (crime, accidents in a war
zone, a war's echo in headlines); the verbs and number words that state deaths and injuries; headlines that name a
strike without a violence stem, and running pages of a war. Every sentence here is the project's own; the facts
follow the kinds of reports ACLED codes."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from tests.unit.tagging_helpers import killed_toll

PUBLISHED = "2024-03-12"

killed = partial(killed_toll, published=PUBLISHED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Village raid leaves six dead",
         "Gunmen stormed a village in Plateau state overnight, killing six residents and torching homes, police said."),
        ("Eight dead in Mudug",
         "Eight people died in clan fighting near Galkayo on Monday, elders said."),
        ("Farmers and herders clash",
         "At least nine people were killed when herdsmen clashed with farmers over grazing land in Benue on Sunday."),
        ("Attack near Bunia",
         "CODECO militiamen armed with machetes killed seven civilians near Bunia on Monday, a local official said."),
        ("Fighting in Lahij",
         "Pro-government forces clashed with separatist tribesmen in Lahij on Tuesday, leaving six fighters dead."),
        ("Gang massacre in river town",
         "Gang members attacked the town of Riviere on Thursday, killing at least 70 people, the UN said."),
        ("Seven villagers shot dead",
         "Gunmen on motorbikes killed seven villagers and burned their granaries overnight, residents said."),
        ("Fifteen villagers killed in central Mali",
         "Armed men killed at least 15 villagers in an attack near Mopti on Monday, local officials said."),
    ],
)  # fmt: skip
def test_armed_group_violence_is_conflict_and_alerts(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict
    assert tags.event_type in ("Violence against civilians", "Battles")
    assert tags.alert


def test_a_shell_that_hit_a_house_is_shelling() -> None:
    tags = tag_article(
        "Family killed in Donetsk",
        "A mother, a father and their three children were killed when a shell hit their house in Donetsk on Monday.",
        published=PUBLISHED,
    )
    assert tags.conflict
    assert tags.event_type == "Explosions/Remote violence"
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 5
    assert tags.alert


def test_a_hate_crime_abroad_is_crime_not_war() -> None:
    tags = tag_article(
        "Palestinian American boy stabbed in suspected hate crime",
        "A six-year-old Palestinian American boy died after being stabbed by his landlord near Chicago, police said.",
        published=PUBLISHED,
    )
    assert not tags.conflict
    assert not tags.alert


def test_a_stabbing_in_a_quiet_town_stays_crime() -> None:
    tags = tag_article(
        "Man held after stabbing",
        "A man was stabbed to death outside a bar in the town centre on Saturday; police arrested a suspect.",
        published=PUBLISHED,
    )
    assert not tags.conflict


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("An attacker fatally stabbed a teacher at a school in the northern town on Friday, prosecutors said.", 1),
        ("Police fatally shot two men who opened fire on a checkpoint on Monday.", 2),
        ("Police shot the suspect in the deaths of two football fans on Tuesday morning after a manhunt.", 2),
        ("Troops were accused over the death of 3 farmers near the border on Sunday.", 3),
        ("Four members of one family, including two children, were killed in a strike on their home on Sunday.", 4),
        ("The gunman in the fatal shooting of two tourists was shot and killed by police on Tuesday morning.", 2),
        ("A gunman on a scooter gunned down three fans outside the stadium on Monday evening.", 3),
        ("A man was charged on Monday with murdering a 70-year-old passer-by in the town centre.", 1),
        ("Forty lives were lost when drones struck the displacement camp on Monday, medics said.", 40),
    ],
)
def test_verbs_and_nouns_that_state_deaths(text: str, want: int) -> None:
    assert killed(text) == want


def test_a_bomb_planted_on_a_motorbike_is_an_attack_in_conflict() -> None:
    tags = tag_article(
        "Blast near police van",
        "Eleven people died when a bomb planted on a motorbike went off beside a police van in Quetta on Tuesday.",
        published=PUBLISHED,
    )
    assert tags.conflict
    assert tags.event_type == "Explosions/Remote violence"
    assert tags.alert


def test_a_toll_named_far_from_its_figure_is_read() -> None:
    text = (
        "The death toll from an air strike on a school sheltering displaced families in the north of the city rose "
        "to 27 on Tuesday, rescuers said."
    )
    assert killed(text, "School strike toll rises") == 27


def test_other_events_recalled_after_the_figure_leave_it_the_main_toll() -> None:
    text = (
        "A strike on a fishing boat off the coast killed four people on Tuesday, officials said, the latest in a "
        "series of attacks on boats that have killed dozens since September."
    )
    assert killed(text) == 4


def test_a_figure_inside_the_clause_of_another_event_stays_background() -> None:
    text = (
        "Shelling killed three people in the town on Tuesday, officials said. "
        "Two more people died in a separate attack on a nearby village on Tuesday night, and five died in an "
        "earlier raid."
    )
    assert killed(text, "Shelling kills three") == 3


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The district governor and his driver were killed when a roadside bomb hit their car on Monday.", 2),
        ("A soldier opened fire on a family at a market on Monday, killing the father and a son.", 2),
        ("A drone strike killed a senior commander of the group and his two bodyguards on Monday.", 3),
        ("The boy and at least six other people died after rockets hit a housing estate on Monday.", 7),
    ],
)
def test_enumerated_victims_add_up(text: str, want: int) -> None:
    assert killed(text) == want


def test_the_before_a_word_that_names_no_victim_is_no_item() -> None:
    text = "Two gunmen fired at the police during the raid, and one of the gunmen was killed on Monday."
    assert killed(text) == 1


def test_a_knife_attack_claimed_for_a_jihadist_group_is_conflict_without_an_alert() -> None:
    tags = tag_article(
        "Prosecutor: school attacker pledged loyalty to Islamic State",
        "The anti-terror prosecutor said the suspected extremist pledged allegiance to the Islamic State group before "
        "the stabbing of a teacher at a school last week.",
        published=PUBLISHED,
    )
    assert tags.conflict
    assert tags.event_type == "Violence against civilians"
    assert not tags.alert  # one victim, last week


def test_a_war_leaders_meeting_with_a_president_is_a_strategic_development() -> None:
    tags = tag_article("Zelensky meets Erdogan in Istanbul",
                       "Ukraine's president met the Turkish president in Istanbul on Tuesday to discuss a grain deal "
                       "and a prisoner exchange.", published=PUBLISHED)  # fmt: skip
    assert tags.conflict
    assert tags.event_type == "Strategic developments"


def test_air_defences_that_down_drones_are_an_interception() -> None:
    tags = tag_article(
        "Air defences down drones over Belgorod",
        "Air defences destroyed 18 drones over the Belgorod region overnight, the defence ministry said; no one was hurt.",
        published=PUBLISHED,
    )
    assert tags.event_type == "Strategic developments"
    assert not tags.alert


def test_an_armed_group_freeing_a_ships_crew_is_a_strategic_development() -> None:
    tags = tag_article(
        "Houthis free crew of seized ship",
        "Yemen's Houthis released the 25 crew members of a cargo ship they seized in the Red Sea last year, Oman said.",
        published=PUBLISHED,
    )
    assert tags.conflict
    assert tags.event_type == "Strategic developments"


def test_people_who_sought_medical_help_are_injured() -> None:
    tags = tag_article(
        "Drone hits high-rise",
        "Twenty-five people sought medical help after a drone struck a high-rise in Kyiv overnight, officials said.",
        published=PUBLISHED,
    )
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 25
    assert tags.alert  # 25 hurt: high


@pytest.mark.parametrize(
    "title",
    ["Russia pummels Kharkiv overnight", "Putin blitzes Odesa before Easter", "Israeli jets target Hezbollah commanders",
     "Shahed swarm over Odesa port"],
)  # fmt: skip
def test_strike_headlines_without_a_violence_stem_still_alert(title: str) -> None:
    tags = tag_article(
        title,
        "A Russian missile and drone attack killed seven people and wounded 20 on Monday, the regional governor said.",
        published=PUBLISHED,
    )
    assert tags.alert


@pytest.mark.parametrize(
    ("phrase", "want"),
    [("two dozen", 24), ("three dozen", 36), ("several dozen", 12), ("a few dozen", 12), ("twenty seven", 27),
     ("seventy-five", 75), ("one hundred and fifty", 150), ("half a dozen", 6)],
)  # fmt: skip
def test_number_words(phrase: str, want: int) -> None:
    assert killed(f"Nearly {phrase} people were killed in the strike on the market on Monday, officials said.") == want


def test_a_toll_in_a_named_strike_is_remote_violence() -> None:
    tags = tag_article(
        "Death toll in Kharkiv strike rises to 9",
        "Rescuers worked through the night in Kharkiv after the attack on Monday evening.",
        published=PUBLISHED,
    )
    assert tags.event_type == "Explosions/Remote violence"
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 9


def test_a_coal_mine_blast_in_a_war_zone_is_an_accident() -> None:
    tags = tag_article(
        "Blast at Donetsk coal mine kills 5",
        "A methane explosion at a coal mine in the Donetsk region killed five miners on Tuesday, rescuers said.",
        published=PUBLISHED,
    )
    assert not tags.conflict
    assert not tags.alert


def test_a_protest_about_a_disaster_is_still_a_protest() -> None:
    tags = tag_article(
        "Miners protest after mine accident",
        "Hundreds of coal miners protested outside the ministry on Tuesday, demanding safer pits after a mine accident.",
        published=PUBLISHED,
    )
    assert tags.event_type == "Protests"


def test_a_bomb_that_detonated_in_a_shop_is_remote_violence() -> None:
    tags = tag_article("", "A policeman was killed and another wounded when a bomb hidden inside a shop detonated "
                       "in the city on Saturday.", published=PUBLISHED)  # fmt: skip
    assert tags.event_type == "Explosions/Remote violence"


def test_forces_that_bombed_targets_carried_out_remote_violence_but_a_bombed_enclave_names_no_strike() -> None:
    struck = tag_article("", "Government forces bombed insurgent targets in the north on Sunday; no casualties were "
                         "reported.", published=PUBLISHED)  # fmt: skip
    assert struck.event_type == "Explosions/Remote violence"
    talk = tag_article("President proposes moving residents out of Gaza",
                       "Calling the heavily bombed enclave a demolition site, the president proposed relocating its "
                       "people, a plan Arab states rejected.", published=PUBLISHED)  # fmt: skip
    assert talk.event_type == "Strategic developments"


def test_the_wounding_of_one_person_is_one_injured() -> None:
    tags = tag_article("", "The country mourned the fatal shooting of two fans and the wounding of a taxi driver on Monday.",
                       published=PUBLISHED)  # fmt: skip
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 1
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 2


@pytest.mark.parametrize(
    ("title", "alert"),
    [
        ("Russia-Ukraine war: List of key events, day 600", False),
        ("Ukraine war latest updates", False),
        # A running page whose headline gives one strike its toll reports that strike (as the guide's labellers read
        # such pages).
        ("Ukraine war latest: Russian strike kills 11 in Kharkiv", True),
    ],
)
def test_running_pages_of_a_war_alert_only_on_a_strike_their_headline_tolls(title: str, alert: bool) -> None:
    tags = tag_article(title, "A Russian missile strike on Kharkiv killed 11 people on Monday, the governor said.",
                       published=PUBLISHED)  # fmt: skip
    assert tags.conflict
    assert tags.alert is alert


def test_protesters_storming_a_town_hall_are_not_an_armed_group() -> None:
    tags = tag_article("Protesters storm town hall", "Hundreds of protesters stormed the town hall on Tuesday to "
                       "demand the mayor's resignation; no one was hurt.", published=PUBLISHED)  # fmt: skip
    assert not tags.conflict


def test_an_attack_on_a_named_community_of_the_middle_belt_is_the_conflict_s() -> None:
    text = (
        "JOS - The number of people killed in Saturday night's attack on Daffo community in Bokkos Local Government "
        "Area of Plateau State has risen to 17, the police command said on Monday. Eight others were receiving "
        "treatment in hospital, the spokesman said."
    )
    tags = tag_article("Bokkos: toll from Daffo attack rises to 17", text, published="2025-04-14")
    assert (tags.conflict, tags.alert) == (True, True)
