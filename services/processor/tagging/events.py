"""Event type (ACLED's), sub-event type, weapons, theatre, actors and topic slugs, from trigger words.

The trigger patterns are read as one alternation of named groups (the first category that matches at a word wins),
but tried only at the words that can begin them (`wordindex.PhraseIndex`); each category is then scored by where its
triggers sit (title > lead > casualty sentences > rest), because the main event is what the title and the first
sentences report, not what the background paragraphs recall.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .numbers import parse_number
from .wordindex import PhraseIndex

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"
PROTESTS = "Protests"
RIOTS = "Riots"
VIOLENT_EVENT_TYPES = frozenset({BATTLES, REMOTE, VAC})

AIR_DRONE = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
GRENADE_MASS = 10  # victims of one grenade attack above which it is read as an armed group's, not a brawl's
CHEMICAL = "Chemical weapon"

WEAPONS = ("missile", "drone", "aircraft", "artillery_rocket", "explosive_device", "small_arms")
WEAPONS_OF_WAR = frozenset({"missile", "drone", "aircraft", "artillery_rocket"})

# A storm of the weather, not armed men storming a town ("Gunmen storm farming town", "troops storm the base").
_STORM = (
    r"(?<!gunmen )(?<!men )(?<!gangs )(?<!gang )(?<!troops )(?<!police )(?<!forces )(?<!fighters )(?<!militants )"
    r"(?<!rebels )(?<!soldiers )(?<!members )(?<!protesters )(?<!rioters )(?<!mob )(?<!settlers )(?<!jihadists )"
    r"(?<!guerrillas )(?<!insurgents )(?<!attackers )(?<!bandits )(?<!assailants )(?<!militiamen )(?<!terrorists )"
    # ("ELN guerrillas storm Tibú station")
    r"storms?(?!\s+(?:the|a|an|into|through|their|its|his|her|village|town|base|camp|prison|police|army|military"
    r"|station|post|checkpoint|barracks|parliament|building|compound|hotel|church|mosque|school)\b)"
)
# "review" as an inquiry's verb, not a critic's noun: "coalition says it will review Saada strike".
_REVIEW_NOT_A_VERB = r"(?<!will )(?<!would )(?<!to )(?<!must )(?<!should )(?<!shall )(?<!it )"
REACTION_WORDS = r"reacts?|reactions?|condemns?|condemnation"  # a headline's news is what others said
# Planted devices, both a weapon (`w_explosive`) and the sub-event's cue (`s_ied`).
_PLANTED_DEVICES = (
    r"ieds?|improvised explosive(?: devices?)?|roadside bombs?|car bombs?|landmines?|land mines?"
    r"|anti-(?:tank|personnel) mines?"
    # (a bomb stuck to a vehicle, or one ridden to the target: the insurgent's, not the robber's)
    r"|(?:magnetic|sticky) (?:bombs?|mines?|(?:explosive )?devices?)|(?:motorcycle|motorbike|bicycle|truck) bombs?"
)
# Party or student factions fighting each other: "supporters of two rival student political groups fought" (their
# riot is political violence).
_RIVAL_PARTIES = (
    r"(?:supporters|activists|workers|cadres|students) of (?:two |the )?rival (?:[\w-]+ ){0,3}?(?:groups|parties"
    r"|factions|camps)|rival (?:party |student |political )*(?:activists|supporters|party workers|student groups)"
    # ("supporters of the BNP and Jamaat-e-Islami clashed", "supporters of both parties gathered with sticks")
    r"|(?:supporters|activists|workers|cadres) of (?:both|two) (?:parties|sides|camps|factions)"
    r"|(?:supporters|activists|workers|cadres) of (?:the )?[\w-]+ and (?:the )?[\w-]+ clash(?:ed|es)?"
    # ("a clash between activists of BNP and Jamaat-e-Islami", "... of the Awami League and BNP")
    r"|clash(?:es)? between (?:the )?(?:supporters|activists|workers|cadres|followers) of (?:the )?(?:[\w-]+ ){1,3}?and"
)
_RIVAL_FACTIONS = (
    _RIVAL_PARTIES
    # Religious or ethnic communities fighting each other: "communal clashes broke out during a procession"
    + r"|communal (?:clashes|violence|riots?|tension)|(?:between|of) the two communities"
)
_RIVAL_FACTIONS_TEXT = re.compile(rf"\b(?:{_RIVAL_FACTIONS})\b", re.IGNORECASE)


def rival_factions(text: str) -> bool:
    return _RIVAL_FACTIONS_TEXT.search(text) is not None


_TRIGGERS: dict[str, str] = {
    "w_missile": r"missiles?|ballistic|cruise missiles?|iskanders?|kalibrs?|kinzhals?|s-300s?|hypersonic|atacms"
    r"|storm shadows?|scuds?|tomahawks?",
    "w_drone": r"drones?|uavs?|shaheds?|geran-2|unmanned aerial(?: vehicles?)?|loitering munitions?|quadcopters?",
    "w_aircraft": r"air ?strikes?|air-strikes?|airstrike|air raids?(?! (?:sirens?|alerts?|warnings?|shelters?))"
    r"|warplanes?|fighter jets?|jets|fighter planes?|bombers|helicopter gunships?|gunships?|glide bombs?"
    # (a helicopter firing, not one crashing: "army helicopter fires on market crowd")
    r"|helicopters? (?:fired|fires|opened fire|open fire|strafed|attacked|struck|strikes?|attacks?)"
    r"|(?:military|army|air force|junta|regime|enemy|fighter|russian|israeli|syrian|sudanese|myanmar) jet(?! fuel)"
    r"|jet (?:bombed|bombs|struck|strikes|dropped|drops|fired|fires|attacked|attacks|pounded)"
    r"|guided (?:aerial )?bombs?|aerial bombardments?|aerial (?:attacks?|strikes?)|barrel bombs?|bombing raids?"
    # (not an airliner that crashes: "The aircraft, carrying 34 passengers and four crew, ...")
    # (nor aircraft that back the reinforcements: "reinforcements backed by aircraft arrived")
    r"|air forces?|(?<!passenger )(?<!civilian )(?<!commercial )(?<!cargo )(?<!backed by )(?<!supported by )aircraft"
    r"(?!,? (?:was |had been )?carrying)"
    r"|airplanes? (?:bombed|struck)"
    # Myanmar's army drops bombs from powered paragliders: "a military paramotor dropped bombs on a vigil"
    r"|paramotors?|(?:motori[sz]ed |powered )paragliders?"
    # Bombs that fall on a place come from the air ("Bombs hit displacement camp"); a planted one explodes.
    r"|bombs (?:hit|hits|struck|fell|fall|falls|landed|rained|rain)"
    r"|(?<!heavily )(?<!badly )(?<!repeatedly )bombed(?!-out)",  # "the heavily bombed enclave" names no strike
    # "Shelling out" money, "shelled out" for tickets: paying, not firing.
    "w_artillery_rocket": r"shelling(?! out)|shelled(?! out)|(?<!aerial )(?<!firework )(?<!gas )(?<!teargas )shells|artillery|rockets?|mortars?|grads?|mlrs"
    r"|shell (?:hit|hits|struck|strikes|landed|lands|exploded|explodes|fell|falls|slammed)"
    r"|howitzers?|rocket launchers?|katyushas?|cluster munitions?|tank (?:fire|shells?)|projectiles?|himars"
    r"|tornado-s|smerch|uragan|urahan",
    "w_explosive": _PLANTED_DEVICES
    + r"|explosive devices?|bomb blasts?|bombings?|bombs? (?:[\w-]+ ){0,3}?(?:exploded|went off|detonated|blew up)"
    r"|bomb attacks?|explosives|booby[- ]trap\w*"
    r"|bombs? (?:planted|hidden|placed|attached|strapped|concealed)|(?:motorcycle|motorbike|bicycle|truck)[- ]bombs?"
    r"|suicide (?:bombers?|bombings?|attacks?|attackers?|vests?|blasts?|(?:car|truck) bombers?)"
    r"|blew (?:himself|herself|themselves) up|grenades?(?! launchers?)|mine explosions?|explosions?|blasts?",
    # A strike or blast with no weapon named: remote violence all the same (not a labour strike: needs a target).
    "w_strike": r"(?:deadly|military|israeli|russian|ukrainian|saudi|us|coalition|enemy|army|american|zionist)"
    r" (?:strikes?|raids?)"
    # Yemeni and Iranian outlets' word for a US or Israeli strike.
    r"|(?:us|american|us-british|american-british|zionist) aggression"
    r"|strikes? (?:on|against|hit|hits|targeted)|(?:hospital|school|market|camp|mosque|church"
    r"|shelter|convoy) (?:strike|blast|bombing|explosion)s?"
    # People killed "in a strike": a labour strike kills no one.
    r"|(?:killed|dead|died|wounded|injured) in (?:an? |the )?(?:[\w-]+ )?strikes?"
    r"|toll (?:in|from|of|after) (?:an? |the )?(?:[\w'-]+ ){0,3}?strikes?",  # "Death toll in Kharkiv strike rises"
    "w_small_arms": r"gunmen|gunman|gunfire|shot dead|shot and killed|opened fire|shootings?|firearms?|rifles?"
    r"|machine ?guns?|ak-47s?|snipers?|gunshots?|gun attack|gun battle|gunfight|fired (?:shots|on)|small arms"
    r"|grenade launchers?|rpgs?|bursts of fire|pistols?",
    "s_suicide": r"suicide (?:bombers?|bombings?|attacks?|attackers?|(?:car|truck) bomb(?:er)?s?|vests?|blasts?)"
    r"|blew (?:himself|herself|themselves) up|self-detonat\w*",
    "s_grenade": r"grenades?(?! launchers?)",
    "s_chemical": r"chemical (?:weapons?|attacks?)|chlorine gas|sarin|nerve agents?|poison gas",
    "s_ied": _PLANTED_DEVICES
    + r"|explosive devices?|(?:motorcycle|vehicle)[- ]borne|booby[- ]trap\w*|remote[- ]controlled bombs?"
    r"|bomb blasts?|bomb (?:exploded|went off)|planted (?:a )?bombs?|mine explosions?|stepped on a (?:land)?mine"
    r"|bombings?|bombs? (?:planted|hidden|placed|attached|strapped|concealed)|(?:motorcycle|motorbike|bicycle|truck)"
    r"[- ]bombs?",
    "e_battle": r"clash(?:es|ed)?|fighting|battles?(?! for (?:passengers|customers|market|talent|votes|viewers|control of the"
    r" market))|battled|fought|firefights?|gunfights?|gun ?battles?"
    r"|shoot-?outs?|exchang\w+ (?:of )?(?:fire|gunfire|shots|artillery|heavy weapons)|in both directions"
    r"|trad(?:e|es|ed|ing) (?:heavy )?(?:gunfire|fire|shots)"
    r"|returned fire|fired back|shot back|responded to the (?:fire|attack)|were repulsed|exchanges? of fire"
    r"|counter-?offensives?|offensives?"
    # South Asia's word for a gunfight with security forces: "Maoists killed in day-long encounter"
    # (not "a face-to-face encounter between the two delegations")
    r"|(?:fierce|day-long|hours-long|hour-long|night-long|ensuing|intense|heavy|armed|gun) encounters?"
    r"|encounters? (?:with|between) (?:[\w-]+ ){0,3}?(?:security forces|forces|troops|police|army|soldiers|jawans"
    r"|militants|terrorists|maoists|naxal\w*|insurgents|rebels|guerrillas|gunmen)\b"
    r"|killed in (?:an? |the )?(?:[\w'-]+ ){0,2}?encounters?|encounter (?:broke out|began|started|continued|lasted)"
    # (an ambush of travellers is an attack on civilians: "kill twenty travellers in ambush", "ambushed vehicles")
    r"|(?<!travellers in )(?<!travelers in )(?<!passengers in )(?<!civilians in )(?<!villagers in )ambush(?:ed|es)?"
    r"(?! (?:an? |the )?(?:passenger|bus|buses|minibus|minibuses|coach|vehicles|cars|trucks|travell?ers|civilians"
    r"|villagers|motorists|traders|farmers)\b)|recaptured|retook"
    r"|retaken|repelled|repulsed|front ?lines?|skirmish(?:es)?|armed confrontation|engaged (?:in )?(?:combat|fighting)"
    # A post or a base overrun: "JNIM overruns army post near Djibo", "KIA overran a junta battalion base".
    r"|(?:overrun|overruns|overran|overrunning) (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?(?:posts?|bases?|outposts?"
    r"|camps?|positions?|garrisons?|detachments?|checkpoints?|checkposts?|barracks|headquarters)"
    # Fire at the other side's lines: "Azerbaijani forces opened fire on Armenian positions near Sotk".
    r"|(?:open|opens|opened|opening) fire (?:on|at) (?:the )?(?:[\w-]+ ){0,2}?(?:positions|posts|trenches|lines)"
    r"|attacked (?:an? |the )?(?:army|military|police|security|government)(?: forces)? (?:base|post|checkpoint"
    r"|convoy|patrol|position|outpost|camp|station)s?"
    r"|attacks? by (?:[\w-]+ ){1,4}?on (?:an? |the )?(?:army|military|police|security|government)(?: forces)? (?:base"
    r"|post|checkpoint|convoy|patrol|position|outpost|camp|station)s?"
    # (the attackers are no target: "an attack by Allied Democratic Forces rebels on a parish")
    r"|attack(?:s|ed)? (?!by )(?:on |against )?(?:[\w-]+ ){0,3}?(?:forces|troops"
    r"|positions|soldiers|fighters|militants|rebels)"
    # ("Islamic State attacks post in Diyala", "militants attacked their position"; not "a drone attack on a post")
    r"|attack(?:s|ed) (?:(?:an?|the|their|its) (?:[\w-]+ ){0,2}?)?(?:position|posts?(?! office)|outposts?)"
    r"|(?:captured|seized|took control of) (?:the )?(?:town|city"
    r"|village|area|base|positions?)",
    "e_vac": r"massacres?|massacred|executed|executions?|abduct(?:s|ed|ions?)?|kidnap(?:s|ped|pings?)?"
    # (a deal for hostages is diplomacy: "rally for Gaza hostage deal", "a ceasefire-for-hostages agreement")
    r"|(?<!-for-)hostages?(?! (?:deal|agreement|talks|negotiations|release deal|swap|exchange)\b)(?!-for-)"
    r"|shot dead|beheaded|tortured|raped|burned alive|burnt alive|lynched|stabbed|hacked to death"
    # Killings found after the killers left: "The bodies of 17 villagers were found", "hands tied behind their backs".
    r"|bodies of (?:[\w-]+ ){0,3}?(?:villagers|civilians|residents|farmers|herders|worshippers)"
    r"(?: (?:were|have been|had been))? (?:found|discovered|recovered)"
    r"|(?:hands|wrists) (?:tied|bound)|(?:tied|bound) hands"
    r"|assassinated|assassination|(?:attack(?:s|ed)?|raid(?:s|ed)?|targeted|kill(?:s|ed)?|shoot|shoots|shot"
    r"|ambush(?:es|ed)?) (?:\w+ )?(?:villagers|civilians|passenger convoys?|passenger vehicles?"
    r"|worshippers|farmers|residents|passengers|herders|displaced people)|gunmen (?:killed|shot|opened fire)"
    r"|unidentified (?:gunmen|armed men|assailants)|armed men (?:killed|shot)|murdered|killed by (?:unknown|unidentified)"
    r"|stabbings?|knife attacks?|knifed|knifing|terror(?:ist)? shootings?|shooting attacks?|ramming attacks?"
    r"|(?:opened|opens?) fire (?:on|at|near) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:people|passengers|crowds?|commuters"
    r"|shoppers|worshippers|bus stop|buses|bus|market|aid (?:site|seekers|distribution))",
    # (a state that protests at the end of a clause objects: "US delivers patrol boats to Guyana as Venezuela
    # protests"; not "Iran protest death toll")
    "e_protest": r"(?!(?:(?<=venezuela )|(?<=china )|(?<=russia )|(?<=iran )|(?<=beijing )|(?<=moscow )|(?<=tehran )"
    r"|(?<=caracas ))protests\s*(?:$|[,.;:]))protests?|protested|protesters?|protestors?|demonstrations?"
    r"|demonstrators?|rall(?:y|ies|ied)"
    # (a church's night of prayer is no protest: "attacked a night-time church vigil")
    r"|marched|sit-ins?|took to the streets|picket\w*"
    r"|(?<!church )(?<!prayer )(?<!easter )(?<!overnight )(?<!night-time )(?<!all-night )(?<!night )(?<!religious )vigils?"
    r"|demonstrat(?:ed|ing|e)|(?:went|go|going) on strike"
    r"|hunger strikes?|(?:gathered|assembled)(?: \w+){0,8}? (?:to|demanding|calling|chanting|against)|chanting"
    r"|to demand|demanding",
    # ACLED's crowd-size note ("[size=no report]") is written for demonstrations only: protests and riots.
    "e_crowd": r"size=(?:no report|[\w ]+)",
    "e_riot": r"riots?|rioters?|rioting|violent (?:protests?|demonstrations?)|mobs?|looting|looted|torched"
    # ("anti-government protest turns violent", "a protest ... turned into clashes")
    r"|(?:protests?|demonstrations?|rall(?:y|ies)|marches?)\b[^.;]{0,60}?\b(?:turns?|turned|turning) (?:violent|into "
    r"(?:clashes|riots?|violence|street battles))"
    r"|set (?:fire to|ablaze|on fire)|stone-pelting|pelted|threw stones|hurled stones"
    r"|(?:protesters|protestors|demonstrators|crowds?|mobs?) (?:clash|clashed|clashing) with"
    r"|(?:police|security forces|riot police) and (?:protesters|protestors|demonstrators) (?:clash|clashed|clashing)"
    r"|clash(?:ed|es)? with (?:the )?(?:police|riot police|security forces)"
    r"|tear ?gas|vandali[sz](?:ed|ing)|(?:threw|throwing|hurled|hurling) (?:bricks|rocks|stones)|street battles"
    r"|" + _RIVAL_FACTIONS + r"|armed with (?:sticks|iron rods|machetes|clubs|batons|bamboo sticks)",
    "e_sd": r"ceasefire|cease-fire|truce|peace (?:talks|deal|plan|process|agreement|dialogue|treaty)|talks"
    r"|negotiations?"
    r"|border (?:demarcation|delimitation)"
    r"|pause in (?:the )?fighting"
    r"|negotiators?|sanctions?|aid package|military aid|security assistance|weapons deliveries|arms deliveries"
    r"|agreements?|accord|summit|prisoner (?:swaps?|exchanges?)|exchanged? (?:\w+ ){0,3}?(?:prisoners|detainees"
    r"|captives)|prisoners of war"
    r"|pows|mediators?|mediation|diplomat\w*|recogni[sz]\w*|annex\w*|mobili[sz]ation|conscription|arrested"
    r"|curfews?"
    r"|surrender(?:s|ed)?|(?:laid|lay|lays|laying) down (?:their |its )?(?:arms|weapons|rifles|guns)"
    r"|arrests|detained|headquarters|withdr[ae]w\w*|deploy\w*|reinforcements|meets? with|met with"
    # A leader at the front: "visited forward areas along the Line of Control", "toured positions near Kupiansk".
    r"|(?:visited|visits|visiting|visit to|toured|tours|touring) (?:[\w-]+ ){0,3}?(?:forward (?:areas|posts|positions)"
    r"|front(?:-line| line)? (?:positions|units|troops|areas)|the front(?:line| line)?\b|troops\b|command posts?)"
    r"|(?:reviewed|reviews|reviewing) (?:the )?(?:operational |security |combat )?(?:preparedness|readiness)"
    # "the army chief visited Miranshah, where he was briefed on operations against the militants"
    r"|(?:was|were|being) briefed on (?:the )?(?:[\w-]+ )?(?:security situation|operations|operational situation)"
    # Forces sent abroad arriving: "the first contingent of a new force landed in Port-au-Prince".
    r"|contingents?|peacekeep\w*|(?:troops|soldiers|forces?|personnel|police officers|battalions?|brigades?)"
    r" (?:[\w-]+ ){0,3}?(?:arrive|arrives|arrived|arriving|landed)\b"
    # ("800 soldiers with 45 tanks and dozens of armoured vehicles have arrived", "troops will be stationed")
    r"|(?:battalions?|brigades?|troops|soldiers) (?:[\w-]+ ){0,3}?(?:stationed|deployed|redeployed)\b"
    r"|(?:meets?|met|talks with) (?:his |her |the )?(?:[\w-]+ ){0,2}?(?:president|prime"
    r" minister|chancellor|counterparts?|leaders?|envoys?|foreign ministers?)"
    # Captives freed, ships seized: ACLED's non-violent acts of armed groups.
    r"|(?:released|releases|freed|frees|release of|freeing) (?:the |all |[\w-]+ ){0,3}?(?:crew(?: members)?|hostages?"
    r"|prisoners?|detainees|captives|sailors|seafarers|(?:captured |kidnapped |abducted )?(?:soldiers|policemen))|(?:seized|seizes|hijacked|hijacks) (?:an? |the )?(?:[\w-]+ )?"
    r"(?:ship|vessel|tanker|cargo ship|merchant ship)",
    # Decisions and handovers: arms delivered, sold or received ("took delivery of the first five A-29 aircraft": the
    # weapons it names are cargo, not fire), an operation approved, reservists called up. In a headline over no
    # casualties they are the news.
    "e_decision": r"call-ups?|reservists|repatriat\w*|(?:sends?|sent|deploys?|deployed|orders?|ordered|rush(?:es|ed)?)"
    r" (?:[\w-]+ ){0,3}?(?:troops|jets|soldiers|warships|fighter jets|aircraft carriers?|carriers?|carrier strike groups?"
    r"|companies|battalions)\b"
    r"|evacuation orders?|(?:orders?|ordered) (?:the )?evacuation"
    # A group listed as terrorist: "Canada lists Balochistan Liberation Army as terrorist entity".
    r"|(?:lists?|listed|designates?|designated|names?|named|brands?|branded) (?:[\w-]+ ){1,5}?as (?:an? )?"
    r"(?:foreign )?terrorist (?:entity|organi[sz]ation|group)"
    r"|hostages? (?:freed|released)|(?:frees|freed|releases|released) (?:[\w-]+ ){0,3}?hostages"
    r"|prisoners? (?:freed|released|swap|exchange)|(?:approves?|approved|announces?|announced|orders?|ordered) (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}?(?:military )?(?:operation|offensive)s?\b"
    r"|(?:took|takes|taking) delivery|arms (?:sales?|deals?|transfers?)|weapons (?:sales?|packages?)"
    r"|sales? of (?:[\w-]+ ){0,3}?(?:munitions|bombs|weapons|arms|missiles|warplanes|fighter jets)"
    # "a $150 million package of counter-terrorism equipment", "a counter-terrorism equipment package"
    r"|packages? of (?:[\w-]+ ){0,2}?(?:equipment|weapons|arms|military aid)|(?:military|defen[cs]e|security"
    r"|counter-terrorism) equipment packages?"
    r"|(?:hands?|handed|handing) (?!of\b)(?:over )?(?:[\w$-]+ ){0,5}?(?:vehicles|weapons|equipment|aircraft|jets"
    r"|helicopters|arms|drones)\b|(?:receives?|received) (?:[\w-]+ ){0,6}?(?:aircraft|jets|helicopters|tanks|weapons"
    r"|arms|air defen[cs]e systems?)\b"
    # A side halting its attacks: "Iraqi armed faction says it suspends attacks on US forces".
    r"|(?:suspends?|suspended|suspending|halts?|halted|halting|pauses?|paused|pausing|ends?|ended) (?:[\w-]+ ){0,2}?"
    r"(?:attacks|military operations|operations against|strikes|hostilities|offensive)\b"
    # An armed group giving up its arms: "PKK fighters burn weapons in disarmament ceremony".
    r"|disarmament|decommission\w*|(?:burn|burns|burned|burnt|surrender|surrendered|surrenders|hand in|handed in"
    r"|hands in) (?:their |its )?(?:weapons|arms|rifles|guns)\b(?! (?:depots?|stores?|warehouses?|caches?|dumps?))"
    # Arms pledged or supplied to a side: "Germany will supply Ukraine with two more Patriot systems".
    r"|(?:pledges?|pledged|pledging|promises?|promised|(?:will|to|would) (?:supply|send|deliver|provide|donate|fund"
    r"|finance|pay for|buy|purchase)|supplies|donates?|donated|funds|funded|finances|financed|approves?|approved"
    r"|delivers|delivered|hands? over|handed over|receives|received|shipments? of|deliver(?:y|ies) of"
    r"|rush(?:es|ed|ing)?|supplying)"
    r" (?:[\w$.,-]+ ){0,6}?(?:air defen[cs]e systems?|(?:[\w-]+ )?systems|weapons|arms"
    r"|(?:armed |attack |combat )?drones|tanks|(?:armou?red )?vehicles|ammunition|shells|missiles|fighter jets"
    r"|howitzers|helicopters|military equipment)\b",
    # (a missile that missed: "fired at a tanker ... but fell into the water near the vessel", ACLED's disrupted use)
    "e_intercept": r"shot down|shoots down|shoot down|shooting down|intercepted|intercepts|interceptions?|downed"
    r"|(?:brought|brings|bring|bringing) down (?:an?|the|\w+) (?:[\w-]+ )?(?:drones?|uavs?|hexacopters?|quadcopters?)"
    # ("Black Sea Fleet repelled sea drone attack on Novorossiysk": a drone attack stopped, not a ground assault)
    r"|(?:repel|repels|repelled|repelling) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:drone|uav|missile|air) (?:attacks?|raids?|strikes?)"
    r"|downs (?:an?|the|\w+) (?:[\w-]+ )?(?:drones?|uavs?|missiles?|rockets?)"
    # A drone astray over a neighbour: "Russian drone strays into Romanian airspace during Danube attack".
    r"|(?:strays?|strayed|straying|entered|enters|violated|violates) (?:into )?(?:[\w-]+ ){0,2}?airspace"
    r"|fell into the (?:water|sea)"
    # Debris of a drone found across a border: "Drone fragments found in Tulcea county after Russian strikes on Izmail".
    r"|(?:drone|missile|rocket|uav) (?:fragments|debris|wreckage|parts|remains) (?:were |was )?(?:found|discovered"
    r"|located|recovered)"
    r"|landed in the (?:water|sea)|(?:missile|drone|rocket|projectile)s? (?:[\w-]+ ){0,5}?miss(?:es|ed)\b|air defen[cs]es? "
    r"(?:destroyed|downed|repelled|repels?|down|downs|destroys?)|(?:destroy(?:s|ed)?|neutrali[sz]e[sd]?|down(?:s|ed)?)"
    r" (?:\d+|\w+)(?: of \d+)? (?:[\w-]+ ){0,2}?(?:drones|missiles|uavs)",
    # A missile test: "fired a ballistic missile toward the East Sea ... splashing down": no target, no strike.
    "e_test": r"missile tests?|test[- ]fir\w*|test[- ]launch\w*|weapons? tests?|splash(?:ed|es|ing)? down"
    r"|(?:into|toward|towards) the (?:east sea|sea of japan|yellow sea|west sea)"
    r"|(?:fires?|fired|launch(?:es|ed)?) (?:[\w-]+ ){0,4}?missiles? into the sea",
    "c_attack": r"strikes?(?! (?:an? |the )?(?:[\w-]+ )?(?:deal|agreement|accord|balance|tone|chord|pact)s?\b)|struck"
    r"|attacks?|attacked|hit|hits|fired|launched|bombed|bombarded|pounded|targeted"
    # Anadolu's and armies' word for fighters killed, captured or surrendered.
    r"|neutrali[sz](?:e|es|ed|ing) (?:\d+ |\w+ )?(?:[\w-]+ )?(?:terrorists|militants|fighters|insurgents|rebels)"
    r"|killed|killing|kills|wounded|injured|exploded|destroyed|damaged|raided|stormed|shelled(?! out)"
    r"|shelling(?! out)|bombing"
    r"|explosions?|blasts?|detonated|dropped"
    # Words that name the attack itself, whatever verb reports it ("an airstrike was reported near ...").
    r"|air ?strikes?|airstrikes?|air raids?(?! (?:sirens?|alerts?|warnings?|shelters?))|bombardments?|shellfire"
    r"|(?:artillery|mortar|rocket|tank|heavy|machine-gun) fire|barrages?",
    "c_armed": r"soldiers?|troops|fighters?|militants?|militiamen|militia members?|policem[ae]n|police officers?"
    r"|rebels?|insurgents?|combatants|servicem[ae]n|commanders?|(?:army|military|security) (?:personnel|officers?)"
    r"|(?:government|regime|security|military|armed|rebel|opposition|pro-\w+|anti-\w+) forces",
    "c_disaster": r"earthquakes?|quakes?|floods?|flooding|landslides?|typhoons?|hurricanes?|cyclones?"
    r"|tornado(?:e?s)?(?!-)"
    rf"|tsunamis?|wildfires?|bushfires?|{_STORM}|monsoon|heat ?waves?|avalanches?|volcan\w*|eruptions?|mudslides?"
    # ("the river burst its banks and flooded most of the town"; "14 people have drowned")
    r"|floodwaters?|flood-hit|flooded|burst (?:its|their) banks|drowned"
    r"|droughts?|(?:plane|bus|train|helicopter|boat|car|road|traffic) (?:crash|accident)\w*|collides?|collided|head-on|(?<!bomb )(?<!missile )(?<!drone )(?<!shell )(?<!rocket )(?<!munition )crashed|collisions?"
    r"|derail\w*|capsized|sank|fire (?:that |which )?broke out|blazes?|gas (?:explosion|blast|leak|cylinder|depot)|building collapse"
    r"|collapsed|leak of (?:liquefied |natural |cooking )?gas"
    # (an industrial blast: "ammonium nitrate that had been stored unsafely in a port warehouse")
    r"|ammonium nitrate|(?:stored|kept) (?:unsafely|improperly)|(?:unsafely|improperly) stored"
    # ("This is an accident," the governor said of a depot blast; not a hospital's "accident and emergency")
    r"|accident(?:al|ally)?(?! (?:and|&) emergency)"
    # A fire that kills: "Fire at Moscow shopping centre kills 8" (not gunfire: "opened fire at", "came under fire in")
    r"|(?<!open )(?<!opens )(?<!opened )(?<!opening )(?<!returned )(?<!return )(?<!under )(?<!heavy )(?<!the )"
    r"(?<!sniper )(?<!artillery )(?<!rocket )(?<!mortar )(?<!tank )(?<!machine-gun )(?<!cross)(?<!gun)"
    r"(?<!ceasefire )(?<!cease )(?<!cease-)(?<!live )(?<!friendly )(?<!of )(?<!enemy )(?<!hostile )"
    r"fires? (?:at|in|on) (?:an? |the )?(?:[\w'-]+ ){0,2}?(?:shopping (?:centre|center|mall)|mall|market|factory"
    r"|warehouse|hospital|hotel|nightclub|club|cafe|restaurant|apartment|building|block|hostel|dormitory|home|house"
    r"|school|plant|depot|store|shop)s?\b"
    r"|(?:the |a )(?:massive |huge |large |deadly |major )?fire (?:swept|engulfed|ripped|tore|gutted|spread|killed)"
    r"|caught fire|house fire|(?:building|apartment|hotel|hospital|factory|warehouse|nightclub|club) fire"
    r"|tankers? (?:explosion|blast|fire)|training (?:flights?|sorties?|missions?|exercises?)|trainer (?:jet|aircraft|plane)"
    r"|(?:firing|live-fire|artillery) (?:drills?|exercises?|practice)"
    r"|stampedes?|accidents?|outbreaks?|epidemic|cholera|mine collapse|boiler(?!s? (?:houses?|rooms?|stations?))"
    # A crowd's crush ("19 die in crush at aid hub", "victims were trampled")
    r"|crowd crush(?:es)?|crush(?:es)? (?:at|in|during|outside|near|as) |trampled"
    r"|(?:airliner|turboprop|passenger plane|light aircraft|cargo plane)s? (?:crash\w*|went down|came down)"
    r"|(?:killing |killed )?(?:all|everyone) (?:\d+ |[a-z-]+ )?(?:people |passengers )?(?:aboard|on board)"
    r"|fireworks? (?:factory|factories|plants?|units?|warehouses?|workshops?|shops?)|firecracker (?:factory|units?)"
    r"|industrial (?:accident|disaster)s?|chemical (?:plant|factory) (?:blast|explosion|fire)s?"
    r"|methane|coal mines?|coal miners|mining (?:accident|disaster)|(?:fuel|oil|gas) tankers? (?:exploded|overturned|caught fire)"
    # Mines that cave in, plants that blow up in an accident.
    # Vehicles that leave the road.
    r"|plunged|plunges|plunging|veered off|lost control|overturned|skidded|rolled over"
    r"|cave[sd]? in|caving in|cave-ins?|(?:gold|artisanal|illegal) mines?|mining sites?|mine shafts?"
    r"|industrial (?:accidents?|safety|blasts?|disasters?)|(?:chemical|fertili[sz]er|industrial|petrochemical) plants?"
    # ("Blast at gunpowder plant kills 11": a works accident, unless a weapon of war struck it)
    r"|(?:gunpowder|munitions|ammunition|explosives) (?:plants?|factory|factories|works)"
    r"|safety (?:rules|regulations|violations?)",
    # An attack ruled out ("officials rule out a drone attack", "no signs of sabotage"): an accident, though the
    # words of an attack are in the headline.
    "c_ruled_out": r"rul(?:e|es|ed|ing) out (?:an? |any )?(?:[\w-]+ ){0,3}?(?:attack|strike|sabotage|terrorism"
    r"|foul play|insurgen(?:cy|ts?)|militan(?:cy|ts?)"
    # ("initial findings pointed to a gas leak ... and ruled out any deliberate act")
    r"|deliberate (?:act|attack|action|blast)"
    # ("a technical snag ... Officials ruled out hostile action": a military aircraft's crash)
    r"|(?:hostile|enemy) (?:action|fire))"
    # ("the shooting followed a personal dispute and was not terrorism-related")
    r"|not (?:terrorism|terror|terrorist)[- ]related"
    # ("This case has nothing to do with the unrest")
    r"|nothing to do with (?:the )?(?:[\w-]+ )?(?:unrest|insurgen(?:cy|ts?)|militan(?:cy|ts?)|terrorism|conflict)"
    # ("was caused by a gas leak and not by a Russian strike", "was gas leak, not missile")
    r"|(?:gas leak|gas explosion|boiler|short circuit|faulty wiring)(?: and)?,? not (?:by )?(?:an? )?(?:[\w-]+ )?"
    r"(?:missile|strike|drone|rocket|attack|shelling|bomb)"
    # ("no indication of any political or terrorist motive")
    # ("no signs of a drone, an explosive device or any other act of sabotage")
    r"|no (?:signs?|indications?|evidence) (?:of|that) (?:an? |any )?(?:[\w-]+,? ){0,10}?(?:attack|strike|sabotage"
    r"|terrorism|terrorist)"
    # "no indication of any wider threat or any link to terrorism"
    r"|no (?:signs?|indications?|evidence) (?:of )?(?:[\w-]+ ){0,6}?(?:links?|connection|ties) to (?:[\w-]+ (?:or )?)?"
    r"(?:terror\w*|extremis\w*)"
    # ("no indication that the suspects are linked to any terrorist or communist group")
    r"|no (?:signs?|indications?|evidence) that (?:[\w-]+ ){0,4}?(?:linked|connected|tied) (?:to|with) (?:any )?"
    r"(?:[\w-]+ (?:or )?){0,3}?(?:terror\w*|extremis\w*|militant|communist|jihadist|rebel|insurgent)"
    r"|not (?:caused by|the result of|connected to|linked to) (?:an? |any )?(?:[\w-]+ )?(?:attacks?|strikes?)"
    # ("We have found nothing to suggest a political or terrorist motive")
    r"|(?:nothing|no reason) to (?:suggest|indicate) (?:an? |any )?(?:[\w-]+ ){0,3}?(?:attack|terrorism|terrorist)"
    # ("had found no political or extremist motive")
    r"|no (?:known |apparent |obvious |clear )?(?:(?:political|terrorist|extremist|ideological|religious)(?:,| or| and)? )"
    r"{1,3}motives?"
    # ("had no known links to any political or extremist group")
    r"|no (?:known )?(?:links?|connections?|ties) (?:to|with) (?:any )?(?:[\w-]+ (?:or )?){0,3}?(?:political|extremist"
    r"|terrorist|militant|jihadist) (?:groups?|organi[sz]ations?|movements?)"
    # ("This was a personal grudge. There is no link to any group")
    r"|no (?:known )?(?:links?|connections?|ties) (?:to|with) any (?:groups?|organi[sz]ations?)\b"
    # A military aircraft lost in training: an accident, however many "air force" words the text has.
    r"|(?:during|on|in) (?:a |an )?(?:routine |scheduled )?training (?:flights?|sorties?|missions?|exercises?|drills?)"
    r"|(?:during|in) (?:a |an )?(?:routine |scheduled )?(?:field )?(?:firing|live-fire|artillery) (?:drills?|exercises?|practice)"
    # Old stocks blown up on purpose: "blast at army ammunition disposal site" (not a bomb squad's "bomb disposal")
    r"|(?:ammunition|munitions?|ordnance|explosives) disposal|disposal of (?:[\w-]+ ){0,2}?(?:ammunition|munitions"
    r"|ordnance|explosives|shells)",
    "c_crime": r"murder(?:ed|er|ers|s)?|robbery|robbers|homicides?|cartels?|gangs?|gang members?|suspects?"
    r"|shooter|mass shooting|(?:school|college|university|campus) shootings?|stabbing|burglary|domestic|serial killer"
    r"|manslaughter|jury|(?:student|teenager|pupil)\b[^.;]{0,40}?\b(?:opens?|opened) fire"
    # ("a feud between two criminal organisations", "as crime toll in Arab towns mounts")
    r"|criminal (?:organi[sz]ations?|gangs?|groups?|feuds?|underworld|violence|famil(?:y|ies)|clans?)"
    # (one man alone with a licensed gun: "had acted alone", "a 24-year-old who held a firearms licence")
    r"|acted alone|lone (?:gunman|shooter)|(?:firearms?|gun) licen[cs]e"
    r"|crime (?:toll|wave|famil(?:y|ies)|bosses"
    r"|organi[sz]ations?|feuds?)|organi[sz]ed crime"
    # "Former student kills eight in shooting at technical college"
    r"|shooting (?:at|in|inside) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:school|college|university|campus|lyceum)"
    r"|prosecutors?|funeral home|police (?:said|say)|drug traffick\w*|carjack\w*|hate crimes?|armed robbery"
    # A drug haul: "customs seize 6 million captagon pills at Beirut port".
    r"|drug (?:smuggl\w*|seizures?|hauls?|busts?)|captagon|cocaine|heroin|methamphetamine|narcotics"
    # A quarrel between neighbours or kin, a hold-up: "shot three neighbours dead after a fence dispute", "after a
    # quarrel over a land boundary" (communities' "clashes over a land dispute" are communal violence).
    r"|(?:family|fence|property|inheritance|neighbou?rs?'?|personal|domestic|marital) (?:disputes?|feuds?"
    r"|rows?|quarrels?|grudges?)|(?:quarrel|dispute) over (?:an? |the )?(?:land|plot|fence|boundary|property|inheritance|rent|money"
    r"|debts?)|(?:holds?|held) up (?:an? |the )?(?:[\w-]+ ){0,2}?(?:bank|branch|shop|store|petrol station)"
    # A former policeman is a man with a past, and a row over a bill a quarrel: "Ex-policeman shoots six dead at
    # karaoke bar", "after an argument over a bill".
    r"|(?:ex-|former )(?:police(?:m[ae]n|wom[ae]n)?|police (?:officers?|sergeants?|constables?|inspectors?)|cops?)"
    r"|after (?:an? )?(?:argument|altercation|quarrel|brawl)"
    # ("Gunman kills six at wedding party after land row"; a land "dispute" may be two communities')
    r"|after (?:an? )?(?:land |family |property |money |business |domestic |marital |personal )?(?:row|spat)\b",
    # ("the war on drugs" is a policy)
    "c_conflict": r"(?<!price )(?<!trade )(?<!bidding )(?<!fare )(?<!tariff )(?<!streaming )"
    # (a simile is no war: "It sounded like a war in there")
    r"(?<!like a )"
    # (gangs' wars are crime: "Marseille's 'narco-war'", "a turf war between drug gangs")
    r"(?<!narco-)(?<!narco )(?<!drug )(?<!drugs )(?<!gang )(?<!turf )(?<!cartel )(?<!mafia )"
    r"war(?! (?:on|against) (?:the )?(?:drugs|crime|poverty|corruption|inflation|cancer|waste|plastic|water|floods?)"
    r"| of words|-damaged)|wartime|terror"
    # (a former soldier is a man with a past, not a force: "Ex-soldier shoots five dead at market")
    r"|extremists?|islamists?|military|(?<!ex-)(?<!former )army(?! (?:conscripts?|veterans?))|troops"
    # (not Nepal's parliamentary party: "Maoist Centre pulls out of coalition")
    r"|(?<!ex-)(?<!former )soldiers|militants?|insurgents?|maoists?(?! (?:centre|center|party))|naxal\w*"
    r"|peshmerga"
    # Armed men who ambush the security forces: "police officers killed in an ambush", "ambush on a police patrol".
    r"|(?:police officers|policemen|officers|guardsmen|troopers) (?:[\w-]+ ){0,3}?killed in (?:an? )?ambush"
    r"|ambush(?:es|ed)? (?:on )?(?:an? |the )?(?:[\w-]+ )?(?:police|army|military|national guard|security) "
    r"(?:patrols?|convoys?|officers|units?|trucks|vehicles)"
    # ("Seven police officers were killed when gunmen ambushed their patrol")
    r"|(?:police officers|policemen|officers|soldiers|troops)\b[^.;]{0,60}\bambushed (?:their|its) (?:patrol|convoy|unit)"
    # Armed men who raid villages: "gunmen stormed the village", "attackers arrived in the community".
    # (not robbers: "armed men held up a pawnshop along the highway")
    r"|(?:gunmen|armed men|armed thugs|political thugs|attackers|assailants)\b(?!\s+(?:held up|robbed|looted))[^.;]{0,80}"
    r"\b(?:villages?"
    r"|communit(?:y|ies)"
    r"|hamlets?|settlements?"
    r"|convoys?|worshippers|mosques?|churches|passengers|buses|bus stops?|commuters|highway|miners|labou?rers"
    r"|(?:weekly |village |crowded )?(?:markets?|bazaars?|haats?)"
    r"|farmers|police stations?|police posts?|checkpoints?|(?:coal |gold )?mines?"
    # political violence ("armed thugs stormed polling units during the governorship election")
    r"|(?:election|electoral|campaign|political|party) (?:rall(?:y|ies)|convoys?|offices?|meetings?)"
    r"|polling (?:units?|stations?|booths?|centres?|centers?)|voters)"
    r"|bandit (?:groups?|gangs?)"
    # (the village named first: "mourners gathered in a farming community ... to bury 31 killed when gunmen stormed")
    r"|(?:villages?|communit(?:y|ies)|hamlets?)\b[^.;]{0,100}\b(?:gunmen|armed men|bandits) (?:stormed|attacked|raided"
    r"|invaded|opened fire)"
    # A side's attack in the words of the states that suffer them: "Six killed in shooting attack on promenade".
    r"|shooting attacks?|ramming attacks?"
    # An attack claimed or praised by a side, or by an attacker sworn to one: no crime is claimed.
    r"|(?:pledged|pledging|swore|sworn) (?:loyalty|allegiance) to|(?:claimed|claims|claiming) responsibility"
    # ("The banned Balochistan Liberation Front claimed the attack")
    r"|(?:claimed|claims|claiming) (?:the|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)"
    r" (?:attack|bombing|blast|shooting|ambush|killings?|assault)"
    r"|(?:praised|hailed|welcomed) the (?:attack|shooting|bombing|operation)"
    # A side's gunmen: "Two Palestinian gunmen opened fire at a bus stop".
    r"|(?:palestinian|israeli|kashmiri|baloch|islamist|jihadist|separatist|rebel) (?:gunm[ae]n|attackers?|assailants?)"
    r"|(?:attacker|gunman|assailant)\b[^.;]{0,40}\bwas an? palestinian\b"
    # ("Police said the attackers, both residents of the northern West Bank, fled on foot")
    r"|(?:attackers|gunmen|assailants|attacker|gunman|assailant),? (?:both |all )?(?:residents? of|from) (?:the )?"
    r"(?:northern |southern )?(?:west bank|gaza strip|gaza)\b"
    # A mass abduction: "taking away at least 40 students", "kidnapped dozens of villagers".
    r"|(?:abduct\w*|kidnap\w*|took away|taking away|carted away)\s+(?:[\w-]+\s+){0,3}?(?:pupils|students|schoolchildren"
    r"|schoolgirls|schoolboys|villagers|worshippers|passengers|farmers)"
    r"|insurgency|rebels?|militias?|(?:ex-)?combatants|armed struggle|guerrillas?|guerrilla (?:groups?|fighters?)"
    # A town raided by an armed group: "Gang gunmen kill more than 20 in Artibonite town raid".
    r"|(?:town|village|neighbou?rhood) (?:raids?|massacres?)"
    # (Lebanon's police are its "Internal Security Forces")
    r"|jihadists?|terrorists?|terrorism|armed groups?|armed forces|(?<!internal )security forces"
    r"|(?<!former )(?<!ex-)paramilitary|occupation"
    r"|arms embargo|shin bet"
    r"|occupied|invasion|invaded|bandits|banditry|armed miscreants|gang coalition|viv ansanm|gran grif"
    r"|oromo liberation army|shene|fano militia|fano fighters|hamas|hezbollah|houthis?|rsf|rapid support forces|al-shabaab|shabaab|boko haram"
    r"|iswap|islamic state|isis|isil|daesh|taliban|ttp|jnim|wagner|junta|idf|kremlin|separatists?"
    # (a military coalition, not a governing one: "parties strike coalition deal", "set to lead coalition")
    r"|(?<!governing )(?<!ruling )(?<!lead )(?<!leads )(?<!form )(?<!forms )(?<!join )(?<!joins )(?<!new )"
    r"coalition(?! (?:deal|government|talks|partners?|agreement|parties|party|collapse[sd]?|crisis|split|members?"
    r"|majority|lawmakers|MPs|cabinet|ministers?|(?:has |had )?collapsed|of (?:[\w-]+ ){0,2}?part(?:y|ies))\b)"
    r"|combat|airstrikes?|air strikes?|missiles?|drones?|shelling(?! out)|bombardments?|artillery|frontline"
    r"|front line|ceasefire|peace (?:talks|treaty|deal|agreement|process|negotiations|accords?|dialogue)"
    r"|frozen conflict|border (?:demarcation|delimitation)"
    r"|de-escalation|pause in (?:the )?fighting"
    r"|breakaway (?:[\w-]+ )?(?:regions?|republics?|territor(?:y|ies))"
    r"|truce|hostilities|warplanes?|suicide (?:bomb\w*|attack\w*)"
    # (a gunman "arrested at a checkpoint" was caught by the police)
    r"|(?<!arrested at a )(?<!arrested at the )(?<!detained at a )(?<!stopped at a )checkpoints?|security personnel|al-qaeda|al qaeda|pkk|m23|janjaweed|tatmadaw|resistance forces|mujahideen"
    # (the Chittagong Hill Tracts' armed regional parties)
    r"|updf|pcjss|jana samhati samiti|kuki-chin national front"
    # (Papua's separatist fighters)
    r"|tpnpb|west papua national liberation army|free papua movement|opm rebels|opm fighters"
    r"|militiam[ae]n|(?:government|regime|rebel|opposition|loyalist|pro-[\w-]+|anti-[\w-]+) forces"
    # Communal violence: ACLED's communal militias ("clan fighting", "herdsmen clashed with farmers").
    r"|(?:clan|inter-?clan|communal|inter-?communal|ethnic|inter-?ethnic|tribal|sectarian) (?:clash\w*|fighting"
    r"|violence|militias?|conflict|attacks?|feuds?|fighters)|herdsm[ae]n|fulani (?:herders|militia\w*|gunmen)|fulanis"
    r"|armed herders"
    # Armed men falling on a village ("gunmen stormed a village"): an armed group, not a street crime.
    r"|(?:attack(?:ed|s)?|stormed|raided|invaded|torched|razed|overran|swept through) (?:on |into )?(?:the |a |an "
    r"|two |three |four |several |neighbou?ring |remote )?(?:[\w-]+ )?(?:villages?|camps?\b|towns?\b(?! halls?| centres?"
    r"| centers?| councils?| squares?))"
    r"|(?:gunmen|armed men|assailants|attackers|bandits|raiders) (?:[\w-]+,? ){0,3}?(?:kill|kills|killed|shot|shoot"
    r"|abduct|abducted|kidnap|kidnapped|attacked|massacred) (?:[\w-]+ ){0,3}?(?:villagers|passengers|travell?ers"
    r"|commuters|worshippers|pilgrims)"
    # Passengers taken off a bus by armed men ("forced passengers off two coaches and shot seven").
    r"|(?:offloaded|forced|pulled|dragged|ordered) (?:the |\w+ )?(?:passengers|travell?ers) (?:off|out of|from)",
    "n_title": r"anniversary|(?:years?|decades?) (?:after|ago|on|later|since)|commemorat\w*|memorial|remember\w*|trial|verdict"
    # ("Survivors describe killing of 42 villagers three weeks ago": past the guide's two days)
    r"|(?:weeks?|months?|(?:three|four|five|six|seven|eight|nine|ten|[3-9]|1\d) days) ago"
    # ("Syria tries six men over killing of family": a court's news)
    r"|(?:tries|tried) (?:[\w-]+ )?(?:men|suspects|soldiers|officers|defendants|people|militiamen|fighters)"
    r"|sentenced|convicted|convicts|jailed|jails|in absentia|gets life|(?:life|death|prison|jail) (?:sentence|term)s?"
    # (a place to play or eat is no court of law: "Rocket slams into Safed basketball court")
    r"|(?<!basketball )(?<!tennis )(?<!volleyball )(?<!netball )(?<!squash )(?<!food )court(?!\s+(?:complex|premises|compound|building|gate)s?\b)(?!\s+(?:kills?|wounds?|injures?|hits?)\b)|testif\w*|lawsuit|inquiry|analysis|opinion|explainer|timeline|retrospective"
    rf"|obituary|(?<!national ){_REVIEW_NOT_A_VERB}review|podcast|interview|documentary|books?|films?"
    # A tally over the year or a part of it in the headline: "Armed groups killed more than 1,200 civilians in Ituri
    # this year", "Gang violence killed more than 1,600 in first quarter" (not a record: "deadliest attack this year").
    r"|(?:killed|died|dead|deaths)\b(?:(?!deadliest|worst|bloodiest|biggest|largest|heaviest)(?:[^,;:]|(?<=\d),(?=\d)))"
    r"{0,60}?\b(?:this year|in (?:the )?(?:first|second|third|fourth|last|past) (?:quarter|half|(?:\w+ )?months|weeks"
    r"|(?:\w+ )?weeks)\b"
    # ("At least 1,850 civilians killed in El Fasher since May, UN rights office says")
    r"|since (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b)"
    # ("In the aftermath of ..., X" is news after the event; "Aftermath of strike on Holon", pictures of it.)
    # (a truce that unravels as the news happens sets its scene: "Barrel bombs kill 16 in Aleppo as truce unravels")
    r"|how many|cancels?|(?<!as truce )(?<!as ceasefire )(?<!as the truce )(?<!as the ceasefire )unravel\w*"
    r"|fallout|in (?:the )?aftermath|editorial"
    r"|the \w+ view on|op-ed|commentary"
    # (an opinion column, not a military one: "Bodies of 14 villagers found after junta column leaves village")
    r"|(?<!junta )(?<!military )(?<!army )(?<!armored )(?<!armoured )(?<!troop )(?<!rebel )(?<!enemy )(?<!tank )"
    r"(?<!regime )(?<!russian )(?<!supply )(?<!a )column"
    # (a war's milestone, in thousands: "Gaza death toll passes 40,000"; not a raid's: "as death toll passes 30")
    r"|toll (?:passes|tops|exceeds|surpasses|nears|climbs past) (?:\d{1,3}(?:,\d{3})+|\d{4,}|[\d.]+ (?:thousand|million)"
    r"|thousands?)|in numbers|so far this year"
    # (not a lull that an attack breaks: "Suicide bombing at Baghdad market shatters months of calm")
    r"|since (?:the war|october|the start)|a year of|(?:months|weeks) of(?! (?:relative )?(?:calm|quiet|peace|lull))"
    r"|yesterday and at night"
    r"|daily (?:tally|toll|count|update|briefing|round-?up|digest|report)"
    # A strike the headline dates to a month: "Rights group finds US-made bomb was used in deadly March strike".
    r"|(?:in|on|of) (?:the |a |last )?(?:[\w-]+ )?(?:january|february|march|april|june|july|august|september|october"
    r"|november|december) (?:[\w-]+ )?(?:strikes?|attacks?|bombings?|raids?|massacres?|shelling)\b"
    # A month's or a year's count: "April was deadliest month for civilians in nearly three years".
    # ("UN says November was among deadliest months for civilians")
    r"|(?:deadliest|bloodiest|worst) (?:month|year|week|quarter)s?\b|monthly (?:[\w-]+ )?(?:report|update|tally|toll|count)",
    # Running pages of a war: "List of key events, day 600", "Ukraine war latest: ...", "latest updates". Their news
    # is no single event unless the headline gives one a toll ("Live: drone hits minibus, killing eight").
    # Reactions: the news is what others said, unless the headline gives the attack its toll ("Suicide bomber kills
    # six outside ministry in Kabul; India condemns attack").
    "n_reaction": REACTION_WORDS,
    # (a live page whose headline states the toll reports the attack: "Missiles kill nine - as it happened")
    "n_live": r"live updates|live blog|live$|key events|(?:war|news|conflict) latest|latest (?:updates|news)|day \d+"
    r"|as it happened",
}
# Who was attacked decides between ACLED's Battles (armed victims: soldiers, police, fighters, their posts) and
# Violence against civilians (unarmed victims), whoever the attackers were ("a policeman killed a woman" is VAC,
# "gunmen shot dead a lieutenant" is a battle).
_VICTIM_VERB = (
    r"(?:killed|killing|kills|kill|shot|shooting|shoot|attacked|attacking|attack|abducted|abducting|kidnapped"
    r"|kidnapping|executed|executing|beheaded|massacred|murdered|murdering|targeted|targeting|stabbed|beat|beating"
    r"|tortured|torturing|assaulted|assaulting|raped|wounding|wounded|injuring|injured|gunned down|shot dead"
    r"|shot and killed|fired (?:up)?on|opened fire (?:on|at)|ambushed|ambushing|lynched|hacked|abducts|kills|attacks)"
)
_VICTIM_DET = (
    r"(?:(?:at least|some|about|over|more than|nearly|up to|a group of|a number of|dozens of|scores of|hundreds of"
    r"|several|many|the|his|her|their|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)*"
)
_CIVILIANS = (
    r"(?:civilians?|villagers?|residents?|farmers?|herders?|herdsm[ae]n|women|woman|children|child|kids?|boys?|girls?"
    r"|crowds?|mourners|shoppers|pilgrims|aid seekers|displaced (?:people|families|persons)"
    r"|men|man|family|families|worshippers|students?|passengers?|traders?|drivers?|pastoralists?|people|persons?"
    r"|journalists?|reporters?|teachers?|doctors?|nurses?|(?:health|aid|humanitarian) workers?|shepherds?|fishermen"
    r"|fisherman|displaced|refugees?|migrants?|prisoners?|detainees?|inmates?|protesters?|demonstrators?|couple"
    r"|individuals?|youths?|elderly|citizens?|locals?|pilgrims?|patients?|miners?|vendors?|shopkeepers?|hawkers?"
    r"|labou?rers?|workers?|priests?|pastors?|imams?|chiefs?|politicians?|councill?ors?|activists?|wife|husband"
    r"|sons?|daughters?|father|mother|brothers?|sisters?|relatives?|infants?|bab(?:y|ies)|minors?|teenagers?"
    r"|adolescents?|community members?|members of the (?:\w+ )?(?:community|public|family)|villages?|communit(?:y|ies)"
    r"|hamlets?|settlements?"
    # ("Boko Haram kills 27 firewood collectors", "gunmen kill truffle gatherers")
    r"|(?:firewood|wood|scrap|truffle) (?:collectors|gatherers)|woodcutters)"
)
_ARMED = (
    r"(?:soldiers?|troops|servicem[ae]n|policem[ae]n|policewom[ae]n|rangers?|police(?: officers?| personnel| agents?| constables?)?"
    r"|officers?|gendarmes?|guards?|militants?|fighters?|rebels?|insurgents?|militiam[ae]n|militias?|militia members?"
    r"|jihadists?|combatants|gunmen|attackers|assailants|peacekeepers?|lieutenants?|colonels?|sergeants?|captains?"
    r"|commanders?|recruits|conscripts|personnel|cadres?|elements|snipers?|(?:army|military|security|government"
    r"|regime|rebel|armed|opposition|special|national|defen[cs]e|pro-\w+|anti-\w+) forces|members? of (?:the )?"
    r"(?:[\w'-]+ ){0,4}?(?:forces|army|police|militia|intelligence|security|brigade|battalion|movement|guard|unit)"
    r"|positions|(?:military|army|police) (?:base|post|checkpoint|convoy|patrol|vehicle|camp|outpost|station)s?"
    r"|checkpoints?|convoys?|patrols?|outposts?)"
)
_PASSIVE = (
    # (an aside between the victims and their verb: "Twenty displaced people, eight of them children, were killed")
    r"(?:,\s+(?:[\w'-]+\s+){0,7}?[\w'-]+,)?"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:were|was|have been|had been|being|got)\s+(?:[\w'-]+\s+){0,2}?(?:killed|shot|abducted"
    r"|kidnapped|executed|murdered|wounded|injured|attacked|beaten|stabbed|tortured|massacred|beheaded|found dead"
    r"|burned|burnt|hacked|lynched|ambushed)"
)
# (Not after "by", across a clause or a place: "killed by ISWAP fighters", "killed on Sunday when fighters ...",
# "killed in insurgent attack" name the attackers, not the victims.)
_NOT_VICTIM_YET = r"(?:(?!(?:by|when|as|after|while|before|in|during)\b)[\w'-]+\s+){0,3}?"
_TRIGGERS["v_civilian"] = rf"{_VICTIM_VERB}\s+{_VICTIM_DET}{_NOT_VICTIM_YET}{_CIVILIANS}|{_CIVILIANS}{_PASSIVE}"
_TRIGGERS["v_armed"] = rf"{_VICTIM_VERB}\s+{_VICTIM_DET}{_NOT_VICTIM_YET}{_ARMED}|{_ARMED}{_PASSIVE}"
# A labour strike ("a 24-hour general strike on Monday", "workers went on strike"): counted on its own (it is last, so
# it never takes a word from another category) to tell a union's strike from an attack.
_TRIGGERS["c_labour"] = (
    # ("24-hour strike" is matched from "hour": a pattern that starts with a digit would be tried at every number)
    r"(?:general|nationwide|national|hour|day|rolling|indefinite|warning|labou?r|workers'?|teachers'?|doctors'?"
    r"|nurses'?|pilots'?|rail|transport|pay|dockers'?|dockworkers'?|port workers'?|miners'?|drivers'?) strikes?"
    r"|(?:trade|labou?r) unions?|walkouts?|strikers|picket lines?"
    r"|industrial action|(?:went|go|going|goes) on strike"
)
# A crowd's weapons, no armed side's: "groups armed with sticks and swords", "stone-pelting between the two communities"
# (counted last and on its own: it takes no word from another category).
_TRIGGERS["e_melee"] = (
    r"sticks|stones|stone-pelting|iron rods|bricks|brickbats|swords|sharp weapons|clubs|batons|bamboo poles|cudgels"
    r"|machetes"
)
# Rival parties' men fighting each other (also a riot word above; counted apart to tell their clash from a battle;
# ACLED codes communities' armed clashes as battles).
_TRIGGERS["e_factions"] = _RIVAL_PARTIES
# "rebel-held", "army-controlled": who holds a place, not an act of war ("landslide at mine in rebel-held Congo").
_TRIGGERS["c_conflict"] = rf"(?:{_TRIGGERS['c_conflict']})(?!-(?:held|controlled|run)\b)"
# A headline of arrests or seized arms, no shot fired: "Police arrest nine suspected militants in Punjab raids" (in
# the body, arrests and seizures follow fights as often as not: "killed two militants and seized their weapons").
_TRIGGERS["t_arrest"] = (
    r"(?:seized|seizes|seize|seizing|recovered|recovers|recover|confiscated|confiscate|confiscates) (?:[\w-]+ ){0,4}?"
    r"(?:explosives|weapons|arms|ammunition|detonators|suicide vests?)|(?:arrests?|arrested|arresting|detains?"
    r"|detained) (?:[\w-]+ ){0,3}?(?:suspected |alleged )?(?:militants|insurgents|terrorists|suspects)"
)
_TITLE_ONLY = ("n_title", "n_live", "n_reaction", "t_arrest")  # cues read in the title only
_TRIGGERS_TITLE = PhraseIndex(_TRIGGERS, wrap=r"\b(?:{})\b")
_TRIGGERS_BODY = PhraseIndex({k: v for k, v in _TRIGGERS.items() if k not in _TITLE_ONLY}, wrap=r"\b(?:{})\b")
# Categories whose triggers overlap others: counted again on their own so one word counts for each.
_SECONDARY = ("c_labour", "s_suicide", "s_grenade", "s_ied", "e_vac", "e_intercept", "e_test", "e_decision",
              "c_attack", "c_conflict", "c_crime", "c_armed", "w_strike", "e_battle", "n_title", "n_live",
              "n_reaction", "w_small_arms", "e_riot", "c_disaster", "c_ruled_out", "v_civilian", "v_armed",
              "e_crowd", "e_melee", "e_factions")  # fmt: skip
_ALWAYS_RECOUNT = frozenset({"c_attack", "c_conflict"})

THEATRE_BY_COUNTRY = {
    "UA": "russia-ukraine", "RU": "russia-ukraine", "PS": "israel-gaza", "IL": "israel-gaza", "LB": "lebanon",
    "SY": "syria", "YE": "yemen", "SD": "sudan", "SS": "south-sudan", "MM": "myanmar", "ML": "sahel",
    "BF": "sahel", "NE": "sahel", "SO": "somalia", "CD": "drc", "ET": "ethiopia", "NG": "nigeria",
    "AF": "afghanistan", "PK": "pakistan", "IQ": "iraq", "LY": "libya", "HT": "haiti", "MX": "mexico",
    "CO": "colombia", "CM": "cameroon", "MZ": "mozambique", "AZ": "armenia-azerbaijan",
    "AM": "armenia-azerbaijan", "IN": "india", "PH": "philippines", "IR": "iran", "CF": "car", "BD": "bangladesh",
    "ID": "papua",
}  # fmt: skip
THEATRES = frozenset(THEATRE_BY_COUNTRY.values())
# Countries at war, where an explosion that kills is an act of war unless the text says it was an accident (a
# disaster cue); elsewhere a blast needs a conflict cue (an armed group, a weapon of war, a theatre's actors).
WAR_ZONE_COUNTRIES = frozenset({"UA", "PS", "SY", "YE", "SD", "SS", "SO", "LB", "MM", "ML", "BF", "NE"})
# Those countries and the states fighting in them: a headline naming a place of theirs (of a state fighting, only with a
# cue of the war), over a text that reports no violent event, no disaster and no crime and whose main place is theirs
# or whose headline names the war, is the war's politics (a visit, aid, a warning, the plight of its civilians):
# ACLED's strategic developments.
WAR_PARTY_COUNTRIES = WAR_ZONE_COUNTRIES | {"IL", "RU"}

_ACTORS: list[tuple[str, str, str | None]] = [
    # (pattern, actor, country that actor's presence points to as theatre)
    (r"russian (?:forces|troops|army|military|missiles?|drones?|strikes?|attacks?|shelling|air force|soldiers?"
     r"|servicem[ae]n)|russia|moscow"
     r"|kremlin", "Russia", "UA"),
    (r"ukrainian (?:forces|troops|army|military|drones?|strikes?|air defen[cs]es?)|ukraine|kyiv|zelensk(?:y|yy|iy)",
     "Ukraine", "UA"),
    (r"hamas|qassam brigades", "Hamas", "PS"),
    (r"israeli (?:forces|troops|army|military|strikes?|airstrikes?|air force|jets|warplanes)|idf|israel defense forces",
     "Israel", "PS"),
    (r"hezbollah", "Hezbollah", "LB"),
    (r"islamic jihad", "Palestinian Islamic Jihad", "PS"),
    (r"houthis?|ansar allah", "Houthis", "YE"),
    (r"saudi-led coalition|saudi-led|arab coalition", "Saudi-led coalition", "YE"),
    (r"rsf|rapid support forces", "Rapid Support Forces", "SD"),
    (r"sudanese (?:army|armed forces|military)|saf\b", "Sudanese Armed Forces", "SD"),
    (r"al-shabaab|al shabaab|shabaab", "al-Shabaab", "SO"),
    (r"boko haram", "Boko Haram", "NG"),
    (r"iswap|islamic state west africa", "ISWAP", "NG"),
    (r"islamic state|isis|isil|daesh", "Islamic State", None),
    (r"al-qaeda|al qaeda|aqap|aqim", "al-Qaeda", None),
    (r"jnim", "JNIM", "ML"),
    (r"taliban|islamic emirate", "Taliban", "AF"),
    (r"ttp|tehreek-e-taliban", "Tehrik-i-Taliban Pakistan", "PK"),
    (r"wagner|africa corps", "Wagner Group", None),
    (r"m23", "M23", "CD"),
    (r"junta|tatmadaw|myanmar military|myanmar army", "Myanmar military", "MM"),
    (r"pdf|people's defen[cs]e force|arakan army", "Myanmar resistance", "MM"),
    (r"pkk", "PKK", None),
    (r"cartel|cjng", "Cartel", "MX"),
    (r"fano", "Fano", "ET"),
    (r"maoists?(?! (?:centre|center|party))|naxal\w*|cpi \(maoist\)", "Maoists", "IN"),
    (r"tplf|tigray people's liberation front", "TPLF", "ET"),
    (r"oromo liberation army", "Oromo Liberation Army", "ET"),
    (r"farc|farc dissidents", "FARC dissidents", "CO"),
    (r"eln", "ELN", "CO"),
    (r"gulf clan|clan del golfo", "Gulf Clan", "CO"),
    (r"allied democratic forces|adf", "Allied Democratic Forces", "CD"),
    (r"iskp|is-k|isis-k|islamic state khorasan(?: province)?", "ISKP", "AF"),
    (r"baloch liberation army|balochistan liberation army|bla", "Baloch Liberation Army", "PK"),
    (r"baloch liberation front|balochistan liberation front|blf", "Baloch Liberation Front", "PK"),
    (r"jaish al-adl|jaish ul-adl|jaish-ul-adl", "Jaish al-Adl", "IR"),
    (r"hayat tahrir al-sham|hts", "Hayat Tahrir al-Sham", "SY"),
    (r"syrian democratic forces|sdf", "Syrian Democratic Forces", "SY"),
    (r"popular mobili[sz]ation (?:forces|units)|pmf|hashd al-shaabi", "Popular Mobilization Forces", "IQ"),
    (r"ambazonian? (?:separatists|fighters|forces|rebels)|amba boys", "Ambazonian separatists", "CM"),
    (r"ansaroul islam", "Ansaroul Islam", "BF"),
    (r"ansar al-sunna|al-sunnah wa jama'ah|ahlu sunnah wal jamaah", "Ansar al-Sunna", "MZ"),
    (r"viv ansanm|gran grif|400 mawozo", "Haitian gangs", "HT"),
    # (the Chittagong Hill Tracts' armed regional parties)
    (r"updf|united people's democratic front|pcjss|jana samhati samiti|knf|kuki-chin national front",
     "Hill Tracts armed groups", "BD"),
    (r"tpnpb|west papua national liberation army|free papua (?:movement|organi[sz]ation)|opm (?:rebels|fighters)",
     "West Papua National Liberation Army", "ID"),
]  # fmt: skip
_ACTOR_INDEX = PhraseIndex({str(i): p for i, (p, _, _) in enumerate(_ACTORS)}, wrap=r"\b(?:{})\b")

TOPIC_SLUGS = frozenset(
    THEATRES
    | {"airstrike", "drone-strike", "missile-strike", "shelling", "bombing", "suicide-bombing", "battle",
       "civilian-attack", "protest", "riot", "diplomacy", "ceasefire", "sanctions", "interception", "mass-casualty"}
)  # fmt: skip


@dataclass
class Signals:
    """Weighted trigger counts: `main` for the title, lead and casualty sentences; `body` for all of the text."""

    main: Counter[str] = field(default_factory=Counter)
    body: Counter[str] = field(default_factory=Counter)
    title: Counter[str] = field(default_factory=Counter)


LEAD_SENTENCES = 3
TITLE_WEIGHT = 3
LEAD_WEIGHT = 2
# A witness's likeness that opens a headline names no weapon: "'Like a missile strike': filling station blast kills 12".
_QUOTE_MARKS = "\"'\u2018\u201c"
_SIMILE_OPENING = re.compile(
    r"^[\"'\u2018\u201c]\s*(?:like|as if|as though|it was like|it felt like)\b"
    r"[^\"\u201d\u2019]{0,80}[\"'\u2019\u201d]\s*:\s*",
    re.IGNORECASE,
)


def collect_signals(title: str, sentences: list[str], focus: list[int], evidence_indices: set[int]) -> Signals:
    """Trigger counts over the `focus` sentences (title, lead, casualty sentences); sentences[0] is the title when
    `title` is non-empty. Background paragraphs are not read: they cost time and describe other events."""
    signals = Signals()
    first_body = 1 if title else 0
    for i in focus:
        sentence = sentences[i]
        is_title = bool(title) and i == 0
        if is_title and sentence[:1] in _QUOTE_MARKS:
            sentence = _SIMILE_OPENING.sub("", sentence)
        in_lead = first_body <= i < first_body + LEAD_SENTENCES
        weight = TITLE_WEIGHT if is_title else LEAD_WEIGHT if in_lead or i in evidence_indices else 1
        index = _TRIGGERS_TITLE if is_title else _TRIGGERS_BODY
        cands = index.candidates(sentence)
        hits = index.first_hits(sentence, cands)
        if hits:
            recount = frozenset(n for n in _SECONDARY if n not in hits or n in _ALWAYS_RECOUNT)
            for name, n in index.counts(sentence, cands, recount).items():
                hits[name] = max(hits[name], n)
        for name, n in hits.items():
            signals.body[name] += n
            signals.main[name] += n * weight
            if is_title:
                signals.title[name] += n
    return signals


@dataclass(frozen=True, slots=True)
class EventCall:
    event_type: str | None
    sub_event_type: str | None
    weapons: list[str]
    violent_conflict_cues: bool
    planted_bomb: bool  # an IED, a car bomb, a bombing: a weapon of armed groups, not of street crime
    disaster: bool
    crime: bool
    non_discrete: bool


# A vehicle that leaves the road in the headline: "Bus plunges into ravine", "Army truck skids into gorge".
_ROAD_ACCIDENT_TITLE = re.compile(
    r"\b(?:bus|minibus|coach|truck|lorry|van|jeep|car|vehicle|tractor|trailer)\s+(?:carrying\s+[\w\s'-]{1,30}?\s+)?"
    r"(?:skids?|skidded|plunges?|plunged|falls?|fell|rolls?|rolled|overturns?|overturned|veers?|veered|tumbles?"
    r"|tumbled|slips?|slipped)\s+(?:off|into|down|over)\b"
    # An aircraft that crashes ("Four Army personnel killed as ALH Dhruv crashes in Kishtwar"), not one brought down.
    r"|\b(?<!shot down and )(?:crash(?:es|ed)?|crash-lands?|crash-landed)\s+(?:in|near|into|on|during|after|shortly)\b"
    r"(?!.*\b(?:shot down|downed|brought down)\b)"
    r"|\b(?:helicopter|plane|aircraft|jet|airliner) crash\b(?!.*\b(?:shot down|downed|brought down)\b)",
    re.IGNORECASE,
)
_ATTACKERS_TITLE = re.compile(
    r"\b(?:gunmen|militants|terrorists|rebels|insurgents|attack\w*|ambush\w*|fired? on|fires on|opened fire|shot"
    r"|shoot\w*|bomb\w*|ied|landmine|mine blast)\b",
    re.IGNORECASE,
)
_NATURAL_DISASTER_TITLE = re.compile(
    # ("floods" only as the disaster: "Israel floods social media" is a verb)
    r"\b(?:earthquakes?|quakes?|flash floods?|floodwaters|flooding|floods? (?:kill|hit|sweep|ravage|displace|leave|destroy)"
    r"\w*|(?<=against )(?:the )?(?:[A-Z][\w-]+ )?floods|landslides?|mudslides?|typhoons?|hurricanes?|cyclones?|tornado(?:e?s)?"
    r"|tsunamis?|avalanches?|wildfires?|volcan\w*|eruptions?|heat ?waves?|droughts?|rainstorms?"
    # (a storm as the weather, not gunmen who "storm" a village)
    r"|(?:tropical|winter|severe|heavy|powerful|deadly) storms?|in (?:an? |the )?(?:[\w-]+ ){0,3}?storm)\b",
    re.IGNORECASE,
)


# ("Dozens killed as rival cartels clash in Chiapas border town"; not a clash of gangs inside a prison)
# A quarrel in the headline: "... after land dispute", "... over a family feud".
# (not communities' fighting over land: "Clashes over land dispute kill 12 in Benue")
_QUARREL_TITLE = re.compile(
    r"^(?!.*\b(?:clash\w*|communal|herders?|herdsmen|militia\w*|tribes?|tribal|clans?|fighting|gunmen)\b)"
    r".*?\b(?:land|family|fence|property|inheritance|neighbou?rs?'?|personal|domestic|marital) (?:disputes?|feuds?|rows?"
    r"|quarrels?)\b|\b(?:quarrel|dispute) over\b",
    re.IGNORECASE,
)
_CARTEL_BATTLE_TITLE = re.compile(
    r"^(?!.*\b(?:prisons?|jails?|inmates|penitentiary)\b).*\b(?:cartels (?:clash|fight|battle)\w*"
    r"|cartel (?:clashes|battles?|firefights?|gunfights?)\b"
    # ("Four dead as rival cartel factions trade gunfire in Culiacan")
    r"|cartel (?:factions|gangs|groups|cells|wings) (?:clash|fight|battle|trade (?:gun)?fire|exchange (?:gun)?fire)\w*)",
    re.IGNORECASE,
)


def classify_event(signals: Signals, killed: int | None, injured: int | None, title: str = "") -> EventCall:
    m, b, t = signals.main, signals.body, signals.title
    casualties = (killed or 0) + (injured or 0)
    weapon_counts = {
        "missile": m["w_missile"],
        "drone": m["w_drone"],
        "aircraft": m["w_aircraft"],
        "artillery_rocket": m["w_artillery_rocket"],
        "explosive_device": m["w_explosive"] + m["s_suicide"],  # ("suicide car bomb" is read as the suicide cue)
        "small_arms": m["w_small_arms"],
    }
    strikes = 0 if m["c_labour"] else m["w_strike"]  # "strike on Thursday" by a union is no attack
    remote = sum(v for k, v in weapon_counts.items() if k != "small_arms") + strikes
    conflict_cues = m["c_conflict"] + b["c_conflict"] + strikes
    # A shoot-down of jets, drones or missiles is an act of war: "How did Pakistan shoot down India's fighter jets?"
    if m["e_intercept"] and (m["w_aircraft"] or m["w_drone"] or m["w_missile"]):
        conflict_cues += m["e_intercept"]
    # A weapon of war named outweighs the fire or collapse it caused ("glide bombs struck a hypermarket ... a blaze");
    # so does a planted bomb ("a car bomb ... bodies pulled from a collapsed shop").
    war_weapons = m["w_missile"] + m["w_drone"] + m["w_aircraft"] + m["w_artillery_rocket"]
    outweighs = m["c_conflict"] + war_weapons + m["s_ied"]
    # A headline that names a disaster and no attack: "Earthquake kills 312, Taliban officials say" (the authority
    # named is no fighting).
    # (A headline about the war during a disaster, "The junta's spite worsens Myanmar's quake", stays the war's.)
    title_war_weapons = t["w_missile"] + t["w_drone"] + t["w_aircraft"] + t["w_artillery_rocket"]
    title_disaster = (
        # (not a quoted likeness: "'Like the earthquake all over again': Ariha digs through rubble after market raid")
        _NATURAL_DISASTER_TITLE.search(_QUOTED.sub(" ", title)) is not None
        and (
            t["c_conflict"] == 0
            or _AS_TOLL_TITLE.search(title) is not None
            or _DEPLOYED_TITLE.search(title) is not None
        )
        and t["w_strike"] == 0
        and not any(t[k] for k in ("w_missile", "w_drone", "w_aircraft", "w_artillery_rocket", "w_explosive", "s_ied"))
    )
    disaster = (
        # (not under a headline's strike: "Toll of US-British aggression on Hodeidah rises", whose fires and a
        # collapsed warehouse are the strike's)
        # (nor under a headline's blast set on purpose: "bridge blown up onto passenger train")
        (
            m["c_disaster"] >= 2
            and m["c_disaster"] > outweighs
            and t["c_conflict"] == 0
            and t["w_strike"] == 0
            and _BLOWN_UP_TITLE.search(title) is None
        )
        or title_disaster
        # (an army truck too: "Five soldiers killed as army truck skids into gorge", unless a bomb or gunfire threw
        # it there: "Terrorists fire on bus in Doda; 7 killed as vehicle plunges into gorge")
        or (
            _ROAD_ACCIDENT_TITLE.search(title) is not None
            and _ATTACKERS_TITLE.search(title) is None
            and not title_war_weapons
            and not (t["w_explosive"] or t["s_ied"] or t["w_strike"])
        )
        # (not under a headline's strike by a weapon of war: "Missile strike on training area kills 12 soldiers")
        or (m["c_ruled_out"] > 0 and m["c_disaster"] > 0 and not (t["w_strike"] and title_war_weapons))
        # The headline rules the attack out: "Six dead in military depot blast; army rules out attack".
        or (t["c_ruled_out"] > 0 and not title_war_weapons and not t["w_strike"])
    )
    # Police and prosecutors report strikes too: a weapon of war or a planted bomb is no street crime.
    # Cartels fighting each other for a town are armed groups in battle (ACLED's Battles), not crime.
    cartel_battle = _CARTEL_BATTLE_TITLE.search(title) is not None
    conflict_cues += cartel_battle
    crime = (
        m["c_crime"] >= 2
        # ("no link to terrorism" names no conflict, nor "no link to any terrorist or communist group")
        # (a headline's quarrel outweighs the war around it: "Gunman kills 6 in village after land dispute", where
        # the text says the killer left the army and the war has flooded the country with guns)
        and (
            (m["c_conflict"] <= 2 * m["c_ruled_out"] and b["c_conflict"] <= 1)
            or _QUARREL_TITLE.search(title) is not None
        )
        and war_weapons == 0
        and m["s_ied"] == 0
        and not (m["s_grenade"] and casualties >= GRENADE_MASS)
        and not cartel_battle
    )
    scores = {
        REMOTE: remote if (m["c_attack"] or casualties) else 0,
        # Armed victims make a fight a battle in ACLED's coding; shots with nobody hurt are an armed clash too.
        # Armed men named beside a remote weapon are mostly its targets: ACLED codes the weapon, not the target.
        BATTLES: m["e_battle"] * 1.2
        + ((0.2 if remote else 0.6) * m["c_armed"] if casualties or m["w_small_arms"] or m["c_attack"] else 0)
        + (0.5 * m["w_small_arms"] if not casualties else 0)
        # (police killed by a bomb planted outside their station were its targets, not a side in a fight)
        + m["v_armed"] * (0.3 if remote and m["e_battle"] <= 1 else 1),
        VAC: m["e_vac"] * 1.2
        + (m["w_small_arms"] if (killed or injured) and not m["e_battle"] else 0)
        + m["v_civilian"],
        # (houses torched by armed men who attacked a village are their attack's, not a riot: "Six villagers killed,
        # houses torched in Jiribam attack")
        RIOTS: m["e_riot"] * (0.3 if m["c_armed"] and m["c_attack"] and not m["e_protest"] else 1),
        PROTESTS: m["e_protest"],
        # A shoot-down whose debris hurt people is a strike with casualties, not a disrupted one.
        STRATEGIC: (m["e_sd"] + m["e_decision"] + (0 if casualties else m["e_intercept"] * 2)) * 0.8,
    }
    # Interceptions with nobody hurt: ACLED's disrupted weapons use, a strategic development.
    # ("no casualties" stated beside a shoot-down: the guide's convention, however many drones the text counts)
    # (A headline that reports the hit, "Drones strike fuel depot, no casualties", keeps the strike.)
    hit_title = t["e_intercept"] == 0 and _HIT_TITLE.search(title) is not None
    if (
        m["e_intercept"]
        and not casualties
        and (t["e_intercept"] or m["e_intercept"] * 2 >= remote or (killed == 0 and not hit_title))
    ):
        scores[STRATEGIC] = max(scores.values()) + 1
    if (m["e_test"] or t["e_decision"] or t["t_arrest"]) and not casualties:  # a test, a decision, arrests
        scores[STRATEGIC] = max(scores.values()) + 1
    ordered = [REMOTE, BATTLES, VAC, RIOTS, PROTESTS, STRATEGIC]
    best = max(ordered, key=lambda k: scores[k])
    violent_best = max((REMOTE, BATTLES, VAC), key=lambda k: scores[k])
    if best == STRATEGIC and scores[violent_best] > 0 and casualties and _AS_TOLL_TITLE.search(title):
        best = violent_best  # "Strike on school shelter kills 18 as truce talks stall": the strike is the news
    if best in (PROTESTS, RIOTS) and casualties and title_war_weapons and scores[REMOTE]:
        best = REMOTE  # a weapon of war the headline names, dropped on a crowd: "Paramotor bombs vigil, killing 15"
    elif best == PROTESTS and t["e_riot"] and m["e_riot"] * 2 >= m["e_protest"]:
        best = RIOTS  # the headline's crowd fights, and violence runs through the lead: ACLED's violent demonstration
    elif best == BATTLES and t["e_riot"] and m["e_protest"] and not (m["w_small_arms"] or remote):
        best = RIOTS  # protesters who clash with the police are no armed side: no shot fired, no battle
    elif (
        best == BATTLES
        and m["e_riot"]
        and (m["e_melee"] or m["e_factions"])
        and not (m["w_small_arms"] or remote)
        # (the police sent in, or hurt, are no armed side when the rioting outweighs the fight: "One dead, 27
        # injured, nine of them policemen, in communal clashes during procession")
        and (not m["c_armed"] or (m["e_battle"] and m["e_riot"] > m["e_battle"] and 2 * m["c_armed"] <= m["e_riot"]))
    ):
        # crowds with sticks and stones, or rival parties' men, no armed side and no gun: "communal clashes during a
        # procession", "a clash between activists of BNP and Jamaat-e-Islami"
        best = RIOTS
    elif best == PROTESTS and casualties and _ARMED_MEN_ATTACK.search(title):
        best = VAC  # armed men, not the police, shooting into a protest: "Gunmen fire on protesters, killing six"
    elif best == VAC and _FORCE_ON_PROTEST_TITLE.search(title):
        best = PROTESTS  # ACLED's excessive force against protesters: "Eight dead as police fire on demonstrators"
    if b["e_crowd"]:
        violent = m["e_riot"] or casualties or m["e_battle"] or m["e_vac"] or m["v_civilian"] or m["v_armed"]
        best = RIOTS if violent else PROTESTS
    elif (
        best in (BATTLES, VAC)
        and scores[REMOTE] > 0
        and ((not m["e_battle"] and not m["w_small_arms"]) or _remote_weapon_title(t, title))
    ):
        # A remote weapon and no ground fight: ACLED codes the weapon, whoever the victims. So too when the
        # headline's killer is a bomb or a missile and the fight is a sequel in the body ("Roadside bomb kills six
        # soldiers" over "gunmen then fired on rescuers").
        best = REMOTE
    elif best in (BATTLES, VAC) and not m["e_battle"]:
        # No fight between armed sides is described: the victims decide (the headline's, when both are named).
        if m["v_civilian"] and (not m["v_armed"] or _civilians_killed_title(t, title)):
            best = VAC
        elif m["v_armed"] and not m["v_civilian"] and not (best == VAC and t["e_vac"]):
            best = BATTLES  # (not under a headline that names an abduction or a massacre: guards shot in a school raid)
    elif best == BATTLES and _civilians_killed_title(t, title):
        best = VAC  # the headline's dead are civilians: "ADF rebels kill 26 civilians in overnight attack near Mamove"
    event_type: str | None = best if scores[best] > 0 or b["e_crowd"] else None
    if event_type is None and casualties:
        # People killed or hurt with no weapon, battle or crowd named: ACLED codes a one-sided attack.
        event_type = VAC
    if disaster and event_type in VIOLENT_EVENT_TYPES:  # a protest over a disaster is still a protest
        event_type = None
    sub = _sub_event(m, b) if event_type == REMOTE else None
    weapons = [w for w in WEAPONS if weapon_counts[w]] if event_type in VIOLENT_EVENT_TYPES else []
    if event_type == BATTLES and "small_arms" not in weapons and m["w_small_arms"]:
        weapons.append("small_arms")
    return EventCall(
        event_type=event_type,
        sub_event_type=sub,
        weapons=weapons,
        violent_conflict_cues=conflict_cues > 0,
        planted_bomb=m["s_ied"] > 0,
        disaster=disaster,
        crime=crime,
        non_discrete=(t["n_title"] > 0 and not _recall_is_scene(title, t["n_title"]))
        or (t["n_live"] > 0 and _TOLL_WORD_TITLE.search(title) is None and _LIVE_STRIKE_TITLE.search(title) is None)
        or (t["n_reaction"] > 0 and not toll_leads(title, _REACTION_WORD)),
    )


_RECALL_TITLE = re.compile(
    r"\b(?:anniversary|years? (?:after|ago|on|later|since)|(?:weeks?|months?|(?:three|four|five|six|seven|eight|nine"
    r"|ten|[3-9]|1\d) days) ago)\b",
    re.IGNORECASE,
)
# A live page whose headline names a strike on a place reports it, toll or not: "LIVE: Kyiv hit in one of the war's
# biggest air attacks", "Israel bombs Jabalia school sheltering displaced families - live blog" (a capitalised
# name before or after the verb; not "Ukraine war live: drones overnight").
_LIVE_STRIKE_TITLE = re.compile(
    r"\b[A-Z][\w'-]+\s+(?:is\s+|was\s+)?(?i:hit|bombed|shelled|struck|pounded)\b"
    r"|\b(?i:bombs?|hits?|strikes?|shells?|pounds?)\s+(?:[a-z]+\s+){0,2}?[A-Z][\w'-]+\s+"
    r"(?i:school|hospital|market|camp|shelter|building|block|station|mosque|church|city|town|village|centre|center"
    r"|district|neighbourhood|neighborhood)s?\b"
)


def _recall_is_scene(title: str, title_cues: int) -> bool:
    """The headline's only backward look follows a new attack's toll: "Missile strike on Kramatorsk kills five, three
    years after station massacre" reports the strike (the recalled massacre is its scene)."""
    return (
        len(_RECALL_TITLE.findall(title)) == title_cues
        and toll_leads(title, _RECALL_TITLE)
        and _RECALL_OWN_EVENT.search(title) is None
    )


