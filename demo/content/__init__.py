"""The demo content, one module per domain, each turning its data files into pages and snippets.

`load_demo` runs the steps in this order: the units first, then the home page, the hub's
sections and the general pages, then the domains, and last the calendar and the home page's top
tasks, which show what the steps before have built."""

from .. import targets as work_plan
from . import business, home, hub, institutions, projects

STEPS = [
    hub.units,
    home.build_home_page,
    hub.neighborhoods,
    hub.directory,
    home.general_pages,
    projects.projects,
    institutions.institutions,
    business.business,
    hub.calendar,
    home.home_top_tasks,
    work_plan.targets,
]
