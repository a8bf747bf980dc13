"""The units directory: every unit of seed 000, with contacts, in each language."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.loader import seed_text
from hub.models import MunicipalUnit

pytestmark = pytest.mark.django_db

SEED_UNITS = {
    "mayors-office": ("לשכת ראש העירייה", "مكتب رئيس البلدية", "Mayor's Office"),
    "hotline-106": ("מוקד שירות 106", "مركز الخدمة 106", "106 Service Hotline"),
    "quarters-neighborhoods": (
        "אגף רבעים ושכונות",
        "قسم الأحياء والحارات",
        "Quarters and Neighborhoods",
    ),
    "jaffa-administration": ("המשלמה ליפו", "إدارة يافا", "Jaffa Administration"),
    "community-youth-sport": (
        "אגף קהילה נוער וספורט",
        "قسم المجتمع والشبيبة والرياضة",
        "Community, Youth and Sport",
    ),
    "community-centers": ("המרכזים הקהילתיים", "المراكز الجماهيرية", "Community Centers"),
    "community-work": ("עבודה קהילתית", "العمل الجماهيري", "Community Work"),
    "digitel": ("דיגיטל", "ديجيتل", "Digitel"),
    "business-promotion": (
        "מינהלת קידום העסקים",
        "إدارة تطوير المصالح التجارية",
        "Business Promotion",
    ),
    "participation-program": ("שיתוף הציבור", "إشراك الجمهور", "Public Participation"),
}


def directory(client, language):
    response = client.get(f"/{language}/units/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("index,language", list(enumerate(["he", "ar", "en"])))
def test_directory_lists_every_seed_unit_with_contacts(client, index, language):
    page = directory(client, language)
    for code, names in SEED_UNITS.items():
        card = page.find(id=f"unit-{code}")
        assert card is not None, code
        assert names[index] in card.find(class_="unit-card__name").get_text()
        assert card.select_one("a[href^='tel:']"), code
        assert card.select_one("a[href^='mailto:']"), code
        assert card.find("dt", string=True) is not None
        assert card.find(class_="unit-card__description").get_text(strip=True), code


def test_unit_descriptions_in_hebrew_are_the_seed_text():
    unit = MunicipalUnit.objects.get(code="jaffa-administration", locale__language_code="he")
    assert seed_text("המשלמה ליפו הוקמה במטרה") in unit.description
    assert "ארבעה צירי פעולה" in unit.description


def test_freedom_of_information_and_round_the_clock_hotline_are_listed(client):
    he = directory(client, "he")
    assert "חופש המידע" in he.find(id="unit-mayors-office").get_text()
    hotline = he.find(id="unit-hotline-106")
    assert hotline.select_one("a[href='tel:106']")
    assert "24 שעות ביממה" in hotline.get_text()
    en = directory(client, "en")
    assert "Freedom of Information" in en.find(id="unit-mayors-office").get_text()


def test_subunits_name_their_parent_in_the_page_language(client):
    card = directory(client, "ar").find(id="unit-community-centers")
    assert "قسم المجتمع والشبيبة والرياضة" in card.find(class_="unit-card__parent").get_text()


def test_directory_runs_a_fixed_number_of_queries(client):
    client.get("/he/units/")
    cache.clear()
    with CaptureQueriesContext(connection) as before:
        client.get("/he/units/")
    source = MunicipalUnit.objects.get(code="digitel", locale__language_code="he")
    for number in range(10):
        MunicipalUnit.objects.create(
            locale=source.locale, code=f"extra-{number}", name=f"יחידה {number}", parent=source
        )
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        response = client.get("/he/units/")
    assert b"unit-extra-9" in response.content
    assert len(after) == len(before)


def test_unit_owned_pages_name_whom_to_contact(client):
    page = BeautifulSoup(client.get("/en/neighborhoods/jaffa/ajami/").content, "html.parser")
    owner = page.find("aside", class_="page-owner")
    assert "Quarters and Neighborhoods Division" in owner.get_text()


def test_neighborhood_index_runs_a_fixed_number_of_queries(client, demo_page):
    from hub.models import NeighborhoodPage

    client.get("/he/neighborhoods/")
    cache.clear()
    with CaptureQueriesContext(connection) as before:
        client.get("/he/neighborhoods/")
    quarter = demo_page("neighborhoods/jaffa")
    for number in range(5):
        quarter.add_child(
            instance=NeighborhoodPage(
                title=f"שכונה {number}", slug=f"extra-{number}", summary="תקציר", unit=quarter.unit
            )
        )
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        response = client.get("/he/neighborhoods/")
    assert "שכונה 4" in response.content.decode()
    assert len(after) == len(before), [q["sql"] for q in after]


def test_home_page_queries_do_not_grow_with_top_tasks(client, demo_page):
    home = demo_page("")
    url = "/ar/"
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as before:
        response = client.get(url)
    assert "المشاريع" in response.content.decode() or "مشاريع" in response.content.decode()
    tasks = list(home.top_tasks.raw_data)
    home.top_tasks = tasks + tasks[:3]
    home.save_revision().publish()
    arabic = demo_page("", "ar")
    arabic.top_tasks = home.top_tasks.raw_data
    arabic.save()
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        response = client.get(url)
    assert response.content.decode().count('class="top-task"') == len(tasks) + 3
    assert len(after) == len(before)
