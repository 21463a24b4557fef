"""Killed and injured of an article's MAIN event, with ACLED's conservative reading.

Each figure is found by a linguistic pattern in one sentence; sentences about other or earlier events (a date that is
not the report's, "last month", "a separate attack", "the war has killed ...", "since 2022") are background and their
figures are ignored. Of the figures left, the highest wins: texts update tolls upward ("the death toll has risen to
12"), so the highest figure is the latest one for the main event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from shared.contracts.models import Casualties, Toll

from .numbers import NUMBER, QUALIFIER, canonical_qualifier, is_vague, parse_number
from .text import (
    in_link_list,
    is_link_label,
    is_link_line,
    is_list_item,
    is_list_link,
    is_prose,
    live_entry_minutes,
    prose_reach,
    words,
)
from .wordindex import PhraseIndex

EVIDENCE_MAX_CHARS = 400
_F = re.IGNORECASE

# A character of the toll's own clause: any but a stop, or the stop of an initial ("the toll of U.S. strikes rose to 20").
_CLAUSE_CHAR = r"(?:[^.;:]|(?<=\b[A-Z])\.)"
_Q = rf"(?:(?P<q>{QUALIFIER})\s+)?"
# A digit range ("1-2 policemen") is read at its low figure, the one captured.
_N = rf"(?P<n>{NUMBER})(?:-\d+\b)?"
_AUX = r"(?:(?:were|was|have been|has been|had been|are|is|being|been|got|reportedly|reported|confirmed|believed|" \
       r"feared|later|also|all|now|had|have|were left|left|in all|so far)\s+){0,3}"  # fmt: skip
_KILLED_WORDS = (
    # "were kidnapped and killed", "abducted and later executed": the second verb is the toll's.
    r"(?:(?:kidnapped|abducted|tortured|beaten|raped|captured|robbed)\s+and\s+(?:later\s+|then\s+)?)?"
    r"(?:killed|dead|died|die|dies|slain|murdered|executed|massacred|perished|shot dead|lost their lives|deaths|fatalities"
    r"|fatality|martyred|found dead|shot and killed|beheaded|neutrali[sz]ed|eliminated|sent to hell"
    r"|(?:embraced?|attained|achieved)\s+(?:shahadat|martyrdom)"
    r"|(?:made|make|paid|pay)\s+the\s+(?:supreme|ultimate)\s+(?:sacrifice|price))"  # an army's words for its dead
)
_INJURED_WORDS = (
    r"(?:injured|wounded|hurt|injuries|maimed|hospitali[sz]ed|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds|burns)"
    r"|(?:were\s+)?(?:taken|rushed|admitted|evacuated|airlifted|transferred|referred|brought)\s+to\s+(?:a\s+|the\s+)?(?:hospitals?|(?:[\w'-]+\s+){0,4}?(?:hospitals?"
    r"|health\s+(?:centres?|centers?|facilit(?:y|ies)|posts?)|clinics?|medical\s+(?:centres?|centers?|facilit(?:y|ies))))"
    r"|(?:sought|seeking|needed|required|received)\s+medical\s+(?:help|attention|assistance|care|treatment)"
    r"|(?:receiving|undergoing)\s+(?:medical\s+)?treatment|being\s+treated(?:\s+(?:in|at|for)\b|(?=\s*[,.;]))"
    r"|(?:brought|taken)\s+in\s+for\s+(?:medical\s+)?treatment"  # ("46 people had been brought in for treatment")
    # (as translations put it: "thirty-two are being attended in the hospitals of Jamundí and Cali")
    r"|(?:being\s+)?attended\s+(?:to\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:hospitals?|clinics?)"
    r"|treated\s+for\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns)"
    # ("Another 46 people were treated at the town's hospital for coughing", "64 had been treated in hospitals")
    r"|(?:(?<=were )|(?<=been ))treated\s+(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:hospitals?|clinics?)"
    # "two more are in hospital with serious wounds"
    r"|(?:remain(?:s|ed)?\s+)?(?:still\s+)?in\s+(?:the\s+)?hospital\s+with\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns)"
    r"|remain(?:s|ed)?\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed)\b"  # ("Four other officers remain in hospital")
    # ("Nine more are in hospital, two in a serious condition"; not the patients "who were in hospital" when it was hit)
    r"|(?:(?<=are )|(?<=were ))(?<!who are )(?<!who were )in\s+hospital\b"
    # ("15 other people, eleven of them police personnel, were still under treatment")
    r"|(?:(?<=are )|(?<=were ))(?<!who are )(?<!who were )(?:still\s+)?under\s+(?:medical\s+)?treatment\b"
    r"|remain(?:s|ed)?\s+(?:still\s+)?under\s+(?:medical\s+)?treatment\b"
    # ("Two other miners survived with gunshot and machete wounds")
    r"|(?:escaped|survived|were\s+left|left|brought\s+in|admitted|managed\s+to\s+(?:escape|survive))\s+with\s+"
    r"(?:[\w-]+\s+(?:and\s+)?){0,2}?"
    r"(?:wounds|injuries)"
    # ("We have received 14 bodies so far and 20 people with wounds")
    r"|(?:(?<=people )|(?<=others )|(?<=patients ))with\s+(?:[\w-]+\s+)?(?:wounds|injuries))"
)
_VICTIM = (
    r"(?:man|woman|child|boy|girl|baby|person|civilian|soldier|resident|policeman|police officer|officer|journalist"
    r"|teenager|farmer|driver|student|worker|villager|fighter|militant|member|trader|herder|pastor|priest|imam|citizen"
    r"|individual|guard|official|commander|shepherd|youth|suspect|leader|chief|doctor|nurse|teacher|volunteer"
    r"|activist|officer|employee|miner|fisherman|refugee|migrant|local|minor|infant|elderly man|elderly woman"
    r"|owner|head|engineer|collector|father|mother|son|daughter|husband|wife|brother|sister|cadre|sergeant"
    r"|grandmother|grandfather|grandson|granddaughter|uncle|aunt|cousin|nephew|niece"
    r"|lieutenant|colonel|general|major|captain|judge|mayor|councillor|councilor|chairman|chairperson|prisoner"
    r"|inmate|detainee|hostage|reporter|bodyguard|policewoman|gendarme|serviceman|servicewoman|conscript|sniper"
    r"|gunman|attacker|assailant|bomber|governor|minister|lawmaker|ambassador|pilot|photographer|cameraman|medic"
    r"|paramedic|passenger|pedestrian|bystander|shopkeeper|vendor|tourist|guide|motorcyclist|cyclist|motorist|commuter"
    r"|rider|shepherd|labourer|laborer|porter|fisher|cleric|monk|nun|survivor|passer-by|passerby|neighbou?r|customer"
    r"|worshipper|jawan|constable|trooper|ruler|monarch|emir)"
)
# Participles that state a death: "was shot dead", "was beaten to death", "was found killed".
_DEATH_PARTICIPLE = (
    r"(?:killed|dead|murdered|slain|shot dead|shot and killed|found dead|found killed|beheaded|executed|lynched"
    r"|assassinated|gunned down|decapitated|pronounced dead|(?:shot|beaten|stabbed|hacked|burnt|burned|stoned"
    r"|tortured|bludgeoned|strangled|clubbed|hanged|crushed|stoned and stabbed)\s+to\s+death)"
)
# "fatally stabbed a teacher", "fatally shooting two": a verb of harm that killed.
_FATALLY = r"fatally (?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring|struck|striking|beaten|beat)"
# Words after "killed a/an" that begin a figure or a frame, not a victim ("killing an estimated 40").
_NOT_A_VICTIM = (
    r"(?!(?:number|total|further|few|couple|dozen|handful|score|hundred|thousand|third|quarter|half|record|lot"
    r"|estimated|reported|additional|similar|separate|minimum|maximum|family|families)\b)"
)
# One item of an enumeration of victims: "3 policemen", "a Konkomba", "his two children" (no verbs inside).
_ITEM_HEAD = rf"(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})(?:-\d+\b)?|(?:his|her|their)(?:\s+(?:{NUMBER}))?|an?|one|another"
# "the district head", "the father": one person, when "the" names a victim noun in the singular.
# ("killing the commander of a volunteer battalion and four other people": the one named with his unit; "six
# jawans and the civilian driver of their vehicle were killed": with what he drove)
_THE_ONE = (
    rf"the\s+(?:[\w'-]+\s+){{0,3}}?{_VICTIM}(?![\w'-])"
    rf"(?:\s+of\s+(?:a|an|the|their|his|its)\s+(?:[\w'-]+\s+){{0,2}}?(?:battalion|brigade|regiment|unit|company|militia|group|village"
    rf"|district|council|police station|checkpoint|post|vehicle|car|bus|minibus|van|truck|lorry|tractor|ambulance|jeep"
    rf"|pickup|boat)"
    rf"(?![\w'-]))?"
)
_ITEM = (
    rf"(?:(?:{_ITEM_HEAD})(?:\s+(?!(?:of them|of whom|and|or|were|was|are|is|had|have|has|as|who|in|on|at|by|when|while|after|during|from"
    rf"|including|killed|dead|died|wounded|injured|hurt|killing|wounding|injuring|martyred|martyrdom|embraced|slain"
    rf"|perished|reportedly|said|says|told|according|paid|made|laid|lost|gave|suffered|sustained|received|lives|life|January|February|March"
    rf"|April|May|June|July|August|September|October|November|December)\b)(?:[A-Za-z][\w'-]*|\d+-year-old"
    # (an abbreviation's dots too: "four U.S. service members"; or its brackets: "eight personnel of the District
    # Reserve Guard (DRG)")
    rf"|(?:[A-Z]\.){{2,3}}|\([A-Z]{{2,6}}\))(?![\w'-]))"
    rf"{{1,6}}|{_THE_ONE}"
    # (a victim named by a pronoun: "the strike killed her and the 61-year-old driver")
    rf"|(?:him|her)(?=\s+and\b|\s*,))"
)
# ("a farmer, his wife and their three children, as well as three passengers and the driver": a list continued)
_ENUM = (
    rf"(?P<enum>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|as well as)\s+{_ITEM}"
    rf"(?:\s*,?\s+as well as\s+{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+and\s+{_ITEM})?)?)"
)
# The passive form is found from its last item ("... and 1 soldier were killed": tried only at "and", far rarer
# than the words an item can begin with); the items before it are then read backwards (`_ITEMS_BEFORE`).
_ITEMS_BEFORE = re.compile(rf"(?:{_ITEM}\s*,\s*)*{_ITEM}\s*,?\s*", re.IGNORECASE)
_ITEM_STARTS = re.compile(rf"\b(?:{_ITEM_HEAD}|the)\b", re.IGNORECASE)
_ENUM_LOOKBACK_CHARS = 200
_ENUM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+", re.IGNORECASE)
# (An age is no count: "his 44-year-old wife", "her eight-month-old son" are one victim each.)
_ENUM_HEAD = re.compile(
    rf"(?:(?:his|her|their)\s+)?(?:(?:{QUALIFIER})\s+)?(?:(?P<n>{NUMBER})\b(?!-(?:year|month|week|day)))?",
    re.IGNORECASE,
)

# Tokens that, between a number and a verb, show the number counts something else: weapons, time, distance,
# or another casualty kind ("two of the wounded died" is not a death toll of two).
_GAP_BLOCK = frozenset(
    words("""missile missiles drone drones rocket rockets shell shells bomb bombs projectile projectiles shahed shaheds
    year years month months week weeks day days hour hours minute minutes km kilometres kilometers miles mile
    metres meters percent per cent times tons tonnes dollars euros buildings homes houses vehicles cars trucks
    tanks aircraft jets planes helicopters targets villages towns sites killed dead died wounded injured hurt
    injuries deaths who which whom whose that later after before when since because missing until as while
    units equipment bodies corpses remains casualties motorcycles motorbikes pickups boats serving sentenced
    sentences convicted thirds quarters fifths tenths livestock cattle cows goats sheep camels donkeys horses animals
    poultry chickens lakh lakhs crore crores bounty reward rupees""")
)
# Words allowed between a figure and its verb ("12 Ukrainian civilians were killed"), none of them a blocked word.
# Casualty words and clause openers are refused inside the pattern (a match across "one died while two were hurt"
# would hide the second figure); the other blocked words are checked after a match (cheaper).
# "and" joins a second group to the victims the figure counts ("more than 50 soldiers and militiamen were killed"),
# unless that group brings its own figure (an enumeration, read by the enumeration patterns), or it follows a comma
# or comes before a verb: then it joins clauses ("confirmed 22 martyrs, and said dozens of wounded ...").
_AND_NOT_VICTIMS = r"said|says|told|took|left|hit|was|were|is|are|has|have|had|declared|brought"
_GAP = (
    rf"(?P<gap>(?:[\s,]+(?!and\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}|an?|his|her|their|{_AND_NOT_VICTIMS})\b)(?!(?<=,\s)and\b)"
    # After a comma, a figure starts a group of its own ("kills 14, dozens wounded"), unless it is a subset aside
    # ("14 Palestinians, three of them children, were killed").
    rf"(?!(?<=,\s)(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\b(?!\s+of\s+(?:them|whom)\b))"
    # "the toll has risen to 27, with dozens wounded": "with" and a figure start another group.
    rf"(?!with\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}|many|several|some|more|others)\b)"
    r"(?!(?:or|no|not|without|killed|dead|died|martyred|slain|wounded|injured|hurt|injuries|deaths|as|while|when|whereas|after|that"
    r"|before|since|because|until"
    # (a crowd, not the dead: "Hundreds attend funerals of two reservists killed in Jenin")
    r"|attend|attends|attended|attending|gather|gathers|gathered|mourn|mourns|mourned|march|marched|rally|rallied"
    r"|join|joined|flock|flocked)\b)[A-Za-z][\w'-]*){0,7}?)"
)

_LATEST_COUNT = (
    r"(?:by|according to|on|in)\s+(?:the\s+|an?\s+)?(?:latest|last|most recent|updated|new|official|later)\s+"
    r"(?:count|tally|figures?|estimate)\b"
)
# A relative clause between the victims and their verb: "three travellers who sustained gunshot injuries".
_WHO = r"(?:(?:who|that)\s+)?"
_PEOPLE = (
    r"(?:people|persons|neighbou?rs|passengers|residents|civilians|villagers|others|bystanders|passers-by|rescuers"
    r"|soldiers|policemen|police officers|children|men|women|workers|relatives|farmers|herders|fishermen|traders"
    r"|students|pilgrims|worshippers|guards|labourers|laborers|miners|shepherds|teachers|officers)"
)
# A relative clause between the victims and their verb: "two farmers who were sleeping in a hut at the edge of the
# village were also shot dead".
_PEOPLE_WHO = rf"\b{_Q}{_N}\s+(?:other\s+|more\s+)?(?:[\w-]+\s+)?{_PEOPLE}\s+who\s+(?:[\w'-]+\s+){{1,12}}?"
_SUBSET = r"\s*,\s*(?:including|among them|among whom|most of them|mostly|many of them|all of them)\b[^.;]{0,100}?,\s+"
_KILLED_PATTERNS = {
    "k_subset": rf"\b{_Q}{_N}(?:\s+[A-Za-z][\w'-]*){{0,5}}{_SUBSET}{_AUX}{_KILLED_WORDS}\b",
    # (a claim's word in quotes: "25 soldiers had been 'neutralised'")
    "k_count": rf"\b{_Q}{_N}{_GAP}\s+{_WHO}{_AUX}[\"']?{_KILLED_WORDS}\b",
    "k_who": _PEOPLE_WHO + rf"(?:were|had been|have been)\s+(?:also\s+)?{_KILLED_WORDS}\b",
    # "forced nine passengers off the bus and shot them dead": the victims counted before the verb that kills them.
    "k_them": rf"\b{_Q}{_N}(?:\s+[\w'-]+){{1,10}}?\s+and\s+(?:then\s+|later\s+)?(?:shot|shoot|shoots|killed|kill|kills"
    rf"|executed|execute|executes|gunned down|murdered|beheaded|massacred|slaughtered)\s+(?:all\s+of\s+)?them\b",
    "k_verb": rf"\b(?:killing of|deaths? of|killing|killed|kills|kill|beheaded|beheading|beheads|behead|executes|execute"
    rf"|eliminated|eliminates|eliminating|martyred|martyring"  # ("the bombing martyred 31 people")
    rf"|slays|slay|slain"  # ("drone assault slays 14")
    rf"|claiming the lives of|claimed the lives of|took the lives of|"
    rf"taking the lives of|shot dead|shot and killed|massacred|executed|gunned down|gunning down|mowed down|{_FATALLY}"
    rf"|fatal (?:shooting|stabbing|shootings|stabbings|attack|attacks) (?:of|on))\s+{_Q}{_N}\b(?!\s*-?\s*(?:year|%))"
    # (not beasts: "killing 23 animals", "killing dozens of cattle")
    r"(?!\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:animals|livestock|cattle|cows|goats|sheep|camels|donkeys|horses|birds"
    r"|poultry|chickens)\b)",
    "k_left": rf"\b(?:left|leaving|leaves)\s+{_Q}{_N}{_GAP}\s+(?:people\s+)?dead\b",
    "k_toll": rf"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|(?:people|soldiers|civilians|troops|police|"
    r"policemen|officers|fighters|militants|workers|children|those) killed|fatalities|victims)|fatalities)\b"
    rf"(?:{_CLAUSE_CHAR}{{0,160}}?)\b(?:to|at|of|reached|reaches|hit|hits|is|was|stood at|stands at|now|climbed|rose)\s+"
    # (not the wounded of a toll that counts both: "toll rises to 41 injured, three dead")
    rf"{_Q}{_N}\b(?!\s+(?:people\s+)?(?:injured|wounded|hurt)\b)",
    # "recovered a 10th body from the rubble": the toll counted body by body.
    "k_nth_body": r"\b(?:recovered|found|pulled out|pulled|retrieved)\s+(?:an?|the)\s+(?P<q>)(?P<n>\d+)(?:st|nd|rd|th)\s+"
    r"(?:body|victim)\b",
    # "killing a family of five" ("a family of six was killed" is a count).
    "k_family": rf"\b(?:killing|killed|kills|kill|wiping out|wiped out|wipes out)\s+(?:a|an|the|an entire|a whole)\s+"
    rf"(?:[\w'-]+\s+)?family\s+of\s+{_Q}{_N}\b",
    "k_lives": rf"\b(?:claim\w*|cost\w*|took|taken|taking)\s+(?:the\s+)?{_Q}{_N}\s+(?:\w+\s+)?lives\b",
    "k_lives_lost": rf"\b{_Q}{_N}\s+lives\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?lost\b",  # "Forty lives were lost"
    # "shared a list of 31 names of men he said were killed": the dead counted by name.
    "k_names": rf"\b(?:list|names)\s+of\s+{_Q}{_N}\s+(?:names\s+of\s+)?(?:[\w'-]+\s+){{0,6}}?(?:killed|dead"
    r"|victims|who died)\b",
    "k_killings": rf"\b{_Q}{_N}\s+killings\b",  # "it had documented at least 47 killings"
    "k_to_death": rf"\b(?:shot|beat|stabbed|hacked|stoned|burnt|burned|tortured|clubbed|bludgeoned)\s+{_Q}{_N}"
    rf"\s+(?:[\w'-]+\s+){{0,3}}?to death\b",
    "k_bodies": rf"\b(?:bodies|corpses)\s+of\s+{_Q}{_N}\b",
    # "Our initial count is nine martyrs and 118 injured": the dead counted as martyrs.
    "k_martyrs": rf"\b{_Q}{_N}\s+(?:more\s+)?martyrs\b",
    # "A baby is among six people killed": the toll after "among".
    "k_among": rf"\bamong\s+(?:the\s+)?{_Q}{_N}\s+(?:[\w'-]+\s+){{0,2}}?(?:killed|dead|who died)\b",
    # ("we have pulled out twenty-one bodies": the particle before the count)
    "k_bodies_found": rf"\b(?:recovered|found|retrieved|pulled|collected|counted|buried|exhumed|received)\s+"
    rf"(?:(?:out|up)\s+)?(?:the\s+)?"
    rf"{_Q}{_N}\s+(?:more\s+)?(?:[\w'-]+\s+)?(?:bodies|corpses|martyrs)\b",
    # "Residents buried 42 people in a mass grave": the dead counted at their burial.
    # ("We have buried 31 of our people today")
    "k_buried": rf"\b(?:buried|bury|buries|burying|cremated|cremate|cremating)\s+(?:the\s+)?{_Q}{_N}\s+"
    r"(?:of\s+(?:our|their|the)\s+)?(?:[\w'-]+\s+)?(?:people|victims|villagers|residents|civilians|dead)\b",
    # ("41 people had been buried in a mass grave": the dead counted at their burial; not the trapped, "buried under
    # the rubble")
    "k_buried_passive": rf"\b{_Q}{_N}\s+(?:[\w'-]+\s+){{0,2}}?(?:had|have|were|was)\s+(?:been\s+)?buried\s+in\s+"
    r"(?:a\s+|the\s+)?(?:mass\s+|common\s+|single\s+|shared\s+)?(?:graves?|cemeter(?:y|ies))\b",
    # ("Eleven members of the family were laid to rest": the dead counted at their burial)
    "k_laid_to_rest": rf"\b{_Q}{_N}\s+(?:[\w'-]+\s+){{0,7}}?(?:were|have\s+been|had\s+been)\s+laid\s+"
    r"(?:to\s+rest|in\s+the\s+ground)\b",
    # "We lost six of our rangers this morning": a unit counting its own dead.
    "k_lost": rf"\b(?:we|we've|we have|we had|(?:the|our|their|its)\s+(?:unit|battalion|regiment|brigade|company|patrol"
    rf"|platoon|squad|convoy))\s+(?:have\s+|had\s+|has\s+)?lost\s+{_Q}{_N}\s+(?:of\s+(?:our|their|its)\s+)?"
    rf"(?:[\w'-]+\s+)?(?:soldiers|rangers|men|troops|officers|policemen|comrades|colleagues|fighters|guards|members"
    rf"|brothers|personnel|people|servicemen|marines)\b",
    # "found more bodies in the bush, bringing the total to 40": the count of the found dead updated.
    "k_bodies_total": rf"\b(?:bodies|corpses)\b[^.;]{{0,100}}?\b(?:bringing|raising|taking|pushing)\s+the\s+total\s+"
    rf"(?:number\s+)?to\s+{_Q}{_N}\b",
    # "23 bodies had been recovered": the dead counted as they are found.
    "k_bodies_passive": rf"\b{_Q}{_N}\s+(?:more\s+)?bodies\s+(?:had|have|were|was)\s+(?:been\s+)?(?:recovered|found|pulled"
    rf"|retrieved|brought|received|collected|counted)\b",
    # "The dead, who numbered eleven, ...": the toll named after its victims.
    "k_label": rf"\b(?:killed|dead|deaths|fatalities)\s*:\s*{_Q}{_N}\b",
    "k_latest": rf"\b(?:killed|dead|died)\s*,\s*{_Q}{_N}\s+{_LATEST_COUNT}",
    "k_the_dead": rf"\b(?:the dead|the victims|those killed)\s*,?\s+(?:who\s+)?(?:numbered|number|totalled|totaled"
    rf"|totalling|totaling)\s+{_Q}{_N}\b",
}
# Victims listed one by one: their figures add up ("four herders and a trader were killed" -> 5).
_KILLED_ENUMS = {
    # "The dead - nine novice monks, four women and an elderly man - ...": the victims listed after "the dead".
    "k_enum_the_dead": rf"\b(?:the dead|the victims|those killed)\s*(?:\u2014|\u2013|-|:|,)?\s*(?:were|included|are)?\s*{_ENUM}",
    "k_enum": rf"\b(?:and|as well as)\s+(?P<last>{_ITEM})\s+{_AUX}{_KILLED_WORDS}\b",
    "k_enum_verb": rf"\b(?:killing of|deaths of|killing|killed|kills|kill|shot dead|shooting dead|massacred|executed"
    rf"|(?:the\s+)?bodies of)\s+{_ENUM}"
    r"(?!\s+(?:were\s+|was\s+)?(?:injured|wounded|hurt|arrested|abducted|kidnapped|captured|missing|rescued)"
    # "killed at least 32 of them, a local militia leader and a lawmaker said": the last items are the sources.
    # ("killing tens of soldiers, two security sources and a local official said": so do they here)
    r"|(?:\s+[\w'-]+){0,2}?\s+(?:said|say|says|told|reported|added|confirmed))",
    # A breakdown under labels: "Killed: three soldiers, two police officers and four militiamen."
    "k_enum_label": rf"\b(?:killed|dead|deaths|fatalities)\s*:\s*{_ENUM}",
    "k_enum_left": rf"\b(?:left|leaving|leaves)\s+{_ENUM}\s+dead\b",
}
_INJURED_ENUMS = {
    "i_enum_label": rf"\b(?:wounded|injured|injuries)\s*:\s*{_ENUM}",
    "i_enum": rf"\b(?:and|as well as)\s+(?P<last>{_ITEM})\s+{_AUX}{_INJURED_WORDS}",
    # "lightly injuring four service members and two contractors": the wounded listed after the verb.
    "i_enum_verb": rf"\b(?:injuring|wounding|injured|wounded|injures|wounds|hurting)\s+{_ENUM}"
    # (not "injured 62 people, and 112 apartments were destroyed")
    r"(?!\s+(?:were\s+|was\s+)?(?:killed|dead|arrested|abducted|kidnapped|captured|missing|rescued|destroyed|damaged)"
    r"|(?:\s+[\w'-]+){0,2}?\s+(?:said|say|says|told|reported|added|confirmed))",
}
_INJURED_PATTERNS = {
    "i_subset": rf"\b{_Q}{_N}(?:\s+[A-Za-z][\w'-]*){{0,5}}{_SUBSET}{_AUX}{_INJURED_WORDS}",
    # ("three of the wounded died in hospital", "two of the wounded officers had died" count deaths, not the injured;
    # nor "after three people wounded in the raid died during the night")
    # (nor a wounded victim who died: "One of the people wounded in Sunday's strike on Sevastopol has died")
    "i_count": rf"\b{_Q}{_N}(?!\s+of\s+(?:the\s+|those\s+)?(?:people\s+|persons\s+)?(?:wounded|injured)\b[^.;]{{0,120}}?"
    r"\b(?:died|succumbed|passed away)\b)"
    rf"{_GAP}\s+{_WHO}{_AUX}{_INJURED_WORDS}"
    r"(?!\s+(?:(?!and\b|but\b|while\b|\d)[\w'-]+\s+){0,4}?(?:died|succumbed|passed away)\b)",
    # "Two neighbours who rushed to the spot were also injured": a relative clause between the group and its verb.
    "i_who": _PEOPLE_WHO + r"(?:were|had been|have been)\s+(?:also\s+)?"
    r"(?:(?:seriously|badly|critically|slightly|lightly)\s+)?(?:injured|wounded|hurt)\b",
    # ("documented the death of 14 people ... and the injury of more than 30 others": the noun too)
    "i_verb": rf"\b(?:injuring|injured|injures|injure|wounding|wounded|wounds|wound|hurting|(?:injury|injuries|wounding)"
    rf"\s+of)\s+{_Q}{_N}\b",
    "i_left": rf"\b(?:left|leaving|leaves)\s+{_Q}{_N}{_GAP}\s+(?:people\s+)?(?:injured|wounded|hurt)\b",
    "i_label": rf"\b(?:wounded|injured|injuries)\s*:\s*{_Q}{_N}\b",
    # "we have taken twelve people to hospital": the wounded counted as they are carried away.
    "i_taken": rf"\b(?:taken|took|takes|rushed|evacuated|brought|ferried)\s+{_Q}{_N}\s+(?:[\w'-]+\s+){{0,2}}?to\s+"
    rf"(?:a\s+|the\s+)?(?:[\w'-]+\s+)?(?:hospitals?|clinics?)\b",
    # "More than 100 were injured, 117 by the latest count": the count that follows the verb.
    "i_latest": rf"\b(?:injured|wounded|hurt)\s*,\s*{_Q}{_N}\s+{_LATEST_COUNT}",
    "i_the_injured": rf"\b(?:the injured|the wounded)\s*,?\s+(?:who\s+)?(?:numbered|number|totalled|totaled|totalling"
    rf"|totaling)\s+{_Q}{_N}\b",
    # ("raising the number of dead to 31 and the injured to 52")
    # (not where they were taken: "carried the wounded to two hospitals")
    "i_the_injured_to": rf"\b(?:the injured|the wounded)\s+to\s+{_Q}{_N}\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?|facilities|medical|health)\b)",
    "i_toll": rf"\b(?:number of (?:the )?(?:(?:people|those|civilians)\s+)?(?:injured|wounded|injuries|hurt)|injury toll)\b(?:{_CLAUSE_CHAR}{{0,40}}?)\b"
    rf"(?:to|at|of|reached|is|was|stood at|stands at|climbed|rose)\s+{_Q}{_N}\b",
}
# A single named victim: "a civilian was killed", "killing a woman" -> 1.
# A subject in the singular ("a police sergeant ... was shot dead", "one died") is one victim.
_KILLED_ONE = {
    # (not across a clause whose subject is nobody: "damaged a barn in a village, but nobody had been killed")
    "k_one_passive": rf"(?<!no )\b(?:a|an|one)\s+{_NOT_A_VICTIM}(?:(?!nobody\b|no one\b|none\b)[\w'-]+,?\s+){{0,7}}?"
    rf"(?:was|has been|had been|is|got)"
    rf"\s+(?!not\b|never\b|nearly\b|almost\b)(?:[\w'-]+\s+){{0,3}}?{_DEATH_PARTICIPLE}\b",
    # "the district head of intelligence was killed": a victim noun and a verb in the singular.
    # (not "no student was killed": nobody was)
    "k_one_named": rf"(?<!no )\b{_VICTIM}\s+(?:of\s+(?:the\s+)?(?:[\w'-]+\s+){{1,2}}?)?(?:was|has been|had been|got)\s+"
    rf"(?!not\b|never\b|nearly\b|almost\b)(?:[\w'-]+\s+){{0,3}}?{_DEATH_PARTICIPLE}\b",
    "k_one_died": rf"(?<!no )\b(?:a|an|one)\s+{_NOT_A_VICTIM}(?:(?!nobody\b|no one\b|none\b)[\w'-]+,?\s+){{0,6}}?"
    rf"(?:later\s+|has\s+|had\s+)?"
    rf"(?:died|succumbed)\b",
    # A pair named as such: "An elderly couple who lived on the floor below were also killed" (two).
    "k_couple": rf"\b(?:a|an|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:couple|twins)\s+(?:who\s+(?:[\w'-]+\s+){{1,10}}?)?"
    rf"(?:were|have been|had been)\s+(?:also\s+)?{_DEATH_PARTICIPLE}\b",
    # A headline's lone victim: "Policeman martyred, four injured in roadside blast".
    "k_one_headline": rf"\b{_VICTIM}\s+(?:martyred|killed|shot dead|slain)(?=\s*(?:,|;|$|in\b|as\b|after\b|and\b|near\b))",
    "k_one_verb": rf"\b(?:killing|killed|kills|shot dead|shooting dead|shot and killed|murdered|murdering|executed|beheaded|{_FATALLY}"
    rf"|assassinated|gunned down|gunning down|lynched|stabbed to death)\s+(?:(?:a|an|one)\s+{_NOT_A_VICTIM}[\w'-]"
    rf"|(?:the|his|her)\s+(?:[\w'-]+\s+){{0,3}}?{_VICTIM}\b(?!')|(?:him|her)\b)",
    "k_one_to_death": r"\b(?:shot|beat|stabbed|hacked|stoned|burnt|burned|tortured|clubbed|strangled)\s+(?:a|an|one"
    r"|him|her)\s+(?:[\w'-]+\s+){0,4}?to death\b",
    "k_one_left": r"\b(?:left|leaving)\s+(?:him|her)\s+(?:dead|killed)\b",
    "k_one_body": r"\b(?:body|corpse)\s+of\s+(?:a|an|one|the)\b|\b(?:a|an|one)\s+(?:[\w'-]+\s+){0,2}?\w+'s\s+"
    r"(?:\w+\s+)?(?:body|corpse)\b",
    "k_one_death": r"\b(?:resulting in|resulted in|leading to|led to|causing|caused)\s+(?:(?:the\s+)?death\s+of\s+"
    r"(?:a|an|one|the|his|her)\b|(?:his|her)\s+death\b)|\b(?:one|a single|1)\s+(?:reported\s+)?(?:death|fatality)\b",
}  # fmt: skip
_INJURED_ONE = {
    # (an apposition may name the victim: "A third person, a passer-by, was lightly injured"; "the driver was hurt" is
    # one victim too)
    # ("The girl's mother was wounded"; "One woman, who was wounded in the leg, hid")
    # ("His wife was wounded in the arm")
    # ("A soldier of the 62nd Infantry Battalion was slightly wounded")
    "i_one_passive": rf"\b(?:a|an|one|the|his|her)\s+(?:[\w'-]+\s+){{0,2}}?{_VICTIM}"
    rf"(?:\s+of\s+(?:the|his|her|their)(?:\s+[\w'-]+){{1,4}}?)?"
    rf"(?:,\s+(?:a|an|the)\s+[^,;.]{{1,90}},)?"
    rf"(?:,\s*who)?\s+"
    # ("A passer-by on a motorcycle was lightly wounded")
    rf"(?:\w+\s+|who\s+(?:[\w'-]+\s+){{1,10}}?|(?:on|in|at|inside|near)\s+(?:a|an|the|his|her|their)\s+[\w'-]+\s+)?"
    rf"(?:was|has been|had been|is)\s+(?:also\s+)?(?:(?:seriously|badly|critically|slightly|lightly|moderately|severely)\s+"
    rf"|shot\s+and\s+)?(?:injured|wounded|hurt)\b",
    # A headline's last words: "16 Maoists gunned down in encounter; DRG jawan hurt".
    "i_one_headline": rf"\b{_VICTIM}\s+(?:injured|hurt|wounded)\s*$",
    "i_one_verb": rf"\b(?:injuring|wounding(?:\s+of)?|wounded|injured)\s+(?:a|an|one)\s+(?:\w+\s+){{0,2}}?{_VICTIM}\b",
    # "killing two fighters and wounding a third"
    "i_one_nth": r"\b(?:injuring|wounding)\s+a\s+(?:second|third|fourth|fifth|sixth|seventh)\b",
    # "A teenage boy was also hit by a bullet", "One woman who tried to run was shot in the leg": one wounded, though
    # no word of a wound.
    "i_one_hit": rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}(?:,?\s+who(?:\s+[\w'-]+){{1,8}}?,?)?\s+"
    r"(?:was|has been|had been|is)\s+(?:also\s+)?"
    r"(?:(?:hit|struck|grazed)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|shrapnel|gunfire|debris|fragments?)"
    r"|shot\s+in\s+the\s+(?:legs?|arms?|hand|foot|shoulder|knee|thigh|buttocks?))\b",
    # "A sixth person, a 58-year-old man, survived with gunshot wounds".
    "i_one_survived": r"\b(?:a|an|one)\s+(?:[\w',-]+\s+){0,6}?(?:survived|escaped)\s+with\s+(?:[\w-]+\s+)?(?:wounds|injuries)\b"
    # ("A teenage boy escaped by hiding in a paddy field and was treated for a gunshot wound to his arm")
    rf"|\b(?:a|an|one)\s+(?:[\w'-]+\s+){{0,2}}?{_VICTIM}(?:\s+(?!where\b|who\b)[\w',-]+){{0,10}}?\s+(?:was|is)\s+"
    r"(?:being\s+)?treated\s+for\s+(?:a\s+)?(?:[\w-]+\s+)?(?:wounds?|injur(?:y|ies)|burns)\b",
    "i_one_other": r"\b(?:and|while|with)\s+(?:another|one other|a third|a second)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:was\s+|were\s+)?(?:injured|wounded|hurt)\b"
    # "shot dead three labourers and injured another" (not "and wounded another 20")
    r"|\b(?:and|while)\s+(?:injured|wounded|injuring|wounding)\s+(?:another|one other)\b(?!\s+(?:\d|[\w-]+\s+(?:people"
    r"|others|civilians|persons)\b))",
}  # fmt: skip
# Every figure pattern, tried only at the words that can begin it (a number, a qualifier, a verb). The patterns
# that open with the figure itself are tried only where a figure starts (`_FIGURE_START`): "a", "in", "over",
# "some" begin a qualifier or a number word far less often than they begin anything else.
_FIGURE_FIRST = frozenset(
    {"k_subset", "k_count", "k_who", "k_them", "i_subset", "i_count", "i_who", "k_lives_lost", "k_killings"}
)
_FIGURE_START = re.compile(rf"\b{_Q}{_N}", _F)
_ALL_FIGURES = {**_KILLED_PATTERNS, **_INJURED_PATTERNS, **_KILLED_ONE, **_INJURED_ONE, **_KILLED_ENUMS,
                **_INJURED_ENUMS}  # fmt: skip
# Singular subjects ("a man ... was shot dead") open with words as common as "a" or "man": they are tried only in
# sentences with a verb in the singular.
_SINGULAR = frozenset({"k_one_passive", "k_one_named", "k_one_died", "i_one_passive", "i_one_hit"})
_SINGULAR_VERBS = (" was ", " died", " succumbed", " got ", " has been ", " had been ", " is ")
_AND = (" and ", " as well as ")
# Patterns that need a word the sentence may lack (lower-case substrings, any of them): a few `in` tests per
# sentence save trying them at every "a", "one" or number.
_NEEDS = {
    "k_one_death": ("death", "fatalit"), "k_one_body": ("body", "corpse"), "k_to_death": ("to death",),
    "k_one_to_death": ("to death",), "k_bodies": ("bodies", "corpses"), "k_bodies_found": ("bodies", "corpses", "martyrs"), "k_bodies_passive": ("bodies",), "k_bodies_total": ("the total",), "k_nth_body": ("body", "victim"), "k_buried": ("buri", "bury", "cremat"), "k_buried_passive": ("buried",), "k_laid_to_rest": (" laid ",), "k_them": (" them",), "k_lost": (" lost ",),
    "i_one_survived": ("survived", "escaped", " treated for "), "k_among": ("among",), "k_martyrs": ("martyrs",),
    "k_the_dead": ("the dead", "the victims", "those killed"),
    "k_enum_the_dead": ("the dead", "the victims", "those killed"),
    "i_the_injured": ("the injured", "the wounded"), "i_the_injured_to": ("the injured", "the wounded"),
    "k_one_left": ("left", "leaving"),
    "k_enum": _AND, "i_enum": _AND, "k_enum_verb": _AND, "k_enum_left": _AND, "i_enum_verb": _AND,
    "i_one_other": ("another", "other", "third", "second"),
    **{name: _SINGULAR_VERBS for name in _SINGULAR},
}  # fmt: skip
_NEEDS_GROUPS = tuple(
    (needs, frozenset(name for name, n in _NEEDS.items() if n == needs)) for needs in dict.fromkeys(_NEEDS.values())
)
# One index for every figure pattern: a sentence's words are looked up once.
_FIGURES = PhraseIndex(_ALL_FIGURES, flags=_F)
_KINDS = (
    ("killed", tuple(_KILLED_PATTERNS), tuple(_KILLED_ONE), tuple(_KILLED_ENUMS)),
    ("injured", tuple(_INJURED_PATTERNS), tuple(_INJURED_ONE), tuple(_INJURED_ENUMS)),
)

# ("no pupil was killed", "no students were hurt": none of them)
# ("None of the drivers or escorts was hurt")
_NONE_OF = r"none of (?:the |its |their )?(?:\d+ )?[\w-]+(?: (?:or|and) (?:the )?[\w-]+)?"
_NOBODY = (
    rf"(?:no one|nobody|no civilians?|no people|{_NONE_OF}"
    r"|none|no person|no soldiers?|no (?:pupil|student|child)(?:s|ren)?)"
)
_ZERO_KILLED = re.compile(
    rf"\b(?:{_NOBODY}\s+(?:was|were|has been|have been|had been)\s+(?:killed|dead)|{_NOBODY}\s+died"
    r"|no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:deaths|fatalities|dead)\b|without (?:any )?(?:deaths|fatalities)"
    r"|(?:there were|caused|causing|with|resulted in)\s+no\s+(?:deaths|fatalities)|no\s+loss\s+of\s+(?:human\s+)?li(?:fe|ves)"
    r"|no\s+li(?:fe|ves)\s+(?:was|were|has been|have been)\s+lost)",
    _F,
)
_ZERO_INJURED = re.compile(
    rf"\b(?:{_NOBODY}\s+(?:was|were|has been|have been|had been)\s+(?:injured|wounded|hurt)"
    r"|no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:injured|wounded)\b"
    # "No one else was killed or injured" after the dead are named: nobody hurt, but the dead stand.
    r"|(?:no one|nobody) else (?:was|were) (?:killed or )?(?:injured|wounded|hurt|harmed))",
    _F,
)
_ZERO_BOTH = re.compile(
    # ("gave no information on casualties" says nothing of their number)
    # ("no other casualties" after the dead are counted: nobody hurt)
    r"\bno\s+(?:immediate\s+)?(?:other\s+|further\s+)?(?:reports?\s+of\s+|resulting\s+)?(?:casualties"
    r"|victims|injuries or fatalities|fatalities or injuries)\b"
    r"|\bwithout (?:causing )?(?:any )?casualties\b"
    # "There were no injuries": where nobody was even hurt, nobody was killed (as the guide's labellers read it).
    r"|\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?injuries\b|\bwithout (?:any )?injuries\b"
    r"|\b(?:no one|nobody)(?: on board| aboard| inside)? was (?:killed or (?:injured|wounded|hurt)|hurt|harmed)\b"
    rf"|\b{_NONE_OF} (?:was|were) (?:hurt|harmed)\b",
    _F,
)
_ZEROS = PhraseIndex({"killed": _ZERO_KILLED, "injured": _ZERO_INJURED, "both": _ZERO_BOTH})

# Cheap prefilter: only sentences with a word that begins with one of these stems can hold a casualty figure.
CASUALTY_STEMS = words("""kill dead die death wound injur hurt casualt lives toll fatal hospital slain massacr murder
perish martyr execut victim bod corpse behead assassin gunned shrapnel eliminat neutrali buried bury cremat slay laid""")
CASUALTY_STEMS += [
    "loss of li",
    "life was lost",
    "suffered burn",
    "sustained burn",
    "shahadat",
    "supreme sacrifice",
    "supreme price",
    "ultimate sacrifice",
    "ultimate price",
    "sent to hell",
    "clinic",  # ("taken to the district health centre", "to a clinic": the wounded, `_INJURED_WORDS`)
    "health cent",
    "health facilit",
    "shot in the",  # ("was shot in the leg": one wounded, `i_one_hit`)
    "harmed",  # ("no one else was harmed": `_ZERO_INJURED`)
    "their names:",  # ("released their names: Hassan Fakih, 58; ...": `_names_of_the_dead`)
    "we lost",  # a unit counting its own dead (`k_lost`)
    "we've lost",
    "we have lost",
    "we had lost",
]  # phrases
# "medical" is in many sentences that state no casualty: it counts only after the verbs of `_INJURED_WORDS`
# ("sought medical help"), checked where it is found (one scan, not one per phrase).
_MEDICAL = "medical"
_MEDICAL_AFTER = ("sought ", "seeking ", "needed ", "required ", "received ")

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")]
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"  # fmt: skip
_DAY_MONTH = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('month', 'month2')}"
                        rf"\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?")  # fmt: skip
_YEAR = re.compile(
    r"\b(?:in|since|of|during|from|until|by|back in|between)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b"
    # "the 2021 fuel truck bombing", "after a 2015 bombing": a year that names an event
    r"|\b(?:the|a|an)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|strikes?|massacres?|blasts?|explosions?"
    r"|offensives?|war|raids?|shelling|ambush|siege|bombs?|shootings?|killings?|assault|hijacking|uprising|coup)\b",
    _F,
)  # "in 2019", "since early 2022", "In August 2024", "the 2021 bombing"
_RELATIVE_PAST = re.compile(
    r"\b(?:last|previous|past|earlier this|earlier in the|late last|early last)\s+(?:week|month|year|weekend|season|summer"
    r"|winter|spring|autumn|fall|decade)\b|\bthis\s+(?:winter|summer|spring|autumn)\b|\b(?:a|one|two|three|several|few)\s+(?:weeks|months|years|year|month|week)"
    r"\s+(?:ago|earlier|before)\b|\bin recent (?:days|weeks|months|years)\b|\b(?:over|in) the (?:past|last)\s+(?:\w+\s+)?"
    r"(?:hours|days|day|weeks|months|years)\b|\bso far this (?:year|month)\b|\bthis year\b|\bto date\b|\bcumulative\b"
    r"|\b(?:throughout|during|over the course of|since the start of|since the beginning of) the (?:war|conflict"
    r"|invasion)\b|\bsince the (?:start|beginning) of the (?:aggression|hostilities|escalation)\b"
    r"|\bhistory\b|\banniversary\b"
    # ("ten days ago": past the guide's two days)
    r"|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[3-9]|1\d)\s+days\s+(?:ago|earlier)\b"
    # ("presses allies for air defence a week after Kryvyi Rih strike killed 18": the strike is a week old)
    # (not "a year after the ... strike, the town remembers its 16 dead": a remembrance states that toll)
    # ("Kharkiv hit again days after strike that killed 11": bare "days" too, not "two days")
    r"|\b(?:(?:a|one|two|three|four|five|six|several|few)\s+weeks?|(?:three|four|five|six|seven|eight|nine|ten|[3-9]"
    r"|1\d)\s+days|(?<!\d )(?<!one )(?<!two )(?<!few )days|(?<!\d )weeks)\s+after\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:strike|airstrike|attack|bombing|massacre|raid|blast|explosion|shelling|ambush)s?\b"
    r"|\blast\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    _F,
)
_OTHER_EVENT = re.compile(
    r"\b(?:separate|earlier|previous|another|similar|prior|last)\s+(?:\w+\s+)?(?:attack|strike|assault|incident|raid"
    r"|bombing|shelling|explosion|blast|attacks|strikes|raids|massacre|offensive)\b"
    # "During the earlier round of fighting, strikes killed hundreds" (not a remnant's origin: "a bomb from previous
    # fighting exploded")
    r"|(?<!from )(?<!from the )\b(?:earlier|previous|prior|last)\s+(?:\w+\s+)?(?:round|wave|war|fighting|escalation|conflict|clashes)\b"
    r"|\bin (?:a|an) (?:separate|earlier"
    # ("in a separate message an hour later, he said 31 had been wounded": another message, the same attack)
    r"|previous|similar|unrelated)\b(?!\s+(?:message|statement|post|update|briefing|interview|report|video))|\belsewhere\b|\bmeanwhile\b"
    # An attack dated back from the report at the sentence's head: "Two days ago, a missile from Yemen struck near
    # the airport, lightly wounding six" (the report's own event is dated from its own day).
    r"|^(?:two|2|a couple of) days (?:ago|earlier),"
    # Another attack before the report's own: "Hours before the helicopter attack, a truck bomb in Cali killed six"
    # (after it, a figure can be the same attack's update).
    r"|^(?:hours|minutes|an hour|a day|days)\s+before\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike"
    r"|bombing|blast|explosion|raid|ambush|assault)\b"
    # A story that comes long after another: "The latest killings come months after coordinated attacks on more than
    # 20 villages ..., in which close to 200 people were killed".
    r"|\b(?:come|comes|came|coming)\s+(?:(?:two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:weeks|months|years)\s+after\b"
    # Another strike earlier that day: "Earlier on Monday, strikes on the town of Nabatieh killed 11 people".
    r"|^earlier (?:on |that |this |in the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|morning"
    r"|afternoon|evening)\b,?\s+(?:an? |the )?(?:[\w-]+\s+){0,2}?(?:strikes?|air ?strikes?|attacks?|raids?|shelling"
    r"|drones?|missiles?|bombs?|bombings?)\b"
    # a day's count over a whole country: "strikes across the country killed 41 people on Monday, bringing ..."
    r"|\b(?:strikes|attacks|raids|shelling|bombardment)\s+across\s+the\s+(?:country|territory|strip|enclave)\b"
    # and a region's day summed: "In total, six people were killed and 29 injured across the region" (the bus stop
    # the headline names had four of them)
    r"|\b(?:in total|in all|altogether|overall)\b(?=[^.;]{0,80}?\b(?:across|throughout)\s+(?:the\s+)?(?:[\w'-]+\s+)?"
    r"(?:regions?|oblasts?|provinces?|governorates?|country|settlements|districts))"
    # a correction's retracted figure: "An earlier version of this story said 15 people had been killed"
    # ("In a follow-up operation in neighbouring Panjgur, security forces killed nine": the operation after the attack)
    r"|\b(?:follow-up|follow-on|subsequent|retaliatory) (?:[\w-]+ )?(?:operations?|raids?|strikes?|offensive"
    r"|search operations?)\b"
    r"|\ban earlier version of this (?:story|article|report)\b|\b(?:incorrectly|wrongly|erroneously) (?:said|reported|stated)\b"
    # ("the health department separately reported that 28 had been wounded": a second source, the same attack)
    # ("Separately, the city's mayor said 34 people had been wounded": a second official, the same attack's toll)
    r"|\bseparately\b(?!\s+(?:reported|said|says|told|announced|confirmed|added))(?!,\s+(?:[\w'-]+\s+){1,5}?"
    r"(?:said|says|reported|told\s+\w+|added|confirmed)\s+(?:that\s+)?(?:at\s+least\s+|more\s+than\s+|some\s+)?"
    r"[\w-]+\s+(?:(?:people|others|civilians|residents|more)\s+)?(?:had\s+been|have\s+been|were)\s+"
    r"(?:wounded|injured|hurt|killed)(?:\s+in\s+the\s+(?:attack|strike|blast|explosion|shelling))?\s*(?:[.;]|$))"
    # "a day after missiles killed 20 in Dnipro", "the deadliest since April, when 35 were killed", "the previous day"
    # (after a comma or "came": "Two months after raising its alert, Sweden mourned ..." opens with the main news)
    # ("The sanctions came days after the talks, and a day after a missile attack on Kyiv killed four")
    r"|(?:(?<=, )|(?<=came )|(?<=comes )|(?<=happened )|(?<=occurred )|(?<=, and ))(?:just\s+|only\s+)?(?:a|one|two|three|four"
    r"|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+after\b"
    # A new attack told after the story's: "Days later, a suicide attack on a convoy in Noshki killed five" (an update
    # names the same one: "Days later, the toll rose to 12").
    r"|^(?:(?:a|one|two|three|four|five|six|several|few)\s+)?(?:days?|weeks?|months?)\s+later,\s+(?:a|an|another)\s"
    r"|\bsince\b[^.;]{0,40}?\bwhen\b|\b(?:the\s+)?(?:previous|preceding)\s+(?:day|night|week|month)\b"
    r"|\bthe\s+(?:day|night|week)\s+before\b"
    # "..., days after a drone attack on a base in Jordan killed three soldiers": the attack before the news.
    # ("Two days after the strike, the toll rose to 30" opens the sentence: the same attack's update.)
    r"|(?:(?<=, )|(?<=, just )|(?<=, only )|(?<=, two )|(?<=, three )|(?<=, four )|(?<=, five )|(?<=, several )"
    r"|(?<=, a few ))(?:days|weeks|months)\s+after\s+(?:an?|the|last|\d[\d,]*\s+(?:[\w-]+\s+)?(?:died|were|killed|dead))\b"
    # "It follows a strike on a hospital that killed 33", "the attack comes after ..."
    # ("The announcement came days after a Russian missile strike ... killed 18")
    # (not "came hours after an air strike ... killed four": a reaction the same day reports that strike)
    r"|\b(?:follows|followed|(?:comes|came)\s+(?:(?:just|only|two|three|four|several|a\s+few)\s+)?(?:(?:days|weeks)"
    r"\s+)?after)\s+(?:an?|the|last|another)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:strikes?|attacks?|raids?|bombings?|shelling|assaults?|massacres?)\b"
    # "in response to an Israeli strike on Bint Jbeil that killed three": the toll of the attack replied to.
    r"|\bin\s+(?:response|retaliation|reply)\s+(?:to|for)\s+(?:an?|the|last\s+\w+'s)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:strikes?|attacks?|raids?|bombings?|shelling)\b[^,.;]{0,80}?\b(?:that|which)\s+(?:killed|left|wounded|injured)\b"
    # "in response to the killing of one of its commanders": the death that provoked the attack.
    r"|\bin\s+(?:response|retaliation|revenge|reply)\s+(?:to|for)\s+(?:the\s+)?(?:killings?|deaths?|assassination"
    r"|murders?)\s+of\b"
    # "A strike on a detention centre a week later killed 68": weeks after an event told before.
    r"|\b(?:a|one|two|three|four|several|few|\d+)\s+(?:weeks?|months?|years?)\s+later\b"
    # "Israel responded to that attack with strikes that killed six": a reply to an attack told before.
    r"|\b(?:responded|retaliated|replied)\s+to\s+(?:that|this|those|these)\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?)\b"
    # "..., bringing the toll in the city this month to 40": a running total follows.
    # ("bringing the toll this month to 40": a tally; "bringing the number of dead to nine": the same event's update)
    # (a victim's age is no period: "bringing the toll to 11, among them a nine-year-old girl")
    r"|\b(?:bringing|raising|pushing)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:toll|total|number)\b"
    # ("bringing the army's death toll in the ground operation to 329": a campaign's running total)
    r"(?=[^.;]{0,40}?(?<!-)\b(?:this|so far|since|year|month|week|war|conflict|overall|in total|offensive|campaign"
    r"|ground operation)\b(?!-))",
    _F,
)
_CUMULATIVE = re.compile(
    r"\b(?:war|wars|conflict|invasion|fighting|violence|insurgency|hostilities|occupation|bombardment|siege"
    r"|(?:air |bombing |military )?campaign"  # ("the campaign has killed more than 200 people in total")
    r"|(?:wave|series|spate|string|campaign|string|barrage|months|weeks|years) of (?:\w+ ){0,3}?(?:attacks|strikes"
    r"|raids|bombings|shelling|airstrikes))\b[^.;]{0,60}?\b(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?"
    r"(?:been\s+)?(?:killed|claimed|left|cost)\b|\b(?:during|throughout) (?:the |its |their )?(?:[\w-]+ ){0,4}"
    r"(?:war|invasion|conflict)\b|\b(?:killed|died|dead)\b(?:,?\s+[\w'-]+){0,3}?,?\s+in (?:the )?(?:[\w-]+ ){0,3}war\b(?!-)"
    r"|\b(?:the|this|a) war\b[^.;]{0,80}\b(?:deadliest|has become|has sparked|bloodiest)\b"
    # "the 2023-2024 war, in which more than 4,000 people were killed" (not the figure's own: "three soldiers were
    # killed in the fighting, in which both sides exchanged artillery fire")
    r"|(?<!\bin the )\b(?:war|conflict|fighting|invasion)\s*,?\s+(?:in|during)\s+which\b"
    r"|\bwhose\b[^.;]{0,60}\b(?:attack|strike|assault|offensive|raid)\b"
    r"|\b(?:several|multiple|numerous|a number of) (?:\w+ )?(?:raids|strikes|attacks|airstrikes|air strikes|bombings)\b"
    # (not several on one target: "carried out several airstrikes on the main market in Ariha, killing 13")
    r"(?!\s+on\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:market|bazaar|school|hospital|camp|building|mosque|church"
    r"|convoy|village|town|neighbourhood|neighborhood|district|base|house|home)\b)"
    # (one night's series is one attack: "in a series of raids on the port on Friday night")
    r"|\ba series of (?:\w+ )?(?:raids|strikes|attacks|airstrikes|air strikes|bombings)\b(?![^.;]{0,100}?\b(?:on|late|early)"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:night|evening|morning)\b)"
    # ("the toll has since risen to 30": since then, an update; "since the war began": a tally)
    r"|(?<!\bhas )(?<!\bhave )(?<!\bhad )\bsince\b"
    # ("buried 22 people since the afternoon": the same day's count)
    r"(?!\s+(?:the\s+|this\s+|early\s+|late\s+)?(?:morning|afternoon|evening|dawn|daybreak|midday|noon|night)\b)"
    # (nor a fight's days: "40 wounded had been admitted since Wednesday", the battle's first day)
    r"(?!\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:last|week)))"
    # (but a campaign's days are its tally: "224 killed in the aggression of the Zionist regime since early Friday")
    r"|\b(?:aggression|offensive|campaign|escalation|onslaught|bombardment)\b(?:\s+(?:of|by)\s+(?:the\s+)?(?:[\w'-]+\s+)"
    r"{0,3}?)?\s*since\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # (and so is a fire's running count: "Iranian fire has killed 24 people in Israel since Friday")
    r"|\bha(?:s|ve)\s+(?:now\s+)?killed\b(?=[^.;]{0,60}?\bsince\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b(?!'s))"
    r"|\b(?:total|overall|cumulative) (?:death )?toll\b"
    # a periodic report's count: "the UN mission's quarterly brief said ... most of the 862 civilians killed"
    r"|\b(?:weekly|monthly|quarterly|annual|yearly|half-yearly) (?:[\w-]+ )?(?:brief|briefing|report|update|bulletin|tally"
    r"|review)\b"
    # ("With the latest encounter, 217 Maoists have been killed in the state this year": a running tally)
    r"|\bwith (?:the|this) latest (?:encounter|attack|strike|killings?|deaths?|incident|raid)\b"
    # A day's count over a whole territory: "38 killed and 112 wounded across the territory in the 24 hours to noon".
    r"|\b(?:in|over|during) the (?:past |last |previous |preceding )?(?:24|48|72) hours\b"
    # ("Over 6,000 dead in seven years as roadside bomb kills two more soldiers": a span's toll)
    r"|\b(?:dead|killed|deaths|died)\s+(?:in|over)\s+(?:the\s+(?:past|last)\s+)?(?:[\w-]+\s+)?(?:years|decades)\b"
    # ("In the first weeks of that fighting, more than 80 people were killed": a span's tally)
    r"|\b(?:in|during|over) the (?:first|opening|early) (?:few )?(?:days|weeks|months|years) of\b"
    r"|\bacross the (?:territory|strip|country|enclave)\b"
    r"|\b(?:\d{2,}|\d{1,3},\d{3}) (?:[\w-]+ )?(?:attacks|strikes|airstrikes|raids|bombings)\b",  # "136 attacks on hospitals"
    _F,
)
TALLY_MIN = 1000
# A later specific figure below this multiple of a vague lead figure ("hundreds" -> 100) states the lead's toll.
VAGUE_TO_SPECIFIC = 10
# A later figure above an open lead figure ("wounding more than 50") and below this multiple of it states that toll
# more exactly ("the hospital received 54 wounded").
OPEN_TO_SPECIFIC = 1.5
# A figure "nearly" N and a count just under it are the same toll, the count exact.
NEARLY_TO_SPECIFIC = 0.8
_EVENT_NOUN = re.compile(
    r"\b(?:attack|strike|airstrike|air strike|raid|bombing|bombardment|shelling|blast|explosion|massacre|ambush"
    r"|assault|missile|rocket|drone|bomb|shell|shot|gunmen|clash"
    # (artillery that strikes, not artillery delivered: "Russian artillery hit a street", not "to deliver artillery")
    r"|artillery\s+(?:fire|shell|strike|attack|barrage|hit|struck|pounded))",
    _F,
)
_NUT_GRAF = re.compile(rf"{_EVENT_NOUN.pattern}|\b(?:barrages?|struck|hit)\b", _F)
# An attack named in passing, as a moment of the scene: "a few minutes before the strike", "since the attack".
_PASSING_MENTION = re.compile(
    r"\b(?:before|after|since|during) (?:the|a|an|that|this) (?:[\w-]+ )?(?:strike|attack|bombing|blast|explosion"
    r"|shelling|raid)s?\b",
    _F,
)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|among the dead|among)\s+(?:\w+\s+)?$", _F
)
_UPDATE_WORDS = (
    # ("the latest in near-daily attacks" names a series, not a newer figure)
    r"rose|risen|rising|climbed|increased|jumped|reached|now|updated|update|later|latest(?!\s+(?:in|of)\b)|has grown|grew"
    r"|revised|bringing|raising|pushing|taking the (?:death toll|toll|number)"
    # ("the Ombudsman raised the toll to 16")
    r"|raised\s+(?:the|its|their)\s+(?:[\w'-]+\s+)?(?:toll|count|tally|figure|number)"
    # "we have counted 31 bodies so far" (not "killed in the Jenin operation so far": a tally), "In total, 47 ..."
    r"|(?:bodies|dead|deaths|victims) so far|in total|a total of|altogether"
)
_UPDATE_BY = (
    r"(?:by\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|evening|nightfall|morning|afternoon|midday|noon|midnight)|before\s+midnight)"
)
_UPDATE = re.compile(rf"\b(?:{_UPDATE_WORDS})\b|\b{_UPDATE_BY}\b", _F)
# The same words without their closing word boundary: where this finds nothing, `_UPDATE` finds nothing in any
# prefix of the sentence either, so no figure of the sentence can update a toll (see `_updates`).
_MAY_UPDATE = re.compile(rf"\b(?:{_UPDATE_WORDS})|\b{_UPDATE_BY}", _F)
_ALSO = re.compile(r"\balso\b", _F)
_BREAKDOWN = re.compile(
    r"\b(?:the dead|the victims|the killed|those killed|of them|among them|among the|most of|including)\b", _F
)
_NEXT_CLAUSE = re.compile(r",\s+and\b|;")
LATE_FIGURE_SENTENCES = 5  # how far past a lead without a toll the story's own toll is looked for
# and how far past that late toll the other kind may follow ("We have buried fourteen people," the camp director
# said. ... "More than forty wounded have come to us," a doctor said.)
LATE_PAIR_SENTENCES = 3
INITIAL_REACH = 2  # sentences after a first count ("initially said nine") where a higher one is the later count
UPDATE_AFTER_CHARS = 30  # "12 were killed, officials later said": an update word just after the figure


# A sentence that says the toll rose and gives no figure: the next sentence's figures are the update ("By evening the
# toll had climbed. The governor said seven people had been confirmed dead").
# ("The toll has risen.", "The figure climbed through the night as rescuers cut into the slabs.")
_TOLL_ROSE_ALONE = re.compile(
    r"\b(?:tolls?|the (?:figures?|counts?|tally|tallies|numbers)|number of (?:the )?(?:dead|casualties|victims))\s+"
    r"(?:had\s+|has\s+|have\s+)?"
    r"(?:climbed|risen|rose|grown|increased|jumped|doubled|tripled)(?:\s+(?:steadily|sharply|substantially|significantly|dramatically|further|again|through the night|overnight"
    r"|(?:during|throughout) the (?:night|day|morning)))?(?:\W*$|\s+as\b)"
    # ("21 bodies had been counted. Civil society leaders gave a higher figure.")
    r"|\b(?:gave|give|gives|giving|cited|reported|put forward)\s+(?:a\s+)?(?:much\s+|far\s+)?higher\s+"
    r"(?:figure|toll|count|number|tally)\b",
    _F,
)


_TOLL_ROSE_TO = re.compile(
    r"\b(?:death toll|toll|number of (?:the )?(?:dead|casualties|victims))(?:\s+(?:in|from|of)\s+(?:the\s+)?[\w'-]+)?"
    r"\s+(?:had\s+|has\s+)?(?:climbed|risen|rose|grown|increased|jumped)\s+to\b",
    _F,
)


def _after_toll_rose(sentences: list[str], index: int) -> bool:
    """One of the two sentences before says the toll rose (the killed, then the wounded: '"Sixteen were killed. Sixty-
    four were wounded," the governor said'), or the one just before raised the toll with its figure ("the toll had
    climbed to 14. The number of injured stood at 46.")."""
    return any(_TOLL_ROSE_ALONE.search(sentences[i]) is not None for i in range(max(0, index - 2), index)) or (
        index > 0 and _TOLL_ROSE_TO.search(sentences[index - 1]) is not None
    )


_NO_ONE_HURT = re.compile(
    # (not "no one else was hurt": others were)
    r"\b(?:no one|no-one|nobody)\s+(?:was|were|has been|had been|is)\s+(?:\w+\s+)?(?:injured|hurt|wounded)\b",
    _F,
)
_INITIALLY = re.compile(
    r"\b(?:initially|at first|first reported|(?:an|the) initial (?:toll|count|figure|report)|earlier (?:said|reported|put)"
    r"|(?:his|her|its|their|the) first (?:statement|update|post|report|briefing))\b",
    _F,
)


# A part of the toll, not all of it: "Seven children were among the dead" (the whole count may follow).
_AMONG_THE_DEAD = re.compile(r"\bamong\s+(?:the\s+)?(?:dead|killed|victims|wounded|injured)\s*$", _F)
PART_REACH = 5  # sentences after such a part where a higher count is the whole toll


def _part_of_toll(figure: Figure, sentences: list[str]) -> bool:
    sentence = sentences[figure.sentence_index]
    return figure.end is not None and _AMONG_THE_DEAD.search(sentence, 0, figure.end) is not None


def _initial_figure(figure: Figure, sentences: list[str]) -> bool:
    """The figure is given as a first count ("initially told reporters that nine had been killed")."""
    sentence = sentences[figure.sentence_index]
    return _INITIALLY.search(sentence, 0, len(sentence) if figure.end is None else figure.end) is not None


def _updates_in(figure: Figure, sentences: list[str]) -> bool:
    """`_updates` for the figure's sentence, or the sentence just after one that says the toll rose."""
    return _updates(figure, sentences[figure.sentence_index]) or _after_toll_rose(sentences, figure.sentence_index)


def _later_live_entry(sentences: list[str], index: int) -> bool:
    """On a live page whose entries run forward in time ("08:05 - two killed ... 17:55 - nine killed and at least 40
    injured"), an entry stamped later than an earlier entry of the page updates its figures. (Pages that put the
    newest entry first give older figures further down.)"""
    stamp = live_entry_minutes(sentences[index])
    if stamp is None:
        return False
    return any((earlier := live_entry_minutes(s)) is not None and earlier < stamp for s in sentences[:index])


def _updates(figure: Figure, sentence: str) -> bool:
    """The figure updates the toll ("the toll rose to 12", "12 have now died"): an update word before the figure's
    end or just after it. One in a later clause is about something else ("... killed hundreds, before the two sides
    reached a truce")."""
    end = len(sentence) if figure.end is None else figure.end + UPDATE_AFTER_CHARS
    return _UPDATE.search(sentence, 0, end) is not None


# A figure that closes a range; "from 5 to 12" is a rising toll, not a range.
_RANGE_BEFORE = re.compile(
    # (a spaced dash is no range: "QUETTA, April 8 - Eleven people ..." is a dateline's day, then the toll)
    rf"(?:\bbetween\s+(?P<low>{NUMBER})\s+(?:and|to)|(?<!from )\b(?P<low2>{NUMBER})(?:\s*(?:to|or)|-))\s*$",
    _F,
)
_APPOSITION_BEFORE = re.compile(r",\s+(?:both\s+|all\s+|aged\s+)?$", _F)
# Asides in brackets or between two dashes ("ten members of a family - including a baby - killed").
_ASIDE = re.compile(r"\s*(?:\([^()]{0,200}\)|\[[^\[\]]{0,200}\])|\s+-\s+(?:(?!\s-\s)[^()\[\]]){1,80}?\s+-(?=\s)")
_LIST_APPOSITION = re.compile(
    r"(?<=[A-Za-z]),\s+(?:an?|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s[^,;.]{1,60}?"
    # (not ages: "a woman, her two daughters aged six and nine, and her son" is a list, not a restatement)
    rf"\s(?:and|as well as)\s(?!(?:{NUMBER})\s*,)[^,;.]{{1,60}}?,(?=\s)",
    _F,
)
_INCLUDING_ASIDE = re.compile(
    # (not a relative clause's own verb: "recovered all 20 crew members, including the two who died")
    r",?\s+including\s+[^,;.]{1,80}?(?<!\bwho)(?<!\bwhich)(?<!\bthat)"
    r"(?=,|\s+(?:were|was|have been|has been|had been|are|died|killed)\b)",
    _F,
)
# The youngest or eldest named between commas: "a woman, her two daughters and three grandchildren, the youngest an
# eight-month-old girl, were shot dead" (the aside hides the list's verb).
_AGE_ASIDE = re.compile(r",\s+the\s+(?:youngest|eldest|oldest)\b[^,;.]{1,60},(?=\s)", _F)
# A headline's list without its "and": "Six CoBRA commandos, civilian driver killed" (the last item gets its article).
_TITLE_LIST = re.compile(
    # (after a kicker: "Chhattisgarh: 6 DRG jawans, driver killed in Maoist IED blast")
    # (not a second figure of another kind: "18 martyrs, dozens wounded")
    rf"^(?P<kicker>[^:]{{2,40}}:\s+)?(?P<first>(?:{NUMBER})\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+),\s+(?!(?:{NUMBER})\b)"
    rf"(?P<last>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?)"
    r"(?=\s+(?:killed|dead|martyred|injured|wounded|hurt)\b)",
    _F,
)
# Two sides counted by a headline without its "and": "Troops repel attack on base; seven soldiers, 15 insurgents killed".
_TITLE_COUNTS = re.compile(
    # (not a group that has its own verb or noun of harm: "18 martyrs, dozens wounded" are two kinds)
    rf"(?P<first>\b(?:{NUMBER})\s+(?:[\w'-]+\s+){{0,2}}?[A-Za-z][\w'-]*(?<!martyrs)(?<!dead)(?<!killed)(?<!injured)"
    r"(?<!wounded)(?<!hurt)),\s+"
    rf"(?P<last>(?:{NUMBER})\s+(?:[\w'-]+\s+){{0,2}}?[A-Za-z][\w'-]*)(?=\s+(?:killed|dead|martyred|injured|wounded|hurt)\b)",
    _F,
)
# Ages inside a list of victims: "her two daughters aged six and nine" (the "and" would split the list).
_AGES = re.compile(
    rf",?\s+aged\s+(?:between\s+|from\s+|about\s+|around\s+)?(?:{NUMBER})(?:\s*(?:,|and|to)\s*(?:{NUMBER}))*(?=[\s,;.])",
    _F,
)
# (not after an age, which the aside would join to the next figure: "said Lyudmila, 61, who was waiting for news of her
# son, one of the wounded")
_RELATIVE_ASIDE = re.compile(r"(?<!\d),\s+(?:who|which)\s[^,;]{1,150}?,(?=\s)")
# A list's last item with a relative clause and no commas: "Three soldiers and a civilian who was riding past on a
# motorcycle were killed".
# ("Two other worshippers who tried to escape were shot and injured")
_RELATIVE_BEFORE_VERB = re.compile(
    r"\s+who\s+(?:was|were|had been|tried|ran|fled|managed)\s+[^,;.]{1,60}?"
    r"(?=\s+were\s+(?:also\s+)?(?:shot\s+and\s+)?(?:killed|wounded|injured|hurt)\b)"
)
_NOUN_APPOSITION = re.compile(
    # (after a noun, not an age: "Abdesalem Lassoued, 45, a known terror suspect, was shot dead")
    r"(?<=[A-Za-z]),\s+(?:an?|the)\s+(?:[A-Za-z][\w'-]*\s+){0,5}?[A-Za-z][\w'-]*,(?=\s+(?:were|was|have been|had been)\s)"
)
# A list's first item with a relative clause: "killing a family of five who were asleep inside and two people next
# door" (the list reads on after it).
_RELATIVE_IN_LIST = re.compile(
    rf"\s+who\s+(?:was|were|had been)\s+(?:[\w'-]+\s+){{0,4}}?[\w'-]+(?=\s+and\s+(?:{NUMBER}|an?|his|her|their)\s)", _F
)
# A breakdown between commas: "14 Palestinians, 3 of them children, were killed"; "Twelve people, five of whom were
# women, were wounded".
_SUBSET_ASIDE = re.compile(
    rf",\s+(?:(?:{NUMBER})|all|most|many|some|several|half)\s+of\s+(?:them|whom)\b[^,;.]{{0,60}}?,(?=\s)"
    r"|,\s+(?:[\w'-]+\s+){1,4}?among them,(?=\s)",  # "Fifteen civilians, women and children among them, were ..."
    _F,
)
_SINCE_AFTER_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|biggest|largest|heaviest|most \w+)\b[^.]*\bsince\b", _F)
# "the deadliest attack in the district this year": the year of a record, not the time of the figures.
_SUPERLATIVE_IN_CLAUSE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest)\b[^,;:.]{0,50}$", _F)


