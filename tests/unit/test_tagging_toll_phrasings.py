"""Ways of telling a toll that a careless reader gets wrong: a second figure after a comma ("kills 14, dozens
wounded"), a breakdown between commas ("14 Palestinians, 3 of them children"), a thousands separator next to a year,
an older attack dated "last December", the dead counted at their burial or named before the verb that kills them, a
claim's word in quotes, a count "so far", and zeros said as "no injuries" or "no life was lost". Every sentence here is
the project's own."""

from __future__ import annotations

from functools import partial

import pytest

from services.processor.tagging import tag_article
from tests.unit.tagging_helpers import injured_toll, killed_toll

PUBLISHED = "2025-05-14"
killed = partial(killed_toll, published=PUBLISHED)
injured = partial(injured_toll, published=PUBLISHED)


@pytest.mark.parametrize(
    ("title", "wounded"),
    [
        ("Glide bombs on Kostiantynivka market kill 11, dozens wounded", 12),
        ("Glide bombs on Kostiantynivka market kill 11, 30 wounded", 30),
    ],
)
def test_a_figure_after_a_comma_counts_its_own_group(title: str, wounded: int) -> None:
    text = "Two glide bombs hit a covered market in Kostiantynivka on Tuesday morning, regional officials said."
    assert killed(text, title) == 11
    assert injured(text, title) == wounded


def test_the_dead_then_the_wounded_after_a_comma() -> None:
    text = "The bombing of the bus depot in Khost on Tuesday killed 20 people, dozens were wounded, doctors said."
    assert killed(text, "Bus depot bombing") == 20
    assert injured(text, "Bus depot bombing") == 12


@pytest.mark.parametrize(
    ("text", "kind", "toll"),
    [
        ("An air strike hit a school in Jabalia on Tuesday. 17 people, 6 of them children, were killed, the civil "
         "defence agency said.", "killed", 17),
        ("An air strike hit a school in Jabalia on Tuesday. Twenty-two people, nine of whom were women, were "
         "wounded, medics said.", "injured", 22),
    ],
)  # fmt: skip
def test_a_breakdown_between_commas_leaves_the_total(text: str, kind: str, toll: int) -> None:
    read = killed if kind == "killed" else injured
    assert read(text, "Strike on school") == toll


def test_a_year_long_tally_is_not_an_attack_whatever_its_commas() -> None:
    """The comma inside "3,415" is no clause break: the tally dated "in 2025" stays a tally."""
    tags = tag_article(
        "Shelling killed 3,415 civilians in Donbas in 2025, monitors say",
        "Artillery and rocket fire on towns near the front killed 3,415 civilians and wounded 8,020 in 2025, a "
        "monitoring mission said in its annual report on Wednesday.",
        published="2026-02-11",
    )
    assert tags.casualties.killed is None or tags.casualties.killed.min != 3415
    assert not tags.alert


def test_an_attack_dated_last_december_is_background() -> None:
    text = (
        "Gunmen attacked the village of Kwall in Bassa on Sunday night, killing 9 people, a community leader said. "
        "Raids on nearby villages last December killed more than 80 people."
    )
    assert killed(text, "Gunmen kill nine in Bassa village") == 9


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen attacked Maiyanga late on Saturday. On Monday residents buried 37 people in a common grave near "
         "the church, a local official said.", 37),
        ("Armed men halted a lorry near Turbat on Friday evening, made 7 labourers climb down and shot them dead, "
         "the police said.", 7),
        ("The armed group said on Saturday that 19 government soldiers had been 'neutralised' when it took the "
         "post.", 19),
    ],
)  # fmt: skip
def test_the_dead_counted_at_burial_before_the_killing_verb_or_in_quotes(text: str, toll: int) -> None:
    assert killed(text, "Attack reported") == toll


def test_a_count_so_far_updates_the_lead() -> None:
    text = (
        "Fighters attacked a prayer meeting in Komanda on Sunday evening, killing more than 20 people, officials "
        'said on Monday. Many of the victims were women. Several homes were burned. "We have found 26 bodies so '
        'far," a rescue worker said.'
    )
    assert killed(text, "Attack on prayer meeting") == 26


@pytest.mark.parametrize(
    "zero_sentence",
    ["There were no injuries, the army said.", "No injuries were reported."],
)
def test_no_injuries_means_no_one_was_killed_either(zero_sentence: str) -> None:
    text = f"Air defences shot down three drones over the port of Izmail overnight. {zero_sentence}"
    assert killed(text, "Drones downed over Izmail") == 0
    assert injured(text, "Drones downed over Izmail") == 0


def test_no_life_was_lost() -> None:
    text = (
        'Gunmen stormed a girls\' school in Kebbi before dawn on Friday and abducted 40 pupils. "No life was lost," '
        "the police said."
    )
    assert killed(text, "Gunmen abduct 40 pupils in Kebbi") == 0


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a pick-up near Marjayoun on Monday, killing two men and wounding a passer-by, the ministry said.",
        "A drone hit a pick-up near Marjayoun on Monday, killing two men. A third person, a shepherd, was lightly "
        "injured, the agency said.",
        "A drone hit a pick-up near Marjayoun on Monday, killing two men. The driver was wounded.",
    ],
)
def test_one_more_person_hurt_beside_the_dead(text: str) -> None:
    assert killed(text, "Drone strike near Marjayoun") == 2
    assert injured(text, "Drone strike near Marjayoun") == 1


def test_a_list_of_victims_continued_with_as_well_as() -> None:
    text = (
        "A landmine destroyed a tractor near Gereshk on Friday, killing a farmer, his mother and his two sons, as "
        "well as two labourers and a boy riding on the trailer, officials said."
    )
    assert killed(text, "Landmine kills family near Gereshk") == 7


def test_a_hundred_is_a_figure() -> None:
    text = "Missiles hit the centre of Kramatorsk on Monday. More than a hundred people were wounded, officials said."
    assert injured(text, "Missiles hit Kramatorsk") == 100


def test_the_sources_after_a_list_of_victims_are_not_victims() -> None:
    text = (
        "Militants overran an army post in Diafarabe on Friday, killing tens of soldiers, two security sources and a "
        "local official said."
    )
    assert killed(text, "Militants overrun army post") == 10


def test_a_breakdown_named_among_them_leaves_the_total() -> None:
    text = (
        '"Twelve civilians, women and children among them, were martyred when jets bombed homes in Barmal," a '
        "spokesman said on Saturday."
    )
    assert killed(text, "Air strikes on Barmal") == 12


def test_a_statement_that_a_group_will_strike_is_no_strike() -> None:
    tags = tag_article(
        "Houthis say they will target ships of firms trading with Israeli ports",
        "The Houthi movement said on Monday it would attack ships of any company dealing with Israeli ports. "
        "Related: Houthi missile hits cargo ship, killing three crew",
        published=PUBLISHED,
    )
    assert not tags.alert
    assert tags.event_type == "Strategic developments"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen attacked a market in Mirebalais on Monday. The UN said it had confirmed 14 deaths, including two "
         "children, and five people wounded by gunfire.", 5),
        ("A missile hit the centre of Sumy on Sunday, killing 9 people. By the evening 61 people had been treated "
         "for wounds, the regional administration said.", 61),
        ("A bomb hit an army truck near Razmak on Monday, killing two soldiers. In the evening the army said the "
         "toll had risen to three and that five other soldiers had been wounded.", 5),
    ],
)  # fmt: skip
def test_the_wounded_beside_another_figure(text: str, toll: int) -> None:
    assert injured(text, "Attack reported") == toll


def test_a_building_felled_by_a_storm_is_no_strike() -> None:
    tags = tag_article(
        "Four of one family killed as war-damaged house collapses in Khan Younis storm",
        "Four members of one family were killed when a house already damaged in the war collapsed during heavy rain "
        "and high winds in Khan Younis on Tuesday night, the civil defence said.",
        published=PUBLISHED,
    )
    assert not tags.alert
    assert tags.conflict is False


def test_a_headline_victim_among_the_dead_names_the_toll() -> None:
    text = "A Russian missile and drone attack on Kyiv overnight killed nine people, officials said."
    assert killed(text, "Toronto woman among 15 killed in Russian attack on Kyiv, family says") == 15


def test_an_age_range_is_no_toll() -> None:
    text = (
        "An Israeli drone strike killed four Palestinians in Tammun on Thursday. The ministry said the four, all "
        "young men between 18 and 25, were killed near a house on the edge of the town."
    )
    assert killed(text, "Drone strike kills four in Tammun") == 4


def test_a_witness_quote_in_short_sentences_does_not_push_the_toll_out_of_reach() -> None:
    text = (
        "The stalls were still smouldering an hour after the bomb hit. Crates of apples lay across the road. A "
        'policeman covered a body with a blanket. "We come every Sunday. My father sells cheese here," said a man. '
        '"I was parking the car. Then there was a whistle and fire." The glide bomb struck at about 11 a.m. Eight '
        "people were killed and 27 injured, the governor said."
    )
    assert killed(text, "'It was all fire': glide bomb hits Kharkiv market") == 8


