"""The headline says what the article's news is. Arms aid, a call for a truce, a visit or an opinion piece over a
text that recounts fighting is a strategic development, not the fighting; an economic forecast that names a war is
economy news. A headline that reports the violence itself keeps its event. Every sentence here is the project's
own."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article
from services.processor.tagging.events import REMOTE, STRATEGIC, title_reports_no_violence

PUBLISHED = "2022-04-22"
# Background fighting, as live round-ups and aid stories recount it: a strike on another day with its own toll.
ROUND_UP = (
    "Ministers met in Brussels on Thursday to agree the next package. "
    "Moscow's forces kept up their offensive in the Donbas, shelling towns along the front. "
    "On Monday, Russian missiles struck a depot in Lviv, killing at least seven people."
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Allies pledge to send howitzers to Kyiv for the fight in the east", ROUND_UP),
        ("Senators press Belgrade to join the sanctions on Russia", ROUND_UP),
        (
            "UN chief asks for a four-day Easter cease-fire in Ukraine",
            "The secretary-general said a pause would let civilians leave towns under artillery fire in the Donbas "
            "and allow aid convoys in.",
        ),
        (
            "UN calls for humanitarian pause amid heavy clashes in eastern Ukraine",
            "Russian troops attacked along a wide front, and Ukrainian forces said they held their lines.",
        ),
        (
            "Opinion: the Kremlin wants a parade, not peace",
            "Russian troops have regrouped in the east after failing to take Kyiv, and their missiles still "
            "strike cities across Ukraine every night.",
        ),
    ],
)
def test_a_headline_without_violence_makes_the_news_a_strategic_development(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict is True
    assert tags.event_type == STRATEGIC
    assert tags.sub_event_type is None
    assert tags.weapons == []
    assert tags.alert is False


@pytest.mark.parametrize(
    "title",
    [
        "Russian missiles hit a fuel depot in Lviv",
        "Seven dead as missiles strike Lviv",
        "Amid the offensive, missiles hit Lviv depot",
        "Lviv depot in flames after overnight barrage",
    ],
)
def test_a_headline_that_reports_the_strike_keeps_its_event(title: str) -> None:
    text = "Russian missiles struck a fuel depot in Lviv on Monday, killing seven people and wounding 11, the governor said."
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.event_type == REMOTE
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 7
    assert tags.alert is True


@pytest.mark.parametrize(
    ("title", "reports_no_violence"),
    [
        ("UN asks for a Holy Week cease-fire", True),  # "fire" of a cease-fire is no shooting
        ("Envoys urge truce amid fierce clashes near Izium", True),  # the clause after "amid" sets the scene
        ("Amid fierce clashes, envoys urge a truce in the east", True),
        ("Amid the talks, shelling kills four in Kharkiv", False),
        ("Canada promises heavy artillery for Kyiv", True),  # arms aid, though artillery is a weapon
        ("Troops fire on protesters in the capital", False),
    ],
)
def test_title_reports_no_violence(title: str, reports_no_violence: bool) -> None:
    assert title_reports_no_violence(title) is reports_no_violence


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "IMF trims its world growth outlook, blaming Russia's war in Ukraine",
            "The fund cut its forecast for next year by almost a point, citing energy prices and lost harvests "
            "since the invasion.",
        ),
        (
            "Grain silos fill up as Ukraine's farmers wait for ships",
            "Russian warships block the Black Sea ports, so farmers have nowhere to store the new harvest, the "
            "agriculture ministry said.",
        ),
    ],
)
def test_an_economy_headline_about_a_war_is_not_conflict(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict is False
    assert tags.alert is False


@pytest.mark.parametrize(
    "title",
    [
        "Grain exports halted as Russia's navy blockades Odesa",
        "Sanctions squeeze Russia's economy, central bank admits",
        "Missiles strike grain terminal in Odesa, prices jump",
    ],
)
def test_an_economy_headline_with_the_war_s_acts_stays_conflict(title: str) -> None:
    text = "Russian warships and missiles have cut off the Black Sea ports since the invasion, officials said."
    assert tag_article(title, text, published=PUBLISHED).conflict is True


@pytest.mark.parametrize(
    "title",
    [
        "EU adopts sanctions targeting Russia's shadow fleet",  # no one is targeted, no one flees
        "New tariffs targeting Chinese steel take effect",
    ],
)
def test_words_that_only_look_violent_in_a_headline(title: str) -> None:
    assert title_reports_no_violence(title) is True


def test_drones_shot_down_with_no_casualties_stated_are_a_strategic_development() -> None:
    tags = tag_article(
        "Flights halted in Moscow as drones target the capital again",
        "Air defences shot down 14 drones heading for Moscow overnight, the mayor said on Tuesday. Debris fell "
        "on two districts; there were no casualties and no serious damage, he wrote. Ukraine launched 70 drones "
        "at nine regions in all, the defence ministry said.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.event_type == STRATEGIC
    assert tags.alert is False


@pytest.mark.parametrize(
    "title",
    [
        "President visits Chernihiv after deadly missile strike, asks for air defence",
        "Mourners bury victims of village attack as governor demands troops",
        "Neighbours hold talks in Tehran after deadly border clashes",
    ],
)
def test_an_attack_s_aftermath_is_not_the_attack(title: str) -> None:
    text = (
        "A missile strike on the city centre on Sunday killed 23 people and wounded 84, officials said. "
        "Rescuers worked through the night."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict is True
    assert tags.event_type == STRATEGIC
    assert tags.alert is False


@pytest.mark.parametrize(
    "title",
    [
        "Leader visits capital as hundreds die in hospital strike",  # the toll beside the visit is the news
        "Schools shut after missile strike kills 23",
        "Girl missing after the attack has been killed, family says",
        "Strike on market kills at least 28 people, rights group says",  # who reports it is no aftermath
        "Rebels kill 31 at funeral vigil in eastern Congo",
    ],
)
def test_a_toll_in_the_headline_keeps_the_attack_the_news(title: str) -> None:
    assert title_reports_no_violence(title) is False


@pytest.mark.parametrize(
    ("title", "reports_no_violence"),
    [
        ("Kyiv and Oslo sign agreement on joint production of long-range drones", True),
        ("At least 34 dead in week of militia raids on villages", False),
    ],
)
def test_deals_and_weekly_tallies(title: str, reports_no_violence: bool) -> None:
    assert title_reports_no_violence(title) is reports_no_violence


def test_a_week_of_raids_is_a_tally_not_an_event() -> None:
    tags = tag_article(
        "At least 34 dead in week of militia raids on villages east of Wad Madani",
        "Militia fighters raided five villages over the past week, killing at least 34 people, a rights group said.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.alert is False


def test_an_oil_market_report_is_not_conflict() -> None:
    tags = tag_article(
        "Oil rises as Red Sea shipping fears offset demand worries",
        "Brent crude rose 1.2% on Tuesday after a drone attack on a tanker in the Red Sea revived fears for "
        "shipping, while weak factory data in China capped gains.",
        published=PUBLISHED,
    )
    assert tags.conflict is False


def test_a_reaction_after_a_deadly_strike_still_reports_the_strike() -> None:
    # The seed's shape: a leader's rebuke in the headline, the strike and its toll in the lead.
    tags = tag_article(
        "'Stop it!': President rebukes Kremlin after deadly strike on the capital",
        "The president called on Moscow on Thursday to halt its attacks after missiles and drones hit the capital "
        "overnight. The strike killed 12 people and wounded 90, officials said, the deadliest on the city in "
        "months.",
        published=PUBLISHED,
    )
    assert tags.event_type == REMOTE
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 12
    assert tags.alert is True


@pytest.mark.parametrize(
    ("title", "conflict"),
    [
        ("Shakhtar beat Dynamo to win the cup after air-raid delay in Lviv", False),
        ("Okafor survives knockdown to win brutal heavyweight war in Riyadh", False),
        ("Statement by the League of Arab States on the war in Gaza", True),  # no sport in "League of"
    ],
)
def test_sport_borrows_war_s_words(title: str, conflict: bool) -> None:
    text = (
        "The match was halted for an hour when air-raid sirens sounded across the city, in a war that has killed "
        "thousands since the Russian invasion began."
    )
    assert tag_article(title, text, published=PUBLISHED).conflict is conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # (a basketball court is no court of law)
        ("Rocket hits Nahariya basketball court, killing four and wounding 18",
         "A rocket fired from Lebanon hit a basketball court in Nahariya on Sunday evening, killing four teenagers "
         "and wounding 18 other people, paramedics said."),
        # (a bomb at a boxing club is no sport)
        ("Blast rips through Kabul boxing club, killing seven",
         "A suicide bomber blew himself up at the door of a boxing club in western Kabul on Thursday evening, killing "
         "seven young men and wounding 15 others, a police spokesman said."),
    ],
)  # fmt: skip
def test_a_strike_on_a_court_or_a_club_is_no_trial_and_no_sport(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert (tags.conflict, tags.alert) == (True, True)


@pytest.mark.parametrize(
    "title",
    ["UN Security Council meets on school strike", "UK sanctions missile makers after deadly strike on the capital"],
)
def test_councils_that_meet_and_governments_that_sanction_are_the_news(title: str) -> None:
    assert title_reports_no_violence(title) is True


def test_a_day_s_round_up_across_the_country_is_not_one_event() -> None:
    tags = tag_article(
        "Russian attacks kill 8, injure 31 across Ukraine over past day",
        "Russian attacks killed eight people and injured 31 in five regions over the past day, governors said.",
        published=PUBLISHED,
    )
    assert tags.conflict is True
    assert tags.alert is False


@pytest.mark.parametrize(
    "title",
    [
        "Ukraine's seaports ship 16 million tonnes of agricultural exports in October",
        "Kyiv's book arsenal returns, with readings moved underground when sirens sound",
    ],
)
def test_trade_figures_and_culture_pages_are_not_conflict(title: str) -> None:
    text = "Ports kept working although Russian drones hit the region's port last week, killing two people."
    assert tag_article(title, text, published=PUBLISHED).conflict is False


@pytest.mark.parametrize(
    "title",
    [
        "Court admits statements of five suspects in church attack trial",
        "Bomber jailed for life over bus station blast",
        "Militia commander sentenced for massacre of villagers",
    ],
)
def test_a_court_at_work_is_no_new_attack(title: str) -> None:
    text = (
        "A federal court in Abuja on Wednesday heard the case against the defendants, charged as ISWAP members. "
        "Gunmen opened fire and set off explosives at the church, killing more than 40 worshippers. "
        "The judge adjourned the case to next month."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.event_type == STRATEGIC
    assert not tags.alert


def test_a_car_bomb_outweighs_the_shop_it_brought_down() -> None:
    title = "Death toll from car bomb in Azaz climbs to 14"
    text = (
        "A car bomb exploded on a busy street near the market in Azaz on Saturday evening. "
        "Rescuers pulled two more bodies from a collapsed shop overnight, and the toll rose to 14, civil defence "
        "workers said. Another building collapsed later, but no one was inside."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict and tags.event_type == REMOTE and tags.alert


def test_who_holds_a_place_is_no_act_of_war() -> None:
    title = "At least 20 dead in landslide at coltan mine in rebel-held eastern Congo"
    text = (
        "At least 20 miners were killed when a landslide buried pits at a coltan site near Rubaya after heavy rain. "
        "Rescuers dug through mud for two days. The area has been under the control of M23 rebels since 2024."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert not tags.conflict and not tags.alert


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("ADF fighters raided a village near Oicha overnight, killing seven farmers.", "Allied Democratic Forces"),
        ("FARC dissidents attacked a police post in Cauca, killing two officers.", "FARC dissidents"),
        ("Baloch Liberation Army gunmen stopped a bus near Gwadar and shot five passengers.",
         "Baloch Liberation Army"),
    ],
)  # fmt: skip
def test_armed_groups_are_named_as_actors(text: str, actor: str) -> None:
    tags = tag_article("Attack on village", text, published=PUBLISHED)
    assert tags.conflict
    assert actor in tags.actors


@pytest.mark.parametrize(
    ("title", "event_type"),
    [
        ("City observes day of mourning after missile strike on apartment block", STRATEGIC),
        # (an anniversary keeps the type of the attack it recalls: `test_an_anniversary_is_typed_by_...`; a
        # condemnation over the attack's toll reports the attack: `test_a_condemnation_of_an_attack_whose_toll_...`)
        ("Kharkiv remembers victims of strike on pizzeria a year on", "Explosions/Remote violence"),
    ],
)
def test_a_reaction_or_a_remembrance_is_no_new_attack(title: str, event_type: str) -> None:
    text = (
        "A drone strike on the market killed 22 people and wounded 40, officials said. "
        "Rapid Support Forces fighters have besieged the area for months."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.event_type == event_type
    assert not tags.alert


def test_condemning_a_state_is_not_the_aftermath_of_an_attack() -> None:
    assert not title_reports_no_violence("Senator says Israel must be condemned for strikes on Gaza homes")


def test_debris_that_hurts_people_is_a_strike_not_a_disrupted_one() -> None:
    title = "Debris of downed drone injures four in Kursk - governor"
    text = (
        "Debris from a Ukrainian drone shot down over Kursk fell on a residential street, injuring four people, "
        "the governor said. Air defence destroyed nine drones over the region, the defence ministry said."
    )
    assert tag_article(title, text, published=PUBLISHED).event_type == REMOTE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Ukraine's sunflower oil exports climb as Odesa ports keep working despite attacks",
         "Exports reached 5 million tons, ministry data showed. Russian drones hit port facilities in the Odesa "
         "region in March, killing four people."),
        ("The drone war: how cheap quadcopters changed the front",
         "Analysts say small drones now cause most casualties at the front. In Kherson, drones hunt cars on the "
         "streets."),
    ],
)  # fmt: skip
def test_economy_and_explainers_are_no_attack(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert not (tags.conflict and tags.event_type == REMOTE)
    assert not tags.alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("'Ashes of Kursk' review: a war film about a tank battle",
         "The director stages the tank battle with real armour. Shells burst and soldiers die in long takes."),
        ("Strategy game 'Red Frontier' launches with missile strikes and naval battles",
         "Players order missile strikes on rival capitals and command fleets in real time."),
        ("Eighty years on, veterans remember the battle for the Dnieper",
         "The battle cost hundreds of thousands of lives in 1943, historians say."),
        ("Manila says 'war on drugs' now about treatment, not raids",
         "Thousands were killed in police raids under the previous government, rights groups say."),
        ("Sell-off on European bourses as dockers' strike hits Hamburg and Rotterdam",
         "Shares in shipping groups fell as a strike by port workers halted container traffic."),
        ("Wales win bruising Cardiff battle to keep title hopes alive",
         "The forwards fought a war of attrition and the backs struck twice late on."),
        ("Two pilots killed as navy trainer jet crashes during training flight",
         "The aircraft crashed into a field during a routine training sortie, the navy said. An inquiry was opened."),
        ("Tanker explosion kills 12 on highway near Lokoja",
         "A fuel tanker overturned and exploded on the highway, setting cars ablaze, the road safety corps said."),
    ],
)  # fmt: skip
def test_stories_borrowing_wars_words_are_not_conflict(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert not tags.conflict and not tags.alert


def test_a_strike_that_landed_with_no_casualties_is_still_a_strike() -> None:
    title = "Drones strike fuel depot in Port Sudan, no casualties reported"
    text = (
        "RSF drones struck a fuel depot near the port on Thursday, setting off a large fire. No casualties were "
        "reported, and air defences shot down several other drones, a military source said."
    )
    assert tag_article(title, text, published=PUBLISHED).event_type == REMOTE


def test_victims_are_not_the_fighters_who_killed_them() -> None:
    title = "Dozens of farmers killed by ISWAP fighters in Borno"
    text = (
        "Dozens of farmers were killed on Sunday when fighters of ISWAP rounded them up in their fields near Ngamdu "
        "and shot them, officials said."
    )
    assert tag_article(title, text, published=PUBLISHED).event_type == "Violence against civilians"


@pytest.mark.parametrize(
    ("title", "text", "event_type"),
    [
        ("Gunmen kill eleven in Plateau village",
         "Gunmen stormed the village of Hurti in Bokkos overnight, shooting residents in their homes, police said.",
         "Violence against civilians"),
        ("30 Maoists surrender in Bijapur",
         "Thirty Maoists laid down their arms before police officers in Bijapur on Monday.", STRATEGIC),
    ],
)  # fmt: skip
def test_armed_violence_and_its_politics_far_from_the_big_wars(title: str, text: str, event_type: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict and tags.event_type == event_type


def test_separate_attacks_in_the_lead_are_a_round_up() -> None:
    title = "Drone and artillery attacks kill six in Idlib countryside"
    text = (
        "Six civilians were killed and five wounded on Tuesday in three separate attacks by government forces on "
        "the Idlib countryside, rescuers said. A drone hit a car near Sarmin, killing two men. Shells struck Ariha."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict and not tags.alert


@pytest.mark.parametrize(
    ("title", "text", "event_type"),
    [
        ("Suicide car bomb outside police academy kills eight",
         "A suicide bomber rammed a car packed with explosives into the gate of the police academy in Mogadishu.",
         REMOTE),
        ("Junta jet bombs village school in Sagaing",
         "A military jet dropped two bombs on the school, killing nine pupils and a teacher, residents said.",
         REMOTE),
        ("North Korea fires short-range ballistic missile toward the East Sea",
         "The missile flew about 300 km before splashing down off the east coast, the Joint Chiefs of Staff said.",
         STRATEGIC),
        ("India and Pakistan agree ceasefire after days of border clashes",
         "Artillery duels along the frontier killed 14 people last week, officials on both sides said.",
         STRATEGIC),
        ("Germany pledges another Patriot system to Kyiv after deadly strikes",
         "Russian missiles killed 19 people in Kryvyi Rih on Saturday, Ukrainian officials said.", STRATEGIC),
    ],
)  # fmt: skip
def test_weapons_tests_truces_and_pledges(title: str, text: str, event_type: str) -> None:
    assert tag_article(title, text, published=PUBLISHED).event_type == event_type


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Gas explosion rips through apartment block in Kyiv, killing two",
         "A suspected gas leak caused a blast on the fifth floor of a building in Obolon, killing two residents. "
         "Officials ruled out a drone or missile strike."),
        ("Price war: budget airlines slash fares as battle for passengers heats up",
         "Carriers are cutting ticket prices on routes to the Gulf, analysts said, as new planes flood the market."),
    ],
)  # fmt: skip
def test_an_accident_with_a_strike_ruled_out_and_a_price_war_are_not_conflict(title: str, text: str) -> None:
    assert not tag_article(title, text, published=PUBLISHED).conflict


def test_a_mass_abduction_of_pupils_is_armed_violence() -> None:
    title = "Gunmen abduct dozens of pupils from school in Niger State"
    text = "Armed men on motorcycles raided a secondary school in Rafi before dawn, taking away at least 30 students."
    assert tag_article(title, text, published=PUBLISHED).conflict


def test_a_strike_with_a_toll_in_the_headline_outweighs_talks_in_the_lead() -> None:
    title = "Israeli strike on school shelter in Nuseirat kills 16 as truce talks stall"
    text = (
        "Mediators in Doha said on Sunday that talks on a truce and a hostage deal had stalled again. "
        "Negotiators from Egypt and Qatar shuttled between the delegations. "
        "Hours later, an Israeli air strike hit a school sheltering displaced families in Nuseirat, killing 16 "
        "people, medics said."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.event_type == REMOTE and tags.alert


@pytest.mark.parametrize(
    "title",
    [
        "Earthquake in western Afghanistan kills 280, Taliban officials say",
        "General who led offensives against rebels dies at 84",
    ],
)
def test_a_disaster_or_an_obituary_naming_armed_men_is_not_conflict(title: str) -> None:
    text = (
        "Officials of the Taliban administration said rescuers were still searching, and the army sent troops. "
        "Hundreds of homes collapsed in villages near Herat, and the quake's toll rose overnight."
        if "Earthquake" in title
        else "He commanded troops in offensives against the guerrillas in the 1990s and retired as a general."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert not tags.conflict and not tags.alert


def test_mourning_in_a_quoted_headline_is_not_an_aftermath() -> None:
    assert not title_reports_no_violence("'They came while we were mourning': survivors recount ADF attack")


def test_a_war_told_through_a_disaster_stays_the_wars_news() -> None:
    title = "The junta's cruelty deepens the misery of Myanmar's earthquake"
    text = (
        "The military government has blocked aid to areas held by resistance forces since the quake struck Sagaing. "
        "Its jets kept bombing villages in the days that followed, resistance groups say."
    )
    assert tag_article(title, text, published=PUBLISHED).conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ATC sentences three to death over Mastung rally bombing",
         "An anti-terrorism court handed down the sentences on Monday. The 2023 suicide bombing killed 60 people."),
        ("Militant attacks up 28pc in March, says think tank",
         "Militants carried out 80 attacks in March that killed 95 people, including 40 soldiers, the institute said."),
        ("National Bank of Ukraine holds key rate at 15.5%, cites war risks",
         "The central bank said the war and damage to energy facilities kept inflation risks high."),
    ],
)  # fmt: skip
def test_courts_statistics_and_central_banks_do_not_alert(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert not tags.alert and tags.event_type not in (REMOTE, "Battles", "Violence against civilians")


def test_gunmen_ambushing_a_convoy_is_armed_violence() -> None:
    title = "14 killed as gunmen ambush passenger convoy in Kurram"
    text = "Gunmen opened fire on a convoy of passenger vans near Parachinar, killing 14 travellers, officials said."
    assert tag_article(title, text, published=PUBLISHED).conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Gaza: 44 Palestinians killed in 24 hours as Israeli air strikes intensify",
         "The health ministry said strikes across the Strip killed 44 people over the past day."),
        ("Health ministry: US strikes killed 52 civilians in one week",
         "Strikes hit Sanaa, Saada and Hodeidah over seven days, the Houthi-run ministry said."),
        ("Brent jumps 3% as Red Sea tensions flare after strikes on Yemen",
         "Oil prices rose after US and British jets struck Houthi targets overnight, traders said."),
        ("War-risk premiums on Red Sea tanker voyages double after strikes on Hodeidah port",
         "Insurers raised war-risk premiums after drones hit a fuel depot at the port, wounding three workers."),
        ("Brent climbs above $85 as air strikes on Hodeidah unsettle tanker traffic",
         "Oil prices rose after jets struck port facilities in Hodeidah overnight, killing six Houthi fighters, the "
         "group said. Shipping insurers raised premiums for the Red Sea."),
    ],
)  # fmt: skip
def test_tallies_of_a_day_or_a_week_and_oil_prices_do_not_alert(title: str, text: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert not tags.alert
    if title.startswith(("Brent", "War-risk")):
        assert not tags.conflict


def test_condemning_the_targeting_of_a_school_is_a_reaction() -> None:
    title = "Jordan condemns Israeli targeting of school sheltering displaced in Gaza"
    text = "An Israeli strike on the school in Bureij on Monday killed 30 people, the health ministry said."
    assert tag_article(title, text, published=PUBLISHED).event_type == STRATEGIC


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Wana bombing: funerals held as toll reaches 17",
         "A suicide bomber struck a rally in Wana on Friday; the toll rose to 17 overnight, officials said."),
        ("Mourners bury victims of Zhytomyr strike as toll rises to 15",
         "A Russian missile struck a block of flats in Zhytomyr on Tuesday, killing 15 people, officials said."),
    ],
)  # fmt: skip
def test_a_rising_toll_keeps_the_attack_the_news(title: str, text: str) -> None:
    assert tag_article(title, text, published=PUBLISHED).alert


def test_a_grenade_that_hurts_a_crowd_is_armed_violence() -> None:
    title = "22 injured as grenade hurled into crowded bazaar"
    text = (
        "Unidentified attackers threw a hand grenade into a crowded bazaar in Quetta, injuring 22 people, police said."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict and tags.alert


def test_gunmen_firing_on_worshippers_is_armed_violence() -> None:
    title = "Mosque attack: death toll climbs to 22"
    text = (
        "The number of people killed when gunmen opened fire on worshippers at a mosque in Faskari has risen to 22, "
        "the council chairman said. Two of the wounded died in hospital."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict and tags.alert
    assert tags.casualties.injured is None  # the wounded who died are deaths, not a count of the injured


def test_a_sides_gunmen_at_a_bus_stop_is_armed_violence() -> None:
    title = "Gunmen kill six at Jerusalem bus stop before being shot dead"
    text = (
        "Two Palestinian gunmen opened fire at a bus stop in Jerusalem during the morning rush hour, killing six "
        "people and wounding eight, police said. An off-duty soldier shot the attackers dead."
    )
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.conflict and tags.alert


def test_a_central_bank_holding_its_rate_is_economy() -> None:
    title = "Bank of Israel holds rate at 4.5% as war spending weighs on deficit"
    text = "The central bank kept its benchmark rate unchanged, citing inflation and the cost of the war."
    assert not tag_article(title, text, published=PUBLISHED).conflict


@pytest.mark.parametrize(
    ("title", "text", "event_type"),
    [
        ("India and Pakistan agree to halt border fighting after talks in Riyadh",
         "Shelling along the frontier killed 16 people last week, officials on both sides said.", STRATEGIC),
        ("US unveils $300 million aid package with HIMARS rockets and shells",
         "The package includes rockets for HIMARS launchers and artillery shells, the Pentagon said.", STRATEGIC),
        ("Air defence forces destroy 14 Russian attack drones overnight",
         "Drones were shot down over Poltava, Sumy and Kyiv regions; no casualties were reported.", STRATEGIC),
    ],
)  # fmt: skip
def test_truces_aid_packages_and_shoot_downs_are_strategic(title: str, text: str, event_type: str) -> None:
    tags = tag_article(title, text, published=PUBLISHED)
    assert tags.event_type == event_type and not tags.alert


# Headlines whose news is a tally, a round-up, an aftermath, an investigation or an accident, over a text that
# recounts deadly violence: none is a discrete recent attack, so none alerts.
NOT_A_NEW_ATTACK = [
    pytest.param(
        "Gaza death toll rises to 41,870 as strikes kill 40 more",
        "The health ministry said 40 people were killed in Israeli strikes in the past day.",
        id="war-wide tally",
    ),
    pytest.param(
        "Seven killed in Israeli raids on southern towns",
        "Strikes hit Kfar Kila, Khiam and Bint Jbeil, killing seven people in all, the health ministry said.",
        id="raids on towns",
    ),
    pytest.param(
        "Russian attacks killed 52 civilians in Kharkiv region this week, governor says",
        "Shelling and drone strikes hit towns across the region every day, the governor said on Sunday.",
        id="week's tally",
    ),
    pytest.param(
        "Russian attacks over past day kill 7 and injure 25 across Ukraine's regions",
        "Shelling and drones hit nine regions overnight and on Monday, regional governors said.",
        id="day's round-up, either order",
    ),
    pytest.param(
        "Junta air strikes killed over 1,400 civilians since coup, monitors say",
        "A strike on a village in Sagaing last week killed 11 people, the group said.",
        id="tally since a coup",
    ),
    pytest.param(
        "UN Security Council demands end to RSF siege of El Fasher",
        "RSF fighters shelled the city again on Sunday, killing 14 people, residents said.",
        id="demand to end a siege",
    ),
    pytest.param(
        "Civilian deaths in Ukraine reach three-year high in July, UN monitors say",
        "A missile strike on Kyiv on July 8 killed 33 people, the deadliest of the month.",
        id="month's statistics",
    ),
    pytest.param(
        "Three weeks after Tyre strike, DNA tests identify the last of 19 victims",
        "The strike on a block of flats killed 19 people, most of them from two families.",
        id="DNA tests weeks on",
    ),
    pytest.param(
        "A year after the truck bomb that killed 41, market traders rebuild in Baidoa",
        "The blast on the market's main street killed 41 people and wounded 70.",
        id="a year after",
    ),
    pytest.param(
        "Forensic teams exhume 38 bodies from mass grave near Wad Madani",
        "Residents said the victims were killed by RSF fighters in 2024.",
        id="mass grave",
    ),
    pytest.param(
        "Investigators say missile that killed 12 at Kharkiv cafe was North Korean-made",
        "Prosecutors examined debris from the strike on the cafe, which killed 12 people on May 3.",
        id="investigation of an old strike",
    ),
    pytest.param(
        "Committee blames poor coordination for drone strike that killed 14 herders in Katsina",
        "The drone hit herders resting near a watering point in Safana, killing 14 people and wounding seven.",
        id="a committee's findings on a strike",
    ),
    pytest.param(
        "Rights group: shell casings tie Russian-made munitions to deadly Hodeidah market strike",
        "The strike on the fish market in Hodeidah killed 19 people and wounded 35, the group said.",
        id="a weapon traced after a strike",
    ),
    pytest.param(
        "Foreign ministry summons Afghan envoy over Bannu attack, demands action against militants",
        "A suicide bomber rammed an explosives-laden car into a police post in Bannu on Monday, killing 12 people.",
        id="a diplomatic protest over an attack",
    ),
    pytest.param(
        "Three soldiers killed, 18 injured as shell explodes during field firing drill",
        "A shell exploded in a gun barrel during a field firing drill at a range near Pokhran, the army said.",
        id="firing-drill accident",
    ),
    pytest.param(
        "Over past day, Russian army shelled 41 settlements in Kherson region, three people killed",
        "Artillery, drones and glide bombs hit towns along the Dnipro, the regional administration said.",
        id="over past day",
    ),
    pytest.param(
        "Survivors describe raid on Darfur village as news emerges 12 days on",
        "RSF fighters stormed the village of Um Kadada, killing dozens of residents, survivors said.",
        id="told days on",
    ),
    pytest.param(
        "Israeli strikes across Gaza kill at least 31 since dawn, health officials say",
        "Strikes hit homes in Khan Younis, Jabalia and Gaza City, killing 31 people in all, the ministry said.",
        id="strikes across a territory since dawn",
    ),
    pytest.param(
        "Bombings kill eight security personnel across Pakistan's northwest",
        "Roadside bombs hit police vans in Bannu, Lakki Marwat and Tank districts on Monday, officials said.",
        id="bombings across a region",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_A_NEW_ATTACK)
def test_tallies_round_ups_aftermaths_and_accidents_do_not_alert(title: str, text: str) -> None:
    assert not tag_article(title, text, published=PUBLISHED).alert


def test_a_headline_s_main_attack_before_a_semicolon_is_no_round_up() -> None:
    text = (
        "A truck packed with explosives blew up outside an army base on the edge of Jamundi on Friday night, killing "
        "nine people, most of them soldiers, the defence ministry said. Police stations in two other provinces were "
        "also attacked overnight, without casualties."
    )
    title = "Truck bomb outside Jamundi army base kills nine; rebel attacks across Colombia"
    assert tag_article(title, text, published=PUBLISHED).alert
    assert not tag_article("Bombings kill nine across Colombia; police stations attacked", text).alert


def test_talks_held_as_fighting_persists_are_the_news_not_the_fighting() -> None:
    text = (
        "Government and rebel delegations met again in Doha on Thursday, as Qatari mediators pushed for a "
        "permanent ceasefire. The talks come after weeks of delay. On Tuesday, clashes between the rebels and "
        "pro-government militiamen near Walikale killed 14 people, local sources said."
    )
    tags = tag_article("Congo and M23 delegations meet in Doha as fighting persists in the east", text)
    assert (tags.event_type, tags.alert) == (STRATEGIC, False)


@pytest.mark.parametrize(
    "title",
    [
        "LIVE: Kyiv hit in one of the war's biggest air attacks - latest updates",
        "'Bodies in pieces': Israel Bombs Jabalia School Sheltering Displaced Families - LIVE BLOG",
    ],
)
def test_a_live_page_whose_headline_names_a_strike_on_a_place_reports_it(title: str) -> None:
    text = (
        "At least 22 people were killed and dozens wounded when a strike hit a building sheltering displaced families "
        "at dawn on Thursday, rescuers said."
    )
    assert tag_article(title, text, published=PUBLISHED).alert
    assert not tag_article("Ukraine war live: latest updates", text, published=PUBLISHED).alert


def test_a_question_about_the_day_s_attack_is_news_of_it() -> None:
    text = (
        "A suicide bomber blew himself up at the railway station in Quetta on Sunday. The health department said on "
        "Monday that 19 people had been killed and 44 injured."
    )
    assert tag_article("Who was behind Sunday's suicide bombing at Quetta railway station?", text).alert
    assert not tag_article("Who is behind the suicide bombings in Quetta?", text).alert


def test_a_man_jailed_for_old_killings_is_no_new_attack() -> None:
    text = (
        "A court in Sarajevo on Tuesday jailed a former police officer for 20 years for killing 27 civilians near Foca "
        "during the war."
    )
    assert not tag_article("Ex-policeman jailed for killing 27 civilians near Foca", text, published=PUBLISHED).alert


def test_a_commander_given_life_in_absentia_is_a_court_s_news() -> None:
    text = (
        "A district court on Monday sentenced a Russian battalion commander in absentia to life imprisonment for "
        "ordering the execution of seven men in a village west of Kyiv."
    )
    title = "Russian commander gets life in absentia over killing of seven men in Kyiv-region village"
    assert not tag_article(title, text, published=PUBLISHED).alert


def test_a_headline_opening_a_text_without_a_title_field_is_read_as_the_headline() -> None:
    text = (
        "Eight years after the Mosul market bombing, families still wait for a trial\n\n"
        "MOSUL, Iraq\n\nOn the morning of 12 May 2017, a car packed with explosives blew up at the entrance of the "
        "vegetable market.\n\nThirty-one people were killed and dozens wounded, according to the health directorate."
    )
    assert not tag_article("", text, published="2025-05-12").alert  # an anniversary, as its headline says
    prose = "A car bomb blew up at the entrance of a market in Mosul on Monday, killing 31 people, officials said."
    assert tag_article("", prose, published="2025-05-12").alert  # prose first: no headline to take


def test_a_byline_opening_an_untitled_text_is_no_headline() -> None:
    text = (
        "\n\nBy Jane Roe and John Doe in Kharkiv\n\nRussian missiles struck a residential block in Kharkiv on "
        "Thursday, killing 14 people and wounding 52, the regional governor said."
    )
    tags = tag_article("", text, published="2025-04-24")
    assert tags.alert and tags.casualties.killed is not None and tags.casualties.killed.min == 14
