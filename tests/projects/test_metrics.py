"""The projects' work-plan metrics on hand-built projects and meetings: what counts and what
never does (drafts, unpublished pages, cancelled meetings, meetings not yet held, other units,
other neighborhoods, the period's edges), their gap sentences, and a fixed number of queries."""

import datetime
import itertools
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.models import Locale

from hub.targets.metrics import Metric, Scope, get_metric
from projects.models import (
    MeetingKind,
    MeetingPage,
    ProjectNeighborhood,
    ProjectPage,
    ProjectStatus,
)
from tests.metric_cases import (
    END,
    NOW,
    START,
    at,
    measure,
    scope_of,
)

pytestmark = pytest.mark.django_db

_slugs = itertools.count()


@pytest.fixture
def index(demo_page):
    return demo_page("projects")


def document_block(kind):
    document = Document.objects.first()
    value = {"document": document.pk, "title": kind, "kind": kind, "language": "he"}
    return {"type": "document", "value": value, "id": str(uuid.uuid4())}


def renderings():
    source = ProjectPage.objects.filter(slug="yehuda-hayamit-street-renewal").first()
    return [dict(block) for block in source.renderings.raw_data]


def add_project(index, unit, title, kinds=(), rendering=False, neighborhoods=(), **fields):
    project = ProjectPage(
        title=title,
        slug=f"metrics-project-{next(_slugs)}",
        summary="תקציר",
        unit=unit,
        documents=[document_block(kind) for kind in kinds],
        renderings=renderings() if rendering else [],
        neighborhood_links=[ProjectNeighborhood(neighborhood=n) for n in neighborhoods],
        **fields,
    )
    index.add_child(instance=project)
    return project


def add_meeting(project, start, hours=2, kind=MeetingKind.INFORMING, **fields):
    meeting = MeetingPage(
        title="מפגש",
        slug=f"metrics-meeting-{next(_slugs)}",
        kind=kind,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        place="אולם",
        unit=project.unit,
        **fields,
    )
    project.add_child(instance=meeting)
    return meeting


def cancel_after_it_was_held(meeting):
    """As an editor who ticks "cancelled" on a meeting already held, skipping its checks."""
    MeetingPage.objects.filter(pk=meeting.pk).update(cancelled=True)


def by_title(measure_):
    return {item.title: item for item in measure_.items}


# projects.transparency


def complete_project(index, unit, title, **fields):
    project = add_project(index, unit, title, kinds=["flyer"], rendering=True, **fields)
    add_meeting(project, at(2026, 3, 10, 18), invitation="<p>בואו</p>")
    add_meeting(project, at(2026, 3, 20, 18), protocol=Document.objects.first())
    return project


def test_transparency_counts_what_each_project_shows(index, units):
    unit, sub = units["unit"], units["sub"]
    complete_project(index, unit, "שלם")
    complete_project(index, sub, "של מחלקה")
    add_project(index, unit, "מסמכים בלבד", kinds=["flyer", "protocol"], rendering=True)
    by_meetings = add_project(index, unit, "דרך המפגשים", rendering=True)
    add_meeting(by_meetings, at(2026, 2, 1, 18), flyer=Document.objects.first())
    add_meeting(by_meetings, at(2026, 2, 2, 18), protocol=Document.objects.first())
    nothing = add_project(index, unit, "ריק")
    add_meeting(nothing, at(2026, 2, 3, 18), kind=MeetingKind.RESIDENTS)

    result = measure("projects.transparency", scope_of(units))

    items = by_title(result)
    assert set(items) == {"שלם", "של מחלקה", "מסמכים בלבד", "דרך המפגשים", "ריק"}
    assert items["שלם"].done and items["של מחלקה"].done and items["דרך המפגשים"].done
    assert items["מסמכים בלבד"].missing == ("invitation",)
    assert items["ריק"].missing == ("flyer", "rendering", "invitation", "protocol")
    assert (result.count, result.total) == (3, 5)
    assert str(result.value) == "60.0"
    page = ProjectPage.objects.get(title="שלם")
    assert items["שלם"].page_id == page.pk
    assert items["שלם"].url == page.url
    assert items["שלם"].key == str(page.translation_key)


