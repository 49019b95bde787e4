#!/usr/bin/env python3
"""Holds N idle keep-alive connections to a local HTTP server, then measures new requests.

Each connection sends one GET and reads the reply (so it is a real, idle keep-alive connection),
then stays open. While they are held, a fresh connection sends sequential requests and the
script reports their latency percentiles, how many idle connections survived, and the server's
RSS (VmRSS) from /proc. Loopback only; bounded in count and time. Prints one JSON object.

usage: bench_idle_connections.py PORT PID [--connections N] [--path /hello] [--probes 200]
"""
import argparse
import json
import resource
import selectors
import socket
import statistics
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def request_bytes(path):
    return f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode()


def read_reply(sock):
    """Reads one Content-Length framed reply; returns True on success."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return False
        body += chunk
    return head.startswith(b"HTTP/1.1 200")


def open_idle(port, path, count, deadline):
    """Opens `count` connections with non-blocking connects, one request each; returns the sockets."""
    sel = selectors.DefaultSelector()
    held, pending = [], {}
    req = request_bytes(path)
    opened = 0
    while (opened < count or pending) and time.time() < deadline:
        while opened < count and len(pending) < 512:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", port))
            sel.register(s, selectors.EVENT_WRITE, b"")
            pending[s] = "connecting"
            opened += 1
        for key, mask in sel.select(timeout=1.0):
            s = key.fileobj
            if pending[s] == "connecting":
                if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) != 0:
                    sel.unregister(s); del pending[s]; s.close(); continue
                s.send(req)
                pending[s] = "reading"
                sel.modify(s, selectors.EVENT_READ, b"")
            else:
                try:
                    chunk = s.recv(65536)
                except OSError:
                    chunk = b""
                buf = key.data + chunk
                if not chunk:
                    sel.unregister(s); del pending[s]; s.close(); continue
                if b"\r\n\r\n" in buf:  # tiny bodies arrive with the head
                    sel.unregister(s); del pending[s]; held.append(s)
                else:
                    sel.modify(s, selectors.EVENT_READ, buf)
    for s in list(pending):
        sel.unregister(s); s.close()
    return held


def still_open(socks):
    alive = 0
    for s in socks:
        try:
            s.setblocking(False)
            data = s.recv(1, socket.MSG_PEEK)
            if data:
                alive += 1  # unexpected bytes, but open
        except BlockingIOError:
            alive += 1
        except OSError:
            pass
    return alive


def probe(port, path, n):
    latencies = []
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    req = request_bytes(path)
    for _ in range(n):
        t0 = time.perf_counter()
        s.sendall(req)
        if not read_reply(s):
            break
        latencies.append((time.perf_counter() - t0) * 1000)
    s.close()
    # Also time fresh connections (accept path under load).
    fresh = []
    for _ in range(max(1, n // 10)):
        t0 = time.perf_counter()
        c = socket.create_connection(("127.0.0.1", port), timeout=5)
        c.sendall(req)
        ok = read_reply(c)
        c.close()
        if ok:
            fresh.append((time.perf_counter() - t0) * 1000)
    return latencies, fresh


def pct(values, p):
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))], 3)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("pid", type=int)
    ap.add_argument("--connections", type=int, default=10000)
    ap.add_argument("--path", default="/hello")
    ap.add_argument("--probes", type=int, default=200)
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, args.connections + 1024)
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    rss_before = rss_kib(args.pid)
    t0 = time.time()
    held = open_idle(args.port, args.path, args.connections, t0 + args.timeout)
    open_seconds = time.time() - t0
    time.sleep(1.0)
    rss_held = rss_kib(args.pid)
    latencies, fresh = probe(args.port, args.path, args.probes)
    alive = still_open(held)
    for s in held:
        s.close()
    print(json.dumps({
        "requested": args.connections,
        "established": len(held),
        "still_open_after_probes": alive,
        "seconds_to_open": round(open_seconds, 2),
        "rss_kib_before": rss_before,
        "rss_kib_with_idle": rss_held,
        "rss_kib_per_idle_connection": round((rss_held - rss_before) / max(1, len(held)), 2),
        "keepalive_probe_ms": {"p50": pct(latencies, 50), "p99": pct(latencies, 99), "max": pct(latencies, 100), "n": len(latencies)},
        "fresh_connection_ms": {"p50": pct(fresh, 50), "p99": pct(fresh, 99), "n": len(fresh)},
    }))


if __name__ == "__main__":
    main()
