"""Dates in the admin the way editors type them (hub/formats, hub/widgets.py): day/month/year or
ISO in every admin language, shown as dd/mm/yyyy HH:MM with the time zone in date-times' help
text, and anything else refused with a message that shows how, the typed text kept."""

import datetime
import zoneinfo

import pytest
from bs4 import NavigableString, TemplateString
from django.conf import global_settings, settings
from django.conf.locale.ar import formats as django_ar
from django.conf.locale.en import formats as django_en
from django.conf.locale.he import formats as django_he
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail.users.models import UserProfile

from home.models import AccessibilityStatementPage
from hub.filters import DayField
from institutions.models import InstitutionPage
from projects.models import MeetingPage, ProjectPage
from tests.helpers import sign_in, soup

pytestmark = pytest.mark.django_db

ISRAEL = zoneinfo.ZoneInfo("Asia/Jerusalem")
LANGUAGES = ["he", "ar", "en"]
EVENING = datetime.datetime(2026, 12, 20, 19, 0, tzinfo=ISRAEL)
MIDNIGHT = datetime.datetime(2026, 12, 20, tzinfo=ISRAEL)
DATE_TIMES = {
    "20/12/2026 19:00": EVENING,
    "20/12/2026 19:00:00": EVENING,
    "20/12/2026": MIDNIGHT,
    "20.12.2026 19:00": EVENING,
    "20.12.2026": MIDNIGHT,
    "20-12-2026 19:00": EVENING,
    "20-12-2026": MIDNIGHT,
    "2026-12-20 19:00": EVENING,
    "2026-12-20T19:00": EVENING,
    "2026-12-20": MIDNIGHT,
    " 5/6/2026 07:30 ": datetime.datetime(2026, 6, 5, 7, 30, tzinfo=ISRAEL),
}
DATES = {
    "20/12/2026": datetime.date(2026, 12, 20),
    "20.12.2026": datetime.date(2026, 12, 20),
    "20-12-2026": datetime.date(2026, 12, 20),
    "2026-12-20": datetime.date(2026, 12, 20),
    "05/06/2026": datetime.date(2026, 6, 5),
}
UNREADABLE = ["32/13/2026", "tomorrow", "20/12", "31/02/2026", "20/12/2026 25:00"]
DATE_TIME_MESSAGE = "Enter the date as day/month/year, e.g. 20/12/2026 19:00."
DATE_MESSAGE = "Enter the date as day/month/year, e.g. 20/12/2026."


def form_fields(model):
    return model.get_edit_handler().get_form_class().base_fields


def stage_data(start):
    return nested_form_data(
        {"timeline": streamfield([("stage", {"title": "ביצוע", "start": start, "end": ""})])}
    )


@pytest.fixture(params=LANGUAGES)
def language(request):
    with translation.override(request.param), timezone.override(ISRAEL):
        yield request.param


# What is read


@pytest.mark.parametrize("text", DATE_TIMES)
def test_a_meetings_start_is_read_as_typed(language, text):
    assert form_fields(MeetingPage)["start"].clean(text) == DATE_TIMES[text]


@pytest.mark.parametrize("text", DATES)
def test_a_date_is_read_as_typed(language, text):
    assert form_fields(AccessibilityStatementPage)["last_reviewed"].clean(text) == DATES[text]


@pytest.mark.parametrize("text", DATES)
def test_a_date_in_a_block_is_read_as_typed(language, text):
    field = form_fields(ProjectPage)["timeline"]
    stream = field.clean(field.widget.value_from_datadict(stage_data(text), {}, "timeline"))
    assert stream[0].value["start"] == DATES[text]
    start_block = stream[0].block.child_blocks["start"]
    assert start_block.get_form_state(stream[0].value["start"]) == DATES[text].strftime("%d/%m/%Y")


def test_dates_and_times_of_inline_rows_are_read_as_typed(language):
    form = InstitutionPage.get_edit_handler().get_form_class().formsets["hours_exceptions"].form
    assert form.base_fields["date"].clean("24/09/2026") == datetime.date(2026, 9, 24)
    assert form.base_fields["opens"].clean("9:30") == datetime.time(9, 30)
    with pytest.raises(ValidationError) as refusal:
        form.base_fields["opens"].clean("25:00")
    assert refusal.value.messages == [gettext("Enter the time as hours:minutes, e.g. 19:00.")]


