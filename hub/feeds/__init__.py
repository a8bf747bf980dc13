"""News feeds (RSS 2.0 and Atom 1.0) of what happened on the site, per language: for the city,
a neighborhood, a unit and a section page such as a project. What counts as news is decided by
each domain (hub.registry.register_news_source) and recorded when a page is published
(hub.feeds.news); the feeds (hub.feeds.views) show only the items of live, public pages of their
language."""
