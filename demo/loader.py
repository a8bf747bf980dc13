"""The shared machinery of the demo loader: reading the data files and the seeds, dates given as
offsets from today, and adding pages and snippets in every language.

Texts in the data files are given in the three languages side by side, `{"he": …, "ar": …,
"en": …}`; `localized` picks one language out of any structure of them. A Hebrew text may instead
point into the seed documents: `{"seed_text": [start, …]}` (the seed paragraphs that contain
each start, one paragraph each) or `{"seed_items": "000"}` (the bulleted lines of seed 000).
Every function only creates what is missing, so loading twice changes nothing. Translations go
through wagtail-localize, so translators later see and edit them in its editor.
"""

import copy
import datetime
import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from hub.models import MunicipalUnit

DEMO_DIR = Path(__file__).resolve().parent
DATA_DIR = DEMO_DIR / "data"
SEEDS_DIR = DEMO_DIR / "seeds"
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _ in settings.LANGUAGES]
TARGET_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


# The seed documents


@cache
def seed_paragraphs():
    """The paragraphs of every seed document, in order, each on one line."""
    paragraphs = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            text = " ".join(line.strip() for line in block.splitlines() if line.strip())
            if text:
                paragraphs.append(text)
    return paragraphs


def seed_list_items(seed):
    """The bulleted lines ("- ...") of one seed document, as written."""
    path = next(SEEDS_DIR.glob(f"{seed}_*.txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip()[2:].strip() for line in lines if line.strip().startswith("- ")]


def seed_text(start):
    """The seed paragraph that contains `start`, from `start` on, without its "read more" link."""
    for paragraph in seed_paragraphs():
        index = paragraph.find(start)
        if index >= 0:
            return re.sub(r"\s*\[להרחבה\]\(#\)\s*$", "", paragraph[index:]).strip()
    raise LookupError(f"No seed paragraph contains {start!r}")


# The data files


def _resolve_seeds(value):
    if isinstance(value, list):
        return [_resolve_seeds(item) for item in value]
    if not isinstance(value, dict):
        return value
    if "seed_text" in value:
        return "\n\n".join(seed_text(start) for start in value["seed_text"])
    if "seed_items" in value:
        return seed_list_items(value["seed_items"])
    return {key: _resolve_seeds(item) for key, item in value.items()}


def load_data(name):
    """A data file of `demo/data/`, with its references to the seeds replaced by their text."""
    return _resolve_seeds(json.loads((DATA_DIR / name).read_text(encoding="utf-8")))


def localized(value, language):
    """`value` with every `{"he": …, "ar": …, "en": …}` in it replaced by its `language` text."""
    if isinstance(value, dict):
        if value and set(value) == set(LANGUAGES):
            return value[language]
        return {key: localized(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localized(item, language) for item in value]
    return value


def formatted(template, language, **names):
    """One language of a three-language template, its `{name}`s filled in from `names`, where a
    three-language value gives its text in that language."""
    return template[language].format(**localized(names, language))


def day(offset):
    """The date `{"days": n}` from today."""
    return timezone.localdate() + datetime.timedelta(days=offset["days"])


# Python's weekday numbers (Monday is 0) of the days a start may fall on.
WEEKDAYS = {"sun-thu": {6, 0, 1, 2, 3}, "fri": {4}, "sat": {5}}


def moment(offset):
    """The aware moment `{"days": n, "hour": h, "minute": m}` from today, moved away from today
    (later for a coming day, earlier for a past one) to the nearest day of its week the offset's
    `"on"` allows: Sunday to Thursday unless it says `"fri"` or `"sat"`. So whatever day the demo
    is loaded, municipal meetings and evenings never fall on Friday evening or on Shabbat."""
    date = day(offset)
    step = datetime.timedelta(days=1 if offset["days"] >= 0 else -1)
    while date.weekday() not in WEEKDAYS[offset.get("on", "sun-thu")]:
        date += step
    return timezone.make_aware(
        datetime.datetime.combine(date, datetime.time(offset["hour"], offset.get("minute", 0)))
    )


def with_dates(item, *names):
    """`item` with its offsets `names` replaced by the dates they give."""
    return item | {name: day(item[name]) for name in names}


def paragraphs_html(text):
    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def list_html(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# Locales, units and pages


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def source_locale():
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def unit(code):
    return MunicipalUnit.objects.get(code=code, locale__language_code=SOURCE_LANGUAGE)


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


def child_page(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def source_page(model, slug):
    return model.objects.get(slug=slug, locale__language_code=SOURCE_LANGUAGE)


def add_child_page(parent, page):
    """Add and publish `page` under `parent` unless a child with its slug exists; return the
    page that is there either way."""
    existing = child_page(parent, page.slug)
    if existing is not None:
        return existing
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def republish(page, **neutral):
    """Change language-neutral values of `page` and of its translations, and publish each again,
    as an editor would later on (a project's new status, a protocol after the meeting), so the
    news feeds have these changes to show."""
    for version in page.get_translations(inclusive=True).specific():
        for name, value in neutral.items():
            setattr(version, name, value)
        version.save_revision().publish()


def add_page(parent, page_class, fields, **neutral):
    """A page under `parent` in every language: `fields(language)` gives its texts in one
    language, `neutral` the values that are the same in all of them."""
    page = add_child_page(parent, page_class(**neutral, **fields(SOURCE_LANGUAGE)))
    translate(page, {language: fields(language) for language in TARGET_LANGUAGES})
    return page


def add_section(parent, page_class, spec, **fields):
    """A page with a title and an introduction under `parent`, in every language; `spec` gives
    its slug, its owning unit, whether it shows in menus, and its title and intro."""

    def texts(language):
        intro = spec["intro"][language]
        return {
            "title": spec["title"][language],
            "intro": f"<p>{intro}</p>",
            "search_description": intro,
        }

    if spec.get("show_in_menus"):
        fields["show_in_menus"] = True
    return add_page(parent, page_class, texts, slug=spec["slug"], unit=unit(spec["unit"]), **fields)


def add_section_items(page_class, spec, items, add_item):
    """The section `spec` under the home page, and in it each of `items` that is not there yet,
    which `add_item(index, number, item)` adds with its number in the list."""
    index = add_section(home_page(), page_class, spec)
    for number, item in enumerate(items):
        if child_page(index, item["slug"]) is None:
            add_item(index, number, item)
    return index


# Translations


def _string_segments(instance):
    return [value for value in extract_segments(instance) if isinstance(value, StringSegmentValue)]


def _variant(source, fields):
    """An unsaved copy of `source` with `fields` in place of its values."""
    variant = copy.copy(source)
    for name, value in fields.items():
        setattr(variant, name, value)
        if isinstance(source._meta.get_field(name), StreamField):
            # Same blocks as the source, so the same paths and ids.
            for source_child, child in zip(
                getattr(source, name), getattr(variant, name), strict=True
            ):
                child.id = source_child.id
    return variant


@transaction.atomic
def translate(source, variants, update=False):
    """Translate `source` into each language of `variants` ({language: {field: value}}) unless
    that translation exists (with `update`, bring existing translations up to date too).

    The fields in each variant replace the source's values on an unsaved copy; its segments, in
    order, become wagtail-localize's translations of the source's segments, and wagtail-localize
    saves the translation (and publishes it, for pages)."""
    if isinstance(source, Page):
        source = source.specific
    if update:
        translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    else:
        translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    segments = list(
        StringSegment.objects.filter(source=translation_source)
        .select_related("string", "context")
        .order_by("order")
    )
    for language, fields in variants.items():
        locale = Locale.objects.get(language_code=language)
        if source.has_translation(locale) and not update:
            continue
        values = _string_segments(_variant(source, fields))
        if len(values) != len(segments):
            raise ValueError(
                f"The {language} variant of {source!r} has {len(values)} texts, "
                f"the source has {len(segments)}; give the same fields in the same shape."
            )
        for segment, value in zip(segments, values, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": value.string.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        translation, _ = Translation.objects.get_or_create(
            source=translation_source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(publish=True)


def translate_snippet(snippet, fields):
    """Translate a snippet whose texts in one language `fields(language)` gives."""
    translate(snippet, {language: fields(language) for language in TARGET_LANGUAGES})
