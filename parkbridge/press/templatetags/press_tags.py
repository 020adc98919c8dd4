"""``{% press_facts record %}``: a site's or organisation's accepted press facts, each with its
sentence and the article's date, and a button to follow the record in the press."""

from __future__ import annotations

from django import template

from parkbridge.organisations.models import Organisation
from parkbridge.press.touches import facts_about

register = template.Library()

SHOWN = 20


@register.inclusion_tag("press/includes/record_facts.html", takes_context=True)
def press_facts(context, record) -> dict:
    kind = "organisation" if isinstance(record, Organisation) else "site"
    return {
        "facts": list(facts_about(record)[:SHOWN]),
        "record": record,
        "kind": kind,
        "user": context.get("user"),
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
