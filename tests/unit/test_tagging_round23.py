"""The twenty-third session's blind rounds: a year in an aside on who speaks, a family counted with its neighbours,
the dead named one by one or counted on a list, a report dated the day after the raid it refers back to, a city that
mourns an overnight attack, a box office that "blasts past" rivals, political thugs at polling units, a feature's
toll that names the lede's town again, the wounded split between hospitals with "another" or "more", a description
between a list and its verb, the wounded carried "to two hospitals", shops shut in protest after a grenade attack, a
coalition that "will review" a strike, a weekend's round-up, a wounded victim who died, a family and its neighbours
left uncounted, a couple killed, the number of people injured raised, air defence sent after an old strike, the dead
whose names were released, a strike's fires and collapse, armed herders below the lead, attacks in three named
places, a lone licensed gunman and criminal families, a month's toll kicker, attackers from the West Bank, a bridge
blown up onto a train, a gas blast likened to a bombing, months of calm shattered, an older massacre the killings
come months after, a bounty in lakh, and a court that convicts. Every headline and sentence here is the project's
own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import culture_title, economy_title


def _tolls(tags: object) -> tuple[int | None, int | None]:
    casualties = tags.casualties  # type: ignore[attr-defined]
    return (
        casualties.killed.min if casualties.killed else None,
        casualties.injured.min if casualties.injured else None,
    )


def test_a_year_in_an_aside_on_the_speaker_does_not_date_the_toll() -> None:
    text = (
        "Army helicopters fired on a market in Tabayin township on Thursday morning, residents said.\n\nVolunteers "
        "carried the wounded to a monastery. The Karenni Interim Executive Council, a body set up by resistance "
        "groups after the 2021 coup, said the toll had risen to 26 and that more than 30 people were wounded."
    )
    tags = tag_article("Junta helicopters fire on Tabayin market, killing dozens", text, published="2024-03-08")
    assert _tolls(tags) == (26, 30)


def test_a_family_killed_with_its_neighbours_adds_up() -> None:
    text = (
        "A drone strike destroyed a house in Beit Lahia on Monday night, killing a family of six who were sleeping "
        "on the ground floor and three people in the flat above, civil defence officials said."
    )
    tags = tag_article("Strike on Beit Lahia house kills family", text, published="2024-11-05")
    assert _tolls(tags)[0] == 9


def test_the_dead_named_one_by_one_are_counted() -> None:
    text = (
        "Kharkiv, 4 March. A Russian drone struck a nine-storey building in the Saltivka district at night, setting "
        "three floors on fire.\n\nThe city council published the names of the dead: Olha Marchenko, 52, a "
        "librarian; her husband Serhiy, 55; Mykyta Bondar, 23, a courier; Halyna Rudenko, 80; and Vira Tkach, 31, a "
        "paramedic.\n\nNine more people were injured."
    )
    tags = tag_article("Kharkiv buries victims of night drone attack", text, published="2025-03-04")
    assert _tolls(tags) == (5, 9)


def test_a_list_of_names_shared_the_day_after_the_raid_is_its_toll() -> None:
    text = (
        "Residents of a village near Djenné say soldiers killed dozens of men during a raid on Tuesday.\n\nOn "
        "Tuesday night residents said at least 15 men had been killed. On Wednesday, a village elder, who spoke on "
        "condition of anonymity, gave reporters a list of 26 names of men he said had died in the raid."
    )
    tags = tag_article("Mali: villagers say soldiers killed dozens in raid", text, published="2024-02-15")
    assert _tolls(tags)[0] == 26


def test_a_city_that_mourns_an_overnight_attack_reports_the_attack() -> None:
    text = (
        "Residents of Sumy laid flowers on Friday outside a block of flats struck in a Russian drone attack during "
        "the night.\n\nThe regional administration said six people were killed and 14 were injured."
    )
    tags = tag_article("Sumy mourns victims of overnight drone attack", text, published="2025-05-09")
    assert (tags.event_type, *_tolls(tags), tags.alert) == ("Explosions/Remote violence", 6, 14, True)


def test_a_box_office_that_blasts_past_rivals_is_culture() -> None:
    assert culture_title("Box office: war epic 'Hill 937' blasts past rivals with $40 million weekend")
    text = (
        "The war drama, which follows a platoon in a 1969 battle in which 14 soldiers were killed, took the top spot "
        "in North American cinemas this weekend, the studio said."
    )
    tags = tag_article("Box office: war epic 'Hill 937' blasts past rivals with $40 million weekend", text,
                       published="2024-08-12")  # fmt: skip
    assert (tags.conflict, tags.alert) == (False, False)


def test_political_thugs_at_polling_units_are_political_violence() -> None:
    text = (
        "Two people were killed and nine injured on Saturday when suspected political thugs attacked polling units "
        "in Ikorodu during the governorship election, police said."
    )
    tags = tag_article("Two killed as thugs disrupt voting in Ikorodu", text, published="2023-03-18")
    assert tags.conflict is True


def test_a_feature_s_toll_that_names_the_lede_s_town_again_is_the_story_s() -> None:
    text = (
        "The trucks came into Um Keddada from the west just after sunrise on Thursday, people who fled the town say."
        "\n\nA shopkeeper said he hid in a storeroom as fighters moved from door to door. A woman said she walked "
        "through the night with her children. Another man said his brother was taken away. The phone network has "
        "been down for weeks, and no one could confirm the accounts. Aid workers in a nearby camp said families "
        "kept arriving into the evening. Some came on donkey carts, others on foot. Many had nothing with them.\n\n"
        "The town had been quiet for months, traders said. Its market drew buyers from villages across the district."
        "\n\nOn Friday a local rights group said at least 60 people had been killed "
        "in Um Keddada and more than 80 wounded.\n\nThe paramilitary group did not comment."
    )
    tags = tag_article("Survivors recount paramilitary assault on Darfur town", text, published="2024-10-26")
    assert (*_tolls(tags), tags.alert) == (60, 80, True)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "A car bomb exploded outside a police station in Tuz Khurmatu on Sunday, killing four officers. Twelve "
            "wounded were taken to the town's hospital. Another nine were flown to Kirkuk, officials said.",
            21,
        ),
        (
            "A car bomb exploded outside a police station in Tuz Khurmatu on Sunday, killing four officers. The "
            "town's hospital said it had received 12 injured people, while a clinic in Kirkuk took in nine more.",
            21,
        ),
    ],
)
def test_the_wounded_split_with_another_or_more_add_up(text: str, injured: int) -> None:
    tags = tag_article("Car bomb hits police station in Tuz Khurmatu", text, published="2017-09-24")
    assert _tolls(tags) == (4, injured)


def test_the_wounded_carried_to_two_hospitals_are_no_count() -> None:
    text = (
        "A suicide bomber blew himself up at a tea shop in Jowhar on Thursday, killing nine people, police said. "
        "Ambulances carried the wounded to two hospitals."
    )
    tags = tag_article("Suicide bomber kills nine in Jowhar", text, published="2023-06-15")
    assert _tolls(tags) == (9, None)


def test_a_description_between_a_list_and_its_verb_keeps_the_sum() -> None:
    text = (
        "Jihadists attacked a post near Sebba on Tuesday. Eight soldiers and four members of the Volunteers for the "
        "Defence of the Homeland, an auxiliary militia, were killed in the fighting, the army said."
    )
    tags = tag_article("Twelve killed in attack near Sebba", text, published="2024-04-17")
    assert _tolls(tags)[0] == 12
    assert all(place.name != "Homeland" for place in tags.places)


def test_shops_shut_in_protest_after_a_grenade_attack_is_no_market_news() -> None:
    title = "Anantnag traders shut markets in protest a day after grenade attack"
    assert not economy_title(title)
    text = (
        "Shopkeepers in Anantnag shut their shops on Thursday in protest a day after militants threw a grenade at a "
        "police vehicle near the bus stand, killing one passer-by and wounding 22 people."
    )
    tags = tag_article(title, text, published="2024-05-16")
    assert (tags.conflict, tags.alert) == (True, True)


def test_a_coalition_that_will_review_a_strike_is_no_critic_s_review() -> None:
    title = "Coalition says it will review Hajjah strike as UN envoy urges restraint"
    assert not culture_title(title)
    text = (
        "The Saudi-led coalition said on Thursday it would review reports that its jets hit a bus station in Hajjah "
        "on Wednesday, where health officials said 11 civilians were killed and 30 wounded."
    )
    tags = tag_article(title, text, published="2018-08-09")
    assert (tags.conflict, tags.alert) == (True, True)


def test_a_wounded_victim_who_died_is_no_count_of_the_wounded() -> None:
    text = (
        "One of the people wounded in Saturday's missile strike on Chernihiv has died in hospital, raising the death "
        "toll to seven, the governor said on Sunday.\n\nThe victim was a retired teacher, he said.\n\nThe "
        "missile hit the theatre square as people left a church service. Six people were killed on Saturday and "
        "more than 40 were injured, according to the governor."
    )
    tags = tag_article("Chernihiv strike toll rises to seven", text, published="2023-08-20")
    assert _tolls(tags) == (7, 40)


def test_a_family_and_its_neighbours_are_not_two_and_a_couple_is() -> None:
    text = (
        "A Russian missile hit a block of flats in Zaporizhzhia on Tuesday morning, killing a family and their "
        "neighbours, the governor said. Rescuers recovered the bodies of a man and his two daughters. An elderly "
        "couple who lived next door were also killed."
    )
    tags = tag_article("Missile kills family and neighbours in Zaporizhzhia", text, published="2025-04-08")
    assert _tolls(tags)[0] == 5


def test_the_number_of_people_injured_raised_updates_the_toll() -> None:
    text = (
        "Russian aircraft dropped glide bombs on Kherson on Monday, killing three people and injuring 11, officials "
        "said. Later on Monday officials raised the number of people injured to 18."
    )
    tags = tag_article("Glide bombs hit Kherson", text, published="2025-02-03")
    assert _tolls(tags) == (3, 18)


def test_air_defence_sent_after_a_strike_a_week_old_is_the_delivery_s_news() -> None:
    text = (
        "The Netherlands has delivered two more Patriot launchers to Ukraine, its defence ministry said on Thursday."
        "\n\nThe delivery was brought forward after a Russian missile strike on Dnipro last Friday, which killed 14 "
        "people and injured more than 60, Ukrainian officials said."
    )
    tags = tag_article("Netherlands sends two more Patriot launchers to Ukraine after deadly strike on Dnipro", text,
                       published="2025-03-13")  # fmt: skip
    assert (tags.event_type, tags.alert) == ("Strategic developments", False)


def test_the_dead_whose_names_were_released_after_the_victims_are_counted() -> None:
    text = (
        "An Israeli air strike destroyed a house in the village of Deir Qanoun before dawn on Sunday, the state news "
        "agency said.\n\nRescuers spent the morning pulling the victims from the rubble. The Health Ministry later "
        "released their names: Youssef Hariri, 62; his wife Mariam Saad, 57; their daughter Rana Hariri, 30; "
        "Rana's husband Karim Nasser, 33; and the couple's baby son, Omar.\n\nThree passers-by were slightly hurt."
    )
    tags = tag_article("Israeli strike flattens house in south Lebanon village", text, published="2024-10-20")
    assert (*_tolls(tags), tags.alert) == (5, 3, True)


def test_fires_and_a_collapse_under_a_headline_s_strike_are_the_strike_s() -> None:
    text = (
        "Hodeidah, Jan. 12 (Saba) - The toll of the American-British aggression on the port city of Hodeidah has "
        "risen to seven martyrs and 24 wounded, the health ministry said.\n\nThe raids hit a fuel depot and a power "
        "station, starting large fires, and rescuers were searching the rubble of a collapsed warehouse."
    )
    tags = tag_article("Toll of US-British aggression on Hodeidah rises to 7 martyrs, 24 injured", text,
                       published="2025-01-12")  # fmt: skip
    assert (tags.conflict, tags.event_type, tags.alert) == (True, "Explosions/Remote violence", True)


def test_armed_herders_blamed_below_the_lead_are_an_armed_group() -> None:
    text = (
        "From our correspondent, Jos\n\nThe death toll from Saturday night's attacks on Kwall and two nearby "
        "farming villages in Mangu Local Government Area of Plateau State has risen to 31, community leaders said "
        "on Monday.\n\nThe police had confirmed 14 deaths on Sunday. A youth leader said more bodies were found in "
        'the bush on Monday.\n\n"We have counted 31 dead, and some people are still missing," he said.\n\n'
        "Survivors said the attackers, suspected to be armed herders, came on motorcycles late at night and set "
        "houses on fire."
    )
    tags = tag_article("Plateau: death toll in Mangu attacks rises to 31", text, published="2024-05-20")
    assert (tags.conflict, _tolls(tags)[0], tags.alert) == (True, 31, True)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Gunman kills five at supermarket in Czech city of Ostrava",
            "OSTRAVA - A gunman opened fire in a supermarket in Ostrava on Friday evening, killing five people and "
            "wounding eight before officers shot him dead, officials said.\n\nThe regional police chief said the "
            "man, a 31-year-old who held a firearms licence, had acted alone, and that there was no sign of any "
            "link to terrorism.",
        ),
        (
            "Four men shot dead in Qalansawe in town's deadliest crime incident this year",
            "Four men were shot dead on Sunday night when gunmen opened fire on a group outside a cafe in the Arab "
            "town of Qalansawe, medics said.\n\nThe shooting appeared to be linked to a long feud between two "
            "criminal families in the town, officers at the scene said.",
        ),
    ],
)
def test_a_lone_licensed_gunman_and_a_feud_of_criminal_families_are_crime(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2024-09-02")
    assert (tags.conflict, tags.alert) == (False, False)


@pytest.mark.parametrize(
    ("title", "text", "published", "alert"),
    [
        pytest.param(
            "Sahel weekend: attacks in Niger and Mali",
            "NIGER - Gunmen attacked an army post near Ayorou on Saturday, killing eleven soldiers, the ministry said.\n"
            "MALI - Drone strikes hit fighters near Gao on Sunday, the army said.",
            "2024-10-14",
            False,
            id="a weekend round-up",
        ),
        pytest.param(
            "Days of terror: attacks in Katsina, Niger and Benue leave dozens dead",
            "WEEKLY SECURITY NOTES\n\nAt least three states in the north-west and north-central regions recorded "
            "deadly attacks on farming communities in the past week, residents and officials said.\n\nKatsina: On "
            "Tuesday, bandits stormed a village in Faskari, killing 13 people and abducting more than 30, a community "
            "leader said. The police confirmed the attack but put the toll at ten.",
            "2024-06-16",
            False,
            id="attacks in three named places",
        ),
        pytest.param(
            "March 2023 toll: 233 people killed across Syria, among them 81 civilians",
            "A monitoring group said 233 people were killed across Syria in March, among them 81 civilians. The "
            "deadliest single incident was a landmine blast near Deir Hafer on 9 March that killed eight farm workers.",
            "2023-04-01",
            False,
            id="a month and year toll kicker",
        ),
        pytest.param(
            "Suicide bombing at Kirkuk market shatters months of calm",
            "A suicide bomber blew himself up in a busy market in Kirkuk on Friday evening, killing 14 people and "
            "wounding 35, the health directorate said.",
            "2021-05-07",
            True,
            id="months of calm shattered",
        ),
    ],
)
def test_whether_a_single_recent_event_is_the_news(title: str, text: str, published: str, alert: bool) -> None:
    """A weekend's round-up, attacks in three named places and a month's toll kicker are no single event; an attack
    that "shatters months of calm" is."""
    assert tag_article(title, text, published=published).alert is alert


@pytest.mark.parametrize(
    ("title", "text", "published", "conflict"),
    [
        pytest.param(
            "Gunmen kill five at Netanya bus station",
            "Two gunmen opened fire at the central bus station in Netanya on Tuesday evening, killing five people and "
            "wounding 11, Magen David Adom said.\n\nParamedics said two of the wounded were in serious condition and had "
            "been taken to Laniado Hospital.\n\nPolice said the attackers, both residents of the northern West Bank, fled "
            "on foot and were caught by officers an hour later. A rifle and a pistol were found nearby. Hamas praised "
            "the attack but did not claim it.",
            "2024-03-12",
            True,
            id="attackers from the West Bank",
        ),
        pytest.param(
            "Six killed as bridge blown up onto passenger train in Kursk region",
            "Six people were killed and 40 injured when a road bridge collapsed onto a passenger train in Russia's "
            "Kursk region late on Friday, in what investigators called a deliberate explosion.\n\nSeveral carriages "
            "derailed and the wreckage crushed the first carriage, the regional governor said.",
            "2025-06-07",
            True,
            id="a bridge blown up onto a train",
        ),
        pytest.param(
            "'Like after a bombing': gas blast rips through Orsk apartment block, nine dead",
            "Ural Daily\nMarch 3, 2024\n\nNine people, including a child, were killed and four were injured when a gas "
            "explosion caused part of a five-storey block of flats to collapse in the city of Orsk on Sunday, the "
            "emergencies ministry said.\n\nVideo posted by neighbours shows a whole stairwell reduced to a heap of "
            'bricks, with smoke drifting over the yard. "It looked like a missile had hit the building. I thought the '
            'war had reached us," one resident told a local news site.',
            "2024-03-03",
            False,
            id="a gas blast likened to a bombing",
        ),
    ],
)
def test_whether_the_violence_is_a_war_s(title: str, text: str, published: str, conflict: bool) -> None:
    """Attackers from the West Bank are a side's and a bridge blown up onto a train is an attack; a gas blast likened
    to a bombing is an accident."""
    tags = tag_article(title, text, published=published)
    assert (tags.conflict, tags.alert) == (conflict, conflict)


def test_an_older_massacre_the_killings_come_months_after_is_background() -> None:
    text = (
        "The number of people killed in Sunday night's attacks on two communities in Riyom Local Government Area "
        "has risen to 31, the council chairman said on Tuesday.\n\nThe police had confirmed 19 deaths on Monday.\n\n"
        "The latest killings come months after coordinated attacks on villages in Bokkos on Christmas Eve, in which "
        "close to 200 people were killed."
    )
    tags = tag_article("Plateau: death toll in Riyom attacks rises to 31", text, published="2024-06-11")
    assert _tolls(tags)[0] == 31


def test_a_bounty_in_lakh_is_no_toll() -> None:
    text = (
        "Three Maoists, among them a woman cadre who carried a Rs 5 lakh bounty, were killed in an exchange of fire "
        "with security forces in Bijapur on Friday, police said. No security personnel were hurt."
    )
    tags = tag_article("Three Maoists, including woman cadre carrying Rs 5 lakh bounty, neutralised in Bijapur", text,
                       published="2024-05-10")  # fmt: skip
    assert (_tolls(tags)[0], tags.alert) == (3, False)


def test_a_court_that_convicts_hears_an_old_attack() -> None:
    text = (
        "THE HAGUE, Oct 3 (Reuters) - Judges at the International Criminal Court on Thursday found a former militia "
        "commander guilty of war crimes committed in Darfur two decades ago.\n\nThe court found him guilty of 20 "
        "counts, including murder and attacks on civilians, during campaigns against villages in West Darfur. "
        "Prosecutors said militia fighters executed men and boys and burned homes.\n\nThe judges said he had taken "
        "part in the killing of detained men near Kodoom, where prosecutors said more than 100 people were shot dead."
    )
    tags = tag_article("ICC convicts former Darfur militia commander of war crimes", text, published="2024-10-03")
    assert tags.alert is False