def test_a_couple_in_a_list_of_victims_is_two() -> None:
    text = "A drone hit a house in Nikopol on Sunday, killing a woman, her son and an elderly couple, officials said."
    assert killed(text, "Drone strike on Nikopol house") == 4


def test_a_year_that_names_an_older_attack_dates_its_toll() -> None:
    text = (
        "A car bomb exploded in a market in Jarablus on Tuesday, killing dozens of people, officials said. Photo: "
        "the market square (file photo from the 2019 truck bombing, in which 38 people died)."
    )
    assert killed(text, "Dozens killed as car bomb hits Jarablus market") == 12


def test_a_unit_counting_its_own_dead_and_the_wounded_in_hospital() -> None:
    text = (
        'A mine exploded under an army lorry near Ban Rueso on Thursday. "We lost five of our soldiers at dawn, and '
        'three more are in hospital with serious wounds," a battalion commander said.'
    )
    assert killed(text, "Mine blast hits army lorry") == 5
    assert injured(text, "Mine blast hits army lorry") == 3  # a second group, not 5 + 3


def test_a_second_clause_with_more_victims_is_not_a_list() -> None:
    text = "Artillery fire on the market killed seven traders, and four more were wounded, the mayor said."
    assert killed(text, "Market shelled") == 7
    assert injured(text, "Market shelled") == 4


def test_parents_are_two_victims() -> None:
    text = "A drone hit a farmhouse in the village late on Sunday, killing a man, his daughter and his elderly parents."
    assert killed(text, "Drone hits farmhouse") == 4


def test_those_taken_to_hospital_are_among_the_injured() -> None:
    text = (
        "Four people were killed. Twenty-two more were hurt by flying glass, and 9 were taken to hospital, medics said."
    )
    assert injured(text, "Blast at depot") == 22


def test_a_toll_that_has_since_risen() -> None:
    text = (
        "A rocket hit a bus station in the town on Friday, killing 9 people, officials said. The toll has since risen "
        "to at least 26, a hospital director said late on Friday."
    )
    assert killed(text, "Rocket hits bus station, killing 9") == 26


def test_a_regional_tally_over_the_past_day_is_not_the_attacks_toll() -> None:
    text = (
        "Shelling hit a street in the suburb on Monday, killing two people and wounding five, officials said. Across "
        "the province 19 settlements were shelled over the past day, with a total of 31 people wounded."
    )
    assert injured(text, "Shelling kills two in suburb") == 5


def test_a_unit_counting_its_dead_far_down_a_report() -> None:
    text = (
        "Insurgents attacked an army camp near the town at dawn on Friday, residents said. The fighting lasted for "
        'hours. The army has given no figures. Phone lines were cut for most of the day. "We lost at least 22 men, '
        'soldiers and militiamen together," a security source said.'
    )
    assert killed(text, "Insurgents overrun army camp") == 22


def test_a_wars_toll_in_a_relative_clause_is_background() -> None:
    text = (
        "A drone hit a motorbike near Bint Jbeil on Tuesday, killing one man, the health ministry said. The strike "
        "was the latest in near-daily raids despite the truce that ended the 2023-2024 war, in which more than 3,000 "
        "people were killed."
    )
    assert killed(text, "Drone strike on motorbike kills one") == 1


def test_the_dead_counted_since_the_morning_are_the_days_toll() -> None:
    text = (
        'A drone struck a cattle market in the town on Sunday, residents said. "We have buried 19 people since the '
        "morning,\" a nurse at the town's hospital said by phone."
    )
    assert killed(text, "Drone strike on cattle market") == 19


def test_a_toll_brought_up_beside_a_childs_age_is_an_update() -> None:
    text = (
        "A missile hit a block of flats in the city before dawn on Sunday, killing at least six people, the governor "
        "said. Firefighters worked through the morning. In the afternoon rescuers found three more bodies, bringing "
        "the death toll to 9, among them an eight-year-old boy."
    )
    assert killed(text, "Missile hits block of flats") == 9


def test_a_spokesmans_statement_a_day_later_dates_the_report_not_the_attack() -> None:
    text = (
        "Jets bombed a market in the district late on Friday, residents said. The army gave no figures. Smoke could "
        'be seen from the next valley. "The raid martyred 26 people and wounded 14 others," the provincial spokesman '
        "said in a statement on Saturday."
    )
    assert killed(text, "Jets bomb district market") == 26
    assert injured(text, "Jets bomb district market") == 14


def test_no_information_on_casualties_is_no_figure() -> None:
    text = (
        "Warplanes struck fuel tanks at the port on Thursday night, the group's television said. The air force gave "
        "no information on casualties. A port official said on Friday that 17 workers had been killed and 30 hurt."
    )
    assert killed(text, "Warplanes strike port fuel tanks") == 17
    assert injured(text, "Warplanes strike port fuel tanks") == 30
    quiet = "Artillery shelled positions near the river on Monday. No information on casualties was given."
    assert killed(quiet, "Artillery shells river positions") is None


def test_a_later_count_states_an_open_lead_figure() -> None:
    text = (
        "A strike hit a shelter in the camp on Monday, killing 19 people and wounding more than 40, medics said. "
        "Families searched the wreckage for relatives. The shelter had housed some 300 people. Aid groups condemned "
        "the strike. The camp clinic said it had treated 46 wounded."
    )
    assert injured(text, "Strike on camp shelter kills 19") == 46
    # far above the open figure: another count, not this one
    wide = text.replace("46 wounded", "95 wounded")
    assert injured(wide, "Strike on camp shelter kills 19") == 40


def test_a_latest_count_after_a_comma() -> None:
    text = (
        "Drones and missiles hit the capital overnight, killing 15 people, officials said. More than 80 people were "
        "injured, 88 by the latest count, the city's mayor said."
    )
    assert injured(text, "Overnight attack on capital kills 15") == 88


def test_the_wounded_attended_in_hospitals() -> None:
    text = (
        'A car bomb exploded beside the police station on Tuesday. "Four people have lost their lives and nineteen '
        'are being attended in the hospitals of the town," the mayor said.'
    )
    assert injured(text, "Car bomb explodes beside police station") == 19


def test_a_death_raising_the_toll_is_an_update() -> None:
    text = (
        "A car bomb went off near the bus station in the town on Thursday, killing at least five people and wounding "
        "22, the health directorate said. Shops nearby caught fire. Several cars were destroyed. In the evening the "
        "directorate said a woman had died of her wounds, raising the toll to six."
    )
    assert killed(text, "Car bomb kills five near bus station") == 6


def test_a_statement_issued_the_next_day_dates_the_report() -> None:
    text = (
        "An air strike destroyed a house in the village late on Sunday, residents said. Early reports said three "
        "people had died. In a statement issued on Monday morning, the health ministry said the strike had killed "
        "eight people and wounded 27 others."
    )
    assert injured(text, "Air strike on village house kills eight") == 27


def test_an_attack_days_before_the_news_is_background() -> None:
    text = (
        "An armed faction said on Monday it was halting its operations against foreign troops, days after a drone "
        "attack on an outpost killed four soldiers. The government welcomed the statement."
    )
    assert killed(text, "Armed faction says it suspends attacks on foreign troops") is None


def test_the_wounded_given_in_a_separate_message() -> None:
    text = (
        "Guided bombs hit a factory and houses in the city on Friday afternoon, the governor said. Three people were "
        "killed, he said in a message on Telegram. In a separate message an hour later, he said 27 people had been "
        "wounded. Nineteen of them were in hospital."
    )
    assert injured(text, "Glide bombs hit factory district") == 27


def test_the_wounded_carried_to_hospital_in_a_rescuers_words() -> None:
    text = (
        'Rockets hit a canteen in the town on Saturday. "We have pulled out eight bodies and we have taken fourteen '
        'people to hospital," the head of the rescue service said.'
    )
    assert injured(text, "Rocket strike on canteen") == 14


def test_the_dead_counted_at_their_cremation() -> None:
    text = (
        'Shells struck a monastery where displaced families were sheltering on Sunday, residents said. "We have '
        'cremated thirteen people, among them three novice monks," the abbot said by phone.'
    )
    assert killed(text, "Shells hit monastery near the town") == 13


def test_a_toll_told_by_phone_the_next_day_is_the_attacks() -> None:
    text = (
        "Armed men stopped two buses on the highway late on Monday and shot dead travellers after checking their "
        'papers, officials said. "They took eight passengers off the buses and shot them dead," the district '
        "commissioner told reporters by telephone on Tuesday."
    )
    assert killed(text, "Gunmen pull passengers off buses and shoot them") == 8


def test_a_reaction_hours_after_a_strike_keeps_the_strikes_toll() -> None:
    text = (
        "The president on Thursday accused the army of breaking the truce. His comments came hours after an air "
        "strike on a house in the town killed four people and wounded 12, the health ministry said."
    )
    assert killed(text, "President says strikes undermine truce") == 4


