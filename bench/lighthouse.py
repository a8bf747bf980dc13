"""Lighthouse on a phone (its default: mobile form factor, simulated slow 4G and CPU) over the
main pages of the demo site (loaded as bench/screenshots.py loads it): `make lighthouse` prints
a table of scores and exits with 1 when one is below its threshold. Each page's full report stays in .lighthouse/reports/ (HTML and
JSON).

The site runs as in production, minus the proxy: gunicorn with DEBUG off, and the pages, styles
and scripts compressed on the way out as nginx does (deploy/nginx.conf), so that Lighthouse
judges what residents download. LIGHTHOUSE_LANGUAGES="he" narrows the run to some languages.
"""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import BASE_DIR, demo_site  # noqa: E402

LIGHTHOUSE = BASE_DIR / ".lighthouse" / "node_modules" / ".bin" / "lighthouse"
REPORTS = BASE_DIR / ".lighthouse" / "reports"
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8104"))
LANGUAGES = os.environ.get("LIGHTHOUSE_LANGUAGES", "he ar en").split()
PAGES = {
    "home": "",
    "project": "projects/yehuda-hayamit-street-renewal/",
    "institution": "institutions/jaffa-d-community-center/",
    "calendar": "events/",
    "search": "search/?q=106",
}
# Results pages are noindex on purpose (style.md): "is the page crawlable" is not asked of them.
SKIPPED_AUDITS = {"search": ["is-crawlable"]}
ATTEMPTS = 3
THRESHOLDS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")


def application(environ, start_response):
    """The hub's WSGI application with its text compressed when the client accepts gzip, as the
    production proxy does; gunicorn serves it (`lighthouse:application`)."""
    from hub.wsgi import application as hub

    if "gzip" not in environ.get("HTTP_ACCEPT_ENCODING", ""):
        return hub(environ, start_response)
    answer = {"written": []}

    def capture(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, headers
        return answer["written"].append

    result = hub(environ, capture)
    try:
        body = b"".join(answer["written"]) + b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    headers = answer["headers"]
    names = {name.lower(): value for name, value in headers}
    if names.get("content-type", "").startswith(COMPRESSED_TYPES) and (
        "content-encoding" not in names and len(body) > 256
    ):
        body = gzip.compress(body)
        headers = [(n, v) for n, v in headers if n.lower() != "content-length"]
        headers += [("Content-Encoding", "gzip"), ("Content-Length", str(len(body)))]
        headers += [("Vary", "Accept-Encoding")]
    start_response(answer["status"], headers)
    return [body]


def audit(url, name):
    """One Lighthouse run: its JSON report."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output=html",
        f"--output-path={REPORTS / name}",
        "--only-categories=" + ",".join(THRESHOLDS),
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    skipped = SKIPPED_AUDITS.get(name.split("-", 1)[1], [])
    if skipped:
        command.append("--skip-audits=" + ",".join(skipped))
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    report = REPORTS / f"{name}.report.json"
    # A run now and then loses its trace (NO_NAVSTART), even on a quiet machine: try again.
    for _attempt in range(ATTEMPTS):
        report.unlink(missing_ok=True)
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if not done.returncode and report.exists():
            return json.loads(report.read_text())
    raise RuntimeError(f"lighthouse failed on {url}:\n{done.stderr[-3000:]}")


def scores(report):
    return {key: round((report["categories"][key]["score"] or 0) * 100) for key in THRESHOLDS}


def failing_audits(report, limit=6):
    """The audits that cost points, heaviest first: (category, weight, title, value)."""
    found = []
    for key in THRESHOLDS:
        for ref in report["categories"][key]["auditRefs"]:
            result = report["audits"][ref["id"]]
            if result.get("score") is None or result["score"] >= 0.9 or not ref["weight"]:
                continue
            found.append((key, ref["weight"], result["title"], result.get("displayValue", "")))
    return sorted(found, key=lambda item: -item[1])[:limit]


def main():
    if not LIGHTHOUSE.exists():
        sys.exit(f"no Lighthouse at {LIGHTHOUSE}: run `make lighthouse`")
    REPORTS.mkdir(parents=True, exist_ok=True)
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    command = [gunicorn, "--pythonpath", str(BASE_DIR / "bench"), "lighthouse:application"]
    command += ["--bind", f"127.0.0.1:{PORT}", "--workers", "2", "--timeout", "180"]
    command += ["--log-level", "warning"]
    rows, details, below = [], [], False
    with demo_site(PORT, command) as url:
        for language in LANGUAGES:
            for page, path in PAGES.items():
                target = f"{url}/{language}/{path}"
                # The first visit fills the page cache; Lighthouse measures the second.
                subprocess.run(["curl", "-s", "-o", "/dev/null", target], check=False)
                report = audit(target, f"{language}-{page}")
                result = scores(report)
                low = [key for key, floor in THRESHOLDS.items() if result[key] < floor]
                below = below or bool(low)
                rows.append((f"/{language}/{path}", result, low))
                details.append((f"/{language}/{path}", failing_audits(report)))
                print(f"  {language}-{page}: {result}", flush=True)
    print_table(rows, details)
    return 1 if below else 0


def print_table(rows, details):
    width = max(len(row[0]) for row in rows)
    print(f"\n{'page':<{width}}  perf  a11y  best   seo   (floors {THRESHOLDS})")
    for path, result, low in rows:
        cells = "".join(f"{result[key]:>5}{'!' if key in low else ' '}" for key in THRESHOLDS)
        print(f"{path:<{width}} {cells}")
    print("\nWhat costs points (category, weight, audit):")
    for path, audits in details:
        if audits:
            print(f"{path}")
        for key, weight, title, value in audits:
            print(f"    {key:<14} {weight:>3}  {title}{f' — {value}' if value else ''}")
    print(f"\nFull reports: {REPORTS.relative_to(BASE_DIR)}/<lang>-<page>.report.html")


if __name__ == "__main__":
    sys.exit(main())
