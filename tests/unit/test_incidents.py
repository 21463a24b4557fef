"""Incident correlation and alert revisions (pure logic, no servers)."""

from __future__ import annotations

import msgspec

from services.alerter.incidents import decide, event_day, incident_id_for
from shared.contracts.models import Casualties, Place, TaggedArticle, Tags, Toll

KYIV = Place(name="Kyiv", country_code="UA", lat=50.45, lon=30.52)
KHARKIV = Place(name="Kharkiv", country_code="UA", lat=49.99, lon=36.23)


def report(
    article_id: str,
    killed: int,
    injured: int | None = None,
    place: Place = KYIV,
    published: str = "2025-04-24T08:00:00Z",
) -> TaggedArticle:
    tags = Tags(
        conflict=True,
        event_type="Explosions/Remote violence",
        places=[place],
        severity="critical",
        alert=True,
        casualties=Casualties(
            killed=Toll(min=killed, evidence=f"{killed} killed"),
            injured=Toll(min=injured, evidence=f"{injured} hurt") if injured is not None else None,
        ),
    )
    return TaggedArticle(
        article_id=article_id,
        feed_id="f",
        url=f"https://x.example/{article_id}",
        title=f"report {article_id}",
        fetched_at="2025-04-24T09:00:00Z",
        raw_hash=article_id,
        cluster_id=article_id,
        first_seen="2025-04-24T09:00:00Z",
        published=published,
        tags=tags,
    )


def test_first_report_opens_incident_with_revision_one() -> None:
    first = report("a", 9, 40)
    day = event_day(first)
    decision = decide(None, first, incident_id_for(first, day), day)
    assert decision.kind == "new"
    assert decision.alert is not None
    assert decision.alert.alert_id.endswith(":1")
    assert decision.alert.casualties.killed is not None and decision.alert.casualties.killed.min == 9


def test_other_outlet_same_toll_joins_without_new_alert() -> None:
    first, second = report("a", 12, 90), report("b", 12, 90)
    day = event_day(first)
    incident = incident_id_for(first, day)
    assert incident_id_for(second, event_day(second)) == incident
    state = decide(None, first, incident, day).state
    decision = decide(state, second, incident, day)
    assert decision.kind == "same_incident" and decision.alert is None
    assert decision.state.report_count == 2
    assert [s.article_id for s in decision.state.alert.sources] == ["a", "b"]


def test_rising_toll_is_a_revision_keeping_the_highest_figures() -> None:
    first, update = report("a", 9, 90), report("b", 12, 60)
    day = event_day(first)
    incident = incident_id_for(first, day)
    state = decide(None, first, incident, day).state
    decision = decide(state, update, incident, day)
    assert decision.kind == "revision"
    assert decision.alert is not None and decision.alert.revision == 2
    assert decision.alert.alert_id == f"{incident}:2"
    assert decision.alert.casualties.killed is not None and decision.alert.casualties.killed.min == 12
    assert decision.alert.casualties.injured is not None and decision.alert.casualties.injured.min == 90


def test_replayed_report_changes_nothing() -> None:
    first = report("a", 12, 90)
    day = event_day(first)
    incident = incident_id_for(first, day)
    state = decide(None, first, incident, day).state
    decision = decide(state, first, incident, day)
    assert decision.kind == "replay" and decision.alert is None
    assert msgspec.structs.replace(decision.state, alert=state.alert) == state


def test_different_place_or_day_is_a_different_incident() -> None:
    kyiv, kharkiv = report("a", 12), report("b", 12, place=KHARKIV)
    later = report("c", 12, published="2025-04-26T08:00:00Z")
    ids = {incident_id_for(r, event_day(r)) for r in (kyiv, kharkiv, later)}
    assert len(ids) == 3