def test_people_treated_at_a_hospital_are_wounded() -> None:
    text = (
        "Shells that released a choking gas hit the town on Sunday, killing seven people, doctors said. Another 38 "
        "people were treated at the town's hospital for coughing and burning eyes, the doctors' network said."
    )
    assert injured(text, "Gas shells hit town, killing seven") == 38


def test_a_second_source_separately_reporting_the_wounded() -> None:
    text = (
        "A missile hit the bus station in the city on Thursday morning, killing six people, the mayor said. The "
        "region's health department separately reported that 31 people had been wounded."
    )
    assert injured(text, "Missile hits city bus station") == 31


def test_the_wounded_brought_in_to_a_hospital() -> None:
    text = (
        "A drone struck a minibus on the road outside the town on Monday. Six passengers were killed. A doctor at "
        "the town's hospital said twelve other people were brought in with wounds."
    )
    assert injured(text, "Drone strike on minibus") == 12


def test_a_count_given_before_midnight_updates_the_first() -> None:
    text = (
        "Glide bombs hit an apartment block in the city at 3 p.m., killing three people and wounding at least 15, "
        "the governor said. Rescuers searched the rubble through the evening. Relatives waited behind a cordon. The "
        "mayor said the block had housed 80 families. Shortly before midnight the emergency "
        "service said eight people had been killed and 44 others injured."
    )
    assert killed(text, "Glide bombs hit apartment block") == 8
    assert injured(text, "Glide bombs hit apartment block") == 44


def test_the_dead_counted_as_martyrs() -> None:
    text = (
        'Warplanes struck a power station and fuel tanks in the capital on Sunday, residents said. "Our first count '
        'is seven martyrs and 96 injured," a ministry spokesman said on television.'
    )
    assert killed(text, "Jets strike power plant in the capital") == 7


def test_bodies_taken_to_a_hospital_are_not_wounded() -> None:
    text = (
        "Gunmen stopped buses on the highway late on Monday and shot dead 12 passengers, officials said. Twelve "
        "bodies were taken to the district hospital. Two other passengers who were wounded were moved to the city."
    )
    assert injured(text, "Gunmen kill 12 bus passengers on highway") == 2


def test_people_brought_in_for_treatment_by_morning() -> None:
    text = (
        "A ballistic missile hit an apartment building in the city at night, the military said. Residents ran to "
        "shelters. Paramedics said at first they were treating 12 people with light injuries. Rescuers searched the "
        "damaged floors. Police later said three residents had been killed. By morning, hospitals in the area said "
        "41 people had been brought in for treatment."
    )
    assert injured(text, "Missile hits apartment building; three killed") == 41


def test_the_figures_after_a_sentence_saying_the_toll_climbed() -> None:
    text = (
        "A glide bomb tore through an apartment block in the city on Tuesday afternoon, killing at least three "
        "people, officials said. Rescuers worked into the night. Neighbours gathered at the cordon. By evening the "
        "toll had climbed. The governor said six people had been confirmed dead and 28 wounded."
    )
    assert killed(text, "Glide bomb hits apartment block as toll climbs") == 6


def test_a_count_by_late_evening_updates_the_first() -> None:
    text = (
        "A car bomb blew up in a market in the town on Friday morning, killing at least four people, civil defence "
        "workers said. Stalls burned for an hour. Traders said the market had been crowded. By late evening, the "
        "health directorate said nine people had been killed and 25 wounded."
    )
    assert killed(text, "Car bomb tears through market") == 9


@pytest.mark.parametrize(
    "sentence",
    [
        "The boy's grandmother was wounded and taken to hospital in Tibu.",
        "One man, who was wounded in the arm, crawled to a ditch and was later found by soldiers.",
    ],
)
def test_a_lone_wounded_victim_named_by_kin_or_by_a_relative_clause(sentence: str) -> None:
    text = f"A drone dropped a bomb on a house near the village on Monday, killing a farmer and his son. {sentence}"
    assert injured(text, "Drone kills farmer and son near Catatumbo village") == 1


def test_an_earlier_round_or_last_season_is_background_to_a_vague_toll() -> None:
    title = "Air strike on Tehran apartment block kills dozens"
    text = (
        "Warplanes struck a residential building in Tehran early on Wednesday, killing dozens of people, state "
        "media reported. During the earlier round of fighting, strikes killed hundreds of people in Iran."
    )
    assert killed(text, title) == 12
    text = (
        "Gunmen killed dozens of truffle hunters in the desert near Palmyra on Sunday, a war monitor said. Last "
        "season, attacks and leftover mines killed more than 100 truffle hunters."
    )
    assert killed(text, "Gunmen kill dozens of truffle hunters in Syrian desert") == 12


def test_a_remnant_of_previous_fighting_kills_now() -> None:
    text = "A boy was killed on Monday when an unexploded shell from previous fighting exploded near his home."
    assert killed(text) == 1


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        ("Three neighbours who ran to help were also injured when a second shell exploded.", 3),
        (
            '"We pronounced four people dead. Nine others were taken to Hadassah and Shaare Zedek hospitals," a '
            "paramedic said.",
            9,
        ),
    ],
)
def test_the_wounded_after_a_relative_clause_or_sent_to_two_hospitals(sentence: str, wounded: int) -> None:
    text = f"A shell hit a house in the village on Monday night, killing four people, officials said. {sentence}"
    assert injured(text, "Shell kills four in village") == wounded


def test_nobody_after_a_clause_about_a_village_is_no_victim() -> None:
    text = (
        "Air defence systems shot down four missiles over the north of the peninsula overnight, the ministry said. "
        "Falling debris damaged a power line and a shed in a village, but nobody had been killed or injured, the "
        "governor said."
    )
    assert killed(text, "Four missiles shot down over Crimea; no one hurt") == 0