def test_transparency_ignores_meetings_that_do_not_count(index, units):
    unit = units["unit"]
    protocol = Document.objects.first()
    cancelled = add_project(index, unit, "מפגש מבוטל", kinds=["flyer"], rendering=True)
    add_meeting(cancelled, at(2026, 3, 1, 18), invitation="<p>בואו</p>", cancelled=True)
    add_meeting(cancelled, at(2026, 3, 2, 18), invitation="<p>בואו</p>", live=False)
    held_then_cancelled = add_project(index, unit, "בוטל אחרי", kinds=["flyer"], rendering=True)
    add_meeting(held_then_cancelled, at(2026, 3, 3, 18), invitation="<p>בואו</p>")
    cancel_after_it_was_held(
        add_meeting(held_then_cancelled, at(2026, 3, 4, 18), protocol=protocol)
    )
    # Held by today, but not yet by the moment measured.
    not_yet = add_project(index, unit, "טרם התקיים", kinds=["flyer"], rendering=True)
    add_meeting(not_yet, at(2026, 6, 20, 18), invitation="<p>בואו</p>", protocol=protocol)
    draft = add_project(index, unit, "פרוטוקול בטיוטה", kinds=["flyer"], rendering=True)
    add_meeting(draft, at(2026, 3, 5, 18), invitation="<p>בואו</p>")
    add_meeting(draft, at(2026, 3, 6, 18), protocol=protocol, live=False)
    unpublished = add_project(index, unit, "פרוטוקול שהוסר", kinds=["flyer"], rendering=True)
    add_meeting(unpublished, at(2026, 3, 7, 18), invitation="<p>בואו</p>")
    add_meeting(unpublished, at(2026, 3, 8, 18), protocol=protocol).unpublish()

    items = by_title(measure("projects.transparency", scope_of(units)))

    assert items["מפגש מבוטל"].missing == ("invitation", "protocol")
    assert items["בוטל אחרי"].missing == ("protocol",)
    assert items["טרם התקיים"].missing == ("protocol",)
    assert items["פרוטוקול בטיוטה"].missing == ("protocol",)
    assert items["פרוטוקול שהוסר"].missing == ("protocol",)
    # The same meeting counts once the moment measured is after it.
    later = by_title(measure("projects.transparency", scope_of(units, now=at(2026, 6, 21))))
    assert later["טרם התקיים"].done


def test_only_live_coordinated_projects_of_the_units_count(index, units, demo_page):
    unit = units["unit"]
    complete_project(index, unit, "נספר")
    complete_project(index, unit, "בוטל", status=ProjectStatus.CANCELLED)
    complete_project(index, unit, "טיוטה", live=False)
    complete_project(index, unit, "הוסר").unpublish()
    complete_project(index, units["other"], "של יחידה אחרת")
    completed = complete_project(index, unit, "הושלם", status=ProjectStatus.COMPLETED)

    for code in ("projects.transparency", "projects.informing_meeting"):
        result = measure(code, scope_of(units))
        assert set(by_title(result)) == {"נספר", "הושלם"}, code
        assert all(item.done for item in result.items), code
    # The other unit's target sees its own project only.
    other = Scope(units=frozenset({units["other"].translation_key}), start=START, end=END, now=NOW)
    assert [i.title for i in measure("projects.transparency", other).items] == ["של יחידה אחרת"]
    assert completed.locale == Locale.get_default()


def test_only_hebrew_pages_are_measured(demo_page):
    project = demo_page("projects/yehuda-hayamit-street-renewal")
    scope = Scope(units=frozenset({project.unit.translation_key}), start=START, end=END)
    result = measure("projects.transparency", scope)
    hebrew = (
        ProjectPage.objects.live()
        .filter(locale=Locale.get_default(), unit=project.unit)
        .exclude(status=ProjectStatus.CANCELLED)
    )
    assert sorted(item.page_id for item in result.items) == sorted(p.pk for p in hebrew)
    assert ProjectPage.objects.filter(translation_key=project.translation_key).count() == 3


def test_neighborhood_scope_follows_the_project_links(index, units, neighborhoods):
    unit = units["unit"]
    complete_project(index, unit, "ביפו ד", neighborhoods=[neighborhoods["jaffa-d"]])
    add_project(
        index, unit, "בשתיהן", neighborhoods=[neighborhoods["jaffa-d"], neighborhoods["ajami"]]
    )
    complete_project(index, unit, "בעג'מי", neighborhoods=[neighborhoods["ajami"]])
    complete_project(index, unit, "בכל העיר")

    jaffa_d = scope_of(units, neighborhoods=frozenset({neighborhoods["jaffa-d"].translation_key}))
    result = measure("projects.transparency", jaffa_d)
    assert [item.title for item in result.items] == ["ביפו ד", "בשתיהן"]
    assert str(result.value) == "50.0"
    city = measure("projects.transparency", scope_of(units))
    assert city.total == 4
    nowhere = measure("projects.transparency", scope_of(units, neighborhoods=frozenset()))
    assert nowhere.items == [] and nowhere.value == 0


