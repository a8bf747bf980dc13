"""Numbers in right-to-left text: phones, times, ranges, prices and dates.

Each is isolated once, left to right and unbreakable (`.num` in the stylesheet), so that in a
Hebrew or Arabic sentence "03-724-1111" never shows as "1111-724-03", a range keeps one order
("08:00–22:00" in every language) and never breaks at its dash, and a price stays with its ₪.
Templates never write `dir` by hand on a number: they use these.
"""

import re
from datetime import date, datetime, time

from django import template
from django.utils import dateformat, timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, mark_safe

register = template.Library()

DASH = "\u2013"
SHEKEL = "\u20aa"
FORMATS = {datetime: "d.m.Y H:i", date: "d.m.Y", time: "H:i"}
MACHINE = {datetime: "c", date: "Y-m-d", time: "H:i"}

# A number run in free text (an editor's opening hours, an address, a detail line): a telephone
# number, a range of times, dates or numbers, a price with its sign, a date, a time, a decimal.
# A lone whole number needs no isolation and is left to the sentence.
_NUM = r"\d+(?:[.,]\d+)*"
_TIME = r"\d{1,2}:\d{2}"
_DATE = r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
_SINGLE = rf"(?:{_DATE}|{_TIME}|{_NUM})"
NUMBER_RUN = re.compile(
    r"(?<![\w:./,+])(?<!\d-)(?:"
    r"\+?\d{2,4}(?:[-\u2010\u2011 ]\d{2,4}){1,3}(?![\w:./,\u2013\u2014-])"
    rf"|{_SINGLE}\s?[\u2013\u2014-]\s?{_SINGLE}"
    rf"|{SHEKEL}\s?{_NUM}|{_NUM}\s?{SHEKEL}"
    rf"|{_DATE}|{_TIME}|\d+[.,]\d+(?:[.,]\d+)*"
    r")(?!\w)"
)


def _kind(value):
    for kind in FORMATS:
        if isinstance(value, kind):
            return kind
    return None


def _local(value):
    return timezone.template_localtime(value) if isinstance(value, datetime) else value


def _text(value, fmt=None):
    kind = _kind(value)
    if kind:
        return dateformat.format(_local(value), fmt or FORMATS[kind])
    return "" if value is None else str(value)


def _shown(value, fmt=None):
    """The value as escaped HTML; a date or time inside its `<time datetime>`."""
    kind = _kind(value)
    text = _text(value, fmt)
    if kind and text:
        machine = dateformat.format(_local(value), MACHINE[kind])
        return format_html('<time datetime="{}">{}</time>', machine, text)
    return conditional_escape(text)


def isolated(html):
    """Already-escaped `html` as one left-to-right, unbreakable run; "" stays ""."""
    return format_html('<bdi dir="ltr" class="num">{}</bdi>', html) if html else ""


@register.filter(is_safe=True)
def ltr(value, fmt=None):
    """`{{ value|ltr }}`, `{{ day|ltr:"j.n" }}`: a number, time or date kept whole and in order.
    Give dates and times only numeric formats: a format with words ("l j F") belongs to the
    sentence, not to a left-to-right run."""
    return isolated(_shown(value, fmt))


@register.filter
def ltr_text(value, fmt=None):
    """`{{ value|ltr_text }}`: the same for plain text, where no markup may go (an SVG title, an
    attribute): the value between Unicode's left-to-right isolate and its closing mark."""
    text = _text(value, fmt)
    return f"\u2066{text}\u2069" if text else ""


@register.simple_tag
def span(start, end, fmt=None):
    """`{% span opens closes %}`, `{% span day_one day_two "j.n" %}`: a range, start first, in
    every language, unbroken at its dash."""
    first, last = _shown(start, fmt), _shown(end, fmt)
    if not (first and last):
        return isolated(first or last)
    return isolated(format_html("{}{}{}", first, DASH, last))


def tel_href(number):
    """The dialling form of a local number: "03-724-1111" → "+97237241111"; "106" stays."""
    digits = "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")
    if digits.startswith("0") and len(digits) > 4:
        return "+972" + digits[1:]
    return digits


@register.simple_tag
def phone(number, label=""):
    """`{% phone unit.phone %}`: a telephone link whose number never reverses. With a label,
    the label is the link's text and the number follows it."""
    if not number:
        return ""
    shown = isolated(conditional_escape(str(number)))
    if label:
        return format_html('<a href="tel:{}">{} {}</a>', tel_href(number), label, shown)
    return format_html('<a href="tel:{}">{}</a>', tel_href(number), shown)


@register.filter(is_safe=True)
def shekels(amount):
    """`{{ price|shekels }}`: "120 ₪", the sign never parted from its number."""
    if amount in (None, ""):
        return ""
    if isinstance(amount, str):
        number = amount.strip()
    else:
        number = f"{amount:,.2f}".removesuffix(".00")
    return isolated(conditional_escape(f"{number}\u00a0{SHEKEL}"))


@register.filter(is_safe=True)
def numbers(text):
    """`{{ unit.hours|numbers }}`: free text with every number run in it (a range of hours, a
    telephone number, a date, a price) isolated; the rest escaped and left to the sentence.
    For plain text only: markup (rich text) is returned as it is."""
    if text in (None, ""):
        return ""
    if isinstance(text, SafeData):
        return text
    text = str(text)
    parts, last = [], 0
    for match in NUMBER_RUN.finditer(text):
        parts.append(conditional_escape(text[last : match.start()]))
        parts.append(isolated(conditional_escape(match.group())))
        last = match.end()
    parts.append(conditional_escape(text[last:]))
    return mark_safe("".join(parts))
