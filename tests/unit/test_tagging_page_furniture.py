"""Stored web pages: menus, bylines and time stamps above the story, links to other stories below it. The lead is
the story's first sentences of prose; a headline-like line past it is another story's; a toll far below a lead
that states none is another event's. Every line here is the project's own."""

from __future__ import annotations

from services.processor.tagging import tag_article
from services.processor.tagging.text import is_link_line, is_prose, lead_end

PUBLISHED = "2025-08-19"

MENU = (
    "The Daily Frontline\n"
    "World | Politics | Business | Opinion | Video | Podcasts | Newsletters\n"
    "Subscribe\n"
    "Search\n"
    "Ukraine war latest\n"
    "by A. Reporter\n"
    "August 19, 2025 1:06 PM | Updated August 19, 2025 4:48 PM\n"
    "Share this article\n"
)


def test_furniture_takes_no_lead_slot() -> None:
    sentences = [
        "Shelling of Kherson market kills five",
        "The Daily Frontline",
        "World | Politics | Business | Opinion | Video | Podcasts | Newsletters",
        "Share this article",
        "Editor's note: the toll was updated in the afternoon.",
        "Shelling of the central market killed seven people, the governor said.",
        "Two of the wounded died later.",
        "The market had reopened in June.",
    ]
    assert lead_end(sentences, True, 3) == 7
    assert lead_end(["A title", "One.", "Two.", "Three.", "Four."], True, 3) == 4
    assert not is_prose("Share on Facebook | Share on X | Share on Telegram")
    assert is_prose("Five killed as drones hit a bus station in the morning rush hour, officials and medics say")
    assert is_link_line("Eight killed as glide bombs hit Kharkiv suburbs, officials say")
    assert not is_link_line("1 fatality, 1 injured")