# A month named without a day ("In March, a strike killed 20", "killed 19 people in May"), or a season: another time
# than the report's, unless it is the report's own month. (Case-sensitive: "may" is a verb.)
# Keyed on the month itself (a lookbehind for the preposition): "in" would be tried at every "in" of a sentence.
_MONTH_ONLY = re.compile(
    r"(?:(?<=[Ii]n )|(?<=[Ss]ince )|(?<=[Dd]uring )|(?<=[Uu]ntil )|(?<=[Ff]rom )|(?<=[Ee]arly )|(?<=[Ll]ate )"
    r"|(?<=[Mm]id-))(?P<month3>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?!\s+\d)|(?<=[Ii]n the )(?:summer|spring|autumn|fall|winter)\b"
    # (a month naming an attack: "A March strike on the same district wounded 25 people")
    r"|(?:(?<=\b[Aa] )|(?<=\b[Tt]he ))(?P<month4>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?=\s+(?:(?:air\s?|drone\s|missile\s)?strikes?|attacks?|bombings?|raids?|shelling|massacres?"
    r"|offensive|assault|barrage|blasts?|explosions?)\b)"
)
# Background cues, each tried only at the words that can begin it.
_CONTEXT = PhraseIndex(
    {"relative_past": _RELATIVE_PAST, "other_event": _OTHER_EVENT, "cumulative": _CUMULATIVE, "year": _YEAR,
     "day_month": _DAY_MONTH, "month_only": _MONTH_ONLY}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # "killed" | "injured"
    value: int
    qualifier: str
    sentence_index: int
    background: bool
    vague: bool = False  # read from "dozens", "hundreds", ...: a later specific figure states the same toll
    end: int | None = None  # where the figure's words end in its sentence (None: anywhere)


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", _F)


def _dates_a_record(sentence: str, start: int) -> bool:
    """The date or year at `start` follows "since" after a superlative ("the deadliest strike since the Oct. 7
    attack", "the worst fighting since 2014"): it dates a record, not the figures' event."""
    return (
        _SINCE_BEFORE.search(sentence, max(0, start - 12), start) is not None
        or sentence[start : start + 6].lower() == "since "
    ) and _SINCE_AFTER_SUPERLATIVE.search(sentence, 0, start + 6) is not None


def background_cues(
    sentence: str, reference: date | None, in_lead: bool = True
) -> tuple[int | None, int | None, int | None]:
    """(where a date of another time starts: "last month", "in 2019", a past date; where the first cue of another
    event or time or of a war-wide tally starts: "a separate attack", "in March", "the war has killed"; where a
    record's "since" starts: "the deadliest since a missile hit a mall, killing 22" recalls that event after it).
    A figure before a dated clause is the sentence's own ("killed two men on Tuesday, despite a truce that has held
    since late 2024"); once dated, only the other event's or month's cues before the date are looked for."""
    cues = _CONTEXT.matches(sentence)  # every cue in one pass over the sentence's words
    dated_at = _dated_elsewhere(sentence, reference, in_lead, cues)
    other = cues.get("other_event")
    starts = [other[0].start()] if other else []
    for m in cues.get("month_only", ()):
        month = m.groupdict().get("month3") or m.groupdict().get("month4")  # None for a season
        if _dates_a_record(sentence, m.start()):  # "the deadliest strike since May"
            continue
        if reference is None or month is None or _MONTHS[month.lower()] != reference.month:
            starts.append(m.start())
            break
    if dated_at is not None:
        # (another time named before the date still dates what follows it: "In August, a strike ... killed more
        # than 90, and a UN agency said last month that ...")
        first_other = min(starts, default=None)
        return dated_at, first_other if first_other is not None and first_other < dated_at else None, None
    record_since = None
    for m in cues.get("cumulative", ()):
        # "the deadliest attack since 2014" dates a record, not a tally; other cumulative cues still count.
        if m.group().lower() != "since" or not _SINCE_AFTER_SUPERLATIVE.search(sentence):
            starts.append(m.start())
            break
        record_since = m.start() if record_since is None else record_since
    return None, min(starts, default=None), record_since


# How far a calendar date may lie from the report's and still be the main event's: the lead's may be a late report;
# a date further down three days back ("On 9 January, drones hit a warehouse", read on the 12th) is a recalled event.
DATE_SLACK_DAYS_LEAD = 3
DATE_SLACK_DAYS_LATER = 2


# A year in an aside on who speaks dates the speaker, not what they say: "the NUG, the shadow administration formed
# by lawmakers ousted in the 2021 coup, said the toll had risen to 33".
_SPEAKERS_ASIDE_END = re.compile(
    r"[^,.;:\d]{0,40},\s+(?:(?:has|had)\s+)?(?:said|says|told|added|reported|announced|confirmed|stated)\b", _F
)


def _ranks_in_year(sentence: str, m: re.Match[str]) -> bool:
    return m.group().lower() == "this year" and _SUPERLATIVE_IN_CLAUSE.search(sentence, 0, m.start()) is not None


def _dated_elsewhere(
    sentence: str, reference: date | None, in_lead: bool, cues: dict[str, list[re.Match[str]]]
) -> int | None:
    """Where the first date of another time than the report's starts, or None."""
    found = [m.start() for m in cues.get("relative_past", ()) if not _ranks_in_year(sentence, m)][:1]
    for m in cues.get("year", ()):
        year = int(m.group(1) or m.group(2) or m.group(3))
        if (
            (reference is None or year < reference.year)
            and not _dates_a_record(sentence, m.start())
            and _SPEAKERS_ASIDE_END.match(sentence, m.end()) is None
        ):
            found.append(m.start())
            break
    if reference is None:
        # Without a report date, a calendar date deep in the text is a recalled event: news dates its main event
        # by weekday ("on Friday") and its background by calendar ("on October 5").
        if not in_lead:
            found.extend(m.start() for m in cues.get("day_month", ()))
        return min(found, default=None)
    for m in cues.get("day_month", ()):
        if _dates_a_record(sentence, m.start()):
            continue
        day = int(m.group("d1") or m.group("d2"))
        month = _MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
        year = int(m.group("year")) if m.group("year") else reference.year
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if (when - reference).days > 3 and not m.group("year"):  # "December 30" read in January is last year
            when = date(year - 1, month, day)  # (a day or two ahead is the reporter's time zone)
        if abs((reference - when).days) > (DATE_SLACK_DAYS_LEAD if in_lead else DATE_SLACK_DAYS_LATER):
            found.append(m.start())
            break
    return min(found, default=None)


def _before_a_clause(sentence: str, figure_end: int, cue: int) -> bool:
    """The figure ends before the cue of another event, with a comma between: "A strike killed five people, the
    latest in a series of attacks" states the main event first and recalls the others after it."""
    # (a clause's comma, not a thousands separator: "killed 2,140 civilians and injured 9,870 in 2025")
    # (or a clause of the displaced, whom the cue then dates: "seven were wounded and more than 2,300 had fled their
    # homes since the fighting broke out")
    # (not the commas of a place's aside: "hundreds were killed in Moura, also in central Mali, in March", nor of a
    # list: "691 were killed in acts of terrorism, violence and armed conflict in August")
    return figure_end <= cue and (
        _CLAUSE_COMMA.search(_LIST_COMMA.sub(" ", _PLACE_ASIDE.sub(" ", sentence[figure_end:cue]))) is not None
        or _DISPLACED_CLAUSE.search(sentence, figure_end, cue) is not None
    )


_CLAUSE_COMMA = re.compile(r",(?!\d)")
_LIST_COMMA = re.compile(r",\s*(?=[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:and|or)\s)")
_PLACE_ASIDE = re.compile(r",\s*(?:also\s+)?(?:in|near|outside)\s+[^,;]{1,40},\s*(?=(?:in|on|during|since)\s)", _F)
# (with a verb of its own: "killed and 140,000 displaced since" shares the killed's "since")
_DISPLACED_CLAUSE = re.compile(
    r"\s(?:and|while)\s+(?:[\w,-]+\s+){1,4}?(?:had|have|has|were|are)\s+(?:been\s+)?(?:fled|displaced|evacuated"
    r"|uprooted|lost their homes)\b",
    _F,
)


# "Two gunmen on a scooter shot and killed a baker": with no passive auxiliary and an object after the verb, the
# figure counts the attackers, not the victims.
_PASSIVE_MARK = re.compile(r"\b(?:were|was|been|are|is|being|got|left|reportedly|later)\b", _F)
_OBJECT_AFTER = re.compile(
    rf"\s+(?:a|an|the|his|her|their|its|him|them|several|many|some|dozens|scores|at least|{NUMBER})\b", _F
)
_TRANSITIVE_END = ("killed", "murdered", "executed", "massacred", "beheaded", "injured", "wounded", "hurt", "maimed")


# A number that measures something else: "killed 12 km from the front", "a 33-year-old", "40%".
_UNIT_AFTER = re.compile(
    r"(?:%|-year|-month|\s+(?:years?|percent|per cent|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|hours?|minutes?"
    r"|days?|weeks?|months?)\b)",
    _F,
)


def _active_voice(m: re.Match[str], sentence: str) -> bool:
    if not m.group().lower().endswith(_TRANSITIVE_END):
        return False
    obj = _OBJECT_AFTER.match(sentence, m.end())
    return (
        obj is not None
        and _UNIT_AFTER.match(sentence, obj.end()) is None
        and _PASSIVE_MARK.search(sentence, m.end("n"), m.end()) is None
    )


def _gap_ok(gap: str | None) -> bool:
    """No blocked word in the noun phrase the figure counts. A prepositional phrase after it is the victims'
    place, not what is counted ("a dozen people in adjacent homes were wounded"). A gap that ends in "and" joins
    two verbs, which a passive must open ("five people were shot and injured"; not "took Camp 1 ... and killed")."""
    tokens = (gap or "").replace(",", " ").split()
    lowered = [t.lower() for t in tokens]
    if "and" in lowered and not _and_joins_victims(lowered):
        return False
    for tok in tokens:
        low = tok.lower()
        if low in _GAP_PREPOSITIONS:
            return True
        if low in _GAP_BLOCK:
            return False
    return True


_GAP_PREPOSITIONS = frozenset(words("in inside at near on outside from"))
_PASSIVE_WORDS = frozenset(words("was were been are is"))
_TAKEN_AWAY = frozenset(words("offloaded abducted kidnapped dragged rounded lined separated"))
AND_GROUP_WORDS = 3  # "and VDP members", "and allied militiamen": a short noun group


def _and_joins_victims(lowered: list[str]) -> bool:
    """An "and" inside the words between a figure and its verb (`_GAP` refuses the plain clause joins) joins a
    second group of victims, a short one that ends in a noun ("and alleged Syrian mercenaries", not "hit by four
    bullets and declared brought dead"), or two verbs after a passive ("five people were shot and injured"; a
    headline drops the "were": "Fourteen passengers offloaded from coaches and shot dead")."""
    at = lowered.index("and")
    after = lowered[at + 1 :]
    if not after:
        return bool(_PASSIVE_WORDS.intersection(lowered)) or bool(_TAKEN_AWAY.intersection(lowered))
    return at > 0 and len(after) <= AND_GROUP_WORDS and not after[-1].endswith("ed")


# Month names as written in dates (capitalised: "may" is a verb): "29 April", "April 29".
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar" \
              r"|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"  # fmt: skip
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}")
_MONTH_BEFORE = re.compile(rf"{_MONTH_NAME}\.?\s+$")


