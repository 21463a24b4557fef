"""Places and countries: regions under their English names, region readings of names shared with larger places,
addresses closed by a unit of another country, and currency names (the project's own sentences)."""

from __future__ import annotations

import pytest

from services.processor.tagging import tag_article


def top(text: str) -> tuple[str, str] | None:
    places = tag_article("", text, published="2024-05-10").places
    return (places[0].name, places[0].country_code) if places else None


def countries(text: str) -> list[str]:
    return [p.country_code for p in tag_article("", text, published="2024-05-10").places]


def test_currency_is_not_a_country() -> None:
    assert "US" not in countries("Traders protested in Beirut against the collapse of the US dollar exchange rate.")


def test_region_name_with_schwa_matches_its_english_spelling() -> None:
    # ISO 3166-2 writes "Tərtər"; English text writes "Tartar". The region, not the attacker's country, is the place.
    assert top("Artillery units of Armenia shelled army posts in Tartar district overnight.") == ("Tartar", "AZ")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen killed three farmers in a village in Delta State on Monday.", "NG"),  # not Delta, Canada
        ("Gunmen raided a market in Mokwa (Mokwa LGA, Niger) and abducted eleven traders.", "NG"),  # Niger State
        ("Protesters blocked roads in Carvajal, Trujillo state, demanding water.", "VE"),  # not Trujillo, Peru
    ],
)
def test_region_reading_of_a_name_shared_with_a_larger_place(text: str, country: str) -> None:
    assert countries(text)[0] == country


def test_country_name_stays_a_country_outside_an_address() -> None:
    assert top("Soldiers repelled an attack near the border with Niger, the army said.") == ("Niger", "NE")


def test_region_name_several_countries_use_needs_context() -> None:
    assert top("Pakistani police said two people were shot dead in Punjab province.") == ("Punjab", "PK")
    assert top("Two people were shot dead in Punjab province.") is None


def test_people_is_not_a_region_unless_called_one() -> None:
    assert "ET" not in countries("Fighting between Somali government forces and militants killed four people.")
    assert top("Clashes between herders left five dead in Afder zone (Somali region).") == ("Somali", "ET")


@pytest.mark.parametrize(
    "text",
    [
        "A mine exploded under a tractor near Bara town in Idlib countryside, wounding a farmer.",
        "A mine exploded under a tractor near Tuba village in Idlib countryside, wounding a farmer.",
    ],
)
def test_address_in_a_countryside_drops_a_foreign_namesake(text: str) -> None:
    assert countries(text) == ["SY"]


def test_address_moves_a_trusted_variant_to_its_namesake_in_the_named_region() -> None:
    assert top("A sniper shot a soldier at a checkpoint in Rafah (Rafah, North Sinai).") == ("Rafah", "EG")
    assert top("A drone struck a house in Rafah, killing two people.") == ("Rafah", "PS")


def test_list_of_large_cities_is_not_an_address() -> None:
    found = countries("Ministers met in Paris, London, Berlin and Rome to discuss sanctions.")
    assert found[0] == "FR" and "GB" in found  # London is not dropped for having no namesake in France


def test_administrative_term_points_to_its_country() -> None:
    # "local government area" is Nigeria's word; with it, a shared name is read in Nigeria.
    assert countries("Herders attacked farmers in Logo local government area, in Benue, killing nine.")[0] == "NG"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Residents blocked the highway near Chtaura on Sunday.", "LB"),  # a Bekaa town geonames lacks
        ("Truck drivers blocked the Bar Elias road with their lorries.", "LB"),  # a road word makes it a place
        ("Raiders killed a farmer in Kulbus, West Darfur.", "SD"),
        ("Soldiers killed two militants in Rashad in Kirkuk province.", "IQ"),  # Rashad is in Sudan too
        ("Militants fired mortars at a base in Hulugho, killing a soldier, al-Shabaab said.", "KE"),
    ],
)
def test_listed_village_is_a_place(text: str, country: str) -> None:
    assert countries(text)[0] == country


def test_listed_village_points_a_shared_city_name_to_its_country() -> None:
    found = tag_article("", "Demonstrators marched from Bab al-Tabbaneh to the old souks of Tripoli.").places
    assert [p.country_code for p in found] == ["LB", "LB"]


def test_victims_side_decides_the_country() -> None:
    assert countries("Israeli soldiers fired live rounds at Palestinian shepherds, wounding one.")[0] == "PS"
    assert countries("Israeli forces said they intercepted a drone over the sea.")[0] == "IL"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen shot a police officer in San Pedro de las Flores, Oaxaca.", "MX"),  # no San Pedro of Ivory Coast
        ("Police dispersed protesters in Corona del Mar, California.", "US"),
    ],
)
def test_first_words_of_a_longer_name_are_not_a_place(text: str, country: str) -> None:
    assert countries(text) == [country]


