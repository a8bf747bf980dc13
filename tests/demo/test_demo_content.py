"""The demo reads as a real city's site: each project's renderings and each institution's
pictures are drawings of their own, every unit, institution and project has its own phone number
in the city's format, and meetings fall on weekday evenings, never on Friday evening or Shabbat."""

import datetime
import hashlib
import itertools
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from PIL import Image, ImageChops, ImageStat
from wagtail.images import get_image_model

from business.models import BusinessEventPage
from demo.loader import moment
from hub.models import MunicipalUnit
from institutions.models import InstitutionEventPage, InstitutionPage
from projects.models import MeetingPage, ProjectPage

pytestmark = pytest.mark.django_db

# The city's own numbers look like 03-724-xxxx; mobile-style 05x numbers are never used. The
# hotline keeps its real short number.
CITY_PHONE = re.compile(r"^03-724-\d{4}$")
HOTLINE = "106"
FRIDAY, SATURDAY = 4, 5


def digest(image):
    with image.file.open("rb") as file:
        return hashlib.sha256(file.read()).hexdigest()


def unlike(a, b):
    """How far apart two pictures look: the mean difference, out of 255, of small grey copies
    (the same skyline drawn with two seeds is about 11 to 20 apart)."""

    def small(image):
        with image.file.open("rb") as file:
            return Image.open(file).convert("L").resize((32, 20), Image.BILINEAR)

    return ImageStat.Stat(ImageChops.difference(small(a), small(b))).mean[0]


def source(model):
    return model.objects.filter(locale__language_code="he")


def images_of(stream):
    return [block.value["image"] for block in stream]


def test_every_rendering_is_a_drawing_of_its_own():
    renderings = {
        project.slug: images_of(project.renderings) for project in source(ProjectPage).live()
    }
    digests = [digest(image) for images in renderings.values() for image in images]
    assert len(digests) >= 5
    assert len(set(digests)) == len(digests), "two renderings are the same picture"
    assert len(renderings["yehuda-hayamit-street-renewal"]) == 2
    pictures = [image for images in renderings.values() for image in images]
    for a, b in itertools.combinations(pictures, 2):
        assert unlike(a, b) > 18, (a.title, b.title)


def test_renderings_are_small_webp_files_with_real_captions():
    for project in source(ProjectPage).live():
        for block in project.renderings:
            image = block.value["image"]
            with image.file.open("rb") as file:
                head = file.read(12)
            assert head[:4] == b"RIFF" and head[8:12] == b"WEBP", image.title
            assert image.file_size < 80_000, image.title
            caption = block.value["caption"]
            assert caption and not re.search(r"\d", caption), caption
            assert "הדמיה" not in caption and len(caption) > 20
            assert block.value["alt_text"].startswith("הדמיה:")
            assert not re.search(r"הדמיה \d", image.title), image.title


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_project_page_shows_each_rendering_caption_and_alt_in_its_language(client, language):
    page = BeautifulSoup(
        client.get(f"/{language}/projects/kfar-shalem-neighborhood-park/").content, "html.parser"
    )
    figures = page.select(".gallery figure")
    assert len(figures) == 2
    captions = [figure.figcaption.get_text(strip=True) for figure in figures]
    alts = [figure.img["alt"] for figure in figures]
    assert len(set(captions)) == 2 and len(set(alts)) == 2
    expected = {"he": "הפארק ממבט על", "ar": "الحديقة من الأعلى", "en": "The park from above"}
    assert captions[0].startswith(expected[language])


