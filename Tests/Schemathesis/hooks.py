"""Schemathesis hooks for Ariane's API (docs/openapi.yaml), loaded through SCHEMATHESIS_HOOKS.

A start with a made-up procedure id is rightly a 404, so a run of generated ids alone would never
open a session, and the stateful phase would have no token to follow the links with. Half of the
generated starts (chosen by the generated id itself, so a run stays reproducible) name a procedure
this server ships; the other half keep the generated id and test the refusals.
"""
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


@schemathesis.hook
def map_body(context, body):
    operation = getattr(context, "operation", None)
    if operation is None or operation.label != "POST /api/v1/sessions" or not isinstance(body, dict):
        return body
    generated = body.get("procedure")
    if isinstance(generated, str) and PROCEDURES and zlib.crc32(generated.encode()) % 2 == 0:
        body = dict(body, procedure=PROCEDURES[zlib.crc32(generated.encode()) % len(PROCEDURES)])
    return body


@schemathesis.auth(refresh_interval=None)
class SessionToken:
    """A fresh session's token, as a kiosk client gets one: each test case opens its own session
    (a case may end it, and the next case would then find the token refused)."""

    def get(self, case, ctx):
        import requests

        base = os.environ["ARIANE_URL"].rstrip("/")
        answer = requests.post(f"{base}/api/v1/sessions", json={"procedure": PROCEDURES[0]}, timeout=10)
        answer.raise_for_status()
        return answer.json()["token"]

    def set(self, case, data, ctx):
        case.headers = dict(case.headers or {})
        case.headers["Authorization"] = f"Bearer {data}"
