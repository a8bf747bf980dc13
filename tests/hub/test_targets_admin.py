"""The work plan in the admin: the dashboard panel of a unit's targets, the report of every
unit's targets with its filters and CSV export, and the project editor's transparency checklist.

The targets are built here, measured by a small metric registered for these tests: the live
Hebrew projects of the target's units (in its neighborhoods), none of which has a "probe"."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from hub.models import MunicipalUnit, NeighborhoodPage, QuarterPage, Target
from hub.targets import metrics
from hub.targets.admin import CSV_COLUMNS
from hub.targets.metrics import Item, Measure, Metric, register_metric
from hub.targets.progress import Status
from projects.models import ProjectPage
from tests.helpers import count_queries, sign_in, soup

pytestmark = pytest.mark.django_db

OWN, OTHER = "engineering-coordination", "jaffa-administration"
METRIC = "tests.admin_projects"
REPORT = "/admin/reports/work-plan-targets/"
CSV_URL = REPORT + "csv/"


def lacking(count):
    return f"{count} projects lack a probe"


def scoped_projects(scope):
    projects = ProjectPage.objects.live().filter(
        locale=Locale.get_default(), unit__translation_key__in=scope.units
    )
    if scope.neighborhoods is not None:
        projects = projects.filter(
            neighborhood_links__neighborhood__translation_key__in=scope.neighborhoods
        ).distinct()
    return projects.order_by("title")


@pytest.fixture(autouse=True, scope="module")
def probe_metric():
    def measure(scope):
        items = [
            Item(title=page.title, done=False, missing=("probe",), page_id=page.pk)
            for page in scoped_projects(scope)
        ]
        return Measure.share(items)

    register_metric(METRIC, "Projects with a probe", Metric.SHARE, gaps={"probe": lacking})(measure)
    yield
    metrics._metrics.pop(METRIC, None)


def unit(code):
    return MunicipalUnit.objects.get(code=code, locale=Locale.get_default())


def make_target(code, unit_code, text):
    return Target.objects.create(
        locale=Locale.get_default(),
        code=code,
        unit=unit(unit_code),
        text=text,
        metric=METRIC,
        threshold="at_least_percent",
        low=80,
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 12, 31),
    )


@pytest.fixture
def targets():
    return (
        make_target("own-probe", OWN, "יעד ההנדסה לבדיקה"),
        make_target("other-probe", OTHER, "יעד יפו לבדיקה"),
    )


def own_projects():
    return list(
        ProjectPage.objects.live().filter(
            locale=Locale.get_default(), unit__translation_key=unit(OWN).translation_key
        )
    )


# --- The dashboard ---


def test_dashboard_shows_the_units_targets_and_gaps(client, targets):
    projects = own_projects()
    assert projects, "the demo unit must have live projects"
    sign_in(client, f"{OWN}-editor", "he")
    page = soup(client.get("/admin/"))
    panel = page.find(id="work-plan-obligations-section")
    assert panel is not None
    text = panel.get_text()
    assert "יעד ההנדסה לבדיקה" in text
    assert lacking(len(projects)) in text
    assert "יעד יפו לבדיקה" not in text
    links = {a["href"] for a in panel.find_all("a")}
    for project in projects:
        assert reverse("wagtailadmin_pages:edit", args=[project.pk]) in links
    assert panel.find(class_="hub-status--missed") is not None


def test_dashboard_of_another_unit(client, targets):
    sign_in(client, f"{OTHER}-manager", "he")
    panel = soup(client.get("/admin/")).find(id="work-plan-obligations-section")
    assert "יעד יפו לבדיקה" in panel.get_text()
    assert "יעד ההנדסה לבדיקה" not in panel.get_text()


def test_no_panel_without_a_unit(client, targets):
    sign_in(client, "search-editor", "he")
    assert soup(client.get("/admin/")).find(id="work-plan-obligations-section") is None


def test_superuser_sees_the_city_summary(client, targets):
    sign_in(client, "admin", "en")
    panel = soup(client.get("/admin/")).find(id="work-plan-obligations-section")
    assert panel is not None
    assert "Missed" in panel.get_text()
    assert "יעד ההנדסה לבדיקה" not in panel.get_text()


def test_dashboard_queries_do_not_grow_with_targets(client, targets):
    sign_in(client, f"{OWN}-editor", "he")
    few = count_queries(client, "/admin/")
    for number in range(5):
        make_target(f"more-{number}", OWN, f"עוד יעד {number}")
    many = count_queries(client, "/admin/")
    assert many <= few + 2, (few, many)


# --- The report ---


def rows_of(response):
    table = soup(response).find("table", class_="listing")
    assert table.find("caption") is not None
    return {row.find("th").contents[0].strip(): row for row in table.find("tbody").find_all("tr")}


def test_report_for_a_unit_manager(client, targets):
    sign_in(client, f"{OWN}-manager", "he")
    rows = rows_of(client.get(REPORT))
    assert {"יעד ההנדסה לבדיקה", "יעד יפו לבדיקה"} <= set(rows)
    own = rows["יעד ההנדסה לבדיקה"]
    assert own.find(class_="hub-status--missed").get_text(strip=True)
    links = {a["href"] for a in own.find_all("a")}
    assert reverse("wagtailadmin_pages:edit", args=[own_projects()[0].pk]) in links


@pytest.mark.parametrize("username", ["search-editor"])
def test_report_refused_without_a_unit(client, username):
    sign_in(client, username, "he")
    assert client.get(REPORT).status_code == 403
    assert client.get(CSV_URL).status_code == 403
    assert "work-plan-targets" not in client.get("/admin/").content.decode()


def quarter_with_fewer_projects():
    """A quarter under which the unit has some of its projects, but not all."""
    total = len(own_projects())
    for quarter in QuarterPage.objects.live().filter(locale=Locale.get_default()):
        keys = frozenset(
            NeighborhoodPage.objects.child_of(quarter).values_list("translation_key", flat=True)
        )
        scope = metrics.Scope(
            units=frozenset({unit(OWN).translation_key}),
            start=datetime.date(2026, 1, 1),
            end=datetime.date(2026, 12, 31),
            neighborhoods=keys,
        )
        inside = scoped_projects(scope).count()
        if 0 < inside < total:
            return quarter, inside
    pytest.fail("no quarter holds some of the unit's projects")


def test_filters_narrow_the_counts(client, targets):
    quarter, inside = quarter_with_fewer_projects()
    sign_in(client, f"{OWN}-editor", "he")
    whole = rows_of(client.get(REPORT))["יעד ההנדסה לבדיקה"]
    assert lacking(len(own_projects())) in whole.get_text()
    narrowed = rows_of(client.get(REPORT, {"quarter": quarter.pk}))["יעד ההנדסה לבדיקה"]
    assert lacking(inside) in narrowed.get_text()

    project = own_projects()[0]
    neighborhood = project.neighborhood_links.first().neighborhood
    one = rows_of(client.get(REPORT, {"neighborhood": neighborhood.pk}))["יעד ההנדסה לבדיקה"]
    assert project.title in one.get_text()


@pytest.mark.parametrize("value", ["nope", "99999999", "1\x00", "-1"])
def test_bad_filter_values(client, targets, value):
    sign_in(client, f"{OWN}-editor", "en")
    for name in ("quarter", "neighborhood"):
        response = client.get(REPORT, {name: value})
        if "\x00" in value and response.status_code == 400:
            continue  # refused, with its message, before any view (hub.errors)
        assert response.status_code == 200
        alert = soup(response).find(role="alert")
        assert alert is not None and "could not be applied" in alert.get_text()
        assert client.get(CSV_URL, {name: value}).status_code == 400


def test_csv_export(client, targets):
    sign_in(client, f"{OWN}-manager", "he")
    response = client.get(CSV_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    reader = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    header = next(reader)
    with translation.override("he"):
        assert header == [str(label) for _key, label in CSV_COLUMNS]
        missed = str(Status.LABELS[Status.MISSED])
    assert [key for key, _label in CSV_COLUMNS][:3] == ["unit", "code", "target"]
    lines = [line for line in reader if line[1] == "own-probe"]
    assert len(lines) == len(own_projects())
    assert {line[7] for line in lines} == {project.title for project in own_projects()}
    assert all(line[6] == missed and line[8] == "false" and line[9] == "probe" for line in lines)
    edit = reverse("wagtailadmin_pages:edit", args=[own_projects()[0].pk])
    assert any(line[10] == "http://testserver" + edit for line in lines)


def test_csv_respects_the_filters(client, targets):
    quarter, inside = quarter_with_fewer_projects()
    sign_in(client, f"{OWN}-manager", "he")
    response = client.get(CSV_URL, {"quarter": quarter.pk})
    reader = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    next(reader)
    assert len([line for line in reader if line[1] == "own-probe"]) == inside


def test_report_queries_do_not_grow_with_targets(client, targets):
    sign_in(client, f"{OWN}-manager", "he")
    few = count_queries(client, REPORT)
    for number in range(5):
        make_target(f"more-{number}", OTHER, f"עוד יעד {number}")
    assert count_queries(client, REPORT) <= few + 2


# --- The project editor ---


def test_checklist_on_the_project_edit_page(client, demo_page):
    project = demo_page("projects/shapira-community-garden")
    sign_in(client, f"{OWN}-editor", "en")
    page = soup(client.get(reverse("wagtailadmin_pages:edit", args=[project.pk])))
    checklist = page.find(class_="hub-checklist")
    assert checklist is not None
    ProjectPage.attach_listing_data([project], project.locale_id)
    transparency = project.transparency()
    rows = checklist.find_all("li")
    assert len(rows) == 5
    for row, (_key, label, done) in zip(rows, transparency.items(), strict=True):
        with translation.override("en"):
            assert str(label) in row.get_text()
        assert row.find(class_="hub-status--met" if done else "hub-status--missed")


def test_checklist_on_create(client, demo_page):
    index = demo_page("projects")
    sign_in(client, "admin", "en")
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", index.pk])
    page = soup(client.get(url))
    assert page.find(class_="hub-checklist") is None
    assert "once the project is saved" in page.get_text()


def test_neighborhood_outside_the_quarter(client, targets):
    quarter, _inside = quarter_with_fewer_projects()
    outside = NeighborhoodPage.objects.live().filter(locale=Locale.get_default())
    outside = outside.exclude(pk__in=NeighborhoodPage.objects.child_of(quarter)).first()
    sign_in(client, f"{OWN}-editor", "en")
    response = client.get(
        REPORT,
        {
            "quarter": quarter.get_translation(Locale.objects.get(language_code="en")).pk,
            "neighborhood": outside.get_translation(Locale.objects.get(language_code="en")).pk,
        },
    )
    alert = soup(response).find(role="alert")
    assert alert is not None and "not in the quarter" in alert.get_text()