def test_address_moves_a_large_city_to_its_namesake_in_the_next_unit() -> None:
    assert top("Armed men ambushed a patrol in Valparaiso, Zacatecas, on Friday.") == ("Valparaiso", "MX")


def test_bracketed_address_reads_a_city_in_the_country_of_its_units() -> None:
    assert countries("A bomb exploded near a checkpoint (Al Mansurah, Aden), wounding a guard.") == ["YE", "YE"]


def test_tail_of_a_longer_name_is_not_a_place() -> None:
    assert "LB" not in countries("Soldiers demolished a shed in the Jorat al Shamaa village of the West Bank.")


def test_city_called_a_state_votes_for_its_country() -> None:
    assert countries("Nuba and Beni Amer groups clashed in Kassala state over grazing land.")[0] == "SD"


def test_a_world_city_is_not_moved_to_a_small_namesake_by_context() -> None:
    # Text naming the US often must not move Moscow to Moscow, Idaho: only an address could.
    text = (
        "Drones struck a building in Moscow overnight, officials said. The US and the United States embassy "
        "issued a warning to American citizens."
    )
    places = tag_article("Drone attack on Moscow", text, published="2024-05-10").places
    assert (places[0].name, places[0].country_code) == ("Moscow", "RU")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # "St." and "Saint" are one name: the larger city, unless the address names the namesake's region.
        ("Blast in a cafe", "A blast in a St. Petersburg cafe killed a blogger, investigators said.", "RU"),
        ("Storm reaches the coast", "High winds hit St. Petersburg, Florida, on Tuesday, officials said.", "US"),
        ("Storm reaches the coast", "Flooding closed roads in Brent, Florida, after the storm, officials said.", "US"),
    ],
)
def test_saints_and_shared_region_names_in_addresses(title: str, text: str, expected: str) -> None:
    places = tag_article(title, text, published="2024-05-10").places
    assert places[0].country_code == expected


@pytest.mark.parametrize(("title", "want"), [("Carnival parade in Cologne draws crowds", "DE"),
                                              ("Floods hit Calcutta suburbs", "IN")])  # fmt: skip
def test_english_names_of_large_cities_beat_the_small_places_named_so(title: str, want: str) -> None:
    tags = tag_article(title, "Thousands took part on Monday.")
    assert tags.places and tags.places[0].country_code == want


def test_a_towns_own_spelling_beats_a_larger_neighbours_stray_alternate_name() -> None:
    # geonames lists "Slov'iansk" among the alternate names of Nikopol, a slightly larger Ukrainian city.
    tags = tag_article("Strike on Sloviansk", "A Russian missile hit the centre of Sloviansk on Monday, officials said.",
                       published="2024-03-12")  # fmt: skip
    assert tags.places[0].name == "Slovyansk"


def test_a_town_in_a_war_zone_named_beside_only_the_attackers_demonym_stays_the_place() -> None:
    tags = tag_article("Strike on market", "A Russian strike on a market in Kostiantynivka killed 16 people on Monday.",
                       published="2024-03-12")  # fmt: skip
    assert tags.places[0].country_code == "UA"
    assert tags.places[0].name == "Kostyantynivka"


def test_a_name_called_a_region_stays_with_the_region_not_a_namesake_town_abroad() -> None:
    # Russia has a small town named Donetsk; "Donetsk region", however often the attacker is named, is Ukraine's.
    places = tag_article(
        "Russian glide bombs kill four in Donetsk region village",
        "Russian aircraft dropped glide bombs on a village in Donetsk region on Thursday, killing four civilians. "
        "Russia is targeting civilians, the governor said. Russian attacks across the region killed six more.",
        published="2025-09-11",
    ).places
    assert places and (places[0].name, places[0].country_code) == ("Donetsk", "UA")


def test_a_country_that_attacks_is_not_where_the_attack_fell() -> None:
    places = tag_article(
        "Russia hammers Ukraine's power grid in overnight missile and drone attack; no casualties reported",
        "Russia launched a large combined attack on energy facilities overnight, hitting a power plant in Ladyzhyn "
        "and substations in several regions, officials said. No casualties were reported.",
        published="2025-12-16",
    ).places
    assert places and places[0].country_code == "UA"


def test_a_country_named_as_the_aggressor_is_not_the_place() -> None:
    places = tag_article(
        "Seven martyred in US aggression airstrikes on Bani Matar",
        "US aggression airstrikes targeted a farm in Bani Matar district of Sanaa province, killing seven citizens.",
        published="2025-04-02",
    ).places
    assert places and places[0].country_code == "YE"


def test_where_a_missile_was_fired_from_is_not_where_it_was_stopped() -> None:
    places = tag_article(
        "Israel intercepts missile fired from Yemen, no casualties",
        "The Israeli military said it intercepted a missile fired from Yemen over the Negev. No one was hurt.",
        published="2025-05-02",
    ).places
    assert places and places[0].country_code == "IL"


