"""Numbers in right-to-left text: each tag of hub/templatetags/bidi.py on its own, then the demo
pages, where no telephone number, time, range or date in Hebrew or Arabic may stand outside its
left-to-right isolate."""

import datetime
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from bs4 import NavigableString
from django.template import Context, Template
from django.utils import timezone, translation

from hub.templatetags.bidi import ltr, ltr_text, numbers, phone, shekels, span, tel_href
from tests.helpers import soup

ISOLATE = '<bdi dir="ltr" class="num">{}</bdi>'
ISRAEL = ZoneInfo("Asia/Jerusalem")


def render(source, **context):
    return Template("{% load bidi %}" + source).render(Context(context))


# ltr


@pytest.mark.parametrize(
    "value,shown",
    [
        ("03-724-1111", "03-724-1111"),
        (42, "42"),
        (0, "0"),
        (Decimal("66.7"), "66.7"),
        ("≥ 80%", "≥ 80%"),
    ],
)
def test_ltr_isolates_a_value(value, shown):
    assert ltr(value) == ISOLATE.format(shown)


@pytest.mark.parametrize("value", [None, ""])
def test_ltr_of_nothing_is_nothing(value):
    assert ltr(value) == ""
    assert render("[{{ value|ltr }}]", value=value) == "[]"


def test_ltr_escapes_text():
    assert ltr("<b>1&2</b>") == ISOLATE.format("&lt;b&gt;1&amp;2&lt;/b&gt;")
    assert render("{{ value|ltr }}", value="<i>5</i>") == ISOLATE.format("&lt;i&gt;5&lt;/i&gt;")


def test_ltr_of_a_date_a_time_and_a_datetime():
    assert ltr(datetime.date(2026, 3, 1)) == ISOLATE.format(
        '<time datetime="2026-03-01">01.03.2026</time>'
    )
    assert ltr(datetime.date(2026, 3, 1), "j.n") == ISOLATE.format(
        '<time datetime="2026-03-01">1.3</time>'
    )
    assert ltr(datetime.time(9, 5)) == ISOLATE.format('<time datetime="09:05">09:05</time>')
    moment = datetime.datetime(2026, 3, 1, 6, 30, tzinfo=datetime.UTC)
    with timezone.override(ISRAEL):
        assert ltr(moment) == ISOLATE.format(
            '<time datetime="2026-03-01T08:30:00+02:00">01.03.2026 08:30</time>'
        )


def test_ltr_in_a_template_with_a_format():
    day = datetime.date(2026, 12, 31)
    assert render('{{ day|ltr:"d.m" }}', day=day) == ISOLATE.format(
        '<time datetime="2026-12-31">31.12</time>'
    )


def test_ltr_text_isolates_plain_text_without_markup():
    assert ltr_text("14–16") == "\u206614–16\u2069"
    assert ltr_text(datetime.date(2026, 3, 1)) == "\u206601.03.2026\u2069"
    assert ltr_text(None) == "" and ltr_text("") == ""
    assert render("<title>{{ value|ltr_text }}</title>", value="<1>") == (
        "<title>\u2066&lt;1&gt;\u2069</title>"
    )


# span


def test_span_of_two_times_keeps_its_order_in_every_language():
    opens = datetime.datetime(2026, 3, 1, 8, tzinfo=ISRAEL)
    closes = datetime.datetime(2026, 3, 1, 22, tzinfo=ISRAEL)
    for language in ("he", "ar", "en"):
        with translation.override(language), timezone.override(ISRAEL):
            html = render('{% span opens closes "H:i" %}', opens=opens, closes=closes)
        assert html == ISOLATE.format(
            '<time datetime="2026-03-01T08:00:00+02:00">08:00</time>–'
            '<time datetime="2026-03-01T22:00:00+02:00">22:00</time>'
        )


def test_span_of_dates_strings_and_numbers():
    assert span(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)) == ISOLATE.format(
        '<time datetime="2026-01-01">01.01.2026</time>–'
        '<time datetime="2026-12-31">31.12.2026</time>'
    )
    assert span("08:00", "16:00") == ISOLATE.format("08:00–16:00")
    assert span(14, 16) == ISOLATE.format("14–16")
    assert span("<a>", "b") == ISOLATE.format("&lt;a&gt;–b")


def test_span_with_one_end_missing_shows_the_other():
    assert span("08:00", None) == ISOLATE.format("08:00")
    assert span(None, "16:00") == ISOLATE.format("16:00")
    assert span(None, "") == ""


# phone


@pytest.mark.parametrize(
    "number,href",
    [
        ("03-724-1111", "+97237241111"),
        ("03 724 1111", "+97237241111"),
        ("050-123-4567", "+972501234567"),
        ("106", "106"),
        ("*6100", "6100"),
        ("+972-3-724-1111", "+97237241111"),
    ],
)
def test_tel_href_dials_from_anywhere(number, href):
    assert tel_href(number) == href


def test_phone_is_a_link_with_an_isolated_number():
    assert phone("03-724-1111") == (
        '<a href="tel:+97237241111">' + ISOLATE.format("03-724-1111") + "</a>"
    )
    assert render('{% phone "106" %}') == '<a href="tel:106">' + ISOLATE.format("106") + "</a>"


def test_phone_with_a_label_escapes_the_label():
    assert render("{% phone number label %}", number="106", label="Call <us>") == (
        '<a href="tel:106">Call &lt;us&gt; ' + ISOLATE.format("106") + "</a>"
    )


@pytest.mark.parametrize("number", [None, ""])
def test_phone_of_nothing_is_nothing(number):
    assert phone(number) == ""
    assert render("[{% phone number %}]", number=number) == "[]"