# A look back from nothing the headline names is a look back at its own toll: "A missile killed 59 at a wake in
# Hroza. A year on, the village is still counting its absences" (not "..., three years on from station massacre").
_RECALL_OWN_EVENT = re.compile(r"\byears? (?:on|later)\b(?!\s+(?:from|since|after)\b)", re.IGNORECASE)


# A blast or fire at a store of arms or a plant, the headline naming no attack: its cause may be told only far down.
_STORE_BLAST_TITLE = re.compile(
    r"\b(?:blasts?|explosions?|explodes?|exploded|fires?|blaze)\b[^.]{0,60}?\b(?:depots?|arsenals?|ammunition|munitions?"
    r"|warehouses?|factory|factories|plants?|refinery|stores?|dumps?|(?:gas|fuel|petrol|filling) stations?)\b"
    # (a port's stored cargo too: "Beirut port blast death toll climbs past 135")
    r"|\b(?:depots?|arsenals?|ammunition|munitions?|warehouses?|factory|plants?|refinery|(?:gas|fuel|petrol|filling)"
    r" stations?|port)\b[^.]{0,40}?\b(?:blasts?"
    r"|explosions?|explodes?|exploded|fires?|blaze)\b"
    # (and an aircraft that crashes: "Army transport plane crashes after take-off, 19 dead")
    r"|\b(?:planes?|aircraft|helicopters?|jets?|antonov|airliner|an-\d+|il-\d+|tu-\d+|mi-\d+|boeing|airbus)\b[^.]{0,30}?"
    r"\b(?:crash(?:es|ed)?|goes down|went down)\b",
    re.IGNORECASE,
)
_ATTACK_TITLE = re.compile(
    r"\b(?:attack\w*|strikes?|struck|drones?|missiles?|rockets?|shell\w*|sabotage|bomb\w*|air ?raids?|hit)\b",
    re.IGNORECASE,
)
# The cause ruled an accident: "the fire had started accidentally", "found no evidence of a drone ... or any attack".
_ACCIDENT_RULING = re.compile(
    r"\b(?:accidental(?:ly)?|by accident|negligence|short[- ]circuit|spontaneous(?:ly)? (?:combustion|ignit\w*)"
    r"|(?:was|were) an? (?:industrial )?accident|technical (?:malfunction|failure|fault|problem)s?"
    r"|no hostile (?:fire|action)|(?:bad|poor|severe|adverse) weather|no bullet holes)\b"
    r"|\bno (?:evidence|signs?|indications?|trace) (?:of )?(?:an? |any )?(?:[\w-]+ ){0,4}?(?:attack|strike|sabotage"
    r"|drones?)\b",
    re.IGNORECASE,
)
_ACCIDENT_DENIED = re.compile(
    r"\b(?:not|ruled out|rule out|rules out|no|denied|denies|dismissed)\b[^.;]{0,30}?\baccident", re.IGNORECASE
)


