"""The review queue in the admin: proposals with their evidence, accepted or rejected through
:mod:`parkbridge.press.review` (the admin never writes registry records itself)."""

from __future__ import annotations

import json

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from parkbridge.press import review
from parkbridge.press.models import Article, ArticleCopy, Feed, IngestionRun, Proposal, Watch


class ProposalForm(forms.ModelForm):
    class Meta:
        model = Proposal
        fields = ["edited", "note"]

    def clean_edited(self):
        edited = self.cleaned_data.get("edited")
        try:
            return review.validate_edit(self.instance.category, edited) or None
        except review.ReviewError as error:
            raise forms.ValidationError(json.dumps(error.detail, ensure_ascii=False)) from error


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    form = ProposalForm
    list_display = [
        "id", "category", "summary", "action", "target_label", "confidence", "status", "source",
    ]  # fmt: skip
    list_filter = ["status", "category", "action"]
    search_fields = ["evidence", "source__title"]
    list_select_related = ["source", "target_type"]
    readonly_fields = [
        "source", "run", "category", "extracted", "evidence", "action", "target_label",
        "candidates", "confidence", "status", "reviewer", "reviewed_at", "result_label",
    ]  # fmt: skip
    actions = ["accept_selected", "reject_selected"]

    @admin.display(description="summary")
    def summary(self, obj: Proposal) -> str:
        return obj.summary()

    @admin.display(description="links to")
    def target_label(self, obj: Proposal) -> str:
        return str(obj.target) if obj.target_id else "—"

    @admin.display(description="result")
    def result_label(self, obj: Proposal) -> str:
        return str(obj.result) if obj.result_id else "—"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # proposals come from ingestion only

    def has_change_permission(self, request: HttpRequest, obj: Proposal | None = None) -> bool:
        # Edits are the reviewer's corrections before accepting; a decided proposal is final.
        allowed = review.is_reviewer(request.user)
        return allowed and (obj is None or obj.is_open)

    def _review(self, request: HttpRequest, queryset: QuerySet, decide) -> None:
        done, failed = 0, []
        for proposal in queryset.filter(status="pending"):
            try:
                decide(proposal)
                done += 1
            except review.ReviewError as error:
                failed.append(f"#{proposal.pk}: {error.detail}")
        if done:
            self.message_user(request, f"{done} proposal(s) done.", messages.SUCCESS)
        for message in failed:
            self.message_user(request, message, messages.ERROR)

    @admin.action(description="Accept selected proposals (with their edits)")
    def accept_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        # Stored edits were validated by the form; accept() applies extracted + edited.
        self._review(request, queryset, lambda p: review.accept(p, request.user))

    @admin.action(description="Reject selected proposals")
    def reject_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._review(request, queryset, lambda p: review.reject(p, request.user))


@admin.register(IngestionRun)
class IngestionRunAdmin(admin.ModelAdmin):
    list_display = ["id", "origin", "status", "processed", "total", "failed", "created", "finished"]
    list_filter = ["status", "origin"]
    readonly_fields = [
        "origin", "created_by", "status", "sources", "total", "processed", "failed", "counts",
        "errors", "created", "finished",
    ]  # fmt: skip

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "every_minutes", "active", "last_polled", "failures"]
    list_filter = ["active"]
    search_fields = ["name", "url"]
    readonly_fields = ["etag", "last_modified", "last_polled", "last_success", "last_error",
                       "failures"]  # fmt: skip


class ArticleCopyInline(admin.TabularInline):
    model = ArticleCopy
    extra = 0
    fields = ["outlet", "url", "title", "published", "language", "feed", "similarity"]
    readonly_fields = fields


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "relevance", "relevant", "override", "extracted", "created"]
    list_filter = ["relevant", "override", "extracted"]
    search_fields = ["source__title"]
    readonly_fields = ["source", "relevance", "reasons", "relevant", "extracted"]
    exclude = ["signature"]
    inlines = [ArticleCopyInline]


@admin.register(Watch)
class WatchAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "subject", "created"]
    list_filter = ["kind"]
    raw_id_fields = ["user", "site", "organisation"]
