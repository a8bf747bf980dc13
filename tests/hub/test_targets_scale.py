"""Measuring every target of the city takes the same number of queries however much content
there is: more projects, meetings, institutions and events change the values, not the count."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from hub.models import MunicipalUnit, NeighborhoodPage
from hub.targets.progress import measure_targets, targets_of
from institutions.models import InstitutionEventPage, InstitutionIndexPage, InstitutionPage
from projects.models import MeetingKind, MeetingPage, ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db

# Metrics whose values the added content must change, so the test sees the content counted.
GROWING = (
    "projects.transparency",
    "projects.informing_meeting",
    "institutions.benefits",
    "institutions.community_events",
    "institutions.open_beit_am",
    "institutions.upgrades",
    "institutions.holiday_events",
)


def _source(model, slug):
    return model.objects.get(slug=slug, locale__language_code="he")


def _unit(code):
    return MunicipalUnit.objects.get(code=code, locale__language_code="he")


def _held_moment():
    """A moment this year, before now: meetings and events held in the work-plan year."""
    now = timezone.now()
    start_of_year = timezone.make_aware(datetime.datetime(now.year, 1, 1, 12))
    return max(now - datetime.timedelta(days=3), start_of_year)


def add_projects(count, tag):
    index = ProjectIndexPage.objects.get(locale__language_code="he")
    template = _source(ProjectPage, "hatikva-community-center-upgrade")
    for number in range(count):
        project = ProjectPage(
            title=f"פרויקט בדיקה {tag} {number}",
            slug=f"scale-{tag}-{number}",
            summary="שיפוץ ותאורה חדשה.",
            status=template.status,
            unit=template.unit,
            renderings=template.renderings.raw_data,
            documents=template.documents.raw_data,
        )
        index.add_child(instance=project)
        project.save_revision().publish()
        start = _held_moment()
        for kind in (MeetingKind.INFORMING, MeetingKind.RESIDENTS):
            meeting = MeetingPage(
                title=f"מפגש {kind}",
                slug=f"meeting-{kind}",
                kind=kind,
                start=start,
                end=start + datetime.timedelta(hours=2),
                place="מרכז קהילתי",
                unit=template.unit,
            )
            project.add_child(instance=meeting)
            meeting.save_revision().publish()


def add_institutions(count, tag):
    index = InstitutionIndexPage.objects.get(locale__language_code="he")
    template = _source(InstitutionPage, "jaffa-d-community-center")
    jaffa = _source(NeighborhoodPage, "ajami")
    division, jaffa_administration = _unit("community-youth-sport"), _unit("jaffa-administration")
    year = timezone.localdate().year
    for number in range(count):
        institution = InstitutionPage(
            title=f"מוסד בדיקה {tag} {number}",
            slug=f"scale-{tag}-{number}",
            kind=template.kind,
            neighborhood=jaffa,
            summary="מרכז קהילתי.",
            address="רחוב הבדיקה 1",
            unit=division,
            open_beit_am=True,
            benefits=template.benefits.raw_data,
            upgrades=[
                {
                    "type": "upgrade",
                    "value": {"what": "חדר חוגים", "status": "opened", "year": year},
                }
            ],
        )
        index.add_child(instance=institution)
        institution.save_revision().publish()
        start = _held_moment()
        events = [("community_space", "", division)] * 2 + [
            ("community_space", "sigd", jaffa_administration)
        ]
        for event_number, (setting, holiday, owner) in enumerate(events):
            event = InstitutionEventPage(
                title=f"אירוע {event_number}",
                slug=f"event-{event_number}",
                description="ערב קהילתי",
                start=start,
                end=start + datetime.timedelta(hours=2),
                setting=setting,
                place="הכיכר",
                holiday=holiday,
                unit=owner,
            )
            institution.add_child(instance=event)
            event.save_revision().publish()


def measured():
    """(queries, {target code: (value, number of items)}) of measuring every Hebrew target."""
    cache.clear()
    targets = targets_of(Locale.objects.get(language_code="he"))
    measure_targets(targets)  # content types and the like, cached for the process
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        results = measure_targets(targets_of(Locale.objects.get(language_code="he")))
    values = {
        result.target.code: (result.measure.value, len(result.measure.items)) for result in results
    }
    return len(queries), values, {result.target.code: result.metric_code for result in results}


def test_measuring_every_target_takes_the_same_queries_whatever_the_content():
    add_projects(2, "a")
    add_institutions(2, "a")
    few, before, metrics = measured()
    assert set(metrics.values()) >= set(GROWING), "the demo has a target for every metric"

    add_projects(6, "b")
    add_institutions(6, "b")
    many, after, _metrics = measured()

    assert many == few
    grown = {metrics[code] for code in before if after[code] != before[code]}
    assert grown >= set(GROWING)


def test_measuring_with_a_neighborhood_filter_takes_the_same_queries_too():
    ajami = _source(NeighborhoodPage, "ajami").translation_key
    targets = list(targets_of(Locale.objects.get(language_code="he")))
    # Every kind of content once first: a unit's first page missing a translation adds the
    # queries that list such pages, once, whatever their number.
    add_institutions(1, "c")
    add_projects(1, "c")
    measure_targets(targets, neighborhoods={ajami})
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        measure_targets(targets, neighborhoods={ajami})
    add_institutions(4, "d")
    add_projects(3, "d")
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        results = measure_targets(targets, neighborhoods={ajami})
    assert len(many) == len(few)
    beit_am = next(r for r in results if r.metric_code == "institutions.open_beit_am")
    assert beit_am.measure.total >= 5