def test_the_pickers_format_comes_first_in_every_language():
    """Wagtail's own check of this is off since Django dropped USE_L10N (wagtailadmin.E003)."""
    for language in LANGUAGES:
        first = {
            kind: formats.get_format(f"{kind}_INPUT_FORMATS", lang=language)[0]
            for kind in ("DATE", "DATETIME", "TIME")
        }
        assert first == {
            "DATE": settings.WAGTAIL_DATE_FORMAT,
            "DATETIME": settings.WAGTAIL_DATETIME_FORMAT,
            "TIME": settings.WAGTAIL_TIME_FORMAT,
        }


# What is refused


@pytest.mark.parametrize("text", UNREADABLE)
def test_an_unreadable_start_is_refused_with_how_to_write_it(language, text):
    with pytest.raises(ValidationError) as refusal:
        form_fields(MeetingPage)["start"].clean(text)
    assert refusal.value.messages == [gettext(DATE_TIME_MESSAGE)]


@pytest.mark.parametrize("text", ["32/13/2026", "tomorrow", "20/12"])
def test_an_unreadable_date_in_a_block_is_refused_and_kept(language, text):
    """A block's date keeps Django's own message: Wagtail's DateBlock takes no other."""
    field = form_fields(ProjectPage)["timeline"]
    value = field.widget.value_from_datadict(stage_data(text), {}, "timeline")
    with pytest.raises(ValidationError) as refusal:
        field.clean(value)
    [stage_errors] = refusal.value.block_errors.values()
    assert stage_errors.block_errors["start"].messages == [gettext("Enter a valid date.")]
    shown = field.widget.render_with_errors(
        "timeline", value, attrs={"id": "id_timeline"}, errors=ErrorList([refusal.value])
    )
    assert f"&quot;start&quot;: &quot;{text}&quot;" in shown


# In the admin, as an editor of the meeting's unit


@pytest.fixture
def meeting(db):
    return MeetingPage.objects.get(locale__language_code="he", slug="residents-meeting-phase-2")


@pytest.fixture
def editor(client, meeting, language):
    return sign_in(client, f"{meeting.unit.code}-editor", language)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def save_draft(client, page, **changes):
    data = querydict_from_html(
        client.get(edit_url(page)).content.decode(), form_id="page-edit-form"
    )
    for name, value in changes.items():
        data[name] = value
    return client.post(edit_url(page), data)


def draft(page):
    return Page.objects.get(pk=page.pk).get_latest_revision().as_object()


def said(language, msgid):
    """A message in the editor's language: a request through the test client resets the
    language active in the test, so it is asked for again."""
    with translation.override(language):
        return gettext(msgid)


def described(shown, name):
    """The texts the field's aria-describedby points at, in a <template> too (the publishing
    schedule's dialog), which CSS selectors and get_text leave out by default."""
    ids = shown.find("input", attrs={"name": name})["aria-describedby"].split()
    texts = (NavigableString, TemplateString)
    return " ".join(shown.find(id=id_).get_text(" ", strip=True, types=texts) for id_ in ids)


def test_the_form_shows_day_month_year_and_the_time_zone(editor, meeting, language):
    shown = soup(editor.get(edit_url(meeting)))
    start = shown.select_one("input[name=start]")
    assert start["value"] == timezone.localtime(meeting.start, ISRAEL).strftime("%d/%m/%Y %H:%M")
    assert '"format": "d/m/Y H:i"' in shown.select_one("#id_start ~ script").string
    note = said(language, "Israel time (%(zone)s)") % {"zone": "Asia/Jerusalem"}
    for name in ("start", "end"):
        assert described(shown, name) == note


def test_an_editor_with_another_time_zone_is_told_so(editor, meeting, language):
    profile = UserProfile.objects.get(user__username=f"{meeting.unit.code}-editor")
    profile.current_time_zone = "Europe/London"
    profile.save()
    shown = soup(editor.get(edit_url(meeting)))
    zone = said(language, "Time zone: %(zone)s") % {"zone": "Europe/London"}
    assert described(shown, "start") == zone
    assert shown.select_one("input[name=start]")["value"] == timezone.localtime(
        meeting.start, zoneinfo.ZoneInfo("Europe/London")
    ).strftime("%d/%m/%Y %H:%M")


