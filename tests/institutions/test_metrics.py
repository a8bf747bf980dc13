"""The institutions' work-plan metrics on hand-built institutions and events: what counts and
what never does (drafts, unpublished pages, cancelled events, benefits expired or not yet valid,
events outside the period and on its edges, other units, other neighborhoods), per-item minimums,
gap sentences, and a fixed number of queries."""

import datetime
import itertools
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from hub.targets.metrics import Metric, Scope, get_metric
from institutions.models import EventSetting, InstitutionEventPage, InstitutionPage
from tests.metric_cases import (
    END,
    START,
    at,
    measure,
    scope_of,
)

pytestmark = pytest.mark.django_db

SHARES = (
    "institutions.benefits",
    "institutions.community_events",
    "institutions.open_beit_am",
)
COUNTS = ("institutions.upgrades", "institutions.holiday_events")
_slugs = itertools.count()


@pytest.fixture
def index(demo_page):
    return demo_page("institutions")


def by_title(measure_):
    return {item.title: item for item in measure_.items}


def benefit(valid_from=None, valid_to=None):
    value = {
        "title": "הנחה",
        "description": "הנחה לחברי דיגיתל",
        "conditions": "",
        "valid_from": valid_from,
        "valid_to": valid_to,
    }
    return {"type": "benefit", "value": value, "id": str(uuid.uuid4())}


def upgrade(status, year):
    value = {"what": f"שדרוג {status} {year}", "status": status, "year": year}
    return {"type": "upgrade", "value": value, "id": str(uuid.uuid4())}


def add_institution(index, unit, title, benefits=(), upgrades=(), **fields):
    institution = InstitutionPage(
        title=title,
        slug=f"metrics-institution-{next(_slugs)}",
        kind="community_center",
        summary="תקציר",
        address="רחוב הדוגמה 1",
        unit=unit,
        benefits=list(benefits),
        upgrades=list(upgrades),
        **fields,
    )
    index.add_child(instance=institution)
    return institution


def add_event(institution, start, hours=2, setting=EventSetting.COMMUNITY_SPACE, **fields):
    values = {
        "title": "אירוע",
        "slug": f"metrics-event-{next(_slugs)}",
        "description": "תיאור",
        "start": start,
        "end": start + datetime.timedelta(hours=hours),
        "setting": setting,
        "place": "כיכר השעון",
        "unit": institution.unit,
    }
    values.update(fields)
    event = InstitutionEventPage(**values)
    institution.add_child(instance=event)
    return event


# institutions.benefits


def test_benefits_current_on_the_day_measured(index, units):
    unit = units["unit"]
    add_institution(index, unit, "שתיים", [benefit(), benefit("2026-01-01", "2026-12-31")])
    add_institution(index, unit, "ועוד אחת שפגה", [benefit(), benefit(valid_to="2026-06-14")])
    add_institution(index, unit, "ועוד אחת עתידית", [benefit(), benefit("2026-06-16")])
    add_institution(
        index, units["sub"], "בקצוות היום", [benefit("2026-06-15"), benefit(valid_to="2026-06-15")]
    )
    add_institution(index, unit, "בלי הטבות")

    two = measure("institutions.benefits", scope_of(units, per_item=2))
    one = measure("institutions.benefits", scope_of(units, per_item=1))

    assert {i.title: i.done for i in two.items} == {
        "שתיים": True,
        "ועוד אחת שפגה": False,
        "ועוד אחת עתידית": False,
        "בקצוות היום": True,
        "בלי הטבות": False,
    }
    assert by_title(two)["ועוד אחת שפגה"].detail.split()[0] == "1"
    assert str(two.value) == "40.0"
    assert str(one.value) == "80.0"
    assert [i.missing for i in one.shortfalls] == [("benefits",)]
    with translation.override("en"):
        sentences = get_metric("institutions.benefits").gap_sentences(two.shortfalls)
    assert sentences == [("3 institutions offer too few current club benefits", two.shortfalls)]