def accident_ruled_late(title: str, sentences: list[str]) -> bool:
    """A headline blast at a depot or a plant, or an aircraft's crash, that the text, anywhere, rules an accident:
    "Blasts rip through army weapons depot, killing five" over, near the end, "the fire had started accidentally ...
    no sign of sabotage"; "military plane crashes" over "a technical malfunction"."""
    if _STORE_BLAST_TITLE.search(title) is None or _ATTACK_TITLE.search(title) is not None:
        # Any blast the text says a leak or a fault caused, unless the headline itself names an attack (a quote of
        # what witnesses feared does not: "'We thought it was a missile,' say market traders").
        return _ATTACK_TITLE.search(_QUOTED.sub("", title)) is None and any(
            _ACCIDENT_CAUSE.search(sentence) is not None and _CAUSE_IN_DOUBT.search(sentence) is None
            for sentence in sentences
        )
    return any(
        _ACCIDENT_RULING.search(sentence) is not None and _ACCIDENT_DENIED.search(sentence) is None
        for sentence in sentences
    )


# "The explosion was caused by a leaking gas cylinder", "the fire had been caused by a short circuit".
_ACCIDENT_CAUSE = re.compile(
    r"\b(?:explosion|blast|fire|blaze)s?\b[^.;]{0,30}?\b(?:was|were|had been|has been) caused by (?:an? |the )?"
    r"(?:[\w-]+ ){0,3}?(?:gas|cylinders?|boilers?|short[- ]circuit|electrical fault|faulty wiring)\b",
    re.IGNORECASE,
)
_CAUSE_IN_DOUBT = re.compile(
    # ("caused by a gas leak, not a missile" rules the attack out)
    r"\b(?:whether|if|not(?!\s+(?:an?\s+)?(?:attack|strike|bomb|drone|missile|rocket|sabotage))|initially|at first|may"
    r"|might|could|possibl\w*|suspect\w*|investigat\w*)\b",
    re.IGNORECASE,
)