def test_a_first_count_yields_to_the_next_sentences_higher_one() -> None:
    text = (
        "A car bomb exploded beside a checkpoint in Mogadishu on Sunday evening, police said. A police spokesman "
        "initially told reporters that seven people had been killed. On Monday the director of Medina hospital said "
        "12 people had died and 20 were being treated."
    )
    tags = tag_article("Car bomb at Mogadishu checkpoint", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 12
    assert tags.places[0].country_code == "SO"


def test_the_wounded_two_sentences_after_the_toll_climbed() -> None:
    text = (
        "A missile struck a residential area of the city on Saturday afternoon. Officials initially said six people "
        'had been killed and 30 wounded. By the evening, the toll had climbed. "Eleven people were killed. '
        'Fifty-two people were wounded," the regional governor said.'
    )
    assert injured(text, "Missile strike on city: death toll climbs to 11") == 52


def test_a_victim_who_also_died_is_in_a_toll_already_raised() -> None:
    text = (
        "Gunmen opened fire at a bus stop in the city on Wednesday morning, killing five people, police said. A "
        "hospital said a man who had been in critical condition died of his wounds, raising the death toll to five. "
        "A woman also died of her injuries earlier in the afternoon, another hospital said."
    )
    assert killed(text, "Five killed in shooting attack at bus stop") == 5


def test_a_passer_by_also_wounded() -> None:
    text = (
        "A drone struck a car near Tyre on Monday, killing the two men inside, the health ministry said. A "
        "passer-by was also wounded by shrapnel."
    )
    assert injured(text, "Drone strike on car near Tyre kills two") == 1


def test_no_one_injured_and_no_figure_means_no_one_killed() -> None:
    text = (
        "Air defence units shot down a drone that crossed into the country's airspace early on Saturday, the army "
        "said. No one was injured and no property was damaged."
    )
    assert killed(text, "Latvian forces shoot down drone near Rezekne") == 0


def test_a_victim_counted_among_the_wounded_adds_nothing() -> None:
    text = (
        "A suicide bomber blew himself up at a police checkpoint on Sunday, killing five officers and wounding "
        "three, investigators said. A passing driver was also hurt by flying glass and is among the three wounded."
    )
    assert injured(text, "Suicide bomber kills five police officers") == 3


def test_a_member_of_the_family_with_a_long_apposition_was_wounded() -> None:
    text = (
        "Shells hit a house in the village on Monday, killing a man, his wife and their four children, the mayor "
        "said. A seventh member of the family, a 14-year-old girl who was fetching water from a spring near the "
        "house, was wounded by shrapnel."
    )
    assert injured(text, "Shelling kills family of six") == 1


def test_a_woman_of_80_is_an_age() -> None:
    text = (
        "A man was killed in his house, and four people, including a woman of 80, were taken to hospital with "
        "shrapnel wounds, the governor said."
    )
    assert injured(text, "Night shelling of Nikopol kills one") == 4


def test_the_wounded_just_after_the_toll_climbed_to_a_figure() -> None:
    text = (
        "A missile strike on a residential district on Tuesday morning killed at least seven people and wounded more "
        "than 20, regional authorities said.\nRescuers worked through the day in the ruins of a stairwell. Cranes were "
        "brought in from a nearby factory. Volunteers handed out water and blankets to the families.\nSchools in the "
        "district were closed for the rest of the week.\nUPDATE 19:45: In an evening statement, the governor said the "
        "toll had climbed to 14 after the search of the ruins was completed. The number of injured stood at 46."
    )
    assert injured(text, "Missile strike: death toll rises to 14") == 46


def test_the_wounded_after_the_toll_in_a_city_has_risen() -> None:
    text = (
        "08:10 - Russia attacked Kyiv overnight with missiles and drones. At least four people have been killed and 20 "
        "injured, the city administration says.\nRescue teams are working at an apartment block.\nPower was cut in "
        "several districts.\nSchools moved to remote lessons.\n19:10 - UPDATE: The death toll in Kyiv has risen to nine, "
        "the emergency service said. At least 57 people were injured in the capital, it said."
    )
    assert injured(text, "Russian missile and drone attack on Kyiv kills nine") == 57


def test_wounding_a_third_is_one_wounded() -> None:
    text = (
        "A drone struck a vehicle carrying fighters near the village on Monday evening, killing two fighters and "
        "wounding a third, the group said."
    )
    assert injured(text, "Drone kills two fighters near Kobani") == 1


def test_the_year_of_a_record_does_not_date_the_headline_toll() -> None:
    text = (
        "Seven police commandos and the civilian driver of their jeep were killed on Monday when insurgents set off a "
        "buried mine under the vehicle on a forest track, officials said."
    )
    assert killed(text, "Eight killed as insurgents blow up police jeep; deadliest attack in district this year") == 8


def test_wounded_who_later_died_are_not_the_wounded() -> None:
    text = (
        "The number of people killed in a suicide bombing at a mosque during Friday prayers has risen to 14, "
        "doctors said on Saturday. Police first said six worshippers had been killed. By Friday night doctors put the "
        "toll at 11, and on Saturday they said three more of the wounded had died, bringing the number of dead to 14. "
        "At least 38 people were wounded."
    )
    assert injured(text, "Toll in mosque bombing rises to 14") == 38


def test_those_who_remain_in_hospital_are_the_wounded() -> None:
    text = (
        "Gunmen ambushed a police patrol on a highway on Tuesday, killing five officers. In the evening the state "
        "prosecutor said one of the wounded officers had died. Three other officers remain in hospital."
    )
    assert injured(text, "Six police killed in highway ambush") == 3


def test_an_army_counts_its_dead_as_the_supreme_sacrifice() -> None:
    text = (
        '"Four of our brave soldiers made the supreme sacrifice and three were injured while fighting the '
        'infiltrators," an army spokesman said on Thursday.'
    )
    assert killed(text, "Soldiers fall in gunfight with infiltrators in the hills") == 4


def test_ages_inside_a_list_of_victims_are_no_counts() -> None:
    text = (
        "Attackers fired into homes in the village before dawn on Sunday, killing a 40-year-old man, his two sons "
        "aged five and seven, and his ten-month-old daughter, the district police chief said."
    )
    assert killed(text, "Family killed in night attack on village") == 4


def test_victims_with_a_long_relative_clause_add_to_the_lead() -> None:
    text = (
        "Armed men opened fire on houses in a hill village early on Friday, killing a woman and her two sons, "
        "police said. Three herders who had been sleeping in a hut at the edge of the pasture were also shot dead."
    )
    assert killed(text, "Gunmen kill villagers in hill village") == 6


def test_wounded_described_by_a_participle_phrase() -> None:
    text = (
        "Six police commandos were killed on Monday when rebels set off a mine under their truck, police said. "
        "Three other commandos travelling in a second vehicle were injured by flying debris."
    )
    assert injured(text, "Six police killed in mine blast on forest road") == 3


def test_those_who_had_been_treated_in_hospitals_are_the_wounded() -> None:
    text = (
        "A car bomb exploded outside a police station on Tuesday, killing four people and injuring more than 40, "
        "officials said. Later the health secretary said 47 people had been treated in hospitals across the city."
    )
    assert injured(text, "Car bomb outside police station kills four") == 47


def test_wounded_quoted_a_few_sentences_after_a_late_toll() -> None:
    text = (
        "A missile struck a camp for displaced families on the edge of the city on Wednesday night, setting tents "
        "on fire, witnesses said.\nThe government blamed the rebels, who did not comment.\nResidents said the missile "
        "landed among tents housing families who had fled fighting elsewhere.\nThe fire spread quickly through the "
        "shelters of plastic sheeting and wood.\nMany families lost everything they had brought with them.\nAid "
        'groups sent trucks with tents and blankets during the day.\n"We have buried twelve people since the '
        'morning," the camp director said.\nAt the hospital, a doctor said staff were overwhelmed.\n"More than '
        'thirty wounded have come to us," he said.'
    )
    assert injured(text, "Missile hits displacement camp near Marib") == 30


def test_a_days_count_across_the_territory_is_no_toll_of_the_strike() -> None:
    text = (
        "21:40 - Civil defence crews pulled two more bodies from the rubble of the house, bringing the number of "
        "people killed in this afternoon's strike to 15. The hospital says it received 26 wounded from the site.\n"
        "13:00 - The health ministry says 41 people were killed and 120 wounded across the territory in the 24 "
        "hours to midday."
    )
    assert injured(text, "LIVE: Air strike on family home in Khan Younis kills 15") == 26


def test_the_number_of_soldiers_killed_rising_is_the_toll() -> None:
    text = (
        "Insurgents stormed an army base before dawn on Tuesday, security sources said. An officer said on Tuesday "
        "morning that nine soldiers had been confirmed killed. Later a security source said the number of soldiers "
        "killed had risen to 15 after more bodies were found."
    )
    assert killed(text, "Insurgents storm army base in Borno") == 15


def test_people_from_neighbouring_houses_were_wounded() -> None:
    text = (
        "An air strike flattened a house before dawn on Tuesday, killing a couple and their three children, "
        "hospital officials said. At least 14 people from neighbouring houses were wounded."
    )
    assert injured(text, "Air strike on home in Rafah wipes out family") == 14


def test_a_datelines_day_before_a_spaced_dash_is_no_range() -> None:
    text = (
        "PESHAWAR, Pakistan, May 13 - Fourteen people, six of them soldiers, were killed on Tuesday when a suicide "
        "bomber drove a car into an army convoy, officials said."
    )
    assert killed(text, "Suicide car bomber hits army convoy near Peshawar") == 14


def test_the_youngest_named_between_commas_leaves_the_list() -> None:
    text = (
        "A 58-year-old man, his two sons and four grandchildren, the youngest a girl of two, were shot dead by armed "
        "men at their house on Tuesday night, police said."
    )
    assert killed(text, "Family gunned down in border village") == 7


def test_a_headlines_list_without_its_and_is_summed() -> None:
    text = (
        "Five commandos of the special unit and the civilian driver of their hired vehicle were killed on Tuesday "
        "when insurgents set off a mine under their jeep, police said."
    )
    assert killed(text, "Five commandos, civilian driver killed as rebels blow up jeep") == 6


def test_a_caption_of_a_bombing_years_ago_is_background() -> None:
    text = (
        "A car bomb exploded in a crowded market on Tuesday evening, killing dozens of people, security sources said. "
        "More than 50 were wounded.\nPhoto: the same market after a 2016 bombing that killed more than 60 people."
    )
    assert killed(text, "Car bomb tears through Baghdad market, killing dozens") == 12


def test_passengers_taken_off_and_shot_in_a_headline() -> None:
    text = (
        "Armed men set up a blockade on the highway late on Tuesday night, stopped two coaches and checked the "
        "identity cards of the travellers, officials said."
    )
    assert killed(text, "Twelve passengers offloaded from coaches and shot dead in Balochistan") == 12


def test_a_list_item_of_six_words_is_read() -> None:
    text = (
        "Six personnel of the Reserve Police Force and their driver were killed when rebels blew up their "
        "vehicle with a mine on Tuesday, police said."
    )
    assert killed(text, "Police vehicle blown up on forest road") == 7


def test_a_verb_ends_a_list_item() -> None:
    text = (
        "Three brave soldiers paid the supreme price and five others were injured when militants ambushed an army "
        "convoy in the district on Monday, the army said."
    )
    assert injured(text, "Soldiers fall in ambush on army convoy") == 5


def test_a_rising_toll_under_another_heading_of_a_round_up_is_another_events() -> None:
    text = (
        "Kharkiv\n- A Russian drone hit a car in Kharkiv on Tuesday evening, killing one man and wounding two "
        "passers-by, the governor said.\n- Power was cut in two districts.\nZaporizhzhia region\n- The death toll "
        "from Monday's missile strike on a bus station in Zaporizhzhia rose to 11, officials said."
    )
    assert killed(text, "Drone kills one in Kharkiv: war at a glance, day 1,180") == 1


def test_casualties_including_the_dead_are_no_death_toll() -> None:
    text = (
        "A car bomb exploded outside a restaurant on Friday evening, police said. Eight people were killed and 21 "
        "were wounded, a police officer said.\nThe blast shattered windows along the street.\nRescuers searched the "
        "ruins.\nThe ambulance service said its crews had carried 29 casualties in total, including the dead."
    )
    assert killed(text, "Car bomb outside Mogadishu restaurant kills eight") == 8


def test_people_with_wounds_received_by_a_hospital_are_the_wounded() -> None:
    text = (
        'Air strikes hit a market district of the city on Sunday, residents said. "We have received 11 bodies so far '
        'and 23 people with wounds," the director of the main hospital said.'
    )
    assert injured(text, "Air strikes hit market district of Yemen's Saada") == 23


def test_a_photo_caption_of_an_older_strike_gives_no_toll() -> None:
    text = (
        "Rescuers finished searching the ruins of an apartment block in Dnipro on Tuesday, a day after a Russian "
        "missile strike that killed seven people, officials said.\n[Photo caption: Flowers at a memorial to the "
        "victims of the strike on the city's railway station, which killed 29 people.]"
    )
    assert killed(text, "Dnipro missile strike: seven dead as rescuers end search") == 7


def test_we_have_buried_n_of_our_people_is_a_death_toll() -> None:
    text = (
        "Residents of two villages buried victims of an overnight attack by armed men on Monday. Police said about "
        'ten people lost their lives. "We have buried 27 of our people today," a community leader said at the mass '
        "burial."
    )
    assert killed(text, "Villages bury victims of overnight attack in Bokkos") == 27


def test_more_people_in_hospital_after_the_dead_are_the_wounded() -> None:
    text = (
        "Artillery shells hit a crowded tram stop in the city centre on Wednesday morning, local officials said. "
        '"Five people are dead. Eight more are in hospital, three of them in a grave condition," the regional '
        "governor said in a video statement."
    )
    assert injured(text, "Shelling hits Kherson tram stop during morning rush") == 8


def test_a_subset_aside_inside_a_list_is_not_another_item() -> None:
    text = (
        "Villagers buried their dead on Saturday after an air strike on a school where displaced families were "
        "sleeping killed nineteen villagers, five of them children, and a teacher, residents said."
    )
    assert killed(text, "Air strike on village school in Sagaing") == 20


def test_a_count_just_under_a_headlines_nearly_figure_is_the_toll() -> None:
    text = (
        "A suicide bomber blew himself up at a police post on Monday morning, killing eight officers and a "
        "passer-by, officials said.\nTwenty-one people, including two schoolchildren, were taken to the district "
        "hospital, a doctor said."
    )
    assert injured(text, "Suicide bomber kills nine at police post in Lakki Marwat; nearly two dozen hurt") == 21


def test_a_live_pages_dated_story_paragraph_names_the_weapon() -> None:
    text = (
        "LIVE - This page is being updated\n"
        "15:40 - The death toll from the overnight attack on the city has climbed to 17, the mayor said. More than "
        "90 people have been wounded.\n"
        "10:05 - At least 9 people are now confirmed dead, rescuers said.\n"
        "06:30 - Several people have been killed, the regional governor said.\n"
        "ODESA - Russia launched 200 drones and 12 ballistic missiles at Ukraine overnight, and most of those that "
        "got through hit the port city, the air force said."
    )
    tags = tag_article("Overnight attack on Odesa: 17 dead, more than 90 wounded", text, published="2025-06-10")
    assert tags.event_type == "Explosions/Remote violence"


def test_a_features_toll_follows_the_paragraph_that_names_the_attack() -> None:
    text = (
        "The line kept breaking. Each time it came back, Musa, a volunteer with a neighbourhood aid kitchen, picked "
        "up his story where he had left it.\n"
        '"We had no cars left, so we pushed the carts ourselves," he said. "The dead went first, to the mosque. The '
        "wounded we carried on doors.\" A girl walked beside him holding her sister's shoe. She would not let it go.\n"
        "Musa was describing what followed an artillery barrage that struck the central market of the city on "
        "Friday morning.\n"
        "Dozens of people were killed, according to the aid kitchen and a doctor at the city's last hospital. More "
        "than 40 others were wounded, the doctor said."
    )
    tags = tag_article("'We pushed the dead in carts': shelling hits market in besieged El Fasher", text,
                       published="2025-02-10")  # fmt: skip
    assert (tags.casualties.killed and tags.casualties.killed.min, tags.alert) == (12, True)


def test_a_figure_that_climbed_through_the_night_is_updated_by_the_next_count() -> None:
    text = (
        "The first thing the surgeon saw was the dust on every patient wheeled into the hospital on Thursday night. "
        "It lay grey and fine in their hair and on the boots of the paramedics who shouted at him across the hall.\n"
        '"We had a boy with glass in his neck and an old woman pinned under a wardrobe," he said. "After midnight I '
        'stopped counting, and I only knew that the corridor was full of people."\n'
        "The patients came from an apartment block that was hit shortly before 7pm by a Russian guided bomb, the "
        "regional administration said. The bomb tore through the middle of the building and brought down four "
        "floors of one stairwell.\n"
        "In his first statement the governor said two people had been killed and 15 wounded. The figure climbed "
        "through the night as rescuers cut into the slabs. At 8am the governor said eight people were confirmed "
        "dead and 37 had been wounded."
    )
    assert killed(text, "Kharkiv surgeons work through the night after glide bomb hits apartment block") == 8


def test_an_air_campaigns_total_is_no_toll_of_the_strike() -> None:
    text = (
        "The depot was hit by a series of US air strikes late on Sunday. Fourteen people were killed and 30 wounded, "
        "the health ministry in Sanaa said.\nThe United States began an intensified air campaign against the group "
        "in March. The ministry says the campaign has killed more than 250 people in total."
    )
    assert killed(text, "US strikes on Hodeidah fuel depot kill 14, Houthi officials say") == 14


def test_the_remaining_patients_being_treated_are_the_wounded() -> None:
    text = (
        "The field hospital received 95 weapon-wounded patients on Wednesday morning after a mass-casualty incident "
        "near a food distribution point. Of these, 21 people were declared dead on arrival. The remaining 74 "
        "patients are being treated, most of them for gunshot wounds."
    )
    assert injured(text, "Gaza: field hospital receives 95 patients after incident near Rafah aid site") == 74


def test_a_toll_in_the_first_weeks_of_a_war_is_a_tally() -> None:
    text = (
        "Corporal Ruiz keeps a list of fallen friends on his phone. He is one of thousands of soldiers sent to the "
        "region since January, when fighting between two armed groups broke out. In the first weeks of that "
        "fighting, officials said, more than 80 people were killed and 50,000 fled their homes."
    )
    tags = tag_article("On the Catatumbo front, soldiers fight a war that peace was meant to end", text,
                       published="2025-09-01")  # fmt: skip
    assert (tags.casualties.killed, tags.alert) == (None, False)


def test_a_toll_that_has_risen_substantially_is_updated_by_the_next_count() -> None:
    text = (
        "A car bomb exploded outside a busy cafe in the city centre on Saturday, killing at least five people, police "
        'said.\nWitnesses described black smoke over the square.\n"Then the ambulances came," a shop owner said.\n'
        "UPDATE 18:30: The toll has risen substantially. A police spokesman said in the evening that 16 people had "
        "been killed and 30 wounded."
    )
    assert killed(text, "Car bomb tears through Mogadishu street as lunchtime crowds gather") == 16


def test_killings_a_rights_group_documented_are_the_toll() -> None:
    text = (
        "Gang members stormed the neighbourhood before dawn on Saturday and killed residents over several hours. By "
        "Saturday evening, police said at least 25 people had been killed. On Monday a human rights network said it "
        "had documented at least 41 killings."
    )
    assert killed(text, "Gang massacre in Port-au-Prince neighbourhood leaves dozens dead") == 41


def test_killings_a_sanctioned_man_directed_are_no_toll() -> None:
    text = (
        "Britain on Wednesday imposed asset freezes on four men it accused of directing killings of civilians in "
        "Syria's Sweida province in July."
    )
    assert killed(text, "UK sanctions four men over killings of civilians in Syria's Sweida") is None


def test_a_passer_by_on_a_motorcycle_was_wounded_is_one_wounded() -> None:
    text = (
        "An Israeli drone fired a missile at a car near Bint Jbeil on Tuesday, killing the two men inside, the health "
        "ministry said. A passer-by on a motorcycle was lightly wounded."
    )
    assert injured(text, "Drone strike on car near Bint Jbeil kills two") == 1


def test_the_one_named_with_his_unit_is_an_item_of_the_list() -> None:
    text = (
        "An explosive device planted in a car went off outside a cafe on Friday evening, killing the commander of a "
        "volunteer battalion and three other people, investigators said. Seven people were injured."
    )
    assert killed(text, "Car bomb kills battalion commander and three others outside Donetsk cafe") == 4


def test_the_driver_named_with_his_vehicle_is_an_item_of_the_list() -> None:
    text = (
        "Five DRG personnel and the civilian driver of the vehicle were killed when Maoists set off a buried IED "
        "under their jeep near Kutru in Bijapur district on Monday afternoon, police said."
    )
    assert killed(text, "Maoist IED blast hits security vehicle in Bijapur") == 6


@pytest.mark.parametrize(("tail", "wounded"), [("with dozens wounded", 12), ("with many wounded", None)])
def test_wounded_after_with_are_a_group_of_their_own(tail: str, wounded: int | None) -> None:
    text = (
        "Jets struck a vegetable market in Maarat al-Numan on Sunday morning, killing at least nine people, rescuers "
        f"said. By the evening the toll had risen to 23, {tail}."
    )
    title = "Air raid on Maarat al-Numan market kills 23"
    assert killed(text, title) == 23
    assert injured(text, title) == wounded


@pytest.mark.parametrize(
    "title",
    [
        "Army repels attack on Monguno base; nine soldiers, 21 insurgents killed",
        "Clashes leave nine soldiers, 21 insurgents dead near Monguno",
    ],
)
def test_a_headline_counting_two_sides_without_and_adds_them(title: str) -> None:
    text = "Troops fought off an overnight assault on the base by fighters who came on motorcycles, the army said."
    assert killed(text, title) == 30


def test_a_child_of_about_ten_is_an_age_not_the_wounded() -> None:
    text = (
        "Rebels raided the village before dawn, killing 16 people, local officials said. Four wounded people, among "
        "them a boy of about ten with burns to his legs, were being treated at the health centre."
    )
    assert injured(text, "Rebel raid on village kills 16") == 4


def test_an_attack_days_later_in_the_background_is_another_event() -> None:
    text = (
        "Two Levies personnel were killed and three injured when a roadside bomb hit their patrol near Mand on "
        "Tuesday, officials said. In March, militants attacked a passenger train in the province. Days later, a "
        "suicide bomber struck a bus convoy in Noshki, killing six people."
    )
    assert killed(text, "Roadside bomb kills two Levies men near Mand") == 2


def test_several_strikes_on_one_market_are_one_attack() -> None:
    text = (
        "Warplanes carried out several air strikes on the central market in Maarat al-Numan at midday, killing 11 "
        "civilians and wounding more than 25 others, rescuers said."
    )
    title = "Air strikes on Maarat al-Numan market"
    assert killed(text, title) == 11
    assert injured(text, title) == 25


def test_a_datelines_day_is_no_item_of_the_list_of_victims() -> None:
    text = (
        "Raipur, May 14 (PNS) Five personnel of the District Reserve Guard (DRG) and a civilian driver were killed on "
        "Monday when Maoists set off a buried IED under their vehicle in Bijapur district, police said."
    )
    assert killed(text, "Maoists blow up security vehicle in Bijapur") == 6


def test_a_later_entry_of_a_live_page_running_forward_updates_its_figures() -> None:
    text = (
        "Russia launched a combined missile and drone attack on the city early on Wednesday, officials said.\n"
        "08:05 - The mayor says two people have been killed and at least 12 injured.\n"
        "11:40 - The death toll rises to six, the emergency service says.\n"
        "14:20 - The air force says Russia launched 13 missiles and 64 drones overnight.\n"
        "17:55 - The governor says eight people have been killed, including a child, and at least 35 injured."
    )
    assert injured(text, "Eight killed in Russian missile and drone attack on Lviv") == 35


def test_a_later_live_entry_does_not_undo_a_leads_no_casualties() -> None:
    text = (
        "01:30 - The mayor says air defences are repelling a drone attack on the capital.\n"
        "05:45 - The mayor says 30 drones were shot down overnight. There are no casualties, he wrote.\n"
        "07:15 - Flights have resumed at both airports.\n"
        "08:20 - In Ukraine, a Russian drone attack on Kharkiv overnight killed three people, the governor says."
    )
    assert killed(text, "Russia says it downed 30 drones heading for Moscow; no casualties - live") == 0


def test_a_month_before_a_later_date_still_dates_its_figure() -> None:
    text = (
        "An Israeli air strike on a school sheltering displaced families in Gaza City killed dozens of people on "
        "Saturday morning, the civil defence agency said.\nRescuers dug with their hands.\nIn August, a strike on a "
        "school shelter in another part of the city killed more than 80 people, health officials said, and a UN "
        "agency said last month that most of its schools had been hit."
    )
    title = "Strike on Gaza City school shelter kills dozens, civil defence says"
    assert killed_toll(text, title, published="2024-09-21") == 12


def test_a_feature_that_names_the_strike_in_passing_reads_the_toll_after_it_is_told() -> None:
    text = (
        "NABATIEH, Lebanon - Hussein kept his pharmacy open through a year of cross-border fire, long after "
        "his neighbours in the old souk had left for Beirut.\nPeople still needed insulin, he said, and blood "
        "pressure pills, and baby formula.\nOn Wednesday, the building above his pharmacy was gone.\nHussein, "
        "who had gone out for bread a few minutes before the strike, stood across the street and watched "
        'rescuers cut through a slab of concrete with a hand saw.\n"The whole building came down on the '
        'pharmacy," he said. "My assistant was inside. The council people were in the office upstairs. We '
        'all know each other here."\nIsraeli warplanes struck the municipal building on Wednesday morning as '
        "the council met to plan aid deliveries, officials said. Several other buildings nearby were also "
        "hit.\nEleven people were killed, the health ministry said in the evening.\nTwenty others were "
        "wounded, it said."
    )
    tags = tag_article("Israeli air strike on Nabatieh: 'The whole building came down'", text, published="2024-10-16")
    assert (tags.casualties.killed and tags.casualties.killed.min, tags.alert) == (11, True)


def test_a_list_whose_last_item_has_a_relative_clause_is_summed() -> None:
    text = (
        "A suicide bomber rammed an explosives-laden car into a military convoy near Bannu on Sunday, officials said. "
        "Three soldiers and a civilian who was riding past on a motorcycle were killed in the blast."
    )
    assert killed(text, "Suicide bomber hits army convoy near Bannu") == 4


def test_separately_a_second_official_giving_the_wounded_of_the_same_attack() -> None:
    text = (
        "Two missiles slammed into a shopping street in the city centre on Saturday afternoon, killing eight people, "
        "the regional governor said. Separately, the city's mayor said 34 people had been wounded."
    )
    assert injured(text, "Missiles hit city shopping street, killing eight") == 34


def test_separately_another_attack_keeps_its_own_wounded() -> None:
    text = (
        "Two missiles slammed into a shopping street in the city centre on Saturday afternoon, killing eight people, "
        "the regional governor said. Separately, a drone hit a village in the south of the region, wounding 34 people."
    )
    assert injured(text, "Missiles hit city shopping street, killing eight") is None


def test_a_headline_s_day_tally_after_a_semicolon_is_not_the_strike_s_toll() -> None:
    text = (
        "An air strike hit a school sheltering displaced families in the Zeitoun neighbourhood of Gaza City before "
        "dawn on Wednesday, killing 17 people, the civil defence agency said."
    )
    title = "Strike on Zeitoun school shelter kills 17; ministry reports 41 dead across Gaza in 24 hours"
    assert killed(text, title) == 17


def test_no_pupil_was_killed_is_no_victim() -> None:
    text = (
        "Bandits abducted 23 pupils from a boarding school in Kajuru before dawn on Tuesday. A watchman was shot in "
        "the leg. The state government confirmed the abduction, saying no pupil was killed."
    )
    assert killed(text, "Bandits abduct 23 pupils from Kaduna boarding school") == 0


def test_the_wounded_taken_to_a_health_centre() -> None:
    text = (
        "Insurgents raided the village of Nguida on Sunday night, beheading five men, residents said. Three other "
        "villagers were hit by gunfire and taken to the district health centre."
    )
    assert injured(text, "Insurgents behead five in Macomia village raid") == 3


def test_a_traditional_ruler_shot_dead_and_his_wife_wounded() -> None:
    text = (
        "Suspected separatist fighters shot dead the traditional ruler of a village in Bui division on Sunday night, "
        "relatives said. His wife was wounded in the arm and taken to a hospital in Kumbo."
    )
    title = "Separatists kill village chief in Bui"
    assert (killed(text, title), injured(text, title)) == (1, 1)


def test_one_night_s_series_of_raids_on_a_port_is_one_attack() -> None:
    text = (
        "HODEIDAH, May 3 (Saba) - Nine citizens were martyred and 31 others were injured in a series of raids by "
        "enemy warplanes on the oil port in Hodeidah governorate on Saturday night, the health ministry said."
    )
    assert injured_toll(text, "Enemy raids on Hodeidah oil port kill nine", published="2025-05-03") == 31


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        ("Three other children, aged between 6 and 12, were wounded, one of them badly.", 3),
        ("Nine others were wounded. A man aged about 70 was badly wounded by shrapnel, medics said.", 9),
    ],
)
def test_ages_said_as_a_range_or_about_are_no_count(sentence: str, wounded: int) -> None:
    text = f"An artillery shell hit a street in the city on Monday, killing five children, local officials said. {sentence}"
    assert injured(text, "Shell kills five children in city street") == wounded