def _dated(m: re.Match[str], sentence: str) -> bool:
    """The figure is a year, the day of a date ("On 12 March 2021, three guards were killed") or part of a clock
    time (a live page's "07:58 Medics now say six were killed"): skipped before it can hide the real figure that
    follows it in the same match."""
    raw = m.group("n")
    if not raw.isdigit():
        return False
    if len(raw) == 4 and 1900 <= int(raw) <= 2100:
        return True
    start, end = m.span("n")
    if _CLOCK_BEFORE.search(sentence, max(0, start - 3), start) or (
        int(raw) <= 24 and _CLOCK_AFTER.match(sentence, end)
    ):
        return True
    return len(raw) <= 2 and bool(
        _MONTH_AFTER.match(sentence, m.end("n"))
        or _MONTH_BEFORE.search(sentence, max(0, m.start("n") - 12), m.start("n"))
    )


_CLOCK_BEFORE = re.compile(r"\b(?:[01]?\d|2[0-4])[:.]$")  # "07:58", "14.30": the minutes
_CLOCK_AFTER = re.compile(r"[:.][0-5]\d\b(?![.,]?\d)")  # the hour
# (a headline drops the verb: "Edmonton man among 14 killed in Russian attack on Kyiv")
_AMONG_TOTAL = re.compile(
    r"(?:\b(?:is|are|was|were)\s+|^(?:[\w'-]+\s+){1,4})among\s+(?:the\s+)?(?:at least\s+|more than\s+)?$", _F
)


