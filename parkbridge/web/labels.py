"""The domain models' choice labels are plain English strings; the pages translate them with
``gettext`` at render time. Listing them here with ``gettext_noop`` keeps them in the message
catalogue (``makemessages`` finds them) without changing the models."""

from __future__ import annotations

from django.utils.translation import gettext_noop

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
)