def test_benefits_of_a_period_past_count_on_its_last_day(index, units):
    add_institution(index, units["unit"], "פג באפריל", [benefit(valid_to="2026-04-30"), benefit()])
    march = scope_of(units, end=datetime.date(2026, 3, 31), per_item=2)
    assert measure("institutions.benefits", march).items[0].done
    assert not measure("institutions.benefits", scope_of(units, per_item=2)).items[0].done


# institutions.community_events


def test_community_events_in_the_period(index, units):
    unit = units["unit"]
    cases = {
        "שני אירועים": [{}, {}],
        "אחד בפנים": [{}, {"setting": EventSetting.INSIDE, "place": ""}],
        "אחד מבוטל": [{}, {"cancelled": True, "cancellation_note": "גשם"}],
        "אחד טיוטה": [{}, {"live": False}],
        "אחד טרם החל": [{}, {"start": at(2026, 6, 20, 18)}],
        "אחד לפני התקופה": [{}, {"start": at(2025, 12, 20, 18)}],
    }
    for title, events in cases.items():
        institution = add_institution(index, unit, title)
        for fields in events:
            add_event(institution, **{"start": at(2026, 3, 10, 18), **fields})
    unpublished = add_institution(index, units["sub"], "אחד שהוסר")
    add_event(unpublished, at(2026, 3, 10, 18))
    add_event(unpublished, at(2026, 3, 11, 18)).unpublish()
    edges = add_institution(index, units["sub"], "בקצה התקופה")
    add_event(edges, at(2025, 12, 31, 23, 30), hours=1)  # begins the day before
    add_event(edges, at(2026, 1, 1, 0, 0), hours=1)

    two = measure("institutions.community_events", scope_of(units, per_item=2))
    one = measure("institutions.community_events", scope_of(units, per_item=1))

    assert {item.title: item.detail.split()[0] for item in two.items} == {
        "שני אירועים": "2",
        "אחד בפנים": "1",
        "אחד מבוטל": "1",
        "אחד טיוטה": "1",
        "אחד טרם החל": "1",
        "אחד לפני התקופה": "1",
        "אחד שהוסר": "1",
        "בקצה התקופה": "1",
    }
    assert [item.title for item in two.items if item.done] == ["שני אירועים"]
    assert all(item.missing == ("community_events",) for item in two.shortfalls)
    assert str(two.value) == "12.5"
    assert str(one.value) == "100.0"


def test_community_event_on_the_last_day_counts_once_begun(index, units):
    institution = add_institution(index, units["unit"], "ערב אחרון")
    add_event(institution, at(2026, 6, 30, 23, 59), hours=1)
    add_event(institution, at(2026, 7, 1, 0, 0), hours=1)
    after = scope_of(units, now=at(2026, 7, 5))
    assert (
        by_title(measure("institutions.community_events", after))["ערב אחרון"].detail.split()[0]
        == "1"
    )
    during = scope_of(units, now=at(2026, 6, 30, 23, 58))
    assert (
        by_title(measure("institutions.community_events", during))["ערב אחרון"].detail.split()[0]
        == "0"
    )


# institutions.open_beit_am


def test_open_beit_am(index, units):
    unit = units["unit"]
    add_institution(index, unit, "פתוח", open_beit_am=True)
    add_institution(index, unit, "סגור")
    add_institution(index, units["sub"], "פתוח של המחלקה", open_beit_am=True)
    add_institution(index, unit, "טיוטה פתוחה", open_beit_am=True, live=False)
    add_institution(index, units["other"], "פתוח של אחרים", open_beit_am=True)

    result = measure("institutions.open_beit_am", scope_of(units))

    assert {i.title: i.done for i in result.items} == {
        "סגור": False,
        "פתוח": True,
        "פתוח של המחלקה": True,
    }
    assert str(result.value) == "66.7"
    with translation.override("en"):
        sentences = get_metric("institutions.open_beit_am").gap_sentences(result.shortfalls)
    assert sentences[0][0] == "1 institution runs no open Beit Am"