def _remote_weapon_title(t: Counter[str], title: str) -> bool:
    """The headline names a remote weapon and no guns, and no fight unless the attack itself is the weapon's
    ("Drone attack kills five soldiers at army base"). A suicide bombing that opens a gun attack is coded as the
    bombing ("Suicide car bomb and gun attack on hotel leaves 12 dead")."""
    remote = ("w_missile", "w_drone", "w_aircraft", "w_artillery_rocket", "w_explosive", "s_suicide")
    if t["s_suicide"] and not t["e_battle"]:
        return True
    return (
        any(t[k] for k in remote)
        and not t["w_small_arms"]
        and (not t["e_battle"] or _REMOTE_ATTACK_TITLE.search(title) is not None)
    )


_REMOTE_ATTACK_TITLE = re.compile(
    r"\b(?:drones?|missiles?|rockets?|air|artillery|mortars?|shelling|glide[- ]bombs?)\s+(?:attacks?|strikes?|raids?"
    r"|barrages?)\b",
    re.IGNORECASE,
)


def _sub_event(m: Counter[str], b: Counter[str]) -> str:
    for counts in (m, b):
        if counts["s_suicide"]:
            return SUICIDE
        if counts["s_chemical"]:
            return CHEMICAL
        if counts["w_missile"] or counts["w_artillery_rocket"]:
            return SHELLING
        if counts["w_drone"] or counts["w_aircraft"]:
            return AIR_DRONE
        if counts["s_grenade"]:
            return GRENADE
        if counts["s_ied"] or counts["w_explosive"]:
            return IED
    return SHELLING