def test_chin_is_myanmars_state_not_a_chinese_city() -> None:
    places = tag_article(
        "Military jet bombs Chin village, nine dead",
        "A military jet bombed a village in Falam township on Sunday, killing nine people, residents said.",
        published="2024-03-03",
    ).places
    assert places and places[0].country_code == "MM"


def test_a_country_named_as_the_neighbour_across_a_border_is_not_the_place() -> None:
    tags = tag_article(
        "At least 16 Nigerien soldiers killed in attack near Tillia",
        "At least 16 Nigerien soldiers were killed on Friday when fighters attacked an army post near Tillia, close "
        "to the border with Mali, the defence ministry said.",
        published="2025-05-14",
    )
    assert tags.places[0].country_code == "NE"


def test_a_linked_story_names_no_place_of_this_one() -> None:
    tags = tag_article(
        "Eleven soldiers killed in attack on army camp near Douentza",
        "Eleven soldiers were killed on Sunday when militants attacked an army camp near Douentza, close to the border "
        "with Burkina Faso, Mali's army said.\nRead more: Burkina Faso and Niger sign a new defence pact",
        published="2025-05-14",
    )
    assert tags.places[0].country_code == "ML"


def test_a_front_line_village_shares_a_large_citys_name() -> None:
    assert top("Russian aircraft dropped glide bombs on New York, Donetsk, on Sunday, killing two people.") == (
        "New York", "UA")  # fmt: skip
    assert countries("A man was arrested after a shooting in New York on Sunday.") == ["US"]


def test_where_the_rockets_came_from_does_not_point_to_the_place() -> None:
    title = "Two killed as Hezbollah rockets hit Kiryat Shmona"
    text = (
        "Two people were killed on Thursday when rockets fired from Lebanon struck a street in Kiryat Shmona, Magen "
        "David Adom said. Fourteen others were hurt."
    )
    places = tag_article(title, text, published="2024-10-10").places
    assert (places[0].name, places[0].country_code) == ("Qiryat Shmona", "IL")


def test_the_other_side_of_a_border_fight_is_not_the_place() -> None:
    title = "Five Armenian soldiers killed in border fighting with Azerbaijan"
    text = (
        "Armenia's defence ministry said on Monday that Azerbaijani troops had fired mortars at positions near Sotk "
        "in Gegharkunik province overnight, killing five soldiers."
    )
    places = tag_article(title, text, published="2024-10-10").places
    assert [p.country_code for p in places[:2]] == ["AM", "AM"]


def test_a_border_named_beside_the_strike_and_where_people_fled_are_not_its_place() -> None:
    title = "Junta air strike kills 15 near Mizoram border"
    text = (
        "At least 15 people were killed when a military jet bombed a village in Falam township in Myanmar's Chin "
        "State on Thursday, residents said, sending hundreds fleeing across the border into Mizoram."
    )
    places = tag_article(title, text, published="2024-10-10").places
    assert places[0].country_code == "MM"


def test_districts_and_forces_of_pakistans_and_indias_borderlands() -> None:
    assert top("Gunmen attacked a checkpoint in Kech district on Monday, killing three soldiers.") == ("Kech", "PK")
    assert countries("BSF troops shot down a drone in Samba district of Jammu on Sunday night.")[0] == "IN"


def test_a_people_s_name_is_no_town_abroad() -> None:
    # geonames lists "Thai" among Alor Setar's names; in a headline it is Thailand's people.
    text = (
        "A bomb hidden in a parked motorcycle exploded at a morning market in Narathiwat province on Sunday, killing "
        "two people and wounding 18, police said."
    )
    tags = tag_article("Motorcycle bomb at southern Thai market kills two, wounds 18", text)
    assert [p.country_code for p in tags.places][:1] == ["TH"]
    assert "Alor Setar" not in [p.name for p in tags.places]


def test_a_listed_region_outranks_a_foreign_city_s_alternate_name() -> None:
    # "Antioquia" is one of Antakya's names in geonames (its Spanish one); in Colombian news it is the department.
    text = (
        "Seven police officers were killed on Tuesday when gunmen ambushed their patrol on a rural road in the "
        "north-east of Antioquia department, the National Police said."
    )
    tags = tag_article("Seven police officers killed in Antioquia ambush", text)
    assert [(p.name, p.country_code) for p in tags.places][:1] == [("Antioquia", "CO")]
    assert (tags.conflict, tags.alert) == (True, True)


def test_a_dateline_s_address_settles_the_headline_s_namesake() -> None:
    text = (
        "ODESSA, Texas - A gunman opened fire at a weekend flea market on Saturday morning, killing five people and "
        "wounding 12 before a deputy shot him dead, the county sheriff said. Investigators have not found a motive."
    )
    tags = tag_article("Gunman kills 5, wounds 12 at Odessa flea market", text)
    assert [(p.name, p.country_code) for p in tags.places][:1] == [("Odessa", "US")]
    assert not tags.conflict


