"""Participant pages of a B2B programme: register, event profile, catalogue with
recommendations, meeting requests and answers, "my agenda" and feedback after the event.

Every page needs a signed-in user; what they may do is decided by :mod:`permissions` (the same
rules as the API). A person acting for several participants (their own and their
organisation's) picks one with ``?as=<id>``; administrators may act for anyone that way.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from parkbridge.b2b import catalogue, lifecycle
from parkbridge.b2b.agenda import agenda_items
from parkbridge.b2b.errors import B2BError
from parkbridge.b2b.followup import record_feedback
from parkbridge.b2b.forms import (
    AnswerForm,
    CatalogueFilterForm,
    FeedbackForm,
    MeetingRequestForm,
    ProfileForm,
    RegisterForm,
)
from parkbridge.b2b.models import (
    B2BParticipant,
    B2BProgramme,
    MeetingFeedback,
    MeetingRequest,
    RequestStatus,
)
from parkbridge.b2b.notifying import (
    ANSWERED,
    ASKED,
    REQUEST_ANSWERED,
    REQUEST_RECEIVED,
    tell,
)
from parkbridge.b2b.permissions import acts_for, is_organiser, own_participants
from parkbridge.b2b.preferences import whole_sessions
from parkbridge.b2b.times import label
from parkbridge.b2b.views import base_template
from parkbridge.core.access import visible
from parkbridge.events.models import Event


def optional_url(name: str, *args) -> str | None:
    """A page of another app, if it is installed (invitations, "My ParkBridge")."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def visible_programme(request: HttpRequest, programme_id: int) -> B2BProgramme:
    events = visible(Event.objects.all(), request.user).values("pk")
    programme = B2BProgramme.objects.select_related("event").filter(pk=programme_id).first()
    if programme is None:
        raise Http404("no such B2B programme")
    if not programme.event_id or not (
        Event.objects.filter(pk=programme.event_id, pk__in=events).exists()
        or is_organiser(request.user, programme)
    ):
        raise Http404("no such B2B programme")
    return programme


def me_in(request: HttpRequest, programme: B2BProgramme) -> B2BParticipant | None:
    """The participant the user acts as: ``?as=<id>`` if they may, else their own (their
    account's first, then their organisation's)."""
    chosen = request.GET.get("as") or request.POST.get("as")
    if chosen and chosen.isdigit():
        person = programme.participants.filter(pk=int(chosen)).first()
        if person is not None and acts_for(request.user, person):
            return person
    own = own_participants(request.user, programme)
    return own.filter(user=request.user).first() or own.first()


def _context(request: HttpRequest, programme: B2BProgramme, **extra) -> dict:
    me = extra.pop("me", None) or me_in(request, programme)
    return {
        "base_template": base_template(),
        "programme": programme,
        "event": programme.event,
        "me": me,
        "as_query": f"?as={me.pk}" if me else "",
        "organiser": is_organiser(request.user, programme),
        **extra,
    }


def _refuse(request: HttpRequest, error: B2BError, to: str) -> HttpResponse:
    messages.error(request, str(error.detail))
    return redirect(to)


def index(request: HttpRequest) -> HttpResponse:
    """The B2B programmes the visitor may see: their own first (open to everyone: the
    programme pages themselves ask to sign in)."""
    events = visible(Event.objects.all(), request.user).values("pk")
    programmes = list(
        B2BProgramme.objects.select_related("event").filter(event__in=events).order_by("-pk")[:200]
    )
    rows = [
        {
            "programme": p,
            "mine": own_participants(request.user, p).exists(),
            "organiser": is_organiser(request.user, p),
        }
        for p in programmes
    ]
    rows.sort(key=lambda r: (not (r["mine"] or r["organiser"]), -r["programme"].pk))
    return render(request, "b2b/index.html", {"base_template": base_template(), "rows": rows})


