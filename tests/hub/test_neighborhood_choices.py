"""Neighborhoods are chosen from those of the page's language, grouped by quarter, with a box to
narrow them; a project's choice is saved in its draft and goes live with it."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from hub.models import NeighborhoodPage, QuarterPage
from hub.neighborhood_fields import grouped_neighborhoods

pytestmark = pytest.mark.django_db

PROJECT = "projects/shapira-community-garden"


def test_neighborhoods_are_grouped_by_quarter_in_the_pages_language():
    hebrew = Locale.objects.get(language_code="he")
    groups = grouped_neighborhoods(hebrew)
    quarters = list(QuarterPage.objects.filter(locale=hebrew).order_by("quarter_number", "title"))
    assert [title for title, _choices in groups] == [
        quarter.title for quarter in quarters if NeighborhoodPage.objects.child_of(quarter).exists()
    ]
    by_title = dict(groups)
    for quarter in quarters:
        expected = set(NeighborhoodPage.objects.child_of(quarter).values_list("pk", flat=True))
        if expected:
            assert {pk for pk, _name in by_title[quarter.title]} == expected
    chosen = {pk for _title, choices in groups for pk, _name in choices}
    assert chosen == set(
        NeighborhoodPage.objects.filter(locale=hebrew).values_list("pk", flat=True)
    )


def form_data(project, neighborhoods):
    data = nested_form_data(
        {
            "title": project.title,
            "slug": project.slug,
            "unit": project.unit_id,
            "summary": project.summary,
            "status": project.status,
            "description": streamfield([("paragraph", rich_text("<p>תיאור</p>"))]),
            "timeline": streamfield([]),
            "renderings": streamfield([]),
            "documents": streamfield([]),
            "updates": streamfield([]),
            "address": project.address,
            "latitude": project.latitude or "",
            "longitude": project.longitude or "",
            "contact_name": "",
            "contact_phone": "",
            "contact_email": "",
        }
    )
    data["neighborhoods"] = neighborhoods
    return data


@pytest.fixture
def manager(client):
    client.force_login(get_user_model().objects.get(username="engineering-coordination-manager"))
    return client


def test_the_editor_shows_the_projects_neighborhoods_checked(manager, demo_page):
    project = demo_page(PROJECT)
    html = manager.get(reverse("wagtailadmin_pages:edit", args=[project.pk])).content.decode()
    assert "data-hub-filter-input" in html
    for link in project.neighborhood_links.all():
        assert f'value="{link.neighborhood_id}"' in html
    checked = html.count('name="neighborhoods"') and html.count("checked")
    assert checked >= project.neighborhood_links.count()


def test_chosen_neighborhoods_are_saved_and_published(manager, demo_page):
    project = demo_page(PROJECT)
    wanted = list(
        NeighborhoodPage.objects.filter(locale=project.locale)
        .exclude(pk__in=project.neighborhood_links.values("neighborhood_id"))
        .values_list("pk", flat=True)[:2]
    )
    url = reverse("wagtailadmin_pages:edit", args=[project.pk])
    response = manager.post(url, {**form_data(project, wanted), "action-publish": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    project.refresh_from_db()
    assert [link.neighborhood_id for link in project.neighborhood_links.all()] == wanted


def test_an_unknown_neighborhood_is_refused_with_a_message(manager, demo_page):
    project = demo_page(PROJECT)
    before = list(project.neighborhood_links.values_list("neighborhood_id", flat=True))
    url = reverse("wagtailadmin_pages:edit", args=[project.pk])
    response = manager.post(url, form_data(project, ["999999"]))
    assert response.status_code == 200
    assert "999999" in response.content.decode() or "errorlist" in response.content.decode()
    assert list(project.neighborhood_links.values_list("neighborhood_id", flat=True)) == before


def test_an_institution_chooses_its_neighborhood_from_a_grouped_list(manager, demo_page):
    institution = demo_page("institutions/jaffa-d-community-center")
    admin = get_user_model().objects.get(username="admin")
    manager.force_login(admin)
    html = manager.get(reverse("wagtailadmin_pages:edit", args=[institution.pk])).content.decode()
    select = html[html.index('name="neighborhood"') :]
    select = select[: select.index("</select>")]
    assert "<optgroup" in select
    assert f'value="{institution.neighborhood_id}" selected' in select
