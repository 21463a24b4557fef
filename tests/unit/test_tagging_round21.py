"""The twenty-first session's blind rounds: a lone gunman with no political motive, a rally for a hostage deal, a
coalition that collapses or a majority lost, cartel factions trading gunfire, survivors' wounds, a dateline's place,
Indonesia's provinces and Papua's armed group, a massacre blamed below a masthead, a cricket report, a crowd's crush,
a march placed where it walks, a bomb dated to another year, one battle's 24 hours, the wounded after a relative
clause, an electoral law and a derby, the injured raised beside the dead, a couple killed, an arms sale, a convoy's
drivers unhurt, headlines that seemed to report no violence, a live page's two stories, a shooting not
terrorism-related, another strike earlier that day, and police killed by a planted bomb. Every headline and sentence
here is the project's own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article


def test_a_rally_for_a_hostage_deal_is_a_protest() -> None:
    text = (
        "Thousands of people rallied in Jerusalem on Saturday evening to urge the cabinet to sign a ceasefire-for-"
        "hostages agreement. Police arrested six protesters who blocked a road. Relatives say dozens of hostages are "
        "still held."
    )
    tags = tag_article("Thousands rally in Jerusalem for hostage deal", text, published="2025-06-07")
    assert tags.event_type == "Protests"


def test_survivors_with_wounds_of_two_kinds_are_the_injured() -> None:
    text = (
        "Nine loggers were killed when armed men stormed their camp in Yahukimo regency on Monday, police said. Three "
        "other loggers survived with gunshot and machete wounds after hiding in the forest. The TPNPB said it had "
        "carried out the attack."
    )
    tags = tag_article("Nine loggers killed in attack in Papua's highlands", text, published="2025-06-11")
    injured = tags.casualties.injured
    assert (injured and injured.min, tags.places[0].country_code) == (3, "ID")
    assert "Yahukimo" in [place.name for place in tags.places]
    assert "West Papua National Liberation Army" in tags.actors


def test_a_province_in_the_dateline_points_to_its_country() -> None:
    text = (
        "PATTANI - A bomb hidden in a motorcycle went off outside a school in Nong Chik district on Thursday, "
        "killing two "
        "people and wounding 21, police said. Several of the wounded were visitors from Malaysia, whose border is an "
        "hour's drive away, and a Malaysian consul visited them in hospital."
    )
    tags = tag_article("Motorcycle bomb at Nong Chik school kills two, wounds 21", text, published="2025-06-12")
    assert (tags.places[0].name, tags.places[0].country_code) == ("Nong Chik", "TH")


def test_workers_from_east_java_are_from_indonesia() -> None:
    text = (
        "Gunmen shot dead six construction workers from East Java at a bridge site in Nduga on Wednesday, the "
        "regional police chief said."
    )
    tags = tag_article("Six construction workers shot dead in Nduga", text, published="2025-06-13")
    assert {place.country_code for place in tags.places} == {"ID"}


def test_killers_blamed_further_down_a_page_under_a_masthead_make_it_the_conflict_s() -> None:
    text = (
        "WELLEGA HERALD\nNews | Regions | Politics | Opinion\n\nDozens killed in Horo Guduru attack\n\nBy Staff "
        "Writer\nUpdated: 12 May 2023\n\nVillagers in Horo Guduru zone say gunmen killed 31 people in their homes on "
        "Sunday night. Survivors said the attackers arrived on foot before dawn. Local officials said 17 people "
        "were wounded. The zone's administration blamed the Oromo Liberation Army, which denied it."
    )
    tags = tag_article("Dozens killed in Horo Guduru attack", text, published="2023-05-12")
    assert (tags.conflict, tags.alert) == (True, True)


def test_a_march_is_placed_where_it_walks() -> None:
    text = (
        "Tens of thousands of protesters marched through central Paris on Saturday to demand a ceasefire in Gaza, "
        "organisers said. Demonstrators carried pictures of children killed in Gaza and chanted for an end to the "
        "war in Gaza. Police said the protest was peaceful and made four arrests."
    )
    tags = tag_article("Tens of thousands march through central Paris for Gaza ceasefire", text,
                       published="2024-02-17")  # fmt: skip
    assert (tags.event_type, tags.places[0].name) == ("Protests", "Paris")


def test_a_toll_of_a_bomb_the_text_dates_to_another_year_is_background() -> None:
    text = (
        "MOGADISHU - At least nine people were killed and 19 others wounded when a car bomb went off outside a "
        "restaurant on Friday evening, police said. Al-Shabaab said it carried out the attack. The group has set off "
        "many such bombs in the capital, among them the 2017 truck bomb that killed more than 500 people."
    )
    tags = tag_article("Car bomb outside Mogadishu restaurant kills nine", text, published="2024-03-09")
    killed = tags.casualties.killed
    assert (killed and killed.min, tags.alert) == (9, True)


def test_the_wounded_told_after_a_relative_clause_or_an_escape_are_counted() -> None:
    text = (
        "Gunmen killed a guard at a church in Zaria on Sunday, police said. Three worshippers who tried to flee were "
        "shot and injured, he said. Two others managed to escape with cuts."
    )
    tags = tag_article("Gunmen kill guard in Zaria church attack", text, published="2025-04-13")
    injured = tags.casualties.injured
    assert injured is not None and injured.min == 3


def test_an_electoral_law_and_a_derby_decided_by_a_late_strike_are_no_conflict() -> None:
    law = tag_article(
        "Somali parliament passes electoral law; Jubaland walks out",
        "Somalia's federal parliament passed an electoral law on Saturday that would move the country to direct "
        "elections, with 170 lawmakers in favour. Members from Jubaland walked out in protest.",
        published="2025-03-01",
    )
    derby = tag_article(
        "Late strike sinks Sepahan in Isfahan derby",
        "Zob Ahan beat Sepahan 2-1 in a packed stadium on Friday, a long-range missile of a shot in the 89th minute "
        "settling it.",
        published="2025-03-01",
    )
    assert (law.conflict, derby.conflict) == (False, False)


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        pytest.param(
            "Gunman kills seven at Brno market hall",
            (
                "A 31-year-old man fired a hunting rifle at shoppers in a market hall in Brno on Friday, killing "
                "seven and wounding eleven before officers shot him, police said. Detectives said he had acted "
                "alone and they had found no political or extremist motive."
            ),
            "2025-06-06",
            id="a_lone_gunman_with_no_political_or_extremist_motive_is_crime",
        ),
        pytest.param(
            "Qalandars bombard Kings as Lahore storm into the final",
            (
                "SPORTS DESK 7\nScores | Fixtures | Teams\n\nLahore Qalandars blew away Karachi Kings by 48 runs on "
                "Friday to reach the final. The Kings were massacred by the new ball and bowled out for 131 in 18.1 "
                "overs after the Qalandars' quicks fired missile after missile at the stumps."
            ),
            "2024-03-15",
            id="a_cricket_report_told_with_war_words_is_sport",
        ),
        pytest.param(
            "22 die in crush at Rafah aid site as crowds surge",
            (
                "Twenty-two people were killed on Thursday in a crush at a food distribution point in Rafah as "
                "thousands pushed towards the gates, medics said. Doctors said the victims had been trampled and "
                "that none had gunshot wounds. Another 40 were treated for injuries."
            ),
            "2025-07-10",
            id="a_crush_at_an_aid_site_is_an_accident",
        ),
        pytest.param(
            "Five killed, 11 wounded in shooting at Tulsa bar",
            "A man opened fire inside a bar in Tulsa early on Saturday, killing five people and wounding 11, police "
            "said. Detectives said the shooting followed a personal dispute and was not terror-related.",
            "2025-09-06",
            id="a_shooting_over_a_personal_dispute_not_terror_related",
        ),
    ],
)
def test_a_motiveless_gunman_a_cricket_report_and_a_crush_are_no_conflict(
    title: str, text: str, published: str
) -> None:
    """A lone gunman with no political or extremist motive and a shooting over a personal dispute (crime), a cricket
    report told with war words (sport), a crush at an aid site (an accident)."""
    tags = tag_article(title, text, published=published)
    assert (tags.conflict, tags.alert) == (False, False)


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        pytest.param(
            "Nepal swears in prime minister after coalition collapse",
            (
                "A new prime minister took the oath in Kathmandu on Tuesday, a week after the governing alliance "
                "fell when its second-largest partner withdrew support. He must win a confidence vote within a "
                "month."
            ),
            "2025-06-10",
            id="a_governing_coalition_that_collapses_is_politics",
        ),
        pytest.param(
            "Israeli government loses Knesset majority as party walks out over draft bill",
            (
                "Israel's ruling coalition lost its majority on Monday when a religious party quit over a bill on "
                "military service for seminary students. The army says it needs thousands more soldiers after two "
                "years of war in Gaza and Lebanon, where hundreds of soldiers have been killed."
            ),
            "2025-07-15",
            id="a_government_that_loses_its_majority_is_politics_at_home",
        ),
    ],
)
def test_a_coalition_that_collapses_or_a_majority_lost_is_politics(title: str, text: str, published: str) -> None:
    """A governing coalition that collapses, a government that loses its majority: politics at home."""
    tags = tag_article(title, text, published=published)
    assert (tags.conflict, tags.event_type) == (False, None)


def test_the_injured_raised_beside_the_dead_in_a_quote_are_counted() -> None:
    text = (
        "The death toll from Tuesday's car bombing at a market in Kirkuk has risen to 27, a police source said on "
        'Wednesday. "Five of the wounded died overnight, raising the number of dead to 27 and the injured to 64," '
        "the source said."
    )
    tags = tag_article("Death toll from Kirkuk market bombing rises to 27", text, published="2016-05-11")
    killed, injured = tags.casualties.killed, tags.casualties.injured
    assert (killed and killed.min, injured and injured.min) == (27, 64)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            "Exiled Shakhtar see off Brann in Krakow to stay in Europe",
            "Shakhtar Donetsk, exiled from their city since 2014, earned a 3-1 win over Brann in Krakow on Thursday. "
            "Before kick-off the teams held a minute's silence for the eleven people killed in Monday's missile "
            "strike on Dnipro.",
            id="a_match_report_with_a_minute_s_silence_for_a_strike",
        ),
        pytest.param(
            "Rheinwerk lifts outlook as artillery shell orders hit record",
            "Shares in a German arms maker rose 5% on Thursday after it raised its full-year sales forecast on "
            "record orders for artillery shells from governments supplying Ukraine.",
            id="an_arms_maker_s_outlook",
        ),
        pytest.param(
            "Lebanon's parliament fails for the ninth time to elect a president",
            "Lebanon's parliament failed again on Thursday to elect a president, when lawmakers of the Hezbollah-led "
            "bloc walked out and denied the session its quorum.",
            id="a_parliament_that_fails_to_elect_a_president",
        ),
    ],
)
def test_a_match_an_arms_maker_s_results_and_a_presidential_vote_are_no_conflict(title: str, text: str) -> None:
    assert tag_article(title, text, published="2025-08-07").conflict is False


def test_a_couple_named_as_the_victim_are_two_dead() -> None:
    text = (
        "A Russian drone hit a car on a street in Kherson on Sunday morning, killing an elderly couple, the regional "
        "governor said. A passer-by was wounded."
    )
    tags = tag_article("Russian drone kills elderly couple in Kherson", text, published="2025-08-10")
    killed = tags.casualties.killed
    assert killed is not None and killed.min == 2


def test_none_of_a_convoy_s_drivers_hurt_is_no_casualty() -> None:
    text = (
        "A drone struck an aid convoy near Kutum in North Darfur on Saturday, setting four trucks ablaze, the UN "
        "agency that ran it said. None of the drivers or guards was hurt."
    )
    tags = tag_article("Drone hits aid convoy in North Darfur; drivers unhurt", text, published="2025-06-14")
    killed, injured = tags.casualties.killed, tags.casualties.injured
    assert (killed and killed.min, injured and injured.min) == (0, 0)


@pytest.mark.parametrize(
    ("title", "text", "event_type"),
    [
        pytest.param(
            "Truck carrying Russian soldiers blown up in occupied Melitopol, intelligence says",
            "An explosion destroyed a truck carrying Russian soldiers in occupied Melitopol on Sunday evening, killing "
            "five of them and wounding 16, Ukraine's military intelligence said on Monday.",
            "Explosions/Remote violence",
            id="a_truck_blown_up",
        ),
        pytest.param(
            "Russian MoD: attempt by Ukrainian group to break through near Kozinka repelled",
            "Russian forces repelled an attempt by a Ukrainian sabotage group to cross the border near Kozinka "
            "in the Belgorod region on Sunday, the defence ministry said. The enemy lost up to 30 servicemen "
            "killed, the ministry said.",
            "Battles",
            id="a_raid_repelled",
        ),
        pytest.param(
            "Barrel bombs kill 14 in rebel-held Daraa as truce unravels",
            "Government helicopters dropped barrel bombs on a residential district of rebel-held Daraa on Saturday, "
            "killing at least 14 people and wounding 25, a monitoring group said.",
            "Explosions/Remote violence",
            id="a_strike_as_a_truce_unravels",
        ),
        pytest.param(
            "Ukraine war live: Odesa toll rises to 12 after night of drones; Berlin pledges more air defence",
            "The number of people killed in the overnight Russian drone attack on Odesa has risen to 12, the regional "
            "governor said. Thirty people were wounded. Germany's defence minister promised two more air defence "
            "systems.",
            "Explosions/Remote violence",
            id="a_live_page_whose_second_story_is_aid",
        ),
        pytest.param(
            "38 fighters killed in 24 hours of clashes in Idlib countryside - monitor",
            "At least 38 fighters were killed in 24 hours of clashes between government forces and rebels in the "
            "Idlib countryside, a war monitor said on Sunday. Dozens were wounded on both sides.",
            "Battles",
            id="a_battle_s_24_hours_of_clashes",
        ),
        pytest.param(
            "Bomb outside police station in Suarez kills two, injures 25",
            "An explosive device hidden on a motorcycle blew up outside the police station in Suarez late on "
            "Thursday, killing two people and injuring 25, officials said. The dead were a police patrolman and a "
            "17-year-old who was passing by. Among the injured were nine police officers. The authorities blamed a "
            "faction of the FARC dissident group, which has carried out a string of attacks on security forces in the "
            "area this year, including drone attacks on army bases.",
            "Explosions/Remote violence",
            id="police_killed_by_a_bomb_planted_outside_their_station",
        ),
    ],
)
def test_strikes_under_headlines_that_seemed_to_report_none_and_strikes_on_fighters_alert(
    title: str, text: str, event_type: str
) -> None:
    tags = tag_article(title, text, published="2024-09-15")
    assert (tags.event_type, tags.alert) == (event_type, True)


def test_the_toll_s_clause_of_a_live_page_s_headline_names_the_place() -> None:
    text = (
        "The number of people killed in this morning's glide-bomb attack has risen to seven, the regional "
        "governor said. Forty people are being treated for injuries. Later the president met Nordic leaders."
    )
    tags = tag_article("Ukraine war live: Kharkiv glide-bomb toll rises to seven; Zelensky meets Nordic leaders in "
                       "Oslo", text, published="2024-09-15")  # fmt: skip
    assert tags.places[0].name == "Kharkiv"


def test_another_strike_earlier_that_day_is_not_the_headline_s_toll() -> None:
    text = (
        "An Israeli air strike destroyed a house in the village of Brital overnight, killing seven members of one "
        "family and wounding four neighbours, the health ministry said. Earlier on Monday, strikes on the town of "
        "Tyre killed 13 people, the ministry said."
    )
    tags = tag_article("Israeli strike near Baalbek kills family of seven", text, published="2024-10-15")
    killed = tags.casualties.killed
    assert killed is not None and killed.min == 7


@pytest.mark.parametrize(
    ("title", "text", "published", "event_type"),
    [
        pytest.param(
            "Five dead as rival cartel factions trade gunfire in Culiacan",
            "Five men were killed on Sunday night when two factions of a cartel traded gunfire for an hour in a "
            "neighbourhood of Culiacan, state prosecutors said. Two bystanders were wounded.",
            "2025-06-08",
            "Battles",
            id="cartel_factions_trading_gunfire",
        ),
        pytest.param(
            "Washington clears UAE request despite Yemen concerns",
            "The US State Department has approved the possible sale of precision-guided munitions to the United Arab "
            "Emirates worth about $900 million, the Pentagon said on Monday. Rights groups criticised the decision, "
            "citing the war in Yemen.",
            "2025-05-05",
            "Strategic developments",
            id="an_arms_sale_to_a_party_to_a_war",
        ),
    ],
)
def test_cartel_factions_in_a_gunfight_and_an_arms_sale_are_the_conflict_s(
    title: str, text: str, published: str, event_type: str
) -> None:
    """Cartel factions that trade gunfire are in battle; an arms sale to a party to a war is a strategic development."""
    tags = tag_article(title, text, published=published)
    assert (tags.conflict, tags.event_type) == (True, event_type)