_AGE_RANGE_BEFORE = re.compile(
    r"\b(?:men|women|boys|girls|children|youths|teenagers|people|victims)\s+between\s+\d{1,2}\s+and\s+$", _F
)
# ("a woman of 80", "a girl of about ten")
_PERSON_OF_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:man|woman|boy|girl|child|person|pensioner|widow)\s+of\s+"
    r"(?:(?:about|around|roughly|some|nearly|barely|only)\s+)?$",
    _F,
)
# ("a man aged about 60", "three children aged between 7 and 13")
_AGED_BEFORE = re.compile(
    r"\b(?:aged|ages|age)\s+(?:(?:about|around|roughly|nearly|over|under|between|from)\s+)?(?:\d{1,3}\s*(?:,|and|to|-)\s*)*$",
    _F,
)


def _plausible(m: re.Match[str], value: int, sentence: str) -> bool:
    if sentence[max(0, m.start("n") - 3) : m.start("n")].lower() == "no ":
        return False  # "no one was killed" is a zero, handled apart
    window = sentence[max(0, m.start("n") - 30) : m.start("n")]
    if _SUBSET_BEFORE.search(window) and not _AMONG_TOTAL.search(window):
        return False  # "including 17 children" is part of a toll, not the toll ("a baby is among six killed" is)
    if "age" in window and _AGED_BEFORE.search(window):
        return False  # "two brothers aged 9 and 12 were killed": ages, not a toll
    if " of " in window[-16:] and _PERSON_OF_BEFORE.search(window):
        return False  # "four people, including a woman of 80, were taken to hospital": an age
    if "between" in window and _AGE_RANGE_BEFORE.search(window):
        return False  # "the five, all young men between 19 and 27, were killed"
    if sentence[m.end("n") : m.end("n") + 1] == "," and _APPOSITION_BEFORE.search(sentence, 0, m.start("n")):
        return False  # "the gunman, 45, was shot dead", "two guards, both 30,": an age in apposition
    if _TAKEN_BEFORE.search(window):
        return False  # "gunmen abduct 30 travellers, driver shot dead": the 30 were taken, not killed
    before = sentence[max(0, m.start("n") - 1) : m.start("n")]
    return before not in ("$", "#", "-", ":") and _UNIT_AFTER.match(sentence, m.end("n")) is None


