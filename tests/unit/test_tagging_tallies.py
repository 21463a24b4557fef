"""Running tallies, opinion pages and arms-aid headlines in long war coverage: a four-figure toll with no attack in
its sentence, tolls over a period ("in the last few days"), counts of many attacks, opinion or analysis headlines and
pledges of weapons. Every sentence here is the project's own."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import title_not_discrete, year_tally_title
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


def test_a_quarter_s_count_in_the_headline_is_no_event() -> None:
    text = (
        "At least 1,310 people were killed and 540 injured in Haiti between April and June in violence involving "
        "gangs, the police and vigilante groups, the UN human rights office said in its quarterly report on Monday."
    )
    assert not tag_article("UN: 1,310 killed in Haiti's gang violence between April and June", text).alert


def test_killings_dated_between_two_past_years_are_no_new_toll() -> None:
    text = (
        "Twelve retired army officers acknowledged before the transitional court on Tuesday that troops under their "
        "command killed 280 civilians in the department between 2005 and 2008 and presented them as guerrillas."
    )
    tags = tag_article("Retired officers admit to killings of civilians in Casanare", text, published="2025-09-10")
    assert (tags.casualties.killed, tags.alert) == (None, False)


def test_drone_strikes_on_four_cities_are_a_round_up() -> None:
    text = (
        "Drones hit Kosti, Kassala, Atbara and Port Sudan on Saturday and Sunday, killing 15 people in all, local "
        "officials said. In Kosti, four people died when a drone struck a fuel depot."
    )
    assert not tag_article("Drone strikes hit four Sudanese cities over weekend, killing at least 15", text).alert


def test_a_weekly_security_brief_is_a_round_up() -> None:
    text = (
        "Bure, Monday: a drone strike on a market killed 11 people, residents said. Dangila, Tuesday: a strike near "
        "the bus station killed 13. Lalibela area, Thursday: a strike on a village killed six."
    )
    assert not tag_article(
        "Amhara weekly security brief: drone strikes hit Bure, Dangila and Lalibela area", text
    ).alert


def test_a_life_sentence_headline_is_a_court_s_news() -> None:
    text = (
        "A court in Chernihiv sentenced a Russian soldier in absentia to life in prison on Tuesday for shooting three "
        "villagers in March 2022. In a nearby village, more than 300 residents were held in a school basement for "
        "weeks that spring, and at least 10 died there."
    )
    title = "Russian Soldier Gets Life Sentence For Killing Three Villagers Near Chernihiv In 2022"
    assert not tag_article(title, text, published="2025-06-03").alert


def test_a_weekend_of_attacks_is_a_round_up() -> None:
    text = (
        "Gunmen attacked at least five villages in the two states between Friday night and Sunday, killing 38 people "
        "in all, officials said. The deadliest raid killed 12 in a farming village."
    )
    assert not tag_article("Weekend of attacks in Nigeria's Plateau and Benue states leaves 38 dead", text).alert


def test_a_month_s_casualties_highest_in_years_is_a_tally() -> None:
    text = (
        "Russian attacks killed 210 civilians and injured 1,100 in Ukraine in June, UN monitors said on Thursday. In "
        "Kherson, drones killed 22 civilians and injured 150 over the month, and a missile strike on Kyiv on June 11 "
        "killed 19 people."
    )
    assert not tag_article("Ukraine: June civilian casualties highest in three years, UN monitors report", text).alert


def test_a_strike_s_toll_before_a_semicolon_and_a_war_s_running_total() -> None:
    text = (
        "An Israeli air strike hit a school sheltering displaced families in Jabalia on Thursday, killing at least 25 "
        "people, the civil defence agency said."
    )
    title = "At least 25 killed as Israeli strike hits Jabalia school shelter; Gaza toll passes 41,000"
    assert tag_article(title, text, published="2024-09-12").alert


def test_a_weekly_security_roundup_of_separate_attacks_raises_no_alert() -> None:
    text = (
        "Our summary of the week's security incidents. In Niger, gunmen attacked an army post on Tuesday; the defence "
        "ministry said eight soldiers were killed. In Mali, an ambush on a patrol on Wednesday left five soldiers dead. "
        "In Burkina Faso, six civilians were killed by gunmen near a village on Monday."
    )
    assert not tag_article("Sahel security roundup: soldiers killed in separate attacks in three countries", text).alert


def test_a_soldier_s_death_bringing_an_army_s_campaign_toll_up_is_background() -> None:
    text = (
        "Strikes on tents in the coastal area killed 15 people on Friday, medics said. The army said a soldier was "
        "killed in fighting in the south of the Strip, bringing the army's death toll in the ground operation to 312."
    )
    assert (
        killed_toll(text, "Live: strikes on tents in the coastal area kill 15, medics say", published=PUBLISHED) == 15
    )


def test_a_security_weekly_s_kicker_makes_a_round_up() -> None:
    text = (
        "Gunmen attacked an army post in Burkina Faso on Monday, killing 12 soldiers. In Mali, a convoy was ambushed on "
        "Wednesday. In Niger, six villagers were killed on Friday."
    )
    assert not tag_article("Sahel security weekly: attacks in Burkina Faso, Mali and Niger", text).alert


def test_a_toll_over_years_in_the_headline_is_a_tally() -> None:
    text = (
        "Two soldiers were killed on Tuesday when their truck hit a roadside bomb in the division, military sources said. "
        "The conflict has killed more than 6,000 people since 2017."
    )
    title = "Over 6,000 dead in seven years as roadside bomb kills two more soldiers"
    assert killed_toll(text, title, published=PUBLISHED) == 2


def test_weeks_after_a_number_died_is_another_attack() -> None:
    text = (
        "Three farmers were killed on Sunday when bandits attacked them on their farms in Gurmana, Niger State, a "
        "community leader said."
    )
    title = "Bandits kill three farmers in Gurmana, weeks after 30 died in Kuchi"
    tags = tag_article(title, text, published=PUBLISHED)
    assert (tags.casualties.killed.min if tags.casualties.killed else None, tags.alert) == (3, False)
    assert [p.country_code for p in tags.places][:1] == ["NG"]


def test_a_follow_up_operation_s_kills_are_another_event() -> None:
    text = (
        "Five soldiers were killed and two injured on Wednesday when a roadside bomb hit their vehicle in the district, "
        "the military said. In a follow-up operation in a neighbouring district, troops killed eight militants."
    )
    assert killed_toll(text, "Five soldiers killed in roadside blast", published=PUBLISHED) == 5


def test_a_court_trying_men_over_a_killing_raises_no_alert() -> None:
    text = (
        "Nine members of one family, four of them children, were shot dead when gunmen stormed their house in a "
        "coastal village, state media said on Monday as a court in Latakia opened the trial of the accused."
    )
    assert not tag_article("Syria tries six men over killing of family in coastal village", text).alert


def test_kills_in_retaliatory_air_operations_are_another_event() -> None:
    text = (
        "Six soldiers were killed when militants attacked a military outpost in the province on Sunday, the defence "
        "ministry said. The ministry later said 11 militants had been neutralised in retaliatory air operations across "
        "the border."
    )
    assert killed_toll(text, "6 soldiers killed in attack on military outpost", published=PUBLISHED) == 6


def test_a_feature_s_news_named_by_the_headline_place_below_a_lede_of_other_attacks() -> None:
    text = (
        "Armed groups in the region have taken to drones. The army has logged more than 200 drone attacks this year, "
        "most blamed on dissident factions; a truck bomb in the regional capital killed six people last month. "
        "Analysts say the groups buy cheap commercial models. They fit them with grenades or homemade charges. "
        "Police stations, army bases and checkpoints have been the main targets. Many stations now have nets. "
        "The government has promised anti-drone systems. Few have arrived so far, officers say. "
        "On Tuesday night the drones came back to Suárez. "
        "Several drones dropped explosives on the police station in the town's main square, the police said. "
        "Four people were killed and 19 injured, among them 12 police officers."
    )
    title = "Drone attack on Suárez police station deepens the region's air war"
    tags = tag_article(title, text, published=PUBLISHED)
    assert (tags.casualties.killed.min if tags.casualties.killed else None, tags.alert) == (4, True)


def test_attacks_across_a_region_in_the_past_day_are_a_round_up() -> None:
    text = (
        "Russian shelling and drone attacks killed five people and wounded 16 in the region over the past day, the "
        "regional governor said. Thirty-two settlements came under fire."
    )
    assert not tag_article("Russian attacks on Kherson region kill five, wound 16 in past day", text).alert


@pytest.mark.parametrize(
    "title",
    [
        "UN: 214 civilians killed in Ukraine in February",
        "Rights office says 640 civilians killed in El Fasher in May",
        "UN: at least 214 civilians killed in Ukraine in February as long-range strikes intensify",
    ],
)
def test_a_month_s_count_in_the_headline_is_no_single_event(title: str) -> None:
    text = (
        "At least 214 civilians were killed and 980 injured across the country last month, the UN monitoring mission "
        "said on Thursday, most of them by missiles and drones hitting cities."
    )
    assert not tag_article(title, text, published="2025-03-06").alert
    assert year_tally_title(title)
    assert not year_tally_title("Three killed in Kyiv in February 4 strike")


@pytest.mark.parametrize(
    ("title", "one_event"),
    [
        # a week's page, a week's operations, strikes over two places
        ("Week in northeast Syria: drone strikes kill nine", "Turkish drone strike kills nine in Hasakah"),
        ("Troops neutralise 187 terrorists, arrest 212 suspects in one week", "Turkish drone strike kills nine in Hasakah"),
        ("Turkish drone strikes kill nine across Hasakah and Kobani", "Turkish drone strike kills nine in Hasakah"),
        # attacks over several districts or regions (not one city's districts)
        ("19 killed as roadside bombs hit four Khyber Pakhtunkhwa districts",
         "Overnight barrage on Kyiv kills 9 as capital counts damage in six districts"),
        ("Ukraine war live: Russian strikes kill nine across four regions; president in Stockholm",
         "Overnight barrage on Kyiv kills 9 as capital counts damage in six districts"),
        # one band's raids on several villages, after a place's kicker
        ("Troops kill 30 in raids on three villages", "Katsina: Gunmen kill 30 in raids on three Faskari villages"),
        # a page's weekly kicker and a string of separate attacks; a day's count against one battle's day
        ("Lake Chad week: string of attacks in Borno's north and east leaves at least 19 dead",
         "Attack on fishing camp near Baga leaves at least 19 dead"),
        ("34 Palestinians killed in 24 hours as air strikes intensify",
         "17 fighters killed in 24 hours as army and rebels battle around Kidal airport"),
        ("Civilian toll in Ukraine rises in August as glide bomb attacks spread, UN monitors say",
         "Civilian toll from Kharkiv glide bomb attack rises to 11"),
    ],
)  # fmt: skip
def test_round_up_headlines_against_one_event(title: str, one_event: str) -> None:
    assert title_not_discrete(title)
    assert not title_not_discrete(one_event)


@pytest.mark.parametrize(
    ("tally", "one_event"),
    [
        ("June civilian toll in Ukraine highest in three years, UN monitors say",
         "Civilian toll from Kyiv strike rises to 14"),
        ("Drones killed 97 civilians in Kherson region in four months, UN monitors say", None),
    ],
)  # fmt: skip
def test_a_month_s_or_months_count_is_a_tally(tally: str, one_event: str | None) -> None:
    assert year_tally_title(tally)
    if one_event is not None:
        assert not year_tally_title(one_event)


def test_a_list_s_comma_does_not_free_a_monthly_total_from_its_month() -> None:
    text = (
        "The toll of Saturday's car bombing at a crowded market in Basra rose to 26 on Sunday, a police officer said. "
        "He said 26 people were killed and 48 were wounded. Forces sealed off the streets around the market. "
        "According to the UN mission, a total of 540 Iraqis were killed and 870 were wounded in acts of terrorism, "
        "violence and armed conflict in May."
    )
    assert killed_toll(text, "Toll of Basra market car bombing rises to 26", published="2017-06-11") == 26


def test_a_strike_a_week_before_the_headline_s_appeal_is_no_new_toll() -> None:
    title = "Mayor appeals for shelters two weeks after Zaporizhzhia missile strike killed 15"
    text = (
        "The mayor of Zaporizhzhia on Monday asked the government for money to build shelters in schools, two weeks "
        "after a Russian missile hit a residential block in the city and killed 15 people. No new attack was "
        "reported overnight."
    )
    tags = tag_article(title, text, published="2024-03-18")
    assert (tags.casualties.killed, tags.alert) == (None, False)


def test_a_share_of_the_deaths_is_no_count() -> None:
    text = (
        "The monitors released their report on Monday. Three districts were the worst affected, accounting for "
        "nearly two thirds of the deaths."
    )
    assert killed(text, "Monitors publish their yearly report") is None


def test_a_strike_days_before_the_headline_s_new_attack_is_no_toll_of_it() -> None:
    title = "Sumy hit again days after strike that killed 9; one dead"
    text = "A drone hit a warehouse in Sumy overnight, killing one worker and injuring five people, the mayor said."
    assert killed(text, title) == 1
