"""Conflict tagging: event type, places, casualties, severity and alert decision for one article.

`tag_article` is the one entry point, used by the stream processor and by `tocsin analyze` alike. It is pure and
deterministic; the gazetteer and the rules are loaded once per process on first use.
"""

from __future__ import annotations

import gc
import re
import threading
from collections import Counter
from dataclasses import replace
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

from shared.contracts.models import Casualties, Place, Tags

from .casualties import background_cues, extract_casualties, nut_graf
from .events import (
    GRENADE,
    GRENADE_MASS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    SUICIDE,
    THEATRE_BY_COUNTRY,
    VAC,
    VIOLENT_EVENT_TYPES,
    WAR_PARTY_COUNTRIES,
    WAR_ZONE_COUNTRIES,
    WEAPONS_OF_WAR,
    Signals,
    accident_ruled_late,
    business_title,
    classify_event,
    collect_signals,
    condemns_an_attack,
    culture_title,
    economy_title,
    find_actors,
    follow_up_title,
    headline_main_clause,
    home_front_title,
    lead_reports_separate_attacks,
    names_a_match,
    recalls_an_attack,
    rival_factions,
    sports_page,
    title_names_a_toll,
    title_not_discrete,
    title_reports_no_violence,
    topic_slugs,
    year_tally_title,
)
from .gazetteer import Entry, Gazetteer, Mention, key_of
from .language import detect_language, foreign_headline
from .polish import read_polish
from .severity import SeverityRules
from .text import (
    dateline_end,
    in_link_list,
    is_link_label,
    is_list_link,
    normalize,
    opening_headline,
    prose_reach,
    site_title,
    split_sentences,
    story_first,
)
from .text import lead_end as find_lead_end
from .wordindex import word_starts

__all__ = ["Tagger", "clear_caches", "tag_article"]

SCENE_LEDE_SENTENCES = 3  # how far past a lede that names no event its news is looked for
SENTENCES_BEFORE_A_LATE_TOLL = 3  # a late toll's preceding sentences, read when no other names an event