# The figure as the object of a verb of taking: "abducted about 30 travellers", "kidnap 12 farmers".
_TAKEN_BEFORE = re.compile(
    rf"\b(?:abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|arrest(?:s|ed|ing)?"
    rf"|detain(?:s|ed|ing)?)\s+(?:(?:{QUALIFIER})\s+)?$",
    _F,
)


def _range_low(sentence: str, start: int, value: int) -> int:
    """The low end when the figure closes a range ("between 1 and 4 soldiers", "6 or 7 people")."""
    window = sentence[max(0, start - 40) : start]
    if not (" to " in window or " or " in window or "-" in window or "etween" in window):
        return value  # the regex below tries every offset of the window: rule most figures out first
    m = _RANGE_BEFORE.search(window)
    if m is None:
        return value
    low = parse_number(m.group("low") or m.group("low2"))
    return low if low is not None and low < value else value


def _items_before(window: str) -> str | None:
    """The longest run of enumerated items that ends the window, tried only from the words an item can begin with
    (a regex search anchored at the end would try every offset)."""
    for start in _ITEM_STARTS.finditer(window):
        if _MONTH_BEFORE.search(window, max(0, start.start() - 12), start.start()):
            continue  # a date's day, not a count: "Raipur, Aug 19 (NWI) Seven personnel ... and a driver were killed"
        at = start.start()
        if at >= 2 and window[at - 1] in ":." and window[at - 2].isdigit():
            continue  # a clock's minutes: "confirmed dead shortly after the 3:50 a.m. impact, and a fourth died"
        run = _ITEMS_BEFORE.fullmatch(window, start.start())
        if run is not None:
            # Items after a preposition are its objects, not victims ("shot inside their house, and seven wounded").
            return None if _PREPOSITION_BEFORE.search(window, 0, start.start()) else run.group()
    return None


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:(?<!resulting )(?<!resulted )(?<!results )(?<!result )in|inside|at|on|from|near|of|to|into|with|by|for|under"
    r"|outside|behind|across|along|towards?)\s+"
    # (and the name whose number the first item then is: "vehicles on the Mexico 15 highway and six people killed";
    # not a day's: "on Tuesday 12 soldiers and a medic were killed")
    r"(?:the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z])[\w'-]*\s+){0,3}$",
    _F,
)  # ("resulting in 25 fighters and 6 soldiers killed" lists the victims)


