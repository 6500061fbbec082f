#!/usr/bin/env python3
"""Simulated residents walking kiosk procedures against a running `ariane serve`, for bench/soak.sh.

Each walker is one kiosk: it keeps one HTTP/1.1 connection and its session cookie, starts a procedure,
reads each step page, answers from the page's own form (choice buttons, number and date fields,
"Continuer", and the hidden `shown` field every step form carries), reaches the outcome, presses
"Terminer" and starts again after a short think time. Standard library only (raw HTTP over asyncio).

Every REPORT seconds it prints the requests of that window, the errors (a status other than 2xx/3xx,
or a socket error or time-out) and their rate, p50/p99 latency, the walks completed and the server's
resident memory (VmRSS of --pid); at the end the same line for the whole run.
"""

import argparse
import asyncio
import html
import random
import re
import statistics
import sys
import time
from urllib.parse import quote_plus

PROCEDURE_FIELD = re.compile(r'name="procedure" value="([^"]+)"')
ANSWER_FORM = re.compile(r'<form method="post" action="/kiosk/step" class="answers"[^>]*>(.*?)</form>', re.S)
SHOWN_FIELD = re.compile(r'name="shown" value="([^"]*)"')
CHOICE_BUTTON = re.compile(r'name="value" value="([^"]*)"')
# Numbers people type at the kiosk; some fall outside a question's bounds and are refused, as in life.
NUMBERS = ["0", "1", "2", "3", "4", "12", "35", "850", "1 200", "2,5"]
DATES = ["25/12/1990", "1985-03-05", "05/03/2001", "31/04/2020"]
# A walk that has not reached an outcome after this many pages is given up ("Quitter").
MOST_PAGES_PER_WALK = 80


class Stats:
    """Counts and latencies, per report window and for the whole run."""

    def __init__(self):
        self.window = []
        self.everything = []
        self.window_errors = 0
        self.errors = 0
        self.error_kinds = {}
        self.window_walks = 0
        self.walks = 0

    def request(self, seconds):
        self.window.append(seconds)
        self.everything.append(seconds)

    def error(self, kind):
        self.window_errors += 1
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1

    def walk(self):
        self.window_walks += 1
        self.walks += 1


class ServerError(Exception):
    """A response the walker cannot go on from: counted as an error, and the walk restarts."""


