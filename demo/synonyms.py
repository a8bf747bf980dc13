"""The demo's synonyms, the words residents use for the same thing in each language
(`data/synonyms.json`), entered through the form search editors use, so a group the form would
refuse stops the loader; and a demo search editor to try that form with."""

from django.contrib.auth import get_user_model
from django.forms import modelform_factory
from wagtail.models import Locale

from search.models import Synonym
from search.synonym_admin import SynonymForm, setup_search_editors, term_key

from .loader import LANGUAGES, load_data
from .users import DEMO_PASSWORD

SynonymDemoForm = modelform_factory(Synonym, form=SynonymForm, fields=["locale", "terms", "note"])


def add_synonyms():
    """Each group unless one of its terms is in the language's groups already."""
    groups = load_data("synonyms.json")
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        present = {
            term_key(term)
            for synonym in Synonym.objects.filter(locale=locale)
            for term in synonym.term_list()
        }
        for group in groups[language]:
            if present & {term_key(term) for term in group["terms"]}:
                continue
            form = SynonymDemoForm(
                data={
                    "locale": locale.pk,
                    "terms": "\n".join(group["terms"]),
                    "note": group.get("note", ""),
                }
            )
            if not form.is_valid():
                raise ValueError(f"Demo synonyms {group['terms']}: {form.errors.as_text()}")
            form.save()


def add_search_editor():
    """The `search-editor` account, in the search editors' group, with the demo password."""
    group = setup_search_editors()
    user, created = get_user_model().objects.get_or_create(
        username="search-editor", defaults={"email": "search-editor@tlv-hub.example"}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(group)
