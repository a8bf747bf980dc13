"""Open data: every dataset the hub publishes as CSV and JSON, per language.

hub owns the machinery (the registry, the streaming writers, the views); each domain registers
its datasets, or its part of a shared one such as the events, from its own `exports` module,
imported by its plugins module. The hub's own datasets (units, and the events that domains fill)
are registered here."""

from .registry import Column, Dataset, Export, datasets, get_dataset, register_dataset

__all__ = ["Column", "Dataset", "Export", "datasets", "get_dataset", "register_dataset"]

from . import common as _common  # noqa: E402, F401  (registers units and events)
