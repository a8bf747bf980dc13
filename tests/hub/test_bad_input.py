"""Bad input in editors' forms gets a clear message in the admin's language; nothing stored changes."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from hub.models import MunicipalUnit

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def post_edit(client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    data["action-publish"] = "1"
    return client.post(url, data)


def errors_text(response):
    form = response.context["form"]
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def test_half_given_coordinates_are_refused_in_hebrew(admin_client, demo_page):
    page = demo_page("neighborhoods/jaffa/ajami")
    before = (page.latitude, page.longitude, page.latest_revision_id)
    response = post_edit(admin_client, page, longitude="")
    assert response.status_code == 200
    assert "יש למלא גם קו רוחב וגם קו אורך" in errors_text(response)
    page.refresh_from_db()
    assert (page.latitude, page.longitude, page.latest_revision_id) == before


def test_coordinates_outside_israel_are_refused(admin_client, demo_page):
    page = demo_page("neighborhoods/jaffa/ajami")
    response = post_edit(admin_client, page, latitude="48.85", longitude="2.35")
    assert response.status_code == 200
    assert "מחוץ לישראל" in errors_text(response)


def test_errors_follow_the_editors_chosen_language(admin_client, demo_page):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "ar"
    profile.save()
    page = demo_page("neighborhoods/jaffa/ajami")
    response = post_edit(admin_client, page, longitude="")
    assert "أدخلوا خط العرض وخط الطول معًا" in response.content.decode()
    assert b'<html lang="ar" dir="rtl"' in response.content


def test_bad_phone_for_a_unit_is_refused_and_unit_kept(admin_client):
    unit = MunicipalUnit.objects.get(code="digitel", locale__language_code="he")
    url = reverse("wagtailsnippets_hub_municipalunit:edit", args=[unit.pk])
    response = admin_client.get(url)
    data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
    data["phone"] = "call us!"
    data["services-count"] = "0"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "הזינו מספר טלפון" in errors_text(response)
    unit.refresh_from_db()
    assert unit.phone == "03-724-1111"


def test_image_without_alt_text_is_refused_unless_decorative():
    from wagtail.blocks import StructBlockValidationError
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from hub.blocks import ImageBlock

    image = Image.objects.create(title="rendering", file=get_test_image_file())
    block = ImageBlock()
    value = {"image": image.pk, "alt_text": "", "decorative": False, "caption": ""}
    with translation.override("he"), pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(value))
    assert "תארו את התמונה" in str(error.value.block_errors["alt_text"])
    assert block.clean(block.to_python({**value, "decorative": True}))["decorative"]
    assert block.clean(block.to_python({**value, "alt_text": "הדמיה"}))["alt_text"] == "הדמיה"


@pytest.mark.parametrize(
    "url",
    [
        "/he/projects/?neighborhood=%00&status=%00&unit=%00&page=%00",
        "/he/projects/calendar/?neighborhood=%00",
        "/he/institutions/?kind=%00&neighborhood=%00&audience=%00&open=%00",
        "/he/events/?from=%00&to=%00&neighborhood=%00&audience=%00&type=%00",
        "/he/events/calendar/?neighborhood=%00",
        "/he/business/?sector=%00&stage=%00",
        "/he/business/who-handles-what/?unit=%00&sector=%00",
    ],
)
def test_nul_bytes_in_listing_filters_are_refused_never_a_server_error(client, url):
    # Refused before the listing reads them (hub.errors), on PostgreSQL as on SQLite.
    response = client.get(url)
    assert response.status_code == 400
    assert "הכתובת מכילה תווים שאינם טקסט" in response.content.decode()