def test_institution_pictures_differ_by_type_and_by_institution():
    by_kind = {}
    digests = []
    for institution in source(InstitutionPage).live():
        images = images_of(institution.photos)
        assert images, institution.slug
        by_kind.setdefault(institution.kind, set()).add(images[0].pk)
        digests += [digest(image) for image in images]
        assert len(images) == (2 if institution.open_beit_am else 1), institution.slug
    assert set(by_kind) == {"community_center", "youth_club", "country_club", "sport", "culture"}
    assert len(set(digests)) == len(digests), "two institutions show the same picture"
    first = {kind: get_image_model().objects.get(pk=min(pks)) for kind, pks in by_kind.items()}
    centers = [
        images_of(i.photos)[0] for i in source(InstitutionPage).filter(kind="community_center")
    ]
    alike = max(unlike(a, b) for a, b in itertools.combinations(centers, 2))
    for a, b in itertools.combinations(first.values(), 2):
        assert unlike(a, b) > 1.5 * alike, (a.title, b.title)
    titles = set(get_image_model().objects.values_list("title", flat=True))
    assert "המרכז הקהילתי יפו ד' – ערב בית עם: שיחה פתוחה באולם" in titles


def test_institution_photo_says_what_its_type_shows(client):
    page = BeautifulSoup(
        client.get("/en/institutions/ramat-aviv-country-club/").content, "html.parser"
    )
    figure = page.select_one(".gallery figure")
    assert "pool" in figure.img["alt"] and figure.figcaption.get_text(strip=True)


def test_every_phone_is_its_own_and_in_the_city_format():
    phones = list(source(MunicipalUnit).values_list("code", "phone"))
    phones += list(source(InstitutionPage).values_list("slug", "phone"))
    phones += list(source(ProjectPage).values_list("slug", "contact_phone"))
    numbers = [number for _name, number in phones]
    assert len(set(numbers)) == len(numbers), "two contacts share a phone"
    for name, number in phones:
        assert number == HOTLINE or CITY_PHONE.match(number), (name, number)
        assert not number.startswith("05"), (name, number)
    assert dict(phones)["hotline-106"] == HOTLINE


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_the_directory_says_the_phones_are_examples(client, language):
    page = BeautifulSoup(client.get(f"/{language}/units/").content, "html.parser")
    words = {"he": "דוגמאות", "ar": "أمثلة", "en": "examples"}
    assert words[language] in page.find("main").get_text()


def local(moment_):
    return timezone.localtime(moment_)


def test_meetings_fall_on_weekday_evenings():
    meetings = list(source(MeetingPage)) + list(source(BusinessEventPage).filter(kind="meeting"))
    assert len(meetings) >= 7
    for meeting in meetings:
        start = local(meeting.start)
        assert start.weekday() not in (FRIDAY, SATURDAY), (meeting.slug, start)
        assert datetime.time(17, 0) <= start.time() <= datetime.time(20, 0), (meeting.slug, start)


def test_events_keep_friday_evening_and_shabbat_free():
    for event in source(InstitutionEventPage).select_related():
        start = local(event.start)
        institution = event.get_parent().specific
        assert not (start.weekday() == FRIDAY and start.hour >= 14), (event.slug, start)
        if start.weekday() == SATURDAY:
            assert institution.kind == "culture" and start.hour < 13, (event.slug, start)
    for event in source(BusinessEventPage):
        assert local(event.start).weekday() not in (FRIDAY, SATURDAY), event.slug


@pytest.mark.parametrize("today", range(7))
def test_a_start_moves_to_a_weekday_away_from_today(today, monkeypatch):
    """Whatever day the demo is loaded, a start given as days from today lands on Sunday to
    Thursday, later for a coming day and earlier for a past one."""
    base = datetime.date(2026, 11, 22) + datetime.timedelta(days=today)  # from a Sunday
    monkeypatch.setattr(timezone, "localdate", lambda: base)
    for days in range(-9, 10):
        start = local(moment({"days": days, "hour": 18, "minute": 30}))
        assert start.weekday() not in (FRIDAY, SATURDAY)
        assert (start.hour, start.minute) == (18, 30)
        shift = (start.date() - base).days - days
        assert 0 <= shift <= 2 if days >= 0 else -2 <= shift <= 0
    saturday = local(moment({"days": 3, "hour": 11, "on": "sat"}))
    assert saturday.weekday() == SATURDAY and saturday.date() >= base + datetime.timedelta(3)
