"""Background work of the marketplace: checking saved site searches against changed sites
(a registry import may touch thousands of sites; the web request should not wait for it)."""

from __future__ import annotations

from django_tasks import task


@task()
def notify_changed_sites(site_ids: list[int]) -> int:
    from parkbridge.marketplace.notifications import sites_changed

    return sites_changed(site_ids)
