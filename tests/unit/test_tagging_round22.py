"""The twenty-second session's blind rounds: bodies pulled out or received, a part of the toll named first, a second
source that gives a higher figure, a victim added with "also" before a clause on the wounded, a condemnation of a car
bomb, a burial after an attack told in the present tense, an armed group's attack on a post, a new prime minister,
armed thugs at polling units, an attack dated two days back, a military helicopter's crash, a month's tally after a
country kicker, raids on several townships, officials charged over an old blast, bodies found with hands tied, a
condemnation dated the day after, an earthquake in a quoted likeness, a victim named by a pronoun, a declared mourning,
a security digest, a count over years of war, guerrillas who storm a station, a crowd at a funeral, a condemnation
of terrorism, a coalition sworn in, livestock and zoo animals, sources after "according to", a feature's late quote,
and a decade's anniversary. Every headline and sentence here is the project's own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import condemns_an_attack, recalls_an_attack, year_tally_title


def _killed(tags: object) -> int | None:
    killed = tags.casualties.killed  # type: ignore[attr-defined]
    return killed.min if killed else None


def _injured(tags: object) -> int | None:
    injured = tags.casualties.injured  # type: ignore[attr-defined]
    return injured.min if injured else None


def test_bodies_pulled_out_and_received_are_the_dead() -> None:
    text = (
        'Aircraft bombed the covered market of Kafr Nabl on Sunday afternoon, witnesses said. "So far we have pulled '
        'out nineteen bodies and more than forty people are wounded," a rescue volunteer said by phone.'
    )
    tags = tag_article("Warplanes bomb Kafr Nabl market", text, published="2019-06-02")
    assert (_killed(tags), _injured(tags), tags.alert) == (19, 40, True)
    text = (
        "KABUL - A suicide bomber struck a mosque in Karte Char during Friday prayers, police said. On Saturday a "
        "hospital official said twenty-seven bodies had been received and fifty people were being treated."
    )
    tags = tag_article("Suicide bomber hits Kabul mosque", text, published="2022-10-01")
    assert (_killed(tags), _injured(tags)) == (27, 50)


def test_a_part_of_the_toll_in_the_lead_gives_way_to_the_whole_count() -> None:
    text = (
        "Five women were among the dead after jets struck a wedding party in Hajjah province on Saturday night, local "
        "officials said. The first bomb hit the tent where the women had gathered. Guests dragged the wounded to "
        'cars. "We have collected the bodies of 24 people and sixty are wounded," a health official said.'
    )
    tags = tag_article("Five women among dead as jets hit wedding in Hajjah", text, published="2018-04-22")
    assert (_killed(tags), _injured(tags)) == (24, 60)


def test_a_second_source_that_gives_a_higher_figure_updates_the_toll() -> None:
    text = (
        "BENI - Rebels attacked the village of Ntoyo overnight, killing residents in their homes, the army said.\n\n"
        "The attackers came on foot and burned shops.\n\nAn army spokesman said on Sunday that 14 bodies had been "
        'recovered. Local leaders gave a higher figure.\n\n"As of this evening we have buried 29 people," the '
        "village chief said."
    )
    tags = tag_article("Rebels attack Ntoyo village near Beni, leaving dozens dead", text, published="2021-03-02")
    assert _killed(tags) == 29


def test_victims_added_with_also_before_a_clause_on_the_wounded() -> None:
    text = (
        "HILLA - A car bomb exploded outside a bakery on Thursday evening, killing a man, his wife and their two sons, "
        "who had stopped to buy bread, police said. Two street vendors were also killed, an officer said, and at "
        "least 25 people were wounded, most of them women."
    )
    tags = tag_article("Family of four among dead in Hilla car bomb", text, published="2016-03-10")
    assert (_killed(tags), _injured(tags)) == (6, 25)
    # A victim counted among the wounded already adds nothing.
    text = (
        "A suicide bomber blew himself up at a police checkpoint in Khasavyurt on Sunday, killing six officers and "
        "wounding four, investigators said. A taxi driver was also hurt by glass and is among the four wounded."
    )
    tags = tag_article("Suicide bomber kills six police officers in Dagestan", text, published="2019-05-06")
    assert (_killed(tags), _injured(tags)) == (6, 4)


def test_a_condemnation_of_a_car_bomb_the_day_after_reports_the_bombing() -> None:
    text = (
        "MOGADISHU - The African Union mission on Wednesday condemned a car bombing outside a hotel in Mogadishu that "
        "killed seven people. The car exploded at about 9 p.m. on Tuesday as guests left, police said. Seven people "
        "were killed and 18 others were injured, a police spokesman said."
    )
    tags = tag_article(
        "AU mission condemns car bomb that killed seven at Mogadishu hotel", text, published="2023-04-12"
    )
    assert (tags.event_type, _killed(tags), tags.alert) == ("Explosions/Remote violence", 7, True)


def test_a_burial_after_an_attack_told_in_the_present_tense_reports_the_attack() -> None:
    text = (
        "Residents of two villages near Sennar spent Thursday burying their dead after paramilitary fighters swept "
        "through on Wednesday, shooting people in the market, activists said. A doctor said at least 26 wounded had "
        "reached the hospital."
    )
    tags = tag_article(
        "Villagers bury their dead after RSF fighters raid two Sennar villages", text, published="2024-07-04"
    )
    assert (tags.event_type, tags.alert) == ("Violence against civilians", True)


def test_an_armed_group_attacking_a_post_fights_a_battle() -> None:
    text = (
        "Islamic State militants attacked their position near Tuz Khurmatu late on Sunday, security sources said, "
        "killing eight members of the Popular Mobilisation Forces. A roadside bomb went off under a vehicle bringing "
        "reinforcements."
    )
    title = "Islamic State attacks post in Salahuddin, killing eight Hashd members"
    tags = tag_article(title, text, published="2021-05-10")
    assert tags.event_type == "Battles"
    # A drone's attack on a post stays a strike.
    text = "Two soldiers were killed on Monday in a drone attack on a military post near Tame, the army said."
    tags = tag_article("Drone attack on army post in Arauca kills two soldiers", text, published="2024-02-13")
    assert tags.event_type == "Explosions/Remote violence"


def test_an_attack_two_days_back_is_not_an_interception_s_toll() -> None:
    text = (
        "Sirens sounded in Haifa and the Krayot shortly after 2 a.m. on Wednesday after a drone was launched from "
        "Iraq, the army said. The drone was shot down.\n\nDebris fell in an empty lot near Kiryat Ata. Paramedics "
        "said they had received no reports of injuries.\n\nAn Iraqi militia claimed the launch. Two days ago, a "
        "drone from Iraq hit a building in Eilat, lightly wounding eight people."
    )
    tags = tag_article("Drone from Iraq shot down; sirens sound in Haifa", text, published="2024-10-09")
    assert _injured(tags) == 0
    assert tags.event_type == "Strategic developments"


def test_the_wounded_split_between_hospitals_add_up() -> None:
    text = (
        "Russian artillery struck a tram stop in Kherson's Korabelnyi district on Thursday morning, the regional "
        "administration said.\n\nTwo men and a woman died at the scene.\n\nOf the wounded, twelve were taken to the "
        "regional hospital and eight, including a girl of ten, to the children's hospital, the governor said."
    )
    tags = tag_article("Kherson: shells hit tram stop in Korabelnyi district", text, published="2024-05-16")
    assert (_killed(tags), _injured(tags), tags.alert) == (3, 20, True)


def test_officials_charged_over_an_old_blast_are_a_court_s_news() -> None:
    text = (
        "BEIRUT - The judge leading the investigation into the 2020 Beirut port blast on Tuesday charged eight former "
        'officials, including a former minister, with "probable intent to kill", reviving an inquiry stalled for two '
        "years.\n\nThe explosion on August 4, 2020 was caused by tonnes of ammonium nitrate kept in a warehouse for "
        "years. It killed at least 218 people and injured more than 6,000."
    )
    title = "Judge charges eight former officials over Beirut port blast, reviving inquiry"
    tags = tag_article(title, text, published="2025-02-11")
    assert (tags.conflict, tags.alert) == (False, False)


def test_bodies_of_villagers_found_with_hands_tied_are_violence_against_civilians() -> None:
    text = (
        "The bodies of 14 villagers were found in Yin Ma Bin village on Tuesday, a day after army troops who had "
        "held the village for four days withdrew, residents said. Several had been shot with their hands tied."
    )
    tags = tag_article(
        "Bodies of 14 villagers found after troops withdraw from Yin Ma Bin", text, published="2023-06-07"
    )
    assert (tags.event_type, tags.alert) == ("Violence against civilians", True)


def test_a_condemnation_dated_the_day_after_the_bombing_keeps_its_toll() -> None:
    text = (
        "PESHAWAR: The chief minister on Friday condemned an attack on a police station in Bannu and ordered an "
        "inquiry into security lapses.\n\nA suicide bomber drove an explosives-laden car into the station gate late "
        "on Thursday night, killing nine policemen and wounding 15, police said."
    )
    tags = tag_article("Chief minister condemns Bannu attack, orders inquiry into lapses", text, published="2023-07-14")
    assert (_killed(tags), tags.alert) == (9, True)
    # Days further back are another story's.
    text = (
        "BRUSSELS - European foreign ministers on Thursday promised a firm response to the missile strike on Chernihiv "
        "and began work on new sanctions.\n\nTwo missiles hit the city centre on Sunday morning, killing 18 people, "
        "officials said."
    )
    tags = tag_article("EU ministers promise firm response to Chernihiv strike", text, published="2024-04-18")
    assert tags.alert is False


def test_an_earthquake_in_a_quoted_likeness_is_no_disaster() -> None:
    text = (
        "MAARET MISRIN, Syria - Rescuers spent the night lifting concrete from the town's market after warplanes "
        "bombed it at midday on Sunday. The Civil Defence said 15 people were killed and 40 wounded."
    )
    tags = tag_article(
        "'Like the quake again': Maaret Misrin digs through rubble after market raid", text, published="2023-10-09"
    )
    assert (tags.conflict, tags.alert) == (True, True)


def test_a_declared_mourning_for_yesterday_s_attack_reports_the_attack() -> None:
    text = (
        "NIAMEY - Niger's authorities on Wednesday declared three days of national mourning after an attack on an "
        "army post in the west of the country.\n\nFighters on motorbikes stormed the post at Tassia at dawn on Tuesday, "
        "the army said. Nineteen soldiers were killed and 11 wounded before reinforcements arrived."
    )
    tags = tag_article("Niger declares three days of national mourning", text, published="2024-06-26")
    assert (_killed(tags), tags.alert) == (19, True)


def test_a_count_over_years_of_war_is_a_tally_headline() -> None:
    assert year_tally_title("Sudan: UN documents more than 12,000 civilian deaths in two years of war")
    assert not year_tally_title("Two years into the war, a drone strike kills 12 in El Fasher")


def test_guerrillas_who_storm_a_police_station_fight_a_battle() -> None:
    text = (
        "ELN guerrillas attacked the police station in El Tarra overnight, killing six officers in a firefight that "
        "lasted three hours, police said on Wednesday. Two attackers were also killed."
    )
    tags = tag_article(
        "Six police officers killed as ELN guerrillas storm El Tarra station", text, published="2025-02-05"
    )
    assert (tags.conflict, tags.event_type, tags.alert) == (True, "Battles", True)


def test_a_crowd_at_a_funeral_is_not_the_dead() -> None:
    text = (
        "Hundreds of people attended the funerals on Tuesday of two reservists killed the night before when a roadside "
        "bomb hit their jeep near Tubas, the army said. Four other soldiers were wounded."
    )
    title = "Hundreds attend funerals of two reservists killed in Tubas roadside bombing"
    tags = tag_article(title, text, published="2024-07-02")
    assert (_killed(tags), tags.alert) == (2, False)


def test_a_condemnation_of_terrorism_is_a_condemnation_of_an_attack() -> None:
    assert condemns_an_attack(
        "Government condemns 'Houthi terrorism' after ballistic missile slams into Marib residential quarter, killing 9"
    )


def test_animals_killed_at_a_zoo_are_no_toll() -> None:
    text = (
        "KHARKIV - Russian rockets struck the city's ecopark shortly after midnight on Sunday, killing 17 animals, "
        "including two bears, the director said. No people were killed or injured because the night staff had gone "
        "down to a shelter."
    )
    tags = tag_article(
        "Rockets hit Kharkiv ecopark overnight; 17 animals dead, staff unhurt", text, published="2024-05-05"
    )
    assert (_killed(tags), tags.alert) == (0, False)


def test_a_feature_whose_toll_comes_in_a_late_quote_is_read_from_the_sentences_before_it() -> None:
    text = (
        "KONDUGA, Borno State - On most Mondays the path into Gajigana fills with carts of onions bound for the "
        "weekly market. The village has grown since families came back from the camps.\n\nThis Monday the path "
        "was empty.\n\nResidents said the gunmen rode in on motorcycles at dusk on Saturday, firing into the air "
        "and then turning their rifles on the houses. Some wore the black turbans of ISWAP fighters.\n\n"
        '"We buried sixteen of our people yesterday," the village head said.'
    )
    title = "In a Borno village, a market day that ended in a row of graves"
    tags = tag_article(title, text, published="2025-03-04")
    assert (tags.conflict, _killed(tags)) == (True, 16)


def test_a_decade_after_a_massacre_is_an_anniversary() -> None:
    assert recalls_an_attack("A decade after the school massacre, Peshawar parents still wait for answers")


# Headlines whose conflict verdict a rule of this session decides: home politics, an accident, political violence.
@pytest.mark.parametrize(
    ("title", "text", "published", "conflict"),
    [
        pytest.param(
            "Mali's junta leader appoints new prime minister",
            (
                "BAMAKO - Mali's transitional president on Thursday appointed a former central bank official as "
                "prime minister, a day after the government was dissolved. Jihadist groups remain active in the "
                "north."
            ),
            "2024-11-21",
            False,
            id="a new prime minister",
        ),
        pytest.param(
            "Thugs disrupt Lagos vote; three killed in Ikorodu",
            (
                "Three people were killed and six injured on Saturday when armed thugs stormed polling units in "
                "Ikorodu during the governorship election, police said. Ballot boxes were carted away."
            ),
            "2023-03-18",
            True,
            id="armed thugs at polling units",
        ),
        pytest.param(
            "Three soldiers killed as army helicopter crashes near Doda",
            (
                "JAMMU: Three soldiers were killed and one injured when an army helicopter crashed in a wooded "
                "area near Doda on Tuesday during a supply flight, a defence spokesman said."
            ),
            "2024-03-12",
            False,
            id="a military helicopter that crashes",
        ),
        pytest.param(
            "Nepal gets another prime minister as new coalition government sworn in",
            (
                "KATHMANDU - A new coalition government was sworn in on Monday, the country's fourth in three "
                "years, after the previous coalition collapsed.\n\nThe Maoist insurgency that ended in 2006 killed "
                "some 17,000 people, and former rebel commanders now lead two of the parties."
            ),
            "2024-07-15",
            False,
            id="a coalition government sworn in",
        ),
    ],
)
def test_conflict_or_not(title: str, text: str, published: str, conflict: bool) -> None:
    assert tag_article(title, text, published=published).conflict is conflict


# Tallies and round-ups: many dead, no single recent event.
@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        pytest.param(
            "Ukraine: March civilian casualties among highest this year, UN says",
            (
                "At least 187 civilians were killed and 902 injured across Ukraine in March, the UN monitoring "
                "mission said on Wednesday. The deadliest single incident was a missile strike on Odesa that "
                "killed 14 people."
            ),
            "2024-04-10",
            id="a month after a country kicker",
        ),
        pytest.param(
            "Junta air raids on three Magway townships kill 19 over weekend",
            (
                "Military jets and drones struck villages in three townships of Magway Region on Saturday and "
                "Sunday, killing at least 19 civilians, local resistance groups said. In Pauk, a jet bombed a "
                "school; in Saw, a drone hit a teashop; in Gangaw, a strike hit a farm."
            ),
            "2024-05-13",
            id="raids on several townships",
        ),
        pytest.param(
            "Burkina Faso security digest, week 14: attacks in Sahel and Nord",
            (
                "Another week of violence in the Sahel and Nord regions, with at least 31 people reported killed "
                "across five incidents. On Monday gunmen attacked a market near Djibo; on Thursday a convoy was "
                "ambushed near Titao."
            ),
            "2025-04-07",
            id="a security digest",
        ),
    ],
)
def test_no_single_event_no_alert(title: str, text: str, published: str) -> None:
    assert tag_article(title, text, published=published).alert is False


# Who counts among the dead: a victim named by a pronoun does, livestock and the sources of a report do not.
@pytest.mark.parametrize(
    ("title", "text", "published", "killed"),
    [
        pytest.param(
            "Nikopol teacher buried after minibus drone strike",
            (
                "A Russian drone struck a minibus on the outskirts of Nikopol on Sunday. The regional "
                "administration said the strike killed her and the 58-year-old driver and injured four other "
                "passengers."
            ),
            "2024-08-12",
            2,
            id="a victim named by a pronoun",
        ),
        pytest.param(
            "Five civilians killed, 18 injured as shelling pounds Uri",
            (
                "Pakistani shelling hit villages near Uri on Wednesday, killing five civilians and injuring 18, "
                "officials said. Several houses were damaged, and dozens of livestock were killed."
            ),
            "2025-05-07",
            5,
            id="livestock",
        ),
        pytest.param(
            "Junta jet bombs Gangaw village, killing 12",
            (
                "A military jet bombed a village in Gangaw Township on Sunday afternoon, killing 12 civilians, "
                "four of them children, according to residents and a local defence group."
            ),
            "2024-06-03",
            12,
            id="sources after according to",
        ),
    ],
)
def test_who_counts_among_the_dead(title: str, text: str, published: str, killed: int) -> None:
    assert _killed(tag_article(title, text, published=published)) == killed