MAX_TEXT_CHARS = 30_000  # long pages add boilerplate, not facts about the main event
MAX_PLACES = 8
PLACE_SENTENCES = 8  # places are looked up in the first sentences and the casualty sentences
LEAD_SENTENCES = 3
_DAYS_BEFORE = re.compile(
    r"\b(?:earlier this week|last week|last weekend|(?:two|three|four|five|six|seven|\d) days (?:ago|earlier|before)"
    # ("announced the end of the search ..., five days after air strikes destroyed the market")
    r"|(?:three|four|five|six|seven|[3-9]) days after"
    r"|last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)


def _lead_dates_it_before(lead: list[str], reference: date | None) -> bool:
    """The lead dates its attack days before the report ("last week", "three weeks ago", "on 18 February"; not a
    record's "deadliest in recent weeks")."""
    for sentence in lead:
        if _DAYS_BEFORE.search(sentence) is not None:
            return True
        at = background_cues(sentence, reference)[0]
        if at is not None and _DATE_OR_AGO.match(sentence, at) is not None:
            return True
    return False


# The lead puts the attack within hours or a day of the funeral it reports ("hours after an air strike", "a day after
# gunmen stormed the village", "late on Sunday", "at dawn"): the attack is still the news.
_RECENT_IN_LEAD = re.compile(
    r"\bhours (?:after|earlier|before)\b|\b(?:a|one) day (?:after|earlier|before)\b|\bthe (?:previous|preceding) "
    r"(?:day|night|evening)\b|\bthe (?:day|night) before\b|\b(?:late|early) (?:on )?(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)\b|\bovernight\b|\bduring the night\b|\b(?:last|that) night\b|\byesterday\b"
    r"|\bearlier (?:that|in the|the same) day\b|\bpre-?dawn\b|\bat dawn\b",
    re.IGNORECASE,
)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LEAD_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_AFTERMATH_TITLE = re.compile(r"\bmourning\b|\bvisit(?:s|ed)?\b", re.IGNORECASE)
# (the decree that tells its attack, not one "in memory of those killed in Saturday's attack")
_TELLS_WHAT_CAME_BEFORE = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
AFTERMATH_DAYS = 2  # a decree of mourning or a visit this soon after its attack still reports it


def _aftermath_days_after(title: str, lead: list[str]) -> bool:
    """A state's mourning decreed, or a minister's visit, a day or two after the attack the lead dates: "declared 72
    hours of national mourning on Friday after jihadist fighters attacked an army detachment ... on Wednesday", "flew
    to Lamu County on Tuesday ... after a roadside bomb killed eight police officers on Monday" (the attack is the
    news; a funeral's weekdays are not read so)."""
    if _AFTERMATH_TITLE.search(title) is None:
        return False
    at = next((i for i, sentence in enumerate(lead) if _LEAD_WEEKDAY.search(sentence)), None)
    if at is None or _TELLS_WHAT_CAME_BEFORE.search(lead[at]) is None:
        return False
    # the aftermath's day, then the attack's (in the same sentence or the next: "... on Thursday, the army said")
    days = [_WEEKDAY_NAMES.index(m.group(1).lower()) for s in lead[at : at + 2] for m in _LEAD_WEEKDAY.finditer(s)]
    return len(days) >= 2 and 1 <= (days[0] - days[1]) % 7 <= AFTERMATH_DAYS


# The lead opens weeks or more after its event: "Three weeks after soldiers swept through a village, witnesses have
# compiled the names of 34 men" (an account long after, not news of the killings).
_LEAD_LONG_AFTER = re.compile(
    r"^(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:weeks|months|years)|a\s+(?:month|year))"
    r"\s+(?:after|since)\b",
    re.IGNORECASE,
)


# A calendar date or a span ago, where a sentence's other time starts ("18 February", "three weeks ago").
_DATE_OR_AGO = re.compile(r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|[\w-]+\s+(?:days|weeks?|months?)\s+ago\b")


_MARCH_THROUGH = re.compile(r"\bthrough (?:central |downtown )?$", re.IGNORECASE)


def _headline_place_first(
    ranked: list[Entry], mentions: list[Mention], headline: str, event_type: str | None
) -> list[Entry]:
    """Two headlines whose place is not the best-scored one. A live page's headline joins stories: the toll's clause
    names the event's place ("Kharkiv toll rises to six; Zelensky meets Nordic leaders in Oslo"). A march is where it
    walks, not the war it is about ("Thousands march through London for Gaza ceasefire")."""
    title_mentions = [m for m in mentions if m.sentence_index == 0 and not (m.metonym or m.recalled)]
    first: Entry | None = None
    clause_end = headline.find(";")
    if clause_end > 0 and event_type in VIOLENT_EVENT_TYPES and title_names_a_toll(headline[:clause_end]):
        in_toll_clause = [m.entry for m in title_mentions if m.start < clause_end]
        after_it = [m.entry for m in title_mentions if m.start > clause_end and m.entry not in in_toll_clause]
        if ranked and ranked[0] in after_it:
            first = next((e for e in ranked if e in in_toll_clause), None)
    elif event_type == PROTESTS:
        first = next((m.entry for m in title_mentions if m.entry.kind == "city" and not m.neighbour
                      and (m.locative or _MARCH_THROUGH.search(headline, 0, m.start) is not None)), None)  # fmt: skip
    if first is None or first not in ranked:
        return ranked
    return [first, *(e for e in ranked if e is not first)]


def _blamed_below_lead(sentences: list[str]) -> bool:
    """The dead are blamed a few paragraphs down on an armed group: "... attributed the killings to the Gulf Clan",
    "militants hiding in the forest above the road opened fire on the bus"."""
    return bool(find_actors(sentences)[0]) or any(_INSURGENTS.search(s) for s in sentences)


# (and ACLED's communal militias: "the attackers, suspected to be armed herders")
_INSURGENTS = re.compile(
    r"\b(?:militants|insurgents|jihadists|terrorists|rebels|armed herders|herdsmen|militiamen)\b(?![\w-])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_GUNMEN = re.compile(
    r"\b(?:gunmen|attackers|assailants|terrorists|(?:two|three|four) (?:men|gunmen|attackers))\b", re.I
)
# Armed conflicts whose violence reads like crime unless the place is known: where armed gangs hold territory against
# the state and a foreign security mission (ACLED codes Haiti's gangs as armed groups), and Thailand's Malay-Muslim
# insurgency in its three southern provinces. Named in the headline or lead, with the main place in that country,
# their violence and the moves around it are the conflict's.
CONFLICT_AREAS = {
    "HT": re.compile(r"\bgangs?\b|\bgang-", re.IGNORECASE),
    # Cartels' and gangs' wars for territory in Mexico and Ecuador (ACLED codes them as armed groups; a gang war in
    # Marseille or Cape Town is crime).
    "MX": re.compile(r"\bcartels?\b|\b(?:gang|turf|narco)[ -]wars?\b", re.IGNORECASE),
    # (not a riot of inmates: "Two inmates killed in riot at Guayaquil's Litoral prison")
    "EC": re.compile(
        r"^(?![\s\S]*\b(?:prisons?|inmates|penitentiary|jail)\b)[\s\S]*(?:\bgangs?\b|\bgang-|\bcartels?\b|\bnarco[ -])",
        re.IGNORECASE,
    ),
    # An attack on a named community or village in the states of the north and the Middle Belt: the raids of armed
    # herders, bandits and jihadists ("the attack on Hurti community in Bokkos LGA of Plateau State").
    "NG": re.compile(
        r"^(?=[\s\S]*\battack(?:s|ed)?\s+on\s+(?:the\s+)?[A-Z][\w-]+\s+(?:community|communities|village|villages)\b)"
        r"(?=[\s\S]*\b(?:Plateau|Benue|Zamfara|Katsina|Borno|Yobe|Adamawa|Kaduna|Niger State|Sokoto|Kebbi|Taraba"
        r"|Nasarawa)\b)"
    ),
    "TH": re.compile(r"\b(?:Narathiwat|Pattani|Yala|deep south|BRN|Barisan Revolusi Nasional)\b", re.IGNORECASE),
    # Gunmen in Khyber Pakhtunkhwa's border districts or in Balochistan: the TTP's and the Baloch insurgencies, and the
    # sectarian war of Kurram ("Gunmen opened fire on a police-escorted convoy near Bagan in Lower Kurram"). (Not
    # "armed men": two families' men who "took positions on the rooftops" in a land feud.)
    "PK": re.compile(
        r"^(?=[\s\S]*\b(?:gunmen|militants|terrorists|attackers|assailants)\b)(?=[\s\S]*\b(?:Kurram"
        r"|Parachinar|Waziristan|Bajaur|Orakzai|Mohmand|Bannu|Lakki Marwat|Dera Ismail Khan|D\.\s?I\.\s?Khan|Tank|Dir"
        r"|Khyber Pakhtunkhwa|Balochistan|Baluchistan|Quetta|Turbat|Kech|Gwadar|Panjgur|Mastung|Kalat|Bolan|Noshki"
        r"|Kachhi|Zhob|Loralai|Khuzdar|Awaran|Musakhel)\b)",
        re.IGNORECASE,
    ),
    # Gunmen in Jammu and Kashmir or Manipur: the insurgencies, not crime ("Gunmen kill nine at wedding gathering in
    # Rajouri"; the police's "police said" is no crime cue there); central forces sent to Manipur, its ethnic conflict.
    "IN": re.compile(
        r"^(?:(?=[\s\S]*\b(?:gunmen|militants|terrorists|armed men)\b)(?=[\s\S]*\b(?:Jammu and Kashmir|Kashmir"
        r"|Rajouri|Poonch|Kathua|Doda|Kishtwar|Reasi|Udhampur|Anantnag|Pulwama|Shopian|Kulgam|Baramulla|Kupwara"
        r"|Manipur)\b)|(?=[\s\S]*\bManipur\b)(?=[\s\S]*\b(?:CAPF|CRPF|Assam Rifles|central forces|Kuki|Meitei)\b))",
        re.IGNORECASE,
    ),
}
SMALL_PLACE_POPULATION = 100_000
REGION_VOTES = 3  # a state or province named in the text all but fixes the country
LISTED_VILLAGE_VOTES = 3  # so does a village of data/villages.tsv that no other country has


class Tagger:
    """Holds the loaded gazetteer and severity rules; `tag` is pure given them."""

    def __init__(self, *, severity_rules: str | Path | SeverityRules | None = None,
                 gazetteer: Gazetteer | None = None) -> None:  # fmt: skip
        self.rules = severity_rules if isinstance(severity_rules, SeverityRules) else SeverityRules.load(severity_rules)
        self.gazetteer = gazetteer or Gazetteer.load()

    def tag(self, title: str, text: str, *, published: str | None = None, url: str | None = None,
            language: str | None = None) -> Tags:  # fmt: skip
        title = " ".join(normalize(title or "").split())
        body = normalize(text or "")[:MAX_TEXT_CHARS]
        if not title:  # (a page stored without its headline field often opens with the headline)
            title, body = opening_headline(body)
        title = headline_main_clause(title)
        lang = detect_language(f"{title}\n{body}", hint=language)
        if title and ((lang == "en" and foreign_headline(title)) or site_title(title)):
            # The original's headline over an English translation, or the site's title over the story: the story's
            # own headline, when the text opens with one (not a dateline: "Cúcuta, 26 August 2025 - English
            # edition"), or none.
            english, rest = opening_headline(body)
            if english and _YEAR.search(english) is None:
                title, body = headline_main_clause(english), rest
            else:
                title = ""
        sentences = story_first([title, *split_sentences(body)]) if title else split_sentences(body)
        # Two leads: the story's (furniture above it skipped) for tolls and event signals; the first sentences as
        # they come for places, actors and country votes (moving those too changed conflict for the worse).
        lead_end = LEAD_SENTENCES + (1 if title else 0)
        story_lead_end = find_lead_end(sentences, bool(title), LEAD_SENTENCES)
        if lang not in (None, "en"):
            mentions, demonyms = self.gazetteer.find(sentences[:PLACE_SENTENCES])
            ranked = _rank_entries(mentions, set(), bool(title), Counter())
            places = [_place(e) for e in ranked]
            if lang != "pl":
                # English patterns on other languages give noise, not facts: places only, never an alert.
                return Tags(language=lang, places=places)
            return self._tag_polish(sentences, places)

        reference = _reference_date(published)
        casualties, _figures = extract_casualties(sentences, reference, story_lead_end)
        killed = casualties.killed.min if casualties.killed else None
        injured = casualties.injured.min if casualties.injured else None
        evidence = _evidence_indices(sentences, casualties)
        # Only the sentences that can describe the main event are read closely: title, lead, casualty sentences.
        focus = sorted(set(range(min(story_lead_end, len(sentences)))) | evidence)
        nut = nut_graf(sentences, story_lead_end) if title else None
        if nut is not None:  # a feature's paragraph that names the attack its scene-setting lede leaves out
            focus = sorted({*focus, nut})
        signals = collect_signals(title, sentences, focus, evidence)
        if not signals.main and (killed or injured) and evidence and min(evidence) > story_lead_end:
            # A feature whose lede and headline name nothing violent and whose toll comes in a quote further down
            # ("We buried nineteen of our people"): the sentences just before that toll tell what happened.
            first = min(evidence)
            focus = sorted({*focus, *range(max(story_lead_end, first - SENTENCES_BEFORE_A_LATE_TOLL), first)})
            signals = collect_signals(title, sentences, focus, evidence)
        # ("Read more: Burkina Faso, Mali and Niger deepen ..." and the items of a "Related" list link to other stories:
        # their places are not this one's)
        place_focus = [
            i
            for i in sorted(set(range(min(max(PLACE_SENTENCES, lead_end), len(sentences)))) | evidence)
            if not (is_link_label(sentences[i]) or is_list_link(sentences[i]) or in_link_list(sentences, i))
        ]
        mentions, demonyms = self.gazetteer.find([sentences[i] for i in place_focus], place_focus)
        call = classify_event(signals, killed, injured, title)
        if call.event_type is None and call.violent_conflict_cues and killed is None and injured is None:
            # A lede that sets a scene names no event (two envoys drinking tea in a hotel lobby): the next
            # paragraphs say what the news is (the talks they came for).
            # (a strategic development only: a violent event found that far down is as likely background)
            further = [
                i
                for i in range(story_lead_end, prose_reach(sentences, story_lead_end, SCENE_LEDE_SENTENCES))
                if i not in focus
            ]
            more = collect_signals(title, sentences, further, evidence)
            further_signals = Signals(
                main=signals.main + more.main, body=signals.body + more.body, title=signals.title + more.title
            )
            further_call = classify_event(further_signals, killed, injured, title)
            if further_call.event_type == STRATEGIC:
                signals, call = further_signals, further_call
        if call.event_type in VIOLENT_EVENT_TYPES and accident_ruled_late(title, sentences[1 if title else 0 :]):
            call = replace(call, event_type=None, sub_event_type=None, weapons=[], disaster=True)

        lead_text = " ".join(sentences[:lead_end])
        # (and past a masthead or menu scraped above the story, to its own lead)
        through_story_lead = " ".join(sentences[: max(lead_end, story_lead_end)])
        actors, theatre_votes = find_actors(sentences[:lead_end])
        country_votes: Counter[str] = Counter()
        for cc, si in demonyms:
            country_votes[cc] += 2 if si < lead_end else 1
        # The countries the text points to: named countries, demonyms, armed groups and forces. They choose
        # between places of the same name and stand in when no place is named at all.
        context = country_votes + self.gazetteer.forces_countries([sentences[i] for i in place_focus])
        focus_sentences = {i: sentences[i] for i in place_focus}
        mentions = self.gazetteer.resolve_regions(mentions, focus_sentences, context)
        for m in mentions:
            if m.neighbour or m.recalled:
                continue  # a country across the border, where fire came from or a since-clause points nowhere
            if m.entry.kind == "country":
                context[m.entry.country_code] += 2
            elif m.key in self.gazetteer.alternatives:
                continue  # a name places share abroad does not vote
            elif m.entry.kind == "region" or self.gazetteer.called_region(m, focus_sentences[m.sentence_index]):
                context[m.entry.country_code] += REGION_VOTES  # "Kassala state": the state as well as the city
            elif m.entry.listed:
                context[m.entry.country_code] += LISTED_VILLAGE_VOTES  # a village only one country has
        if len({cc for cc, _ in demonyms}) >= 2:
            # "Israeli forces fired at Palestinian farmers": the victims' side, where the event took place. Only
            # sentences naming a people can name either side.
            with_demonyms = sorted({si for _, si in demonyms})
            victims = self.gazetteer.victim_countries([sentences[i] for i in with_demonyms])
            if victims:
                lead = max(context.values())
                for cc in victims:
                    context[cc] = max(context[cc], lead + 1)
        # A country named across a border stands as the place only when the text points nowhere else.
        mentions = [m for m in mentions if not (m.neighbour and context and m.entry.country_code not in context)]
        mentions = self.gazetteer.resolve_addresses(mentions, focus_sentences)
        mentions = self.gazetteer.resolve_homonyms(mentions, context, focus_sentences)
        first_body = 1 if title else 0
        datelines = {
            i: end for i in range(first_body, min(lead_end, len(sentences))) if (end := dateline_end(sentences[i]))
        }
        ranked = _rank_entries(mentions, evidence, bool(title), context, lead_end, datelines)
        if title:
            ranked = _headline_place_first(ranked, mentions, sentences[0], call.event_type)
        if context and (not ranked or _doubtful(ranked[0], context)):
            # No place, or only a village abroad while the text points elsewhere (a village the gazetteer lacks,
            # sharing a foreign town's name): the country the text points to stands as the place.
            # (not when it points there only by naming the attackers: a town across the line they fired over)
            top_code = context.most_common(1)[0][0]
            top = self.gazetteer.countries.get(top_code)
            if top is not None and not (
                ranked
                and context[top_code] == country_votes[top_code]
                and self.gazetteer.named_only_as_attacker(top_code, list(focus_sentences.values()))
            ):
                ranked = [top, *ranked][:MAX_PLACES]
        places = [_place(e) for e in ranked]
        area = CONFLICT_AREAS.get(places[0].country_code or "") if places else None
        if area is not None and area.search(f"{title} {through_story_lead}"):
            call = replace(call, crime=False, violent_conflict_cues=True)
        elif call.event_type == RIOTS and rival_factions(" ".join(sentences[i] for i in focus)):
            call = replace(call, crime=False, violent_conflict_cues=True)  # rival factions' riot: political violence

        event_type = call.event_type
        # (talks, a visit or a call-up already read as a strategic development are the war's politics too)
        war_politics = (
            event_type in (None, STRATEGIC)
            and not (call.disaster or call.crime)
            and bool(places)
            # The main place at war, or a headline that names the war ("Ukraine war live: ...").
            and (places[0].country_code in WAR_PARTY_COUNTRIES or signals.title["c_conflict"] > 0)
            and _about_a_war(mentions, bool(title), call.violent_conflict_cues)
        ) or (
            # Talks between two sides at war, wherever held: "Russian and Ukrainian delegations met in Istanbul".
            event_type == STRATEGIC
            and not (call.disaster or call.crime)
            and len({cc for cc, si in demonyms if si < lead_end and cc in WAR_PARTY_COUNTRIES}) >= 2
            and _TALKS.search(lead_text) is not None
        )
        if war_politics:
            event_type = STRATEGIC
        conflict = event_type is not None and not call.disaster and not call.crime
        sport = sports_page(title, sentences[1 if title else 0 : max(lead_end, story_lead_end)])
        # A campus row, a celebrity's post or a broadcaster's apology about a war is home news, not its politics.
        # (a shoot-down in the headline is the war's news, whatever was on below it: "Missile from Yemen intercepted
        # as thousands attend Tel Aviv concert")
        home_front = (
            event_type in (STRATEGIC, PROTESTS, RIOTS)
            and not signals.title["e_intercept"]
            and (
                home_front_title(title)
                or sport
                or culture_title(title)
                # (markets and trade: "Mogadishu port cargo volumes rise as new terminal opens")
                or (event_type == STRATEGIC and business_title(title))
            )
        )
        if event_type == STRATEGIC and (home_front or not (call.violent_conflict_cues or actors or war_politics)):
            event_type = None  # "talks" and "deals" outside any conflict are business or politics
            conflict = False
        elif event_type in (STRATEGIC, PROTESTS, RIOTS):
            # A riot is violence wherever it happens, but not a match's fans: "One fan dead as violence erupts at
            # Lima derby".
            at_home = (home_front and event_type != RIOTS) or (event_type == RIOTS and (sport or names_a_match(title)))
            conflict = conflict and not at_home and (call.violent_conflict_cues or bool(actors) or war_politics)
        elif event_type in VIOLENT_EVENT_TYPES:
            # Missiles, air strikes, suicide and planted bombs are weapons of war whoever the text names.
            # (the weapon named, not the sub-event type's fallback: "struck a truck" names no weapon)
            military = call.sub_event_type == SUICIDE or call.planted_bomb or bool(set(call.weapons) & WEAPONS_OF_WAR)
            # A grenade hurled into a crowd that kills or hurts many is an armed group's weapon, not a brawl's.
            military = military or (call.sub_event_type == GRENADE and (killed or 0) + (injured or 0) >= GRENADE_MASS)
            war_zone = bool(places) and places[0].country_code in WAR_ZONE_COUNTRIES
            # Gunmen (more than one) firing on people in a state at war, with no sign of crime, are the war's
            # attackers: "two gunmen opened fire on commuters at a light rail station in Jaffa".
            war_zone = war_zone or (
                event_type == VAC
                and "small_arms" in call.weapons
                and bool(places)
                and places[0].country_code in WAR_PARTY_COUNTRIES
                and _GUNMEN.search(f"{title} {lead_text}") is not None
            )
            conflict = (
                conflict
                and (
                    call.violent_conflict_cues
                    or bool(actors)
                    or bool(theatre_votes)
                    or military
                    or war_zone
                    # (as far down the story as below a plain lead, past a masthead and menus above it)
                    or (
                        bool(killed)
                        and not call.crime
                        and _blamed_below_lead(
                            sentences[lead_end : PLACE_SENTENCES + max(0, story_lead_end - lead_end)]
                        )
                    )
                )
                and not (sport or culture_title(title))
                # An economy headline over strikes that hurt no one: "Brent jumps 4% as ... after strikes on Yemen".
                # (nor when the toll is only the body's: "Brent tops $80 as strikes on Yemen stoke shipping fears")
                # (or a rate decision that cites the war: "Bank of Israel holds rate, cites war spending")
                and not (
                    (economy_title(title) or business_title(title))
                    and ((killed is None and injured is None) or not title_names_a_toll(title))
                )
            )
        # A condemnation of an attack whose toll the text gives reports the attack.
        # (not days later: "condemned an attack ... earlier this week")
        condemned_with_toll = (
            killed is not None and condemns_an_attack(title) and _DAYS_BEFORE.search(through_story_lead) is None
        )
        # A funeral within a day of the attack tells the attack: "... bury their dead, hours after an air strike"; so
        # does a decree of mourning or a visit a day or two after it (`_aftermath_days_after`).
        story_lead = sentences[first_body:story_lead_end]
        told_by_its_funeral = (
            killed is not None
            and (
                (follow_up_title(title) and any(_RECENT_IN_LEAD.search(sentence) for sentence in story_lead))
                or _aftermath_days_after(title, story_lead)
            )
            and not _lead_dates_it_before(story_lead, reference)
        )
        if (
            conflict
            and event_type in VIOLENT_EVENT_TYPES
            and not recalls_an_attack(title)
            and not condemned_with_toll
            and not year_tally_title(title)  # a period's count is the news of the violence it counts
            and (
                title_reports_no_violence(title)
                or (killed is None and injured is None and (call.non_discrete or title_not_discrete(title)))
            )
            and not told_by_its_funeral
        ):
            # The news is aid, a visit, a call for a truce, or a page that reports no single event and no toll:
            # the violence in the text is its background, and the article's own event a strategic development.
            event_type, call = STRATEGIC, replace(call, sub_event_type=None, weapons=[])
            if home_front_title(title):
                event_type, conflict = None, False
        theatre = None
        if conflict:
            main_cc = places[0].country_code if places else None
            theatre = THEATRE_BY_COUNTRY.get(main_cc or "") or (
                theatre_votes.most_common(1)[0][0] if theatre_votes else None
            )
            if theatre is None and country_votes:
                theatre = THEATRE_BY_COUNTRY.get(country_votes.most_common(1)[0][0])
        discrete = (
            conflict
            and event_type in VIOLENT_EVENT_TYPES
            and (condemned_with_toll or told_by_its_funeral or not (call.non_discrete or title_not_discrete(title)))
            and not year_tally_title(title)
            and not lead_reports_separate_attacks(sentences[first_body:story_lead_end])
            # (a funeral for the dead of an attack "last week", a victim's death three weeks after the strike)
            and not (follow_up_title(title) and _lead_dates_it_before(story_lead, reference))
            and not any(_LEAD_LONG_AFTER.match(sentence) for sentence in story_lead)
        )
        severity = self.rules.severity(conflict, killed, injured)
        alert = conflict and self.rules.should_alert(
            severity=severity, event_type=event_type, discrete=discrete, language=lang
        )
        return Tags(
            conflict=conflict,
            event_type=event_type,
            sub_event_type=call.sub_event_type,
            topics=topic_slugs(theatre, event_type, call.sub_event_type, call.weapons, signals, killed, lead_text)
            if conflict
            else [],
            theatre=theatre,
            weapons=call.weapons,
            actors=actors if conflict else [],
            places=places,
            casualties=casualties,
            severity=severity,
            alert=alert,
            language=lang,
        )

    def _tag_polish(self, sentences: list[str], places: list[Place]) -> Tags:
        event = read_polish(sentences)
        killed = event.casualties.killed.min if event.casualties.killed else None
        injured = event.casualties.injured.min if event.casualties.injured else None
        severity = self.rules.severity(event.conflict, killed, injured)
        discrete = event.conflict and event.event_type in VIOLENT_EVENT_TYPES
        alert = self.rules.should_alert(
            severity=severity, event_type=event.event_type, discrete=discrete, language="pl"
        )
        theatre = THEATRE_BY_COUNTRY.get(places[0].country_code or "") if event.conflict and places else None
        return Tags(
            conflict=event.conflict,
            event_type=event.event_type,
            sub_event_type=event.sub_event_type,
            theatre=theatre,
            places=places,
            casualties=event.casualties,
            severity=severity,
            alert=alert,
            language="pl",
        )


def _reference_date(published: str | None) -> date | None:
    """The report's date from ISO 8601 ("2025-01-25T12:00:00Z") or, as feeds write it, RFC 2822 ("Sat, 25 Jan 2025
    12:00:00 -0500"); None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(published).date()
    except (TypeError, ValueError):
        return None


def _evidence_indices(sentences: list[str], casualties: Casualties) -> set[int]:
    found: set[int] = set()
    for toll in (casualties.killed, casualties.injured):
        if toll and toll.evidence:
            prefix = toll.evidence.removesuffix("...")
            found.update(i for i, s in enumerate(sentences) if s.startswith(prefix))
    return found


_TALKS = re.compile(
    r"\b(?:talks|negotiat\w+|ceasefire|truce|delegations?|peace|prisoner (?:swaps?|exchanges?))\b", re.IGNORECASE
)


def _about_a_war(mentions: list[Mention], has_title: bool, war_cues: bool) -> bool:
    """The headline names a place of a country at war, or of a state fighting one when the text has cues of the
    war (most news from Russia or Israel is not about their wars)."""
    in_title = {m.entry.country_code for m in mentions if has_title and m.sentence_index == 0}
    if in_title & WAR_ZONE_COUNTRIES:
        return True
    return bool(in_title & WAR_PARTY_COUNTRIES) and (
        war_cues or any(m.entry.country_code in WAR_ZONE_COUNTRIES for m in mentions)
    )


FIGHTING_ABROAD = WAR_PARTY_COUNTRIES - WAR_ZONE_COUNTRIES  # states at war on others' ground (Israel, Russia)


def _doubtful(entry: Entry, context: Counter[str]) -> bool:
    """A small place from geonames in a country the text does not point to. A town in a country at war while the
    text points only to a state fighting there ("a Russian strike on a market in Kostiantynivka") is the war's."""
    belligerents_only = bool(context) and all(cc in FIGHTING_ABROAD for cc in context)
    return (
        entry.kind == "city"
        and not entry.curated
        and not entry.listed
        and entry.population < SMALL_PLACE_POPULATION
        and entry.country_code not in context
        and not (belligerents_only and entry.country_code in WAR_ZONE_COUNTRIES)
    )


def _place(entry: Entry) -> Place:
    return Place(name=entry.name, country_code=entry.country_code, lat=entry.lat, lon=entry.lon, kind=entry.kind)


def _rank_entries(mentions: list[Mention], evidence: set[int], has_title: bool, country_votes: Counter[str],
                  lead_end: int | None = None, datelines: dict[int, int] | None = None) -> list[Entry]:  # fmt: skip
    """Main event's place first: where the toll is stated, then the title and lead, then the most repeated. A
    dateline names where the reporter files from ("DUBAI, United Arab Emirates (AP) - US strikes on Sanaa ..."): it
    earns no place in the lead."""
    scores: dict[tuple[str, str], float] = {}
    first_seen: dict[tuple[str, str], int] = {}
    entries = {}
    if lead_end is None:
        lead_end = LEAD_SENTENCES + (1 if has_title else 0)
    counts: Counter[tuple[str, str]] = Counter()
    for n, m in enumerate(mentions):
        key = (m.entry.name, m.entry.country_code)
        entries[key] = m.entry
        first_seen.setdefault(key, n)
        counts[key] += 1
        s = 0.0
        if datelines and 0 <= m.start < datelines.get(m.sentence_index, 0):
            s -= 1  # the dateline's city: where the report was filed
        else:
            # (the toll's sentence names where the fire came from only as its origin: "as rocket from Lebanon hits
            # Kiryat Shmona")
            if m.sentence_index in evidence and not m.recalled:
                s += 5
            if has_title and m.sentence_index == 0:
                s += 3
            elif m.sentence_index < lead_end:
                s += 2
            if m.locative:
                s += 1
        if m.metonym or m.recalled or m.neighbour:
            s -= 3
        scores[key] = max(scores.get(key, -99.0), s)
    ranked = []
    for key, s in scores.items():
        entry = entries[key]
        total = s + min(counts[key], 4) * 0.5 + (0.5 if country_votes.get(entry.country_code) else 0)
        if country_votes and _doubtful(entry, country_votes):
            total -= 5  # a village of that name abroad, while the text points elsewhere: likely another place
        total += {"country": -4.0, "region": -0.5}.get(entry.kind, 0.0)
        ranked.append((-total, first_seen[key], key))
    ranked.sort()
    return [entries[k] for _, _, k in ranked[:MAX_PLACES]]


def clear_caches(tagger: Tagger | None = None) -> None:
    """Forget the memoised words and names (benchmarks call it so repeated runs measure fresh text)."""
    word_starts.cache_clear()
    key_of.cache_clear()
    if tagger is not None:
        tagger.gazetteer.clear_cache()


def freeze_loaded_data() -> None:
    """Move every object loaded so far (the gazetteer holds about 200,000) out of the cyclic collector's sight.
    They live as long as the process; left in view, each full collection walks them again, and once a long-running
    tagger's caches have filled that halved its throughput (`bench/bench_analyze.py` measures both states)."""
    gc.collect()
    gc.freeze()


_TAGGER: Tagger | None = None
_LOCK = threading.Lock()


def default_tagger() -> Tagger:
    """The process-wide tagger, loaded on first use (about a second: the gazetteer)."""
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                _TAGGER = Tagger()
    return _TAGGER


def tag_article(title: str, text: str, *, published: str | None = None, url: str | None = None,
                language: str | None = None) -> Tags:  # fmt: skip
    """Tag one article (see the module docstring). `url` is accepted for the contract and reserved for
    source-specific cleaning; it does not change the result today."""
    return default_tagger().tag(title, text, published=published, url=url, language=language)
