"""The REST API: one NinjaAPI, routers from each domain app. Docs at /api/docs, schema at
/api/openapi.json."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Redoc, Swagger
from ninja.errors import HttpError
from ninja.parser import Parser

from parkbridge.accounts import api as accounts
from parkbridge.agreements import api as agreements
from parkbridge.b2b import api as b2b
from parkbridge.core import api as core
from parkbridge.core.api_crud import ApiError, install_common_errors
from parkbridge.core.json_renderer import OrjsonRenderer
from parkbridge.core.strict_json import StrictJsonError
from parkbridge.core.strict_json import loads as strict_loads
from parkbridge.events import api as events
from parkbridge.marketplace import api as marketplace
from parkbridge.organisations import api as organisations
from parkbridge.press import api as press
from parkbridge.sites import api as sites
from parkbridge.targets import api as targets


class StrictJsonParser(Parser):
    """Request bodies are standard JSON: no NaN/Infinity, no NUL in texts, bounded nesting
    and number length (see :mod:`parkbridge.core.strict_json`)."""

    def parse_body(self, request: HttpRequest):
        try:
            return strict_loads(request.body)
        except StrictJsonError as error:
            # ninja answers any parser error with a generic 400; keep our words for it.
            request._parkbridge_body_error = str(error)
            raise


api = NinjaAPI(
    title="ParkBridge API",
    version="1",
    description=(
        "Registry of technology parks, industrial parks and economic zones, with organisations, "
        "events, agreements, targets and their sources. Reads are public (confidential records "
        "excepted); writes need `Authorization: Bearer <token>` (`parkbridge token create`)."
    ),
    urls_namespace="api",
    renderer=OrjsonRenderer(),
    # No online validator badge: the docs page makes no request beyond this server.
    docs=Swagger(settings={"validatorUrl": None}),
    parser=StrictJsonParser(),
)
redoc = Redoc()


def redoc_page(request: HttpRequest) -> HttpResponse:
    """The same schema read in ReDoc at /api/redoc (assets served locally like Swagger UI's)."""
    return redoc.render_page(request, api)


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
    detail = getattr(request, "_parkbridge_body_error", None)
    message = f"Cannot parse request body: {detail}" if detail else error.message
    return api.create_response(request, {"detail": message}, status=error.status_code)


@api.exception_handler(RequestDataTooBig)
def body_too_big(request: HttpRequest, error: RequestDataTooBig) -> HttpResponse:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    detail = f"request body over the {limit:,}-byte limit"
    return api.create_response(request, {"detail": detail}, status=413)


@api.exception_handler(ApiError)
def api_error(request: HttpRequest, error: ApiError) -> HttpResponse:
    return api.create_response(request, {"detail": error.detail}, status=error.status)


for prefix, router in [
    ("/sites", sites.router),
    ("/incentives", sites.incentive_router),
    ("/residencies", sites.residency_router),
    ("/organisations", organisations.router),
    ("/organisation-links", organisations.link_router),
    ("/people", organisations.person_router),
    ("/events", events.router),
    ("/event-series", events.series_router),
    ("/event-sessions", events.session_router),
    ("/participants", events.participant_router),
    ("/site-visits", events.visit_router),
    ("/event-statistics", events.statistic_router),
    ("/agreements", agreements.router),
    ("/milestones", agreements.milestone_router),
    ("/investment-projects", agreements.project_router),
    ("/targets", targets.router),
    ("/indicators", targets.indicator_router),
    ("/indicator-values", targets.value_router),
    ("/sources", core.source_router),
    ("/provenance", core.provenance_router),
    ("/sectors", core.sector_router),
    ("/press", press.router),
    ("/b2b", b2b.router),
    ("/marketplace", marketplace.router),
    ("/site-selection", marketplace.selection_router),
    ("", accounts.api_router),
]:
    api.add_router(prefix, router)
install_common_errors(api)
