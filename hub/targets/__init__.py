"""Work-plan targets measured from live content: the metrics registry the domains fill
(metrics.py), a target's progress (progress.py), the unit's approval of reported values
(approval.py), the daily snapshots (snapshots.py), and where they are shown: the public pages
(views.py), the admin report and dashboard (admin.py) and the open data feed (feed.py)."""