_WORDS = re.compile(r"[\w'-]+")
# An item that names people without counting them: a family, a plural ("their neighbours").
_UNCOUNTED_ITEM = re.compile(r"\bfamil(?:y|ies)\s*$|[a-z](?<!s)(?<!u)(?<!i)s\s*$")
_FAMILY_ITEM = re.compile(rf"(?:an?|the)\s+(?:entire\s+|whole\s+)?(?:[\w'-]+\s+)?family\s+of\s+(?P<n>{NUMBER})\b", _F)
_COUPLE = re.compile(r"\b(?:couple|twins|parents|grandparents)\b", _F)
# The single victim a verb names, when it is a pair: "killing a married couple", "shot dead an elderly couple".
_COUPLE_NAMED = re.compile(r"(?:[\w'-]+\s+){0,2}?(?:couple|twins)\b(?!\s+of\b)", _F)
_CARE = re.compile(r"hospital|treat|medical|clinic|health", _F)


# "killed six rangers, and two more were wounded": a second clause with its own figure, not a list of two.
_MORE_CLAUSE = re.compile(rf",\s*and\s+(?:{NUMBER})\s+(?:more|others)\s*$", _F)


def _enum_total(enum: str) -> int | None:
    """Sum of an enumeration's figures; an item without a figure ("a trader", "his wife") counts one."""
    total = 0
    if any(word in _GAP_BLOCK for word in _WORDS.findall(enum.lower().replace(" as well as ", " , "))):
        return None  # "50 servicemen and 8 units of equipment": not all of them victims
    items = _ENUM_SPLIT.split(enum)
    if len(items) == 2 and _MORE_CLAUSE.search(enum):
        return None
    for item in items:
        family = _FAMILY_ITEM.match(item)  # "a family of five and two neighbours": seven
        head = family or _ENUM_HEAD.match(item)
        raw = head.group("n") if head else None
        if not raw and _UNCOUNTED_ITEM.search(item) and not _COUPLE.search(item):
            return None  # "killing a family and their neighbours": how many, the list does not say
        value = parse_number(raw) if raw else (2 if _COUPLE.search(item) else 1)  # "a retired couple": two
        if value is None:
            return None
        total += value
    return total


_LONG_NAME = re.compile(r"\b(?P<head>[A-Z][\w'-]+)(?:\s+(?:(?:of|for|the|and)\s+){0,2}[A-Z][\w'-]+){2,}")
_QUOTED_WORD = re.compile(r'"((?:\w+ ){0,3}\w+)"')  # up to four words: '"more than a dozen" wounded'


def _strip_asides(sentence: str) -> str:
    return _ASIDE.sub("", sentence)


def _scan(
    sentence: str, index: int, out: list[Figure], cues: Callable[[str], tuple[int | None, int | None, int | None]]
) -> None:
    texts = [sentence]
    if "(" in sentence or "[" in sentence or sentence.count(" - ") >= 2:
        # Asides break the patterns ("5 civilians (2 men, 2 women and 1 child) were killed"): read it without them.
        texts.append(_strip_asides(sentence))
    if '"' in sentence:
        # Words quoted from a statement are still its figure: 'said "dozens" of people were wounded'.
        texts.append(_QUOTED_WORD.sub(r"\1", texts[-1]))
    if ", who " in sentence or ", which " in sentence:
        # So do relative clauses between commas ("Three policemen and a passer-by, who was a student, were killed").
        texts.append(_RELATIVE_ASIDE.sub("", texts[-1]))
    elif " who " in sentence:
        texts.append(_RELATIVE_BEFORE_VERB.sub("", texts[-1]))
        texts.append(_RELATIVE_IN_LIST.sub("", texts[-1]))
    if sentence.count(",") >= 2:
        # And a description between commas before the verb ("six members of the Volunteers for the Defence of the
        # Homeland, a civilian auxiliary force, were killed").
        texts.append(_NOUN_APPOSITION.sub("", texts[-1]))
    if " of them" in sentence or " of whom" in sentence or " among them," in sentence:
        texts.append(_SUBSET_ASIDE.sub("", texts[-1]))
    if "youngest" in sentence or "eldest" in sentence or "oldest" in sentence:
        texts.append(_AGE_ASIDE.sub("", texts[-1]))
    if sentence.count(",") >= 2 and " and " in sentence:
        # And a list that restates the figure between commas ("Five citizens, a mother and her four children, were
        # martyred").
        texts.append(_LIST_APPOSITION.sub("", texts[-1]))
    if " aged " in sentence:
        texts.append(_AGES.sub("", texts[-1]))
    if index == 0 and ", " in sentence:
        texts.append(_TITLE_LIST.sub(r"\g<kicker>\g<first> and a \g<last>", texts[-1]))
        texts.append(_TITLE_COUNTS.sub(r"\g<first> and \g<last>", texts[-1]))
    if " including " in sentence:
        # And a breakdown inside a list ("two militants and five police officers including one inspector ... were
        # killed": seven).
        texts.append(_INCLUDING_ASIDE.sub("", texts[-1]))
    if " of the " in sentence or " for the " in sentence:
        # And a long proper name counts as one word ("15 soldiers and Volunteers for the Defence of the Homeland were
        # killed": the name took the words the gap between figure and verb allows).
        texts.append(_LONG_NAME.sub(r"\g<head>", texts[-1]))
    seen: set[tuple[str, int, str, bool]] = set()
    for text in dict.fromkeys(texts):  # a reading that removed nothing is not scanned twice
        found = _scan_text(text)
        if not found:
            continue
        dated_at, other_at, record_since = cues(text)  # costly: only for the few sentences that state a figure
        for kind, value, qualifier, vague, end in found:
            if (kind, value, qualifier, vague) in seen:
                continue
            seen.add((kind, value, qualifier, vague))
            bg = (
                (
                    dated_at is not None
                    and not _before_a_clause(text, end, dated_at)
                    # (a thing of another time named after the figure dates nothing of it: "Three were killed and
                    # 40 injured on Thursday as protesters disputing last month's election ...")
                    and not (end <= dated_at and _POSSESSIVE_DATE.match(text, dated_at) is not None)
                )
                or (other_at is not None and not _before_a_clause(text, end, other_at))
                or (record_since is not None and end > record_since)
                or _HOLDS_ANOTHER_PLACES.match(text, end) is not None
                or _ATTACKERS_CLAIM.search(text, 0, end) is not None
            )
            out.append(Figure(kind, value, qualifier, index, bg or _tally(value, sentence), vague, end))


# A thing of another time, named with a possessive ("last month's election"), not the time of a clause.
_POSSESSIVE_DATE = re.compile(r"(?:last|this|next|previous) (?:week|weekend|month|year)['’]s\b", _F)
# The attackers' own count, given with their claim: "Al-Shabaab claimed responsibility ..., saying it had killed 30
# 'apostate soldiers'" (groups inflate their claims; the toll is the officials' or the hospitals').
_ATTACKERS_CLAIM = re.compile(r"\bclaim(?:ed|ing|s)? responsibility\b[^.;]*?\bsaying\b", _F)


# A count that holds one place's victims among others': "24 people have now been killed in Israel, including the six
# in Ramat Gan" (the count of a wider war).
_HOLDS_ANOTHER_PLACES = re.compile(
    rf"[^,;.]{{0,40}},\s+(?i:including\s+the\s+(?:{NUMBER}))\s+(?:[\w-]+\s+)?(?:(?i:killed|dead)\s+)?(?i:in|at)\s+"
    r"(?:the\s+)?[A-Z]"
    # ("4 people were killed and 23 wounded in the region over the day, including the victims of the morning shelling")
    r"|[^;.]{0,80}?,\s+(?i:including\s+the\s+victims\s+of\s+the\s+)(?:[\w-]+\s+){0,3}?(?i:shelling|strike|attack|bombing)"
)


def _tally(value: int, sentence: str) -> bool:
    """A four-figure toll tied to no attack in its sentence ("more than 20,000 civilians have died there", "1,351
    soldiers have been killed in combat") is a war's or a city's running tally: single strikes rarely kill that many,
    and when one does, the sentence names it."""
    return value >= TALLY_MIN and _EVENT_NOUN.search(sentence) is None


def _figure_matches(sentence: str) -> dict[str, list[re.Match[str]]]:
    """`PhraseIndex.matches` of every figure pattern, except that the patterns opening with the figure are tried only
    where a figure starts, and those in `_NEEDS` only in sentences with one of their words."""
    lowered = sentence.lower()
    skip: frozenset[str] = frozenset()
    for needs, names in _NEEDS_GROUPS:
        if not any(n in lowered for n in needs):
            skip = skip | names
    out: dict[str, list[re.Match[str]]] = {}
    ends: dict[str, int] = {}
    for start, entries in _FIGURES.candidates(sentence):
        figure_here: bool | None = None
        for name, pattern in entries:
            if start < ends.get(name, -1) or name in skip:
                continue
            if name in _FIGURE_FIRST:
                if figure_here is None:
                    figure_here = _FIGURE_START.match(sentence, start) is not None
                if not figure_here:
                    continue
            m = pattern.match(sentence, start)
            if m is not None and not ("n" in m.re.groupindex and _dated(m, sentence)):
                out.setdefault(name, []).append(m)
                ends[name] = m.end() if m.end() > start else start + 1
    return out


def _scan_text(sentence: str) -> list[tuple[str, int, str, bool, int]]:
    """(kind, value, qualifier, vague, end offset of its words) of every figure the sentence states."""
    matches = _figure_matches(sentence)
    found: list[tuple[str, int, str, bool, int]] = []
    if not matches:
        return found
    for kind, patterns, singles, enums in _KINDS:
        counts: list[tuple[int, int, int]] = []  # (start, end, value) of the "N victims were killed" figures
        for name in patterns:
            if name in _BODY_COUNTS and _HANDOVER.search(sentence) is not None:
                continue  # "received the bodies of 1,000 fallen soldiers in a repatriation": the war's dead returned
            for m in matches.get(name, ()):
                if "gap" in m.re.groupindex and (not _gap_ok(m.group("gap")) or _active_voice(m, sentence)):
                    continue
                value = parse_number(m.group("n"))
                if value is None or not _plausible(m, value, sentence):
                    continue
                low = _range_low(sentence, m.start("n"), value)
                found.append((kind, low, canonical_qualifier(m.group("q")), is_vague(m.group("n")), m.end()))
                # (those taken to hospital are among the injured: "19 were hurt, and 11 were taken to hospital")
                if name in _SUMMABLE and not (kind == "injured" and _CARE.search(m.group())):
                    counts.append((m.start(), m.end(), low))
        if len(counts) >= 2:
            summed = _clause_sum(sentence, counts)
            if summed is not None:
                found.append((kind, summed[0], "", False, summed[1]))
        for name in singles:
            if name in matches:
                # (a couple or twins named as one victim are two: "killing a married couple in their sixties")
                one = matches[name][0]
                two = name == "k_couple" or _COUPLE_NAMED.match(sentence, one.end() - 1) is not None
                found.append((kind, 2 if two else 1, "", False, one.end()))
        for name in enums:
            for m in matches.get(name, ()):
                first = m.start()  # where the items start ("including two children, and 35 people": a subset)
                if "last" in m.re.groupindex:
                    before = _items_before(sentence[max(0, m.start() - _ENUM_LOOKBACK_CHARS) : m.start()])
                    if before is None:
                        continue
                    total = _enum_total(f"{before} and {m.group('last')}")
                    first = m.start() - len(before)
                else:
                    total = _enum_total(m.group("enum"))
                # "Among the dead are five women, two men and two children": the dead listed, no subset of them.
                listed_dead = name == "k_enum_the_dead"
                if total is not None and (
                    listed_dead or not _SUBSET_BEFORE.search(sentence[max(0, first - 30) : first])
                ):
                    found.append((kind, total, "", False, m.end()))
    return found


_BODY_COUNTS = frozenset({"k_bodies", "k_bodies_found", "k_bodies_passive", "k_bodies_total"})
_HANDOVER = re.compile(
    r"\b(?:repatriat\w*|handed over|hand over|handover|exchanged?|swap(?:ped|s)?|returned)\b"
    # a state receiving its own dead: "Russia said it received the bodies of 31 of its servicemen"
    r"|\bbodies\s+of\s+[\w,]+\s+of\s+(?:its|their)\s+(?:own\s+)?(?:fallen\s+)?(?:servicemen|soldiers|troops|fighters)\b",
    _F,
)


# Victims counted clause by clause: "Four policemen martyred, three terrorists killed" (ACLED counts every side's
# dead). A later clause that refers back ("..., five of them children") is a breakdown, not more victims.
_SUMMABLE = frozenset({"k_count", "i_count"})
_CLAUSE_JOIN = re.compile(r"^\s*(?:,|;|,?\s+and|,?\s+while|,?\s+whereas)\s", _F)
_BACK_REFERENCE = re.compile(
    r"\b(?:of them|of whom|among them|including|among the|of the (?:dead|victims|wounded|injured))\b", _F
)


