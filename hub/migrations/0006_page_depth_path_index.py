"""An index of the page tree by depth, then path. Children of a page are asked for as one depth
and a range of paths (hub.models.children_of, treebeard's get_children): with the path index
alone the database reads every descendant in the range, so counting the 2,000 projects under
their index read the 10,000 meetings below them too, and the menu read the whole site."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0005_work_plan_targets"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS hub_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS hub_page_depth_path",
        ),
    ]
