"""A set of choices stored in one text column (",food,retail,"), shown to editors as checkboxes.

Filtering works alike on SQLite and PostgreSQL with `Q(**{f"{name}__contains": f",{value},"})`;
wagtail-localize treats it as a language-neutral value (declare it a SynchronizedField)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class MultipleChoiceField(models.CharField):
    def __init__(self, *args, choices=(), **kwargs):
        self.multiple_choices = list(choices)
        kwargs.setdefault("max_length", 250)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.multiple_choices
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple | set):
            return [item for item in value if item]
        return [item for item in (value or "").split(",") if item]

    def get_prep_value(self, value):
        values = self.to_python(value)
        return f",{','.join(values)}," if values else ""

    def validate(self, value, model_instance):
        known = {key for key, _label in self.multiple_choices}
        unknown = [item for item in self.to_python(value) if item not in known]
        if unknown:
            raise ValidationError(
                _("Unknown choice: %(value)s"), params={"value": ", ".join(unknown)}
            )
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.multiple_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def labels(self, value):
        names = dict(self.multiple_choices)
        return [names[item] for item in self.to_python(value) if item in names]


def has_choice(field_name, value):
    return Q(**{f"{field_name}__contains": f",{value},"})
