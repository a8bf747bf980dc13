"""Every interface string is translated in he, ar and en, and the compiled catalogues are current."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_catalogue_is_complete_and_compiled(language):
    po = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    mo = polib.mofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"))
    compiled = {entry.msgid: entry.msgstr for entry in mo}
    assert {entry.msgid: entry.msgstr for entry in po} == {
        key: value for key, value in compiled.items() if key
    }, "run `make messages` to recompile"


@pytest.mark.parametrize("language", ["he", "ar"])
def test_placeholders_survive_translation(language):
    po = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    import re

    def names(text):
        return set(re.findall(r"%\((\w+)\)s", text))

    for entry in po:
        if entry.msgid_plural:
            # A plural form may spell its number out ("one project"), never add a placeholder.
            for form in entry.msgstr_plural.values():
                assert names(form) <= names(entry.msgid_plural), entry.msgid
        else:
            assert names(entry.msgstr) == names(entry.msgid), entry.msgid
