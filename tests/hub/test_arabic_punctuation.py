"""Arabic text uses Arabic punctuation: the comma "،", the semicolon "؛" and the question mark
"؟", never the Latin ", ; ?", in every translation of our own catalogue. Latin marks stay where
they belong to something that is not Arabic prose: a web address, a placeholder, a number such
as 1,000, a piece of code or markup."""

import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation

from tests.demo_pages import PATHS

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "ar" / "LC_MESSAGES" / "django.po"
ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# What may hold Latin marks inside an Arabic sentence.
NOT_PROSE = re.compile(
    r"https?://\S+|www\.\S+|/[\w./?=&-]+"  # addresses and paths
    r"|%\(\w+\)[sdif]|%[sdif]|\{\{?\s*\w*\s*\}?\}"  # placeholders
    r"|<code>.*?</code>|`[^`]*`|<[^>]+>"  # code and markup
    r"|\d[,.;]\d"  # numbers
)
# A Latin mark with an Arabic letter beside it, spaces, quotes and brackets aside.
LATIN_MARK = re.compile(rf"[{ARABIC}][\s\"'“”«»()\[\]]*[,;?]|[,;?][\s\"'“”«»()\[\]]*[{ARABIC}]")


def latin_marks(text):
    """The Latin commas, semicolons and question marks of Arabic prose in `text`."""
    prose = NOT_PROSE.sub(" ", text)
    return [match.group() for match in LATIN_MARK.finditer(prose)]


@pytest.mark.parametrize(
    "text",
    [
        "مرحبا, كيف حالك?",
        "الساعات: الأحد; الخميس",
        "أين المكتب ?",
        "%(name)s, %(place)s في يافا, اليوم",
        "هل تريد المتابعة؟ نعم,لا",
    ],
)
def test_latin_marks_in_arabic_prose_are_found(text):
    assert latin_marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "مرحبا، كيف حالك؟",
        "الساعات: الأحد؛ الخميس",
        "1,000 تذكرة",
        "انظر https://example.org/a?b=1,2;c في الموقع",
        "أضف <code>?header=keys</code> إلى العنوان",
        "اكتب `a, b; c?` هنا",
        "%(count)s من %(total)s",
        "CSV, JSON",
    ],
)
def test_other_marks_are_allowed(text):
    assert latin_marks(text) == []


def test_the_arabic_catalogue_uses_arabic_punctuation():
    catalogue = polib.pofile(str(CATALOGUE))
    offending = {
        entry.msgid: text
        for entry in catalogue
        if not entry.obsolete
        for text in (entry.msgstr, *entry.msgstr_plural.values())
        if latin_marks(text)
    }
    assert offending == {}


def test_the_arabic_list_separator_is_the_arabic_comma():
    with translation.override("ar"):
        assert translation.pgettext("list separator", ", ") == "، "
    with translation.override("he"):
        assert translation.pgettext("list separator", ", ") == ", "


@pytest.mark.django_db
@pytest.mark.parametrize("path", PATHS)
def test_arabic_pages_use_arabic_punctuation(client, path):
    """What the templates join (neighborhoods, audiences, hours) reads with the Arabic comma."""
    response = client.get(f"/ar/{path}")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    for hidden in page(["script", "style", "code", "pre"]):
        hidden.decompose()
    assert latin_marks(page.get_text(" ")) == []