@pytest.mark.parametrize("start", ["20/12/2026 19:00", "2026-12-20T19:00", "20.12.2026 19:00"])
def test_a_typed_start_is_saved_in_israel_time(editor, meeting, start):
    response = save_draft(editor, meeting, start=start, end="20/12/2026 21:00")
    assert response.status_code == 302, response.context["form"].errors
    saved = draft(meeting)
    assert saved.start == EVENING
    assert timezone.localtime(saved.start, ISRAEL).strftime("%d/%m/%Y %H:%M") == "20/12/2026 19:00"
    assert saved.end == EVENING + datetime.timedelta(hours=2)


@pytest.mark.parametrize("start", ["32/13/2026", "tomorrow", "20/12"])
def test_an_unreadable_start_is_refused_and_kept_as_typed(editor, meeting, start, language):
    before = Page.objects.get(pk=meeting.pk).latest_revision_id
    response = save_draft(editor, meeting, start=start)
    assert response.status_code == 200
    assert Page.objects.get(pk=meeting.pk).latest_revision_id == before
    with translation.override(language):
        errors = [str(error) for error in response.context["form"].errors["start"]]
    assert errors == [said(language, DATE_TIME_MESSAGE)]
    shown = soup(response)
    assert shown.select_one("input[name=start]")["value"] == start
    assert said(language, DATE_TIME_MESSAGE) in described(shown, "start")


def test_an_unreadable_date_is_refused_with_how_to_write_it(language):
    with pytest.raises(ValidationError) as refusal:
        form_fields(AccessibilityStatementPage)["last_reviewed"].clean("20/12")
    assert refusal.value.messages == [gettext(DATE_MESSAGE)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_admin_listing_filters_by_typed_dates(client, language):
    """Wagtail's own date filters (here the site history's) read day/month/year too."""
    admin = get_user_model().objects.get(username="admin")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin)
    url = reverse("wagtailadmin_reports:site_history")
    response = client.get(url, {"timestamp_from": "05/06/2000", "timestamp_to": "31.12.2099"})
    assert response.status_code == 200
    assert response.context["filters"].is_valid()
    timestamp = response.context["filters"].form.cleaned_data["timestamp"]
    assert (timestamp.start.date(), timestamp.stop.date()) == (
        datetime.date(2000, 6, 5),
        datetime.date(2099, 12, 31),
    )
    response = client.get(url, {"timestamp_from": "32/13/2026"})
    assert response.status_code == 200
    assert not response.context["filters"].is_valid()
    assert soup(response).find("input", attrs={"name": "timestamp_from"})["value"] == "32/13/2026"


# What stays as it was


def test_public_pages_keep_their_own_date_formats():
    for language, django_formats in (("he", django_he), ("ar", django_ar), ("en", django_en)):
        for name in ("DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT", "TIME_FORMAT"):
            django_format = getattr(django_formats, name, getattr(global_settings, name))
            assert formats.get_format(name, lang=language) == django_format
    with translation.override("he"):
        assert DayField().clean("2026-12-20") == datetime.date(2026, 12, 20)
        with pytest.raises(ValidationError):
            DayField().clean("20/12/2026")


def test_every_admin_page_sets_the_pickers_before_its_fields(client, meeting):
    """The pickers' options are set once for the whole admin (hub/static/hub/admin/dates.js),
    after the picker's library and before any field starts a picker."""
    admin = get_user_model().objects.get(username="admin")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "he"
    profile.save()
    client.force_login(admin)
    response = client.get(edit_url(meeting))
    page = response.content.decode()
    script = page.index("hub/admin/dates.js")
    assert page.index("jquery.datetimepicker.js") < script < page.index("initDateTimeChooser(")
    assert client.get(settings.STATIC_URL + "hub/admin/dates.js").status_code == 200
    with translation.override("he"):
        note = gettext("Israel time (%(zone)s)") % {"zone": "Asia/Jerusalem"}
    for name in ("go_live_at", "expire_at"):
        assert described(soup(response), name) == note, "the publishing schedule says it too"
