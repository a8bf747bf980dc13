"""Listing filters as Django forms over the address's GET parameters. Every field is optional;
a value a field does not know is dropped and named (`unknown`), never an error page, so every
listing checks and reports its filters the same way. Templates render them with
components/filters.html and keep them in links with Django's {% querystring %}."""

import datetime

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.forms.boundfield import BoundField
from django.utils.functional import cached_property


class FilterBoundField(BoundField):
    @property
    def shown(self):
        """The chosen value as the address spells it ("" when nothing valid was chosen)."""
        if self.name not in self.form.chosen:
            return ""
        return str(self.field.prepare_value(self.form.chosen[self.name]))


class FilterForm(forms.Form):
    """Subclasses declare their fields, or add them in `setup()`, which receives what the form
    was made with beyond the data (such as the listing's locale) and fills in choices read
    from the database."""

    bound_field_class = FilterBoundField

    def __init__(self, data, **context):
        super().__init__(data)
        self.defaults = {}
        self.setup(**context)
        for field in self.fields.values():
            field.required = False

    def setup(self, **context):
        pass

    @cached_property
    def chosen(self):
        """{name: cleaned value} of the filters given and known, plus the defaults."""
        self.is_valid()
        chosen = {name: value for name, value in self.cleaned_data.items() if value}
        return {**self.defaults, **chosen}

    @property
    def unknown(self):
        """The names of the filters whose values were not known and were ignored."""
        self.is_valid()
        return list(self.errors)


def choices(empty_label, pairs):
    return [("", empty_label), *pairs]


class ObjectChoiceField(forms.ChoiceField):
    """A choice among objects read once (neighborhoods, units), named in the address by a key
    such as their slug; cleans to the object."""

    def __init__(self, *, empty_label, key="slug", label_attr="title", **kwargs):
        self.empty_label, self.key, self.label_attr = empty_label, key, label_attr
        self.objects = {}
        super().__init__(choices=[("", empty_label)], **kwargs)

    def set_objects(self, objects):
        self.objects = {str(getattr(obj, self.key)): obj for obj in objects}
        self.choices = choices(
            self.empty_label,
            [(key, getattr(obj, self.label_attr)) for key, obj in self.objects.items()],
        )

    def clean(self, value):
        value = super().clean(value)
        return self.objects.get(value) if value else None

    def prepare_value(self, value):
        return getattr(value, self.key, value)


class CheckboxChoice(forms.CheckboxInput):
    """A checkbox that hands over its value as given, so an unknown value can be named."""

    def value_from_datadict(self, data, files, name):
        return data.get(name, "")


class CheckFilterField(forms.ChoiceField):
    """A filter that is on or off, such as "open now": on is one known value."""

    widget = CheckboxChoice

    def __init__(self, value, **kwargs):
        super().__init__(choices=[(value, kwargs.get("label", value))], **kwargs)


EARLIEST, LATEST = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)


class DayField(forms.DateField):
    """A day written the ISO way (as <input type="date"> sends it), in a sensible range."""

    widget = forms.DateInput(attrs={"type": "date"})
    input_formats = ["%Y-%m-%d"]
    default_validators = [MinValueValidator(EARLIEST), MaxValueValidator(LATEST)]

    def prepare_value(self, value):
        return value.isoformat() if isinstance(value, datetime.date) else value
