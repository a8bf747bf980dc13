"""Whatever changes what a visitor may see bumps the content version, so every cached page,
listing and the site's chrome go stale at once (see hub.cache), whether the change came from the
admin, a management command (scheduled publishing) or code.

Pages cover publishing, unpublishing, moving, copying and deleting: each of them saves or
deletes the page (moving saves it after the tree is rewritten). Wagtail's own signals for them
are connected as well, so a change that skips save() still counts. View restrictions cover
privacy, documents and images their replacement, snippets (units, business services, ...)
anything listed with them."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    BaseViewRestriction,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from hub.cache import bump_content_version
from hub.models import MunicipalUnit

CONTENT_MODELS = (Page, BaseViewRestriction, Site, MunicipalUnit)


def content_models():
    """Snippets are asked for at each save: they register once the admin hooks are loaded."""
    return (*CONTENT_MODELS, get_document_model(), get_image_model(), *get_snippet_models())


def content_changed():
    """Bump now, so this process reads its own change at once, and again once the transaction
    commits, so a page another process rendered from the old rows in between is not kept."""
    bump_content_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump_content_version)


@receiver(post_save)
@receiver(post_delete)
def model_changed(sender, instance, **kwargs):
    if isinstance(instance, content_models()):
        content_changed()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(m2m_changed, sender=CollectionViewRestriction.groups.through)
def restriction_groups_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        content_changed()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    content_changed()
