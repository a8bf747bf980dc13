"""Translating is editing. wagtail-localize's screens check one global permission; here every
one of them asks what the page editor asks: may this user edit this page (or snippet) in the
target language? A new translation is a draft of the owning unit, it is submitted to the unit's
managers like any other edit, and no page goes live in a language while its texts are still in
another one.

The views below take wagtail-localize's own URLs (hub's admin URLs come first); its remaining
views (string editing, preview, PO files) already check that the user may edit the target.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import get_language_info, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page, TranslatableMixin, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import convert, submit_translations, update_translations


def can_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, type(instance)))


def untranslated(translation):
    """How many texts of the source still have no translation in the target language. The
    address (slug) may stay as it is: it is Latin in every language."""
    segments = translation.source.stringsegment_set.exclude(context__path="slug")
    return (
        segments.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


def target_problems(user, instance, locales):
    """Why `user` may not create or update `instance`'s translations in `locales`, if they may
    not: each target must be theirs to edit (or, for a new page, its parent theirs to add to),
    and every translatable object it points to (its unit, say) must exist in that language,
    since a translation never writes another unit's snippets."""
    problems = []
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    related = [segment.object for segment in source.relatedobjectsegment_set.all()]
    for locale in locales:
        name = language_name(locale)
        target = instance.get_translation_or_none(locale)
        if target is not None:
            allowed = can_edit(user, target)
        elif isinstance(instance, Page):
            parent = instance.get_parent().get_translation_or_none(locale)
            allowed = parent is not None and parent.permissions_for_user(user).can_add_subpage()
        else:
            allowed = user.has_perm(get_permission_name("add", type(instance)))
        if not allowed:
            problems.append(_("You may not edit this in %(language)s.") % {"language": name})
        for item in related:
            if item.get_instance_or_none(locale) is None:
                problems.append(
                    _("“%(item)s” has no %(language)s version yet; it must be translated first.")
                    % {"item": item.get_instance(instance.locale), "language": name}
                )
    return problems


class SubmitTranslation:
    """wagtail-localize's "Translate" screen, for those who may edit the page in the target
    language. The new translations are drafts; the texts of related objects are not written."""

    def get_object(self):
        instance = super().get_object()
        if not can_edit(self.request.user, instance):
            raise PermissionDenied
        return instance

    def get_form(self):
        if getattr(self, "_form", None) is None:
            self._form = super().get_form()
            if not self.request.user.is_superuser:
                # A subtree may hold other units' pages; each page is translated on its own.
                self._form.fields.pop("include_subtree", None)
        return self._form

    @transaction.atomic
    def form_valid(self, form):
        locales = list(form.cleaned_data["locales"])
        for problem in target_problems(self.request.user, self.object, locales):
            form.add_error(None, problem)
        if form.errors:
            return self.render_to_response(self.get_context_data())
        creator = TranslationCreator(self.request.user, locales)
        creator.create_translations(self.object, include_related_objects=False)
        self.components.save(creator, sources_and_translations=creator.mappings)
        if isinstance(self.object, Page) and form.cleaned_data.get("include_subtree"):
            for page in self.object.get_descendants().specific():
                TranslationCreator(self.request.user, locales).create_translations(page)
        translated = self.object.get_translation_or_none(locales[0]) if len(locales) == 1 else None
        messages.success(
            self.request,
            _("Translation drafts created. They go live once the unit's managers approve them."),
        )
        return redirect(self.get_success_url() or self.get_default_success_url(translated))


class SubmitPageTranslation(SubmitTranslation, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslation(SubmitTranslation, submit_translations.SubmitSnippetTranslationView):
    pass


class UpdateTranslations(update_translations.UpdateTranslationsView):
    """ "Sync translations": for those who may edit the source. Publishing the translations at the
    same time is for those who may publish every one of them, and publishes only the complete
    ones; the others keep their texts for the translators."""

    def get_object(self):
        source = super().get_object()
        if not can_edit(self.request.user, source.get_source_instance()):
            raise PermissionDenied
        return source

    @transaction.atomic
    def form_valid(self, form):
        translations = list(
            self.object.translations.filter(enabled=True).select_related("target_locale")
        )
        publish = form.cleaned_data["publish_translations"]
        if publish and not all(
            can_publish(self.request.user, translation.get_target_instance())
            for translation in translations
        ):
            raise PermissionDenied
        self.object.update_from_db()
        for translation in translations:
            missing = untranslated(translation) if publish else 0
            if publish and not missing:
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=self.request.user, publish=True)
            else:
                with contextlib.suppress(ValidationError):
                    self.object.update_target_view_restrictions(translation.target_locale)
                if publish:
                    messages.warning(self.request, not_translated_message(translation, missing))
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())


def language_name(locale):
    """The language's name in the editor's language (Arabic, ערבית…)."""
    return get_language_info(locale.language_code)["name_translated"]


def not_translated_message(translation, count, held_back=None):
    """Why a translation was held back ("Not published", "Not sent for approval"): `count`
    texts are still untranslated."""
    reason = ngettext(
        "%(count)s text is not translated into %(language)s yet.",
        "%(count)s texts are not translated into %(language)s yet.",
        count,
    ) % {"count": count, "language": language_name(translation.target_locale)}
    return f"{held_back or _('Not published.')} {reason}"


def convert_to_alias(request, page_id):
    """An alias shows its source page's live content at once: converting a translation into one
    publishes, so it is for those who may publish the page."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def admin_urls():
    """wagtail-localize's screens that change content, with the checks above; registered before
    wagtail-localize's own, at the same addresses."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslation.as_view(),
            name="hub_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslation.as_view(),
            name="hub_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslations.as_view(),
            name="hub_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="hub_convert_to_alias",
        ),
    ]


SUBMIT_ACTION = "hub-submit-translation"
SUBMIT_LABEL = gettext_lazy("Submit for approval")


def before_edit(request, instance):
    """In wagtail-localize's editor of a translation: "Publish" only once every text is
    translated, and "Submit for approval" (ours) turns the translated texts into a draft and
    sends it to the unit's managers."""
    if request.method != "POST" or not isinstance(instance, TranslatableMixin):
        return None
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()
    if translation is None:
        return None
    publishing = request.POST.get("action") == "publish"
    submitting = SUBMIT_ACTION in request.POST and isinstance(instance, Page)
    if not (publishing or submitting):
        return None
    missing = untranslated(translation)
    if missing:
        held_back = _("Not published.") if publishing else _("Not sent for approval.")
        messages.error(request, not_translated_message(translation, missing, held_back))
        return redirect(request.path)
    if publishing:
        return None
    if not can_edit(request.user, instance):
        raise PermissionDenied
    return submit_for_approval(request, translation, instance)


def submit_for_approval(request, translation, instance):
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(request.path)
    instance.refresh_from_db()
    workflow = instance.get_workflow() if isinstance(instance, Page) else None
    if workflow is None:
        messages.success(request, _("The translation was saved as a draft."))
        return redirect(request.path)
    state = instance.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        if state is not None:
            state.cancel(user=request.user)
        workflow.start(instance, request.user)
    messages.success(
        request, _("Sent for approval. The translation goes live once a manager approves it.")
    )
    return redirect(request.path)
