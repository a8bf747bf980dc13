"""Work-plan targets at scale: 2,000 projects, 10,000 meetings, 500 institutions and 20,000
events, then the time and the query count of measuring every target of the city with every
cache cleared (SQLite by default, DEBUG off; PostgreSQL when DATABASE_URL points there).

    .venv/bin/python bench/targets.py             # fills bench/targets.sqlite3 once, then measures
    DATABASE_URL=postgres://... .venv/bin/python bench/targets.py

The demo site (with seed 004's targets) first, then the content, owned by the targets' units,
inserted in batches (`_bulk_children`); its values are drawn so that every metric has items that
count and items that fall short."""

import datetime
import random
import statistics
import sys
import time

from common import setup

setup("targets")

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import F  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from hub.models import MunicipalUnit, NeighborhoodPage, Target  # noqa: E402
from hub.targets.progress import measure_targets, progress, targets_of  # noqa: E402
from institutions.models import (  # noqa: E402
    InstitutionEventPage,
    InstitutionIndexPage,
    InstitutionKind,
    InstitutionPage,
)
from projects.models import (  # noqa: E402
    MeetingKind,
    MeetingPage,
    ProjectIndexPage,
    ProjectNeighborhood,
    ProjectPage,
    ProjectStatus,
)

RUNS = 5
PROJECTS, MEETINGS_PER_PROJECT = 2000, 5
INSTITUTIONS, EVENTS_PER_INSTITUTION = 500, 40
PREFIX = "targets-bench-"
HOLIDAYS = ["independence_day", "shavuot", "sigd", "sudan_memorial", "simchat_torah", ""]
BATCH = 200


def _bulk_children(parent, model, pages):
    """Add `pages` (unsaved `model` instances) as live children of `parent`, in batches: tree
    paths computed here, then the page rows and the model's own rows inserted a batch at a time.
    No revisions and no search index: the metrics read live pages only. (Page by page, as
    bench/projects.py and bench/institutions.py build, makes 3 pages a second on this machine:
    hours for 32,500 pages.)"""
    last = parent.get_last_child()
    first = (last._get_lastpos_in_path() if last else 0) + 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for number, page in enumerate(pages):
        page.path = Page._get_path(parent.path, parent.depth + 1, first + number)
        page.depth, page.numchild = parent.depth + 1, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id, page.content_type = parent.locale_id, content_type
        page.draft_title, page.live, page.has_unpublished_changes = page.title, True, False
        page.first_published_at = page.last_published_at = now
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    own_fields = model._meta.local_concrete_fields
    for batch_start in range(0, len(pages), BATCH):
        batch = pages[batch_start : batch_start + BATCH]
        bases = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in batch]
        )
        for page, base in zip(batch, bases, strict=True):
            page.pk = page.page_ptr_id = base.pk
        model._base_manager._insert(batch, fields=own_fields, using=connection.alias)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def _moment(rng, now):
    return now + datetime.timedelta(days=rng.randint(-300, 300), hours=rng.randint(0, 10))


def _unit(code):
    return MunicipalUnit.objects.get(code=code, locale__language_code="he")


@transaction.atomic
def fill_projects(rng, now):
    index = ProjectIndexPage.objects.get(locale__language_code="he")
    template = ProjectPage.objects.get(slug="hatikva-community-center-upgrade", locale=index.locale)
    owners = [template.unit, template.unit, template.unit, _unit("jaffa-administration")]
    neighborhoods = list(NeighborhoodPage.objects.filter(locale=index.locale))
    projects = _bulk_children(
        index,
        ProjectPage,
        [
            ProjectPage(
                title=f"פרויקט {number}",
                slug=f"{PREFIX}{number}",
                summary="שיפוץ רחוב, נטיעת עצים ותאורה חדשה.",
                status=rng.choice(ProjectStatus.values),
                unit=rng.choice(owners),
                renderings=template.renderings.raw_data if number % 2 else [],
                documents=template.documents.raw_data if number % 3 else [],
            )
            for number in range(PROJECTS)
        ],
    )
    ProjectNeighborhood.objects.bulk_create(
        ProjectNeighborhood(project_id=project.pk, neighborhood=rng.choice(neighborhoods))
        for project in projects
    )
    document = template.documents[0].value["document"] if template.documents else None
    for project in projects:
        meetings = []
        for number in range(MEETINGS_PER_PROJECT):
            start = _moment(rng, now)
            held = start < now and rng.random() < 0.7
            meetings.append(
                MeetingPage(
                    title=f"מפגש {number}",
                    slug=f"meeting-{number}",
                    kind=rng.choice(MeetingKind.values),
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                    place="מרכז קהילתי",
                    invitation="<p>הזמנה למפגש תושבים</p>" if rng.random() < 0.8 else "",
                    flyer=document if rng.random() < 0.5 else None,
                    protocol=document if held else None,
                    cancelled=rng.random() < 0.05,
                    unit=project.unit,
                )
            )
        _bulk_children(project, MeetingPage, meetings)
    print(f"  {PROJECTS} projects", file=sys.stderr)


def _institution(rng, number, template, owners, neighborhoods, year):
    upgrades = [
        {
            "type": "upgrade",
            "id": f"u{number}-{n}",
            "value": {
                "what": "שדרוג",
                "status": rng.choice(["planned", "design", "construction", "opened"]),
                "year": rng.choice([year - 1, year, year + 1]),
            },
        }
        for n in range(rng.randint(0, 3))
    ]
    return InstitutionPage(
        title=f"מוסד {number}",
        slug=f"{PREFIX}{number}",
        kind=rng.choice(InstitutionKind.values),
        neighborhood=rng.choice(neighborhoods),
        summary="מרכז קהילתי עם חוגים, בית עם פתוח ואירועים בשכונה.",
        address=f"רחוב הבדיקה {number}",
        unit=rng.choice(owners),
        open_beit_am=rng.random() < 0.6,
        activities=template.activities.raw_data,
        benefits=template.benefits.raw_data if number % 3 else [],
        upgrades=upgrades,
    )


