"""The read-only public API (/api/v2/): Wagtail's API v2 narrowed to live public content, with
filters the domains register (registry.py) and an OpenAPI description made from the same
declarations (openapi.py)."""