def test_a_quoted_vague_figure_is_still_the_toll() -> None:
    text = (
        "An Israeli air strike destroyed a house in the town on Friday evening, killing nine members of one family, "
        'the health ministry said. The ministry said "dozens" of people were also wounded in the strike.'
    )
    assert injured(text, "Israeli strike on house kills nine from one family") == 12


def test_a_tally_since_the_start_of_the_aggression_is_not_the_strike_s() -> None:
    text = (
        "Twelve people were martyred and 35 injured when enemy jets struck a residential area of the city, the "
        "provincial governor said. According to the ministry of health, 310 people have been martyred across the "
        "country since the start of the aggression on Friday, June 13."
    )
    title = "12 martyrs, 35 injured in enemy aggression on residential area"
    assert killed_toll(text, title, published="2025-06-18") == 12


def test_lost_their_lives_and_others_wounded_is_no_list() -> None:
    text = (
        "Seven personnel of the district guard lost their lives and five others were injured on Tuesday when Maoists "
        "set off an IED under their vehicle, police said."
    )
    assert injured(text, "Seven jawans killed in IED blast") == 5


def test_a_running_tally_after_the_latest_encounter_and_a_headline_s_lone_wounded() -> None:
    text = (
        "Security forces shot dead 14 Maoists in an encounter in the forests of the district on Thursday, police "
        "said. With the latest encounter, 190 Maoists have been killed in the state in 2024."
    )
    title = "14 Maoists gunned down in encounter; jawan hurt"
    assert (killed_toll(text, title, published="2024-10-04"), injured_toll(text, title, published="2024-10-04")) == (
        14,
        1,
    )


