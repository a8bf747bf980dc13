"""Anonymous residents browsing: the home page, the calendar, institutions, a project, a
neighborhood and search, in the three languages. Run by bench/load.py."""

import random

from locust import HttpUser, between, task

LANGUAGES = ["he", "ar", "en"]
SEARCHES = {
    "he": ["גינה", "מרכז קהילתי", "פרוטוקול"],
    "ar": ["حديقة", "مركز"],
    "en": ["garden", "meeting"],
}
INSTITUTIONS = [f"bench-{number}" for number in range(0, 500, 7)]


class Resident(HttpUser):
    wait_time = between(0, 0.05)

    def on_start(self):
        self.language = random.choice(LANGUAGES)

    @task(4)
    def home(self):
        self.client.get(f"/{self.language}/", name="home")

    @task(3)
    def calendar(self):
        self.client.get(f"/{self.language}/events/", name="events calendar")

    @task(2)
    def institutions(self):
        self.client.get(f"/{self.language}/institutions/", name="institutions")

    @task(2)
    def institution(self):
        self.client.get(f"/he/institutions/{random.choice(INSTITUTIONS)}/", name="institution")

    @task(2)
    def project(self):
        self.client.get(f"/{self.language}/projects/yehuda-hayamit-street-renewal/", name="project")

    @task(1)
    def neighborhood(self):
        self.client.get(f"/{self.language}/neighborhoods/jaffa/ajami/", name="neighborhood")

    @task(1)
    def search(self):
        query = random.choice(SEARCHES[self.language])
        self.client.get(f"/{self.language}/search/", params={"q": query}, name="search")
