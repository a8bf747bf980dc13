"""What the domains' metrics share to read many pages cheaply: a gap sentence from a plural
message, a StreamField's stored JSON as text, and page addresses from url_path with the site
roots read once."""

from urllib.parse import quote

from django.db.models import TextField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site


def gap_sentence(message):
    """A gap sentence from a plural message (ngettext_lazy, numbered by its "count")."""

    def sentence(count):
        return message % {"count": count}

    return sentence


def raw_stream(name):
    """A StreamField's stored JSON as text, to read without building a StreamValue a row."""
    return Cast(name, output_field=TextField())


def page_urls():
    """A function giving a page's address from its url_path, as Page.url spells it, with the
    site root paths read once rather than once a page."""
    roots = Site.get_site_root_paths()
    several_sites = len({root.site_id for root in roots}) > 1
    bases = []
    for root in roots:
        with translation.override(root.language_code):
            prefix = reverse("wagtail_serve", args=("",))
        bases.append((root.root_path, (root.root_url if several_sites else "") + prefix))

    def url(url_path):
        for root_path, base in bases:
            if url_path.startswith(root_path):
                return base + quote(url_path[len(root_path) :], safe="/~:@!$&'()*+,;=")
        return ""

    return url
