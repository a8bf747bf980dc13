"""Demo content, built from the seeds through the same models an editor uses.

Each app's ``demo_content`` module registers its steps with ``@step(order)``; ``load_demo`` runs
them in order (hub's units at 10, the home page at 20, hub's sections at 30, general pages at 40,
domain apps from 50 on). Every step only creates what is missing, so loading twice changes nothing.
Translations go through wagtail-localize, so translators later see and edit them in its editor.
"""

import copy
import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from django.utils.module_loading import autodiscover_modules
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

DEMO_DIR = Path(__file__).resolve().parent
SEEDS_DIR = DEMO_DIR / "seeds"
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
TARGET_LANGUAGES = [code for code, _ in settings.LANGUAGES if code != SOURCE_LANGUAGE]

_steps = []


def step(order):
    """Register a demo step; steps run by order, then by module name."""

    def register(func):
        _steps.append((order, func.__module__, func.__name__, func))
        return func

    return register


def registered_steps():
    autodiscover_modules("demo_content")
    return [entry[3] for entry in sorted(_steps, key=lambda entry: entry[:3])]


def load_data(name):
    return json.loads((DEMO_DIR / "data" / name).read_text(encoding="utf-8"))


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


def ensure_locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def paragraphs_html(text):
    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def _string_segments(instance):
    return [value for value in extract_segments(instance) if isinstance(value, StringSegmentValue)]


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
        variant = copy.copy(source)
        for name, value in fields.items():
            setattr(variant, name, value)
            if isinstance(source._meta.get_field(name), StreamField):
                # Same blocks as the source, so the same paths and ids.
                for source_child, child in zip(
                    getattr(source, name), getattr(variant, name), strict=True
                ):
                    child.id = source_child.id
        values = _string_segments(variant)
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


def t(he, ar, en):
    """One text in the three languages, as the demo data gives them."""
    return {"he": he, "ar": ar, "en": en}


def child_page(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def add_child_page(parent, page):
    """Add and publish `page` under `parent` unless a child with its slug exists; return the
    page that is there either way."""
    existing = child_page(parent, page.slug)
    if existing is not None:
        return existing
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def home_page():
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


def add_section(parent, page_class, slug, text, **fields):
    """A page with a title and an introduction under `parent`, in every language; `text` is
    {"title": {language: ...}, "intro": {language: ...}}."""

    def texts(language):
        return {
            "title": text["title"][language],
            "intro": f"<p>{text['intro'][language]}</p>",
            "search_description": text["intro"][language],
        }

    page = add_child_page(parent, page_class(slug=slug, **texts(SOURCE_LANGUAGE), **fields))
    translate(page, {language: texts(language) for language in TARGET_LANGUAGES})
    return page