# institutions.upgrades


def test_upgrades_opened_in_the_years_of_the_period(index, units):
    unit = units["unit"]
    upgrades = [
        upgrade("opened", 2026),
        upgrade("opened", 2025),
        upgrade("construction", 2026),
        upgrade("planned", 2026),
    ]
    main = add_institution(index, unit, "מרכז", upgrades=upgrades)
    add_institution(index, units["sub"], "של המחלקה", upgrades=[upgrade("opened", 2026)])
    add_institution(index, units["other"], "של אחרים", upgrades=[upgrade("opened", 2026)])
    add_institution(index, unit, "טיוטה", upgrades=[upgrade("opened", 2026)], live=False)
    add_institution(index, unit, "הוסר", upgrades=[upgrade("opened", 2026)]).unpublish()

    result = measure("institutions.upgrades", scope_of(units))
    two_years = measure("institutions.upgrades", scope_of(units, start=datetime.date(2025, 9, 1)))

    assert get_metric("institutions.upgrades").kind == Metric.COUNT
    assert result.value == 2
    assert sorted(item.title for item in result.items) == ["שדרוג opened 2026"] * 2
    assert all(item.done for item in result.items)
    assert {item.page_id for item in result.items} >= {main.pk}
    assert two_years.value == 3


# institutions.holiday_events


def test_holiday_events_held_in_the_period(index, units, neighborhoods):
    unit = units["unit"]
    jaffa_d = add_institution(index, unit, "ביפו ד", neighborhood=neighborhoods["jaffa-d"])
    ajami = add_institution(index, units["sub"], "בעג'מי", neighborhood=neighborhoods["ajami"])
    other = add_institution(index, units["other"], "של אחרים", neighborhood=neighborhoods["ajami"])
    events = [
        (jaffa_d, "עצמאות", {"holiday": "independence_day"}),
        (jaffa_d, "סיגד בתחילת התקופה", {"holiday": "sigd", "start": at(2026, 1, 1, 0, 0)}),
        (jaffa_d, "סיגד ערב לפני", {"holiday": "sigd", "start": at(2025, 12, 31, 23, 30)}),
        (jaffa_d, "שבועות מבוטל", {"holiday": "shavuot", "cancelled": True}),
        (jaffa_d, "שבועות טיוטה", {"holiday": "shavuot", "live": False}),
        (jaffa_d, "חנוכה", {"holiday": "hanukkah"}),
        (jaffa_d, "בלי חג", {}),
        (jaffa_d, "שמחת תורה שעבר", {"holiday": "simchat_torah", "start": at(2025, 10, 14)}),
        (jaffa_d, "שבועות טרם החל", {"holiday": "shavuot", "start": at(2026, 6, 20)}),
        (ajami, "שבועות", {"holiday": "shavuot", "setting": EventSetting.INSIDE}),
        (ajami, "זיכרון סודן", {"holiday": "sudan_memorial"}),
        (other, "עצמאות של אחרים", {"holiday": "independence_day"}),
    ]
    for institution, title, fields in events:
        add_event(institution, **{"title": title, "start": at(2026, 4, 22, 18), **fields})
    add_event(ajami, at(2026, 4, 23, 18), title="הוסר", holiday="sigd").unpublish()

    city = measure("institutions.holiday_events", scope_of(units))
    near = measure(
        "institutions.holiday_events",
        scope_of(units, neighborhoods=frozenset({neighborhoods["jaffa-d"].translation_key})),
    )

    assert sorted(item.title for item in city.items) == sorted(
        ["עצמאות", "סיגד בתחילת התקופה", "שבועות", "זיכרון סודן"]
    )
    assert city.value == 4 and all(item.done for item in city.items)
    assert sorted(item.title for item in near.items) == ["סיגד בתחילת התקופה", "עצמאות"]
    event = InstitutionEventPage.objects.get(title="עצמאות")
    item = by_title(city)["עצמאות"]
    assert (item.page_id, item.url) == (event.pk, event.url)
    with translation.override("en"):
        english = by_title(measure("institutions.holiday_events", scope_of(units)))
    assert english["עצמאות"].detail == "Independence Day"


