"""Event types where the words of one type sit in an article of another: a bomb that kills soldiers and a gunfight
after it, arms handed over, gunmen abducting pupils past a guard they shot, a terror shooting at a bus stop, a threat
of strikes to come, a mobilisation, a curfew, an operation approved, a tech deal in a country at war, a concert after
a truce. Every headline and sentence here is the project's own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import accident_ruled_late, collect_signals

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"


def event(title: str, text: str, published: str = "2025-05-14") -> tuple[str | None, bool]:
    tags = tag_article(title, text, published=published)
    return tags.event_type, tags.alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Suicide car bomber kills nine soldiers at checkpoint near Gao",
         "A suicide bomber drove an explosives-laden car into an army checkpoint outside Gao on Monday, killing nine "
         "soldiers and wounding 14, the army said. Troops then fought off gunmen on motorbikes who tried to reach "
         "the checkpoint."),
        ("Roadside bomb kills seven soldiers near Tuz Khurmatu",
         "A roadside bomb hit an army patrol near Tuz Khurmatu on Sunday, killing seven soldiers, security sources "
         "said. Gunmen then fired on the troops who came to help, and a short gunfight followed."),
    ],
)  # fmt: skip
def test_a_bomb_in_the_headline_outweighs_a_gunfight_after_it(title: str, text: str) -> None:
    assert event(title, text) == (REMOTE, True)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kenya receives first batch of attack helicopters for fight against al-Shabaab",
         "Kenya's air force on Tuesday took delivery of the first four of eight attack helicopters bought to fight "
         "al-Shabaab militants near the Somali border, officials said."),
        ("US hands Iraqi army armoured vehicles and rifles for campaign against Islamic State",
         "The United States on Wednesday handed over armoured vehicles, rifles and machine guns to the Iraqi army "
         "at a base near Baghdad, for use against Islamic State cells."),
    ],
)  # fmt: skip
def test_arms_handed_over_are_a_strategic_development(title: str, text: str) -> None:
    assert event(title, text) == (STRATEGIC, False)


def test_gunmen_abducting_pupils_is_violence_against_civilians_though_a_guard_was_shot() -> None:
    text = (
        "Armed men stormed a boarding school in Kankara before dawn on Thursday and abducted 52 pupils, police "
        "said. A night guard was shot in the arm as he tried to close the gate."
    )
    assert event("Gunmen abduct 52 pupils from Kankara school", text)[0] == VAC


def test_a_terror_shooting_at_a_bus_stop_is_violence_against_civilians() -> None:
    text = (
        "Two attackers opened fire on people waiting at a bus stop in Beersheba on Wednesday morning, killing five "
        "and wounding 9, police said. A soldier nearby returned fire and the attackers were arrested."
    )
    assert event("Five killed, 9 wounded in terror shooting at Beersheba bus stop", text) == (VAC, True)


def test_overnight_raids_on_several_villages_are_one_attack() -> None:
    text = (
        "Gunmen attacked four villages in Riyom local government area of Plateau state overnight, killing 31 "
        "people and burning houses, police said on Monday."
    )
    assert event("Gunmen kill 31 in overnight raids on Plateau villages", text) == (VAC, True)


def test_a_week_of_operations_is_a_round_up() -> None:
    text = (
        "Security forces killed 14 militants in three operations in North Waziristan over the past week, the army "
        "said on Sunday. Two soldiers were killed."
    )
    assert event("Army says 14 militants killed in week of operations in North Waziristan", text)[1] is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("EU agrees fresh sanctions on Moscow days after deadly Odesa strike",
         "European Union governments on Wednesday adopted new sanctions against Russia, two days after a missile "
         "attack on Odesa killed 19 people, which ministers cited as they arrived."),
        ("Defence minister warns Damascus will pay 'a heavy price' if attacks on the Golan continue",
         "The defence minister said on Monday that rocket fire from Syria would be answered with force and that "
         "Damascus would be held responsible for any attack."),
        ("Russia orders call-up of reservists as fighting spreads in Kursk",
         "President Vladimir Putin signed a decree on Friday calling up reservists for training, as fighting "
         "continued along the border in the Kursk region."),
        ("Security committee approves military operation against militants in Khyber",
         "Pakistan's top security committee on Thursday approved a military operation against militants in "
         "Khyber district, after attacks on police posts in recent months."),
    ],
)  # fmt: skip
def test_news_that_is_no_strike_of_its_own_is_a_strategic_development(title: str, text: str) -> None:
    assert event(title, text) == (STRATEGIC, False)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Haifa chip start-up Corelane agrees $900m sale to US rival",
         "Israeli chip designer Corelane has agreed to be acquired by a US semiconductor group for $900 million, "
         "the companies said on Monday. A fifth of its staff were called up for reserve duty during the war."),
        ("Syrian singer fills Damascus arena in first concert since the truce",
         "Thousands of fans filled an arena in Damascus on Saturday for the singer's first concert since the "
         "ceasefire, which ended months of fighting in the north."),
    ],
)  # fmt: skip
def test_business_and_culture_in_a_country_at_war_are_not_conflict(title: str, text: str) -> None:
    assert tag_article(title, text, published="2025-05-14").conflict is False


def test_the_islamic_emirate_is_the_taliban() -> None:
    tags = tag_article(
        "Islamic Emirate and Pakistan hold talks in Kabul on border crossings",
        "Delegations of the Islamic Emirate of Afghanistan and Pakistan held talks in Kabul on Tuesday on the "
        "closure of border crossings, the foreign ministry said.",
        published="2025-05-14",
    )
    assert tags.conflict is True
    assert "Taliban" in tags.actors


def test_us_aggression_in_a_yemeni_report_is_a_strike() -> None:
    text = (
        "The toll of the American aggression on the port of Salif late on Friday has risen to 31 martyrs and 60 "
        "wounded, the health ministry said on Saturday."
    )
    assert event("Toll of US aggression on Salif port rises to 31 martyrs", text) == (REMOTE, True)


def test_a_quote_opening_the_headline_is_a_voice_not_the_news() -> None:
    text = (
        "A Russian missile struck a residential street in Pryluky on Tuesday night, killing nine people and "
        "wounding 23, the regional governor said on Wednesday."
    )
    tags = tag_article("'We buried our friends this morning': Pryluky counts its dead after missile strike", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.event_type, tags.alert) == (REMOTE, True)


def test_the_regime_of_a_capital_is_the_attacker_not_the_place() -> None:
    tags = tag_article(
        "Kyiv regime shells Horlivka market: 7 dead",
        "Shells fired by Ukrainian forces hit a market in Horlivka on Sunday, killing seven people, the city's "
        "Russian-installed mayor said.",
        published="2025-05-14",
    )
    assert tags.places[0].name == "Horlivka"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Man shoots two neighbours dead in Poltava region village after fence dispute",
         "A 61-year-old man shot two of his neighbours dead with a hunting rifle on Sunday after a long fence "
         "dispute, police in Poltava region said. He was detained at the scene."),
        ("Ukraine's Melnyk wins high jump gold in Rome, dedicates it to her home town",
         "Ukrainian high jumper Oksana Melnyk won gold at the European championships in Rome on Friday and "
         "dedicated the medal to her home town of Nikopol, which Russian artillery shells almost daily."),
    ],
)  # fmt: skip
def test_a_neighbours_quarrel_and_a_medal_are_not_conflict(title: str, text: str) -> None:
    assert tag_article(title, text, published="2025-05-14").conflict is False


def test_a_call_up_in_a_country_at_war_is_the_wars_politics() -> None:
    tags = tag_article(
        "Israel to call up 30,000 reservists ahead of new Gaza operation",
        "Israel's military will call up about 30,000 reservists next month ahead of an expanded operation in Gaza, "
        "the defence ministry said on Sunday.",
        published="2025-05-14",
    )
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Missile fired at bulk carrier off Yemen misses, maritime agency says",
         "A missile was fired at a bulk carrier in the Red Sea on Wednesday but fell into the water near the ship, "
         "the maritime agency said. No one on board was hurt."),
        ("North Korea fires two ballistic missiles into the sea",
         "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, "
         "South Korea's military said."),
        ("Britain sends jets and troops to Estonia after drone incursions",
         "Britain will send four fighter jets and 300 troops to Estonia after Russian drones crossed into NATO "
         "airspace last week, the defence ministry said on Monday."),
        ("Ukraine receives bodies of 757 fallen soldiers in repatriation",
         "Ukraine received the bodies of 757 fallen soldiers from Russia on Friday in the latest repatriation, the "
         "coordination headquarters for prisoners of war said."),
    ],
)  # fmt: skip
def test_misses_tests_deployments_and_repatriations_are_strategic(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2025-05-14")
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_gunmen_killing_bus_passengers_on_a_highway_is_conflict() -> None:
    text = (
        "Gunmen stopped a bus on the highway near Kalat on Saturday night, made 8 passengers get off and shot them "
        "dead, officials said."
    )
    tags = tag_article("Gunmen pull passengers off bus and shoot them near Kalat", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, VAC, True)


def test_a_governing_coalition_deal_is_politics() -> None:
    tags = tag_article(
        "Belgian parties strike coalition deal after 190 days of talks",
        "Five Belgian parties agreed on Friday to form a coalition government, ending 190 days of talks.",
        published="2025-05-14",
    )
    assert tags.conflict is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Seven killed as bus collides with lorry near Vinnytsia",
         "Seven people were killed and 12 injured when a passenger bus collided with a lorry on a highway near "
         "Vinnytsia on Sunday, police said."),
        ("Student opens fire at Perm college, killing four",
         "A student opened fire at a college in Perm on Monday, killing four people before he was detained, "
         "investigators said."),
    ],
)  # fmt: skip
def test_a_road_crash_and_a_college_shooting_are_not_conflict(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2025-05-14")
    assert (tags.conflict, tags.alert) == (False, False)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Two hostages freed in Gaza as 90 Palestinian prisoners released",
         "Two Israeli hostages were handed to the Red Cross in Gaza on Saturday and 90 Palestinian prisoners were "
         "released from Ofer prison, officials said."),
        ("Russian-installed officials order evacuation of towns near the front in Kherson region",
         "Russian-installed authorities on Friday ordered the evacuation of residents from towns near the front "
         "line in the occupied part of Kherson region, citing intensified shelling."),
        ("Pentagon orders more warships and fighter jets to the Red Sea",
         "The Pentagon ordered two more warships and a squadron of fighter jets to the Red Sea on Tuesday after "
         "Houthi attacks on shipping, officials said."),
    ],
)  # fmt: skip
def test_releases_evacuation_orders_and_deployments_are_strategic(title: str, text: str) -> None:
    assert event(title, text) == (STRATEGIC, False)


def test_troops_opening_fire_near_an_aid_site_is_violence_against_civilians() -> None:
    text = (
        "At least 21 people were killed when troops opened fire near an aid distribution site in Rafah on Sunday "
        "morning, the health ministry said."
    )
    assert event("At least 21 killed as troops open fire near aid site in Rafah", text) == (VAC, True)


def test_one_bands_raids_on_villages_are_one_attack() -> None:
    text = "Bandits raided villages in Maru district of Zamfara state on Sunday, killing 26 people, police said."
    assert event("Bandits kill 26 in raids on Zamfara villages", text)[1] is True


@pytest.mark.parametrize(
    ("title", "alert"),
    [
        # The attack leads the headline, with its toll: the bombing is the news.
        ("Suicide bomber kills seven outside ministry in Kabul; Pakistan condemns attack", True),
        # The reactions lead: the news is what was said.
        ("World reacts as officials say seven killed in Kabul bombing", False),
    ],
)
def test_a_reaction_headline_is_the_news_unless_the_attack_and_its_toll_lead(title: str, alert: bool) -> None:
    text = "A suicide bomber blew himself up outside a ministry in Kabul on Monday, killing seven people, police said."
    assert tag_article(title, text, published="2025-05-14").alert is alert


def test_sanctions_adopted_are_the_news_whatever_they_target() -> None:
    text = (
        "European Union ministers adopted new sanctions against Russia on Tuesday, targeting 120 tankers of its "
        "shadow fleet. The package came days after a Russian drone strike on Sumy killed 11 people."
    )
    tags = tag_article(
        "EU adopts new sanctions targeting Russia's shadow fleet and banks", text, published="2025-05-14"
    )
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Air defences repel drone attack on Moscow, no casualties - mayor",
         "Air defences repelled a drone attack on Moscow overnight, shooting down 14 drones, the mayor said. There "
         "were no casualties."),
        ("Pentagon orders second aircraft carrier to the eastern Mediterranean",
         "The Pentagon ordered a second aircraft carrier to the eastern Mediterranean on Friday as fighting between "
         "Israel and Hezbollah escalated, officials said."),
        ("Australia lists Hizb ut-Tahrir as terrorist organisation",
         "Australia listed Hizb ut-Tahrir as a terrorist organisation on Monday, months after rockets and drones "
         "launched by its allies killed soldiers in the region, the home affairs minister said."),
    ],
)  # fmt: skip
def test_a_repelled_attack_a_carrier_sent_and_a_terror_listing_are_strategic(title: str, text: str) -> None:
    assert event(title, text) == (STRATEGIC, False)


def test_gunmen_ambushing_a_passenger_convoy_attack_civilians() -> None:
    text = "Gunmen ambushed a passenger convoy near Parachinar on Thursday, killing 18 travellers, police said."
    assert event("18 killed as gunmen ambush passenger convoy near Parachinar", text) == (VAC, True)


def test_a_question_headline_that_asks_what_we_know_is_the_days_news() -> None:
    text = (
        "Mali's army said on Wednesday that at least 14 soldiers were killed when jihadist fighters attacked its base "
        "in Boni at dawn on Tuesday. Here is what we know so far."
    )
    tags = tag_article("Who attacked the army base in Boni - and what do we know so far?", text, published="2025-05-14")
    assert tags.alert


def test_a_headline_quoting_the_buried_dead_reports_the_attack() -> None:
    text = (
        'An air strike on Tuesday hit a market in the district, residents said. "We buried 17 people this morning, '
        'most of them women," a village elder said by telephone.'
    )
    assert event("Air strike on market: 'We buried 17 people,' village elder says", text) == (REMOTE, True)
    later = "Villagers gathered on Sunday to bury the dead of the market air strike of the week before."
    assert event("Village buries 17 victims of last week's air strike", later)[1] is False


def test_a_drone_attack_on_a_base_is_remote_violence() -> None:
    text = "Rebel drones dropped explosives on an army base in the province on Saturday, killing six soldiers."
    assert event("Rebel drone attack kills six soldiers at army base", text) == (REMOTE, True)


def test_gunmen_ambushing_a_bus_attack_its_passengers() -> None:
    text = "Gunmen ambushed a bus on a mountain road on Monday and opened fire, killing eight passengers, police said."
    assert event("Eight passengers killed as gunmen ambush bus", text) == (VAC, True)


def test_a_qualifier_thriller_is_sport() -> None:
    text = (
        "BAMAKO - Mali went top of their qualifying group after a late strike gave them a 2-1 win over Ghana on "
        "Tuesday night. Their captain fired a low shot after a swift counter-attack, and a substitute delivered the "
        "killer blow in stoppage time."
    )
    tags = tag_article("Mali edge Ghana in Bamako thriller to top qualifying group", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_a_live_page_whose_headline_states_the_toll_reports_the_attack() -> None:
    text = (
        "This page is no longer being updated. 06:10 - Missiles struck the port of Mykolaiv before dawn. 08:30 - The "
        "governor says eight people were killed and 19 wounded."
    )
    assert event("Mykolaiv strike: Russian missiles kill eight - as it happened", text) == (REMOTE, True)
    assert (
        event("Mykolaiv under fire - as it happened", "Air raid sirens sounded across the city all night.")[1] is False
    )


def test_a_headline_tallying_the_year_reports_no_single_attack() -> None:
    text = (
        "Militias have killed more than 2,300 civilians in North Kivu since January, a UN report said on Monday. More "
        "than 700 people were wounded and hundreds abducted, it said."
    )
    assert event("UN: militias killed more than 2,300 civilians in North Kivu this year", text)[1] is False
    fresh = "A rocket hit a crowded market in the city on Monday, killing 14 people, officials said."
    assert event("Rocket kills 14 at market in deadliest attack this year", fresh) == (REMOTE, True)


def test_a_state_receiving_its_own_dead_reports_no_attack() -> None:
    text = (
        "Ukraine and Russia exchanged 120 prisoners of war each on Friday, both sides said. Kyiv said it had also "
        "received the remains of 900 fallen soldiers. Russia said it received the bodies of 42 of its servicemen."
    )
    tags = tag_article("Ukraine and Russia swap 120 prisoners each", text, published="2025-05-14")
    assert tags.casualties.killed is None and not tags.alert


def test_a_workplace_shooting_with_terrorism_ruled_out_is_crime() -> None:
    text = (
        "A man opened fire at a packing plant in Dayton, Ohio, on Monday, killing six colleagues and wounding two "
        'before he was arrested, police said. The suspect had been fired the week before. "We have no evidence of '
        'any link to terrorism," the police chief said.'
    )
    tags = tag_article("Gunman kills six at Ohio packing plant", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_gunmen_firing_on_commuters_in_a_state_at_war_are_an_attack() -> None:
    text = (
        "Five people were killed and nine wounded on Thursday when two gunmen opened fire at a bus station in "
        "Beersheba, paramedics said. The attackers were overpowered by passers-by."
    )
    assert event("Five killed as gunmen open fire at Beersheba bus station", text) == (VAC, True)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Norway to fund three more air defence systems for Ukraine",
         "Norway will pay for three additional air defence systems for Ukraine, its defence ministry said on "
         "Tuesday, as Kyiv asks for more protection from Russian missiles and drones."),
        ("Italy pledges armoured vehicles and drones to Somali army",
         "Italy will supply Somalia's army with 30 armoured vehicles and a batch of attack drones for its campaign "
         "against al-Shabaab, the two governments said on Monday."),
    ],
)  # fmt: skip
def test_arms_pledged_to_a_side_are_a_strategic_development(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2025-05-14")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, STRATEGIC, False)


def test_an_armed_group_burning_its_rifles_disarms() -> None:
    text = (
        "About forty fighters of the group laid down their rifles and burned them at a ceremony near Duhok on "
        "Thursday, the second such handover since the group said it would end its armed struggle."
    )
    tags = tag_article("Fighters burn rifles at disarmament ceremony near Duhok", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_foreign_contingent_landing_is_a_deployment() -> None:
    text = (
        "Some 300 soldiers from three countries landed in the capital on Friday as the first contingent of a new "
        "force meant to help the army retake districts held by armed groups."
    )
    tags = tag_article("First contingent of new force lands in the capital", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_minister_at_the_front_reviewing_readiness() -> None:
    text = (
        "The defence minister on Friday visited forward areas along the Line of Control in Kupwara district and "
        "reviewed the operational preparedness of army units, officials said."
    )
    tags = tag_article("Defence minister visits forward areas in Kupwara, reviews operational preparedness", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.event_type, tags.alert) == (True, STRATEGIC, False)


def test_a_drone_shoot_down_in_the_headline_with_no_one_hurt() -> None:
    text = (
        "The group's forces said on Sunday that an American MQ-9 drone had been hit by a surface-to-air missile "
        "over the province. A US official said the aircraft was unmanned and no one was killed or injured."
    )
    assert event("Group's forces shoot down US MQ-9 drone over Al Jawf", text) == (STRATEGIC, False)


def test_official_words_for_the_dead_in_a_headline_report_a_fight() -> None:
    text = (
        "Six soldiers embraced shahadat and eight khwarij were sent to hell during an exchange of fire in the "
        "district on Monday night, the military's media wing said. The soldiers had engaged the attackers near "
        "a security post."
    )
    title = "Six soldiers embrace shahadat, eight khwarij sent to hell in Khyber district"
    assert event(title, text) == (BATTLES, True)


def test_gunmen_firing_at_a_bus_stop_as_police_tell_it_are_no_crime() -> None:
    text = (
        "Two gunmen opened fire on people at a bus stop at a junction in Jerusalem on Monday morning, killing five "
        "and wounding nine before they were shot dead, police said. The gunmen had come by car, police said."
    )
    assert event("Five killed as gunmen open fire at Jerusalem bus stop", text) == (VAC, True)


def test_a_shooting_a_group_claims_is_no_crime() -> None:
    text = (
        "Two men shot dead six people at a cafe in Beersheba on Friday night, police said. The men fled in a car, "
        "police said. A group calling itself the Martyrs' Battalion claimed responsibility."
    )
    assert event("Six shot dead at Beersheba cafe", text) == (VAC, True)


def test_a_strike_headline_with_a_week_of_attacks_as_its_scene_is_discrete() -> None:
    text = (
        "Russian jets dropped glide bombs on a street of shops in Kharkiv on Saturday, killing nine people and "
        "wounding 31, the governor said."
    )
    assert event("Glide bombs hit Kharkiv as city reels from week of attacks", text) == (REMOTE, True)
    tally = "Strikes on the region killed 34 people over the past seven days, officials said on Sunday."
    assert event("At least 34 dead in week of attacks on Kharkiv region", tally)[1] is False


def test_a_new_strike_years_after_an_old_one_is_news() -> None:
    text = (
        "A missile hit a residential street in Kramatorsk on Tuesday evening, killing six people and injuring ten, "
        "the city's military administration said."
    )
    assert event("Missile strike on Kramatorsk kills six, three years after station attack", text) == (REMOTE, True)
    assert event("Three years after the station attack, Kramatorsk remembers", text)[1] is False


def test_a_civilian_ministers_dismissal_is_home_politics() -> None:
    text = (
        "Ukraine's parliament voted on Thursday to dismiss the culture minister after months of criticism over "
        "stalled restoration projects. The vote passed with 251 votes."
    )
    tags = tag_article("Ukraine's parliament dismisses culture minister", text, published="2025-05-14")
    assert not tags.conflict


def test_a_market_moved_by_hopes_of_peace_is_market_news() -> None:
    text = (
        "Brent crude fell 2% to $63 a barrel on Monday as traders bet that talks on ending the war could ease limits "
        "on Russian exports, analysts said."
    )
    assert not tag_article("Oil falls as hopes rise for Ukraine peace talks", text, published="2025-05-14").conflict


def test_a_shooting_with_no_sign_of_a_political_motive_is_crime() -> None:
    text = (
        "A man opened fire in a supermarket in the city on Friday, killing five people and wounding eight before "
        "police detained him, police said. The suspect, a former employee, had quarrelled with his managers, and "
        "there was no indication of any political or terrorist motive, police said."
    )
    tags = tag_article("Gunman kills five in supermarket", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_an_attack_on_mourners_at_a_vigil_is_the_news() -> None:
    text = (
        "Rebels attacked a parish during an overnight vigil in the town, killing 26 worshippers with guns and "
        "machetes, local officials said on Monday. Another 11 were wounded."
    )
    assert event("Rebels kill worshippers during church vigil in Beni", text) == (VAC, True)


def test_a_suicide_bombing_that_opens_a_gun_attack_is_coded_as_the_bombing() -> None:
    text = (
        "A suicide bomber drove a car packed with explosives into the gate of a hotel near the ministry on Friday "
        "evening, after which two gunmen tried to force their way inside, police said. The blast killed eight "
        "people, most of them guards, waiters and customers at a cafe across the street, a police spokesman said. "
        'Soldiers shot dead the two gunmen in the hotel lobby half an hour later. "Eleven people died in all, '
        'counting the bomber and the two gunmen," the spokesman said. At least 25 people were wounded.'
    )
    assert event("Suicide car bomb and gun attack on hotel leave 11 dead", text) == (REMOTE, True)


def test_a_cabinet_reshuffle_in_a_country_at_war_is_home_politics() -> None:
    text = (
        "The president on Monday removed the finance minister and the oil minister in a decree read on state radio, "
        "the third reshuffle this year. No reason was given."
    )
    assert not tag_article("South Sudan president reshuffles cabinet", text, published="2025-05-14").conflict


def test_rival_commanders_agreeing_to_exchange_detainees() -> None:
    text = (
        "Officers from the two rival armies meeting in the city as a joint military commission agreed on Tuesday to "
        "exchange lists of detainees and to map the presence of foreign fighters, the UN mission said."
    )
    tags = tag_article("Joint military commission agrees to exchange detainees", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_depot_blast_ruled_accidental_far_down_is_no_attack() -> None:
    lead = (
        "A chain of explosions tore through an army ammunition depot outside the town late on Sunday, killing six "
        "soldiers and wounding 14 people, officials said. Shells flew out of the burning compound for two hours. "
        "Early social media posts blamed a drone. Windows were blown out in nearby villages. Firefighters "
        "contained the blaze by morning."
    )
    ruling = (
        " On Monday a committee of experts said the fire had started accidentally in a hangar of old propellant "
        "and that it had found no evidence of a drone or any other attack."
    )
    title = "Blasts rip through army ammunition depot, killing six"
    assert event(title, lead)[1] is True
    tags = tag_article(title, lead + ruling, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_a_headline_of_arrests_and_seized_explosives_reports_no_attack() -> None:
    text = (
        "Counter-terrorism police said on Thursday they had arrested seven suspected militants and seized explosives "
        "and detonators in raids across the province, foiling plans for attacks on places of worship. No shots "
        "were fired."
    )
    tags = tag_article("Police arrest seven suspected militants in province raids", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, STRATEGIC, False)


def test_a_lone_gunman_of_a_side_in_a_state_at_war() -> None:
    text = (
        "A Palestinian gunman opened fire at a bus station in Ashdod on Monday, killing six people and wounding ten "
        "before he was arrested, police said. The attacker had entered Israel without a permit, police said."
    )
    assert event("Gunman kills six at Ashdod bus station", text) == (VAC, True)


def test_a_side_suspending_its_attacks_is_a_strategic_development() -> None:
    text = (
        "An armed faction in the country said on Sunday it was suspending its attacks on foreign forces, days after "
        "a drone attack on a base across the border killed three soldiers. The government welcomed the move."
    )
    tags = tag_article("Armed faction says it suspends attacks on foreign forces", text, published="2025-05-14")
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_where_a_rocket_came_from_is_not_where_it_fell() -> None:
    text = (
        "A rocket fired from the Gaza Strip landed in a yard in the southern Israeli town of Sderot on Monday, "
        "emergency services said. No one was killed. The military said two rockets were launched from the northern "
        "Gaza Strip and one was intercepted."
    )
    tags = tag_article("Rocket from Gaza lands in Sderot yard, one man lightly hurt", text, published="2025-05-14")
    assert tags.places[0].country_code == "IL"


def test_a_days_separate_attacks_across_a_country_are_a_round_up() -> None:
    text = (
        "Russian shelling, glide bombs and drones killed 11 civilians and wounded 34 across five Ukrainian regions on "
        "Tuesday, regional officials said."
    )
    assert event("Russian shelling and drones kill 11 civilians across Ukraine in a day", text)[1] is False


def test_an_attack_on_a_church_vigil_is_no_protest() -> None:
    text = (
        "Rebels attacked a night-time church vigil in the town, killing at least 19 people with guns and machetes, "
        "officials said on Monday."
    )
    assert event("Rebels kill at least 19 at church vigil", text) == (VAC, True)


def test_a_missile_strike_during_a_training_exercise_is_an_attack() -> None:
    text = (
        "A ballistic missile struck a training ground in the region on Sunday during a training exercise, killing "
        "nine soldiers and wounding 16, their brigade said."
    )
    assert event("Missile strike on training ground kills nine soldiers", text) == (REMOTE, True)


def test_a_league_title_won_with_a_late_winner_is_sport() -> None:
    text = (
        "The club won the league on the final day with a stoppage-time header in Lviv, denying their rivals from "
        "Kyiv a fourth title. The club has played away from Donetsk since 2014."
    )
    assert not tag_article("Shakhtar clinch title with late winner in Lviv", text, published="2025-05-14").conflict


def test_gunmen_storming_a_workers_camp() -> None:
    text = (
        "Gunmen stormed a camp of road workers in the district late on Tuesday and shot dead eight labourers, "
        "officials said. Three others were wounded."
    )
    assert event("Gunmen kill eight labourers at camp in Kech", text) == (VAC, True)


def test_captured_soldiers_freed_by_a_rebel_group() -> None:
    text = (
        "The rebel group freed four captured soldiers to a humanitarian commission in the province on Friday, the "
        "commission said."
    )
    tags = tag_article("Rebels free four soldiers held in Arauca", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_an_arms_makers_results_are_business() -> None:
    text = (
        "The arms maker said on Tuesday its order backlog hit a record 40 billion euros as governments bought more "
        "artillery shells and air-defence missiles. Sales rose 21%."
    )
    assert not tag_article("Arms maker reports record order backlog", text, published="2025-05-14").conflict


def test_a_headline_dating_its_strike_to_a_month_reports_no_new_attack() -> None:
    text = (
        "A bomb made abroad was used in the air strike on a school in the city in March that killed 28 people, a "
        "rights group said on Tuesday after a four-month investigation."
    )
    assert event("Rights group finds foreign-made bomb used in deadly March strike on school", text) == (
        STRATEGIC,
        False,
    )


def test_an_arms_pledge_that_came_days_after_a_strike() -> None:
    text = (
        "Germany will supply Ukraine with two more air-defence launchers and hundreds of interceptor missiles, the "
        "defence minister said in Berlin on Tuesday. The announcement came days after a Russian missile strike on "
        "the centre of Chernihiv killed 17 people."
    )
    tags = tag_article("Germany pledges more air-defence systems for Ukraine after deadly strikes", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)
    assert tags.casualties.killed is None


def test_rebels_attacking_a_vigil_in_the_headline() -> None:
    text = (
        "At least 17 people were killed when rebels attacked worshippers at a parish in the town overnight, local "
        "officials said on Monday. Nine were wounded."
    )
    assert event("Rebels attack church vigil in Ituri", text) == (VAC, True)


def test_an_army_helicopter_firing_on_a_market_is_an_air_strike() -> None:
    text = (
        "An army helicopter opened fire on a livestock market near the village on Wednesday, killing at least 11 "
        "civilians, a local official said. The helicopter fired rockets and machine-gun rounds into the crowd."
    )
    assert event("Army helicopter fires on market crowd, killing at least 11", text) == (REMOTE, True)


def test_a_gang_raid_on_a_town_is_organised_violence() -> None:
    text = (
        "Members of an armed gang attacked Petite-Rivière-de-l'Artibonite before dawn on Monday, shooting people in "
        "their homes, local officials said. By evening the mayor said more than 20 people had been killed, police "
        "said."
    )
    assert event("Gang gunmen kill more than 20 in Artibonite town raid", text) == (VAC, True)


def test_the_dead_buried_in_a_massacre_headline() -> None:
    text = (
        "Gunmen attacked the village on Saturday night, burning houses and shooting residents as they fled, the "
        'traditional ruler said on Sunday. "We buried 35 people this morning," he said.'
    )
    assert event("Guma massacre: 35 buried as gunmen sack Ukpam village", text) == (VAC, True)


def test_a_budget_for_a_war_hit_region_is_home_politics() -> None:
    text = (
        "Parliament approved the state budget on Wednesday, including a fund to rebuild homes and roads in southern "
        "villages damaged during last year's fighting between the army and the militia."
    )
    assert not tag_article("Parliament passes budget with fund for rebuilding war-hit south", text,
                           published="2025-05-14").conflict  # fmt: skip


def test_a_gas_station_blast_called_an_accident_is_no_strike() -> None:
    text = (
        "An explosion and fire at a gas station in the city killed 12 people and injured 30 on Sunday, the civil "
        "defence authority said. A leak from a hose is suspected. Some residents first thought the city had been "
        "hit by an air strike. The governor said the explosion was an accident."
    )
    tags = tag_article("Gas station explosion kills 12", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_a_shooting_attack_by_a_lone_gunman_in_a_state_at_war() -> None:
    text = (
        "A gunman opened fire on people walking along the seafront in Ashdod on Wednesday evening, police said. "
        "The gunman then drove away. Police said two hours later that the suspect had been arrested. Six people were "
        "killed in the attack, police said."
    )
    assert event("Six killed in shooting attack on Ashdod promenade; gunman arrested", text) == (VAC, True)


def test_a_question_about_jets_shot_down_is_the_wars_news() -> None:
    text = "New clues suggest the pilots' errors and foreign arms may both be to blame."
    tags = tag_article("How did Pakistan shoot down India's fighter jets?", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, STRATEGIC, False)


def test_peace_treaty_talks_between_two_states_are_the_conflicts_politics() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan said on Tuesday they had settled most open articles of a "
        "peace treaty after two days of talks in Geneva, though the transport corridor remains in dispute."
    )
    tags = tag_article("Armenia and Azerbaijan close in on peace treaty after Geneva talks", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_haitis_gangs_are_armed_groups_in_its_war() -> None:
    text = (
        "Gang members stormed the Croix-des-Bouquets neighbourhood of Haiti's capital region overnight, shooting "
        "residents in their homes and setting fire to houses. At least 14 people were killed, a rights group said."
    )
    assert event("Gang attack on Croix-des-Bouquets neighbourhood kills 14", text) == (VAC, True)
    text = (
        "A third contingent of foreign police officers landed in Port-au-Prince on Friday to join the mission helping "
        "Haiti's national police fight the gangs that control much of the capital."
    )
    tags = tag_article("More foreign police arrive in Haiti to fight gangs", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_cartels_wars_in_mexico_are_armed_violence_and_a_gang_war_in_europe_is_crime() -> None:
    text = (
        "Armed men burst into a bar in Irapuato late on Saturday and opened fire on customers, killing eight people "
        "and wounding four, state prosecutors said. Officials blamed the attack on the turf war between two cartels "
        "for control of the city's drug trade."
    )
    assert event("Gunmen kill eight in Irapuato bar as cartels fight for the city", text) == (VAC, True)
    text = (
        "Two men in their twenties were shot dead near a dealing point on a housing estate in the north of Marseille "
        "late on Sunday, police said, the latest deaths in a turf war between rival drug gangs. Prosecutors opened "
        "a murder investigation."
    )
    tags = tag_article("Two shot dead in Marseille as drug gang war rages on", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_killings_blamed_on_an_armed_group_a_few_paragraphs_down_are_its_violence() -> None:
    text = (
        "Five people were shot dead and two wounded when gunmen burst into a bar in a rural district of Tarazá on "
        "Saturday night, local authorities said.\n\n"
        "Witnesses said at least three armed men arrived on motorcycles shortly before midnight and opened fire on "
        "the customers.\n\n"
        "The wounded were taken to the local hospital.\n\n"
        "The departmental government blamed the killings on the Gulf Clan, which is fighting dissident groups for "
        "control of the region's coca and gold routes."
    )
    tags = tag_article("Five killed in shooting at bar in Tarazá, Antioquia", text, published="2025-04-28")
    assert (tags.conflict, tags.alert) == (True, True)


def test_a_toll_over_a_quarter_of_a_year_is_a_tally() -> None:
    text = (
        "Gangs killed more than 1,400 people in Haiti between January and March, most of them in attacks on "
        "neighbourhoods of Port-au-Prince, the UN human rights office said on Friday."
    )
    tags = tag_article("Gang violence killed more than 1,400 in Haiti in first quarter, UN says", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.alert) == (True, False)


def test_a_decree_after_attacks_the_headline_dates_to_a_season_is_no_attack() -> None:
    text = (
        "The government extended the state of emergency in the valley for another 60 days on Thursday and ordered "
        "500 more soldiers there, where insurgents have attacked the security forces several times this year. "
        "The decree follows an ambush in July that killed four soldiers and a guide."
    )
    tags = tag_article("Peru extends emergency in VRAEM and adds troops after summer ambushes", text,
                       published="2025-09-14")  # fmt: skip
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_gunmen_killing_miners_is_an_attack_not_a_mining_accident() -> None:
    text = (
        "Nine coal miners were killed and two wounded when armed men attacked their quarters near a coal mine in "
        "Duki district late on Monday, officials said. The assailants opened fire on the sleeping labourers and "
        "set fire to a coal mine's machinery."
    )
    tags = tag_article("Gunmen kill nine coal miners in Duki", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, VAC, True)


def test_a_former_students_college_shooting_is_crime_even_in_a_state_at_war() -> None:
    text = (
        "SARATOV, Russia \u2014 By Anna Petrova\nUpdated May 13, 2025, 14:10 MSK\nA former student armed with a "
        "hunting rifle opened fire inside a technical college in Saratov on Monday morning, killing seven people and "
        "wounding 12 before being detained by police, investigators said.\nThe gunman, an 18-year-old who had been "
        "expelled in the spring, shot a guard at the entrance and then fired into classrooms."
    )
    tags = tag_article("Former student kills seven in shooting at Saratov college", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_an_attacker_sworn_to_a_jihadist_group_makes_a_knife_attack_terror() -> None:
    text = (
        "GRAZ - A man stabbed three people at a tram stop in Graz on Saturday evening, killing one, police said. The "
        "attacker was arrested at the scene."
    )
    tags = tag_article("One dead in Graz knife attack; attacker had pledged allegiance to IS", text,
                       published="2025-05-14")  # fmt: skip
    assert tags.conflict


def test_a_coalition_of_parties_is_politics_not_an_armed_coalition() -> None:
    text = (
        "BAGHDAD - Iraq's parliament elected a new speaker on Monday after months of deadlock, defeating a candidate "
        "backed by a coalition of Sunni parties. Talks on forming the next government can now begin."
    )
    tags = tag_article("Iraq's parliament elects speaker after long deadlock", text, published="2025-05-14")
    assert not tags.conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Germany approves air-defence aid for Kurdish Peshmerga",
            "BERLIN - Germany has approved the delivery of short-range air-defence systems worth 60 million euros to the "
            "Peshmerga forces of Iraq's Kurdistan Region, the defence ministry said on Thursday.",
        ),
        (
            "US announces counter-terrorism equipment package for Pakistan",
            "ISLAMABAD: The United States on Tuesday announced a $90 million package of counter-terrorism equipment for "
            "Pakistan, including night-vision devices and armoured vehicles for police units.",
        ),
        (
            "Army chief visits Wana, reviews situation in South Waziristan",
            "RAWALPINDI: The army chief on Monday visited Wana in South Waziristan, where he was briefed on ongoing "
            "operations against terrorists, the military's media wing said.",
        ),
        (
            "EU adds Myanmar jet fuel importers to sanctions list",
            "The European Union on Monday added four companies that import aviation fuel into Myanmar to its sanctions "
            "list, citing the military's air strikes on villages, which killed more than 40 people in Sagaing last "
            "month.",
        ),
    ],
)
def test_arms_aid_a_commanders_visit_and_listings_are_the_wars_politics(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2025-05-14")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, STRATEGIC, False)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Fire at Moscow shopping centre kills 8",
            "MOSCOW - A fire at a shopping centre in northern Moscow killed eight people on Sunday, Russia's emergency "
            "ministry said.",
        ),
        (
            "Eight dead as fire sweeps through Kyiv hostel",
            "KYIV - A fire swept through a hostel in Kyiv's Darnytskyi district overnight, killing eight people, "
            "Ukraine's emergency service said.",
        ),
    ],
)
def test_a_deadly_fire_in_a_state_at_war_is_no_attack(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_a_fire_a_drone_started_and_gunmen_opening_fire_stay_attacks() -> None:
    text = "A drone hit a market in Kharkiv on Monday, starting a fire in the market hall that killed eight people."
    assert event("Drone strike sets fire to Kharkiv market, killing 8", text) == (REMOTE, True)
    text = "Gunmen opened fire at a market in Gao on Monday, killing eight people, officials said."
    assert event("Gunmen open fire at market in Gao, killing 8", text)[1] is True


def test_gunmen_killing_farmers_and_armed_herders_are_the_middle_belts_conflict() -> None:
    text = (
        "Gunmen killed three farmers and wounded two others on their farms in Guma local government area of Benue "
        "State on Monday, police said. Local leaders blamed armed herders."
    )
    assert tag_article("Three farmers killed in Guma attack, police say", text, published="2025-05-14").conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "German brigade's first battalion arrives in Lithuania",
            "VILNIUS - About 700 German soldiers with 40 tanks and dozens of armoured vehicles have arrived at a training "
            "area near Vilnius, the first battalion of a brigade to be stationed in Lithuania, the ministry said.",
        ),
        (
            "Chisinau and Tiraspol negotiators meet for first talks in a year",
            "BENDER - Negotiators from Moldova's government and the breakaway Transnistria region met on Wednesday for "
            "their first direct talks in more than a year, under OSCE mediation.",
        ),
        (
            "Syrian and Israeli officials hold talks in Geneva on southern de-escalation",
            "GENEVA - Senior Syrian and Israeli officials met in Geneva on Tuesday for a new round of mediated talks on "
            "security arrangements in the south, diplomats said.",
        ),
        (
            "Turkey delivers first armoured vehicles to new Syrian army",
            "ANKARA - Turkey has delivered a first batch of 40 armoured vehicles to the new Syrian army, the defence "
            "ministry said on Thursday.",
        ),
        (
            "Separatist groups announce pause in fighting for school exams",
            "BAMENDA - Two separatist groups said on Monday they would pause fighting in the North-West region for two "
            "weeks so that pupils can sit their exams. Fighting in the regions has killed more than 6,000 people since "
            "2017.",
        ),
        (
            "Army, FC troops deployed along Parachinar road after Kurram clashes",
            "PESHAWAR: Army and Frontier Corps troops were deployed along the Thall-Parachinar road on Monday to secure "
            "convoys, officials said. Clashes in the district last month killed dozens of people.",
        ),
    ],
)
def test_deployments_talks_deliveries_and_pauses_are_the_wars_politics(title: str, text: str) -> None:
    tags = tag_article(title, text, published="2025-05-14")
    assert (tags.conflict, tags.event_type, tags.alert) == (True, STRATEGIC, False)


def test_gunmen_attacking_a_police_station_are_an_armed_group() -> None:
    text = (
        "ZAHEDAN, Iran - Gunmen attacked a police station in Sistan-Baluchestan province overnight, killing nine "
        "police officers in an hour-long gunfight, state media reported."
    )
    tags = tag_article("Gunmen kill nine police officers in attack on station in southeast Iran", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.alert) == (True, True)


def test_talks_resumed_after_deadly_clashes_are_the_news() -> None:
    text = (
        "ISTANBUL - Delegations from the two neighbours met in Istanbul on Wednesday for a new round of talks aimed "
        "at shoring up a fragile ceasefire, weeks after their deadliest border fighting in years. Last month, "
        "fighting erupted along the border. The army said 23 of its soldiers were killed in the clashes."
    )
    tags = tag_article("Pakistan, Afghanistan's Taliban resume talks in Istanbul after deadly border clashes", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_thailands_southern_insurgency_is_conflict_not_crime() -> None:
    text = (
        "NARATHIWAT - Five villagers were shot dead and two wounded when gunmen opened fire on a roadside tea shop in "
        "Bacho district on Saturday evening, police said."
    )
    assert event("Five shot dead at tea shop in Narathiwat's Bacho district", text) == (VAC, True)
    text = (
        "PATTANI - Representatives of the Thai government and the BRN met in Kuala Lumpur on Tuesday for a round "
        "of peace dialogue, with Malaysia as facilitator."
    )
    tags = tag_article("Thai government, BRN resume peace dialogue in Kuala Lumpur", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_governments_that_sanction_suppliers_report_no_strike() -> None:
    text = (
        "LONDON - Britain, Canada and the European Union on Monday imposed sanctions on four companies that supply "
        "aviation fuel to Myanmar's military. The fuel powers the jets that carried out an air strike on a village "
        "in Sagaing last week that killed 30 people, rights groups say."
    )
    tags = tag_article("Western governments sanction jet fuel suppliers to Myanmar military", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_military_equipment_received_is_arms_aid() -> None:
    text = (
        "PORT-AU-PRINCE - A shipment of 20 armoured vehicles and surveillance drones for the national police arrived "
        "on Sunday, the latest delivery of military equipment to help the security forces fight armed gangs."
    )
    tags = tag_article("Haiti receives armoured vehicles and drones for police", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_troops_sent_to_a_flood_are_its_relief() -> None:
    text = (
        "YANGON - The military deployed soldiers, boats and trucks across the region on Friday as floodwaters from "
        "days of monsoon rain swamped towns and rice fields, killing at least 14 people, state media reported."
    )
    tags = tag_article("Troops deployed as floodwaters swamp Bago", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_a_court_complex_attacked_is_no_court_at_work() -> None:
    text = (
        "A suicide bomber blew himself up at the gate of the district courts complex on Wednesday morning, killing "
        "nine people and injuring 25, officials said."
    )
    tags = tag_article("Nine killed as suicide bomber strikes Quetta court complex", text, published="2025-05-14")
    assert (tags.event_type, tags.alert) == ("Explosions/Remote violence", True)


def test_a_day_page_headed_by_a_strike_that_wounded_many_alerts() -> None:
    text = (
        "- A Russian glide bomb hit an apartment block in Kharkiv on Friday evening, killing three people and "
        "wounding 28, the governor said.\n- Moscow said its forces had taken a village near Pokrovsk.\n"
        "- European leaders will meet in London to discuss a ceasefire plan."
    )
    tags = tag_article("Glide bomb hits Kharkiv block, wounding 28: what we know on day 1,180", text,
                       published="2025-05-17")  # fmt: skip
    assert (tags.event_type, tags.alert) == ("Explosions/Remote violence", True)


def test_bombs_falling_on_a_camp_are_an_attack_of_the_war() -> None:
    text = (
        "At least eight people were killed on Sunday when bombs fell on a camp for displaced families outside the "
        "city, camp managers said. Twenty-two others were wounded and taken to a hospital."
    )
    tags = tag_article("Bombs hit camp for displaced families outside Bunia, killing eight", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.event_type, tags.alert) == (True, "Explosions/Remote violence", True)


def test_sanctions_on_suppliers_over_air_strikes_are_no_strike() -> None:
    text = (
        "Britain and Australia on Tuesday imposed sanctions on three companies accused of supplying aviation fuel "
        "to the junta, saying the fuel enabled air strikes that have killed civilians across the country."
    )
    tags = tag_article("Britain and Australia sanction jet fuel suppliers to Myanmar junta", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_drone_brought_down_with_no_one_hurt_is_a_strategic_development() -> None:
    text = (
        "Border guards on Friday night brought down a drone that had crossed the frontier and recovered three "
        "pistols and ammunition tied to it, officials said. There were no casualties."
    )
    tags = tag_article("Border guards bring down drone carrying pistols near Pathankot", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_joint_force_launched_is_a_strategic_development() -> None:
    text = (
        "The defence ministers of three neighbouring states on Saturday launched a joint force of 4,000 troops. "
        "Soldiers paraded past armoured vehicles, drones and artillery pieces at the ceremony in the capital."
    )
    tags = tag_article("Three juntas launch 4,000-strong joint force against jihadists", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_gunmen_firing_on_an_election_rally_are_political_violence() -> None:
    text = (
        "Three people were killed and 12 injured when gunmen on motorcycles opened fire on an election rally on "
        "Sunday evening, police said. Police said they were investigating all angles, including a local rivalry."
    )
    tags = tag_article("Three killed as gunmen fire on election rally in Bannu", text, published="2025-05-14")
    assert tags.conflict


def test_funerals_as_the_toll_from_a_strike_rises_report_the_strike() -> None:
    text = (
        "Mourners carried the bodies through the streets on Tuesday, a day after an air strike on a school housing "
        "displaced families killed at least 24 people, the civil defence agency said. More than 40 were wounded."
    )
    tags = tag_article("Funerals held in Gaza City as toll from strike on school shelter rises to 24", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.event_type, tags.alert) == ("Explosions/Remote violence", True)


def test_an_attack_in_the_first_clause_is_the_news_before_its_burials() -> None:
    text = (
        "Armed men stormed a farming village late on Monday, shooting residents and setting houses on fire, "
        'community leaders said on Tuesday. "We buried nineteen people this afternoon," a community leader said.'
    )
    tags = tag_article("Gunmen attack village in Nigeria's Plateau state; residents bury victims", text,
                       published="2025-04-15")  # fmt: skip
    assert (tags.event_type, tags.alert) == ("Violence against civilians", True)


def test_killed_in_an_insurgent_attack_are_not_armed_victims() -> None:
    text = (
        "Suspected insurgents killed five fishermen and wounded two others on a beach on Tuesday, local sources "
        "said. The attackers opened fire as boats were pulled onto the sand."
    )
    tags = tag_article("Five fishermen killed in insurgent attack near Mocimboa da Praia", text, published="2025-05-14")
    assert tags.event_type == "Violence against civilians"


def test_a_drug_haul_at_a_port_is_no_war_politics() -> None:
    text = (
        "Customs officers have seized about 4 million captagon pills hidden in a shipment of water heaters at the "
        "port, the interior ministry said. Two men were arrested on suspicion of organising the shipment."
    )
    tags = tag_article("Lebanese customs seize 4 million captagon pills at Beirut port", text, published="2025-05-14")
    assert not tags.conflict


def test_a_shooting_with_nothing_to_suggest_terrorism_is_no_conflict() -> None:
    text = (
        "A gunman opened fire in a supermarket on Tuesday afternoon, killing five people and wounding seven before "
        "police shot him dead. 'We have found nothing to suggest a political or terrorist motive,' the police chief "
        "said."
    )
    tags = tag_article("Gunman kills five at Texas supermarket, police say", text, published="2025-05-14")
    assert not tags.conflict and not tags.alert


def test_an_aid_package_announced_is_a_strategic_development() -> None:
    text = (
        "The United States will send Ukraine another $500 million in military assistance focused on air defence, "
        "including interceptors and equipment to counter drones and missiles, the State Department said on Monday.\n"
        '"Ukraine\'s ability to defend its cities from Russian missile and drone attacks is a priority," an official '
        "said."
    )
    tags = tag_article("US announces $500 million in air defence aid for Ukraine", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_family_shooting_reported_by_internal_security_forces_is_crime() -> None:
    text = (
        "A man shot dead three of his relatives and wounded two others in a village in the Bekaa on Tuesday evening "
        "after a long dispute over an inheritance, the Internal Security Forces said."
    )
    tags = tag_article("Man kills three relatives in inheritance dispute in Bekaa village", text,
                       published="2025-05-14")  # fmt: skip
    assert not tags.conflict and not tags.alert


def test_gunmen_storming_coal_mines_are_an_attack() -> None:
    text = (
        "Armed men stormed a cluster of coal mines in the district before dawn on Thursday and opened fire on the "
        'workers in their quarters, officials said. "Nine labourers have been martyred and five injured," the deputy '
        "commissioner said."
    )
    tags = tag_article("Gunmen storm coal mines in Balochistan's Duki area", text, published="2025-05-14")
    assert (tags.conflict, tags.alert) == (True, True)


def test_a_match_report_under_a_headline_of_war_words_is_sport() -> None:
    text = (
        "Arsenal 3 Everton 0\nIt was less a football match than a bombardment. Arsenal opened fire from the first "
        "whistle and led the assault on the visitors' goal."
    )
    tags = tag_article("Arsenal blitz Everton as Saka double leaves visitors shell-shocked", text,
                       published="2025-05-14")  # fmt: skip
    assert not tags.conflict


def test_a_country_across_the_border_where_the_wounded_went_is_no_place() -> None:
    text = (
        "A car bomb exploded near the bus station in Manbij in northern Syria on Sunday morning, killing 15 people, "
        "the civil defence said. More than 30 others were wounded and taken to hospitals across the border in "
        "Turkey."
    )
    tags = tag_article("Fifteen killed as car bomb rips through Manbij", text, published="2025-05-14")
    assert tags.places[0].country_code == "SY"


def test_a_warship_that_downs_a_drone_is_a_strategic_development() -> None:
    text = (
        "A US destroyer shot a drone launched by the Houthis out of the sky over the Red Sea on Tuesday, the "
        "military said. There was no damage and no one was hurt."
    )
    tags = tag_article("US warship downs Houthi drone over Red Sea, no damage", text, published="2025-05-14")
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_an_arms_embargo_renewed_is_a_strategic_development_of_a_war() -> None:
    text = (
        "EAST AFRICA PORTAL | Kenya | Uganda | South Sudan | Business\nThe UN Security Council on Friday renewed the "
        "arms embargo on South Sudan and targeted sanctions against several officials for another year, with nine "
        "votes in favour and six abstentions."
    )
    tags = tag_article("UN Security Council renews south sudan Arms Embargo for another year", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_state_that_protests_an_arms_delivery_holds_no_protest() -> None:
    text = "The United States delivered two patrol boats and a coastal radar to Guyana on Monday, officials said."
    tags = tag_article("US delivers patrol boats and radar to Guyana as Venezuela protests", text,
                       published="2025-05-14")  # fmt: skip
    assert tags.event_type != "Protests"


def test_gunmen_at_a_wedding_in_kashmir_are_the_insurgency() -> None:
    text = (
        "RAJOURI, May 12 - Gunmen fired on a wedding feast in the Thanamandi area of Jammu and Kashmir's Rajouri "
        "district on Sunday night, killing eight people, police said. Five others were wounded.\nThe attackers, "
        "thought to be two or three men with assault rifles, shot from behind a wall at guests eating in a courtyard, "
        "a senior police officer said."
    )
    tags = tag_article("Gunmen kill eight at wedding feast in Rajouri's Thanamandi", text, published="2025-05-14")
    assert (tags.conflict, tags.alert) == (True, True)


def test_an_attacker_who_was_a_palestinian_is_a_side_of_the_war() -> None:
    text = (
        "A gunman opened fire at a bus station in Beersheba on Sunday afternoon, killing six people and wounding "
        "ten, police said. Police said the attacker was a Palestinian from Hebron who had entered Israel without a "
        "permit."
    )
    tags = tag_article("Gunman kills six at Beersheba bus station", text, published="2025-05-14")
    assert (tags.conflict, tags.alert) == (True, True)


def test_aid_of_boiler_houses_is_no_disaster() -> None:
    text = (
        "Finland's prime minister arrived in Kyiv on Friday and announced a package of energy equipment for the "
        "winter. Finland would provide generators and mobile boiler houses, and finance ammunition for Ukrainian "
        "air defence, he said at a news conference with Ukraine's president."
    )
    tags = tag_article("Finnish prime minister visits Kyiv, pledges winter energy aid", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_drone_astray_in_a_neighbours_airspace_is_a_strategic_development() -> None:
    text = (
        "A Russian drone entered Romanian airspace for about ten minutes overnight during an attack on Ukrainian "
        "ports on the Danube, the defence ministry said. Two fighter jets were scrambled. No one was hurt."
    )
    tags = tag_article("Romania scrambles jets as Russian drone strays into airspace", text, published="2025-05-14")
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_a_ports_trade_in_a_country_at_war_is_business() -> None:
    text = (
        "Cargo volumes at the city's port rose by about 15% last year, the port operator said on Tuesday, as it "
        "opened a new container terminal. The ports minister said the expansion would lower import costs."
    )
    tags = tag_article("Mogadishu port cargo volumes rise as new terminal opens", text, published="2025-05-14")
    assert not tags.conflict


def test_central_forces_sent_to_manipur_are_its_conflicts_politics() -> None:
    text = (
        "IMPHAL - The Union Home Ministry has ordered 15 more companies of the Central Armed Police Forces (CAPF) to "
        "Manipur to secure the foothills between the valley and the hill districts, officials said on Thursday."
    )
    tags = tag_article("Centre sends 15 more CAPF companies to Manipur", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_allies_that_target_suppliers_in_new_sanctions_report_no_strike() -> None:
    text = (
        "Washington and its allies on Wednesday imposed sanctions on companies that supply aviation fuel to "
        "Myanmar's military, saying the fuel enables air strikes that have killed civilians."
    )
    tags = tag_article("US, allies target Myanmar jet fuel suppliers in new sanctions", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_chads_lac_province_is_in_chad() -> None:
    text = (
        "Boko Haram fighters attacked an army post in Chad's Lac province before dawn on Sunday, killing 17 Chadian "
        "soldiers, the army said."
    )
    tags = tag_article("Boko Haram fighters kill 17 Chadian soldiers in Lac province", text, published="2025-05-14")
    assert tags.places[0].country_code == "TD"


def test_municipal_elections_in_a_country_at_war_are_home_politics() -> None:
    text = (
        "Voters in Mount Lebanon cast ballots on Sunday in the first municipal elections in nine years, with turnout "
        "steady by midday, the interior ministry said. Israeli strikes in the south continued this week."
    )
    tags = tag_article("Turnout steady as Mount Lebanon votes in municipal elections", text, published="2025-05-14")
    assert not tags.conflict


def test_a_border_demarcation_agreed_is_a_strategic_development() -> None:
    text = (
        "Armenia and Azerbaijan agreed on Friday on a new section of their border demarcation, the two governments "
        "said, in a step towards a peace treaty between the former foes."
    )
    tags = tag_article("Armenia and Azerbaijan agree new section of border demarcation", text, published="2025-05-14")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_headline_that_counts_the_buried_reports_the_attack() -> None:
    text = (
        "Residents of two villages buried victims of an overnight attack by armed men on Monday, community leaders "
        'said. "We have buried 27 of our people today," a community leader said at the mass burial.'
    )
    tags = tag_article("Plateau: community leader says 27 buried after overnight attack on Bokkos villages", text,
                       published="2025-05-14")  # fmt: skip
    assert (tags.event_type, tags.alert) == ("Violence against civilians", True)


def test_allies_rushing_weapons_to_a_side_is_arms_aid() -> None:
    text = (
        "Western governments stepped up deliveries of arms and ammunition to Kurdish forces in northern Iraq on "
        "Thursday, as the Kurds try to halt the militants' advance on their regional capital. Kurdish commanders say "
        "they are fighting with rifles against tanks."
    )
    tags = tag_article("US and Europe rush weapons to Kurdish forces fighting Islamic State", text,
                       published="2014-08-14")  # fmt: skip
    assert tags.event_type == STRATEGIC


def test_a_match_result_in_the_lead_makes_a_sports_page() -> None:
    text = (
        "Shakhtar Donetsk beat Dinamo Zagreb 3-1 in the Champions League on Wednesday night, in a stadium far from the "
        "city whose name they carry. The club has not played in Donetsk since 2014, when separatists seized the city, "
        "and has played its European home games abroad since the full-scale invasion."
    )
    tags = tag_article("Shakhtar see off Zagreb in Gelsenkirchen as 'home' run continues far from Donetsk", text,
                       published="2024-11-06")  # fmt: skip
    assert not tags.conflict


def test_a_steelmakers_output_is_business_despite_strikes() -> None:
    text = (
        "One of Ukraine's largest steel groups said on Tuesday that its steel output rose 11% in the first half of the "
        "year, the first rise since the full-scale invasion. A Russian missile strike on one of its plants killed "
        "three workers last year."
    )
    tags = tag_article("Ukrainian steelmaker lifts output for first time since 2021 despite strikes on its plants",
                       text, published="2025-08-05")  # fmt: skip
    assert not tags.conflict


def test_exports_that_hit_a_record_are_no_attack() -> None:
    text = (
        "Iraq's oil exports from its southern terminals reached a record 3.6 million barrels per day in November, the "
        "oil ministry said, as northern shipments stayed low after government forces took the Kirkuk fields."
    )
    assert not tag_article("Iraq's southern oil exports hit record in November", text, published="2017-12-01").conflict


def test_ministers_pressing_ahead_with_a_peace_treaty_is_a_strategic_development() -> None:
    text = (
        "Caucasus Desk\nABU DHABI - The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Wednesday and "
        "agreed to speed up preparations for signing a peace treaty between the two neighbours, the two ministries "
        "said in similar statements.\nThe ministers discussed practical steps towards signing the text, which was "
        "initialled this spring, and the opening of transport links, according to the statements."
    )
    tags = tag_article("Armenia and Azerbaijan foreign ministers agree to press ahead with peace treaty", text,
                       published="2025-09-10")  # fmt: skip
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_nuclear_test_ban_treaty_is_no_war_politics() -> None:
    text = "Moscow reiterated on Tuesday that it would revoke its ratification of the nuclear test ban treaty."
    assert not tag_article("Russia moves to revoke nuclear test ban treaty", text, published="2023-10-17").conflict


def test_a_features_paragraph_that_names_the_attack_gives_its_weapon() -> None:
    text = (
        "The market is loudest on Saturdays. Traders spread onions on plastic sheets and boys push carts of water "
        "through the crowd. On Saturday a trader heard a sound he had never heard before.\n"
        '"Then the ground lifted," he said. "And then there was only screaming."\n'
        "Two bombs dropped by an army aircraft hit the central market shortly after 11 a.m. on Saturday, residents "
        "said.\nAt least 19 people were killed and 40 wounded, medical workers said."
    )
    tags = tag_article("Nyala's Saturday market, and the bombs that fell on it", text, published="2025-03-03")
    assert tags.event_type == "Explosions/Remote violence"


def test_a_scene_lede_over_talks_is_a_strategic_development() -> None:
    text = (
        "By a staff reporter | JEDDAH\nIn a hotel lobby overlooking the Red Sea, two men who had not shared a room for "
        "more than a year sat across a low glass table on Monday evening and drank tea without looking at each other. "
        "One wore the olive uniform of the Sudanese Armed Forces; the other a grey suit with a small pin of the Rapid "
        "Support Forces. Neither spoke to reporters.\nThe meeting, brokered by Saudi Arabia and the United States, is "
        "the first direct contact between delegations of the two sides since talks collapsed in the summer. The aim "
        "this week is modest: humanitarian corridors into Darfur, and perhaps a short truce."
    )
    tags = tag_article("In Jeddah, Sudan's warring sides return to the table with little to show", text,
                       published="2025-06-02")  # fmt: skip
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_attack_helicopters_delivered_to_a_junta_are_arms_aid() -> None:
    text = (
        "Mali's military government took delivery of a new batch of Russian-made attack helicopters, armoured "
        "vehicles and surveillance drones on Monday at the air base in Bamako, state television showed."
    )
    tags = tag_article("Russian attack helicopters delivered to Mali's junta", text, published="2025-04-08")
    assert tags.event_type == STRATEGIC


def test_a_factbox_on_talks_between_two_sides_at_war_is_their_politics() -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday for a third round of direct talks hosted by "
        "Turkey. Here is what we know about the outcome.\n- Both sides agreed to swap 500 prisoners each."
    )
    tags = tag_article("Factbox: What was agreed at the Istanbul talks", text, published="2025-07-23")
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_a_grad_launcher_is_no_place_and_makiivka_is_one() -> None:
    text = (
        "MAKIIVKA - Five civilians were killed and eight wounded on Wednesday when a residential area of Makiivka was "
        "shelled with 155-millimetre artillery and a Grad multiple rocket launcher, local officials said."
    )
    tags = tag_article("Makiivka: five killed as residential area shelled", text, published="2025-06-25")
    assert [(p.name, p.country_code) for p in tags.places] == [("Makiivka", "UA")]


def test_a_match_result_under_a_headline_with_a_siren_is_sport() -> None:
    text = (
        "Shakhtar Donetsk beat Dynamo Kyiv 2-1 in the Premier League derby on Sunday, with a late header settling a "
        "match that was stopped for forty minutes when an air-raid siren sounded over the stadium in Lviv."
    )
    tags = tag_article("Late Shakhtar strike sinks Dynamo as air-raid siren halts derby in Lviv", text,
                       published="2025-03-09")  # fmt: skip
    assert not tags.conflict


def test_the_attackers_named_after_by_are_no_target_of_a_battle() -> None:
    text = (
        "BUNIA - The number of people killed in an attack by Allied Democratic Forces (ADF) rebels on a Catholic "
        "parish in Komanda, in Ituri province, has risen to 31, provincial authorities said on Monday.\nAssailants "
        "armed with guns and machetes stormed the parish compound during a night vigil, attacking worshippers inside "
        "the church and in the courtyard, witnesses said."
    )
    tags = tag_article("Death toll in ADF attack on Komanda church rises to 31", text, published="2025-03-31")
    assert tags.event_type == "Violence against civilians"


def test_an_ambush_of_travellers_is_violence_against_civilians() -> None:
    text = (
        "Fighters from the Allied Democratic Forces ambushed vehicles on the road near Oicha on Saturday, killing "
        "eighteen civilians and setting trucks on fire, local officials said."
    )
    tags = tag_article("ADF rebels kill eighteen travellers in ambush near Oicha", text, published="2025-05-10")
    assert tags.event_type == "Violence against civilians"


def test_a_blast_found_to_be_a_gas_leak_and_not_a_missile_is_no_conflict() -> None:
    text = (
        "An explosion that destroyed part of an apartment block in Dnipro late on Sunday was caused by a gas leak and "
        "not by a Russian strike, the regional administration said, after residents reported hearing a missile. "
        "Three people were killed."
    )
    tags = tag_article("Blast that tore through Dnipro apartment block was gas leak, not missile, officials say", text,
                       published="2025-02-03")  # fmt: skip
    assert not tags.conflict


def test_a_blast_at_a_fireworks_factory_is_an_accident() -> None:
    text = (
        "An explosion tore through a fireworks factory near Sivakasi on Saturday, killing seven workers and injuring "
        "six others, police said. The blast happened while workers were mixing chemicals for aerial shells."
    )
    tags = tag_article("Seven dead in blast at fireworks factory near Sivakasi", text, published="2025-10-11")
    assert (tags.conflict, tags.alert) == (False, False)


def test_a_gunman_with_no_links_to_any_political_group_is_crime() -> None:
    text = (
        "A man armed with a rifle opened fire inside a shopping centre on Saturday, killing five people and wounding "
        "eight before police arrested him. The regional police chief said the suspect acted alone and had no known "
        "links to any political or extremist group."
    )
    tags = tag_article("Gunman kills five at Ostrava shopping centre before being arrested", text,
                       published="2025-05-10")  # fmt: skip
    assert (tags.conflict, tags.alert) == (False, False)


def test_police_officers_killed_in_an_ambush_are_conflict() -> None:
    text = (
        "The number of police officers killed in an ambush in the southern Mexican state of Guerrero has risen to 11, "
        "the state government said. Gunmen blocked the road with a burning truck and opened fire from higher ground."
    )
    tags = tag_article("Death toll from ambush on police in Guerrero rises to 11", text, published="2025-10-22")
    assert (tags.conflict, tags.alert) == (True, True)


def test_rival_cartels_clashing_for_a_town_are_a_battle() -> None:
    text = (
        "Dozens of people were killed on Monday in a battle between gunmen of two cartels in a town in Chiapas near "
        "the border with Guatemala, residents said. Armed convoys fought for hours on the roads into the town."
    )
    tags = tag_article("Dozens killed as rival cartels clash in Chiapas border town", text, published="2025-01-28")
    assert (tags.conflict, tags.event_type) == (True, "Battles")


def test_houses_torched_by_militants_who_killed_villagers_are_no_riot() -> None:
    text = (
        "Five villagers, including two women, were killed when suspected armed militants attacked a village in "
        "Manipur's Jiribam district before dawn on Wednesday, police said. Three others were injured. The attackers, "
        "armed with automatic weapons, fired at houses on the edge of the village and set fire to a dozen of them."
    )
    tags = tag_article("Five villagers killed, houses torched in Jiribam attack", text, published="2025-05-21")
    assert tags.event_type == "Violence against civilians"


def test_gunmen_who_stormed_a_community_named_before_them_are_conflict() -> None:
    text = (
        "Hundreds of mourners gathered on Wednesday in a farming community in Mangu local government area of "
        "Nigeria's Plateau State to bury 27 people killed when gunmen stormed the area late on Monday night."
    )
    assert tag_article("Mangu buries its dead after night attack that killed 27 villagers", text,
                       published="2025-05-14").conflict  # fmt: skip


def test_a_years_count_of_the_dead_is_no_alert() -> None:
    text = (
        "GENEVA, Feb 11 - At least 3,900 civilians were killed in Sudan's war last year, the UN human rights office "
        "said in a report on Wednesday.\nThe report said at least 5,000 civilians had been injured in 2025.\nIt cited "
        "several incidents, including an assault on a displacement camp in which hundreds of civilians were killed."
    )
    tags = tag_article("At least 3,900 civilians killed in Sudan in 2025, UN rights office says", text,
                       published="2026-02-11")  # fmt: skip
    assert not tags.alert


def test_an_airliner_that_crashes_into_a_hillside_is_an_accident() -> None:
    text = (
        "A regional turboprop airliner crashed into a hillside shortly before landing on Sunday evening, killing all "
        "31 people on board, the civil aviation authority said.\nThe aircraft, carrying 27 passengers and four crew, "
        "lost contact with air traffic control eight minutes before its arrival."
    )
    tags = tag_article("All 31 aboard killed as turboprop crashes near Bucaramanga", text, published="2023-10-30")
    assert (tags.conflict, tags.alert) == (False, False)


def test_juntas_agreeing_a_joint_drone_squadron_is_a_strategic_development() -> None:
    text = (
        "The defence ministers of Mali, Burkina Faso and Niger agreed on Thursday to set up a joint squadron of armed "
        "drones to strike jihadist groups, to be based in Ouagadougou, a statement said."
    )
    tags = tag_article("Sahel juntas agree joint drone squadron to be based in Ouagadougou", text,
                       published="2025-09-04")  # fmt: skip
    assert tags.event_type == STRATEGIC


def test_robbers_who_held_up_a_shop_by_the_highway_are_crime() -> None:
    text = (
        "Five people, including two robbers and two guards, were killed in a shootout after armed men held up a "
        "pawnshop along the national highway on Monday afternoon, police said."
    )
    assert not tag_article("5 dead in shootout as robbers hit pawnshop", text).alert


def test_gunmen_opening_fire_at_a_weekly_market_are_an_armed_attack() -> None:
    text = (
        "Seven people were killed and nine injured when masked gunmen opened fire at a weekly market in the hill "
        "district on Wednesday afternoon, police said."
    )
    tags = tag_article("Seven killed as gunmen open fire at hill market", text)
    assert (tags.conflict, tags.alert) == (True, True)


def test_two_days_of_clashes_are_one_battle() -> None:
    text = (
        "Fighting between local gunmen and clan fighters in the countryside of the province since Sunday has killed "
        "29 people, a monitoring group said on Tuesday."
    )
    assert tag_article("29 dead in two days of clashes between gunmen and clan fighters", text).alert


def test_an_arms_sale_approved_is_a_strategic_development() -> None:
    text = (
        "The State Department has approved the sale of munitions worth an estimated $5.2 billion to Israel, a defence "
        "agency announced. The package includes some 3,000 heavy bombs and several hundred Hellfire missiles."
    )
    assert (
        tag_article("US approves $5.2 billion sale of bombs and guidance kits to Israel", text).event_type == STRATEGIC
    )


def test_a_war_game_s_sales_are_no_war() -> None:
    text = (
        "The studio's Second World War shooter passed 4 million players in its first week, the publisher said. Players "
        "have called in more than 20 million artillery barrages and airstrikes in its 64-player battles."
    )
    assert not tag_article("'Steel Front' storms to 4 million players in launch week", text).conflict


def test_an_anti_tank_mine_is_an_explosive_device() -> None:
    text = "Two farmers were killed on Tuesday when their tractor hit an anti-tank mine in a field near the town."
    tags = tag_article("Tractor hits anti-tank mine: two farmers killed", text)
    assert (tags.event_type, tags.weapons) == (REMOTE, ["explosive_device"])


def test_a_blast_at_a_gunpowder_plant_is_an_industrial_accident() -> None:
    text = (
        "An explosion at a gunpowder plant in Russia's Perm region killed nine workers and injured 30 on Wednesday, "
        "the regional governor said. The blast happened in a drying workshop, he said."
    )
    assert not tag_article("Blast at Perm region gunpowder plant kills nine", text).conflict


def test_one_force_s_raids_on_villages_near_a_town_are_one_attack() -> None:
    text = (
        "RSF fighters raided several villages near Bara in North Kordofan on Saturday, killing more than 40 people, "
        "the state government said."
    )
    assert tag_article("RSF fighters kill dozens in raids on villages near Bara, officials say", text).alert


def test_an_approval_of_dollars_in_bombs_is_an_arms_sale() -> None:
    text = (
        "The State Department has cleared possible sales to Israel of guidance kits, heavy bombs and helicopter spare "
        "parts worth about $4.1 billion, the defence cooperation agency said. Several senators vowed to block the sale "
        "over the war in Gaza, where health officials say more than 60,000 people have been killed."
    )
    assert event("Washington approves $4.1 billion in bombs and helicopter parts for Israel", text)[0] == STRATEGIC


def test_bombs_dropped_from_a_paramotor_are_an_air_strike() -> None:
    text = (
        "At least 15 people were killed and more than 25 wounded when an army paramotor dropped bombs on a crowd "
        "gathered for a vigil and protest in a village of Sagaing Region on Sunday night, a rescue team said."
    )
    assert event("Paramotor bombs vigil crowd in Sagaing, killing 15", text) == (REMOTE, True)


def test_a_junta_column_is_no_opinion_column() -> None:
    text = (
        "Villagers returning to their village in Sagaing Region on Sunday found the bodies of 12 villagers who had been "
        "shot dead, some with their hands tied, after soldiers who had occupied it for three days withdrew, a local "
        "resistance member said."
    )
    assert event("Bodies of 12 villagers found after junta column pulls out of village", text) == (VAC, True)


def test_an_encounter_with_security_forces_is_a_battle() -> None:
    text = (
        "Sixteen Maoists were killed in an encounter with security forces that lasted most of Friday in the forests "
        "of Narayanpur district, police said. A tribal rights group said three villagers gathering "
        "firewood were shot dead in the operation."
    )
    assert event(
        "16 Maoists killed in day-long encounter in Narayanpur; rights group says three were villagers", text
    ) == (
        BATTLES,
        True,
    )


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        ("Two killed, 50 hurt as rival activists clash in the town",
         "Two people were killed and about 50 hurt on Saturday when supporters of two rival student political groups "
         "fought with sticks and machetes around a bus terminal, police said. Shops were vandalised and bricks thrown.",
         "2025-02-10"),
        ("2 killed, 35 hurt as BNP, Jamaat men clash",
         "Two people were killed and at least 35 injured as supporters of the BNP and Jamaat-e-Islami clashed over "
         "election banners on Tuesday. Both sides came with sticks, iron rods and sharp weapons, police said.",
         "2026-01-14"),
        # (the police's tear gas shells are no artillery)
        ("Three killed, 70 hurt as rival party activists clash in Bogura",
         "Three people were killed and more than 70 hurt on Friday when supporters of the ruling party and the "
         "opposition fought pitched battles with sticks and brickbats in the town centre. Police fired tear gas shells "
         "and baton-charged the crowds.",
         "2023-11-03"),
        # (the parties named in the lead, the weapons further down)
        ("Three killed, 40 injured as party men clash over market lease",
         "Three people were killed and at least 40 injured in a clash between activists of the Awami League and BNP "
         "over the lease of a village market on Friday, police said.\n\nThe deceased were identified by their "
         "families.\n\nWitnesses said the two sides attacked each other with machetes and brickbats.",
         "2024-03-08"),
    ],
)  # fmt: skip
def test_rival_activists_or_parties_supporters_clashing_are_a_political_riot(
    title: str, text: str, published: str
) -> None:
    tags = tag_article(title, text, published=published)
    assert (tags.conflict, tags.event_type, tags.alert) == (True, "Riots", False)


def test_protesters_clashing_with_security_forces_are_a_riot() -> None:
    text = (
        "Some 25 people, among them six police officers, were hurt on Wednesday as protesters clashed with security "
        "forces during a march in the city. Parts of the crowd pelted stones and set two vehicles on fire, and police "
        "fired tear gas. The rally had been called to demand the release of three detained activists, organisers said."
    )
    assert event("25 injured as protesters clash with security forces in the city", text)[0] == "Riots"


def test_a_headline_that_rules_the_attack_out_is_an_accident() -> None:
    text = (
        "Five people were killed and 30 hurt when a fire set off explosions at an ammunition store inside an army barracks "
        "on Saturday, the military said. Shells landed in nearby streets and damaged several homes."
    )
    tags = tag_article("Five dead in army ammunition store blasts; military rules out attack", text)
    assert (tags.conflict, tags.alert) == (False, False)


def test_victims_named_around_an_aside_are_civilians() -> None:
    text = (
        "Eighteen displaced people, seven of them children, were killed overnight when militiamen stormed a camp for "
        "the displaced in the territory, local officials said. Peacekeepers based nearby drove the attackers off."
    )
    assert event("Militiamen kill 18 at displacement camp", text) == (VAC, True)


def test_crowds_with_sticks_and_stones_fight_a_riot_not_a_battle() -> None:
    text = (
        "Five people died and about 30 were hurt in communal clashes that broke out during a religious procession in the "
        "town on Sunday, police said. Groups armed with sticks and swords threw stones and set fire to shops and houses."
    )
    assert event("Procession clashes: five dead, curfew imposed in the town", text) == ("Riots", False)


def test_armed_men_firing_on_protesters_attack_civilians() -> None:
    text = (
        "Five people were killed and 12 injured when unidentified armed men opened fire on a crowd of protesters who had "
        "blocked the highway, officials said. Some 400 demonstrators, mostly women, had gathered since morning to "
        "protest against attacks on farmers; the protest had been peaceful, organisers of the sit-in said."
    )
    assert event("Five killed as armed men fire on protesters blocking highway", text) == (VAC, True)


def test_a_missile_intercepted_over_a_concert_is_no_culture_news() -> None:
    text = (
        "A ballistic missile fired from Yemen was intercepted late on Saturday as thousands of people attended a concert "
        "in a Tel Aviv park, the army said. No injuries were reported."
    )
    tags = tag_article("Missile from Yemen intercepted as thousands attend Tel Aviv concert", text)
    assert (tags.conflict, tags.event_type) == (True, STRATEGIC)


def test_air_defence_destroying_most_of_a_night_s_drones_is_an_interception() -> None:
    text = (
        "Air defence units destroyed 61 of the 80 drones Russia launched overnight, the air force said. Nobody was "
        "reported hurt."
    )
    assert event("Air defence destroys 61 of 80 Russian drones overnight", text)[0] == STRATEGIC


def test_drones_that_set_a_refinery_on_fire_struck_it() -> None:
    text = (
        "A fire broke out at an oil refinery in the city early on Friday after an attack by Ukrainian drones, the regional "
        "governor said. Debris from a downed drone caused the fire, he said; no one was hurt."
    )
    assert event("Ukrainian drones set Volgograd refinery ablaze, no casualties", text)[0] == REMOTE


def test_partisans_blowing_up_a_bus_is_a_bombing_but_a_house_demolition_is_not() -> None:
    text = (
        "A bomb planted by resistance fighters destroyed a bus carrying Russian officers in the occupied city on "
        "Tuesday, killing six and wounding 10, Ukraine's military intelligence said."
    )
    assert event("Partisans blow up bus carrying Russian officers in occupied city", text) == (REMOTE, True)
    demolition = (
        "Israeli forces stormed the town at dawn, ordered the family of a prisoner out of their two-storey home and "
        "blew it up with explosives planted inside. The explosion damaged several neighbouring houses. No casualties "
        "were reported."
    )
    assert event("Forces blow up home of prisoner in the town", demolition)[0] != REMOTE


def test_police_and_protesters_clashing_is_a_riot() -> None:
    text = (
        "Two people were killed and 25 hurt on Thursday as police and protesters clashed in the capital, where youths "
        "looted shops and set tyres on fire after the disputed election, officials said."
    )
    assert event("Two dead as police and protesters clash in the capital", text)[0] == "Riots"


def test_an_attack_a_banned_group_claims_is_no_crime() -> None:
    text = (
        "Three people were injured when men on a motorcycle threw a hand grenade at a shop in the city on Tuesday "
        "evening, police said. No one was killed. The banned Balochistan Liberation Front claimed the attack."
    )
    assert tag_article("Three injured in grenade attack on shop in Quetta", text).conflict


def test_a_market_move_led_by_war_news_is_business() -> None:
    text = (
        "Brent crude rose 2% on Monday as traders weighed talk of new sanctions on Russia and fresh attacks on ships in "
        "the Red Sea, which have pushed up freight and insurance costs."
    )
    assert not tag_article("Oil climbs as sanctions talk and Red Sea attacks cloud supply outlook", text).conflict


def test_a_gunbattle_in_one_word_is_a_battle() -> None:
    text = (
        "Two Palestinian gunmen were killed in a gunbattle with Israeli troops during a raid on the camp on Tuesday, "
        "the health ministry said."
    )
    assert event("Two gunmen killed in camp raid gunbattle, ministry says", text)[0] == BATTLES


def test_rebels_killing_at_a_vigil_attack_civilians() -> None:
    text = (
        "ADF rebels killed 20 people at a funeral vigil in a village near the town overnight, local officials said. "
        "Mourners had gathered for a wake when the attackers arrived with machetes and guns; a crowd of relatives "
        "was attacked."
    )
    assert event("Rebels kill 20 at funeral vigil near the town", text) == (VAC, True)


@pytest.mark.parametrize(
    ("title", "text", "event_type"),
    [
        ("Kramatorsk marks three years since missile strike on railway station",
         "Hundreds gathered at the station on Tuesday to remember the 61 people killed when a Russian missile hit the "
         "crowded platform three years ago. A drone hit a warehouse on the city's edge overnight; no one was hurt.",
         REMOTE),
        ("Bama mourns a year after twin market blasts",
         "Residents gathered at the central mosque on Friday to pray for the 31 people killed when two suicide bombers "
         "blew themselves up at the cattle market a year ago. The attack was blamed on Boko Haram.",
         REMOTE),
        # (a peace deal's anniversary recalls no attack)
        ("Tigray marks three years since peace deal amid fears of new fighting",
         "Officials in Mekelle marked the anniversary of the agreement that ended two years of war, as troops massed "
         "on the region's border.",
         STRATEGIC),
    ],
)  # fmt: skip
def test_an_anniversary_is_typed_by_the_attack_it_recalls_and_never_alerts(
    title: str, text: str, event_type: str
) -> None:
    assert event(title, text) == (event_type, False)


def test_a_party_set_to_lead_a_coalition_is_no_war() -> None:
    text = (
        "The opposition Social Democrats won Sunday's run-off and will hold 53 of the 141 seats in parliament, final "
        "results showed on Monday. Coalition talks start this week."
    )
    assert not tag_article("Social Democrats win run-off, set to lead coalition", text).conflict


def test_a_quarrel_over_land_is_crime_and_communities_clashing_over_land_are_not() -> None:
    text = (
        "A local resident shot dead five people, including a couple and their teenage son, in a village in Chernihiv "
        "region on Sunday after a quarrel over a land boundary, the regional police reported."
    )
    assert not tag_article("Man shoots dead five people in village in Chernihiv region", text).conflict
    clashes = (
        "At least 14 people were killed and more than 40 injured in clashes over a land dispute between two villages "
        "near the town of Djenne."
    )
    assert tag_article("", clashes).conflict


def test_an_army_review_of_a_strike_is_the_strike_s_news_not_a_critic_s() -> None:
    text = (
        "The army said on Sunday an internal review had found no deviation from its rules in the air strike on a school "
        "in Deir al-Balah nearly four weeks ago, in which the health ministry said 14 people were killed."
    )
    tags = tag_article("Army review of school strike finds 'no deviation'; UN calls for inquiry", text)
    assert tags.conflict and not tags.alert


def test_a_scoreline_naming_a_club_with_a_number_is_sport() -> None:
    text = (
        "UPL | Matchday 13\n"
        "Obolon 0\u20131 Metalist 1925\n"
        "Metalist 1925 took a hard-fought 1\u20130 win at Obolon on Saturday, in a match held up by an air-raid alert. "
        "Before kick-off the teams stood for a minute's silence for the 12 people killed in Tuesday's missile attack on "
        "Kharkiv."
    )
    tags = tag_article("Metalist 1925 edge Obolon after air-raid delay and silence for Kharkiv victims", text)
    assert not tags.conflict and not tags.alert


def test_an_investigation_page_reports_no_new_strike() -> None:
    text = (
        "Three weeks after military jets bombed the village, a reconstruction by a documentation group published on "
        "Thursday concludes that at least 24 people were killed, 11 of them children."
    )
    tags = tag_article("Investigation: bombs that killed 24 in the village fell while children were in class", text)
    assert tags.conflict and not tags.alert


@pytest.mark.parametrize(
    "title",
    [
        "Missile strike on Zaporizhzhia apartment block may amount to war crime, rights group says",
        "Rights group says air strike on Mindat camp was likely a war crime",
        "Watchdog: drone strike that killed 14 at Kassala bus stop should be investigated",
    ],
)
def test_a_legal_finding_on_an_earlier_strike_is_typed_by_it_and_never_alerts(title: str) -> None:
    text = (
        "The strike, which killed 14 people and wounded 31, hit no military target and was likely indiscriminate, a "
        "report published on Tuesday said. Researchers interviewed survivors and examined weapon fragments found at "
        "the scene."
    )
    tags = tag_article(title, text, published="2025-03-11")
    assert tags.event_type == REMOTE
    assert not tags.alert


@pytest.mark.parametrize(
    "title",
    [
        "Deir al-Balah buries the Salem family hours after air strike on their home",
        "Mourners bury eight of one family after dawn strike on Deir al-Balah home",
    ],
)
def test_a_burial_on_the_day_of_the_strike_reports_the_strike(title: str) -> None:
    text = (
        "By noon on Thursday the mourners had carried the bodies to the cemetery. Eight members of the Salem family "
        "were laid to rest side by side, a few hours after an air strike hit the house where they slept, relatives "
        "said. Four neighbours were wounded."
    )
    tags = tag_article(title, text, published="2024-10-17")
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 8
    assert (tags.event_type, tags.alert) == (REMOTE, True)


@pytest.mark.parametrize(("when", "alert"), [("last week", False), ("on Monday", True)])
def test_a_funeral_reports_its_attack_only_within_days_of_it(when: str, alert: bool) -> None:
    text = (
        "Funeral prayers were offered at the police lines on Tuesday for nine policemen who were killed "
        f"{when} when militants stormed a checkpost in Lakki Marwat with rockets and rifles."
    )
    tags = tag_article("Funeral prayers held for nine policemen killed in Lakki Marwat attack", text,
                       published="2025-02-11")  # fmt: skip
    assert tags.alert is alert


@pytest.mark.parametrize(
    ("when", "alert"),
    [("on 2 March", False), ("two weeks ago", False), ("on Sunday night", True)],
)
def test_a_wounded_victim_s_death_reports_the_strike_only_within_days_of_it(when: str, alert: bool) -> None:
    text = (
        f"A 15-year-old boy wounded when a ballistic missile hit a hotel in Kryvyi Rih {when} has died in hospital, "
        "the regional governor said on Tuesday, bringing the number of people killed in the strike to 14. Another "
        "52 people were wounded."
    )
    tags = tag_article("Boy wounded in Kryvyi Rih hotel strike dies, toll rises to 14", text, published="2025-03-18")
    assert tags.alert is alert


def test_a_mourning_headline_that_counts_its_dead_reports_the_attack() -> None:
    text = (
        "The death toll from Friday night's attack by Boko Haram insurgents on the town has risen to 23, after six "
        "more bodies were found on Saturday. Survivors said the attackers opened fire on young men watching football."
    )
    assert tag_article(
        "Town mourns: 23 buried as survivors recount night of terror", text, published="2019-10-13"
    ).alert


def test_a_quiet_night_of_a_truce_is_the_truce_s_news() -> None:
    text = (
        "The first night of the ceasefire passed without major fighting around the town, residents said, although a "
        "shell wounded two children near a camp to the north."
    )
    title = "First night of the truce passes without major fighting, but residents remain wary"
    assert event(title, text) == (STRATEGIC, False)


def test_a_package_unveiled_is_arms_aid_whatever_strike_it_follows() -> None:
    text = (
        "The United States on Tuesday announced a new $325 million security assistance package for Ukraine, including "
        "air defence interceptors and artillery rounds. The announcement came less than two weeks after a Russian "
        "cruise missile strike on an apartment building in Uman killed 23 people."
    )
    title = "Pentagon unveils $325 million Ukraine package with air defence interceptors, artillery rounds"
    assert event(title, text) == (STRATEGIC, False)


def test_a_feud_between_criminal_organisations_is_crime() -> None:
    text = (
        "Five men were shot dead on Tuesday evening when gunmen opened fire at a car repair garage in an Arab town in "
        "northern Israel, paramedics said. The killings were linked to a feud between two criminal organisations."
    )
    assert not tag_article("Five shot dead at garage as crime toll in Arab towns mounts", text).conflict


def test_a_military_plane_s_crash_blamed_on_a_malfunction_is_an_accident() -> None:
    text = (
        "A military transport plane crashed shortly after take-off from Port Sudan airport on Wednesday night, killing "
        "19 people, the army said, attributing the crash to a technical malfunction. The army said there had been no "
        "hostile fire."
    )
    tags = tag_article("Army transport plane crashes after take-off from Port Sudan, 19 dead", text)
    assert not tags.conflict and not tags.alert


def test_a_condemnation_of_an_attack_whose_toll_is_given_reports_the_attack() -> None:
    text = (
        "The president and the prime minister strongly condemned the suicide blast targeting a police truck near "
        "Quetta. According to police, a bomber on a motorcycle rammed into the truck on Friday morning. The health "
        "department said 14 people, including nine policemen, were killed and 40 others were injured."
    )
    assert event("President, PM condemn terrorist attack near Quetta", text, published="2022-09-09")[1]
    statement = "The president strongly condemned the attack and ordered an inquiry into the security lapse."
    assert not event("President condemns terrorist attack near Quetta", statement)[1]


def test_a_former_soldier_s_shooting_over_a_rent_dispute_is_crime() -> None:
    text = (
        "A former paramilitary ranger opened fire on vendors at a fresh market this morning, killing five people and "
        "wounding three before surrendering. Officers believe the shooting stemmed from a dispute over rent for a "
        "market stall."
    )
    assert not tag_article("Ex-soldier shoots five dead at fresh market, surrenders to police", text).conflict


def test_an_airliner_s_crash_with_a_technical_failure_among_its_causes_is_an_accident() -> None:
    body = ["Investigators are considering pilot error, technical failure and poor weather as possible causes."]
    assert accident_ruled_late("Nineteen killed as An-24 crashes on approach to Olyokminsk", body)
    assert not accident_ruled_late("Nineteen killed as drone strike hits airport", body)


def test_a_condemnation_of_killings_ten_days_ago_is_a_statement() -> None:
    text = (
        "The African Union and the United Nations on Monday condemned the killing of at least 70 villagers in the "
        "north ten days ago and called for an independent investigation."
    )
    assert not event("AU, UN condemn village killings as junta promises inquiry", text)[1]


def test_a_former_policeman_s_shooting_after_an_argument_is_crime() -> None:
    text = (
        "A former police constable shot dead seven people and wounded four at a roadside restaurant outside Korat "
        "late on Friday after an argument over a bill, officers said. He drove off and was arrested at a checkpoint "
        "an hour later; he had been dismissed from the force for misconduct."
    )
    tags = tag_article("Ex-policeman shoots seven dead at roadside restaurant after row", text)
    assert not tags.conflict and not tags.alert


def test_a_blast_the_text_says_a_gas_leak_caused_is_an_accident_whatever_witnesses_feared() -> None:
    text = (
        "Stallholders at the covered market in Taraz said they threw themselves to the floor on Thursday when a bang "
        'shook the hall.\n"My first thought was an air strike," said one fishmonger. "Then came the smell."\n'
        "Officials said the explosion was caused by a leaking gas cylinder in a bakery kiosk. It killed nine people "
        "and injured 31."
    )
    tags = tag_article("'I thought it was an air strike,' say Taraz market stallholders", text)
    assert not tags.conflict and not tags.alert
    doubt = text.replace("Officials said the explosion was", "Investigators are checking whether the explosion was")
    assert accident_ruled_late("Blast at market kills nine", [doubt]) is False
    ruled = "Officials said the explosion was caused by a leaking gas cylinder, not a missile."
    assert accident_ruled_late("Blast at market kills nine", [ruled]) is True


def test_a_period_s_record_toll_keeps_the_violence_it_counts_and_never_alerts() -> None:
    text = (
        "At least 241 civilians were killed and 1,080 injured across the country in March, the UN monitoring mission "
        "said on Friday, most of them by missiles and drones fired at cities far from the front."
    )
    for title in ("UN: March among deadliest months for civilians this year",
                  "UN monitors: March deadliest month for civilians in two years"):  # fmt: skip
        assert event(title, text, published="2025-04-11") == (REMOTE, False)


def test_a_year_on_in_a_headline_looks_back_at_its_own_toll() -> None:
    text = (
        "A year ago a guided bomb hit the village hall in Stepove during a christening, killing 41 people. On "
        "Sunday, relatives laid flowers at the ruins and a priest read the names of the dead."
    )
    tags = tag_article("A bomb killed 41 at a christening in Stepove. A year on, the village gathers", text)
    assert tags.event_type == REMOTE and not tags.alert
    new_strike = (
        "A missile struck the centre of Stepove on Sunday, killing six people, three years on from the hall bombing."
    )
    assert tag_article("Missile strike on Stepove kills six, three years on from hall bombing", new_strike).alert


def test_militants_attacking_police_in_several_districts_are_a_round_up() -> None:
    text = (
        "At least eight people, most of them policemen, were killed in separate militant attacks in three districts "
        "of the province on Tuesday. In the first, gunmen stormed a checkpost killing four constables; in the "
        "second, a patrol was ambushed and two officers died; in the third, two soldiers were killed."
    )
    assert not event("Eight killed as militants attack police in three northwest districts", text)[1]


def test_a_central_bank_s_rate_decision_is_economy_whatever_attacks_it_warns_of() -> None:
    text = (
        "The central bank kept its key policy rate unchanged at 14% on Thursday and said repeated attacks on power "
        "plants were pushing up business costs and inflation expectations."
    )
    tags = tag_article(
        "Ukraine's central bank holds key rate at 14%, warns of costs from attacks on power plants", text
    )
    assert not tags.conflict


def test_a_shooting_that_sounded_like_a_war_is_a_workplace_crime() -> None:
    text = (
        "A sacked forklift driver opened fire in a parcel depot in Aurora on Tuesday morning, killing six workers and "
        "wounding eight before shooting himself, police said.\n"
        '"It sounded like a war in there," said a loader who hid behind a stack of crates. Police said the man had '
        "been dismissed a month earlier."
    )
    tags = tag_article("'It sounded like a war': six killed in Aurora parcel depot shooting", text)
    assert not tags.conflict and not tags.alert


def test_soldiers_sent_to_fight_floods_make_no_battle() -> None:
    text = (
        "Soldiers were deployed to Sunamganj on Friday to evacuate villagers as rivers burst their banks, and the "
        "death toll from drowning and landslides rose to 17, officials said.\n"
        '"This is a war against the water," the district commissioner said. Army troops ran boats and field kitchens.'
    )
    tags = tag_article("Army joins 'battle' against Sunamganj floods as toll rises to 17", text)
    assert not tags.conflict and not tags.alert


def test_a_military_helicopter_crash_put_down_to_bad_weather_is_an_accident() -> None:
    body = ["The army said the wreckage showed no bullet holes and that bad weather had brought the aircraft down."]
    assert accident_ruled_late("Six killed as army helicopter crashes in Oksibil highlands", body)


def test_a_post_overrun_is_a_battle() -> None:
    text = (
        "OUAGADOUGOU (Sahel Wire) - At least 24 soldiers and members of the Volunteers for the Defence of the Homeland "
        "(VDP) were killed on Sunday when fighters of the al-Qaeda-linked JNIM overran a military detachment on the "
        "edge of Arbinda, in Soum province, security sources told Sahel Wire on Monday.\n\nSeveral hundred attackers "
        "arrived on motorbikes and pick-up trucks mounted with machine guns, a security officer said, and opened fire "
        "with assault rifles on the position from three sides."
    )
    title = "Burkina Faso: at least 24 soldiers and volunteers killed as JNIM overruns post near Arbinda"
    assert event(title, text) == (BATTLES, True)


def test_a_sea_drone_attack_repelled_with_no_one_hurt_is_a_strategic_development() -> None:
    text = (
        "The Black Sea Fleet repelled an attack by three sea drones on the port of Tuapse overnight, the defence "
        "ministry said. There were no casualties or damage."
    )
    assert event("Russia says Black Sea Fleet repelled sea drone attack on Tuapse", text)[0] == STRATEGIC


def test_a_half_year_count_keeps_the_violence_it_counts() -> None:
    text = (
        "At least 940 civilians were killed in Burkina Faso between January and June 2025, according to a report "
        "published on Tuesday by a coalition of rights groups, making the first half of the year one of the deadliest "
        "periods for civilians since the insurgency began."
    )
    tags = tag_article("Report: at least 940 civilians killed in Burkina Faso in first half of 2025", text)
    assert tags.event_type is not None and tags.event_type != STRATEGIC and not tags.alert


def test_fire_opened_on_the_other_side_s_positions_is_a_battle() -> None:
    text = (
        "Azerbaijani units fired small arms and machine guns at Armenian combat positions near Jermuk early on "
        "Thursday, the Armenian defence ministry said.\n\nA contract serviceman received a gunshot wound; his life is "
        "not in danger, the ministry said."
    )
    assert event("Azerbaijani forces open fire on Armenian positions near Jermuk, soldier wounded", text)[0] == BATTLES


def test_a_court_building_in_a_bombing_headline_is_no_trial() -> None:
    text = (
        "A car bomb exploded near the courthouse in Afrin on Tuesday morning, killing seven people and wounding about "
        "30, local officials said."
    )
    assert event("Car bomb near Afrin court kills seven, wounds 30", text) == (REMOTE, True)


def test_a_cricket_result_under_a_headline_of_war_words_is_sport() -> None:
    text = (
        "Cricket Daily | Match report | Sri Lanka v Bangladesh, 2nd T20I, Dambulla\n\n"
        "Hasaranga's spin barrage blows Bangladesh away in Dambulla\n\n"
        "Sri Lanka 121 for 3 (Mendis 44*) beat Bangladesh 118 for 8 (Hasaranga 3-17) by seven wickets\n\n"
        "It was less a contest than an ambush. Sri Lanka's spinners launched a relentless assault on a young line-up on "
        "Friday night, and by the time the smoke cleared Bangladesh had been bombed out for 118.\n\n"
        "Six Bangladesh batters were killed off by dot-ball pressure, holing out to the deep."
    )
    tags = tag_article("Hasaranga's spin barrage blows Bangladesh away in Dambulla", text)
    assert not tags.conflict and not tags.alert


def test_a_section_name_for_a_headline_leaves_the_story_its_own() -> None:
    text = (
        "Gunmen stop bus on highway, kill eight passengers near Turbat\n\n"
        "TURBAT: Armed men blocked the highway near Turbat late on Sunday, forced passengers off a coach and shot dead "
        "eight of them after checking their identity cards, officials said on Monday."
    )
    assert event("News - The Coastal Herald", text) == (VAC, True)


def test_an_aggregator_s_name_after_the_headline_is_no_round_up() -> None:
    text = "Artillery shells fired by the RSF hit a crowded market in Omdurman on Sunday, killing 19 people and wounding 40."
    assert event("Sudan: RSF Shelling Kills 19 at Omdurman Market - Sudan News Roundup", text) == (REMOTE, True)


def test_a_wave_of_attacks_on_police_posts_is_a_round_up() -> None:
    text = (
        "A wave of attacks on police stations and army posts in northern Cauca killed five members of the security "
        "forces and wounded seven, authorities said on Monday, blaming dissident fighters."
    )
    assert not event("Wave of attacks on police stations in Cauca leaves five officers dead", text)[1]


def test_a_year_s_count_is_a_tally_but_a_year_s_record_is_not() -> None:
    tally = (
        "Air strikes by the military killed more than 1,000 civilians over the twelve months to June, a monitoring "
        "group said on Wednesday."
    )
    assert not event("Junta air strikes killed over 1,000 civilians in a year, monitor says", tally)[1]
    record = "A suicide bomber struck a market in Kunduz on Friday, killing 12 people, officials said."
    assert event("Twelve killed in deadliest bombing in a year in Kunduz", record)[1]


def test_a_condemnation_days_after_the_attack_is_a_statement() -> None:
    text = (
        "The UN and the African Union on Thursday condemned an attack on an army position in the Tillaberi region "
        "earlier this week. The army said on Tuesday that 23 soldiers were killed on Monday when gunmen on motorbikes "
        "attacked the post."
    )
    assert not event("UN, AU condemn attack that killed 23 soldiers in western Niger", text, published="2024-03-21")[1]


def test_gunmen_in_kurram_are_the_conflict_s_even_under_a_scraped_menu() -> None:
    text = (
        "Home | Pakistan | World | Sport | Opinion\n\nConvoy attack toll in Kurram reaches 31\n\n"
        "PARACHINAR: The toll from Monday's ambush on a convoy of passenger vans in Lower Kurram reached 31 by the "
        "evening, officials said. Gunmen hiding in the orchards on both sides of the road opened fire on the vans, "
        "which were escorted by police, at about noon."
    )
    assert event("Convoy attack toll in Kurram reaches 31", text)[1]


def test_two_families_armed_men_in_a_land_feud_stay_a_crime() -> None:
    text = (
        "Six people were killed on Sunday when two families fought over a field in a village near Tank, police said. "
        "Armed men from both sides opened fire from rooftops. Police called it a personal enmity going back years and "
        "arrested nine suspects."
    )
    assert not event("Six killed as two families clash over field near Tank", text)[1]


def test_an_army_truck_that_leaves_the_road_is_an_accident() -> None:
    text = (
        "Six soldiers were killed and nine hurt when their truck slid off an icy road and fell into a deep gorge in "
        "Kupwara district on Monday, the army said. The truck was part of a convoy heading to a post on the Line of "
        "Control. Militants ambushed an army vehicle in the district last year, killing four soldiers."
    )
    assert event("Six soldiers killed as army truck plunges into gorge in Kupwara", text) == (None, False)


def test_a_gunman_s_grudge_at_a_wedding_is_a_crime() -> None:
    text = (
        "A man shot dead seven guests at a wedding party in a village of Nakhon Sawan province on Saturday, police "
        "said. The suspect, a former army conscript, had fallen out with the groom's family over a debt and came "
        "back with a shotgun."
    )
    assert not event("Gunman kills seven at wedding after money row", text)[1]


def test_why_in_a_headline_without_a_question_mark_heads_an_analysis() -> None:
    text = (
        "Three months after the rebels overran the district, the fighting has eased, but nothing that drove it has "
        "gone. Officials put the toll of that offensive at more than 90, and tens of thousands fled their homes."
    )
    assert not event("Why the war for the coca valleys is far from over", text)[1]


def test_troops_sent_as_a_war_goes_on_is_a_deployment() -> None:
    text = (
        "The defence ministry said on Tuesday that 900 more soldiers and National Guard members had landed in Culiacan "
        "aboard air force planes, taking the federal force in the state to over 10,000.\n\nThe reinforcements arrive "
        "as the war between two factions of the cartel marked its first year last week. More than 1,500 people have "
        "been murdered in the state since it began, state figures show.\n\nOver the weekend, gunmen torched vehicles "
        "on a highway and at least seven people were killed in separate incidents in Culiacan, local media said."
    )
    assert event("Government sends 900 more troops to Sinaloa as cartel war drags on", text) == (STRATEGIC, False)


def test_an_attack_on_a_night_vigil_is_no_protest() -> None:
    text = (
        "Rebels of the ADF attacked a church in Mambasa territory in the early hours of Sunday, killing 26 people who "
        "had gathered for a night vigil, local officials said. The attackers came with guns and machetes."
    )
    assert event("Ituri: rebel attack on church during night vigil leaves 26 dead", text) == (VAC, True)


def test_a_condemnation_of_last_sunday_s_strike_is_a_statement() -> None:
    text = (
        "Foreign ministers of the G7 on Thursday condemned last Sunday's missile strike on the centre of Sumy, "
        "calling it an attack on civilians. Ukrainian officials say 34 people were killed and 117 injured."
    )
    assert not event("G7 ministers condemn Sumy strike as Moscow defends it", text, published="2025-04-17")[1]


def test_a_swap_that_returns_the_war_s_dead_is_a_strategic_development() -> None:
    text = (
        "Russia and Ukraine each freed 250 prisoners of war on Friday, officials said. Ukraine also received the "
        "bodies of 900 soldiers killed in the fighting, and handed over 30 to Russia. Soldiers and servicemen on both "
        "sides were taken for medical checks."
    )
    assert event("Russia and Ukraine swap 250 prisoners each, return bodies of fallen soldiers", text)[0] == STRATEGIC


def test_a_raid_s_toll_passing_a_figure_is_its_update_not_a_war_s_milestone() -> None:
    text = (
        "Fighters of the RSF killed more than 30 civilians in an assault on a village north of Rufaa in Gezira state "
        "on Saturday, a local resistance committee said. The committee first gave a toll of 19."
    )
    assert event("Survivors describe RSF raid on Gezira village as death toll passes 30", text) == (VAC, True)


def test_a_bus_fired_on_before_it_falls_into_a_gorge_is_an_attack() -> None:
    text = (
        "Terrorists opened fire on a passenger bus near Doda on Sunday evening, and the driver lost control and the "
        "bus fell into a gorge, police said. Seven passengers were killed and 28 injured."
    )
    assert event("Terrorists fire on bus in Doda; 7 killed as vehicle plunges into gorge", text)[1]


def test_a_port_blast_that_officials_put_down_to_negligence_is_an_accident() -> None:
    text = (
        "At least 120 people were killed and thousands wounded in Tuesday's explosion at the port, the health "
        "minister said on Wednesday. The blast flattened warehouses and shattered windows across the city.\n\n"
        "Officials said the fire had reached tonnes of fertiliser stored in a warehouse for years.\n\nRescuers "
        'searched the rubble for the missing.\n\n"This was negligence," a security official said.'
    )
    assert event("Port blast death toll climbs past 120", text, published="2020-08-05") == (None, False)


def test_a_condemnation_under_a_masthead_still_finds_last_week_s_strike() -> None:
    text = (
        "UN Watch Post\nNew York | 21 April 2025\n\nCouncil members condemn Chernihiv strike, split over veto threat\n\n"
        "Members of the Security Council on Monday condemned last week's missile strike on the centre of Chernihiv at "
        "an emergency meeting, but failed to agree on a statement. The strike on April 14 hit a busy street near a "
        "university. Ukrainian authorities said 18 people were killed and about 70 injured."
    )
    title = "Council members condemn Chernihiv strike, split over veto threat"
    assert not event(title, text, published="2025-04-21")[1]


def test_civilians_executed_with_a_long_aside_are_violence_against_civilians() -> None:
    text = (
        "Villagers say at least 19 civilians, including two elders and a boy of fourteen, were executed on "
        "Saturday by soldiers during a military operation near Dioura, in the Segou region. The army said its units "
        "had carried out an operation against armed terrorist groups in the area."
    )
    tags = tag_article("Villagers accuse troops of executing 19 near Dioura", text, published="2024-03-12")
    assert tags.event_type == "Violence against civilians"


def test_a_magnetic_bomb_is_an_insurgent_s_device_not_a_crime() -> None:
    text = (
        "An explosion hit a street near a currency market in central Kabul on Wednesday morning, killing at least "
        "three people and wounding nine, a police spokesman said. He said the device went off in a parked car near "
        "the market gate as traders opened their shops, and that early information pointed to a magnetic bomb stuck "
        "to the car. Police said an investigation had begun. No group has claimed responsibility."
    )
    tags = tag_article("Blast near Kabul currency market kills at least 3, police say", text, published="2022-09-14")
    assert (tags.conflict, tags.event_type) == (True, "Explosions/Remote violence")


def test_aircraft_that_back_the_reinforcements_do_not_make_an_attack_on_a_post_an_air_strike() -> None:
    text = (
        "Twelve soldiers and four volunteers were killed on Saturday when a large group of armed men attacked the "
        "army post at Sollé, the general staff said. The attack went on for hours before reinforcements "
        "backed by aircraft arrived from Titao."
    )
    tags = tag_article("16 troops killed in attack on Sollé army post", text, published="2023-05-07")
    assert (tags.event_type, tags.weapons) == ("Battles", [])


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The ministry said the blasts were set off by a fire that broke out in a storage shed.", "c_disaster"),
        ("Investigators said a leak of liquefied gas in the repair shop caused the explosion.", "c_disaster"),
        ("Police said there were no signs of a drone, a planted device or any other act of sabotage.", "c_ruled_out"),
    ],
)
def test_accident_and_ruled_out_cues(sentence: str, cue: str) -> None:
    assert collect_signals("", [sentence], [0], set()).body[cue] > 0


def test_a_witness_s_likeness_in_the_headline_names_no_weapon() -> None:
    title = "'Like a missile strike': filling station blast in Khasavyurt kills 9"
    signals = collect_signals(title, [title], [0], set())
    assert signals.title["w_missile"] == 0
    assert collect_signals("Missile strike hits Khasavyurt", ["Missile strike hits Khasavyurt"], [0], set()).title[
        "w_missile"
    ]


def test_civilians_counted_dead_in_the_headline_make_an_armed_group_s_raid_violence_against_civilians() -> None:
    text = (
        "At least 21 civilians were killed overnight in an attack blamed on ADF rebels on a village near Eringeti, "
        "local civil society leaders said. The army said its troops had pursued the attackers and clashed with them "
        "at dawn, killing one rebel."
    )
    tags = tag_article(
        "Beni: ADF rebels kill 21 civilians in overnight attack near Eringeti", text, published="2024-05-20"
    )
    assert tags.event_type == "Violence against civilians"


def test_the_dead_of_a_raid_on_a_village_are_its_civilians() -> None:
    text = (
        "Suspected ADF rebels killed at least 19 civilians in an overnight raid on a village in Lubero territory, "
        "local officials said. Troops were sent after the attackers, who also set fire to homes, and two soldiers were "
        "killed in the pursuit."
    )
    tags = tag_article("ADF rebels kill 19 in overnight raid on North Kivu village", text, published="2024-06-04")
    assert tags.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("EU blacklists Iranian drone makers over deliveries to Russia",
         "The European Union blacklisted four Iranian companies on Monday for supplying Shahed drones to Russia, "
         "hours after a Russian drone attack on Kyiv killed five people and wounded 22."),
        ("UN: civilian killings in Burkina Faso up 30% in first quarter",
         "At least 710 civilians were killed and 240 wounded in Burkina Faso between January and March, UN monitors "
         "said on Tuesday, including 31 people killed in a single attack on a market in the north."),
        ("Kharkiv: search ends at site of March 9 strike, toll stands at 21",
         "Rescuers ended the search of the ruined block on Monday, the regional governor said. The missile strike "
         "killed 21 people and wounded 40."),
        ("Denmark pledges €400 million drone package for Ukraine after night of heavy strikes",
         "Denmark pledged a package of drones worth 400 million euros on Tuesday, hours after Russian missiles and "
         "drones killed four people and wounded 26 in Kyiv overnight."),
        ("Syria: at least 38 killed across the country on Monday, monitor says",
         "At least 38 people were killed across Syria on Monday in air strikes, shelling and clashes in four "
         "provinces, a war monitor said."),
    ],
)  # fmt: skip
def test_sanctions_aid_tallies_and_dated_strikes_are_no_new_attack(title: str, text: str) -> None:
    assert not tag_article(title, text, published="2025-05-20").alert


def test_insurgents_who_behead_villagers_attack_civilians() -> None:
    text = (
        "Insurgents beheaded nine villagers in a raid on a settlement in Muidumbe district on Monday, local sources "
        "said. Troops were deployed to the area and exchanged fire with the attackers on Tuesday."
    )
    tags = tag_article("Insurgents behead nine villagers in Muidumbe district raid", text, published="2025-05-20")
    assert tags.event_type == "Violence against civilians"


def test_drone_debris_found_across_a_border_is_a_strategic_development() -> None:
    text = (
        "Romanian authorities said on Tuesday that fragments of a drone had been found near the village of Plauru, "
        "across the Danube from Izmail, after Russian drones attacked the Ukrainian port overnight. No one was hurt."
    )
    tags = tag_article("Drone fragments found in Tulcea county after Russian attack on Izmail; no casualties", text,
                       published="2025-05-20")  # fmt: skip
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


def test_leaders_condemning_an_ambush_whose_toll_the_text_gives_report_the_ambush() -> None:
    text = (
        "Srinagar, June 10: Leaders across parties on Monday condemned the attack on a bus carrying pilgrims in Reasi "
        "district, in which nine people were killed and 33 injured on Sunday evening.\n\n"
        "The Lieutenant Governor visited the injured in hospital on Monday morning.\n\n"
        "The Chief Minister announced compensation for the families of the dead.\n\n"
        "According to police, militants hiding in the forest above the road opened fire on the bus as it returned "
        "from a shrine."
    )
    tags = tag_article("'Cowardly act': leaders condemn ambush on pilgrim bus in Reasi", text, published="2024-06-10")
    assert (tags.conflict, tags.alert) == (True, True)


@pytest.mark.parametrize(
    ("title", "alert"),
    [
        ("Ukraine: June saw highest monthly civilian toll in a year, UN monitors say", False),
        ("Army drone strike that killed 26 at Bure market was indiscriminate, rights group finds", False),
        ("'They were waiting for the bus': Sumy mourns after glide bomb hits bus station", True),
    ],
)
def test_a_month_s_toll_a_finding_and_a_same_day_mourning(title: str, alert: bool) -> None:
    text = (
        "A guided bomb hit the station on Monday morning, killing 26 people and wounding 40, officials said. "
        "Rescuers worked through the day."
    )
    assert tag_article(title, text, published="2025-07-08").alert is alert


def test_a_bomb_on_a_funeral_is_the_attack_whenever_the_mourned_died() -> None:
    text = (
        "A military jet dropped two bombs on mourners at a funeral in a village in Magway region on Tuesday, killing "
        "at least 19 people, residents said. They had gathered for the funeral of a farmer who had died of illness "
        "three days earlier."
    )
    tags = tag_article("Junta jet bombs village funeral in Magway, killing 19", text, published="2024-03-12")
    assert tags.alert
