"""Admin search over the multilingual search keys, the same matching as the API."""

from __future__ import annotations

from django.contrib import admin

from parkbridge.core.api_crud import search_q


class MultilingualSearchAdmin(admin.ModelAdmin):
    search_fields = ["name_en"]  # enables the box; the matching itself is below

    def get_search_results(self, request, queryset, search_term):
        if not search_term:
            return queryset, False
        return queryset.filter(search_q(search_term)), False
