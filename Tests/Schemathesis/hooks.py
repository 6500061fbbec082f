"""Schemathesis hooks for Ariane's API (docs/openapi.yaml), loaded through SCHEMATHESIS_HOOKS.

A start with a made-up procedure id is rightly a 404, so a run of generated ids alone would never
open a session, and the stateful phase would have no token to follow the links with. Half of the
generated starts (chosen by the generated id itself, so a run stays reproducible) name a procedure
this server ships; the other half keep the generated id and test the refusals.
"""
import itertools
import os
import pathlib
import re
import zlib

import schemathesis

PROCEDURES = sorted(
    match.group(1)
    for path in (pathlib.Path(__file__).resolve().parents[2] / "procedures").glob("*.xml")
    if (match := re.search(r'<procedure\b[^>]*\bid="([^"]+)"', path.read_text(encoding="utf-8")))
)


SYNC = "/api/v1/sync/events"
# The site run.sh registered (`ariane site add`), whose key sends the generated batches.
SITE = os.environ.get("ARIANE_SITE", "")
# Every generated event gets a sequence of its own: two different events under one sequence are
# rightly refused (409), which would hide what the generated data does.
SEQUENCES = itertools.count(1)


def site_batch(body):
    """A generated batch made the site's own: its events name the key's site, each with a new sequence.
    Only fields of the right type are changed, so that a batch generated invalid stays invalid."""
    events = body.get("events")
    if not isinstance(events, list):
        return body
    for item in events:
        if not isinstance(item, dict):
            continue
        sequence = item.get("sequence")
        # A sequence out of the schema's range is the invalid part of a negative case: kept.
        if isinstance(sequence, int) and not isinstance(sequence, bool) and 1 <= sequence <= 2**53 - 1:
            item["sequence"] = next(SEQUENCES)
        event = item.get("event")
        if isinstance(event, dict) and (event.get("site") is None or isinstance(event.get("site"), str)):
            event["site"] = SITE
    return body


@schemathesis.hook
def map_body(context, body):
    operation = getattr(context, "operation", None)
    if operation is not None and operation.path == SYNC and isinstance(body, dict):
        return site_batch(body)
    if operation is None or operation.label != "POST /api/v1/sessions" or not isinstance(body, dict):
        return body
    generated = body.get("procedure")
    if isinstance(generated, str) and PROCEDURES and zlib.crc32(generated.encode()) % 2 == 0:
        body = dict(body, procedure=PROCEDURES[zlib.crc32(generated.encode()) % len(PROCEDURES)])
    return body


@schemathesis.auth(refresh_interval=None)
class SessionToken:
    """A fresh session's token, as a kiosk client gets one: each test case opens its own session
    (a case may end it, and the next case would then find the token refused). A site's batch is
    sent with the key of the site run.sh registered instead."""

    def get(self, case, ctx):
        import requests

        if case.operation.path == SYNC:
            return os.environ["ARIANE_SITE_KEY"]

        base = os.environ["ARIANE_URL"].rstrip("/")
        answer = requests.post(f"{base}/api/v1/sessions", json={"procedure": PROCEDURES[0]}, timeout=10)
        answer.raise_for_status()
        return answer.json()["token"]

    def set(self, case, data, ctx):
        case.headers = dict(case.headers or {})
        case.headers["Authorization"] = f"Bearer {data}"
