"""The domain models' choice labels are plain English strings; the pages translate them with
``gettext`` at render time. Listing them here with ``gettext_noop`` keeps them in the message
catalogue (``makemessages`` finds them) without changing the models."""

from __future__ import annotations

from django.utils.translation import gettext, gettext_lazy, gettext_noop

CHOICE_LABELS: tuple[str, ...] = (
    # sites.SiteKind
    gettext_noop("Technopark"),
    gettext_noop("Industrial park"),
    gettext_noop("Science park"),
    gettext_noop("Special economic zone"),
    gettext_noop("Free economic zone"),
    gettext_noop("Territory of advanced development"),
    gettext_noop("Free port"),
    gettext_noop("High-tech zone"),
    gettext_noop("Cluster"),
    gettext_noop("Other"),
    # sites.SiteStatus, agreements.ProjectStatus
    gettext_noop("Planned"),
    gettext_noop("Under construction"),
    gettext_noop("Operating"),
    gettext_noop("Closed"),
    gettext_noop("Cancelled"),
    # sites.GeoPrecision
    gettext_noop("Exact"),
    gettext_noop("City"),
    gettext_noop("Region"),
    gettext_noop("Country"),
    # sites.IncentiveTax
    gettext_noop("Profit / corporate income tax"),
    gettext_noop("Property tax"),
    gettext_noop("Land tax"),
    gettext_noop("Land rent"),
    gettext_noop("VAT"),
    gettext_noop("Customs duties"),
    gettext_noop("Social contributions"),
    gettext_noop("Personal income tax"),
    gettext_noop("Transport tax"),
    gettext_noop("Mineral extraction tax"),
    # organisations.OrganisationKind
    gettext_noop("Company"),
    gettext_noop("Agency"),
    gettext_noop("Association"),
    gettext_noop("University"),
    gettext_noop("Fund"),
    gettext_noop("Exchange"),
    gettext_noop("Ministry"),
    gettext_noop("Government body"),
    # organisations.OrganisationLinkKind
    gettext_noop("Owns a share of"),
    gettext_noop("Is a subsidiary of"),
    gettext_noop("Is a joint-venture partner in"),
    gettext_noop("Is a member of"),
    # events.EventKind
    gettext_noop("Forum"),
    gettext_noop("Expo"),
    gettext_noop("Business mission"),
    gettext_noop("Conference"),
    # events.ParticipantRole
    gettext_noop("Delegate"),
    gettext_noop("Speaker"),
    gettext_noop("Exhibitor"),
    gettext_noop("Organiser"),
    gettext_noop("Partner"),
    gettext_noop("Visitor"),
    # events.Qualifier
    gettext_noop("exactly"),
    gettext_noop("more than"),
    gettext_noop("at least"),
    gettext_noop("about"),
    gettext_noop("up to"),
    gettext_noop("less than"),
    # agreements.AgreementKind
    gettext_noop("Memorandum of understanding"),
    gettext_noop("Cooperation agreement"),
    gettext_noop("Investment agreement"),
    gettext_noop("Supply contract"),
    gettext_noop("Joint-venture agreement"),
    # agreements.AgreementStatus
    gettext_noop("Signed"),
    gettext_noop("In implementation"),
    gettext_noop("Implemented"),
    gettext_noop("Stalled"),
    gettext_noop("Terminated"),
    # core.SourceKind
    gettext_noop("Article"),
    gettext_noop("Document"),
    gettext_noop("Web page"),
    gettext_noop("Dataset"),
    # sites.IncentiveScope
    gettext_noop("Every site of the kind in the country"),
    gettext_noop("Sites of the kind in the listed regions"),
    gettext_noop("The listed sites only"),
    # press.Category, press.Action, press.ProposalStatus, press.RunStatus, press.RunOrigin
    gettext_noop("Person"),
    gettext_noop("Figure"),
    gettext_noop("Event statistic"),
    gettext_noop("Link to an existing record"),
    gettext_noop("Create a new record"),
    gettext_noop("Pending"),
    gettext_noop("Accepted"),
    gettext_noop("Rejected"),
    gettext_noop("Accepted automatically"),
    gettext_noop("Queued"),
    gettext_noop("Running"),
    gettext_noop("Done"),
    gettext_noop("Failed"),
    gettext_noop("API"),
    gettext_noop("Command line"),
    gettext_noop("Upload page"),
    # press.WatchKind
    gettext_noop("Country pair"),
    gettext_noop("Keyword"),
    # marketplace.Direction, ProfileKind, Condition, Deal, SearchKind, NotificationKind,
    # InterestStatus
    gettext_noop("Offer"),
    gettext_noop("Seek"),
    gettext_noop("Business partnership"),
    gettext_noop("Technology"),
    gettext_noop("Equipment"),
    gettext_noop("Investment"),
    gettext_noop("Site"),
    gettext_noop("New"),
    gettext_noop("Used"),
    gettext_noop("Sale"),
    gettext_noop("Lease"),
    gettext_noop("Marketplace profiles"),
    gettext_noop("Site selection project"),
    gettext_noop("New matching profile"),
    gettext_noop("New matching site"),
    gettext_noop("Interest answered"),
    gettext_noop("Declined"),
    # b2b.B2BRole, RequestStatus, RunStatus, OutcomeStatus
    gettext_noop("Buyer"),
    gettext_noop("Seller"),
    gettext_noop("Investor"),
    gettext_noop("Park operator"),
    gettext_noop("Requested"),
    gettext_noop("Expired"),
    gettext_noop("Agreement reached"),
    gettext_noop("Negotiation started"),
    gettext_noop("No further contact"),
    # accounts.ChangeAction, MailStatus, MailState
    gettext_noop("Created"),
    gettext_noop("Updated"),
    gettext_noop("Deleted"),
    gettext_noop("Restored"),
    gettext_noop("Sent"),
    gettext_noop("E-mail queued"),
    gettext_noop("No e-mail"),
    gettext_noop("Sent in a digest"),
    gettext_noop("Waiting for the digest"),
)