@transaction.atomic
def fill_institutions(rng, now):
    index = InstitutionIndexPage.objects.get(locale__language_code="he")
    template = InstitutionPage.objects.get(slug="jaffa-d-community-center", locale=index.locale)
    owners = [_unit("community-youth-sport"), _unit("community-centers")]
    jaffa = _unit("jaffa-administration")
    neighborhoods = list(NeighborhoodPage.objects.filter(locale=index.locale))
    institutions = _bulk_children(
        index,
        InstitutionPage,
        [
            _institution(rng, number, template, owners, neighborhoods, now.year)
            for number in range(INSTITUTIONS)
        ],
    )
    for institution in institutions:
        events = []
        for number in range(EVENTS_PER_INSTITUTION):
            start = _moment(rng, now)
            holiday = rng.choice(HOLIDAYS) if rng.random() < 0.1 else ""
            outside = rng.random() < 0.3
            events.append(
                InstitutionEventPage(
                    title=f"אירוע {number}",
                    slug=f"event-{number}",
                    description="ערב קהילתי",
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                    setting="community_space" if outside else "inside",
                    place="הכיכר" if outside else "",
                    holiday=holiday,
                    unit=jaffa if holiday else institution.unit,
                )
            )
        _bulk_children(institution, InstitutionEventPage, events)
    print(f"  {INSTITUTIONS} institutions", file=sys.stderr)


def fill():
    """The demo site (with seed 004's targets), then the content at scale unless it is there."""
    call_command("migrate", verbosity=0)
    if not Target.objects.exists():
        # Not again once there: load_demo ends by indexing every page for search.
        call_command("load_demo", "--no-users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    rng, now = random.Random(2026), timezone.now()
    if not ProjectPage.objects.filter(slug__startswith=PREFIX).exists():
        fill_projects(rng, now)
    if not InstitutionPage.objects.filter(slug__startswith=PREFIX).exists():
        fill_institutions(rng, now)
    if connection.vendor == "sqlite":
        connection.cursor().execute("ANALYZE")


def _content_counts():
    return (
        f"{ProjectPage.objects.count()} projects, {MeetingPage.objects.count()} meetings, "
        f"{InstitutionPage.objects.count()} institutions, "
        f"{InstitutionEventPage.objects.count()} institution events (all languages)"
    )


def time_measuring(locale, runs=RUNS):
    """Median, p95 and worst time in ms of measuring every target of `locale`, cold: the cache
    emptied and the targets read anew each run; and the queries of one run."""
    timings = []
    for _ in range(runs):
        cache.clear()
        started = time.perf_counter()
        measure_targets(targets_of(locale))
        timings.append((time.perf_counter() - started) * 1000)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        results = measure_targets(targets_of(locale))
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p95": timings[max(int(len(timings) * 0.95) - 1, 0)],
        "max": timings[-1],
        "queries": len(queries),
        "targets": len(results),
        "statuses": _statuses(results),
    }


def time_cached(locale, runs=RUNS):
    """`progress()` once the first call has filled the cache."""
    cache.clear()
    progress(locale)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        progress(locale)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _statuses(results):
    counts = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    return ", ".join(f"{status} {count}" for status, count in sorted(counts.items()))


def by_metric(locale, runs=RUNS):
    """[(metric, targets, cold median ms, queries, items)]: the targets of each metric measured
    alone (with the two queries every measuring makes: the units, the quarters)."""
    targets = list(targets_of(locale))
    rows = []
    for code in sorted({target.metric for target in targets}):
        mine = [target for target in targets if target.metric == code]
        timings = []
        for _ in range(runs):
            cache.clear()
            started = time.perf_counter()
            measure_targets(mine)
            timings.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as queries:
            results = measure_targets(mine)
        items = sum(len(result.measure.items) for result in results)
        rows.append((code, len(mine), statistics.median(timings), len(queries), items))
    return rows


def _metric_table(locale):
    lines = [
        f"| metric ({locale.language_code}) | targets | cold median ms | queries | items |",
        "|---|---:|---:|---:|---:|",
    ]
    for code, count, median, queries, items in by_metric(locale):
        lines.append(f"| `{code}` | {count} | {median:.1f} | {queries} | {items} |")
    return "\n".join(lines)


def main():
    fill()
    print(f"{connection.vendor}: {_content_counts()}\n", file=sys.stderr)
    lines = [
        "| language | targets | cold median ms | cold p95 ms | cold max ms | queries "
        "| cached median ms | statuses |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for locale in Locale.objects.order_by("pk"):
        cold = time_measuring(locale)
        warm = time_cached(locale)
        lines.append(
            f"| {locale.language_code} | {cold['targets']} | {cold['median']:.1f} "
            f"| {cold['p95']:.1f} | {cold['max']:.1f} | {cold['queries']} | {warm:.2f} "
            f"| {cold['statuses']} |"
        )
    hebrew = Locale.objects.get(language_code="he")
    print(
        f"{connection.vendor}: {_content_counts()}\n\n"
        + "\n".join(lines)
        + "\n\n"
        + _metric_table(hebrew)
    )


if __name__ == "__main__":
    main()
