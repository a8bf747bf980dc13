"""Every interface string is translated in he, ar and en, and the compiled catalogues are current."""

import re
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


def test_english_says_what_the_source_says():
    """The source strings are English: the English catalogue repeats them, so that a message
    matched loosely to an older one ("Starts at" to "starts at") never shows its neighbour."""
    po = polib.pofile(str(LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"))
    differing = [
        entry.msgid for entry in po if not entry.msgid_plural and entry.msgstr != entry.msgid
    ]
    assert differing == []


@pytest.mark.parametrize("language", ["he", "ar"])
def test_placeholders_survive_translation(language):
    po = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))

    def names(text):
        return set(re.findall(r"%\((\w+)\)s", text))

    for entry in po:
        if entry.msgid_plural:
            # A plural form may spell its number out ("one project"), never add a placeholder.
            for form in entry.msgstr_plural.values():
                assert names(form) <= names(entry.msgid_plural), entry.msgid
        else:
            assert names(entry.msgstr) == names(entry.msgid), entry.msgid


# The admin's upstream packages: the hub's complete Hebrew and Arabic catalogues (locale/upstream/,
# built by `manage.py admin_catalogues`; hub/i18n.py).

UPSTREAM_DIR = LOCALE_DIR / "upstream"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


def _upstream_catalogues():
    from django.apps import apps

    for package in settings.ADMIN_CATALOGUE_PACKAGES:
        app = next(config for config in apps.get_app_configs() if config.name == package)
        for template in sorted((Path(app.path) / "locale" / "en" / "LC_MESSAGES").glob("*.po")):
            for language in ("he", "ar"):
                ours = UPSTREAM_DIR / package / language / "LC_MESSAGES" / template.name
                yield pytest.param(template, ours, id=f"{package}-{template.stem}-{language}")


def keys(catalogue):
    return {(entry.msgctxt, entry.msgid) for entry in catalogue if not entry.obsolete}


@pytest.mark.parametrize(("template", "ours"), list(_upstream_catalogues()))
def test_upstream_catalogue_is_complete(template, ours):
    """Every message of the installed package is in the hub's catalogue and translated; after an
    upgrade, `manage.py admin_catalogues` adds the new ones and this test names them."""
    catalogue = polib.pofile(str(ours))
    missing = keys(polib.pofile(str(template))) - keys(catalogue)
    assert not missing, f"run `manage.py admin_catalogues`: {sorted(missing)[:5]}"
    untranslated = [
        entry.msgid
        for entry in catalogue
        if not entry.msgstr and not all(entry.msgstr_plural.values() or [""])
    ]
    assert untranslated == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    compiled = {
        (entry.msgctxt, entry.msgid) for entry in polib.mofile(str(ours.with_suffix(".mo")))
    }
    assert keys(catalogue) <= compiled, "run `manage.py admin_catalogues` to recompile"


@pytest.mark.parametrize(("template", "ours"), list(_upstream_catalogues()))
def test_upstream_placeholders_survive(template, ours):
    for entry in polib.pofile(str(ours)):
        if entry.msgid_plural:
            wanted = set(PLACEHOLDER.findall(entry.msgid_plural))
            known = wanted | set(PLACEHOLDER.findall(entry.msgid))
            forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
            # The general form keeps every placeholder; "one", "two" may spell the number out.
            assert wanted <= set(PLACEHOLDER.findall(forms[-1])), entry.msgid
            for form in forms:
                assert set(PLACEHOLDER.findall(form)) <= known, entry.msgid
        else:
            assert set(PLACEHOLDER.findall(entry.msgstr)) == set(
                PLACEHOLDER.findall(entry.msgid)
            ), entry.msgid


def test_wrong_upstream_terms_are_corrected():
    """Wagtail's Hebrew "Submit to …" read "registration to …"; the glossary's terms apply."""
    from django.utils import translation

    with translation.override("he"):
        submit = translation.gettext("Submit to %(workflow_name)s") % {"workflow_name": "X"}
        assert "הרשמה" not in submit and "שליחה" in submit
        assert translation.gettext("Workflow") == "תהליך אישור"
    with translation.override("ar"):
        assert "مجموعة" in translation.gettext("Collection")
    for path in UPSTREAM_DIR.glob("*/he/LC_MESSAGES/*.po"):
        assert not any("הרשמה" in entry.msgstr for entry in polib.pofile(str(path))), path


def first_new_translation(package):
    """A JavaScript message that Wagtail's own Hebrew catalogue lacks, and the hub's text."""
    from django.apps import apps

    app = next(config for config in apps.get_app_configs() if config.name == package)
    theirs = polib.pofile(str(Path(app.path) / "locale/he_IL/LC_MESSAGES/djangojs.po"))
    known = {entry.msgid for entry in theirs if entry.translated()}
    ours = polib.pofile(str(UPSTREAM_DIR / package / "he/LC_MESSAGES/djangojs.po"))
    return next((e.msgid, e.msgstr) for e in ours if e.msgstr and e.msgid not in known)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "package"),
    [("/admin/jsi18n/", "wagtail.admin"), ("/admin/localize/jsi18n/", "wagtail_localize")],
)
def test_javascript_catalogues_come_from_the_hub(client, admin_user, url, package):
    import json

    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "he"
    profile.save()
    client.force_login(admin_user)
    msgid, msgstr = first_new_translation(package)
    body = client.get(url).content.decode()
    assert f"{json.dumps(msgid)}: {json.dumps(msgstr)}" in body
