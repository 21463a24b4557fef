"""Incident correlation: reports of one event share an incident; a rising toll is a revision, not a new alert.

`decide` is pure: given the stored incident (or None) and a new report it returns the next state and the alert to
send, if any. Alert ids are `<incident_id>:<revision>`, so a replayed report produces nothing new.
"""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from shared.contracts.models import Alert, AlertSource, Casualties, TaggedArticle, Toll
from shared.ids import stable_hash
from shared.timeutil import iso, now_iso, parse_iso

SEVERITY_RANK = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
MAX_SOURCES = 25  # an alert lists at most this many reports; the count keeps growing in `report_count`


class IncidentState(msgspec.Struct, kw_only=True):
    incident_id: str
    revision: int
    alert: Alert
    article_ids: list[str]
    report_count: int = 1
    published_revision: int = 0  # last revision written to the Kafka `alerts` topic


@dataclass(frozen=True, slots=True)
class Decision:
    state: IncidentState
    alert: Alert | None  # None: the report joins the incident without a new revision
    kind: str  # "new" | "revision" | "same_incident" | "replay"


def event_day(article: TaggedArticle) -> str:
    """The UTC day of the event: the article's publication day, else the day it was fetched."""
    for value in (article.published, article.fetched_at):
        ts = parse_iso(value)
        if ts is not None:
            return iso(ts)[:10]
    return now_iso()[:10]


def incident_id_for(article: TaggedArticle, day: str) -> str:
    """Same main place (or, without one, the same article), same event type, same day -> same incident."""
    tags = article.tags
    if tags.places:
        main = tags.places[0]
        where = f"{(main.country_code or '').upper()}/{main.name.casefold()}"
    else:
        where = f"article/{article.cluster_id}"
    return stable_hash("incident", where, tags.event_type or "", day)


def _higher(current: Toll | None, new: Toll | None) -> Toll | None:
    if new is None:
        return current
    if current is None or new.min > current.min:
        return new
    return current


def _source(article: TaggedArticle) -> AlertSource:
    return AlertSource(
        article_id=article.article_id,
        url=article.url,
        title=article.title,
        feed_id=article.feed_id,
        published=article.published,
    )


def decide(state: IncidentState | None, article: TaggedArticle, incident_id: str, day: str) -> Decision:
    tags = article.tags
    if state is None:
        alert = Alert(
            alert_id=f"{incident_id}:1",
            incident_id=incident_id,
            revision=1,
            severity=tags.severity,
            headline=article.title,
            event_type=tags.event_type,
            sub_event_type=tags.sub_event_type,
            casualties=tags.casualties,
            places=tags.places,
            weapons=tags.weapons,
            theatre=tags.theatre,
            sources=[_source(article)],
            event_date=day,
            created_at=now_iso(),
        )
        new_state = IncidentState(incident_id=incident_id, revision=1, alert=alert, article_ids=[article.article_id])
        return Decision(new_state, alert, "new")

    previous = state.alert
    killed = _higher(previous.casualties.killed, tags.casualties.killed)
    injured = _higher(previous.casualties.injured, tags.casualties.injured)
    severity = max(previous.severity, tags.severity, key=lambda s: SEVERITY_RANK.get(s, 0))
    rose = (
        killed is not previous.casualties.killed
        or injured is not previous.casualties.injured
        or severity != previous.severity
    )
    known = article.article_id in state.article_ids
    article_ids = state.article_ids if known else [*state.article_ids, article.article_id]
    sources = previous.sources
    if not known and len(sources) < MAX_SOURCES:
        sources = [*sources, _source(article)]
    if not rose:
        updated = msgspec.structs.replace(previous, sources=sources)
        new_state = msgspec.structs.replace(
            state, alert=updated, article_ids=article_ids, report_count=state.report_count + (not known)
        )
        return Decision(new_state, None, "replay" if known else "same_incident")

    revision = state.revision + 1
    alert = msgspec.structs.replace(
        previous,
        alert_id=f"{incident_id}:{revision}",
        revision=revision,
        severity=severity,
        headline=article.title,
        casualties=Casualties(killed=killed, injured=injured),
        places=tags.places or previous.places,
        weapons=sorted({*previous.weapons, *tags.weapons}),
        sources=sources,
        created_at=now_iso(),
    )
    new_state = msgspec.structs.replace(
        state,
        revision=revision,
        alert=alert,
        article_ids=article_ids,
        report_count=state.report_count + (not known),
    )
    return Decision(new_state, alert, "revision")