def test_a_cantonment_is_no_place_of_its_own() -> None:
    text = (
        "DERA ISMAIL KHAN: At least nine people were killed when a suicide bomber rammed a pick-up into the gate of the "
        "Cantonment police station late on Thursday, officials said."
    )
    tags = tag_article("Suicide bomber strikes police station in DI Khan", text)
    assert [p.country_code for p in tags.places][:1] == ["PK"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighters overran an army base near Kyaukphyu town in Rakhine State on Tuesday.", "Kyaukpyu"),
        ("The air strike hit a school in Kale township, Sagaing Region, on Monday.", "Kalemyo"),
        ("A drone hit a monastery in Pauk township, Magway Region, on Sunday.", "Pauk"),
    ],
)
def test_myanmar_townships_and_their_spellings(text: str, place: str) -> None:
    tags = tag_article("Fighting in Myanmar", text)
    assert [(p.name, p.country_code) for p in tags.places][:1] == [(place, "MM")]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Armed youth attacked a cattle camp in Jonglei State's Duk County on Tuesday night.", "Jonglei", "SS"),
        ("Insurgents beheaded two men in Miangalewa, in Muidumbe district, on Sunday.", "Miangalewa", "MZ"),
    ],
)
def test_a_region_before_a_possessive_and_cabo_delgado_villages(text: str, place: str, country: str) -> None:
    tags = tag_article("Attack on a village", text)
    assert [(p.name, p.country_code) for p in tags.places][:1] == [(place, country)]


def test_sistan_and_baluchestan_is_iran_s() -> None:
    text = (
        "Ten police officers were killed when gunmen attacked a police station in the city of Saravan in Sistan and "
        "Baluchestan province early on Sunday, the provincial police said. The group that claimed the attack "
        "operates from hideouts across the border in Pakistan, officials say."
    )
    tags = tag_article("Ten police officers killed in attack on Saravan police station", text)
    assert [p.country_code for p in tags.places][:1] == ["IR"]
    assert ("Sistan and Baluchestan", "IR") in [(p.name, p.country_code) for p in tags.places]


def test_a_possessive_closes_a_place_name_and_a_summit_is_no_place() -> None:
    text = "Grad rockets hit homes in the district on Saturday, wounding 23 people, health officials said."
    tags = tag_article("Rockets hit Tripoli's Abu Salim on eve of Berlin summit, 23 wounded", text)
    assert tags.places[0].name == "Tripoli" and tags.places[0].country_code == "LY"


def test_a_quarter_an_address_drops_is_dropped_in_the_headline_too() -> None:
    # "Bel-Air" is also a Seychelles district; the body calls it a neighbourhood of the capital of Haiti.
    text = (
        "A drone hit a house in the Bel-Air neighbourhood of Port-au-Prince on Tuesday night, killing nine people "
        "and wounding four, residents said. Police said the house was used by an armed gang."
    )
    tags = tag_article("Drone strike on Bel-Air kills nine", text, published="2025-09-03")
    assert [p.country_code for p in tags.places] == ["HT"]


def test_congo_alone_is_the_democratic_republic_not_a_brazilian_town() -> None:
    text = "Rebels attacked a displacement camp in eastern Congo on Friday, killing eleven people, officials said."
    assert [p.country_code for p in tag_article("", text).places] == ["CD"]


def test_where_the_rocket_came_from_is_not_where_it_hit() -> None:
    title = "Three lightly hurt as rocket from Lebanon hits Shlomi"
    text = (
        f"Shlomi | 14.06.2024\n\n{title}\n\nThree people were lightly injured on Friday evening when a rocket fired "
        "from Lebanon struck a street in Shlomi, paramedics said. No one was killed.\n\nHezbollah said it had fired "
        "at the town after an Israeli strike near Tyre."
    )
    tags = tag_article(title, text, published="2024-06-14")
    assert (tags.places[0].name, tags.places[0].country_code) == ("Shlomi", "IL")


def test_a_capital_that_blames_speaks_for_its_government() -> None:
    text = (
        "The toll from a car bomb in the market of Jarablus rose to 11 on Tuesday, with 30 wounded, local officials "
        "said. Turkey's defence ministry blamed Kurdish militants for the blast."
    )
    tags = tag_article("Jarablus car bomb toll rises to 11; Ankara blames YPG", text, published="2024-02-13")
    assert tags.places[0].country_code == "SY"


def test_cite_soleil_is_a_commune_of_port_au_prince() -> None:
    text = "A drone strike on a house in Cité Soleil killed seven people on Sunday, a rights group said."
    assert top(text) == ("Cité Soleil", "HT")