def find_actors(sentences: str | list[str]) -> tuple[list[str], Counter[str]]:
    """Actors named in the text (counted per sentence, so the sentences' words are read once for every index)."""
    actors: list[str] = []
    theatre_votes: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for sentence in [sentences] if isinstance(sentences, str) else sentences:
        found.update(_ACTOR_INDEX.counts(sentence))
    for i, (_, actor, cc) in enumerate(_ACTORS):
        n = found[str(i)]
        if n:
            actors.append(actor)
            if cc:
                theatre_votes[THEATRE_BY_COUNTRY[cc]] += n
    return actors, theatre_votes


# Headlines whose news is not the violence they mention (the guide's non-discrete pieces), read on the title only.
# A reaction: the event "leads to clashes", "sparks outrage" elsewhere; the article reports the reaction.
_REACTION_TITLE = re.compile(
    r"\b(?:leads? to|led to|sparks?|sparked|prompts?|prompted|triggers?|triggered|fuels?|fuel+ed|provokes?|provoked"
    r"|ignites?|ignited|draws?|drew)\s+(?:[\w'-]+\s+){0,2}?(?:clashes|protests?|outrage|anger|fury|condemnation"
    r"|backlash|demonstrations?|rallies|unrest|riots?|criticism)\b",
    re.IGNORECASE,
)
# A round-up: a toll tacked on to another headline ("... as dozens killed in strikes"), of several attacks that no
# place pins down; "as six killed in strike on a school" names one event and stays discrete.
_ROUNDUP_TITLE = re.compile(
    # "Attacks kill 8 across Ukraine over past day": a round-up of a day's attacks.
    r"\bacross\s+(?:the\s+)?(?:country|[A-Z][\w-]+)\b[^.]{0,30}?\b(?:(?:over|in)\s+(?:the\s+)?(?:past|last)\s+"
    r"(?:day|24 hours|week)|in\s+(?:a|one|a single)\s+day)\b|"
    r"\b(?:over|in)\s+(?:the\s+)?(?:past|last)\s+(?:day|24 hours|week)\b[^.]{0,40}?\bacross\b|"  # (either order)
    # ("Syria: at least 41 killed across the country on Tuesday, monitor says": a day's count over a country)
    r"\b(?:killed|dead|died)\s+across\s+the\s+(?:country|nation)\b|"
    # "Amhara weekly security brief: drone strikes hit ...": a periodic round-up.
    r"\b(?:weekly|daily|monthly)\s+(?:[\w-]+\s+)?(?:brief|briefing|round-?up|digest|bulletin|update|wrap(?:-?up)?)\b|"
    # "Sahel security roundup: soldiers killed in separate attacks in Niger, Mali and Burkina Faso" (the noun: not
    # "police round up suspects")
    r"\b(?:round-up|roundup)\b|\bin\s+(?:separate|several|multiple)\s+(?:attacks|strikes|raids|incidents|ambushes)\b|"
    # A periodic page's name as the kicker: "Sahel security weekly: attacks in Burkina Faso, Mali and Niger".
    r"\b(?:weekly|digest|this week)\s*:|^(?:the\s+)?week in\s+[^:]{2,40}:|^(?:[\w-]+\s+){1,2}week(?:end)?\s*:|"
    # ("Burkina Faso security digest, week 32: attacks in Centre-Nord and Est")
    r"\b(?:security|weekly|daily|conflict)\s+digest\b|\bweek\s+\d{1,2}\s*:|"
    # Attacks in three places named: "Week of blood: attacks in Katsina, Niger and Benue leave dozens dead".
    r"\b(?:attacks|raids|strikes|bombings|ambushes|killings)\s+(?:reported\s+)?(?:in|across)\s+[A-Z][\w'-]+"
    r"(?:\s+[A-Z][\w'-]+)?,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?\s+and\s+[A-Z]|"
    # "String of attacks in Burkina Faso's north and east leaves 31 dead": separate incidents.
    r"\b(?:spate|string) of (?:[\w-]+\s+)?(?:attacks|raids|bombings|ambushes|killings)\b|"
    # "Seven killed in three IED blasts across North-West region": separate blasts counted over a region.
    r"\b(?:two|three|four|five|six|several|multiple)\s+(?:[\w-]+\s+)?(?:blasts|explosions|bombings|attacks|ambushes"
    r"|strikes|raids)\s+across\b|"
    # "Roadside bombs hit four Khyber Pakhtunkhwa districts", "strikes kill nine across four regions": many places.
    # (not one city's districts: "Barrage on Kyiv kills 9 as capital counts damage in six districts")
    r"\b(?:bombs|bombings|strikes|airstrikes|attacks|raids|blasts|explosions|drones|missiles)\b[^.;:]{0,50}?"
    # ("Junta air raids on four Sagaing townships kill 23 over weekend")
    r"\b(?:hit|across|in|on)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:districts|regions|provinces|states|governorates|oblasts|counties|townships)\b|"
    # The verb and its target: "Nine killed as militants attack police in three K-P districts".
    # ("Militants target police in three KP districts; six killed")
    r"\b(?:attack|strike|raid|bomb|hit|target|targets|targeted)\s+(?:[\w-]+\s+){0,3}?(?:in|across)\s+(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|several|multiple)\s+(?:[\w-]+\s+){0,3}?(?:districts|regions|provinces|states|governorates|oblasts|counties)\b|"
    # "Wave of attacks on police stations in Cauca leaves five officers dead": separate attacks on several posts.
    r"\b(?:wave|spate|string) of (?:[\w-]+\s+)?(?:attacks|raids) on (?:[\w-]+\s+){0,2}?(?:stations|posts|checkpoints"
    r"|checkposts|bases|barracks)\b|"
    # "Troops neutralise 187 terrorists, arrest 212 suspects in one week": a week's operations.
    r"\b(?:in|over|during)\s+(?:one|a|a single|the\s+past|the\s+last|past|last)\s+week\b|"
    # "Drone strikes kill nine across Hasakah and Kobani": strikes over two places.
    r"\b(?:strikes|airstrikes|air strikes|attacks|raids|bombings)\b[^.;:]{0,60}?\bacross\s+[A-Z][\w-]+\s+and\s+[A-Z]|"
    # "At least 34 dead in week of raids on villages": a tally over days, not one event.
    # ("37 dead in two days of clashes between gunmen and clan fighters": within the guide's two days, one battle)
    r"\b(?:week|weeks|weekend|(?<!two )(?<!2 )days|month|months) of (?:[\w-]+ )?(?:raids|attacks|strikes|fighting|clashes|shelling|operations"
    r"|bombardments?|violence|air ?strikes)\b|"
    # "Militant attacks up 34pc in January, says think tank": a month's statistics.
    r"\b(?:attacks|violence|killings|casualties|incidents)\s+(?:up|down|rise|rose|fall|fell|jump\w*|surge\w*|drop\w*)\s+"
    r"(?:by\s+)?\d+\s*(?:%|pc|per\s?cent|percent)|"
    # "Russian attacks killed 47 civilians in Donetsk region this week": a week's tally.
    r"\b(?:attacks|strikes|shelling|raids|airstrikes|air strikes)\b[^.;:]{0,60}?\b(?:this|last|past|the past|one|a"
    r"|a single)\s+(?:week|month)\b|"
    # "Russian attacks on Kherson region kill five, wound 16 in past day": a day's round-up.
    r"\b(?:attacks|strikes|shelling|raids)\b[^.;:]{0,60}?\bin\s+(?:the\s+)?(?:past|last)\s+day\b|"
    # "Bombings kill seven security personnel across Pakistan's northwest": several attacks over a region.
    r"^(?:[\w'-]+\s+)?(?:bombings|attacks|strikes|raids|blasts|explosions)\b[^.;:]{0,60}?\bacross\b|"
    # "Israeli strikes across Gaza kill at least 38 since dawn": many strikes over a territory.
    r"\b(?:strikes|airstrikes|air strikes|attacks|raids|shelling)\s+across\s+(?:the\s+)?[A-Z][\w-]*|\bsince dawn\b|"
    # "58 Palestinians killed in 24 hours as air strikes intensify": a day's tally across a territory.
    # (not one battle's day: "22 fighters killed in 24 hours as SDF and rival factions battle around Tishrin Dam")
    # (nor "42 fighters killed in 24 hours of clashes in northern Hama": one battle's day, told as its length)
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+)?24\s+hours\b(?![^.;:]*\b(?:battle|battles|clash|clashes"
    r"|fight|fights)\s+(?:around|near|for|over|at)\b)(?!\s+of\s+(?:heavy\s+|fierce\s+)?(?:clashes|fighting|battles?))|\b(?:over|during)\s+(?:the\s+)?(?:past|last)\s+day\b|"
    # "Civilian deaths in Ukraine reach three-year high in June": a month's statistics.
    r"\b(?:civilian\s+)?(?:deaths|casualties|toll)\b[^.;:]{0,40}?\b(?:in\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)|(?:month|year)[- ]high|record"
    # "Ukraine: June civilian casualties highest in three years, UN monitors report"
    r"|(?:highest|lowest) (?:in|for) (?:\w+ )?(?:years|months)|(?:highest|lowest) since)\b|"
    # "Junta air strikes killed over 1,600 civilians since coup": a tally since a start, not one attack.
    r"\b(?:killed|have killed|has killed)\s+(?:over\s+|more than\s+|at least\s+|nearly\s+)?(?:\d{1,3}(?:,\d{3})+|\d{3,})"
    r"\b[^.;:]{0,40}?\bsince\b|"
    # "Gaza death toll rises to 44,502": a war's running tally is the news, not one attack.
    r"\btoll\b[^.;:]{0,30}?\b(?:rises|rose|climbs|climbed|tops|passes|passed|exceeds|surpasses|reaches|nears|hits)\s+"
    r"(?:to\s+)?(?:over\s+|more than\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,})\b|"
    r"\b(?:as|amid|while)\s+(?:[\w'-]+\s+){0,4}?(?:killed|dead|die|died|wounded|injured)\s+(?:in|by|during)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:strikes|raids|airstrikes|air strikes|attacks|bombardments|bombings|shelling|air raids)"
    r"\b(?!\s+(?:on|in|near|at|against|targeting|that|which|hit|hits)\b)",
    re.IGNORECASE,
)
# "Nine killed in Israeli raids on southern towns": several attacks on several places. One night's raids by one band
# are one attack ("Gunmen kill 31 in overnight raids on Plateau villages", "Bandits kill 40 in raids on villages").
_RAIDS_ON_PLACES_TITLE = re.compile(
    r"(?<!overnight )(?<!coordinated )(?<!simultaneous )\b(?:raids|strikes|attacks|airstrikes|air strikes|shelling"
    r"|bombardments)\s+(?:on|across|in|hit|target|pound)\s+(?:[\w'-]+\s+){0,2}?(?:towns|villages|cities|areas|districts|regions"
    r"|provinces|camps)\b",
    re.IGNORECASE,
)
_ONE_BAND_TITLE = re.compile(
    # (after a place's kicker too: "Zamfara: Bandits kill 32 in attacks on three villages")
    r"^(?:[\w'-]+:\s+)?(?:[\w'-]+\s+){0,2}?(?:gunmen|bandits|armed men|attackers|herders|militiamen|jihadists|militants"
    r"|fighters)\b",
    re.IGNORECASE,
)
# Stems of violence, its weapons and its victims: a headline with none of them is about something else (a statement,
# a vote, a visit), even when the text repeats a toll.
_VIOLENCE_TITLE = re.compile(
    r"\b(?:kill|dead|death|die|dying|wound|injur|hurt|casualt|strik|struck|attack|bomb|shell|blast|explo|missile"
    r"|rocket|drone|raid|(?<!cease-)(?<!cease )fire|shot|shoot|gun|massacr|clash|battle|fight|ambush|assault|(?<!war-)hit(?!s? (?:an? )?(?:record|all-time|new high|new low|high|low|highest|lowest|peak)s?\b)|toll|victim|murder|behead"
    r"|execut|hostage|abduct|kidnap|slain|slay|carnage|bloodbath|atrocit|deadl|lethal|fatal|martyr|mortar|artiller"
    r"|grenade|ied|militant|insurg|terror|jihad|airstrike|pound|barrage|offensive|siege|storm|tragedy|tragic|horror"
    # (the war's dead handed back are no news of violence: "swap 300 prisoners each, return bodies of fallen soldiers")
    r"|lives|life|corpse|(?<!return )(?<!returns )(?<!returned )(?<!swap )(?<!exchange )(?<!repatriate )bodies|body|funeral|mourn|rubble|destroy|devastat|carnage|flee(?!t)|fled|evacuat|rescue|sirens?"
    r"|gunmen|war\b(?![- ](?:hit|torn|ravaged|scarred|damaged|affected|risk))"
    # (a punitive demolition is no attack: "forces blow up home of prisoner")
    r"|(?:blow(?:s|ing)?|blew|blown) up(?! (?:the )?(?:family )?(?:homes?|houses?)\b)"
    # (a raid beaten back is a battle: "attempt by sabotage group to break through near Tetkino repelled")
    r"|repel(?:s|led|ling)?\b|repulsed|break through"
    # Official wording for the dead ("Seven soldiers embrace shahadat, nine khwarij sent to hell").
    r"|shahadat|shaheed|sent to hell|neutrali[sz]|eliminat|liquidat"
    # Verbs and weapons headlines use for a strike without a violence stem ("Russia pummels Kharkiv", "Putin
    # blitzes Odesa", "Israeli jets target ...", "Shahed swarm over Odesa port").
    # ("sanctions targeting banks" target no one.)
    # ("EU targets 142 more tankers in new sanctions package" hits no one either)
    r"|pummel|blitz|batter|hammer|overr[au]n|ruin|(?<!sanctions )(?<!measures )(?<!tariffs )(?<!law )(?<!laws )target"
    r"(?![^.;:]{0,60}\bsanctions\b)"
    r"|wreck|raze|flatten|ravag|ablaze|flames|inferno|slam|smash"
    r"|rain(?:s|ed|ing)? down|jets?\b|warplane|shahed|ballistic|cruise|glide|air defen|sniper|tanks?\b)",
    re.IGNORECASE,
)
# Opinion and analysis pages: "Opinion: ...", "Analysis | ...", "The Irish Times view on ...", "... - editorial".
_OPINION_TITLE = re.compile(
    r"^(?:opinion|analysis|comment|commentary|editorial|explainer|view|letters?|column|investigation|special report"
    r"|reconstruction|fact ?check)\s*[:|-]"
    # A kicker, then how or why: "The drone war: how cheap robots reshaped the front".
    r"|^[^:]{3,60}:\s*(?:how|why)\b"
    r"|\bview on\b|\bview:|[-|:]\s*(?:opinion|analysis|editorial|commentary)\s*$",
    re.IGNORECASE,
)
# Arms aid as the headline ("Allies pledge to send artillery", "Canada promises howitzers", "US will send more arms"):
# a strike recounted in the body is background to a statement (the guide's "arms aid": not a discrete event).
_ARMS_AID_TITLE = re.compile(
    # (a force agreed on: "Sahel juntas agree joint drone squadron to be based in Ouagadougou")
    r"\b(?:agree|agrees|agreed)\s+(?:to\s+(?:form|set up|create|launch)\s+)?(?:an?\s+|the\s+)?(?:joint|new|regional)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:squadron|force|unit|brigade|command|battalion)s?\b|"
    # (in the passive: "Russian attack helicopters delivered to Mali's junta")
    r"\b(?:helicopters|jets|tanks|weapons|arms|drones|missiles|air[- ]defen[cs]e systems|howitzers|ammunition"
    r"|armou?red vehicles|patrol boats)\s+(?:delivered|handed over|shipped|donated)\s+to\b|"
    # (or arrived: "First IRIS-T air defence system arrives in Ukraine, Berlin confirms")
    r"\b(?:air[- ]defen[cs]e|iris-t|patriot|nasams|himars|f-16s?|tanks|jets|howitzers|weapons|arms|ammunition)"
    r"\s+(?:[\w-]+\s+)?(?:systems?|batteries|battery|shipments?|deliver(?:y|ies))?\s*(?:arrives?|arrived|reach(?:es|ed))"
    r"\s+in\b|"
    # ("X and Y sign agreement on joint production of drones": a deal, whatever it is about)
    r"\b(?:sign|signs|signed|seal|seals|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord"
    r"|contract|memorandum|pact)\b|"
    r"\b(?:(?:pledges?|promises?|approves?|offers?|announces?|announced|unveils?|unveiled)\s+(?:to\s+(?:send|supply"
    r"|deliver|provide)\s+)?|(?:will|to)\s+(?:send|supply|deliver|provide|ship)\s+|(?:delivers|delivered|supplies"
    r"|supplied|sends|sent|rush|rushes|rushed|hands|handed|hands over|handed over|gives|gave)\s+)(?:[\w$.,-]+\s+){0,3}?"
    r"(?:artillery|weapons|arms|tanks|patrol boats|radars?"
    r"|howitzers|ammunition|ammo|military aid|air[- ]defen[cs]es?|air[- ]defen[cs]e systems?|patriots?"
    r"|patriot (?:systems?|batteries|battery)"
    r"|iris-t|nasams|himars|f-16s?|jets|fighter jets)\b|"
    # A package announced: "Pentagon unveils $325 million Ukraine package with air defence interceptors".
    r"\b(?:announces?|announced|unveils?|unveiled|approves?|approved|pledges?|pledged)\s+(?:[\w$.,\u20ac\u00a3-]+\s+){0,4}?"
    r"package\b|"
    # An arms sale approved: "US approves $7.4 billion sale of bombs and guidance kits to Israel",
    # "State Department approves $6.4 billion in bombs and Apache parts for Israel".
    r"\b(?:approves?|approved|clears?|cleared)\s+(?:an?\s+)?(?:nearly\s+|almost\s+|about\s+|over\s+|more\s+than\s+)?"
    r"\$\s?\d[\d.,]*\s*(?:billion|million|bn|m)\b|"
    r"\b(?:approves?|approved|clears?|cleared|authori[sz]es?|authori[sz]ed|greenlights?|greenlit)\s+(?:[\w$.,-]+\s+){0,4}?"
    r"(?:sales?|purchases?|transfers?|exports?)\s+of\s+(?:[\w-]+\s+){0,4}?(?:bombs?|missiles?|weapons|arms|munitions"
    r"|jets|tanks|drones|artillery|shells|rockets)\b|"
    # A measure adopted: "EU adopts new sanctions package targeting Russia's shadow fleet" (its targets are no strike).
    r"\b(?:adopts?|adopted|imposes?|imposed|agrees?|agreed|unveils?|unveiled|approves?|approved|extends?|extended"
    r"|renews?|renewed)\s+"
    r"(?:an?\s+|the\s+)?(?:new\s+|fresh\s+|further\s+|\d+\w*\s+)?(?:[\w-]+\s+)?(?:sanctions|embargo)\b|"
    # A force founded: "Sahel juntas launch 5,000-strong joint force against jihadists".
    r"\b(?:launch|launches|launched|form|forms|formed|create|creates|created|sets? up|establish|establishes"
    r"|established|unveils?|unveiled)\s+(?:an?\s+|the\s+)?(?:[\w,-]+\s+){0,3}?(?:joint|new|regional|multinational"
    r"|rapid[- ]reaction|standby)\s+(?:military\s+|security\s+)?(?:force|task force|brigade|command)\b|"
    # "UK and Canada sanction jet fuel suppliers to Myanmar military": sanctions as the verb, on their targets
    # ("US, allies target Myanmar jet fuel suppliers in new sanctions").
    # ("UK targets Iranian drone suppliers and shadow fleet tankers in new Russia sanctions")
    r"\b(?:in|with)\s+(?:new|fresh|further|latest|more)\s+(?:[\w-]+\s+)?sanctions\b|"
    r"\b(?:sanction|sanctions|sanctioned|blacklists?|blacklisted)\s+(?:[\w-]+\s+){0,3}?(?:suppliers?|firms?|companies"
    r"|individuals|officials|commanders?|generals?|leaders?|networks?|entities|banks?|traders?|tankers?|vessels?|ships?"
    r"|oligarchs?|militias?|financiers?|brokers?|smugglers?|makers?|manufacturers?|producers?)\b|"
    # "UK, EU add Myanmar jet fuel suppliers to sanctions list"
    r"\b(?:adds?|added|adding)\s+(?:[\w-]+\s+){1,5}?to\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:sanctions?"
    r"\s+(?:list|regime)|blacklist)\b|"
    # A truce agreed: "Pakistan and Afghanistan agree truce after days of border clashes".
    r"\b(?:agree|agrees|agreed|reach|reaches|reached|announce|announces|announced|declare|declares|declared)\s+"
    r"(?:to\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|peace deal|peace agreement"
    r"|pause in (?:the\s+)?fighting)\b"
    r"|\b(?:agree|agrees|agreed)\s+to\s+(?:halt|stop|end|cease|pause)\b"
    # An aid package announced: "US unveils $400 million aid package with HIMARS rockets".
    r"|\b(?:aid|military|weapons|arms|security assistance|defen[cs]e|equipment)\s+packages?\b",
    re.IGNORECASE,
)
# A headline that asks a question or promises an explanation ("Why did X and Y fight a border war?", "... explained")
# heads an analysis or an explainer: the violence in its body is recounted, not reported. ("What we know about the
# strike" is news of the day: it stays discrete.)
# ("Who attacked the base in Diapaga - and what do we know so far?" is the day's news told as questions)
_QUESTION_TITLE = re.compile(
    # (a question about the day's attack is news of it: "Who was behind Sunday's suicide bombing at the station?")
    r"^(?![^?]*\bwhat (?:do )?we know\b)(?![^?]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today|last night)'s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|blasts?|raids?|shelling"
    r"|massacres?|explosions?)\b)(?:[\w'-]+\s*:\s*)?(?:why|how|what|who|can|could|should|will|would|is|are"
    r"|does|do|did)\b[^?]*\?\s*$"
    # (an explanation without the question mark: "Why the war in Catatumbo is far from over")
    r"|^(?:[\w'-]+\s*:\s*)?why\s+[^?]*$"
    r"|[:|-]\s*explained\s*$",
    re.IGNORECASE,
)
MIN_TITLE_WORDS = 4  # shorter titles ("Kramatorsk", "Live") say too little to judge the article by


# A war's echo at home: campuses, donors, pundits, celebrities, broadcasters (politicians can make the war's policy,
# and a crown prince its diplomacy). A headline about them with no violent event is home news, not the war's politics.
_HOME_FRONT_TITLE = re.compile(
    r"\b(?:universit(?:y|ies)|colleges?|campus\w*|professors?|donors?|harvard|cornell|columbia|stanford"
    r"|yale|upenn|ivy league|bbc|cnn|fox news|instagram|tiktok|tweets?|celebrit\w*|actor|actress|singer"
    r"|prince (?:william|harry)|meghan|polls?|antisemit\w*|islamophob\w*|hate crimes?|rabbi|synagogues?|starbucks"
    r"|book (?:fairs?|arsenal|festivals?)|exhibitions?|concerts?|museums?|theatres?|theaters?|orchestras?"
    # ("blasts" the verb of a row, not the noun: "Bama mourns a year after twin market blasts")
    r"|nonprofit|backlash|apologi[sz]\w*|slams|(?<!twin )(?<!market )(?<!bomb )(?<!deadly )(?<!after )(?<!of )"
    r"(?<!in )(?<!two )(?<!three )blasts\b(?!\s*$)|calls out|rips|fury"
    r"|turnout|(?:municipal|local|council) elections?|by-elections?"
    # A civilian ministry's affairs: "parliament dismisses health minister over drug procurement".
    r"|(?:health|education|culture|justice|agriculture|agrarian|social policy|sports?|tourism|environment)"
    r" minist(?:er|ers|er's|ry)|minist(?:er|ry) (?:of|for) (?:health|education|culture|justice|agriculture|sports?)"
    r"|procurement|reshuffl\w*|budgets?"
    # A government's own majority: "Israeli government loses Knesset majority as party walks out over draft law".
    r"|(?:knesset|parliamentary|coalition|governing|ruling) majority|loses (?:its )?majority|confidence vote"
    r"|no-confidence|snap (?:elections?|polls?)|early elections?|coalition (?:collapses?|collapsed|crisis)"
    r"|(?:electoral|election) (?:laws?|bills?|reforms?|code|commission)|elect (?:a |its |the )?(?:new )?president"
    r"|(?:walks?|walked|pulls?|pulled) out of (?:the )?(?:ruling |governing )?(?:coalition|government)"
    # A change of government: "Burkina Faso's transitional leader appoints new prime minister".
    # (not an armed group's rival government: "RSF-led alliance names cabinet for rival Sudan government")
    r"|(?:appoints?|appointed|names?|named|picks?|swears? in|sworn in as)\s+(?:a\s+|the\s+)?(?:new\s+)?"
    r"(?:prime minister|premier)|(?:new|another) (?:prime minister|premier|cabinet)"
    r"|(?:new|coalition) government (?:is\s+)?sworn in)\b",
    re.IGNORECASE,
)
# What keeps such a headline the war's politics: aid, arms, force, sanctions ("Biden asks Congress for Israel aid").
_WAR_POLICY_TITLE = re.compile(
    # ("war-hit south" describes a place, names no war measure)
    r"\b(?:aid|military|weapons?|arms|armor|armour|troops|force|forces"
    r"|war(?![- ](?:hit|torn|ravaged|scarred|damaged|affected))|sanctions?|supplies|ceasefire|truce"
    r"|hostages?|peace|defen[cs]e|generals?|commanders?)\b",
    re.IGNORECASE,
)
# An aggregator's outlet after the headline ("... - CNN", "... | The Guardian"): not part of the news.
_OUTLET_SUFFIX = re.compile(r"\s[-\u2013|]\s(?:\S+\s?){1,5}$")


# A war's echo in the economy: forecasts, markets, prices, harvests. The war itself may be named ("IMF cuts growth
# forecast over Russia's war"); sanctions, blockades or attacks keep the headline the war's own news.
_ECONOMY_TITLE = re.compile(
    # (not a village's market day: "a market day that ended in a row of graves")
    r"\b(?:imf|world bank|econom\w*|growth|gdp|inflation|recession|financial|markets?(?!\s+(?:days?|squares?|stalls?))"
    r"|stocks?|investors?|shares"
    r"|bourses?|stock exchanges?|indices|ftse|dax|nikkei|nasdaq|dow jones"
    r"|oil|crude|brent|bonds?|yields?|currency|rouble|ruble|rupee|exports?|imports?|shipments?|agricultur\w*"
    r"|prices?|food (?:in)?security|grain|wheat|fertili[sz]ers?|farmers?|interest rates?|central bank|earnings"
    r"|key rate|policy rate|national bank|bank of [A-Z]\w+|(?:holds|raises|cuts|hikes|keeps) (?:interest |key )?rates?"
    r"|profits?|start-ups?|startups?|acquisitions?|acquires?|acquired|mergers?|takeovers?|ipo|valuation"
    r"|gold miners?|mining|miners?|mining companies|mining firms?|order backlog|order books?|backlog|profits?"
    r"|revenues?|sales|cargo (?:volumes?|traffic|throughput)|container terminals?|port operators?"
    r"|(?:insurance |war-risk )?premiums?|insurers?|(?:lifts?|raises?|cuts?|lowers?) (?:its )?(?:outlook|forecasts?|guidance)"
    r"|output|steelmakers?|steelworks|carmakers?|(?:oil|steel|grain|car|industrial) production"
    r"|(?:\$|€|£)[\d.,]+\s?(?:bn|billion|m|million))\b",
    re.IGNORECASE,
)
_ECONOMY_WAR_TITLE = re.compile(
    r"\b(?:sanction\w*|embargo\w*|blockade\w*|aid|arms|weapons?|troops|forces|military|navy|ceasefire|truce"
    r"|peace|diplomat\w*|talks|summit|strikes?|struck|attack\w*|shell\w*|missiles?|drones?|bomb\w*|seiz\w*"
    r"|fire|blaze|explosions?|blasts?)\b",
    re.IGNORECASE,
)


# A market's move opens the headline, whatever war news drives it: "Oil climbs as sanctions talk and Red Sea attacks
# cloud supply outlook".
_MARKET_MOVE_TITLE = re.compile(
    # (after a wire's desk slug: "GLOBAL MARKETS-Oil jumps, shipping stocks hammered after US, UK strikes")
    r"^(?:(?-i:[A-Z][A-Z ]{2,24})-\s*)?(?:oil|crude|brent|gold|stocks|shares|markets|wheat|grain|gas|rouble|ruble|bonds|european stocks|asian stocks)"
    r"(?: prices?| futures)? (?:climbs?|rises?|rose|falls?|fell|jumps?|slips?|drops?|gains?|surges?|soars?|tumbles?"
    r"|slides?|dips?|edges? (?:up|down|higher|lower)|steady|steadies|extends? (?:gains|losses))\b"
    # A rate decision, whatever risks it warns of: "Ukraine's central bank holds key rate at 15.5%, warns of ...".
    r"|^(?:[\w'-]+\s+){0,2}?(?:central bank|national bank|bank of [a-z]+)\s+(?:holds|keeps|leaves|raises|cuts|hikes"
    r"|lowers)\s+(?:its\s+)?(?:key|interest|policy|benchmark|main|rates?\b)",
    re.IGNORECASE,
)


def business_title(title: str) -> bool:
    """The whole headline is markets or trade and names no war measure ("Mogadishu port cargo volumes rise as new
    terminal opens"; not "Grain exports halted as Russia's navy blockades Odesa"), or a market's move leads it."""
    return (economy_title(title) and _ECONOMY_WAR_TITLE.search(title) is None) or (
        _MARKET_MOVE_TITLE.search(title) is not None
    )


# Sport, whose headlines borrow war's words ("brutal heavyweight war", "win the cup after air-raid delay").
_SPORTS_TITLE = re.compile(
    r"\b(?:cup|(?<!arab )league(?! of)|tournament|championship|derby|heavyweight|middleweight|boxing|bout|knockout|grand prix"
    r"|olympics?|playoffs?|semi-?finals?|quarter-?finals?|kick-?off|striker|goalkeeper|fifa|uefa|nba|nfl|ufc"
    r"|wimbledon|cricket|rugby|football|soccer|tennis|golf|test match|t20|title hopes|title race|six nations"
    r"|murrayfield|twickenham|premier league|la liga|serie a|bundesliga|high jump|long jump|pole vault|marathon"
    r"|sprint(?:er)?|athletics|world championships?|gold medal|silver medal|bronze medal|wins? (?:gold|silver|bronze)"
    r"|(?:gold|silver|bronze) in|qualif(?:ier|iers|ying)|group stage|thriller|hat-?trick|penalty shoot-?out"
    r"|shoot-?out win|clinch(?:es|ed)? (?:the |their |a )?(?:[\w-]+ ){0,2}?title|late winner|stoppage-time"
    r"|equali[sz]er|relegat\w*|promotion race"
    # (a final reached: "Qalandars storm into the final", not "in the final days of the siege")
    r"|(?:into|reach(?:es|ed)?|in) the (?:cup )?final(?![ -]\w))\b",
    re.IGNORECASE,
)
_SPORTS_WAR_TITLE = re.compile(
    r"\b(?:killed|kills?|killing|dead|die[sd]?|wounded|injured|strikes?|struck|missiles?|drones?|shell(?!-shock)\w*"
    r"|bomb\w*|attack\w*|troops|soldiers|gunmen|gunned|militants|terror\w*|isis|war-torn|knifed|stabbed|shot|suicide"
    # (not a side that "blast past" another)
    r"|explosions?|blasts? (?:rips?|ripped|tears?|tore|hits?|kills?|at|in|near|outside))\b",
    re.IGNORECASE,
)


def names_a_match(title: str) -> bool:
    """The headline names a match or a competition ("violence erupts at Lima derby"), whatever else it names."""
    return _SPORTS_TITLE.search(_OUTLET_SUFFIX.sub("", title)) is not None


def sports_title(title: str) -> bool:
    """The headline is sport's news: war's words in it are metaphors or scenery."""
    headline = _OUTLET_SUFFIX.sub("", title)
    return _SPORTS_TITLE.search(headline) is not None and _SPORTS_WAR_TITLE.search(headline) is None


# A match's result on a line of its own: "Liverpool 4 Newcastle 0", "Arsenal 2-1 Chelsea", "Obolon 0-1 Metalist 1925".
_TEAM = r"[A-Z][\w.'&-]*(?: [A-Z0-9][\w.'&-]*){0,3}"  # ("Metalist 1925")
_SCORELINE = re.compile(rf"{_TEAM} \d{{1,2}}(?: {_TEAM} \d{{1,2}}|-\d{{1,2}} {_TEAM})")


# A match's result in the lead: "Shakhtar Donetsk beat Club Brugge 2-1 in the Champions League on Tuesday".
_RESULT_SENTENCE = re.compile(
    r"\b(?:beat|beats|beaten|defeated|defeats|edged|edges|thrashed|thrash|drew|draw|lost|won|wins)\b[^.;]{0,60}?"
    r"\b\d{1,2}-\d{1,2}\b(?!-)[^.;]{0,60}?\b(?:league|cup|tournament|championship|final|qualifier|friendly|derby"
    r"|match|game|fixture|at home|away|stadium)\b"
    # a cricket result: "Afghanistan 93 for 4 beat Pakistan 92 for 9 by six wickets"
    r"|\b(?:beat|beats|defeated|won|win|wins)\b[^.;]{0,80}?\bby (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten) (?:wickets?|runs)\b",
    re.IGNORECASE,
)


def sports_page(title: str, lead: list[str]) -> bool:
    """Sport's news by its headline, or by a result under a headline of metaphors or places ("Liverpool blitz
    Newcastle as ... leaves visitors shell-shocked" over "Liverpool 4 Newcastle 0")."""
    if sports_title(title) or _GOAL_COUNT_TITLE.search(title) is not None:
        return True
    # (a match's headline may borrow war's words and still name sport: "Late strike sinks Dynamo as air-raid siren
    # halts derby", over "Shakhtar beat Dynamo 2-1"; not one that names the dead)
    sport_headline = _SPORTS_WAR_TITLE.search(title) is None or (
        (_SPORTS_TITLE.search(title) is not None or _GOAL_STRIKE_TITLE.search(title) is not None)
        and _HARM_TITLE.search(title) is None
    )
    # (the lead is read for a result only under such a headline: most war headlines end the question here)
    return sport_headline and any(
        _SCORELINE.fullmatch(s.strip()) or _RESULT_SENTENCE.search(s) or _MATCH_PLAY.search(s) for s in lead
    )


# A match told in the lead: "firing five goals past Yemen", "heading in twice before half-time".
_MATCH_PLAY = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+goals|scored|half-time|hat-trick|goalkeeper"
    r"|penalty spot|stoppage time|injury time"
    # (and an innings: "beat Quetta by 62 runs", "bowled out for 136 in 17.2 overs")
    r"|by (?:\d+|an innings and \d+) (?:runs|wickets)|wickets?|bowled out|\d+(?:\.\d)? overs"
    # ("ran out 4-0 winners at Anfield")
    r"|\d{1,3}(?:st|nd|rd|th) minute|\d{1,2}-\d{1,2} (?:win|victory|draw|defeat|loss|home win|away win|winners|victors"
    r"|losers))\b",
    re.IGNORECASE,
)
# Goals counted: "Flamengo bombard Vasco in five-goal massacre" (no war counts its goals).
_GOAL_COUNT_TITLE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-goal\b", re.IGNORECASE)
# A goal called a strike: "Shakhtar stun Barcelona as Hryhorenko strike settles it", "late strike seals win".
_GOAL_STRIKE_TITLE = re.compile(
    r"\bstrikes?\s+(?:settles?|seals?|wins?|sinks?|earns?|decides?|downs?|stuns?|lifts?|secures?|edges?|clinch\w*)"
    r"\b(?!\s+(?:talks|deal|dispute|row|pay)\b)",
    re.IGNORECASE,
)


