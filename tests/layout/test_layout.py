"""The layout ARCHITECTURE.md describes, held by tests: small modules and functions, hub knowing
no domain, domains never importing each other, no demo code in a domain."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = ["home", "projects", "institutions", "business"]
APPS = ["hub", "search", *DOMAINS]
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def modules(*apps):
    for app in apps:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def imported_apps(path):
    """The top-level packages a module imports (relative imports stay in its own app)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


@pytest.mark.parametrize("path", list(modules(*APPS)), ids=lambda path: str(path.relative_to(ROOT)))
def test_modules_and_functions_are_small(path):
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long


def test_hub_knows_no_domain():
    offenders = {
        str(path.relative_to(ROOT)): sorted(set(imported_apps(path)) & {*DOMAINS, "search", "demo"})
        for path in modules("hub")
        # The project's wiring names the apps: settings install them, the URLconf routes to search.
        if path.relative_to(ROOT).as_posix() not in ("hub/settings/base.py", "hub/urls.py")
    }
    assert {name: apps for name, apps in offenders.items() if apps} == {}


@pytest.mark.parametrize("domain", DOMAINS)
def test_domains_never_import_each_other_or_the_demo(domain):
    others = {*DOMAINS, "search", "demo"} - {domain}
    offenders = {
        str(path.relative_to(ROOT)): sorted(set(imported_apps(path)) & others)
        for path in modules(domain)
    }
    assert {name: apps for name, apps in offenders.items() if apps} == {}


@pytest.mark.parametrize("app", APPS)
def test_no_demo_code_outside_the_demo_app(app):
    assert not list((ROOT / app).rglob("demo_content.py"))
    assert not (ROOT / app / "demo").exists()
