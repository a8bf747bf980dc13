"""Full-page screenshots of every public page of the demo site, in he/ar/en, on a 360 px phone
and a 1280 px desktop: `make screenshots` writes them to screenshots/ as
<lang>-<width>-<slug>.png, to look over a change to the templates or the stylesheet at a glance.

The site is served as `make run` serves it, with DEBUG off, from a SQLite database with the
demo content in a temporary folder. Loading the demo takes minutes; the database and media it
makes are kept in .demo-site/ and copied on the next runs, until a file they depend on changes
(anything but templates, styles, scripts, tests and benchmarks), so that looking over a change
to the templates or the stylesheet takes about a minute. A page that does not answer 200 is still shot (its error
page is worth seeing) and named at the end, and the command then exits with 1.
"""

import asyncio
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BASE_DIR))

from tests.demo_pages import LANGUAGES, PATHS  # noqa: E402
from tests.servers import MANAGE, load_demo, server_env  # noqa: E402

CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
PORT = int(os.environ.get("SCREENSHOTS_PORT", "8103"))
OUT = BASE_DIR / "screenshots"
KEPT = BASE_DIR / ".demo-site"  # the loaded demo, kept between runs (ignored by git)
READ_LIVE = {".html", ".css", ".js", ".md"}
WIDTHS = (360, 1280)
HEIGHTS = {360: 740, 1280: 900}
# Beyond the shared list: a search that finds nothing, and the page of the site's patterns.
EXTRA_PATHS = ["search/?q=qqqzzzxxx", "patterns/"]
CONCURRENT_PAGES = 3


def slug(path):
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"


@contextmanager
def demo_site(port, command=None, env_extra=None):
    """The demo site served on 127.0.0.1:`port` from a new temporary folder: its address. By
    default Django's runserver (threaded); `command` replaces it, e.g. with gunicorn."""
    with tempfile.TemporaryDirectory(prefix="hub-demo-") as folder:
        workdir = Path(folder)
        env = server_env(workdir, f"sqlite:///{workdir / 'db.sqlite3'}", **(env_extra or {}))
        loaded_demo(workdir, env)
        command = command or MANAGE + ["runserver", "--noreload", f"127.0.0.1:{port}"]
        with open(workdir / "server.log", "w") as log:
            server = subprocess.Popen(
                command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=BASE_DIR
            )
            try:
                url = f"http://127.0.0.1:{port}"
                wait_for(url + "/he/", server, workdir / "server.log")
                yield url
            finally:
                server.terminate()
                server.wait(timeout=30)


def demo_digest():
    """What the loaded demo depends on: every file of the project but those the server reads
    as it runs (templates, styles, scripts) and the tests and benchmarks."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=BASE_DIR, capture_output=True, check=True
    ).stdout
    digest = hashlib.sha256()
    for name in sorted(filter(None, listed.decode().split("\0"))):
        path = BASE_DIR / name
        if path.suffix in READ_LIVE or name.startswith(("tests/", "bench/")) or not path.is_file():
            continue
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def loaded_demo(workdir, env):
    """The demo content in `workdir`: loaded into a new database the first time, then copied
    from the copy kept in .demo-site/ for as long as the code it depends on is unchanged
    (DEMO_FRESH=1 loads it anew)."""
    kept = KEPT / demo_digest()
    if (kept / "db.sqlite3").exists() and not os.environ.get("DEMO_FRESH"):
        shutil.copy(kept / "db.sqlite3", workdir / "db.sqlite3")
        shutil.copytree(kept / "media", workdir / "media")
        print(f"the demo content, as loaded before, from {kept.relative_to(BASE_DIR)}/")
        return
    print("loading the demo content into a new database…", flush=True)
    started = time.monotonic()
    load_demo(env)
    print(f"loaded in {time.monotonic() - started:.0f} s", flush=True)
    shutil.rmtree(KEPT, ignore_errors=True)
    kept.mkdir(parents=True)
    shutil.copytree(workdir / "media", kept / "media")
    shutil.copy(workdir / "db.sqlite3", kept / "db.sqlite3")  # last: it marks the copy whole


def wait_for(url, server, log_path, seconds=180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError(f"the server did not answer at {url}:\n{Path(log_path).read_text()}")


async def shoot(browser, url, jobs, problems):
    """Take (language, width, path) jobs off the queue until it is empty."""
    contexts = {}
    try:
        while not jobs.empty():
            language, width, path = jobs.get_nowait()
            if width not in contexts:
                contexts[width] = await browser.new_context(
                    viewport={"width": width, "height": HEIGHTS[width]}
                )
            page = await contexts[width].new_page()
            response = await page.goto(f"{url}/{language}/{path}", wait_until="load")
            if response is None or response.status != 200:
                status = response.status if response else "no answer"
                problems.append(f"{status}: /{language}/{path}")
            await page.screenshot(
                path=OUT / f"{language}-{width}-{slug(path)}.png",
                full_page=True,
                animations="disabled",
            )
            await page.close()
    finally:
        for context in contexts.values():
            await context.close()


async def shoot_all(url):
    from playwright.async_api import async_playwright

    jobs = asyncio.Queue()
    for language in LANGUAGES:
        for width in WIDTHS:
            for path in PATHS + EXTRA_PATHS:
                jobs.put_nowait((language, width, path))
    total, problems = jobs.qsize(), []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"]
        )
        workers = [shoot(browser, url, jobs, problems) for _ in range(CONCURRENT_PAGES)]
        await asyncio.gather(*workers)
        await browser.close()
    return total, problems


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with demo_site(PORT) as url:
        started = time.monotonic()
        total, problems = asyncio.run(shoot_all(url))
    taken = time.monotonic() - started
    print(f"{total} screenshots in {OUT.relative_to(BASE_DIR)}/, taken in {taken:.0f} s")
    for problem in problems:
        print(f"  not 200 — {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