# Fiction, reviews and games: war's words describe a story ("'The Long Corridor' review: a war film", "strategy game
# launches with missile strikes"), unless the headline reports harm.
_CULTURE_TITLE = re.compile(
    # ("reviews operational preparedness": a commander's review, not a critic's)
    # ("army review of school strike finds ...": an inquiry, not a critic's)
    r"\b(?:(?<!army )(?<!military )(?<!internal )(?<!idf )(?<!police )(?<!pentagon )(?<!official )(?<!government )"
    rf"{_REVIEW_NOT_A_VERB}reviews?(?! (?:the |its |their )?(?:operational|security|combat|situation|preparedness|readiness|defen[cs]e"
    r"|military|troops|forces|deployments?))|films?|movies?|documentar(?:y|ies)|novels?|video games?|strategy games?|board games?|trailers?"
    r"|box office|premieres?|netflix|memoirs?|sitcom|drama series|miniseries|concerts?|pop stars?|rock bands?"
    r"|albums?|esports|gamers?|launch week|\d+(?:\.\d+)?\s*(?:million|m|k)\s+players)\b",
    re.IGNORECASE,
)
_HARM_TITLE = re.compile(
    # (not a box office's "blasts past rivals")
    r"\b(?:kill\w*|dead|died|dies|death toll|wounded|injur\w*|hits?|struck|explosions?"
    r"|blasts?(?!\s+(?:past|its\s+way|to\s+the\s+top|into\s+(?:first|the\s+lead))\b)|attack(?:s|ed)?"
    # ("Bomb rips through Christmas concert at Marawi gym")
    r"|gunm[ae]n|massacred?|(?:rips|ripped|tears|tore) through|bombings?|bombed)\b",
    re.IGNORECASE,
)
# History: "Eighty-two years on, Volgograd remembers the battle": a war long over.
_YEARS_ON_TITLE = re.compile(
    r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+years\s+(?:on|since|after|ago)\b|\b(?P<nth>\d+)(?:st|nd|rd|th)\s+anniversary\b",
    re.IGNORECASE,
)
HISTORY_YEARS = 50