def test_transparency_gap_sentences(index, units):
    add_project(index, units["unit"], "א", kinds=["flyer"])
    add_project(index, units["unit"], "ב", rendering=True)
    metric = get_metric("projects.transparency")
    assert metric.kind == Metric.SHARE
    with translation.override("en"):
        sentences = dict(
            (sentence, len(items))
            for sentence, items in metric.gap_sentences(metric.compute(scope_of(units)).shortfalls)
        )
    assert sentences == {
        "2 projects lack a protocol": 2,
        "2 projects lack an invitation to a meeting": 2,
        "1 project lacks a flyer": 1,
        "1 project lacks a rendering": 1,
    }


# projects.informing_meeting


def test_informing_meeting_held_in_the_period(index, units):
    unit = units["unit"]
    cases = {
        "התקיים": {"start": at(2026, 3, 10, 18)},
        "תחילת היום הראשון": {"start": at(2026, 1, 1, 0, 0), "hours": 1},
        "ערב לפני התקופה": {"start": at(2025, 12, 31, 23, 30), "hours": 1},
        "מפגש תושבים": {"start": at(2026, 3, 10, 18), "kind": MeetingKind.RESIDENTS},
        "בוטל": {"start": at(2026, 3, 10, 18), "cancelled": True},
        "טיוטה": {"start": at(2026, 3, 10, 18), "live": False},
        "טרם התקיים": {"start": at(2026, 6, 20, 18)},
        "מתקיים עכשיו": {"start": at(2026, 6, 15, 11)},
    }
    for title, fields in cases.items():
        add_meeting(add_project(index, unit, title), **fields)
    add_meeting(add_project(index, unit, "הוסר"), at(2026, 3, 10, 18)).unpublish()
    held_then_cancelled = add_project(index, unit, "בוטל אחרי שהתקיים")
    cancel_after_it_was_held(add_meeting(held_then_cancelled, at(2026, 3, 10, 18)))
    add_project(index, unit, "בלי מפגשים")

    result = measure("projects.informing_meeting", scope_of(units))

    done = {item.title for item in result.items if item.done}
    assert done == {"התקיים", "תחילת היום הראשון"}
    assert result.total == 11
    assert {item.missing for item in result.shortfalls} == {("informing_meeting",)}
    with translation.override("en"):
        sentences = get_metric("projects.informing_meeting").gap_sentences(result.shortfalls)
    assert sentences[0][0] == "9 projects held no public-informing meeting in the period"


def test_informing_meeting_on_the_last_day(index, units):
    unit = units["unit"]
    add_meeting(add_project(index, unit, "בערב האחרון"), at(2026, 6, 30, 22), hours=1)
    add_meeting(add_project(index, unit, "דקה לפני הסוף"), at(2026, 6, 30, 23, 59), hours=1)
    add_meeting(add_project(index, unit, "אחרי התקופה"), at(2026, 7, 1, 0, 0), hours=1)
    after = scope_of(units, now=at(2026, 7, 5))

    done = {item.title for item in measure("projects.informing_meeting", after).items if item.done}

    # A meeting counts once over; one still going on when the period ends is not held in it.
    assert done == {"בערב האחרון"}


# Queries


def test_metrics_run_a_fixed_number_of_queries(index, units, neighborhoods):
    def queries(scope):
        counts = []
        for code in ("projects.transparency", "projects.informing_meeting"):
            get_metric(code).compute(scope)  # Wagtail keeps the site's root paths after this
            with CaptureQueriesContext(connection) as captured:
                result = get_metric(code).compute(scope)
            counts.append((len(captured), result.total))
        return counts

    def add(count):
        for number in range(count):
            project = complete_project(
                index, units["unit"], f"פרויקט {number}", neighborhoods=[neighborhoods["jaffa-d"]]
            )
            add_meeting(project, at(2026, 4, 1, 18), cancelled=True)

    near = scope_of(units, neighborhoods=frozenset({neighborhoods["jaffa-d"].translation_key}))
    add(2)
    before = queries(scope_of(units)) + queries(near)
    add(6)
    after = queries(scope_of(units)) + queries(near)

    assert [total for _queries, total in before] == [2] * 4
    assert [total for _queries, total in after] == [8] * 4
    assert [n for n, _total in after] == [n for n, _total in before]
    assert max(n for n, _total in after) <= 5