# Measures of event statistics as the bundled facts and press extraction name them (free text
# kept in English in the registry; the pages show them through the catalogue).
MEASURE_LABELS: tuple[str, ...] = (
    gettext_noop("participants"),
    gettext_noop("countries"),
    gettext_noop("delegates"),
    gettext_noop("exhibitors"),
    gettext_noop("agreements signed"),
    gettext_noop("contracts signed"),
    gettext_noop("agreements value"),
    gettext_noop("business sessions"),
    gettext_noop("companies in the delegation"),
    gettext_noop("visitors"),
    gettext_noop("speakers"),
)


# Codes stored without a model's choices, each with its label: the one place they get words.
BENEFIT_LABELS = {
    "reduced_rate": gettext_lazy("Reduced rate"),
    "exemption": gettext_lazy("Exemption"),
    "deduction": gettext_lazy("Deduction"),
    "refund": gettext_lazy("Refund"),
    "free_customs_zone": gettext_lazy("Free customs zone"),
    "other": gettext_lazy("Other"),
}
# Units of event statistics and facts; a currency code (USD, RUB, CNY...) is shown as it is.
UNIT_LABELS = {
    "percent": "%",
    "ha": gettext_lazy("ha"),
    "km": gettext_lazy("km"),
    "km2": gettext_lazy("km²"),
    "m2": gettext_lazy("m²"),
    "MW": gettext_lazy("MW"),
    "tonnes": gettext_lazy("tonnes"),
    "days": gettext_lazy("days"),
    "years": gettext_lazy("years"),
}
CODE_LABELS: dict[str, object] = {**BENEFIT_LABELS}


def unit_label(unit: object) -> str:
    """A unit in the reader's words: "km²" for km2, "%" for percent; other units as they are."""
    text = "" if unit is None else str(unit)
    known = UNIT_LABELS.get(text)
    return str(known) if known is not None else text


def label(code: object) -> str:
    """The words for a code in the current language; an unknown code reads as words too
    ("tax_holiday" → "Tax holiday"), never as the code itself."""
    if code is None or code == "":
        return ""
    text = str(code)
    known = CODE_LABELS.get(text)
    if known is not None:
        return str(known)
    return gettext(text.replace("_", " ").strip().capitalize())
