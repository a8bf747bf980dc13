"""Keep the Hebrew and Arabic catalogues of the admin's upstream packages in locale/upstream/.

Wagtail's own Hebrew catalogue covers a fifth of its admin and wagtail-localize's screens almost
none, so the hub carries complete ones: one directory per upstream package
(``locale/upstream/wagtail.admin/he/LC_MESSAGES/django.po`` …), laid out as that package's own
``locale/`` so a file can be offered upstream as it is. Settings put them on ``LOCALE_PATHS`` and
hub/i18n.py serves their JavaScript halves.

This command rebuilds the list of messages from each installed package's English template and
keeps every translation already made; a new message takes the package's own translation, when it
has one, for someone to check. Run it (``make messages``) after upgrading Wagtail or
wagtail-localize; the catalogue tests then name whatever is left to translate.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.core.management.base import BaseCommand

from hub.i18n import UPSTREAM_CATALOGUES, UPSTREAM_PACKAGES

DOMAINS = ("django", "djangojs")
# The package's own catalogue for each of our languages, in the order tried.
UPSTREAM_LANGUAGE_DIRS = {"he": ("he", "he_IL", "iw"), "ar": ("ar",)}
PLURAL_FORMS = {
    "he": "nplurals=3; plural=(n == 1 && n % 1 == 0) ? 0 : (n == 2 && n % 1 == 0) ? 1 : 2;",
    "ar": (
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
        "n%100>=11 && n%100<=99 ? 4 : 5;"
    ),
}


def key(entry):
    return (entry.msgctxt, entry.msgid)


def forms(entry, nplurals):
    """The entry's plural translations, padded or trimmed to the catalogue's number of forms."""
    translated = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
    if not translated:
        return {}
    translated += [translated[-1]] * (nplurals - len(translated))
    return dict(enumerate(translated[:nplurals]))


def known_translations(path, nplurals):
    if not path.exists():
        return {}
    found = {}
    for entry in polib.pofile(str(path)):
        if entry.obsolete or "fuzzy" in entry.flags or not entry.translated():
            continue
        found[key(entry)] = (entry.msgstr, forms(entry, nplurals))
    return found


class Command(BaseCommand):
    help = (
        "Rebuild locale/upstream/ (Hebrew and Arabic catalogues of Wagtail and wagtail-localize) "
        "from the installed packages, keeping every translation made, and compile them."
    )

    def handle(self, *args, **options):
        for package in UPSTREAM_PACKAGES:
            app = next(config for config in apps.get_app_configs() if config.name == package)
            source = Path(app.path) / "locale"
            for domain in DOMAINS:
                template = source / "en" / "LC_MESSAGES" / f"{domain}.po"
                if template.exists():
                    for language in PLURAL_FORMS:
                        counts = self.write(package, domain, language, template, source)
                        self.stdout.write(f"{package} {domain} {language}: {counts}")

    def write(self, package, domain, language, template, source):
        nplurals = int(PLURAL_FORMS[language].split(";")[0].split("=")[1])
        target = UPSTREAM_CATALOGUES / package / language / "LC_MESSAGES" / f"{domain}.po"
        ours = known_translations(target, nplurals)
        theirs = {}
        for directory in reversed(UPSTREAM_LANGUAGE_DIRS[language]):
            theirs |= known_translations(
                source / directory / "LC_MESSAGES" / f"{domain}.po", nplurals
            )

        catalogue = polib.POFile(wrapwidth=100)
        catalogue.metadata = {
            "Project-Id-Version": f"{package} (the hub's {language} catalogue)",
            "Language": language,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": PLURAL_FORMS[language],
        }
        done = 0
        for entry in polib.pofile(str(template)):
            if entry.obsolete:
                continue
            msgstr, plural = ours.get(key(entry)) or theirs.get(key(entry)) or ("", {})
            flags = [flag for flag in entry.flags if flag != "fuzzy"]
            if entry.msgid_plural:
                plural = plural or dict.fromkeys(range(nplurals), "")
                new = polib.POEntry(
                    msgctxt=entry.msgctxt,
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural,
                    msgstr_plural=plural,
                    flags=flags,
                )
            else:
                new = polib.POEntry(
                    msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=msgstr, flags=flags
                )
            done += new.translated()
            catalogue.append(new)
        target.parent.mkdir(parents=True, exist_ok=True)
        catalogue.save(str(target))
        catalogue.save_as_mofile(str(target.with_suffix(".mo")))
        return f"{done}/{len(catalogue)}"
