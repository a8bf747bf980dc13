"""Documents follow what uses them: a file is served to everyone only while something published
shows it, and its address carries a signature so that addresses cannot be counted through.

Uploading a file for a draft does not publish it; publishing the page does. Editors who may
change or choose documents in the file's collection still get it, to check their drafts."""

import base64
import posixpath
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.crypto import constant_time_compare, salted_hmac
from django.views.static import serve
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Page, ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry

SIGNATURE_SALT = "hub.documents.address"
SIGNATURE_LENGTH = 16
EDITOR_ACTIONS = ["change", "choose"]
UNLINKED_MEDIA = ("documents",)


def signature(document_id, secret=None):
    """A short url-safe HMAC of the id (96 bits), keyed by SECRET_KEY."""
    digest = salted_hmac(SIGNATURE_SALT, str(document_id), secret, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode()[:SIGNATURE_LENGTH]


def _is_signed(document_id, given):
    """Checked against SECRET_KEY_FALLBACKS too, so a rotated key keeps old links working."""
    secrets = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return any(constant_time_compare(given, signature(document_id, key)) for key in secrets)


class SignedDocumentId:
    """URL converter: a document id as `<id>-<signature>`; anything else does not match (404)."""

    regex = rf"[1-9][0-9]*-[A-Za-z0-9_-]{{{SIGNATURE_LENGTH}}}"

    def to_python(self, value):
        document_id, _, given = value.partition("-")
        if not _is_signed(int(document_id), given):
            raise ValueError("bad document signature")
        return int(document_id)

    def to_url(self, value):
        return f"{int(value)}-{signature(int(value))}"


def _sources(document):
    """(page ids, {content type id: object ids}) of everything the reference index says uses
    `document`: pages with their inline objects and streams, and indexed objects of other
    models. The index records what is saved on the object itself, which for a page is its live
    content (or, before its first publication, its first draft); revisions are not indexed."""
    page_type_id = ContentType.objects.get_for_model(Page).pk
    page_ids, others = set(), defaultdict(set)
    references = ReferenceIndex.get_references_to(document).values_list(
        "base_content_type_id", "object_id"
    )
    for content_type_id, object_id in references.distinct():
        if content_type_id == page_type_id:
            page_ids.add(object_id)
        else:
            others[content_type_id].add(object_id)
    return page_ids, others


def _live_object_uses(others):
    for content_type_id, object_ids in others.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or issubclass(model, Page):
            continue
        objects = model._default_manager.filter(pk__in=object_ids)
        if issubclass(model, DraftStateMixin):
            objects = objects.filter(live=True)
        if objects.exists():
            return True
    return False


def is_published(document):
    """Whether a live public page (no view restriction on it or above it), or a live object
    that is not a page, uses `document`. An upload that nothing uses is not published."""
    page_ids, others = _sources(document)
    if page_ids and Page.objects.live().public().filter(pk__in=page_ids).exists():
        return True
    return _live_object_uses(others)


def may_change_published(user, media):
    """A document or image that live pages show is part of them: replacing, retitling or
    deleting it changes them, so it is for those who may publish every one of them (their unit's
    managers). Others upload a new file and put it on the page, which then goes for approval."""
    if user.is_superuser:
        return True
    page_ids, _others = _sources(media)
    pages = Page.objects.live().filter(pk__in=page_ids)
    return all(page.permissions_for_user(user).can_publish() for page in pages)


class PublishedMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for documents and images (collection permissions, and uploaders may
    change their own), and `may_change_published` for changing or deleting one. Every admin path
    asks it: the edit and delete screens, the multiple upload's edit forms, the bulk actions."""

    GUARDED = {"change", "delete"}

    def user_has_any_permission_for_instance(self, user, actions, instance):
        free = [action for action in actions if action not in self.GUARDED]
        guarded = [action for action in actions if action in self.GUARDED]
        allowed = super().user_has_any_permission_for_instance
        return (free and allowed(user, free, instance)) or bool(
            guarded and allowed(user, guarded, instance) and may_change_published(user, instance)
        )


def register_permission_policies():
    for model, auth_model in (
        (get_document_model(), "wagtaildocs.Document"),
        (get_image_model(), "wagtailimages.Image"),
    ):
        policy = PublishedMediaPermissionPolicy(
            model, auth_model=auth_model, owner_field_name="uploaded_by_user"
        )
        policy_registry.register(model, policy, exact_class=True)


def may_edit(user, document):
    if not user.is_authenticated:
        return False
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission_for_instance(user, EDITOR_ACTIONS, document)


def refuse_unpublished(document, request):
    """`before_serve_document` hook: a 404, as for a document that does not exist, unless the
    document is published or the user may edit it. Collection privacy is Wagtail's own hook."""
    if is_published(document) or may_edit(request.user, document):
        return None
    raise Http404


def serve_media(request, path):
    """Uploaded media for development and the browser tests, except what the site never links
    directly: documents go through the serve view and its checks."""
    top = posixpath.normpath(path).lstrip("/").split("/")[0]
    if top.lower() in UNLINKED_MEDIA:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
