"""The twentieth session's blind rounds: a munitions disposal blast, armed hill parties, an insurgency ruled out, a
toll that counts the wounded first, a region's day summed after the headline's attack, weekly and multi-district
round-ups, a shelled border town whose attackers are the only people named, and a village a foreign city shares a
name with. Every headline and sentence here is the project's own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article


def test_a_blast_while_destroying_old_ammunition_is_an_accident() -> None:
    text = (
        "Nine people were killed on Tuesday when old shells blew up during a disposal operation at an army range "
        "outside the town, the military said. Three others were hurt. An inquiry into the procedures was opened."
    )
    tags = tag_article("Nine dead in blast at army ammunition disposal site", text, published="2025-05-13")
    assert (tags.conflict, tags.alert) == (False, False)


def test_gunfight_between_armed_hill_tracts_parties_is_a_battle() -> None:
    text = (
        "Seven people were killed in an exchange of fire between armed members of the UPDF and the PCJSS in a remote "
        "village of Rangamati district early on Friday, police said. Both sides blamed each other."
    )
    tags = tag_article("Seven killed as rival hill groups exchange fire in Rangamati", text, published="2025-05-16")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, "Battles", True)


def test_a_shooting_the_police_say_has_nothing_to_do_with_the_insurgency_is_crime() -> None:
    text = (
        "A former volunteer ranger shot dead five relatives and wounded one at a family gathering in Rueso district "
        'on Sunday after a quarrel over a plot of land, police said. "This has nothing to do with the unrest," a '
        "police commander said. The southern provinces have seen an insurgency since 2004."
    )
    tags = tag_article("Man kills five relatives in Narathiwat; police rule out insurgency", text,
                       published="2025-05-19")  # fmt: skip
    assert (tags.conflict, tags.alert) == (False, False)


def test_a_region_s_day_summed_after_the_headline_s_attack_is_not_its_toll() -> None:
    text = (
        "Russian artillery hit a bus stop in Kherson on Monday morning, killing four people and injuring 15, the "
        "regional governor said. Russian forces also shelled 27 other settlements during the day. In total, seven "
        "people were killed and 31 injured across the region, according to the regional administration."
    )
    tags = tag_article("Russian shelling of Kherson bus stop kills four, injures 15", text, published="2025-05-12")
    killed, injured = tags.casualties.killed, tags.casualties.injured
    assert (killed and killed.min, injured and injured.min, tags.alert) == (4, 15, False)


@pytest.mark.parametrize(
    "title",
    [
        "WEEKLY SECURITY WRAP: Gunmen kill eight in Katsina village raid",
        "Militants target police in four Khyber Pakhtunkhwa districts; eight killed",
    ],
)
def test_weekly_wraps_and_attacks_on_several_districts_are_round_ups(title: str) -> None:
    text = "Gunmen killed eight people and wounded 12 on Tuesday, officials said."
    assert not tag_article(title, text, published="2025-05-16").alert


def test_a_shelled_border_town_whose_attackers_are_the_only_people_named_stays_the_place() -> None:
    text = (
        "Three civilians were killed on Sunday when Pakistani troops shelled villages along the Line of Control in "
        "Poonch district, officials said. The Army said it retaliated, destroying two Pakistani posts."
    )
    tags = tag_article("Three civilians killed in shelling along LoC in Poonch", text, published="2025-05-12")
    assert [p.country_code for p in tags.places][:1] == ["IN"]


def test_a_village_that_shares_a_foreign_city_s_name_is_not_that_city_in_the_headline() -> None:
    text = (
        "Five civilians were killed when gunmen fired on homes at Kalar Mandi village in Rajouri district on Tuesday "
        "night, police said."
    )
    tags = tag_article("Gunmen kill five at homes in Kalar Mandi village", text, published="2025-05-14")
    assert [p.country_code for p in tags.places][:1] == ["IN"]


def test_a_killing_the_headline_dates_weeks_ago_is_no_new_event() -> None:
    text = (
        "Gunmen went from house to house in a village in the Tigray region, shooting men and boys, survivors said. "
        "Residents said they later buried 35 people behind the church."
    )
    tags = tag_article(
        "Survivors recount killing of 35 villagers in Tigray two weeks ago", text, published="2021-03-19"
    )
    assert not tags.alert


def test_a_goal_called_a_strike_under_a_scoreline_is_sport() -> None:
    text = (
        "Champions League | Group F\n\nShakhtar Donetsk 2-1 Porto\n\nGELSENKIRCHEN - Shakhtar, who have had no home "
        "ground since the war began, fired a shock on Wednesday as a late strike downed Porto after a "
        'counter-attack. "This is for our soldiers and for everyone at home," the coach said.'
    )
    tags = tag_article("Shakhtar edge Porto as Sudakov strike seals it", text, published="2023-10-25")
    assert (tags.conflict, tags.event_type) == (False, None)


def test_a_country_s_personnel_hurt_at_a_base_abroad_and_the_wounded_listed_after_the_verb() -> None:
    text = (
        "Two rockets were fired at the Ain al-Asad air base in western Anbar on Monday night, lightly injuring three "
        "U.S. service members and two contractors, an official said. Nobody was killed."
    )
    tags = tag_article("Rockets target Ain al-Asad base; three US personnel lightly hurt", text, published="2024-08-06")
    injured = tags.casualties.injured
    assert ([p.country_code for p in tags.places][:1], injured and injured.min) == (["IQ"], 5)


def test_a_fire_s_running_count_since_a_weekday_is_no_strike_s_toll() -> None:
    text = (
        "A ballistic missile hit a street in Holon on Monday, killing five people and wounding more than 60, "
        "medics said. Iranian fire has killed 22 people in Israel since Friday."
    )
    tags = tag_article("Iranian missile hits Holon street: 5 killed, more than 60 hurt", text, published="2025-06-16")
    killed = tags.casualties.killed
    assert killed is not None and killed.min == 5


def test_men_gathering_firewood_are_civilians() -> None:
    text = (
        "Suspected insurgents on Saturday killed 19 men who had gone to gather firewood in the bush outside the town, "
        "residents said. They were ambushed a few kilometres from the camp where they live."
    )
    tags = tag_article("Boko Haram kills 19 firewood collectors near Dikwa", text, published="2019-09-15")
    assert tags.event_type == "Violence against civilians"


def test_a_victim_who_also_died_taking_the_toll_to_a_figure_is_counted_once() -> None:
    text = (
        "A suicide bomber rammed an explosives-laden pickup into a police station before dawn on Tuesday, killing "
        "nine policemen. A passer-by also died, taking the death toll to 10."
    )
    tags = tag_article("Suicide bomber kills policemen at Kulachi police station", text, published="2024-09-10")
    killed = tags.casualties.killed
    assert killed is not None and killed.min == 10


@pytest.mark.parametrize(
    ("lead", "alert"),
    [
        ("Hundreds of mourners buried 14 people on Tuesday, hours after an air strike hit their homes.", True),
        ("Villagers buried 14 people on Thursday, a day after gunmen stormed the settlement at night.", True),
        ("Villagers buried 14 people on Thursday, killed when gunmen stormed the settlement last week.", False),
    ],
)
def test_a_funeral_within_a_day_of_the_attack_tells_the_attack(lead: str, alert: bool) -> None:
    tags = tag_article("Village buries its dead after night raid", lead, published="2025-05-15")
    assert tags.alert is alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Kirkuk market bombing toll climbs to 17 as two wounded die",
            "The death toll from last Friday's car bombing at a market rose to 17 on Thursday after two more victims "
            "died of their wounds, a health official said.",
        ),
        (
            "Rescuers end search in Ariha: final toll of market strike reaches 41",
            "Civil defence teams announced on Friday the end of search operations at the market, five days after air "
            "strikes destroyed a row of shops. They recovered the bodies of 41 civilians.",
        ),
    ],
)
def test_a_toll_told_days_after_the_attack_is_no_new_event(title: str, text: str) -> None:
    assert not tag_article(title, text, published="2025-05-16").alert


def test_a_protest_that_turns_violent_is_a_riot() -> None:
    text = (
        "Thirty police officers were injured overnight when an anti-government protest in the capital turned into "
        "clashes, the interior minister said. Masked men threw stones and flares at police cordons."
    )
    tags = tag_article("30 police officers injured as Belgrade protest turns violent", text, published="2025-03-14")
    assert tags.event_type == "Riots"


def test_one_victim_treated_for_a_wound_is_one_injured() -> None:
    text = (
        "Armed men attacked a village in Jiribam district before dawn on Monday, shooting dead six people, police "
        "said. A teenage boy escaped by hiding in a field and was treated for a gunshot wound to his arm."
    )
    tags = tag_article("Six killed as gunmen attack Jiribam village", text, published="2024-11-11")
    injured = tags.casualties.injured
    assert injured is not None and injured.min == 1


def test_police_firing_on_demonstrators_is_excessive_force_against_a_protest() -> None:
    text = (
        "Police fired tear gas, water cannon and live ammunition at crowds protesting against tax increases in the "
        "capital on Tuesday, killing at least seven people and injuring more than 30, rights groups said. The dead "
        "had gunshot wounds. Medics treated more than 30 injured demonstrators, several with bullet wounds."
    )
    tags = tag_article("Seven dead as police fire on anti-tax demonstrators in Nairobi", text, published="2024-06-25")
    assert (tags.event_type, tags.alert) == ("Protests", False)


def test_a_site_title_stored_as_the_headline_leaves_the_story_its_own_news() -> None:
    text = (
        "Six Iraqi soldiers were killed and two wounded late on Sunday when a roadside bomb struck their patrol near "
        "Tarmiyah, north of Baghdad, security sources said."
    )
    tags = tag_article("Iraq News | Baghdad Herald - Latest headlines", text, published="2022-09-19")
    assert (tags.event_type, tags.alert) == ("Explosions/Remote violence", True)


def test_targets_named_in_new_sanctions_are_a_strategic_development() -> None:
    text = (
        "Britain on Thursday announced sanctions on 40 individuals, firms and ships it says help Russia sustain its "
        "war, including suppliers of engines for Iranian-designed drones used to strike Ukrainian cities."
    )
    tags = tag_article("UK targets Iranian drone suppliers in new Russia sanctions", text, published="2025-05-15")
    assert tags.event_type == "Strategic developments"


def test_a_month_naming_an_earlier_strike_dates_its_toll_elsewhere() -> None:
    text = (
        "Russian missiles hit an industrial district of Zaporizhzhia on Tuesday morning, killing four people and "
        "wounding 15, the regional governor said. A March strike on the same district wounded 25 people."
    )
    tags = tag_article("Russian missile barrage on Zaporizhzhia kills 4, wounds 15", text, published="2025-06-10")
    injured = tags.casualties.injured
    assert (injured and injured.min, tags.alert) == (15, False)


def test_a_system_handed_over_is_arms_aid() -> None:
    text = (
        "Berlin has delivered the first of four air defence systems it promised Kyiv, days after Russia fired more "
        "than 80 missiles at Ukrainian cities."
    )
    tags = tag_article("Germany hands Ukraine first IRIS-T air defence system", text, published="2022-10-12")
    assert tags.event_type == "Strategic developments"


def test_communal_clashes_with_stones_and_arson_are_a_riot_though_police_were_hurt() -> None:
    text = (
        "One person was killed and 27 others, including nine policemen, were injured after clashes broke out between "
        "two communities during a religious procession on Thursday evening, police said. An argument over the route "
        "escalated into stone-pelting, and groups on both sides set fire to shops and motorcycles. Additional police "
        "forces were deployed."
    )
    tags = tag_article("One dead, 27 injured in communal clashes during procession in Bhilwara", text,
                       published="2025-04-11")  # fmt: skip
    assert (tags.event_type, tags.alert) == ("Riots", False)


def test_a_headline_s_second_figure_of_another_kind_is_not_a_listed_victim() -> None:
    text = "Eighteen people were killed and dozens wounded on Sunday when warplanes bombed a school in Gaza City."
    tags = tag_article("18 martyrs, dozens wounded as aircraft bomb school in Gaza City", text, published="2024-08-04")
    injured = tags.casualties.injured
    assert injured is not None and injured.min == 12


def test_a_subset_whose_own_clause_died_does_not_make_the_rescued_dead() -> None:
    text = (
        "A missile struck a bulk carrier in the Gulf of Aden on Wednesday, killing two seafarers, US Central Command "
        "said. A coalition warship recovered all 20 crew members from the lifeboats, including the two who died."
    )
    tags = tag_article("Two seafarers killed in Houthi missile attack on bulk carrier, US says", text,
                       published="2024-03-07")  # fmt: skip
    killed = tags.casualties.killed
    assert (killed and killed.min, tags.alert) == (2, False)


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "Sudan: At least 1,700 civilians killed in El Fasher since May, UN rights office says",
            "At least 1,700 civilians have been killed and more than 3,000 injured in El Fasher, the capital of North "
            "Darfur, since the Rapid Support Forces intensified their siege of the city in May, the UN human rights "
            "office said on Friday, most of them by artillery shelling and drone strikes on markets, hospitals and camps.",
            "2024-11-22",
        ),
        (
            "UN: civilian casualties in Ukraine hit highest monthly level in nearly a year",
            "At least 174 civilians were killed and 690 injured in Ukraine in September, the highest monthly figure in "
            "nearly a year, the UN monitoring mission said on Thursday. A missile strike on a store in Kharkiv killed 19.",
            "2024-10-10",
        ),
        (
            "'They took the men away': survivors describe killings in Dogofry",
            "Three weeks after soldiers swept through a village in central Mali, witnesses have compiled the names of 30 "
            "men they say were executed. The army says it killed only terrorists.",
            "2024-04-05",
        ),
    ],
)
def test_tallies_since_a_month_or_at_a_monthly_level_and_accounts_weeks_on_are_no_new_event(
    title: str, text: str, published: str
) -> None:
    assert not tag_article(title, text, published=published).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "First IRIS-T air defence system arrives in Ukraine, Berlin confirms",
            "The first of four IRIS-T air defence systems promised by Germany has arrived in Ukraine, the defence "
            "ministry said on Wednesday. On Monday, Russia fired more than 80 cruise missiles and drones at Ukrainian "
            "cities, killing 19 people and injuring more than 100, officials said.",
        ),
        (
            "Seven killed in three IED blasts across North-West region",
            "Seven people, among them four soldiers, were killed when three roadside bombs went off on the road from "
            "Bamenda to Bali, officials said on Friday. Eleven others were wounded.",
        ),
    ],
)
def test_an_arms_delivery_that_arrives_and_blasts_counted_across_a_region_are_no_new_attack(
    title: str, text: str
) -> None:
    assert not tag_article(title, text, published="2022-10-12").alert


@pytest.mark.parametrize(
    ("title", "text", "published", "tolls"),
    [
        (
            "Odesa strike toll rises to 38 injured, two dead",
            "Rescuers said on Friday that more people had been hurt in Thursday's strike on the city.",
            "2025-05-16",
            (2, 38),
        ),
        (
            "Nine killed as jets strike residential building in Tehran",
            "Nine people were killed and 20 injured when jets struck a residential building in western Tehran on "
            "Monday morning, emergency services said. According to the health ministry, 180 people have been killed "
            "and 900 injured in the aggression of the Israeli regime since early Friday.",
            "2025-06-16",
            (9, 20),
        ),
        (
            "Car bomb near al-Bab market kills 12",
            "The monitor documented the death of 12 people and the injury of more than 30 others in a car bomb blast "
            "near the market on Saturday. Three more bodies were found on Sunday, bringing the number of those killed "
            "to 15.",
            "2017-11-05",
            (15, 30),
        ),
    ],
)
def test_tolls_of_wounded_first_of_a_campaign_since_a_weekday_and_told_as_nouns(
    title: str, text: str, published: str, tolls: tuple[int, int]
) -> None:
    # "toll rises to 38 injured" gives the wounded; a count "since early Friday" is a tally; "the injury of more
    # than 30" and "the number of those killed" are tolls.
    casualties = tag_article(title, text, published=published).casualties
    killed, injured = casualties.killed, casualties.injured
    assert (killed and killed.min, injured and injured.min) == tolls


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "Bank of Israel holds rate at 4.5%, cites war spending",
            "The central bank left its benchmark rate unchanged on Monday, saying uncertainty over the fighting on "
            "several fronts was weighing on the economy and that war spending kept inflation high.",
            "2024-09-23",
        ),
        (
            "Flamengo bombard Botafogo in five-goal massacre",
            "There was no mercy at the stadium on Sunday. The hosts tore their rivals apart in front of 60,000 fans. "
            'The bombardment began early, and a long-range missile made it 3-0 by half-time. "It was a battle," the '
            "visiting captain said.",
            "2024-05-12",
        ),
        (
            "Maoist Centre quits government; PM to seek vote",
            "KATHMANDU: The CPN (Maoist Centre) on Tuesday withdrew its ministers, leaving the prime minister without "
            "a majority. He must win a vote of confidence within 30 days.",
            "2016-07-12",
        ),
        (
            "Iraq bombard Yemen to seal Gulf Cup semi-final spot",
            "Iraq put on another show in front of a sold-out stadium on Friday, firing five goals past Yemen to reach "
            "the semi-finals. Their striker headed in twice before half-time as wave after wave of attacks battered "
            "a Yemen defence that was shot to pieces.",
            "2025-02-08",
        ),
        (
            "One fan dead, 30 hurt as violence erupts at Lima derby",
            "One fan was killed and 30 people injured when rival supporters hurled flares and stones at each other and "
            "at police during a league derby on Saturday night. Riot police fired tear gas into the stands.",
            "2025-02-08",
        ),
    ],
)
def test_a_rate_decision_a_match_told_with_war_words_its_fans_rioting_and_nepal_s_maoist_party_are_no_conflict(
    title: str, text: str, published: str
) -> None:
    assert not tag_article(title, text, published=published).conflict