def test_a_quoted_phrase_of_a_figure_is_still_the_toll() -> None:
    text = (
        "A drone struck a minibus station in the town on Sunday, killing 26 people, witnesses said. A health worker "
        'said the hospital had registered 26 dead and "more than a dozen" wounded.'
    )
    assert injured(text, "Drone strike on minibus station kills 26") == 12


def test_a_first_statement_s_count_gives_way_once_the_toll_has_doubled() -> None:
    text = (
        "A ballistic missile struck the railway station in the town on Saturday afternoon, regional officials said. "
        'In his first statement, the regional governor said six people had been killed and "more than twenty" '
        "wounded. By evening the toll had doubled. Prosecutors said 12 people were confirmed dead and 41 people "
        "were in hospital."
    )
    title = "Missile strike on railway station kills 12"
    assert (killed(text, title), injured(text, title)) == (12, 41)


def test_a_correction_s_retracted_figure_is_not_the_toll() -> None:
    text = (
        "A Russian rocket attack on the town on Monday killed three people and wounded 14, the regional governor "
        "said. CORRECTION: An earlier version of this story, based on an unverified post, said 14 people had been "
        "killed."
    )
    assert killed(text, "Russian rocket attack on town kills three, wounds 14") == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunmen, who came on about 40 motorcycles late on Saturday, shot dead 16 farmers.",
        "The prison service released 190 prisoners, 30 of them serving life sentences for attacks that killed civilians.",
    ],
)
def test_motorcycles_and_prisoners_are_no_toll(sentence: str) -> None:
    text = f"Armed men attacked a village in the district at the weekend, residents said. {sentence}"
    assert killed(text, "Village attacked in the district") in (16, None)
    assert killed(text, "Village attacked in the district") not in (40, 30)


