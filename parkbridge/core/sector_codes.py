"""Records' sector codes without a model instance per link.

A page of 20 sites with their sectors used to prefetch ~30 ``Sector`` objects and a related
manager per site; on PostgreSQL the codes (and the sector ids the record's version is computed
from) come as arrays in the same query instead. Other databases prefetch.
"""

from __future__ import annotations

from functools import cache

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connections, models
from django.db.models import OuterRef


def with_sector_codes(model: type[models.Model]) -> models.QuerySet:
    """All records of ``model`` carrying ``sector_code_array`` (sorted) and ``sectors_pks``
    (read by the model's ``sector_codes`` and by the history's snapshot)."""
    return _annotated(model, connections[model._default_manager.db].vendor).all()


@cache
def _annotated(model: type[models.Model], vendor: str) -> models.QuerySet:
    # Built once per process (resolving the sub-queries costs more than the query itself);
    # callers get clones, so the template is never evaluated.
    if vendor != "postgresql":
        return model._default_manager.prefetch_related("sectors")
    links = model.sectors.through.objects.filter(**{f"{model._meta.model_name}_id": OuterRef("pk")})
    return model._default_manager.annotate(
        sector_code_array=ArraySubquery(links.order_by("sector__code").values("sector__code")),
        sectors_pks=ArraySubquery(links.values("sector_id")),
    )


def sector_codes(record: models.Model) -> list[str]:
    codes = getattr(record, "sector_code_array", None)
    if codes is not None:
        return list(codes)
    return [sector.code for sector in record.sectors.all()]
