#!/usr/bin/env python3
"""REST latency client for bench/rest (standard library only).

Creates N connectors with initial_state STOPPED, measures GET /connectors?expand=status after a
warm-up, then deletes them all; prints one JSON object with p50/p99 in milliseconds per operation.
One keep-alive connection, one request at a time: latency, not throughput.

Usage: latency.py PORT CONNECTORS REQUESTS WARMUP [LABEL [CONNECTOR_CLASS [EXTRA_CONFIG_JSON]]]

The first window (WARMUP requests, then REQUESTS measured) shows a worker shortly after its JIT
first met the listing. A second, steady window follows: STEADY_WARMUP more requests (env, default
1000), then STEADY_REQUESTS measured (env, default 3000; 0 skips it), reported as
"expand_status_steady". Both workers get the same windows.
(default connector: the conformance kit's SequenceSourceConnector with a "topic"; bench/run uses
FileStreamSource, which both workers ship, with {"file": "/dev/null", "topic": ...}).
"""
import http.client
import json
import os
import sys
import time

CONNECTOR_CLASS = "io.tributary.conformance.SequenceSourceConnector"


def percentile(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def summary(samples):
    return {"n": len(samples), "p50_ms": round(percentile(samples, 50), 3),
            "p99_ms": round(percentile(samples, 99), 3), "max_ms": round(max(samples), 3)}


class Client:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def call(self, method, path, body=None, expect=200):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        data = json.dumps(body).encode() if body is not None else None
        start = time.perf_counter()
        self.conn.request(method, path, body=data, headers=headers)
        response = self.conn.getresponse()
        payload = response.read()
        elapsed = (time.perf_counter() - start) * 1000.0
        if response.status != expect:
            raise SystemExit(f"{method} {path}: {response.status} {payload[:300]!r}")
        return elapsed, payload


def main():
    port, count, requests, warmup = (int(a) for a in sys.argv[1:5])
    label = sys.argv[5] if len(sys.argv) > 5 else ""
    connector_class = sys.argv[6] if len(sys.argv) > 6 else CONNECTOR_CLASS
    extra = json.loads(sys.argv[7]) if len(sys.argv) > 7 else None
    client = Client(port)
    creates, lists, deletes = [], [], []
    for i in range(count):
        name = f"bench-{i:04d}"
        config = {"connector.class": connector_class, "tasks.max": "1", "topic": f"bench-{i % 10}"}
        config.update(extra or {})
        body = {"name": name, "initial_state": "STOPPED", "config": config}
        creates.append(client.call("POST", "/connectors", body, expect=201)[0])
    deadline = time.monotonic() + 60
    # A distributed worker lists a connector once it has read its config back, a moment after the 201.
    while len(json.loads(client.call("GET", "/connectors?expand=status")[1])) != count:
        if time.monotonic() > deadline:
            raise SystemExit(f"expected {count} connectors in the listing")
        time.sleep(0.2)
    for i in range(warmup + requests):
        elapsed, payload = client.call("GET", "/connectors?expand=status")
        if i >= warmup:
            lists.append(elapsed)
    steady_warmup = int(os.environ.get("STEADY_WARMUP", "1000"))
    steady_requests = int(os.environ.get("STEADY_REQUESTS", "3000"))
    steady = []
    for i in range(steady_warmup + steady_requests):
        elapsed, payload = client.call("GET", "/connectors?expand=status")
        if i >= steady_warmup:
            steady.append(elapsed)
    for i in range(count):
        deletes.append(client.call("DELETE", f"/connectors/bench-{i:04d}", expect=204)[0])
    result = {"worker": label, "connectors": count, "expand_status": summary(lists)}
    if steady:
        result["expand_status_steady"] = summary(steady)
    result.update({"create": summary(creates), "delete": summary(deletes)})
    print(json.dumps(result))


if __name__ == "__main__":
    main()