_OBITUARY_TITLE = re.compile(r"\b(?:dies|died|dead) at (?:the age of )?\d{2,3}\b|\bobituary\b", re.IGNORECASE)


def culture_title(title: str) -> bool:
    """The headline is about a film, a book, a game, history, or a life: war's words in it are a story's, the
    past's or a career's ("general who led offensives against the FARC dies at 81")."""
    headline = _OUTLET_SUFFIX.sub("", title)
    if _OBITUARY_TITLE.search(headline) is not None:
        return True
    if _CULTURE_TITLE.search(headline) is not None and _HARM_TITLE.search(headline) is None:
        return True
    m = _YEARS_ON_TITLE.search(headline)
    years = parse_number(m.group("n") or m.group("nth")) if m else None
    return years is not None and years >= HISTORY_YEARS


def home_front_title(title: str) -> bool:
    """The headline is about a war's echo at home (see `_HOME_FRONT_TITLE`) or in the economy (`_ECONOMY_TITLE`),
    not about its policy or its fighting."""
    headline = _OUTLET_SUFFIX.sub("", title)
    if _HOME_FRONT_TITLE.search(headline) is not None and _WAR_POLICY_TITLE.search(headline) is None:
        return True
    if _ECONOMY_TITLE.search(headline) is None:
        return False
    # A market moved by hopes or fears of the war's news is the market's news: "Oil slips as hopes grow for peace deal";
    # so are an arms maker's results ("Arms maker reports record order backlog").
    main_clause = _ARMS_BUSINESS.sub("", _MARKET_REASON.split(_without_amid(headline), 1)[0])
    return _ECONOMY_WAR_TITLE.search(main_clause) is None


_ARMS_BUSINESS = re.compile(
    r"\b(?:arms|defen[cs]e|weapons?|munitions?)[- ](?:makers?|firms?|companies|company|groups?|contractors?|industry"
    r"|manufacturers?|producers?|suppliers?)\b",
    re.IGNORECASE,
)
_MARKET_REASON = re.compile(
    r"\b(?:as|on|over)\s+(?:[\w-]+\s+){0,2}?(?:hopes?|fears?|bets?|optimism|worries|concerns?|expectations?)\b",
    re.IGNORECASE,
)


def economy_title(title: str) -> bool:
    """The headline's main clause is about markets, prices, trade or a central bank and names no war measure and no
    violence: "Brent jumps 4% as Red Sea tensions flare after strikes on Yemen" is oil's news, not the strikes'. (Read
    over a violent event type with no toll; `home_front_title` reads the whole headline.)"""
    main_clause = _SCENE_CLAUSE.split(_OUTLET_SUFFIX.sub("", title), 1)[0]
    return (
        _ECONOMY_TITLE.search(main_clause) is not None
        and _ECONOMY_WAR_TITLE.search(main_clause) is None
        and _VIOLENCE_TITLE.search(main_clause) is None
        and _SHUTDOWN_PROTEST.search(main_clause) is None
    )


# Shops shut in protest are a reaction, not a market's news: "Srinagar traders shut markets in protest a day after
# grenade attack".
_SHUTDOWN_PROTEST = re.compile(r"\b(?:in protest|protests?|shutdown|hartal|bandh)\b", re.IGNORECASE)


# Civilians counted dead in a headline: "19 civilians killed in ADF attack", "Rebels kill 26 civilians".
def _civilians_killed_title(t: Counter[str], title: str) -> bool:
    """The headline counts civilians dead, and names no battle and no armed victims."""
    return _CIVILIANS_KILLED_TITLE.search(title) is not None and not (t["e_battle"] or t["v_armed"])


_CIVILIANS_KILLED_TITLE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|massacres?|massacred|behead(?:s|ed|ing)?)\s+(?:at least\s+|more than\s+|over\s+"
    r"|nearly\s+)?(?:\d+|dozens|scores|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+)?"
    r"(?:civilians|villagers|farmers"
    r"|residents|worshippers|passengers)\b|\b(?:\d+|dozens|scores)\s+(?:[\w-]+\s+)?(?:civilians|villagers|farmers"
    r"|residents|worshippers|passengers)\s+(?:killed|massacred|slain|dead)\b"
    # (the dead of a raid on a village or a camp: "ADF rebels kill dozens in overnight raid on eastern DR Congo
    # village")
    r"|\b(?:kill(?:s|ed|ing)?|massacres?|massacred)\s+(?:at least\s+|more than\s+|over\s+|nearly\s+)?(?:\d+|dozens"
    r"|scores|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in|during)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:raids?|attacks?|assaults?)\s+on\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,4}?(?:villages?"
    r"|displacement camps?|camps? for (?:the )?displaced|hamlets?)\b",
    re.IGNORECASE,
)
# A headline that reports a weapon landing: "Drones strike Port Sudan fuel depot, no casualties reported".
_HIT_TITLE = re.compile(
    r"\b(?:strikes?|struck|hits?|slams?|slammed|pounds?|pounded|damages?|damaged|destroys?|destroyed"
    # ("Ukrainian drones set Volgograd refinery ablaze")
    r"|sets? (?:[\w'-]+ ){0,3}?(?:ablaze|on fire|alight)|sparks? (?:a )?(?:fire|blaze))\b",
    re.IGNORECASE,
)


# A lead that reports several attacks as one item: "Five civilians were killed in separate attacks on Monday".
_SEPARATE_ATTACKS = re.compile(
    r"\b(?:in|during)\s+(?:two|three|four|five|several|multiple|a series of|\d+)?\s*separate\s+(?:attacks|strikes"
    r"|incidents|raids|assaults|shellings|air ?strikes)\b",
    re.IGNORECASE,
)


def lead_reports_separate_attacks(lead: list[str]) -> bool:
    return any(_SEPARATE_ATTACKS.search(sentence) for sentence in lead)


def title_not_discrete(title: str) -> bool:
    """True when the headline shows that the article's news is a reaction, a round-up or no violent event at all."""
    if not title:
        return False
    return (
        _REACTION_TITLE.search(title) is not None
        or _roundup_title(title)
        or (_RAIDS_ON_PLACES_TITLE.search(title) is not None and _ONE_BAND_TITLE.search(title) is None)
        or _OPINION_TITLE.search(title) is not None
        or _QUESTION_TITLE.search(title) is not None
        or title_reports_no_violence(title)
    )


def year_tally_title(title: str) -> bool:
    """A year's count: "At least 4,238 civilians killed in Sudan in 2025, UN rights office says" (no single event,
    whatever incident the body cites)."""
    return _YEAR_TALLY_TITLE.search(title) is not None


_YEAR_TALLY_TITLE = re.compile(
    r"\b(?:killed|died|dead|deaths|killings)\b[^.;]{0,40}\b(?:in (?:19|20)\d\d|last year|this year|so far this year"
    r"|since (?:january|the start of the year)"
    # a quarter's or a half-year's count: "UN: 1,520 killed in Haiti's gang violence between April and June"
    r"|between (?:january|february|march|april|may|june|july|august|september|october|november|december) and"
    r"|in (?:the )?(?:first|second|third|fourth|last) (?:quarter|half)"
    # ("more than 18,000 civilian deaths in two years of war")
    r"|in (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) (?:months|years))\b"
    # a year's count, not a record: "junta air strikes killed over 1,100 civilians in a year" (not "killed in
    # deadliest attack in a year")
    r"|\b(?:killed|died|dead|deaths)\b(?:(?!deadliest|worst|bloodiest|biggest|largest|heaviest)[^.;]){0,40}"
    r"\bin (?:a|one|the past|the last) year\b"
    # a month's count: "UN: 232 civilians killed in Ukraine in July" (not "killed in July 4 strike"), "June civilian
    # toll in Ukraine highest in three years", "Ukraine: October civilian casualties among highest of the year"
    # ("April 2022 toll: 271 people killed across Syria")
    r"|(?:^|(?<=: )|(?<=\| ))(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:'s)?\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:civilian\s+)?(?:death\s+)?(?:toll|deaths|casualties)\b"
    r"|\b(?:killed|died|dead|deaths)\b[^.;]{0,40}\bin (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)(?: alone)?(?=\s*$|\s*[,:;|]|\s+[-\u2013]\s|\s+(?:un|says?|said|according|report\w*"
    r"|monitors?|data|figures?|rights|as|amid|while|with)\b)"
    # a record month or year: "UN: July deadliest month for Ukraine's civilians in three years"
    r"|\b(?:deadliest|bloodiest|worst)\s+(?:month|year|quarter)s?\b"
    # ("UN: civilian casualties in Ukraine hit highest monthly level in nearly a year")
    r"|\b(?:casualties|deaths|toll)\b[^.;]{0,40}\bmonthly\s+(?:[\w-]+\s+)?(?:level|high|total|figures?|number)\b",
    re.IGNORECASE,
)


def headline_main_clause(title: str) -> str:
    """A headline's attack that kills, without the round-up after its semicolon: "Strike on school shelter kills 17;
    ministry reports 38 dead across Gaza in 24 hours" is the strike's (the day's tally and its places are not). A
    page title that is only a section's and an outlet's name ("News - The Frontier Post") is no headline: ""."""
    if _SECTION_TITLE.fullmatch(title):
        return ""
    head, semicolon, tail = title.partition("; ")
    if semicolon and _ONE_ATTACK_KILLS.search(head) and _ROUNDUP_TITLE.search(tail):
        return head
    return title


_SECTION_TITLE = re.compile(
    r"(?i:news|home|latest|latest news|world|world news|top stories|breaking news|headlines)"
    r"(?:\s*[-\u2013|:]\s*[^-\u2013|:]{2,60})?"
)


def _roundup_title(title: str) -> bool:
    """A round-up headline, unless its round-up is only the scene of a strike its main clause reports: "Russian
    glide bombs hit Kharkiv as city reels from week of attacks"."""
    # (an aggregator's name after the headline is no round-up: "... - Sudan News Roundup")
    found = _ROUNDUP_TITLE.search(_OUTLET_SUFFIX.sub("", title))
    if found is None:
        return False
    scene = _SCENE_CLAUSE.search(title, 0, found.start())
    return scene is None or _HIT_TITLE.search(title, 0, scene.start()) is None


# One attack, in the singular, that kills: "Truck bomb outside army base kills nine", "Drone strike on market kills 12",
# "At least 27 killed as Israeli strike hits school shelter".
_ONE_ATTACK_KILLS = re.compile(
    r"\b(?:bomb|bombing|blast|explosion|strike|airstrike|attack|raid|ambush|missile|drone|shell|assault|massacre)\b"
    r"[^;]{0,60}?\bkills\b"
    r"|\b(?:killed|dead)\s+(?:as|when|after|in)\s+(?:an?\s+)?(?:[\w'-]+\s+){0,2}?(?:bomb|bombing|blast|explosion|strike"
    r"|airstrike|air strike|attack|raid|ambush|missile|drone strike|shell|assault|massacre)\b(?!s)",
    re.IGNORECASE,
)
# Armed men (not the police) who fire on a crowd or kill in it: "Six killed as armed miscreants fire on protesters",
# "Rebels kill 26 at funeral vigil".
_ARMED_MEN_ATTACK = re.compile(
    r"\b(?:gunmen|armed (?:men|miscreants|assailants|attackers|group)|militants|miscreants|attackers|assailants"
    r"|militiamen|militia|gangs?|gang members|rebels|insurgents|jihadists|fighters)\b[^,;:]{0,30}?\b(?:fire|fired"
    r"|open fire|opened fire|shoot|shot|kill|kills|killed|massacre|massacred|hack|hacked)\b",
    re.IGNORECASE,
)
# The state's forces firing on a protest: "Kenya: eight dead as police fire on anti-tax demonstrators in Nairobi".
_FORCE_ON_PROTEST_TITLE = re.compile(
    r"\b(?:police|riot police|security forces|troops|soldiers|army)\b[^,;:]{0,30}?\b(?:fire[sd]?|firing|open(?:s|ed)?"
    r" fire|shoot|shot|kill|kills|killed)\s+(?:on\s+|at\s+|into\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protesters"
    r"|protestors|demonstrators|marchers|rally|protest)\b",
    re.IGNORECASE,
)
_SCENE_CLAUSE = re.compile(r"\b(?:amid|despite|as|after|while)\b", re.IGNORECASE)
# ("X days after Y": Y is days old, the scene of X's news: "EU adopts sanctions days after deadly Kyiv strike")
_AMID = re.compile(
    r"\b(?:amid|despite|(?:days|weeks|months|years) (?:after|since)"
    # a war going on behind the news: "... resume talks in Doha as fighting persists"
    r"|as (?:the )?(?:fighting|clashes|violence|war|shelling|bombardment|attacks|strikes) (?:\w+ )?(?:persists?|continues?"
    r"|rages?|goes on|grinds on|drags on|escalates?|intensifies|spreads?)\b"
    # an attack the headline dates back to a season or a month: "... adds troops after summer ambushes"
    r"|after (?:the |last |this )?(?:summer|winter|spring|autumn|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)(?:'s)? (?:[\w-]+ )?(?:strikes?|attacks?|bombings?|raids?|massacres?"
    r"|ambush(?:es)?|clashes|fighting|shelling)\b)",
    re.IGNORECASE,
)


# "Three weeks after Baalbek strike, ...", "A year after the truck bomb that killed 38, ...": the headline's news
# comes after an attack told before (its toll is that attack's).
_TIME_AFTER_TITLE = re.compile(
    r"^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:after|on|since)\b",
    re.IGNORECASE,
)


_QUOTE_OPENING = re.compile(r"^[\"'\u2018\u201c][^\"\u201d]{3,150}?[\"'\u2019\u201d]\s*:\s+")
# Any quotation inside a headline, wherever it stands (`_QUOTE_OPENING` is only the one that opens it, with its colon):
# "'We thought it was a missile,' say market traders".
_QUOTED = re.compile(r"(?:^|(?<=\s))['\"\u2018\u201c][^\"\u201d\u2019]{3,150}?['\"\u2019\u201d](?=\s|$|:)")
# A threat of strikes to come: "Minister warns Beirut suburbs will be hit 'with full force' if rocket fire resumes".
_THREAT_TITLE = re.compile(
    r"\b(?:warns?|threatens?|vows?)\b[^.;:]{0,60}?\b(?:will|would)\b"
    r"|\b(?:says?|said)\s+(?:it|they)\s+(?:will|would)\s+(?:target|strike|attack|hit|retaliate|respond)\b",
    re.IGNORECASE,
)
# A headline that gives an attack its toll in figures: "kills six", "massacre of at least 52 civilians", "14 killed"
# ("the missile that killed 12" recalls an attack).
_TOLL_FIGURE_TITLE = re.compile(
    r"(?<!that )(?<!which )(?<!who )\b(?:kill(?:s|ed|ing)?|massacre of|deaths of)\s+(?:at least\s+|more than\s+|over\s+|nearly\s+)?"
    r"(?:\d+|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    # ("Guma massacre: 42 buried as gunmen sack village", not "Town buries 42 victims of last week's attack")
    r"|\b(?:\d+|dozens|scores|hundreds)\s+(?:[\w'-]+\s+){0,2}?(?:killed|dead|die|died"
    r"|buried(?!\b.*\b(?:last|previous|earlier|ago)\b))\b",
    re.IGNORECASE,
)
_REACTION_WORD = re.compile(rf"\b(?:{REACTION_WORDS})\b", re.IGNORECASE)