def test_a_periodic_report_s_count_is_background() -> None:
    text = (
        "Armed cattle raiders attacked three cattle camps in the county on Sunday, killing 23 people, the county "
        "commissioner said. In its latest quarterly brief, the UN mission said intercommunal violence accounted for "
        "most of the 790 civilians killed in the country."
    )
    assert killed(text, "Cattle raiders attack camps in the county") == 23


def test_strikes_across_the_country_on_the_day_are_a_tally() -> None:
    text = (
        "An Israeli strike destroyed a house in the village on Monday, killing seven people, including two children, "
        "the health ministry said. The ministry said Israeli strikes across the country killed 38 people on Monday, "
        "bringing the toll since October 2023 to 2,470."
    )
    assert killed_toll(text, "Israeli strike on village house kills seven", published="2024-10-15") == 7


def test_killed_some_and_injured_another_is_one_wounded() -> None:
    text = "Gunmen on motorcycles shot dead four workers and injured another at a building site on Monday night."
    assert (killed(text), injured(text)) == (4, 1)
    assert injured("Gunmen shot dead four workers and injured another 20 people at a market on Monday.") != 1


def test_the_wounded_who_later_died_are_no_injured_figure() -> None:
    text = (
        "The death toll from a raid by RSF fighters on a village has risen to 30, a medical group said on Thursday, "
        "after four people wounded in Wednesday's raid died during the night."
    )
    assert (killed(text), injured(text)) == (30, None)


def test_a_live_entry_s_time_stamp_is_no_figure() -> None:
    # "07:58" above a figure once made the minutes the figure, hiding the six the entry states.
    text = (
        "Live updates\n"
        "08:15 Hospitals in the city say 40 of the casualties are being treated; schools will stay shut today.\n"
        "07:58 Paramedics now say six people were killed at the site in Holon and 58 were taken to hospital.\n"
        "07:31 Rescue teams are searching a partly collapsed apartment building. Paramedics confirm four dead."
    )
    assert killed(text, "Live: missile hits apartment building in Holon") == 6


def test_one_shot_in_the_leg_is_one_wounded() -> None:
    text = (
        "Suspected ISWAP fighters seized at least 20 women gathering firewood outside Gwoza on Sunday, an official "
        "said. One woman who tried to flee was shot in the leg and reached the town's clinic."
    )
    assert injured(text, "Fighters abduct 20 women near Gwoza") == 1
    assert injured("A soldier was shot in the head during the raid, police said.", "Raid on post") is None


def test_the_displaced_since_the_fighting_began_leave_the_wounded_their_own() -> None:
    text = (
        "At least 19 people were killed in two days of clashes between the ELN and FARC dissidents near Tibu, the "
        "ombudsman said on Wednesday. Fifteen of the dead were fighters. At least seven people were wounded and more "
        "than 2,000 had fled their homes since the fighting broke out on Monday, the office said."
    )
    assert injured(text, "ELN and dissident clashes leave 19 dead near Tibu") == 7


def test_no_one_else_harmed_is_no_one_wounded() -> None:
    text = (
        "US Africa Command said it carried out an air strike on Saturday against Islamic State fighters in the "
        "mountains south-east of Bosaso, killing three militants. The command said no one else was harmed."
    )
    assert (killed(text), injured(text)) == (3, 0)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("At least 15 soldiers and Volunteers for the Defence of the Homeland (VDP) were killed on Wednesday when "
         "jihadists ambushed a supply convoy near Djibo, security sources said.", 15),
        ("Seventeen soldiers and three auxiliaries of the Volunteers for the Defence of the Homeland were killed on "
         "Monday when jihadists ambushed a convoy near Djibo, the army said.", 20),
    ],
)  # fmt: skip
def test_a_long_proper_name_between_figure_and_verb_is_one_word(text: str, toll: int) -> None:
    assert killed(text, "Soldiers killed in ambush near Djibo") == toll


def test_a_reworded_copy_s_slays_and_no_less_than() -> None:
    text = (
        "A drone assault on a crowded livestock market in El Obeid has slain no less than 14 people, a medical source "
        "said on Saturday."
    )
    assert killed(text, "Drone assault on Sudan market slays no less than 14 - medics") == 14
    assert killed("", "Drone strike slays 14 at market") == 14


def test_killed_and_displaced_since_an_offensive_share_the_since() -> None:
    text = (
        "Rockets hit a residential district of the capital on Saturday, wounding 23 people. The UN says more than 280 "
        "civilians have been killed and about 140,000 people displaced since the offensive began in April last year."
    )
    assert killed(text, "Rockets wound 23 in the capital") is None


def test_no_other_casualties_after_the_dead_is_no_one_wounded() -> None:
    text = "Insurgents beheaded two men in a village on Monday and torched homes. No other casualties were reported."
    assert (
        killed(text, "Insurgents behead two, torch homes"),
        injured(text, "Insurgents behead two, torch homes"),
    ) == (
        2,
        0,
    )


def test_a_figure_taken_by_kidnappers_is_no_death_toll() -> None:
    tags = tag_article(
        "Bandits kidnap 25 bus passengers near Birnin Gwari, conductor shot dead",
        "Armed men stopped a bus on the Birnin Gwari road on Saturday and kidnapped about 25 passengers, shooting dead "
        "a conductor who tried to run, police said. One passenger was wounded.",
        published="2023-06-04",
    )
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 1
    assert not tags.alert


def test_yesterday_s_strike_is_background_to_this_morning_s() -> None:
    text = (
        "Two people, a woman and her son, were killed and five others injured this morning when a drone struck a "
        "tent camp west of Deir al-Balah, medics said.\n"
        "Yesterday, 19 people were killed when aircraft bombed a school sheltering families in Gaza City."
    )
    tags = tag_article("Two killed, five injured in drone strike on tent camp near Deir al-Balah", text,
                       published="2024-12-02")  # fmt: skip
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 2
    assert not tags.alert