def test_phone_as_a_variable():
    html = render('{% phone "106" as hotline %}<p>{{ hotline }}</p>')
    assert html == '<p><a href="tel:106">' + ISOLATE.format("106") + "</a></p>"


# shekels


@pytest.mark.parametrize(
    "amount,shown",
    [
        (120, "120"),
        (Decimal("120.00"), "120"),
        (Decimal("99.5"), "99.50"),
        (1200, "1,200"),
        ("35", "35"),
        (0, "0"),
    ],
)
def test_shekels_keeps_the_sign_with_its_number(amount, shown):
    assert shekels(amount) == ISOLATE.format(shown + "\u00a0₪")


@pytest.mark.parametrize("amount", [None, ""])
def test_shekels_of_nothing_is_nothing(amount):
    assert shekels(amount) == ""


def test_shekels_escapes_text():
    assert shekels("<5>") == ISOLATE.format("&lt;5&gt;\u00a0₪")


# numbers (free text)


@pytest.mark.parametrize(
    "text,runs",
    [
        ("א׳–ה׳ 08:00–16:00, ו׳ 08:00-12:00", ["08:00–16:00", "08:00-12:00"]),
        ("טלפון 03-724-1111 או 106", ["03-724-1111"]),
        ("مساءً 17:00 – 21:00", ["17:00 – 21:00"]),
        ("ב-12.3.2026 בשעה 9:30", ["12.3.2026", "9:30"]),
        ("מחיר 120 ₪ או ₪1,200.50", ["120 ₪", "₪1,200.50"]),
        ("1,000 تذكرة", ["1,000"]),
        ("שעות 14–16", ["14–16"]),
        ("Ibn Gabirol 69, floor 3", []),
    ],
)
def test_numbers_isolates_each_number_run_in_free_text(text, runs):
    html = numbers(text)
    assert re.findall(r'<bdi dir="ltr" class="num">(.*?)</bdi>', str(html)) == runs
    assert re.sub(r"<[^>]+>", "", str(html)) == text


def test_numbers_escapes_the_rest_and_leaves_markup_alone():
    assert numbers("<b>08:00–09:00</b>") == (
        "&lt;b&gt;" + ISOLATE.format("08:00–09:00") + "&lt;/b&gt;"
    )
    assert render("{{ text|numbers }}", text="a & 10:00") == "a &amp; " + ISOLATE.format("10:00")
    assert numbers(None) == "" and numbers("") == ""
    rich = render("{{ text|safe|numbers }}", text='<a href="/x?t=10:00">10:00</a>')
    assert rich == '<a href="/x?t=10:00">10:00</a>'


# The demo pages

PAGES = [
    "units/",
    "business/",
    "business/business-licensing/",
    "business/who-handles-what/",
    "business/jaffa-business-meeting/",
    "events/",
    "neighborhoods/",
    "neighborhoods/jaffa/",
    "targets/",
    "targets/engineering-coordination/",
    "open-data/",
]
# A telephone number, a time or a range of times, a numeric date: what must never be laid out
# by the sentence around it.
LOOSE = re.compile(
    r"0\d{1,2}-?\d{3}-?\d{4}"
    r"|\d{1,2}:\d{2}\s?[–-]\s?\d{1,2}:\d{2}"
    r"|\d{1,2}:\d{2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
)
PLAIN_ISOLATE = re.compile("\u2066[^\u2069]*\u2069")


def loose_numbers(element):
    """The number runs in `element`'s text that no `bdi.num` isolates, nor, in plain text such
    as an SVG title, Unicode's left-to-right isolate."""
    found = []
    for text in element.find_all(string=True):
        if not isinstance(text, NavigableString) or text.parent.name in ("script", "style"):
            continue
        if any(
            parent.name == "bdi" and "num" in parent.get("class", []) for parent in text.parents
        ):
            continue
        found += [
            (number, text.parent.name) for number in LOOSE.findall(PLAIN_ISOLATE.sub("", text))
        ]
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["he", "ar"])
@pytest.mark.parametrize("path", PAGES)
def test_no_number_stands_outside_its_isolate(client, language, path):
    main = soup(client.get(f"/{language}/{path}")).find("main")
    assert main is not None
    assert loose_numbers(main) == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_the_events_page_shows_each_range_start_first(client, language):
    main = soup(client.get(f"/{language}/events/")).find("main")
    ranges = [
        bdi.get_text()
        for bdi in main.select("bdi.num[dir=ltr]")
        if re.fullmatch(r"\d{2}:\d{2}–\d{2}:\d{2}", bdi.get_text())
    ]
    assert ranges
    for text in ranges:
        opens, closes = text.split("–")
        assert opens <= closes, text
    for bdi in main.select("bdi.num"):
        for time in bdi.find_all("time"):
            assert time["datetime"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_unit_phones_dial_the_whole_number(client, language):
    main = soup(client.get(f"/{language}/units/")).find("main")
    links = main.select('a[href^="tel:"]')
    assert links
    for link in links:
        number = link.select_one("bdi.num").get_text()
        assert link["href"] == "tel:" + tel_href(number)
        assert re.fullmatch(r"tel:(\+972\d{8,9}|\d{3,5})", link["href"]), link["href"]
        assert not link.has_attr("dir")


@pytest.mark.parametrize("language", ["he", "ar"])
def test_the_error_pages_hotline_is_an_isolated_link(language):
    with translation.override(language):
        html = Template("{% extends 'errors/unavailable.html' %}").render(Context({}))
    assert '<a href="tel:106"><bdi dir="ltr" class="num">106</bdi></a>' in html