def test_last_day_holiday_event_counts(index, units):
    institution = add_institution(index, units["unit"], "מרכז")
    add_event(institution, at(2026, 6, 30, 23, 59), holiday="shavuot")
    add_event(institution, at(2026, 7, 1, 0, 0), holiday="shavuot")
    assert measure("institutions.holiday_events", scope_of(units, now=at(2026, 7, 2))).value == 1


# Scope


def test_neighborhood_scope_follows_the_institution(index, units, neighborhoods):
    unit = units["unit"]
    for title, neighborhood in (("ביפו ד", "jaffa-d"), ("בעג'מי", "ajami")):
        institution = add_institution(
            index,
            unit,
            title,
            [benefit()],
            [upgrade("opened", 2026)],
            open_beit_am=True,
            neighborhood=neighborhoods[neighborhood],
        )
        add_event(institution, at(2026, 3, 1, 18), holiday="sigd")
    add_institution(index, unit, "בלי שכונה", open_beit_am=True)
    jaffa_d = scope_of(units, neighborhoods=frozenset({neighborhoods["jaffa-d"].translation_key}))

    for code in SHARES:
        assert [item.title for item in measure(code, jaffa_d).items] == ["ביפו ד"], code
        assert measure(code, jaffa_d).items[0].done, code
        assert measure(code, scope_of(units)).total == 3, code
    assert [i.detail for i in measure("institutions.upgrades", jaffa_d).items] == ["ביפו ד (2026)"]
    assert [i.title for i in measure("institutions.holiday_events", jaffa_d).items] == ["אירוע"]
    assert measure("institutions.upgrades", scope_of(units)).value == 2


def test_only_hebrew_pages_are_measured(demo_page):
    institution = demo_page("institutions/jaffa-d-community-center")
    scope = Scope(units=frozenset({institution.unit.translation_key}), start=START, end=END)
    result = measure("institutions.open_beit_am", scope)
    hebrew = InstitutionPage.objects.live().filter(
        locale=Locale.get_default(), unit=institution.unit
    )
    assert sorted(item.page_id for item in result.items) == sorted(p.pk for p in hebrew)
    assert InstitutionPage.objects.filter(translation_key=institution.translation_key).count() == 3


# Queries


def test_metrics_run_a_fixed_number_of_queries(index, units, neighborhoods):
    def queries(scope):
        counts = []
        for code in SHARES + COUNTS:
            get_metric(code).compute(scope)  # Wagtail keeps the site's root paths after this
            with CaptureQueriesContext(connection) as captured:
                result = get_metric(code).compute(scope)
            counts.append((len(captured), len(result.items)))
        return counts

    def add(count):
        for number in range(count):
            institution = add_institution(
                index,
                units["unit"],
                f"מוסד {number}",
                [benefit(), benefit()],
                [upgrade("opened", 2026)],
                neighborhood=neighborhoods["jaffa-d"],
            )
            for day in (1, 2, 3):
                add_event(institution, at(2026, 3, day, 18), holiday="sigd")

    near = scope_of(units, neighborhoods=frozenset({neighborhoods["jaffa-d"].translation_key}))
    add(2)
    before = queries(scope_of(units, per_item=2)) + queries(near)
    add(5)
    after = queries(scope_of(units, per_item=2)) + queries(near)

    assert [items for _n, items in before] == [2, 2, 2, 2, 6] * 2
    assert [items for _n, items in after] == [7, 7, 7, 7, 21] * 2
    assert [n for n, _items in after] == [n for n, _items in before]
    assert max(n for n, _items in after) <= 5
