"""The twenty-fourth session's blind rounds: a bomb that rips through a concert, the dead named "as" one by one, the
wounded split between hospitals by "N of the wounded" or "received", more bodies "bringing the total" up, a toll an
office "raised", a victim named with his unit's number, a driver of "their" vehicle, a clock's minutes beside a
list, a truck bomb hours before the report's attack, a toll first given long after a lead that tells the attack,
mourning decreed or a minister's visit a day or two after the attack, a wounded soldier named with his battalion,
the dead buried in a mass grave, a gunman's land dispute, the wounded split with "more" or "others", a parent and
child named in one item, a toll far below a scene-setting lede, Khyber's Tirah, a team that ran out winners, a gas
depot's blast, a market move after a wire desk's slug, and a count of bombs before a late toll. Every headline and
sentence here is the project's own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article


def _tolls(tags: object) -> tuple[int | None, int | None]:
    casualties = tags.casualties  # type: ignore[attr-defined]
    return (
        casualties.killed.min if casualties.killed else None,
        casualties.injured.min if casualties.injured else None,
    )


def test_a_bomb_that_rips_through_a_concert_is_no_culture_page() -> None:
    text = (
        "COTABATO CITY, Philippines - Three people were killed and 38 wounded when a homemade bomb went off during "
        "a school concert in a town plaza on Saturday night, the provincial police said. Soldiers sealed off the "
        "plaza and checked the roads out of town."
    )
    tags = tag_article("Bomb rips through school concert in Cotabato plaza", text, published="2024-12-08")
    assert tags.conflict and tags.alert
    assert _tolls(tags) == (3, 38)


def test_the_dead_named_as_one_by_one_are_counted() -> None:
    text = (
        "ZAPORIZHZHIA\n\nA Russian aerial bomb hit a row of houses on the edge of Zaporizhzhia on Tuesday evening, "
        "officials said.\n\nThe regional police identified the victims on Wednesday as Ivan Sokolenko, 63; his "
        "wife Nadiia, 60; Taras Melnyk, 29, a mechanic; and Oksana Pylypenko, 47, a teacher at the nearby school."
        "\n\nTwelve people were hurt."
    )
    tags = tag_article("Aerial bomb hits Zaporizhzhia houses; police name the victims", text, published="2025-02-05")
    assert _tolls(tags) == (4, 12)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "Mortar rounds fell on a camp for displaced people outside Baidoa on Sunday, killing three children. "
            "Eight of the wounded were taken to the regional hospital and five to a clinic run by a charity, a "
            "nurse said.",
            13,
        ),
        (
            "A rocket hit the bus station in the city centre on Friday, killing six people. The injured were "
            "divided between two hospitals: the military hospital admitted 14 and the city hospital nine, a "
            "health official said.",
            23,
        ),
    ],
)
def test_the_wounded_split_between_hospitals_add_up(text: str, injured: int) -> None:
    tags = tag_article("Attack on crowded area kills several", text, published="2024-06-02")
    assert _tolls(tags)[1] == injured


@pytest.mark.parametrize(
    ("title", "text", "published", "killed"),
    [
        (
            "Militia raid on Kipese village leaves many dead",
            "Gunmen attacked the village of Kipese in Lubero territory overnight, residents said.\n\nBy midday the army "
            "said 21 bodies had been found. In the afternoon local leaders said searchers had recovered more bodies in "
            "the fields, bringing the total to 27, most of them women.",
            "2024-07-14",
            27,
        ),
        (
            "Armed groups clash again in Cauca's Argelia",
            "Fighting broke out on Monday between two armed groups in the hills of Argelia, in Cauca, the army said."
            "\n\nThe groups have fought over the area's coca routes for months.\n\nSoldiers later found the bodies of "
            "nine fighters near a school. On Tuesday, the local human rights office raised the toll to 13, saying four "
            "more bodies had been found by farmers.",
            "2025-04-15",
            13,
        ),
        (
            "Night raid on Kwall village in Plateau",
            "Gunmen raided the farming village of Kwall overnight and set houses on fire, residents said.\n\nOn Monday "
            "morning police said 12 bodies had been recovered. By Monday night a local council chairman said 33 people "
            "had been buried in a mass grave. Five people were buried under a collapsed roof but were pulled out alive.",
            "2024-05-20",
            33,
        ),
    ],
)
def test_a_later_count_updates_the_first(title: str, text: str, published: str, killed: int) -> None:
    # more bodies "bringing the total" up, a toll an office "raised", the dead buried in a mass grave (not the trapped)
    tags = tag_article(title, text, published=published)
    assert _tolls(tags)[0] == killed


@pytest.mark.parametrize(
    "text",
    [
        "Six constables of the Special Task Force (STF) and the driver of their jeep were killed on Friday when "
        "Maoists set off a landmine under the vehicle in Bijapur district.",
        "Six constables and the driver of their jeep were killed on Friday when Maoists set off a landmine under "
        "the vehicle in Bijapur district.",
    ],
)
def test_a_driver_of_their_vehicle_is_counted_with_the_unit(text: str) -> None:
    tags = tag_article("Landmine kills constables and driver in Bijapur", text, published="2024-05-11")
    assert _tolls(tags)[0] == 7


def test_a_clock_s_minutes_are_no_item_of_a_list() -> None:
    text = (
        "Two people died at the scene soon after the 4:40 a.m. impact, and a third died later in hospital, the "
        "emergency service said. A drone struck the five-storey building in Odesa before dawn."
    )
    tags = tag_article("Three dead as drone hits Odesa apartment block", text, published="2025-01-20")
    assert _tolls(tags)[0] == 3


def test_a_bomb_hours_before_the_report_s_attack_is_another_event() -> None:
    text = (
        "Nine soldiers were killed on Thursday when gunmen ambushed an army patrol near Tame, in Arauca, the army "
        "said. Three other soldiers were wounded.\n\nHours before the ambush, a motorbike bomb went off outside a "
        "police station in Saravena, killing two people and wounding more than 30."
    )
    tags = tag_article("Nine soldiers killed in ambush in Colombia's Arauca", text, published="2025-02-14")
    assert _tolls(tags) == (9, 3)


@pytest.mark.parametrize(
    "text",
    [
        # a toll in the attack's own words, far down a page that first tells the scene
        "An Israeli air strike hit a four-storey building in the Dahiyeh on Wednesday evening. Neighbours ran "
        "towards the smoke that rose over the rooftops of the quarter. Some of them carried children out of the "
        "next building in their arms. Others stood in the street and filmed the ruins on their phones. Ambulances "
        "could not get through the narrow street for almost an hour. Volunteers passed stones from hand to hand "
        "along a line that reached the corner. Women waited at the corner with blankets and bottles of water. A "
        "man searched the rubble for his brother's car and his brother. The army said in a statement that it had "
        "hit a weapons store of the group. The Health Ministry said that 14 people were killed and 37 wounded in "
        "the strike.",
        # a toll naming no event at all, after a scene
        "A suicide bomber struck a crowded mosque in the city of Pul-e-Khumri during Friday prayers. Taxis "
        "brought the wounded to the gate. Relatives pushed at the doors. Doctors called for blood. Nurses ran "
        "out of gauze by the afternoon. A surgeon said they were working without a break. Boys carried water to "
        "the families outside. The guards let the stretchers through. A cleric called for calm from a loudspeaker. "
        "A provincial spokesman said in the evening that 14 people were killed and 37 were wounded.",
    ],
)
def test_a_toll_first_given_long_after_a_lead_that_tells_the_attack_is_the_story_s(text: str) -> None:
    tags = tag_article("Blast tears through building as rescuers dig", text, published="2024-09-20")
    assert _tolls(tags) == (14, 37)
    assert tags.alert


def test_a_late_toll_under_a_year_old_attack_s_headline_is_not_read() -> None:
    text = (
        "An anti-terrorism court in Peshawar opened the trial of four men over the 2022 blast at a mosque. The "
        "prosecution read the charges. The defence asked for time. The judge set the next hearing for May. Lawyers "
        "crowded the corridor. Reporters waited outside. Police guarded the gate. Families sat on the benches. A "
        "clerk read the names. Some wept. Twelve witnesses are due to testify."
    )
    tags = tag_article("Court opens trial over 2022 mosque blast", text, published="2024-04-20")
    assert _tolls(tags)[0] is None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Mali declares two days of national mourning",
            "BAMAKO - Mali's government declared two days of national mourning on Sunday after an attack on a "
            "military post in the Mopti region.\n\nFighters on motorbikes stormed the post near Boni on Friday, "
            "the army said, and at least 23 soldiers were killed in the fighting.",
        ),
        (
            "Interior minister visits Mandera after bus attack",
            "Kenya's interior minister flew to Mandera on Wednesday and met elders, after gunmen stopped a bus on "
            "the road to Elwak on Tuesday and killed nine passengers. Police blamed al-Shabaab.",
        ),
    ],
)
def test_mourning_or_a_visit_a_day_or_two_after_the_attack_reports_it(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2024-10-13")
    assert tags.event_type in ("Battles", "Violence against civilians", "Explosions/Remote violence")
    assert tags.alert


def test_mourning_in_memory_of_an_attack_is_not_its_report() -> None:
    text = (
        "Niger's president has decreed three days of national mourning from Tuesday in memory of the soldiers "
        "killed in Sunday's attack near Tahoua, state television said.\n\nFlags will fly at half-mast."
        "\n\nSecurity sources said more than 30 soldiers died."
    )
    tags = tag_article("Niger decrees three days of national mourning", text, published="2024-12-03")
    assert not tags.alert


def test_a_wounded_soldier_named_with_his_battalion_is_one_wounded() -> None:
    text = (
        "Three members of the New People's Army were killed in a clash with soldiers in the mountains of Samar on "
        "Sunday. A soldier of the 87th Infantry Battalion was slightly wounded in the firefight, the army said."
    )
    tags = tag_article("3 NPA rebels killed in Samar clash", text, published="2024-08-12")
    assert _tolls(tags) == (3, 1)


def test_a_gunman_s_land_dispute_in_a_country_at_war_is_crime() -> None:
    text = (
        "A 52-year-old man opened fire on his neighbours in a village near Poltava on Sunday evening, killing five "
        "people and wounding three, the National Police said. The suspect, who had served in the army, had quarrelled "
        "with the family next door for years over a strip of land. Officials said the war had left many weapons in "
        "private hands. He was charged with murder."
    )
    tags = tag_article("Gunman kills five in Poltava region village after land dispute", text, published="2024-09-02")
    assert not tags.conflict and not tags.alert


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit a market in Kherson on Monday, killing three people. Ten of the wounded were taken to the "
        "regional hospital. Seven more, among them two children, were treated at a clinic nearby.",
        "Shells hit a market in Kherson on Monday, killing three people. Ten wounded shoppers were taken to the "
        "regional hospital, and seven others, who had shrapnel wounds, were transferred to Mykolaiv.",
    ],
)
def test_the_wounded_split_with_more_or_others_add_up(text: str) -> None:
    tags = tag_article("Shelling of Kherson market kills three", text, published="2024-11-18")
    assert _tolls(tags) == (3, 17)


def test_the_dead_named_after_a_colon_count_a_parent_and_child_as_two() -> None:
    text = (
        "A Russian rocket hit a bus stop in Kherson on Friday morning, the regional governor said.\n\nOn Saturday "
        "he named those who died: Petro Savchuk, 70; Iryna Lysenko, 38, a nurse, and her son Denys, 10; Oleh "
        "Kravets, 55; and Mariia Vovk, 24.\n\nNine people were wounded."
    )
    tags = tag_article("Kherson names the dead of bus stop strike", text, published="2024-10-12")
    assert _tolls(tags) == (5, 9)


def test_a_toll_far_below_a_scene_setting_lede_is_the_story_s() -> None:
    text = (
        "HERAT, Afghanistan - The mosque in the old quarter of the city is one of the oldest in the west of the "
        "country.\n\nIt was built of brick in the nineteenth century and can hold about 400 worshippers on a "
        "Friday.\n\nPrayers began at one o'clock in the afternoon as usual.\n\nA young man in a grey coat walked "
        "into the courtyard a few minutes later and went towards the main hall.\n\nWorshippers said the windows "
        "blew in and the hall filled with dust and smoke.\n\nNeighbours used their own cars to carry the wounded to "
        "hospitals about 20 kilometres away.\n\nRelatives gathered at the gates of the hospitals late into the "
        "evening, reading lists of names pinned to the walls.\n\nShopkeepers in the old quarter closed their stalls "
        "and went to help at the gates.\n\nThe Islamic State group's local branch said one of its members had "
        "carried out the attack.\n\nOfficials gave differing figures through the afternoon.\n\n"
        "In 2022 the same group bombed another mosque in the province and killed more than 30 people.\n\nA "
        "provincial health official said in the evening that 22 people had been killed.\n\nA hospital director "
        "told reporters that 27 bodies had been brought in and that 60 people were being treated."
    )
    tags = tag_article("Suicide bomber strikes Herat mosque during Friday prayers", text, published="2024-03-15")
    assert _tolls(tags) == (27, 60)
    assert tags.alert


def test_khyber_s_tirah_valley_is_pakistan_s() -> None:
    text = (
        "Security forces killed nine terrorists in an intelligence-based operation in the Tirah valley of Khyber "
        "district, the military's media wing said on Sunday."
    )
    tags = tag_article("9 terrorists killed in Tirah operation: ISPR", text, published="2024-11-10")
    assert tags.places[0].country_code == "PK"


def test_a_team_that_ran_out_winners_under_war_metaphors_is_sport() -> None:
    text = (
        "It was a siege and then a bombardment. Arsenal, slow and careless for an hour, tore Brighton apart late on "
        "and ran out 3-0 winners at the Emirates.\n\nThe visitors' defence was ambushed again and again on the "
        "break, and their manager said his side had been 'killed' by ten minutes of football."
    )
    tags = tag_article("Arsenal's late blitz leaves Brighton shell-shocked", text, published="2024-12-01")
    assert not tags.conflict


def test_a_blast_at_a_gas_depot_is_an_accident_in_a_country_at_war() -> None:
    text = (
        "Five people were killed and 12 injured on Monday when an explosion tore through a cooking gas depot in a "
        "suburb of Homs, the civil defence said. The blast happened while workers were refilling cylinders."
    )
    tags = tag_article("Five killed as blast rips through gas depot near Homs", text, published="2025-06-02")
    assert not tags.conflict and not tags.alert


def test_a_market_move_after_a_wire_s_desk_slug_is_market_news() -> None:
    text = (
        "Oil prices rose more than 3% on Friday and shares of container lines fell after US and British warships "
        "struck Houthi positions in Yemen overnight. The Houthis said five of their fighters were killed."
    )
    tags = tag_article(
        "GLOBAL MARKETS-Oil jumps, shipping stocks hammered after US, UK strikes on Houthis",
        text,
        published="2024-01-12",
    )
    assert not tags.conflict and not tags.alert


def test_a_count_of_bombs_does_not_stop_the_search_for_a_late_toll() -> None:
    text = (
        "The school in the village had no walls on two sides. Villagers built it last year from bamboo and old "
        "roofing sheets after the state school closed.\n\nOn Friday morning about 60 pupils were in class when two "
        "military jets appeared over the fields to the west, residents said. The children ran for the trenches "
        "behind the monastery. Not all of them reached them.\n\nThe jets dropped three bombs in total and came back "
        "for a second pass as villagers were pulling the wounded from the ruins. The village lies in a township "
        "of the Sagaing region where resistance forces are active. Residents said there were no fighters in the "
        "village that day. The village head gave the count in the evening.\n\nThe dead were 11 adults and eight "
        "children, he said. Fifteen wounded villagers were treated at a clinic in the monastery."
    )
    tags = tag_article("Junta jets bomb village school in Sagaing", text, published="2024-11-22")
    assert _tolls(tags) == (19, 15)
    assert tags.alert
