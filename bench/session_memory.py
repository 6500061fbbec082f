"""Memory per live kiosk session: the server's resident memory before and after opening SESSIONS API
sessions (each left at its first step, as an abandoned kiosk leaves it), divided by their number.

Usage: python3 bench/session_memory.py ARIANE [SESSIONS] [PROCEDURE]
"""
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def main():
    ariane = sys.argv[1]
    sessions = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    procedure = sys.argv[3] if len(sys.argv) > 3 else "css"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tempfile.mkdtemp()
    server = subprocess.Popen(
        [ariane, "serve", "--data", data, "--port", str(port), "--sessions-per-address", str(sessions * 2), "--idle", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        connection = None
        for _ in range(100):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port)
                connection.request("GET", "/health")
                connection.getresponse().read()
                break
            except OSError:
                time.sleep(0.2)
        body = json.dumps({"procedure": procedure})
        headers = {"Content-Type": "application/json"}

        def start():
            connection.request("POST", "/api/v1/sessions", body, headers)
            answer = connection.getresponse()
            answer.read()
            if answer.status != 201:
                raise RuntimeError(f"start answered {answer.status}")

        # Warm up: pages, templates, the store, allocator arenas.
        for _ in range(500):
            start()
        time.sleep(1)
        before = rss_kib(server.pid)
        began = time.monotonic()
        for _ in range(sessions):
            start()
        seconds = time.monotonic() - began
        time.sleep(1)
        after = rss_kib(server.pid)
        per_session = (after - before) * 1024 / sessions
        print(f"{sessions} sessions of '{procedure}' in {seconds:.1f} s: RSS {before / 1024:.1f} MiB -> {after / 1024:.1f} MiB, "
              f"{per_session:,.0f} bytes per live session")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