@login_required
def programme_home(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = visible_programme(request, programme_id)
    context = _context(
        request,
        programme,
        invitations_url=optional_url("my-parkbridge"),
        slots=programme.ordered_slots().select_related("session"),
    )
    return render(request, "b2b/programme.html", context)


@login_required
def register(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = visible_programme(request, programme_id)
    home = reverse("b2b:programme", args=[programme.pk])
    if not programme.self_registration and not is_organiser(request.user, programme):
        messages.error(request, _("This programme registers participants by invitation only."))
        return redirect(home)
    from parkbridge.organisations.models import Organisation

    memberships = Organisation.objects.filter(members__user=request.user).order_by("name_en")
    form = RegisterForm(request.POST or None, organisations=memberships)
    if request.method == "POST" and form.is_valid():
        organisation = None
        if form.cleaned_data["organisation"]:
            organisation = memberships.filter(pk=form.cleaned_data["organisation"]).first()
            if organisation is None:
                messages.error(request, _("You may register only an organisation you belong to."))
                return redirect(request.path)
        country = form.cleaned_data["country"] or (organisation.country if organisation else "")
        try:
            with transaction.atomic():
                person = B2BParticipant.objects.create(
                    programme=programme,
                    user=request.user,
                    organisation=organisation,
                    display_name=form.cleaned_data["display_name"],
                    country=country,
                    max_meetings=programme.default_max_meetings,
                    contact_email=request.user.email or "",
                    approved=not programme.approval_required
                    or is_organiser(request.user, programme),
                )
        except IntegrityError:
            messages.info(request, _("You are registered already."))
            return redirect(home)
        if not person.approved:
            messages.info(request, _("Registered. An organiser will approve your registration."))
        else:
            messages.success(request, _("Registered. Now tell others what you offer and seek."))
        return redirect(reverse("b2b:profile", args=[programme.pk]) + f"?as={person.pk}")
    return render(request, "b2b/register.html", _context(request, programme, form=form))


def _slot_label(programme: B2BProgramme):
    def text(slot) -> str:
        return f"{slot.session.label}: {label(slot.starts_at, programme)}–" + label(
            slot.ends_at, programme, with_date=False
        )

    return text


@login_required
def profile(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = visible_programme(request, programme_id)
    me = me_in(request, programme)
    if me is None:
        return redirect("b2b:register", programme.pk)
    slots = list(programme.ordered_slots().select_related("session"))
    away = set(me.unavailable_slots.values_list("pk", flat=True))
    initial = {
        "offer": me.offer,
        "seek": me.seek,
        "role": me.role,
        "sectors": list(me.sectors.all()),
        "languages": ", ".join(me.languages or []),
        "online": me.online,
        "contact_email": me.contact_email,
        "contact_phone": me.contact_phone,
        "available": [str(s.pk) for s in slots if s.pk not in away],
        "preferred": [str(pk) for pk in me.preferred_slots.values_list("pk", flat=True)],
        "preferred_sessions": [str(session.pk) for session in whole_sessions(me)],
    }
    form = ProfileForm(
        request.POST or None, initial=initial, slots=slots, slot_label=_slot_label(programme)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            for key in ("offer", "seek", "role", "languages", "online", "contact_email",
                        "contact_phone"):  # fmt: skip
                setattr(me, key, data[key])
            me.save()
            me.sectors.set(data["sectors"])
            chosen = {int(x) for x in data["available"]}
            me.unavailable_slots.set([s for s in slots if s.pk not in chosen])
            me.preferred_slots.set(_liked_slots(slots, data, initial["preferred_sessions"]))
        messages.success(request, _("Your event profile is saved."))
        return redirect(reverse("b2b:profile", args=[programme.pk]) + f"?as={me.pk}")
    return render(request, "b2b/profile.html", _context(request, programme, me=me, form=form))


def _liked_slots(slots: list, data: dict, sessions_before: list[str]) -> list:
    """The ticked times, the times of the ticked sessions, less those of a session that was
    preferred whole and is no longer (its times are still ticked from before)."""
    liked = {int(x) for x in data["preferred"]}
    ticked = {int(x) for x in data["preferred_sessions"]}
    dropped = {int(x) for x in sessions_before} - ticked
    return [
        s for s in slots
        if (s.pk in liked and s.session_id not in dropped) or s.session_id in ticked
    ]  # fmt: skip


@login_required
def catalogue_page(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = visible_programme(request, programme_id)
    me = me_in(request, programme)
    form = CatalogueFilterForm(request.GET or None)
    wanted = catalogue.CatalogueFilter()
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        wanted = catalogue.CatalogueFilter(**{k: data.get(k) or "" for k in vars(wanted)})
    people = list(catalogue.search(programme, request.user, wanted)[:500])
    recommendations = catalogue.recommended(me, request.user) if me else []
    context = _context(
        request,
        programme,
        me=me,
        form=form,
        people=people,
        recommendations=recommendations,
    )
    return render(request, "b2b/catalogue.html", context)


@login_required
def request_meeting(request: HttpRequest, programme_id: int, participant_id: int) -> HttpResponse:
    programme = visible_programme(request, programme_id)
    me = me_in(request, programme)
    if me is None:
        return redirect("b2b:register", programme.pk)
    other = get_object_or_404(catalogue.listed(programme, request.user), pk=participant_id)
    form = MeetingRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = lifecycle.create_request(
                request.user,
                me,
                other,
                weight=form.cleaned_data["weight"],
                message=form.cleaned_data["message"],
            )
        except B2BError as error:
            return _refuse(request, error, reverse("b2b:catalogue", args=[programme.pk]))
        tell(
            [other],
            kind=REQUEST_RECEIVED,
            message=ASKED,
            params={"name": me.name, "event": programme.event},
            url=reverse("b2b:my-requests", args=[programme.pk]),
            target=created,
        )
        messages.success(request, _("Your request was sent."))
        return redirect(reverse("b2b:my-requests", args=[programme.pk]) + f"?as={me.pk}")
    context = _context(request, programme, me=me, form=form, other=other)
    return render(request, "b2b/request_meeting.html", context)


@login_required
def my_requests(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = visible_programme(request, programme_id)
    me = me_in(request, programme)
    if me is None:
        return redirect("b2b:register", programme.pk)
    lifecycle.expire_requests(programme=programme)
    related = ("requester", "recipient")
    context = _context(
        request,
        programme,
        me=me,
        received=me.requests_received.select_related(*related).order_by("-created_at"),
        sent=me.requests_sent.select_related(*related).order_by("-created_at"),
        answer_form=AnswerForm(),
    )
    return render(request, "b2b/my_requests.html", context)


ACTIONS = {"accept": lifecycle.accept, "decline": lifecycle.decline, "cancel": lifecycle.cancel}


@login_required
@require_POST
def request_action(request: HttpRequest, request_id: int, action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404("no such action")
    meeting_request = get_object_or_404(
        MeetingRequest.objects.select_related("programme__event", "requester", "recipient"),
        pk=request_id,
    )
    programme = meeting_request.programme
    back = request.POST.get("next") or reverse("b2b:my-requests", args=[programme.pk])
    if not back.startswith("/") or back.startswith("//"):
        back = reverse("b2b:my-requests", args=[programme.pk])
    form = AnswerForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        ACTIONS[action](request.user, meeting_request, reason or None)
    except B2BError as error:
        return _refuse(request, error, back)
    acting = meeting_request.recipient if action != "cancel" else None
    if acting is None:
        acting = (
            meeting_request.requester
            if acts_for(request.user, meeting_request.requester)
            else meeting_request.recipient
        )
    other = (
        meeting_request.requester
        if acting.pk == meeting_request.recipient_id
        else meeting_request.recipient
    )
    tell(
        [other],
        kind=REQUEST_ANSWERED,
        message=ANSWERED[action],
        params={"name": acting.name, "event": programme.event, "reason": reason},
        url=reverse("b2b:my-requests", args=[programme.pk]),
        target=meeting_request,
    )
    done = {
        "accept": _("Request accepted."),
        "decline": _("Request declined."),
        "cancel": _("Request cancelled."),
    }
    messages.success(request, done[action])
    return redirect(back)


@login_required
def my_agenda(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = visible_programme(request, programme_id)
    me = me_in(request, programme)
    if me is None:
        return redirect("b2b:register", programme.pk)
    items = agenda_items(me)
    given = set(MeetingFeedback.objects.filter(participant=me).values_list("request_id", flat=True))
    context = _context(request, programme, me=me, items=items, rated=given)
    return render(request, "b2b/my_agenda.html", context)


@login_required
def feedback(request: HttpRequest, request_id: int) -> HttpResponse:
    meeting_request = get_object_or_404(
        MeetingRequest.objects.select_related("programme__event", "requester", "recipient"),
        pk=request_id,
    )
    programme = meeting_request.programme
    sides = [meeting_request.requester, meeting_request.recipient]
    chosen = request.GET.get("as") or request.POST.get("as")
    me = next(
        (p for p in sides if str(p.pk) == chosen and acts_for(request.user, p)), None
    ) or next((p for p in sides if acts_for(request.user, p)), None)
    if me is None or meeting_request.status != RequestStatus.ACCEPTED:
        raise Http404("no meeting of yours")
    other = sides[1] if me.pk == sides[0].pk else sides[0]
    current = MeetingFeedback.objects.filter(request=meeting_request, participant=me).first()
    initial = (
        {"rating": current.rating, "status": current.status, "note": current.note}
        if current
        else {}
    )
    form = FeedbackForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            record_feedback(
                request.user,
                meeting_request,
                me,
                form.cleaned_data["rating"],
                form.cleaned_data["status"],
                form.cleaned_data["note"],
            )
        except B2BError as error:
            return _refuse(request, error, request.path)
        messages.success(request, _("Thank you: your feedback is saved."))
        return redirect(reverse("b2b:my-agenda", args=[programme.pk]) + f"?as={me.pk}")
    context = _context(
        request, programme, me=me, form=form, other=other, meeting_request=meeting_request
    )
    return render(request, "b2b/feedback.html", context)