def _clause_sum(sentence: str, counts: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """(sum, end) of figures stated in clauses that follow one another, each with its own victims and verb, else
    None."""
    counts = sorted(counts)
    total, end = counts[0][2], counts[0][1]
    summed = False
    for start, stop, value in counts[1:]:
        if start < end:
            continue  # overlapping readings of one figure
        between = sentence[end:start]
        if len(between) > CLAUSE_JOIN_CHARS or _CLAUSE_JOIN.match(between + " ") is None:
            return None
        if _BACK_REFERENCE.search(sentence, start, stop):
            return None
        total, end, summed = total + value, stop, True
    return (total, end) if summed else None


CLAUSE_JOIN_CHARS = 12  # the clauses follow one another: ", ", " and ", "; while "


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def casualty_sentences(sentences: list[str]) -> list[int]:
    """Indices of the sentences with a word that begins like a death or injury word (`str.find` per stem over the
    whole text: far cheaper than a regex alternation)."""
    starts = []
    pos = 0
    for sentence in sentences:
        starts.append(pos)
        pos += len(sentence) + 1
    lowered = "\n".join(sentences).lower()
    hits: set[int] = set()
    for stem in CASUALTY_STEMS:
        i = lowered.find(stem)
        while i != -1:
            if _word_start(lowered, i):
                hits.add(bisect_right(starts, i) - 1)
            i = lowered.find(stem, i + 1)
    i = lowered.find(_MEDICAL)
    while i != -1:
        if lowered.endswith(_MEDICAL_AFTER, max(0, i - 9), i):
            hits.add(bisect_right(starts, i) - 1)
        i = lowered.find(_MEDICAL, i + 1)
    return sorted(hits)


def find_figures(
    sentences: list[str], reference: date | None, lead_sentences: int = 3, candidates: list[int] | None = None
) -> list[Figure]:
    figures: list[Figure] = []
    for i in casualty_sentences(sentences) if candidates is None else candidates:
        sentence = sentences[i]
        found = len(figures)
        _scan(sentence, i, figures, partial(background_cues, reference=reference, in_lead=i < lead_sentences))
        split = _WOUNDED_BY_HOSPITAL.match(sentence)
        if split is not None:
            first = parse_number(split.group("a") or split.group("a2") or split.group("a3"))
            second = parse_number(split.group("b") or split.group("b3"))
            if first is not None and second is not None:
                background = any(f.background for f in figures[found:])
                figures.append(Figure("injured", first + second, "", i, background, end=split.end()))
        more = _more_taken_in(sentences, i, figures[found:])
        if more is not None:
            figures.append(more)
        named = _names_of_the_dead(sentences, i)
        if named is not None:
            victims = [item for item in sentence[named:].split(";") if _NAMED_VICTIM.match(item)]
            if len(victims) >= NAMED_VICTIMS_MIN:
                background = any(f.background for f in figures[found:])
                # (two to an item: "Serhii Kovalenko, 41, a bus driver, and his daughter Anna, 12")
                count = len(victims) + sum(1 for item in victims if _KIN_IN_ITEM.search(item))
                figures.append(Figure("killed", count, "", i, background, end=named))
    return figures


def _names_of_the_dead(sentences: list[str], index: int) -> int | None:
    """Where a list of the dead named one by one starts: after "the names of those killed:", or after "released
    their names:" when the sentence before speaks of the victims."""
    sentence = sentences[index]
    found = _NAMES_OF_THE_DEAD.search(sentence)
    if found is None and index > 0 and _VICTIMS_BEFORE.search(sentences[index - 1]) is not None:
        found = _THEIR_NAMES.search(sentence)
    return found.end() if found is not None else None


def _more_taken_in(sentences: list[str], index: int, found: list[Figure]) -> Figure | None:
    """The wounded taken in by one hospital and then "N more" by another, no total given: "the hospital received 23
    injured people, while a clinic took in 15 more" (38); "Seventeen wounded soldiers were taken to the hospital in
    Saravena. Another ten were flown to Bogotá" (27)."""
    sentence = sentences[index]
    if _INTAKE.search(sentence) is None:
        return None
    intake = [f for f in found if f.kind == "injured" and not f.vague]
    if not intake:
        return None
    first = max(intake, key=lambda f: f.value)
    more = _MORE_IN_CLAUSE.match(sentence, first.end or 0)
    if more is not None:
        at, end = index, more.end()
    elif index + 1 < len(sentences) and (more := _ANOTHER_TAKEN.match(sentences[index + 1])) is not None:
        at, end = index + 1, 0  # (the next sentence completes the count)
    else:
        return None
    second = parse_number(more.group("b") or more.group("b2"))
    if second is None:
        return None
    return Figure("injured", first.value + second, first.qualifier, at, first.background, end=end)


_INTAKE_VERBS = (
    r"(?:received|admitted|treated|took in|taken in|taken|brought|rushed|evacuated|transferred|flown|airlifted)"
)
_INTAKE = re.compile(rf"\b{_INTAKE_VERBS}\b", _F)
_MORE_IN_CLAUSE = re.compile(
    rf"[^.;]*?\b(?:while|whereas|and)\b[^.;]{{0,60}}?\b{_INTAKE_VERBS}\s+(?:in\s+)?(?P<b>{NUMBER})\s+(?:more|others)\b"
    # ("..., and four others, who had gunshot wounds, were transferred to Jos")
    rf"|[^.;]*?\band\s+(?P<b2>{NUMBER})\s+(?:more|others)\b[^.;]{{0,80}}?\b(?:were|was|had been|have been)\s+"
    rf"(?:[\w-]+\s+)?{_INTAKE_VERBS}\b",
    _F,
)
_ANOTHER_TAKEN = re.compile(
    rf"^\s*(?:(?:another|a further)\s+(?P<b>{NUMBER})\b|(?P<b2>{NUMBER})\s+(?:more|others)\b)[^.;]{{0,80}}?"
    rf"\b(?:were|was|had been|have been)\s+(?:[\w-]+\s+)?{_INTAKE_VERBS}\b",
    _F,
)


# The dead named one by one after a colon, one to a semicolon: "released the names of those killed: Iryna Koval,
# 34, a nurse; her son Maksym, 8; Petro Lysenko, 71; ... and Daria Melnyk, 19" (five).
_NAMES_OF_THE_DEAD = re.compile(
    r"\bnames\s+of\s+(?:those|the\s+people|the\s+(?:[\w-]+\s+)?victims|the\s+dead|all)\s*(?:killed|who\s+(?:died|were"
    r"\s+killed)|dead)?\s*(?:were\s*)?:"
    # ("On Tuesday he named those who died: Valentyna Moroz, 67; ...")
    r"|\bnamed\s+(?:those|the\s+people|the\s+(?:[\w-]+\s+)?victims|the\s+dead)\s*(?:killed|who\s+(?:died|were"
    r"\s+killed))?\s*:"
    # ("The prosecutor's office named the dead on Sunday as Olena Marchenko, 41; her daughter, Sofiia, 9; ...")
    r"|\b(?:named|identified)\s+(?:the\s+(?:dead|victims|deceased)|those\s+killed)(?:\s+[\w,]+){0,4}?\s+as\s",
    _F,
)
# ("The Health Ministry later released their names: Hassan Fakih, 58; his wife Fatima Hamdan, 51; ...")
_THEIR_NAMES = re.compile(r"\b(?:released|published|gave|read out|named)\s+their\s+names\s*:", _F)
_VICTIMS_BEFORE = re.compile(r"\b(?:victims|the dead|bodies|killed)\b", _F)
# One victim to a semicolon: a few words that hold a name ("his wife Fatima Hamdan, 51", "Ali's wife Zeinab Mroue,
# 22", "and the couple's baby son, Omar").
_NAMED_VICTIM = re.compile(r"(?=[^;]*\b[A-Z][a-z])\s*[\w'-]+(?:[\s,]+[\w'-]+){0,15}[\s.]*$")
NAMED_VICTIMS_MIN = 3
_KIN_IN_ITEM = re.compile(
    r",\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:son|daughter|wife|husband|mother|father|brother|sister|child"
    r"|grandson|granddaughter|nephew|niece|baby)\b",
    _F,
)


# The wounded split between the places that took them in, no total given: "Of the wounded, eleven were taken to the
# regional hospital and six, among them a boy, to the children's hospital" (17).
_WOUNDED_BY_HOSPITAL = re.compile(
    rf"^(?:of the (?:wounded|injured),\s+(?P<a>{NUMBER})|(?P<a2>{NUMBER}) of the (?:wounded|injured))\s+(?:were|was|have"
    rf" been|had been)\s+(?:taken|brought|admitted|rushed|evacuated|transferred|hospitali[sz]ed)\b[^.;]*?\band\s+"
    rf"(?P<b>{NUMBER})\b(?!\s*(?:years?|-year))"
    # ("The wounded were split between the city's two main hospitals: the general hospital received 19 and Kara
    # hospital 11")
    rf"|^the (?:wounded|injured) were (?:split|divided|shared|spread|distributed) (?:between|among)\b[^.;]*?"
    rf"\b(?:received|took in|admitted|treated)\s+(?P<a3>{NUMBER})\s+and\s+(?:[\w'-]+\s+){{0,4}}?(?P<b3>{NUMBER})\b"
    rf"(?!\s*(?:years?|-year))",
    _F,
)


class _Zeros:
    """Where the text says no one was killed, hurt or either: each casualty sentence is read once for all three
    kinds (one pass over its words), however many times the choice asks."""

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        self.kinds: dict[int, frozenset[str]] = {}

    def first(self, candidates: list[int], kind: str) -> int | None:
        for i in candidates:
            kinds = self.kinds.get(i)
            if kinds is None:
                kinds = self.kinds[i] = frozenset(_ZEROS.matches(self.sentences[i]))
            if kind in kinds:
                return i
        return None


def evidence_of(sentence: str) -> str:
    """The sentence a figure came from, cut to EVIDENCE_MAX_CHARS."""
    return sentence if len(sentence) <= EVIDENCE_MAX_CHARS else sentence[: EVIDENCE_MAX_CHARS - 3] + "..."


# ACLED's own coding note, when the text carries one ("Unknown fatalities coded as 10", "Fatalities coded as 0 (VoJ
# reported 3)"): the coder's decision outranks the figures of the report. Fatalities split across K events or
# locations give each about N / K, unless the note says what this event got ("1 fatality coded to this event").
_CODED = re.compile(
    r"\b(?:fatalit\w*|deaths)(?:\s+and\s+injuries)?\s+(?:are\s+|were\s+|is\s+|was\s+)?coded\s+as\s+(?P<n>\d+)"
    r"|\bcoded\s+as\s+(?P<n2>\d+)\s+(?:fatalit|deaths)",
    _F,
)
_CODED_SPLIT = re.compile(
    rf"(?:\s*\([^()]*\))?[^.;\]]{{0,40}}?\b(?:split|spread|distributed)\w*\s+(?:up\s+)?(?:across|between|among|over)"
    rf"\s+(?:the\s+)?(?P<k>{NUMBER})\s+(?:events|locations|incidents|places)\b",
    _F,
)
_CODED_HERE = re.compile(r"\b(?P<n>\d+)\s+(?:fatalit\w*\s+)?coded\s+to\s+(?:this\s+event|each)\b", _F)


def coded_fatalities(sentences: list[str], candidates: list[int]) -> tuple[int, int] | None:
    """(fatalities, sentence index) from a coder's note in the text, else None."""
    for i in candidates:
        sentence = sentences[i]
        if "coded" not in sentence and "Coded" not in sentence:
            continue
        m = _CODED.search(sentence)
        if m is None:
            continue
        here = _CODED_HERE.search(sentence, m.end()) or (
            _CODED_HERE.search(sentences[i + 1]) if i + 1 < len(sentences) else None
        )
        if here is not None:
            return int(here.group("n")), i
        total = int(m.group("n") or m.group("n2"))
        split = _CODED_SPLIT.match(sentence, m.end())
        events = parse_number(split.group("k")) if split else None
        if events:
            return (2 * total + events) // (2 * events), i  # rounded half up
        return total, i
    return None


# ("said in a statement on Wednesday", "told reporters on Monday": the day of the report, not of the attack)
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|added|confirmed|stated)(?:\s+(?:reporters|journalists))?"
    r"(?:\s+by\s+(?:tele)?phone)?(?:\s+(?:in|at|during)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|briefing|address|post|interview|conference|speech|message))?\s*$"
    # ("In a statement issued on Wednesday morning, the ministry said ...")
    r"|\b(?:statement|briefing|update|report|figures|bulletin)\s+(?:issued|released|published|given|posted)\s*$",
    _F,
)
_ON_WEEKDAY = re.compile(
    r"\b(?:on|early|late|last)\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", _F
)  # ("killed early Tuesday": the lead's day as much as "on Tuesday")


def _other_days_apart(figures: list[Figure], sentences: list[str], lead_sentences: int) -> list[Figure]:
    """Figures of an attack on another weekday than the lead's ("... killed two on Tuesday. On Sunday, 12 died in a
    strike on the same district") are another event's. A sentence that updates the toll ("on Wednesday the toll
    rose to 7") or names no attack ("on Wednesday rescuers found 12 bodies") keeps its figures."""
    stated = {f.sentence_index for f in figures if not f.background}
    other: set[int] = set()
    # Weekdays against weekdays, and "yesterday" against "this morning" ("Three were killed this morning ...
    # Yesterday, 22 were killed when aircraft bombed a school"): a weekday and "yesterday" may be one day.
    for days_of in (_event_days, _relative_days):
        lead = next(  # the day of the first attack the lead dates ("Ministers met on Tuesday" dates no attack)
            (
                (days[0], s)
                for s in sentences[:lead_sentences]
                if (days := days_of(s)) and _EVENT_NOUN.search(s) and not _dates_its_aftermath(s, days[0])
            ),
            None,
        )
        if lead is not None:
            lead_day, lead_sentence = lead
            same_days = {lead_day}
            if _reaction_on(lead_sentence, lead_day) and lead_day in _DAY_BEFORE:
                same_days.add(_DAY_BEFORE[lead_day])
            other |= {i for i in stated if _another_days_attack(sentences[i], same_days, days_of)}
    return [replace(f, background=True) if f.sentence_index in other else f for f in figures]


def _event_days(sentence: str) -> list[str]:
    """Weekdays the sentence dates something to, in order; "officials said on Wednesday" dates the report."""
    if "day" not in sentence:  # every weekday's name ends so: most sentences are ruled out without a regex
        return []
    return _days_in(_ON_WEEKDAY, sentence)


def _relative_days(sentence: str) -> list[str]:
    """ "today" or "yesterday" for each day the sentence dates something to by those words."""
    if "day" not in sentence and "this " not in sentence.lower():
        return []
    return ["yesterday" if day == "yesterday" else "today" for day in _days_in(_RELATIVE_DAY, sentence)]


def _days_in(pattern: re.Pattern[str], sentence: str) -> list[str]:
    return [
        m.group(1).lower()
        for m in pattern.finditer(sentence)
        if _REPORTED_BEFORE.search(sentence, max(0, m.start() - 64), m.start()) is None
    ]


# A lead that dates a reaction ("The prime minister on Thursday condemned the attack ..."): an attack on that day
# or the day before is the story's own ("late on Wednesday night, killing 11"), one dated further back another's.
_REACTION_AFTER = (
    r"\s*,?\s*(?:condemned|denounced|deplored|visited|toured|cancell?ed|declared|announced|urged|called|met"
    r"|ordered|directed|vowed|pledged|promised|attended|mourned|buried|held)\b"
)
_DAY_BEFORE = {
    "monday": "sunday", "tuesday": "monday", "wednesday": "tuesday", "thursday": "wednesday", "friday": "thursday",
    "saturday": "friday", "sunday": "saturday", "today": "yesterday",
}  # fmt: skip


def _dates_its_aftermath(sentence: str, day: str) -> bool:
    """The day is the aftermath's, the attack left undated: "declared three days of mourning on Saturday after an
    attack on a convoy" (the attack was on Thursday, as the next sentence says)."""
    return re.search(rf"\b{day}\s*,?\s+(?:after|following|in the wake of)\s+(?:an?|the)\b", sentence, _F) is not None


def _reaction_on(sentence: str, day: str) -> bool:
    return re.search(rf"\b{day}\b{_REACTION_AFTER}", sentence, _F) is not None


_RELATIVE_DAY = re.compile(r"\b(yesterday|today|this (?:morning|afternoon|evening))\b", _F)


def _another_days_attack(sentence: str, same_days: set[str], days_of: Callable[[str], list[str]]) -> bool:
    days = days_of(sentence)
    return (
        bool(days)
        and same_days.isdisjoint(days)
        and _EVENT_NOUN.search(_ATTACK_NAMED_BEFORE.sub(" ", sentence)) is not None
        and _UPDATE.search(sentence) is None
    )


# The attack named only as the one already told ("On Monday, an official shared a list of 31 names of men he said
# were killed in the raid"): the day dates the report. (Not "in the attack on a market": that may be another.)
_ATTACK_NAMED_BEFORE = re.compile(
    r"\b(?:in|during|by|from)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:raid|attack|strike|airstrike|air strike|bombing"
    r"|assault|massacre|ambush|shelling|blast|explosion)\b(?!\s+(?:on|in|at|near|against|targeting|that|which)\b)",
    _F,
)


def _with_also(main: list[Figure], sentences: list[str], lead_sentences: int) -> int:
    """Victims the lead adds with "also" to the figure stated just before ("..., killing a man and his two children.
    A neighbour was also killed" -> 4). A breakdown of a total adds up to no more than it ("Three were killed. Two
    guards were killed ... One soldier was also killed" -> 3)."""
    best = 0
    for f in main:
        sentence = sentences[f.sentence_index]
        if f.sentence_index >= lead_sentences or not _ALSO.search(sentence, 0, f.end or 0):
            continue
        # "Most of the dead were soldiers, but two vendors were also killed", "A motorist was also hurt and is among
        # the three wounded" (not a clause on the other kind: "... were also killed, and twenty were wounded, most of
        # them women")
        clause_end = _NEXT_CLAUSE.search(sentence, f.end or 0)
        if _BREAKDOWN.search(sentence, 0, clause_end.start() if clause_end else len(sentence)):
            continue
        if _updates_in(f, sentences):
            continue  # "A passing vendor also died, taking the death toll to 12": the figure is the new total
        before = [g for g in main if g.sentence_index < f.sentence_index]
        if before:
            last = max(before, key=lambda g: (g.sentence_index, g.value))
            if _updates_in(last, sentences):
                continue  # "raising the death toll to six. A woman also died": the toll counts her already
            best = max(best, f.value + last.value)
    return best