class Kiosk:
    """One browser: one keep-alive connection and the cookies the server set."""

    def __init__(self, host, port, stats, timeout):
        self.host, self.port, self.stats, self.timeout = host, port, stats, timeout
        self.cookies = {}
        self.reader = self.writer = None

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except (OSError, ConnectionError):
                pass
        self.reader = self.writer = None

    async def request(self, method, path, form=None):
        """Sends one request and returns (status, headers, body); errors are counted here, once."""
        body = b""
        if form is not None:
            body = "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in form.items()).encode()
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Accept: text/html"]
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if form is not None:
            head += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        payload = ("\r\n".join(head) + "\r\n\r\n").encode() + body
        started = time.perf_counter()
        try:
            if self.writer is None:
                self.reader, self.writer = await asyncio.wait_for(
                    asyncio.open_connection(self.host, self.port), self.timeout)
            self.writer.write(payload)
            status, headers, content = await asyncio.wait_for(self.read_response(), self.timeout)
        except (OSError, ConnectionError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as error:
            await self.close()
            self.stats.error(type(error).__name__)
            raise ServerError(f"{method} {path}: {type(error).__name__} {error}") from error
        self.stats.request(time.perf_counter() - started)
        if headers.get("connection", "").lower() == "close":
            await self.close()
        for cookie in headers.get("set-cookie", []):
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in cookie.lower() or "expires=thu, 01 jan 1970" in cookie.lower():
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        if not 200 <= status < 400:
            self.stats.error(f"HTTP {status}")
            raise ServerError(f"{method} {path}: HTTP {status}")
        return status, headers, content

    async def read_response(self):
        status_line = await self.reader.readuntil(b"\r\n")
        parts = status_line.decode("latin-1").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
            raise ValueError(f"not an HTTP status line: {status_line!r}")
        status = int(parts[1])
        headers = {"set-cookie": []}
        while True:
            line = (await self.reader.readuntil(b"\r\n")).decode("latin-1").rstrip("\r\n")
            if not line:
                break
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                headers["set-cookie"].append(value)
            else:
                headers[name] = value
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                chunks.append(chunk[:-2])
            content = b"".join(chunks)
        else:
            content = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return status, headers, content.decode("utf-8", "replace")

    async def follow(self, method, path, form=None):
        """A request and the redirects after it, as a browser follows them; returns (final path, page)."""
        status, headers, page = await self.request(method, path, form)
        hops = 0
        while 300 <= status < 400 and hops < 5:
            path = headers.get("location", "/kiosk")
            status, headers, page = await self.request("GET", path)
            hops += 1
        return path, page


def next_action(page, rng, repeats):
    """The form a resident sends from this step page, or None when the page is not a step."""
    match = ANSWER_FORM.search(page)
    if match is None:
        return None
    form_html = match.group(1)
    form = {}
    shown = SHOWN_FIELD.search(form_html)
    if shown:
        form["shown"] = html.unescape(shown.group(1))
    choices = [html.unescape(value) for value in CHOICE_BUTTON.findall(form_html)]
    # Now and then a resident goes back, or asks for help, as the kiosk's events show they do.
    if repeats == 0 and 'value="back"' in page and rng.random() < 0.03:
        return {**form, "action": "back"}
    if choices:
        return {**form, "action": "answer", "value": rng.choice(choices)}
    if 'inputmode="decimal"' in form_html:
        # After a refusal the resident tries a small number, which most questions accept.
        value = rng.choice(NUMBERS) if repeats == 0 else str(1 + repeats % 3)
        return {**form, "action": "answer", "value": value}
    if 'inputmode="numeric"' in form_html:
        return {**form, "action": "answer", "value": rng.choice(DATES) if repeats == 0 else DATES[0]}
    if 'value="continue"' in form_html:
        return {**form, "action": "continue"}
    return {**form, "action": "quit"}


async def walker(number, args, procedures, stats, deadline):
    rng = random.Random(args.seed * 100_003 + number)
    kiosk = Kiosk(args.host, args.port, stats, args.timeout)
    # Kiosks come to life over the first seconds, not all in the same millisecond.
    await asyncio.sleep(rng.uniform(0, args.ramp))
    try:
        while time.monotonic() < deadline:
            try:
                await walk(kiosk, rng, procedures, args, stats, deadline)
            except ServerError as error:
                if args.verbose:
                    print(f"walker {number}: {error}", file=sys.stderr)
                kiosk.cookies.clear()
                await asyncio.sleep(rng.uniform(args.think_min, args.think_max))
    finally:
        await kiosk.close()


async def walk(kiosk, rng, procedures, args, stats, deadline):
    """One resident from the choice of a procedure to "Terminer"."""
    procedure = rng.choice(procedures)
    path, page = await kiosk.follow("POST", f"/kiosk/{args.lang}/start", {"procedure": procedure})
    last_shown, repeats = None, 0
    for _ in range(MOST_PAGES_PER_WALK):
        if time.monotonic() >= deadline:
            return
        await asyncio.sleep(rng.uniform(args.think_min, args.think_max))
        if 'value="finish"' in page:
            await kiosk.follow("POST", "/kiosk/step", {"action": "finish"})
            stats.walk()
            return
        if not path.startswith("/kiosk/step"):
            raise ServerError(f"{procedure}: the walk left the step pages for {path}")
        form = next_action(page, rng, repeats)
        if form is None:
            raise ServerError(f"{procedure}: {path} has no answer form")
        repeats = repeats + 1 if form.get("shown") == last_shown else 0
        last_shown = form.get("shown")
        path, page = await kiosk.follow("POST", "/kiosk/step", form)
    await kiosk.follow("POST", "/kiosk/step", {"action": "quit"})
    raise ServerError(f"{procedure}: no outcome after {MOST_PAGES_PER_WALK} pages")


def resident_memory_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return float("nan")
    return float("nan")


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def line(label, requests, seconds, errors, latencies, walks, rss):
    rate = 100 * errors / requests if requests else 0.0
    return (f"{label:>7} {requests:>9} {requests / seconds:>8.1f} {errors:>7} {rate:>7.3f}% "
            f"{1000 * percentile(latencies, 0.50):>8.1f} {1000 * percentile(latencies, 0.99):>8.1f} "
            f"{walks:>7} {rss:>9.1f}")


async def reporter(args, stats, started, deadline):
    print(f"{'time':>7} {'requests':>9} {'req/s':>8} {'errors':>7} {'rate':>8} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'walks':>7} {'RSS MiB':>9}", flush=True)
    window_start = time.monotonic()
    while True:
        await asyncio.sleep(max(0.0, min(args.report, deadline - time.monotonic())))
        now = time.monotonic()
        seconds = max(now - window_start, 1e-9)
        print(line(f"{now - started:.0f}s", len(stats.window), seconds, stats.window_errors, stats.window,
                   stats.window_walks, resident_memory_mib(args.pid)), flush=True)
        stats.window, stats.window_errors, stats.window_walks = [], 0, 0
        window_start = now
        if now >= deadline:
            return


async def procedures_offered(args):
    kiosk = Kiosk(args.host, args.port, Stats(), args.timeout)
    try:
        _, page = await kiosk.follow("GET", f"/kiosk/{args.lang}")
    finally:
        await kiosk.close()
    found = sorted(set(PROCEDURE_FIELD.findall(page)))
    if not found:
        raise SystemExit(f"soak: /kiosk/{args.lang} offers no procedure")
    return found


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True, help="the server's process, for its memory")
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--report", type=float, default=30, help="seconds between two report lines")
    parser.add_argument("--ramp", type=float, default=20, help="seconds over which the walkers start")
    parser.add_argument("--think-min", type=float, default=0.5)
    parser.add_argument("--think-max", type=float, default=2.0)
    parser.add_argument("--timeout", type=float, default=30, help="seconds before a request counts as failed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verbose", action="store_true", help="print each error as it happens")
    args = parser.parse_args()

    procedures = await procedures_offered(args)
    print(f"soak: {args.sessions} kiosks walking {len(procedures)} procedures for {args.minutes:g} min "
          f"(think time {args.think_min:g}–{args.think_max:g} s, server pid {args.pid})", flush=True)
    stats = Stats()
    started = time.monotonic()
    deadline = started + 60 * args.minutes
    walkers = [asyncio.create_task(walker(n, args, procedures, stats, deadline)) for n in range(args.sessions)]
    await reporter(args, stats, started, deadline)
    # Walkers finish the request they are in; one stuck past the time-out is cancelled.
    done, pending = await asyncio.wait(walkers, timeout=args.timeout + args.think_max + 1)
    for task in pending:
        task.cancel()
    for task in done:
        if task.exception() is not None:
            print(f"soak: a walker failed: {task.exception()!r}", file=sys.stderr)
    elapsed = time.monotonic() - started
    print(line("total", len(stats.everything), elapsed, stats.errors, stats.everything, stats.walks,
               resident_memory_mib(args.pid)), flush=True)
    if stats.error_kinds:
        print("errors: " + ", ".join(f"{kind} ×{count}" for kind, count in sorted(stats.error_kinds.items())))
    if stats.everything:
        print(f"latency: mean {1000 * statistics.fmean(stats.everything):.1f} ms, "
              f"max {1000 * max(stats.everything):.1f} ms")
    return 1 if stats.errors else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