def test_the_story_s_toll_below_the_furniture_is_its_lead() -> None:
    text = MENU + (
        "Editor's note: the death toll was updated as more information became available.\n"
        "Russian shelling of the central market in Kherson on Tuesday morning killed seven people and injured 19, "
        "the regional governor said.\n"
        "The governor first reported five dead. Two of the wounded later died in hospital.\n"
    )
    tags = tag_article("Russian shelling of Kherson market kills 5", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 7
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 19


def test_a_link_to_another_story_gives_no_toll() -> None:
    text = MENU + (
        "A drone struck a car on a rural road near Shebekino early on Tuesday, the regional governor said.\n"
        "The car burnt out. Nobody was in it, the governor said, as the driver had stopped at a shop.\n"
        "Air defences destroyed 57 drones overnight, the defence ministry said.\n"
        "Read more\n"
        "Eight killed as glide bombs hit Kharkiv suburbs, officials say\n"
        "Drone attack on Kursk power plant injures 22 workers, governor says\n"
    )
    tags = tag_article("Drone hits car near Shebekino", text, published=PUBLISHED)
    assert tags.casualties.killed is None or tags.casualties.killed.min == 0
    assert tags.alert is False


def test_a_toll_far_below_a_lead_without_one_is_another_event_s() -> None:
    text = (
        "The army said on Thursday that its air defences shot down a ballistic missile fired from Yemen before it "
        "reached Israeli territory. Sirens sounded across the centre of the country before dawn. "
        "Paramedics said nobody was hurt. The Houthis said they had fired at an airport. "
        "The group has fired dozens of missiles since the war began. Most fell short or were intercepted. "
        "The navy has also been on alert in the Red Sea. Shipping firms have rerouted vessels. "
        "Israeli air strikes on the port of Hodeidah killed at least six people, the Houthis said."
    )
    tags = tag_article("Israel intercepts missile fired from Yemen", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 0  # "nobody was hurt"
    assert tags.alert is False


def test_a_toll_just_below_a_lead_without_one_is_the_story_s() -> None:
    text = (
        "Gunmen attacked a village in Zamfara state on Sunday night, residents said. "
        "They came on motorcycles and set homes alight. Residents fled into the bush. "
        "The bodies of 14 villagers were recovered on Monday morning, a local official said."
    )
    tags = tag_article("Gunmen attack village in Zamfara", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 14


def test_a_dateline_names_where_the_report_was_filed() -> None:
    tags = tag_article(
        "US strikes on Yemen's capital kill 12, health ministry says",
        "DUBAI, United Arab Emirates (AP) - U.S. airstrikes on Yemen's rebel-held capital overnight killed at least "
        "12 people, the Houthi-run health ministry said on Monday. The strikes hit homes in the Shuub district of "
        "northern Sanaa, a ministry spokesman said.",
        published=PUBLISHED,
    )
    assert tags.places[0].country_code == "YE"
    assert tags.alert is True


def test_an_explainers_question_subheads_take_no_slot_before_its_toll() -> None:
    text = (
        "Posted 3 hours ago | Updated 40 minutes ago\n"
        "An air strike hit a market in Maaret al-Numan early on Sunday. Details are still emerging. Here is what we "
        "know.\nWhat happened?\nJets struck the covered market at about 7 a.m., residents said. The roof fell onto "
        "the stalls. Witnesses heard two blasts.\nHow many people were killed?\nThe civil defence said at least 17 "
        "people were killed and 29 wounded."
    )
    tags = tag_article("Air strike on Maaret al-Numan market: what we know", text, published=PUBLISHED)
    assert not is_prose("What happened?")
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 17
    assert tags.alert


def test_a_most_read_list_above_the_story_is_not_the_story() -> None:
    text = (
        "Most read\n1.\nPeru's congress votes to impeach the president\n2.\nChile: mine collapse leaves dozens "
        "dead in Atacama\nNewsletter: sign up for our weekly briefing.\nA roadside bomb hit a police patrol near "
        "Jamundi in Colombia's Valle del Cauca on Monday, the governor said. Six police officers were killed."
    )
    tags = tag_article("Roadside bomb kills six police officers in Colombia", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 6
    assert tags.places[0].country_code == "CO"


def test_a_related_list_in_the_lead_is_not_the_story() -> None:
    text = (
        "Gunmen attacked an army post near Arbinda on Sunday and killed dozens of soldiers, security sources "
        "said.\nRelated\n- A year on, families of the hundreds killed at Barsalogho still wait for answers\n"
        "- Juntas of the Sahel sign a defence pact"
    )
    tags = tag_article("Gunmen kill dozens of soldiers near Arbinda", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 12


def test_headlines_under_a_bare_related_line_are_other_stories() -> None:
    text = (
        "Army jets bombed a school compound sheltering displaced families in the village on Tuesday, killing six "
        "people and wounding 11, a local resistance spokesman said.\n\nRelated\n"
        "Regime Air Raid on Chin State Market Kills 21\nJunta Shells Monywa Suburbs as Fighting Nears City\n\n"
        "The post Army Jets Bomb School Compound appeared first on The Border Desk."
    )
    tags = tag_article("Army jets bomb school compound in Sagaing village, six dead", text, published=PUBLISHED)
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 6
    assert all(p.name != "Chin State" for p in tags.places)


def test_pictures_of_a_strike_are_the_strike() -> None:
    text = (
        "Video | 1:20\nFootage shows rescuers in the rubble of a house in Rishon LeZion after a ballistic missile "
        "hit the street early on Friday. Six people were killed and 40 wounded, the ambulance service said."
    )
    tags = tag_article("WATCH: Aftermath of missile strike on Rishon LeZion street", text, published=PUBLISHED)
    assert tags.alert


def test_a_tag_page_s_titled_story_is_read_not_the_item_above_it() -> None:
    text = (
        "TAG: AIRSTRIKE\n"
        "Drone attack on Hpa-an outskirts wounds three\n"
        "Three civilians were hurt when a drone dropped small bombs on a tea shop near Hpa-an on Sunday, residents "
        "said. Read more\n"
        "Junta jet bombs monastery in Kani Township, killing 11\n"
        "A military jet dropped two bombs on a monastery in a village of Kani Township, Sagaing Region, on Monday, "
        "killing 11 people, residents said. About 150 villagers had been sheltering there after fleeing fighting "
        "nearby. At least 15 people were injured, among them children. The junta has not commented.\n"
        "AA says it took an outpost near Kyaukphyu\n"
        "The Arakan Army said it overran a junta outpost, claiming more than 20 soldiers were killed. Read more"
    )
    tags = tag_article("Junta jet bombs monastery in Kani Township, killing 11", text, published=PUBLISHED)
    assert (
        tags.casualties.killed and tags.casualties.killed.min,
        tags.casualties.injured and tags.casualties.injured.min,
    ) == (11, 15)
    assert tags.places[0].country_code == "MM"