def _later_sentences_to_read(
    later: list[int],
    sentences: list[str],
    lead_figures: list[Figure],
    lead_says_none: Callable[[str], bool],
    late_reach: Callable[[], int],
) -> list[int]:
    """The casualty sentences past the lead whose figures can count, given the lead's (the rules of
    `extract_casualties`): most are read only for an update of the toll, so a sentence without an update word need
    not be scanned at all. The tolls come out as if every sentence had been scanned (a test holds this)."""
    stated = any(not f.background for f in lead_figures)
    window = False
    for kind, other in (("killed", "injured"), ("injured", "killed")):
        lead = [f for f in lead_figures if f.kind == kind and not f.background]
        if lead:
            if (
                all(f.vague for f in lead)
                or any(f.qualifier == "more than" for f in lead)
                or any(_part_of_toll(f, sentences) for f in lead)
            ):
                return later  # any lower specific figure may state the vague one, a near higher one the open one
        elif lead_says_none(kind) or lead_says_none("both"):
            continue
        elif not (stated or lead_says_none(other)):
            window = True
        else:
            return later
    reach = prose_reach(sentences, late_reach(), LATE_PAIR_SENTENCES) if window else 0
    updates = [i for i in later if _MAY_UPDATE.search(sentences[i]) is not None]
    # (a late toll may be an update found past that reach, or a sentence just inside it: the other kind may follow
    # it as closely)
    pairs = (
        {
            j
            for u in updates + [i for i in later if i < reach]
            for j in range(u + 1, prose_reach(sentences, u + 1, LATE_PAIR_SENTENCES))
        }
        if window
        else set()
    )
    return [
        i
        for i in later
        if i < reach or i in pairs or i in updates or _after_toll_rose(sentences, i) or _later_live_entry(sentences, i)
    ]


def _other_sections(figures: list[Figure], sentences: list[str], lead_sentences: int) -> list[Figure]:
    """On a page of bulleted items under headings (a day's round-up), the bullets under a later heading are other
    events' ("Kherson / - Shelling killed a man ... / Dnipropetrovsk region / - The toll from Monday's strike on Kryvyi
    Rih rose to nine"). Prose under a heading is not touched: it may follow the story's "Key points"."""
    first = next((i for i in range(min(lead_sentences, len(sentences))) if is_list_item(sentences[i])), None)
    if first is None:
        return figures
    heading = next((i for i in range(first + 1, len(sentences)) if _is_heading(sentences[i])), None)
    if heading is None:
        return figures
    return [
        replace(f, background=True) if f.sentence_index > heading and is_list_item(sentences[f.sentence_index]) else f
        for f in figures
    ]


HEADING_WORDS = 5


def _is_heading(sentence: str) -> bool:
    """A section's heading line: a few words, capitalised, no bullet and no closing punctuation ("Front line")."""
    text = sentence.strip()
    return (
        bool(text)
        and text[0].isupper()
        and not is_list_item(text)
        and text[-1] not in ".!?:\"'\u201d)"
        and len(text.split()) <= HEADING_WORDS
    )


def _furniture_in_lead(sentences: list[str], index: int) -> bool:
    """A line of the lead that links elsewhere: "Read also: ...", an item of a "Related" list, or a headline-like
    line above the story's first sentence of prose (a "Most read" list at the top of the page)."""
    sentence = sentences[index]
    if is_link_label(sentence) or is_list_link(sentence):
        return True
    return (
        index > 0
        and is_link_line(sentence)
        and (
            in_link_list(sentences, index)
            or (not any(is_prose(s) for s in sentences[1:index]) and any(is_prose(s) for s in sentences[index + 1 :]))
        )
    )


def nut_graf(sentences: list[str], lead_sentences: int) -> int | None:
    """Under a headline's attack, a feature's lede may set a scene (a nurse, a funeral): the first sentence past it
    that names the attack (its "nut graf"; not one that names it in passing, "stepped out a few minutes before the
    strike"), within the reach where a lead without a toll may find the story's own. sentences[0] is the headline."""
    if not sentences or _NUT_GRAF.search(sentences[0]) is None:
        return None
    if any(_EVENT_NOUN.search(sentence) for sentence in sentences[1:lead_sentences]):
        return None
    reach = prose_reach(sentences, lead_sentences, LATE_FIGURE_SENTENCES)
    return next(
        (i for i in range(lead_sentences, reach) if _NUT_GRAF.search(_PASSING_MENTION.sub("", sentences[i]))), None
    )


def headline_place_graf(sentences: list[str], lead_sentences: int) -> int | None:
    """Under a headline's attack, a lede about other attacks (a trend, a war's background): the first sentence past
    it that names a place of the headline's own clause, which the lede does not name, with an attack ("Drone attack on
    Suárez police station deepens Cauca's air war" ... "On Tuesday night, the drones came back to Suárez."). Not a
    headline whose own clause names no attack ("Sudan's sides resume talks as shelling pounds Omdurman")."""
    if not sentences or _NUT_GRAF.search(sentences[0]) is None:
        return None
    if not any(_EVENT_NOUN.search(sentence) for sentence in sentences[1:lead_sentences]):
        return None  # a scene-setting lede: `nut_graf`'s case
    main_clause = _SCENE_SPLIT.split(sentences[0], maxsplit=1)[0]
    lede = " ".join(sentences[1:lead_sentences])
    names = [n for n in _headline_names(main_clause) if n not in lede]
    if not names or _EVENT_NOUN.search(main_clause) is None:
        return None
    reach = prose_reach(sentences, lead_sentences, NAMED_NUT_SENTENCES)
    return next(
        (i for i in range(lead_sentences, reach)
         if any(n in sentences[i] for n in names) and _NUT_GRAF.search(_PASSING_MENTION.sub("", sentences[i]))),
        None,
    )  # fmt: skip


def lead_place_toll(sentences: list[str], lead_sentences: int, candidates: list[int], start: int) -> int | None:
    """Under a headline that names one attack, a feature whose scene-setting lede names the place but no toll
    ("residents of Al-Hilaliya say" ...), and no casualty sentence within the reach of a late toll: the first one past
    it, within a nut graf's reach, that names that place again ("said more than 100 people had been killed in
    Al-Hilaliya") gives the story's toll. A sentence dated to another time is another event's, as everywhere."""
    if not sentences or _ONE_ATTACK_TITLE.search(sentences[0]) is None:
        return None
    lede = " ".join(sentences[1:lead_sentences])
    names = {n for n in _headline_names(lede) if n not in _NOT_A_PLACE_NAME}
    if not names:
        return None
    reach = prose_reach(sentences, lead_sentences, NAMED_NUT_SENTENCES)
    return next(
        (i for i in candidates if start <= i < reach and any(n in _headline_names(sentences[i]) for n in names)), None
    )


def late_toll_of_the_attack(sentences: list[str], lead_sentences: int, candidates: list[int], start: int) -> int | None:
    """Under a headline's attack, a scene or a story told at length before any figure: the first sentence with a
    figure, within a nut graf's reach and after the attack has been told, gives the story's toll when it names the
    attack only as the one already told ("the Health Ministry said 11 people were killed and 43 wounded in the
    strike") or names no event at all ("a spokesman said in the evening that 19 people were killed"). One that names
    an event of its own ("In 2021, a bombing at another mosque killed 50") or quotes a witness is passed over."""
    if (
        not sentences
        or _ONE_EVENT_TITLE.search(sentences[0]) is None
        or _OLD_EVENT_TITLE.search(sentences[0]) is not None
    ):
        return None  # (an old attack: "... over 2023 Quetta bazaar bombing", "A year after Gajiram market bombing")
    reach = prose_reach(sentences, lead_sentences, NAMED_NUT_SENTENCES)
    for i in candidates:
        if not start <= i < reach or _COUNT.search(sentences[i]) is None:
            continue
        sentence = sentences[i]
        if any(mark in sentence for mark in _DOUBLE_QUOTES):
            continue  # a witness's words ("... said a man whose son was killed"), not a count
        if _EVENT_NOUN.search(_ATTACK_NAMED_BEFORE.sub(" ", sentence)) is not None:
            continue
        told = any(_ATTACK_TOLD.search(before) for before in sentences[1:i])
        return i if told else None
    return None


_DOUBLE_QUOTES = ('"', "\u201c", "\u201d")
# (nor a court's, "Baghdad court sentences 11 to death over Speicher massacre", nor a headline that gives a count
# of its own, "UN monitors: 184 civilians killed in Ukraine in August")
_OLD_EVENT_TITLE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:years?|months?)\s+(?:after|on|since|ago)\b|\banniversary\b|\d"
    r"|\b(?:courts?|trials?|tribunal|sentence[sd]?|sentencing|convicts?|convicted|verdict|jail(?:s|ed)?|judges?)\b",
    _F,
)
# A figure that counts (not an age, "whose 17-year-old son", nor a span or a distance, "about 30 kilometres").
_COUNT = re.compile(
    rf"\b{NUMBER}\b(?!-(?:year|month|week|day)|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilomet(?:re|er)s?"
    r"|miles?|met(?:re|er)s?|per\s?cent|percent)\b)",
    _F,
)


# A headline that names one event of harm (not weapons, "takes delivery of drones", nor a series, "over shipping
# attacks").
_ONE_EVENT_TITLE = re.compile(
    # ("Junta jets bomb school in Sagaing village")
    r"\b(?:attack|strike|airstrike|air strike|raid|bombing|blast|explosion|massacre|ambush|assault|shelling|bomber"
    r"|grenade|bomb|bombs|bombed)\b",
    _F,
)
_ATTACK_TOLD = re.compile(rf"{_NUT_GRAF.pattern}|\bgrenades?\b", _F)
# A headline that names one attack (not "as Russian strikes intensify", nor a drone base).
_ONE_ATTACK_TITLE = re.compile(
    r"\b(?:assault|attack|massacre|raid|bombing|ambush|strike|airstrike|shelling|killings?)\s+(?:on|in|at|near)\b", _F
)
# Capitalised words of a lede that name no place: days, months, titles, sources.
_NOT_A_PLACE_NAME = frozenset(
    words("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
    August September October November December Reuters Associated Press Agence France-Presse President Minister
    Ministry Army Police Health Defence Defense Government Council They There This That These Those When After
    Before Residents Officials According""")
)
_SCENE_SPLIT = re.compile(r"\s+(?:as|amid|while)\s+|;\s+", re.IGNORECASE)
NAMED_NUT_SENTENCES = 12  # how far past a lede about other attacks the headline's own place is looked for
_CAPITALISED = re.compile(r"(?<!^)(?<![.:;!?] )\b[A-Z][\w'-]{3,}")


def _headline_names(title: str) -> list[str]:
    """The capitalised words inside a headline (its first word aside), possessives dropped: "Suárez", "Cauca"."""
    return [m.group().removesuffix("'s") for m in _CAPITALISED.finditer(title)]


def extract_casualties(
    sentences: list[str], reference: date | None = None, lead_sentences: int = 3
) -> tuple[Casualties, list[Figure]]:
    """Killed and injured of the main event (highest non-background figure of each kind), with evidence."""
    candidates = casualty_sentences(sentences)
    lead_candidates = [i for i in candidates if i < lead_sentences]
    zeros = _Zeros(sentences)

    def lead_says_none(kind: str) -> bool:  # "no one was killed" in the lead (looked for only when needed)
        return zeros.first(lead_candidates, kind) is not None

    reach_memo: list[int] = []

    def late_reach() -> int:
        """Index after the first sentences of prose past the lead, where a lead without a toll may still find the
        story's own (computed once, when needed)."""
        if not reach_memo:
            reach = prose_reach(sentences, lead_sentences, LATE_FIGURE_SENTENCES)
            nut = nut_graf(sentences, lead_sentences)
            if nut is None:
                nut = headline_place_graf(sentences, lead_sentences)
            if nut is not None:  # (its toll may come just after it, past that reach)
                reach = max(reach, prose_reach(sentences, nut + 1, LATE_PAIR_SENTENCES))
            named = None
            if not any(lead_sentences <= i < reach for i in candidates):
                named = lead_place_toll(sentences, lead_sentences, candidates, reach)
            # (casualty words with no figure, "a surgeon at the hospital", or a count of something else, "dropped
            # four bombs", leave the toll still to be found)
            if named is None and not any(
                not f.background
                for f in find_figures(
                    sentences, reference, lead_sentences, [i for i in candidates if lead_sentences <= i < reach]
                )
            ):
                named = late_toll_of_the_attack(sentences, lead_sentences, candidates, reach)
            if named is not None:
                reach = max(reach, prose_reach(sentences, named + 1, LATE_PAIR_SENTENCES))
            reach_memo.append(reach)
        return reach_memo[0]

    figures = [
        replace(f, background=True) if _furniture_in_lead(sentences, f.sentence_index) else f
        for f in _other_sections(
            _other_days_apart(find_figures(sentences, reference, lead_sentences, lead_candidates), sentences,
                              lead_sentences),
            sentences, lead_sentences,
        )
    ]  # fmt: skip
    figure_in_lead = any(not f.background for f in figures)
    later = _later_sentences_to_read(
        [i for i in candidates if i >= lead_sentences], sentences, figures, lead_says_none, late_reach
    )
    # Past the lead, a line without a full stop is a link to another story ("Eight killed as glide bombs hit
    # Kharkiv"), a caption or a menu: its figures are not the story's.
    figures += [
        replace(f, background=True)
        if not f.background
        and (is_link_line(sentences[f.sentence_index]) or is_link_label(sentences[f.sentence_index]))
        else f
        for f in _other_sections(
            _other_days_apart(find_figures(sentences, reference, lead_sentences, later), sentences, lead_sentences),
            sentences,
            lead_sentences,
        )
    ]
    tolls: dict[str, Toll | None] = {}
    late_toll_at: int | None = None  # where a lead without a toll found the story's first figure further on
    coded = coded_fatalities(sentences, candidates)
    for kind in ("killed", "injured"):
        if kind == "killed" and coded is not None:
            tolls[kind] = Toll(min=coded[0], evidence=evidence_of(sentences[coded[1]]))
            continue
        main = [f for f in figures if f.kind == kind and not f.background]
        # The lead states the main event; later, higher figures count only when they update it ("rose to").
        lead = [f for f in main if f.sentence_index < lead_sentences]
        if lead:
            # "Hundreds were killed" in the lead, "at least 500 were killed" further on: the same toll, stated.
            vague_cap = VAGUE_TO_SPECIFIC * max(f.value for f in lead) if all(f.vague for f in lead) else 0
            # "More than 50 wounded" in the lead, "54 wounded" further on: the open figure, stated.
            open_lead = [f.value for f in lead if f.qualifier == "more than" and not f.vague]
            # "Police initially said nine had been killed": a higher figure further on is the later count.
            # (the next sentences only: further down a higher figure is as likely another event's)
            initial = [f for f in lead if _initial_figure(f, sentences)]
            # "Seven children were among the dead" in the lead, "twenty-one bodies" a few sentences on: the whole toll.
            parts = [f for f in lead if _part_of_toll(f, sentences)]
            # (a live page's later entry updates a toll its lead gave, not a lead's "no casualties": a later entry
            # may be another city's strike)
            main = lead + [f for f in main if f.sentence_index >= lead_sentences
                           and (_updates_in(f, sentences) or _later_live_entry(sentences, f.sentence_index)
                                or f.value < vague_cap
                                or any(v < f.value <= v * OPEN_TO_SPECIFIC for v in open_lead)
                                or any(i.value < f.value and f.sentence_index - i.sentence_index <= INITIAL_REACH
                                       for i in initial)
                                or any(p.value < f.value and f.sentence_index - p.sentence_index <= PART_REACH
                                       for p in parts))]  # fmt: skip
        elif lead_says_none(kind) or lead_says_none("both"):  # only an update revises it
            main = [f for f in main if _updates_in(f, sentences)]
        elif not (figure_in_lead or lead_says_none("killed" if kind == "injured" else "injured")):
            # A lead that states no toll at all: a toll just after it is the story's ("The bodies of 14 were
            # recovered"); one far below is another event's (a round-up's items, a live page's older entries).
            reach = late_reach()
            if late_toll_at is not None:
                reach = max(reach, prose_reach(sentences, late_toll_at + 1, LATE_PAIR_SENTENCES))
            main = [f for f in main if f.sentence_index < reach or _updates_in(f, sentences)]
            if main and late_toll_at is None:
                late_toll_at = max(main, key=lambda f: (f.value, -f.sentence_index)).sentence_index
        if main:
            best = max(main, key=lambda f: (f.value, -f.sentence_index))
            if best.qualifier == "nearly":
                # "nearly two dozen hurt" over "Twenty-two people were taken to hospital": the count it rounds.
                best = max(
                    (f for f in main if f.sentence_index != best.sentence_index and f.qualifier in ("", "at least")
                     and not f.vague and best.value * NEARLY_TO_SPECIFIC <= f.value < best.value),
                    key=lambda f: f.value, default=best,
                )  # fmt: skip
            tolls[kind] = Toll(
                min=max(best.value, _with_also(main, sentences, lead_sentences)),
                qualifier=best.qualifier,
                evidence=evidence_of(sentences[best.sentence_index]),
            )
            continue
        zero_at = zeros.first(candidates, kind)
        if zero_at is None:
            zero_at = zeros.first(candidates, "both")
        if zero_at is None and kind == "killed" and not figure_in_lead:
            # "No one was injured" and no toll of the story's (in the lead, or read past it above): nobody was killed
            # either. (The lead's figures only, so that skipping later sentences changes nothing.)
            zero_at = next((i for i in candidates if _NO_ONE_HURT.search(sentences[i])), None)
        tolls[kind] = Toll(min=0, evidence=evidence_of(sentences[zero_at])) if zero_at is not None else None
    return Casualties(killed=tolls["killed"], injured=tolls["injured"]), figures