def toll_leads(title: str, cue: re.Pattern[str]) -> bool:
    """The headline gives an attack its toll before the cue of a reaction or an aftermath: "Suicide bomber kills six
    outside ministry in Kabul; India condemns attack" reports the bombing; "World reacts as officials say 500 killed"
    reports the reactions."""
    toll = _TOLL_FIGURE_TITLE.search(title)
    if toll is None:
        return False
    after = cue.search(title)
    return after is None or toll.start() < after.start()


_TOLL_WORD_TITLE = re.compile(r"\b(?:kill\w*|dead|died|dies|wound\w*|injur\w*|hurt|toll)\b", re.IGNORECASE)


def title_names_a_toll(title: str) -> bool:
    """The headline names deaths, wounds or a toll ("Oil jumps as strike kills 12"), not only what moved a market."""
    return _TOLL_WORD_TITLE.search(title) is not None


# A quiet spell is the news: "first night of the truce passes without major fighting".
_QUIET_TITLE = re.compile(
    r"\b(?:without|no)\s+(?:major\s+|any\s+|serious\s+|significant\s+|new\s+)?(?:fighting|clashes|violence"
    r"|incidents?|attacks|shelling|violations)\b",
    re.IGNORECASE,
)


# "... as news emerges 10 days on": told long after it happened.
_DAYS_ON_TITLE = re.compile(
    r"\b(?:\d+|three|four|five|six|seven|eight|nine|ten|several)\s+(?:days|weeks|months)\s+(?:on|later)\b",
    re.IGNORECASE,
)


# Condemning, not condemned for: the verb both the aftermath headlines and `condemns_an_attack` read.
_CONDEMN_VERB = r"(?:condemn(?:s|ed)?|denounce[sd]?|deplore[sd]?)(?!\s+(?:for|over)\b)"


def condemns_an_attack(title: str) -> bool:
    """The headline is a condemnation of an attack ("President, PM condemn terrorist attack in Kuchlak"): when the
    text gives that attack a toll the tagger takes as the story's, the page reports the attack (the labelling
    guide's main event); otherwise it is a statement."""
    return _CONDEMNATION_TITLE.search(title) is not None


_CONDEMNATION_TITLE = re.compile(
    rf"\b{_CONDEMN_VERB}\b[^.;:]{{0,60}}?\b(?:attacks?|strikes?"
    # ("AU, UN condemn car bomb that killed eight outside Mogadishu restaurant")
    # ("Government condemns 'Houthi terrorism' as ballistic missile hits Marib neighbourhood, killing 8")
    r"|air ?strikes?|bombings?|bombs?|blasts?|explosions?|shootings?|killings?|massacres?|shelling|raids?"
    r"|ambush(?:es)?|escalation|terrorism)\b",
    re.IGNORECASE,
)


def follow_up_title(title: str) -> bool:
    """The headline tells a funeral, a burial or a wounded victim's death ("Funeral prayers held in Quetta for 11
    soldiers killed in Kech ambush", "Paramedic wounded in Douris strike dies, raising toll to 13"): its attack is
    the news only when that follows it within the guide's two days. (An attack on the mourners is no follow-up:
    "Junta jet bombs village funeral in Sagaing, killing 28".)"""
    return _FOLLOW_UP_TITLE.search(title) is not None and _ATTACK_ON_GATHERING_TITLE.search(title) is None


_FOLLOW_UP_TITLE = re.compile(
    r"\b(?:funerals?|bur(?:y|ies|ied)|laid to rest|mourners|says goodbye|bids farewell|last victim)\b"
    # ("Mali declares three days of national mourning": for an attack the lead dates a day before, or longer ago)
    # (not a city that "observes" its day of mourning: that reaction is the news)
    r"|\b(?:declares?|declared|announces?|announced)\s+(?:an?\s+|\w+\s+)?(?:days?|hours?|period)\s+of\s+"
    r"(?:national\s+)?mourning\b"
    r"|\b(?:wounded|injured|hurt)\b[^;:]*?\b(?:die|dies|died|succumbs|succumbed)\b|\bdies of (?:his |her )?(?:wounds|injuries)"
    # (a search for the dead that ends: "Civil Defence ends search in Saraqib: final toll of market massacre
    # reaches 43")
    r"|\b(?:ends?|ended|calls? off|called off|concludes?|concluded)\s+(?:the\s+)?(?:search|rescue)\b"
    r"|\bfinal (?:death )?toll\b",
    re.IGNORECASE,
)


def recalls_an_attack(title: str) -> bool:
    """The headline marks an anniversary of an attack ("Kramatorsk marks three years since strike on railway
    station", "A year after the market bombing, survivors still wait"): no news of a new event, but the article's
    event is still the attack it recalls, typed as such (the labelling guide's main event). Trials are not among
    them: labellers type a verdict as often by the court's news as by the attack tried. A legal finding on an
    attack ("may amount to a war crime") recalls it too."""
    return (
        _ANNIVERSARY_TITLE.search(title) is not None and _RECALL_NOT_ATTACK.search(title) is None
    ) or _LEGAL_FINDING_TITLE.search(title) is not None


_ANNIVERSARY_TITLE = re.compile(
    r"\b(?:anniversar\w*|commemorat\w+|remember(?:s|ed|ing)?|memorials?"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|decades?)\s+(?:after|since|on|ago|later))\b",
    re.IGNORECASE,
)
# (what a war's anniversary recalls may be a peace deal or a campaign; an analysis is no remembrance)
_RECALL_NOT_ATTACK = re.compile(
    r"\b(?:peace|truce|ceasefire|deal|accord|analysis|war|invasion|court|trial)\b", re.IGNORECASE
)


_BLOWN_UP_TITLE = re.compile(r"\b(?:blown up|blew up|blows up)\b", re.IGNORECASE)


def title_reports_no_violence(title: str) -> bool:
    """The headline's news is a statement, a visit, a vote or arms aid: it names no violence of its own (an "amid"
    clause sets the scene: "UN urges truce amid clashes"), or it is the aftermath of an attack told before: a
    leader's visit, a funeral, talks ("President visits Chernihiv after deadly strike", "Mourners bury victims of
    village attack"). (Who reports the attack is no aftermath: "Strike on market kills 28, rights group says".)"""
    # A live page's headline joins stories: a toll of an attack in its first clause is its news, whatever the next
    # clause reports ("Kyiv toll rises to 11 after night of missiles; Berlin pledges more air defence").
    first_clause = title.split(";", 1)[0]
    if first_clause != title and _TOLL_WORD_TITLE.search(first_clause) and _VIOLENCE_TITLE.search(first_clause):
        return False
    if len(title.split()) < MIN_TITLE_WORDS:
        return False
    # A quote that opens the headline is a voice from the scene ("'We buried our neighbours today': Chernihiv counts
    # its dead after Iskander strike"): the rest says what the news is.
    title = _QUOTE_OPENING.sub("", title)
    return (
        _ARMS_AID_TITLE.search(title) is not None
        or (
            _AFTERMATH_TITLE.search(title) is not None
            and _AS_TOLL_TITLE.search(title) is None
            and _SAME_DAY_BURIAL_TITLE.search(title) is None
            and not toll_leads(title, _AFTERMATH_TITLE)
            and _ATTACK_ON_GATHERING_TITLE.search(title) is None
            and not _attack_clause_first(title)
        )
        or _TIME_AFTER_TITLE.search(title) is not None
        or _politics_after_violence(title)
        or _DAYS_ON_TITLE.search(title) is not None
        or _QUIET_TITLE.search(title) is not None
        or (_THREAT_TITLE.search(title) is not None and _TOLL_WORD_TITLE.search(title) is None)
        or _VIOLENCE_TITLE.search(_without_amid(title)) is None
    )


# Forces sent or talks held after violence told in an after-clause: "Army, FC troops deployed along Parachinar road
# after Kurram clashes", "Pakistan, Taliban resume talks in Istanbul after deadly border clashes" report the
# deployment and the talks (a rebuke after a strike still reports the strike).
_DEPLOYED = (
    r"\b(?:troops|soldiers|forces|police|army|battalions?|contingents?|units|reinforcements)\b[^,;:]*?\b(?:deployed"
    r"|sent|rushed|dispatched|redeployed|stationed)\b"
    # (the verb first: "Government sends 1,100 more troops to Sinaloa")
    r"|\b(?:deploys|sends|rushes|dispatches|redeploys)\s+(?:[\w,.'-]+\s+){0,3}?(?:troops|soldiers|forces|police"
    r"|battalions?|contingents?|reinforcements)\b"
)
_POLITICS_TITLE = re.compile(rf"{_DEPLOYED}|\b(?:talks|negotiations|summit)\b", re.IGNORECASE)
# Troops sent to a disaster are its relief: "Troops deployed as floodwaters swamp Bago".
_DEPLOYED_TITLE = re.compile(_DEPLOYED, re.IGNORECASE)


def _politics_after_violence(title: str) -> bool:
    # (an "as" clause sets the scene unless it gives a toll: "Government sends 1,100 more troops to Sinaloa as cartel
    # war enters second year", but not "Troops rushed to Tank as gunmen kill 12")
    for joint in (" after ", " as "):
        main, found, _ = title.partition(joint)
        if (
            found
            and _POLITICS_TITLE.search(main) is not None
            and _VIOLENCE_TITLE.search(main) is None
            and (joint == " after " or _AS_TOLL_TITLE.search(title) is None)
        ):
            return True
    return False


_TITLE_NUMBER = r"(?:\d+|dozens|scores|hundreds|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A toll in the headline makes the attack the news, whatever else it names: "Biden visits Israel as hundreds die in
# hospital strike", "Rebels kill 31 at funeral vigil".
_AS_TOLL_TITLE = re.compile(
    r"\b(?:as|while)\s+(?:[\w'-]+\s+){0,4}?(?:die|dies|died|killed|dead|wounded|injured)\b"
    # A toll still rising keeps the attack the news: "Funerals held as toll reaches 19", "... condemns attack as toll
    # rises".
    rf"|\btoll\s+(?:(?:from|of|in)\s+(?:[\w'-]+\s+){{1,6}}?)?(?:rises|rose|climbs|climbed|reaches|reached|hits|jumps|mounts"
    r"|grows)\b"
    # ("the missile that killed 12 at a cafe was North Korean-made": a recalled attack's toll, not the news)
    rf"|\b(?<!that )(?<!which )(?:kill|kills|killing|killed)\s+(?:at least\s+|more than\s+|over\s+)?{_TITLE_NUMBER}\b"
    # ("Gajiram mourns: 23 buried as survivors recount night of terror": the dead counted at burial)
    rf"|\b{_TITLE_NUMBER}\s+(?:[\w'-]+\s+){{0,3}}?(?:killed|dead|die|died|buried)\b",
    re.IGNORECASE,
)
# The dead buried the day they were killed: the burial tells the attack ("Bani Suheila buries the Abu Shamala family
# hours after dawn air strike"; "Mourners bury family of nine after dawn strike on Khan Younis home").
_SAME_DAY_BURIAL_TITLE = re.compile(
    # ("Odesa mourns victims of overnight drone attack")
    r"\b(?:bur(?:y|ies|ied)|funerals?|laid to rest|mourners|mourns?|mourned)\b[^;:]*?\b(?:hours after|(?:after|following"
    r"|(?:victims|dead)\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:dawn|pre-dawn|predawn|overnight|morning|early-morning"
    r"|night-time|last night's|this morning's)\s+(?:air\s?|drone\s+|missile\s+|rocket\s+)?(?:strikes?|raids?|attacks?"
    r"|bombing|shelling))\b"
    # (the attack in the headline's present tense: "Families bury their dead after RSF fighters storm two villages")
    r"|\b(?:bur(?:y|ies)|funerals?|mourners|mourn)\b[^;:]*?\bafter\s+(?:[\w'-]+\s+){0,3}?(?:fighters|gunmen|militants"
    r"|troops|soldiers|jihadists|bandits|insurgents|rebels|militiamen|attackers|jets|warplanes|drones|missiles)\s+"
    r"(?:storm|raid|attack|hit|strike|kill|bomb|shell|overrun|sweep|torch|pound|target|massacre)\b"
    # (a place that mourns as the weapon "hits": "Sumy mourns after glide bomb hits bus station")
    r"|\bmourns?\s+after\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|missiles?|drones?|strikes?|shells?|rockets?)"
    r"\s+(?:hits?|strikes?|kills?|slams?)\b",
    re.IGNORECASE,
)
# An attack on the mourners themselves is no aftermath: "ADF fighters kill villagers during church vigil in Ituri".
_ATTACK_ON_GATHERING_TITLE = re.compile(
    r"\b(?:kill\w*|attack\w*|massacre\w*|bomb\w*|shoot\w*|shot|storm\w*|raid\w*|strikes?|struck|hits?|opens? fire"
    r"|opened fire)\b(?!'?s?\s+(?:victims|dead|survivors))[^,;:]{0,60}?(?:\b(?:during|at|on)\s+|\s)(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:vigils?|funerals?"
    r"|memorial services?|mourners)\b",
    re.IGNORECASE,
)
# A finding on an earlier attack weighed for the law ("Strike on Odesa block may amount to war crime, rights group
# says"; "... should be investigated as war crime"): an aftermath, still typed as the attack it weighs.
_LEGAL_FINDING = (
    r"(?:may|could|might)\s+(?:amount\s+to|constitute)\s+(?:an?\s+)?war\s+crimes?"
    r"|(?:was|were)\s+(?:likely|probably|possibly|apparently)\s+(?:an?\s+)?war\s+crimes?"
    r"|(?:was|were)\s+(?:likely\s+|probably\s+)?(?:indiscriminate|unlawful|disproportionate)\b"
    r"|(?:should|must)\s+be\s+investigated"
)
_LEGAL_FINDING_TITLE = re.compile(_LEGAL_FINDING, re.IGNORECASE)
_AFTERMATH_TITLE = re.compile(
    # (burying a counted dead is the toll: "'We buried 14 people,' says local official")
    # (not of an attack the headline dates back: "Agatu buries 26 victims of last week's attack")
    # ("Community leader says 31 buried after overnight attack": a counted burial before the verb is the toll too)
    rf"\b(?:visits?|visited|tours?|toured|(?<!\d )bur(?:y|ies|ied)(?!\s+(?:explosive|mines?|bombs?|devices?|under"
    r"|beneath|alive))"
    rf"(?!\s+{_TITLE_NUMBER}\b(?!.*\b(?:last|previous|earlier|ago)\b))"
    r"|funerals?|laid to rest|vigils?|mourners|mourn(?:s|ed)|(?:day|days|period|hours) of (?:national )?mourning|national mourning|memorial services?"
    # A reaction or a remembrance: "UN chief condemns deadly attack on market", "City remembers victims of strike".
    rf"|{_CONDEMN_VERB}\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){{0,4}}?(?:attacks?|strikes?|targeting"
    r"|air ?strikes?|bombings?|killings?|massacres?|shelling|raids?)|remember(?:s|ed)?|commemorat\w+|anniversary"
    r"|(?:hold|holds|held|open|opens|opened|begin|begins|began)\s+(?:[\w-]+\s+)?talks"
    # A council that meets, a government that sanctions: "UN Security Council meets on school strike", "UK
    # sanctions missile makers after deadly strike".
    r"|(?:council|summit|ministers|leaders)\s+(?:meets?|met|to meet|convenes?|convened)"
    r"|^(?:the\s+)?(?:[\w.'-]+\s+){1,2}(?:sanction|sanctions|sanctioned|blacklists?|blacklisted)\s+"
    r"(?!(?:on|against|over|hit|bite|fail)\b)"
    # Remains found and named: "Forensic teams exhume 47 bodies from mass grave", "DNA tests identify victims".
    r"|mass graves?|exhum\w*|dna tests?|identif(?:y|ies|ied)\s+(?:the\s+)?(?:remains|bodies|last|victims)"
    # An investigation's findings: "Investigators say missile that killed 12 at Kharkiv cafe was North Korean-made".
    r"|investigators?\s+(?:say|said|find|found|conclude|concluded)|(?:investigation|probe|inquiry)\s+(?:finds|found|says"
    r"|concludes|concluded|shows|showed)"
    # (a weapon's maker traced: "Amnesty: bomb fragments link US-made munition to deadly Hajjah market raid")
    r"|(?:links?|linked|traces?|traced|ties?|tied)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:munitions?|bombs?|missiles?"
    r"|weapons?|shells?)\s+to\b"
    rf"|{_LEGAL_FINDING}|^investigators?\s*:"
    # A diplomatic protest: "FO summons Afghan charge d'affaires over Kulachi attack".
    r"|summon(?:s|ed)\s+(?:[\w'-]+\s+){0,3}?(?:envoys?|ambassadors?|charg[eé]s? d'affaires|diplomats?)"
    # ("Panel blames 'faulty intelligence' for air strike that killed 16 villagers")
    r"|(?:panel|committee|commission|investigation|probe|inquiry|investigators?)\s+(?:blames?|blamed|faults?|faulted)"
    # A demand to stop: "UN Security Council demands end to RSF siege of El Fasher".
    r"|(?:demands?|demanded|calls? for|called for|urges?|urged)\s+(?:an?\s+|the\s+)?(?:immediate\s+)?(?:end|halt|stop"
    r"|lifting)\s+(?:to|of)\b|demands?\s+(?:[\w-]+\s+){1,2}?(?:end|halt|stop|lift)\b"
    # A court at work: "Court admits statements of church attack suspects", "Bomber jailed for market blast".
    r"|trials?|tribunals?|verdicts?|sentenced|sentences|sentencing|convicted|acquitted|indicted|jailed"
    r"|pleads?\s+(?:not\s+)?guilty|anti-terrorism court|atc"
    # ("Judge charges ten former officials over Beirut port blast")
    r"|charges?\s+(?:[\w-]+\s+){0,3}?(?:officials|suspects|men|ministers|officers|soldiers|people)\s+(?:over|with|for"
    r"|in)|charged\s+(?:over|with|for|in)"
    r"|testif(?:y|ies|ied)|court\s+(?:admits|rules|ruled|hears|heard|orders|ordered|adjourns|adjourned|convicts"
    r"|sentences|acquits|jails|finds|found|grants|rejects|dismisses|upholds))\b",
    re.IGNORECASE,
)


# An attacker or a weapon and what it did: "Gunmen attack village in Plateau", "Drones hit Odesa port".
_ATTACK_CLAUSE = re.compile(
    r"\b(?:gunmen|attackers|assailants|militants|bandits|jihadists|insurgents|rebels|troops|forces|jets|warplanes"
    r"|drones?|missiles?|rockets?|shells|bombs?|bomber|strikes?|air ?strikes?)\b[^;,:]{0,40}?\b(?:attack|attacks"
    r"|attacked|kill|kills|killed|hit|hits|strike|strikes|struck|storm|storms|stormed|raid|raids|raided|pound|pounds"
    r"|shell|shells|bomb|bombs|ambush|ambushes|ambushed|massacre|massacres)\b",
    re.IGNORECASE,
)


def _attack_clause_first(title: str) -> bool:
    """The headline's first clause reports the attack, a later one its aftermath: "Gunmen attack village in
    Nigeria's Plateau state; residents bury victims"."""
    first, sep, _ = title.partition(";")
    return bool(sep) and _AFTERMATH_TITLE.search(first) is None and _ATTACK_CLAUSE.search(first) is not None


def _without_amid(title: str) -> str:
    """The headline without its scene-setting clause: "X amid Y" -> "X"; "Amid Y, X" -> "X"; "X despite Y" -> "X";
    "X days after Y" -> "X".
    ("X after Y" keeps Y:
    a president's rebuke after a deadly strike on the capital reports the strike.)"""
    if title[:5].lower() == "amid ":
        return title.split(",", 1)[1] if "," in title else title
    return _AMID.split(title, 1)[0]


_CEASEFIRE = re.compile(r"\b(?:ceasefire|cease-fire|truce|peace talks|peace deal)\b", re.IGNORECASE)
_SANCTIONS = re.compile(r"\bsanctions?\b", re.IGNORECASE)


def topic_slugs(theatre: str | None, event_type: str | None, sub: str | None, weapons: list[str],
                signals: Signals, killed: int | None, lead: str) -> list[str]:  # fmt: skip
    slugs: list[str] = []
    if theatre:
        slugs.append(theatre)
    if event_type == REMOTE:
        if sub == SUICIDE:
            slugs.append("suicide-bombing")
        elif sub in (IED, GRENADE):
            slugs.append("bombing")
        else:
            if "missile" in weapons:
                slugs.append("missile-strike")
            if "drone" in weapons:
                slugs.append("drone-strike")
            if "aircraft" in weapons:
                slugs.append("airstrike")
            if "artillery_rocket" in weapons:
                slugs.append("shelling")
    elif event_type == BATTLES:
        slugs.append("battle")
    elif event_type == VAC:
        slugs.append("civilian-attack")
    elif event_type == PROTESTS:
        slugs.append("protest")
    elif event_type == RIOTS:
        slugs.append("riot")
    elif event_type == STRATEGIC:
        slugs.append("interception" if signals.main["e_intercept"] else "diplomacy")
        if _CEASEFIRE.search(lead):
            slugs.append("ceasefire")
        if _SANCTIONS.search(lead):
            slugs.append("sanctions")
    if killed is not None and killed >= 10 and event_type in VIOLENT_EVENT_TYPES:
        slugs.append("mass-casualty")
    return [s for s in dict.fromkeys(slugs) if s in TOPIC_SLUGS]
