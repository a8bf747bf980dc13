"""Where editors keep the groups of words residents use for the same thing in one language
(מתנ"ס ⇄ מרכז קהילתי), one word or phrase a line.

A group changes what every unit's residents find, in every section, so it is not a unit's to
edit: only superusers and the members of the search editors' group (`setup_search_editors`) hold
the model's permissions, and Wagtail's snippet views check them on every screen.

The form keeps the groups usable by the search: at least two terms, each a word or phrase with
letters, none twice, and none in another group of the same language (a term in two groups would
join them behind the editors' backs). Terms are compared as search reads them, so מתנ"ס and
מתנס are the same term."""

import unicodedata

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db import transaction
from django.db.models import Case, When
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import LocaleColumn, TitleColumn
from wagtail.coreutils import get_content_languages
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .models import Synonym
from .normalize import phrase_tokens

LONGEST_TERM = 100
# Line breaks separate terms; tabs are spaces. Every other control character (NUL among them,
# which PostgreSQL refuses in text) is nothing an editor means to type.
ALLOWED_CONTROLS = "\t\n\r"

SEARCH_EDITORS_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("search", "add_synonym"),
    ("search", "change_synonym"),
    ("search", "delete_synonym"),
    ("search", "view_synonym"),
]


def term_key(term):
    """A term as the search reads it (marks, quote variants, final letters and case aside), as
    the engine matches a group's phrases in a query."""
    return phrase_tokens(term)


def shown(term):
    """A term short enough to quote in a message."""
    return term if len(term) <= 40 else term[:40] + "…"


class SynonymForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        terms = self.fields["terms"]
        # clean_terms names the line with a NUL; Django's own check would only say "null".
        terms.validators = [
            validator
            for validator in terms.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ]
        terms.widget.attrs["dir"] = "auto"

    def clean_terms(self):
        text = self.cleaned_data["terms"]
        errors = []
        for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
            if any(
                unicodedata.category(char) == "Cc" and char not in ALLOWED_CONTROLS for char in line
            ):
                errors.append(
                    gettext(
                        "Line %(line)s holds a character that is not text (such as a NUL "
                        "byte). Type the line again."
                    )
                    % {"line": number}
                )
        if errors:
            raise ValidationError(errors)

        terms = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        seen = {}
        for term in terms:
            if len(term) > LONGEST_TERM:
                errors.append(
                    gettext(
                        "“%(term)s” is longer than %(limit)s characters: give a word or a phrase."
                    )
                    % {"term": shown(term), "limit": LONGEST_TERM}
                )
            elif not any(char.isalpha() for char in term):
                errors.append(
                    gettext("“%(term)s” has no letters: give a word or a phrase.") % {"term": term}
                )
            elif (key := term_key(term)) in seen:
                other = seen[key]
                errors.append(
                    gettext("“%(term)s” is given twice; keep one.") % {"term": term}
                    if other == term
                    else gettext(
                        "“%(term)s” and “%(other)s” are the same word for the search; keep one."
                    )
                    % {"term": term, "other": other}
                )
            else:
                seen[key] = term
        if len(terms) < 2:
            errors.append(
                gettext("Give at least two words or phrases, one per line: each finds the others.")
            )
        if errors:
            raise ValidationError(errors)
        return "\n".join(terms)

    def clean(self):
        cleaned = super().clean()
        locale, terms = cleaned.get("locale"), cleaned.get("terms")
        if locale is None or terms is None:
            return cleaned
        keys = {term_key(term): term for term in terms.splitlines()}
        others = Synonym.objects.filter(locale=locale).exclude(pk=self.instance.pk)
        for group in others.only("terms"):
            for term in group.term_list():
                if term_key(term) in keys:
                    self.add_error(
                        "terms",
                        gettext(
                            "“%(term)s” is already in another group of this language "
                            "(%(group)s). Add the words to that group, or take the term out "
                            "of it first."
                        )
                        % {"term": keys[term_key(term)], "group": str(group)},
                    )
        return cleaned


class SynonymFilterSet(WagtailFilterSet):
    locale = LocaleFilter(
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=None,
        null_label=_("All"),
        null_value=None,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Synonym
        fields = []


class SynonymIndexView(IndexView):
    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        """The group's terms as a resident would read them, "a ⇄ b ⇄ c", linking to its form."""
        return super()._get_title_column(field_name, column_class, accessor=str, **kwargs)


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    index_view_class = SynonymIndexView
    icon = "resubmit"
    menu_label = _("Synonyms for search")
    menu_name = "search-synonyms"
    menu_order = 910  # after Wagtail's promoted search results
    add_to_settings_menu = True
    list_display = ["terms", LocaleColumn(label=_("Language")), "note"]
    filterset_class = SynonymFilterSet
    # Synonyms are in no search index: the listing's search reads the database itself.
    search_fields = ["terms", "note"]
    search_backend_name = None
    copy_view_enabled = False  # a copy would repeat every term of a group that exists
    edit_handler = ObjectList(
        [
            FieldPanel("locale", heading=_("Language")),
            FieldPanel("terms"),
            FieldPanel("note"),
        ],
        base_form_class=SynonymForm,
    )

    def get_queryset(self, request):
        """The groups language by language, in the order the site lists its languages."""
        languages = [code for code, _name in settings.LANGUAGES]
        order = Case(
            *(When(locale__language_code=code, then=n) for n, code in enumerate(languages)),
            default=len(languages),
        )
        return Synonym.objects.order_by(order, "pk")

    def register_chooser_viewset(self):
        """Nothing links to a group of synonyms: no chooser, whose listing any editor could open."""


@transaction.atomic
def setup_search_editors():
    """Create or bring up to date the group whose members, with the superusers, edit synonyms.
    Named in the source language, as the units' groups are. Idempotent."""
    with translation.override(settings.LANGUAGE_CODE):
        name = gettext("Search editors")
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        *(
            Permission.objects.get(content_type__app_label=app, codename=code)
            for app, code in SEARCH_EDITORS_PERMISSIONS
        )
    )
    return group
