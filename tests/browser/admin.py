"""Signing in to the admin of the test server as a test user, in one way for every browser test."""

PASSWORD = "a-long-test-password-2026"
DESKTOP = {"width": 1280, "height": 900}


def sign_in(browser, server_url, username, language="he"):
    """A new browser (its language preferred, or the browser's default when None) signed in as
    `username`, on the dashboard. The page's script errors collect in `page.errors`."""
    options = {"viewport": DESKTOP}
    if language:
        options["locale"] = f"{language}-IL"
    page = browser.new_context(**options).new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(f"{server_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server_url}/admin/")
    return page
