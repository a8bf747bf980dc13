"""The municipality's work-plan targets, the values units report for what no content can show,
and each target's daily snapshot. How a target is measured lives in hub.targets."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .neighborhoods import NeighborhoodPage, QuarterPage
from .units import MunicipalUnit


class Threshold(models.TextChoices):
    AT_LEAST = "at_least", _("At least N")
    AT_LEAST_PERCENT = "at_least_percent", _("At least N%")
    RANGE = "range", _("Between N and M")


class Scope(models.TextChoices):
    CITY = "city", _("The whole city")
    QUARTER = "quarter", _("One quarter")
    NEIGHBORHOOD = "neighborhood", _("One neighborhood")


def metric_choices():
    from hub.targets.metrics import metric_choices

    return metric_choices()


class Target(TranslatableMixin, models.Model):
    """One row of the work plan: what a unit undertakes, measured by a metric against a
    threshold over a period, in the whole city or in one quarter or neighborhood."""

    code = models.SlugField(
        _("code"),
        max_length=80,
        help_text=_("A short, permanent identifier in Latin letters; the open data feed uses it."),
    )
    unit = models.ForeignKey(
        MunicipalUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="targets",
        help_text=_("The unit that owns the target; its subunits' content counts too."),
    )
    success_factor = models.CharField(_("success factor"), max_length=300, blank=True)
    text = models.TextField(_("target"), help_text=_("The target as the work plan words it."))
    metric = models.CharField(
        _("measured by"),
        max_length=60,
        choices=metric_choices,
        help_text=_(
            "How the hub measures the target; reported values for what content cannot show."
        ),
    )
    per_item = models.PositiveSmallIntegerField(
        _("at least per item"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("For example 2, for “every institution holds at least 2 events”."),
    )
    threshold = models.CharField(_("threshold"), max_length=20, choices=Threshold.choices)
    low = models.DecimalField(
        _("N"), max_digits=9, decimal_places=2, validators=[MinValueValidator(0)]
    )
    high = models.DecimalField(
        _("M"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Only for a range."),
    )
    period_start = models.DateField(_("period starts"))
    period_end = models.DateField(_("period ends"))
    scope = models.CharField(_("where"), max_length=20, choices=Scope.choices, default=Scope.CITY)
    quarter = models.ForeignKey(
        QuarterPage,
        verbose_name=_("quarter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    neighborhood = models.ForeignKey(
        NeighborhoodPage,
        verbose_name=_("neighborhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("unit"),
        FieldPanel("code"),
        FieldPanel("success_factor"),
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldPanel("metric"),
                FieldPanel("per_item"),
                FieldRowPanel([FieldPanel("threshold"), FieldPanel("low"), FieldPanel("high")]),
            ],
            heading=_("How it is measured"),
        ),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period")),
        MultiFieldPanel(
            [FieldPanel("scope"), FieldPanel("quarter"), FieldPanel("neighborhood")],
            heading=_("Where"),
        ),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        TranslatableField("success_factor"),
        TranslatableField("text"),
        TranslatableField("unit"),
        *(
            SynchronizedField(name, overridable=False)
            for name in (
                "code",
                "metric",
                "per_item",
                "threshold",
                "low",
                "high",
                "period_start",
                "period_end",
                "scope",
                "quarter",
                "neighborhood",
                "sort_order",
            )
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("work-plan target")
        verbose_name_plural = _("work-plan targets")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_target_code_per_locale")
        ]

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period ends after it starts.")
        if self.threshold == Threshold.RANGE:
            if self.high is None:
                errors["high"] = _("A range needs its upper end.")
            elif self.low is not None and self.high < self.low:
                errors["high"] = _("The upper end is not below the lower one.")
        elif self.high is not None:
            errors["high"] = _("Give an upper end only for a range.")
        if self.threshold == Threshold.AT_LEAST_PERCENT and self.low is not None and self.low > 100:
            errors["low"] = _("A share is at most 100%.")
        if self.scope == Scope.QUARTER and not self.quarter_id:
            errors["quarter"] = _("Choose the quarter.")
        if self.scope == Scope.NEIGHBORHOOD and not self.neighborhood_id:
            errors["neighborhood"] = _("Choose the neighborhood.")
        if errors:
            raise ValidationError(errors)


class ReportedValue(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A value the owning unit reports for a target no content can show (training hours, an
    approved concept), with the document that shows it; live once the unit's managers approve."""

    target = models.ForeignKey(
        Target,
        verbose_name=_("target"),
        on_delete=models.CASCADE,
        related_name="reported_values",
    )
    value = models.DecimalField(
        _("value"), max_digits=9, decimal_places=2, validators=[MinValueValidator(0)]
    )
    as_of = models.DateField(_("as of"), help_text=_("The day the value describes."))
    evidence = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evidence"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "The document that shows the value: a protocol, an attendance list, a decision."
        ),
    )
    note = models.TextField(_("note"), blank=True)

    unit_lookup = "target__unit"

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="reported_value")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="reported_value",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("target"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("as_of")]),
        FieldPanel("evidence"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("reported value")
        verbose_name_plural = _("reported values")
        ordering = ["-as_of", "-pk"]

    def __str__(self):
        return f"{self.target} – {self.value:g} ({self.as_of:%d.%m.%Y})"

    @property
    def revisions(self):
        return self._revisions

    @property
    def unit(self):
        """The unit whose managers approve it (hub.targets.approval)."""
        return self.target.unit

    def clean(self):
        super().clean()
        target = getattr(self, "target", None) if self.target_id else None
        if (
            target is not None
            and self.as_of
            and not (target.period_start <= self.as_of <= target.period_end)
        ):
            raise ValidationError({"as_of": _("The day falls outside the target's period.")})


class TargetSnapshot(models.Model):
    """A target's value on one day, for the history chart; one row a target a day."""

    target_key = models.UUIDField(_("target"), db_index=True)
    day = models.DateField(_("day"))
    value = models.DecimalField(_("value"), max_digits=9, decimal_places=2)
    status = models.CharField(_("status"), max_length=10)

    class Meta:
        verbose_name = _("target snapshot")
        verbose_name_plural = _("target snapshots")
        ordering = ["target_key", "day"]
        constraints = [
            models.UniqueConstraint(fields=["target_key", "day"], name="one_snapshot_a_day")
        ]

    def __str__(self):
        return f"{self.target_key} {self.day.isoformat()}: {self.value}"
