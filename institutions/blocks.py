from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import check_order
from hub.vocabulary import AUDIENCES

ACTIVITY_LANGUAGES = [
    ("he", _("Hebrew")),
    ("ar", _("Arabic")),
    ("en", _("English")),
    ("ru", _("Russian")),
    ("am", _("Amharic")),
    ("mixed", _("Several languages")),
]
UPGRADE_STATUSES = [
    ("planned", _("Planned")),
    ("design", _("In design")),
    ("construction", _("In construction")),
    ("opened", _("Opened")),
]


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("activity or course"), max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)
    audiences = blocks.MultipleChoiceBlock(
        label=_("for whom"), choices=AUDIENCES, widget=forms.CheckboxSelectMultiple
    )
    language = blocks.ChoiceBlock(
        label=_("language of the activity"), choices=ACTIVITY_LANGUAGES, default="he"
    )
    schedule = blocks.CharBlock(
        label=_("when"),
        max_length=200,
        required=False,
        help_text=_("For example: Sundays and Tuesdays, 17:00–18:30."),
    )

    class Meta:
        icon = "group"
        label = _("Activity")
        template = "institutions/blocks/activity_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        names = dict(AUDIENCES)
        context["audience_labels"] = [names[key] for key in value["audiences"] if key in names]
        context["language_label"] = dict(ACTIVITY_LANGUAGES).get(value["language"], "")
        return context


class BenefitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("benefit"), max_length=200)
    description = blocks.TextBlock(label=_("description"))
    conditions = blocks.TextBlock(label=_("conditions"), required=False)
    valid_from = blocks.DateBlock(label=_("valid from"), required=False)
    valid_to = blocks.DateBlock(label=_("valid until"), required=False)

    class Meta:
        icon = "tag"
        label = _("Club benefit")
        help_text = _("A Digitel residents' club benefit the institution offers.")

    def clean(self, value):
        value = super().clean(value)
        check_order(value, "valid_from", "valid_to", _("A benefit ends after it starts."))
        return value


class UpgradeBlock(blocks.StructBlock):
    what = blocks.CharBlock(label=_("what is upgraded or opened"), max_length=200)
    status = blocks.ChoiceBlock(label=_("status"), choices=UPGRADE_STATUSES, default="planned")
    year = blocks.IntegerBlock(label=_("year"), min_value=2000, max_value=2100)

    class Meta:
        icon = "cogs"
        label = _("Facility upgrade")
        template = "institutions/blocks/upgrade_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["status_label"] = dict(UPGRADE_STATUSES).get(value["status"], "")
        return context
