"""The home page, the participation page built from seed 000, and the accessibility statement."""

import datetime

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from home.models import AccessibilityStatementPage, HomePage, StandardPage

from ..loader import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    add_page,
    child_page,
    ensure_locales,
    home_page,
    list_html,
    load_data,
    localized,
    translate,
    unit,
)


def _body(heading, html):
    return [("heading", {"text": heading, "level": "h2"}), ("paragraph", RichText(html))]


def _home_fields(language, with_tasks):
    texts = localized(load_data("home.json")["home"], language)
    fields = {
        "title": texts["title"],
        "intro": texts["intro"],
        "body": _body(texts["heading"], f"<p>{texts['paragraph']}</p>"),
    }
    if with_tasks:
        home = home_page()
        fields["top_tasks"] = [
            (
                "task",
                {
                    "page": child_page(home, task["page"]),
                    "title": "",
                    "description": task["description"],
                },
            )
            for task in texts["top_tasks"]
            if child_page(home, task["page"]) is not None
        ]
    return fields


def build_home_page():
    """Replace Wagtail's welcome page with the hub's home page, in every language."""
    ensure_locales()
    site = Site.objects.get(is_default_site=True)
    if not isinstance(site.root_page.specific, HomePage):
        data = load_data("home.json")["home"]
        welcome = site.root_page
        home = HomePage(slug=data["slug"], **_home_fields(SOURCE_LANGUAGE, with_tasks=False))
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        site.root_page = home
        site.site_name = data["site_name"]
        site.save()
        if type(welcome.specific) is Page:
            welcome.delete()
    translate(
        site.root_page,
        {language: _home_fields(language, with_tasks=False) for language in TARGET_LANGUAGES},
    )


def _page_texts(spec, *names):
    """The fields `names` of a general page, and its body (a heading and a list), in a language."""

    def fields(language):
        texts = localized(spec, language)
        return {name: texts[name] for name in ("title", "intro", *names)} | {
            "body": _body(texts["heading"], list_html(texts["items"]))
        }

    return fields


def general_pages():
    data = load_data("home.json")
    participation, statement = data["participation"], data["accessibility"]
    add_page(
        home_page(),
        StandardPage,
        _page_texts(participation),
        slug=participation["slug"],
        show_in_menus=True,
        unit=unit(participation["unit"]),
    )
    add_page(
        home_page(),
        AccessibilityStatementPage,
        _page_texts(statement, "conformance", "coordinator_name"),
        slug=statement["slug"],
        show_in_menus=True,
        unit=unit(statement["unit"]),
        coordinator_phone=statement["coordinator_phone"],
        coordinator_email=statement["coordinator_email"],
        last_reviewed=datetime.date.fromisoformat(statement["last_reviewed"]),
    )


def home_top_tasks():
    """Shortcuts on the home page to the sections the steps before have built."""
    home = home_page()
    if home.top_tasks:
        return
    home.top_tasks = _home_fields(SOURCE_LANGUAGE, with_tasks=True)["top_tasks"]
    home.save_revision().publish()
    translate(
        home,
        {language: _home_fields(language, with_tasks=True) for language in TARGET_LANGUAGES},
        update=True,
    )