def test_a_wider_count_that_includes_the_strike_s_dead_is_not_its_toll() -> None:
    text = (
        "Five people were killed and about 60 hurt when a ballistic missile struck an apartment block in Bat Yam "
        "before dawn on Sunday, paramedics said.\n"
        "Officials say 19 people have now been killed in Israel, including the five in Bat Yam."
    )
    tags = tag_article("Missile strike on Bat Yam apartment block kills five", text, published="2025-06-15")
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 5


def test_a_headline_list_after_a_kicker_adds_up() -> None:
    tags = tag_article(
        "Bijapur: 5 CRPF jawans, driver killed in Maoist IED blast",
        "Maoists set off an IED under a CRPF vehicle on the Bijapur-Awapalli road on Saturday, police said.",
    )
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 6


def test_a_long_name_of_capitalised_words_stands_as_one_word() -> None:
    text = (
        "Nineteen servicemen of the Defence Army of the Artsakh Republic were killed and 33 were wounded in the fighting "
        "along the line of contact, the ministry said on Sunday. On Saturday the ministry had reported 15 dead."
    )
    tags = tag_article(
        "Defence Army loses 19 servicemen in fighting along line of contact", text, published="2016-04-03"
    )
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 19


def test_a_day_s_regional_total_with_the_strike_s_victims_in_it_is_not_its_toll() -> None:
    text = (
        "Russian shelling killed two people and wounded five in Kherson on Tuesday morning, the regional governor "
        "said.\nIn all, 5 people were killed and 19 wounded across the region over the day, including the victims "
        "of the morning shelling."
    )
    tags = tag_article("Russian shelling kills two in Kherson", text, published="2025-02-11")
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 2
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 5


@pytest.mark.parametrize("body_says", ["U.S. raids on the district", "the raids on the district by U.N.-backed forces"])
def test_an_initial_s_stop_does_not_end_the_toll_s_clause(body_says: str) -> None:
    text = (
        f"The death toll from {body_says} of Mocha on Friday night has climbed to 23, with 41 hurt, health officials "
        "said on Saturday. A local broadcaster had earlier put the dead at 9."
    )
    assert killed(text, "Strikes hit Mocha district") == 23


def test_a_road_s_number_is_no_victim_of_a_list() -> None:
    text = (
        "Gunmen torched trucks on the Route 45 highway and at least five people were shot dead in separate incidents "
        "in the city, local media reported."
    )
    assert killed(text, "Violence flares in Culiacan") == 5


def test_the_injured_who_passed_away_are_dead_not_a_count_of_the_injured() -> None:
    text = (
        "The toll from the convoy ambush rose to 40 on Tuesday evening, officials said. Hospital staff had put the "
        'dead at 37 in the afternoon. "Three more of the injured passed away during surgery," a surgeon said.'
    )
    assert injured(text, "Convoy ambush toll rises to 40") is None


def test_a_place_s_aside_does_not_free_an_older_massacre_from_its_month() -> None:
    text = (
        "BAMAKO - Soldiers and foreign fighters killed dozens of civilians in a raid on the village of Tina, in the "
        "Macina area of central Mali, on Thursday, residents and a herders' association said.\n\nWitnesses said the "
        'troops came in pick-up trucks at dawn. "They lined up the men by the well. We ran into the millet," said a '
        "herder who got away.\n\nThe association said on Friday that it had counted 27 dead, all of them men, and that "
        "several others were missing.\n\nThe army said it had struck terrorists in the area, without mentioning "
        "civilians.\n\nRights groups say hundreds of people were killed by soldiers and foreign fighters in Moura, also "
        "in central Mali, in March."
    )
    assert killed_toll(text, "Dozens of civilians killed in central Mali raid", published="2022-11-05") == 27


def test_the_attackers_claim_is_not_the_toll() -> None:
    text = (
        "A car bomb exploded at an army checkpoint in Baidoa on Monday, killing nine people, police said. Al-Shabaab "
        "claimed responsibility on its radio station, saying it had killed 35 soldiers."
    )
    assert killed(text, "Car bomb hits Baidoa checkpoint") == 9


def test_last_month_s_vote_named_after_the_figures_does_not_date_them() -> None:
    text = (
        "Two people were killed and at least 35 injured in Beira on Friday as protesters disputing last month's "
        "election results blocked roads and police fired live rounds, a monitoring group said."
    )
    assert injured(text, "Unrest grips Beira") == 35


def test_the_wounded_of_a_fight_since_its_first_day_are_its_own() -> None:
    text = (
        "Fighting between the rebels and the army on the hills west of the town killed at least 25 people on Tuesday "
        "and Wednesday, local officials said. A surgeon at the main hospital said 37 wounded people had been admitted "
        "since Tuesday, among them soldiers and civilians."
    )
    assert injured(text, "Two days of clashes near Sake leave 25 dead") == 37


def test_monday_s_drone_strike_is_background_to_thursday_s_artillery() -> None:
    text = (
        "Two men were killed and five people injured when Russian artillery hit a street in Kherson on Thursday "
        "morning, the regional administration said. Over the past day Russian forces fired 380 shells at the "
        "region. On Monday six people died when a drone hit a bus in Antonivka."
    )
    assert killed_toll(text, "Russian shelling kills two in Kherson", published="2023-12-07") == 2


def test_an_age_before_a_relative_clause_is_no_count_of_the_wounded() -> None:
    text = (
        "DONETSK, Ukraine, Aug 5 - Artillery shells hit a covered market in the rebel-held town of Horlivka on Monday, "
        "killing six civilians and wounding 14, the town's administration said on Tuesday.\n\nTwo shells fell among "
        "the stalls shortly before noon, when traders were selling vegetables, witnesses said. A third struck a bus "
        'stop.\n\n"My sister went for bread. Now she is gone," said Olena, 58, who was waiting outside the hospital for '
        "news of her daughter, one of the wounded."
    )
    title = "Shells hit market in rebel-held Horlivka, six dead"
    assert injured_toll(text, title, published="2014-08-05") == 14


def test_taking_the_number_of_dead_to_a_figure_updates_the_toll() -> None:
    text = (
        "TANK: The funeral prayers were held in the police lines at noon, under a row of trees, and were over in "
        "minutes. Six coffins draped in the flag were laid on the parade ground where, until Monday morning, the "
        "recruits had drilled each day.\n\nConstable Imran, 22, stood at the end of a line of young men in grey "
        'uniforms. He had been in the mess hall when the blast came. "The windows fell in on us. Then we heard '
        'firing at the gate," he said. "We lay flat for half an hour."\n\nOfficials said a suicide bomber detonated '
        "his vest at the main gate of the training centre at about 7 a.m. on Monday, as recruits were lining up. Two "
        "accomplices opened fire on the guards before police shot them dead, an officer said.\n\nBy Monday night the "
        "death toll stood at eight. On Tuesday a senior officer said three of the wounded had died in hospital "
        "overnight, taking the number of dead to 11 - nine recruits, an instructor and a vendor."
    )
    title = "Quiet grief in Tank after bomber strikes police training centre"
    assert killed_toll(text, title, published="2023-10-17") == 11


def test_figures_that_climbed_bring_the_next_sentence_s_higher_count() -> None:
    text = (
        "The playground behind the school is quiet now; a slide lies on its side near the fence. Residents stand in "
        "small groups and talk in low voices. Olha Marchenko, 68, has swept the same corner of the yard since dawn. "
        "She says she does not know what else to do with her hands. The district has been hit many times since the "
        "spring of 2022, and people here count their lives in strikes. Two guided bombs hit the district at dusk on "
        "Tuesday, the governor said. By midnight officials were reporting four dead and 15 injured. As rescuers dug "
        "through the night, the figures climbed. On Wednesday the governor said nine people had been killed and 40 "
        "wounded."
    )
    tags = tag_article("Guided bombs hit Zaporizhzhia district again", text, published="2024-10-02")
    assert tags.casualties.killed is not None and tags.casualties.injured is not None
    assert (tags.casualties.killed.min, tags.casualties.injured.min) == (9, 40)


@pytest.mark.parametrize(
    ("title", "text", "toll"),
    [
        ("Daraban police post bombing toll rises to six",
         "The toll from Sunday night's bombing of the Daraban police post rose to six on Monday, officials said. A "
         "police spokesman said four constables, a cook and a shopkeeper were among the dead, while 12 other people, "
         "nine of them policemen, were still under treatment.", 12),
        ("Kani monastery air strike toll rises to 14",
         "The toll from Friday's air strike on a monastery in Kani township rose to 14, the local resistance group "
         "said on Sunday. It said 22 other people remained under treatment at a clinic in the forest.", 22),
    ],
)  # fmt: skip
def test_people_still_or_remaining_under_treatment_are_the_injured(title: str, text: str, toll: int) -> None:
    assert injured(text, title) == toll
