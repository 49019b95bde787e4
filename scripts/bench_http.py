#!/usr/bin/env python3
"""Runs the HTTP benchmarks described in scripts/bench-http.sh and writes bench/results/http.{md,json}.

Every server is started on a free loopback port and stopped at the end; every wrk run is bounded
(BENCH_DURATION). Runs of our server and of the Hummingbird reference are interleaved so both see
the same background load, and each figure is the median of BENCH_RUNS runs.
"""
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
DURATION = os.environ.get("BENCH_DURATION", "8s")
IDLE = int(os.environ.get("BENCH_IDLE_CONNECTIONS", "10000"))
# The reference is built by scripts/bench-http.sh from bench/hummingbird-reference/ (a separate package).
HB_BIN = os.environ.get("HUMMINGBIRD_BIN", os.path.join(ROOT, ".build-hummingbird/release/HBReference"))
CONNECTIONS, THREADS = 64, 2


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_for_port(port, proc, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"port {port} never opened")


class Server:
    """A server process; `url_from_stdout` reads the `http://127.0.0.1:PORT` line it prints."""

    def __init__(self, name, argv, port=None, cwd=ROOT):
        self.name = name
        self.proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=raise_nofile)
        self.stderr_tail = b""
        threading.Thread(target=self.drain_stderr, daemon=True).start()
        if port is None:
            port = self.read_port()
        self.port = port
        wait_for_port(port, self.proc)

    def drain_stderr(self):
        """Keeps the last 4 KiB of stderr (access logs can be large) for error messages."""
        for chunk in iter(lambda: self.proc.stderr.read1(65536), b""):
            self.stderr_tail = (self.stderr_tail + chunk)[-4096:]

    def read_port(self, max_lines=50):
        """Reads stdout lines until one holds `http://127.0.0.1:PORT` (the server may log first)."""
        seen = []
        for _ in range(max_lines):
            line = self.proc.stdout.readline().decode(errors="replace")
            if not line:
                break
            match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
            if match:
                # Keep draining stdout (access logs…) so the server never blocks on a full pipe.
                threading.Thread(target=self.proc.stdout.read, daemon=True).start()
                return int(match.group(1))
            seen.append(line.strip())
        self.stop()
        time.sleep(0.2)
        raise RuntimeError(f"{self.name}: no URL line in its output {seen[-3:]!r}; "
                           f"stderr: {self.stderr_tail.decode(errors='replace')[-300:]!r}")

    def hwm_kib(self):
        return proc_status(self.proc.pid, "VmHWM")

    def rss_kib(self):
        return proc_status(self.proc.pid, "VmRSS")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def raise_nofile():
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))


def proc_status(pid, key):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def to_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url):
    out = subprocess.run(
        ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
        capture_output=True, text=True, timeout=600).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"\s50%\s+([\d.]+\w+)", out).group(1))
    p99 = to_ms(re.search(r"\s99%\s+([\d.]+\w+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50_ms": p50, "p99_ms": p99,
            "non_2xx": int(errors.group(1)) if errors else 0,
            "socket_errors": socket_errors.group(1) if socket_errors else ""}


def median_of(runs):
    return {
        "rps": round(statistics.median(r["rps"] for r in runs), 1),
        "p50_ms": round(statistics.median(r["p50_ms"] for r in runs), 3),
        "p99_ms": round(statistics.median(r["p99_ms"] for r in runs), 3),
        "runs_rps": [round(r["rps"], 1) for r in runs],
        "non_2xx": sum(r["non_2xx"] for r in runs),
        "socket_errors": [r["socket_errors"] for r in runs if r["socket_errors"]],
    }


def start_ours(page_file=None):
    argv = [os.path.join(ROOT, ".build/release/vetrina-bench-server"), "--port", "0", "--public", os.path.join(ROOT, "Public")]
    if page_file:
        argv += ["--page", page_file]
    return Server("vetrina-bench-server", argv)


def start_hummingbird(page_file=None):
    """The Hummingbird 2 reference: /hello, /static/ from Public/ and /page from memory."""
    if not os.access(HB_BIN, os.X_OK):
        return None
    port = free_port()
    argv = [HB_BIN, str(port), os.path.join(ROOT, "Public")] + ([page_file] if page_file else [])
    return Server("hummingbird", argv, port=port)


def start_portal(tmp):
    binary = os.path.join(ROOT, ".build/release/vetrina")
    if not os.access(binary, os.X_OK):
        return None, None
    db = os.path.join(tmp, "bench.sqlite")
    try:
        subprocess.run([binary, "migrate", "--db", db], check=True, capture_output=True, timeout=120)
        subprocess.run([binary, "seed", "--db", db, "--demo"], check=True, capture_output=True, timeout=300)
        server = Server("vetrina", [binary, "serve", "--db", db, "--host", "127.0.0.1", "--port", "0",
                                    "--public", os.path.join(ROOT, "Public")])
    except (subprocess.SubprocessError, RuntimeError, OSError) as e:
        print(f"bench-http: portal not benchmarked ({e})", file=sys.stderr)
        return None, None
    match = None
    for attempt in range(3):  # the first pages can be slow on a loaded machine
        for page in ("/", "/cerca"):
            try:
                html = urllib.request.urlopen(f"http://127.0.0.1:{server.port}{page}", timeout=30).read().decode()
                match = match or re.search(r'href="(/servizi/[^"?#]+)"', html)
            except OSError as e:
                print(f"bench-http: GET {page} failed ({e})", file=sys.stderr)
        if match:
            break
    if not match:
        server.stop()
        print("bench-http: no /servizi/ link on the home page; card page skipped", file=sys.stderr)
        return None, None
    return server, match.group(1)


def static_path():
    for name in ("vetrina.css", "favicon.svg", "comune.js"):
        if os.path.exists(os.path.join(ROOT, "Public", name)):
            return "/static/" + name
    return None


def idle_test(server, path):
    out = subprocess.run(
        [sys.executable, os.path.join(ROOT, "scripts/bench_idle_connections.py"), str(server.port),
         str(server.proc.pid), "--connections", str(IDLE), "--path", path],
        capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        return {"error": out.stderr.strip()[-500:]}
    return json.loads(out.stdout)


def bench_engine(results, page_file):
    """Ours and Hummingbird side by side, runs interleaved: the tiny response, the same static
    file, and the captured card page served from memory (engine cost without rendering)."""
    ours, hb = start_ours(page_file), start_hummingbird(page_file)
    scenarios = [("hello", "/hello"), ("static_file", static_path())]
    if page_file:
        scenarios.append(("page_from_memory", "/page"))
    try:
        for name, path in scenarios:
            if not path:
                continue
            runs_ours, runs_hb = [], []
            for _ in range(RUNS):  # interleaved so both see the same background load
                runs_ours.append(wrk(f"http://127.0.0.1:{ours.port}{path}"))
                if hb:
                    runs_hb.append(wrk(f"http://127.0.0.1:{hb.port}{path}"))
            results[name] = {**median_of(runs_ours), "path": path, "peak_rss_kib": ours.hwm_kib()}
            if hb:
                results["hummingbird_" + name] = {**median_of(runs_hb), "path": path, "peak_rss_kib": hb.hwm_kib()}
                results.setdefault("ratios_rps_ours_over_hummingbird", {})[name] = round(
                    results[name]["rps"] / results["hummingbird_" + name]["rps"], 3)
        if hb and "hello" in results.get("ratios_rps_ours_over_hummingbird", {}):
            results["ratio_rps_ours_over_hummingbird"] = results["ratios_rps_ours_over_hummingbird"]["hello"]
    finally:
        ours.stop()
        if hb:
            hb.stop()


def bench_idle(results):
    ours = start_ours()
    try:
        results["idle_connections"] = idle_test(ours, "/hello")
        results["idle_connections"]["peak_rss_kib"] = ours.hwm_kib()
    finally:
        ours.stop()
    hb = start_hummingbird()
    if hb:
        try:
            results["hummingbird_idle_connections"] = idle_test(hb, "/hello")
            results["hummingbird_idle_connections"]["peak_rss_kib"] = hb.hwm_kib()
        finally:
            hb.stop()


def sequential_requests(port, count, path):
    """Sends `count` GETs one after another on one keep-alive connection."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    request, buffer = f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode(), b""
    for _ in range(count):
        sock.sendall(request)
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = int(re.search(rb"(?i)content-length:\s*(\d+)", buffer[:end]).group(1))
                if len(buffer) >= end + 4 + length:
                    buffer = buffer[end + 4 + length:]
                    break
            chunk = sock.recv(65536)
            if not chunk:
                raise RuntimeError("connection closed")
            buffer += chunk
    sock.close()


def callgrind_total(path, count, portal_db=None):
    """Instructions executed by our server (one event loop) while answering `count` requests;
    with `portal_db`, by `vetrina serve` on that database (every thread counted)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        if portal_db:
            argv = [os.path.join(ROOT, ".build/release/vetrina"), "serve", "--db", portal_db, "--port", "0",
                    "--threads", "1", "--record-searches", "off", "--public", os.path.join(ROOT, "Public")]
        else:
            argv = [os.path.join(ROOT, ".build/release/vetrina-bench-server"), "--port", "0",
                    "--threads", "1", "--public", os.path.join(ROOT, "Public")]
        server = Server("callgrind", ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + argv)
        sequential_requests(server.port, count, path)
        server.stop()
        with open(out) as f:
            return int(re.search(r"^totals: (\d+)", f.read(), re.M).group(1))


def bench_instructions(results):
    """Deterministic cost per request: the difference between 6,000 and 2,000 requests, / 4,000
    (start-up and shutdown cancel out). Unlike requests/s it does not depend on the machine's load."""
    if not shutil.which("valgrind"):
        return
    figures = {}
    for name, path in (("hello", "/hello"), ("static_file", static_path())):
        if path:
            figures[name] = (callgrind_total(path, 6000) - callgrind_total(path, 2000)) // 4000
    portal = os.path.join(ROOT, ".build/release/vetrina")
    card, search = results.get("card_page", {}).get("path"), results.get("search_page", {}).get("path")
    if os.access(portal, os.X_OK) and card and search:
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "cg.sqlite")
            subprocess.run([portal, "migrate", "--db", db], check=True, capture_output=True, timeout=120)
            subprocess.run([portal, "seed", "--db", db, "--demo"], check=True, capture_output=True, timeout=300)
            for name, path in (("card_page", card), ("search_page", search)):  # fewer: valgrind is ~50x slower
                figures[name] = (callgrind_total(path, 600, db) - callgrind_total(path, 200, db)) // 400
    results["instructions_per_request"] = figures


def bench_card(results, tmp):
    """The real portal's card page on a seeded temporary database; returns a file holding that
    page's HTML (for the from-memory comparison), or None."""
    server, path = start_portal(tmp)
    if not server:
        return None
    try:
        html = urllib.request.urlopen(f"http://127.0.0.1:{server.port}{path}", timeout=30).read()
        page_file = os.path.join(tmp, "card.html")
        with open(page_file, "wb") as f:
            f.write(html)
        results["card_page"] = {**median_of([wrk(f"http://127.0.0.1:{server.port}{path}") for _ in range(RUNS)]),
                                "path": path, "bytes": len(html), "peak_rss_kib": server.hwm_kib()}
        search = "/cerca?q=assistenza+anziani&comune=Torino"  # free text + comune: a typical citizen search
        results["search_page"] = {**median_of([wrk(f"http://127.0.0.1:{server.port}{search}") for _ in range(RUNS)]),
                                  "path": search, "peak_rss_kib": server.hwm_kib()}
        return page_file
    finally:
        server.stop()


def row(name, r):
    if not r:
        return f"| {name} | – | – | – | – |"
    rss = f"{r['peak_rss_kib'] / 1024:.1f}" if r.get("peak_rss_kib") else "?"
    return f"| {name} | {r['rps']:,.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {rss} |"


def idle_lines(name, r):
    if not r:
        return []
    if "error" in r:
        return [f"- {name}: failed ({r['error']})"]
    return [f"- {name}: {r['established']:,}/{r['requested']:,} idle keep-alive connections established in "
            f"{r['seconds_to_open']} s, {r['still_open_after_probes']:,} still open after probing; server RSS "
            f"{r['rss_kib_before'] / 1024:.1f} → {r['rss_kib_with_idle'] / 1024:.1f} MiB "
            f"({r['rss_kib_per_idle_connection']:.2f} KiB per connection); new requests on a keep-alive connection "
            f"p50 {r['keepalive_probe_ms']['p50']} ms / p99 {r['keepalive_probe_ms']['p99']} ms; "
            f"on fresh connections p50 {r['fresh_connection_ms']['p50']} ms."]


def write_report(results):
    os.makedirs(os.path.join(ROOT, "bench/results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench/results/http.json"), "w") as f:
        json.dump(results, f, indent=2)
    lines = [
        "# HTTP engine benchmarks",
        "",
        f"Generated by `make bench` (scripts/bench-http.sh) on {results['date']} — {results['machine']}.",
        f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}, median of {RUNS} runs (our runs interleaved with the reference's).",
        "The reference is Hummingbird 2 (bench/hummingbird-reference, release build), serving the same file from "
        "Public/ and the card page's HTML captured from the real portal.",
        "Client and server share the machine's cores, so absolute figures are modest; compare rows, not machines.",
        f"1-minute load average {results.get('load_average_before', 0):.1f} before, {results.get('load_average_after', 0):.1f} "
        "after (other builds share the 2 cores: requests/s drop with load, the ratios much less).",
        "",
        "| scenario | requests/s | p50 ms | p99 ms | peak RSS MiB |",
        "|---|---:|---:|---:|---:|",
        row("tiny keep-alive response (`GET /hello`, 13 bytes)", results.get("hello")),
        row("Hummingbird 2, same response", results.get("hummingbird_hello")),
        row(f"static file (`{results.get('static_file', {}).get('path', '-')}`, sendfile)", results.get("static_file")),
        row("Hummingbird 2, same file (FileMiddleware)", results.get("hummingbird_static_file")),
        row(f"card page, real portal (`{results.get('card_page', {}).get('path', '-')}`, "
            f"{results.get('card_page', {}).get('bytes', 0):,} bytes)", results.get("card_page")),
        row(f"search page, real portal (`{results.get('search_page', {}).get('path', '-')}`)", results.get("search_page")),
        row("the same card page's HTML from memory, our engine", results.get("page_from_memory")),
        row("Hummingbird 2, the same HTML from memory", results.get("hummingbird_page_from_memory")),
        "",
    ]
    ratios = results.get("ratios_rps_ours_over_hummingbird")
    if ratios:
        lines.append("Requests/s ratio, ours / Hummingbird 2: " + ", ".join(f"{k} **{v}**" for k, v in ratios.items()) + ".")
        for name in ratios:
            lines.append(f"- {name} per run: ours {results[name]['runs_rps']}, Hummingbird {results['hummingbird_' + name]['runs_rps']}")
    elif "hello" in results:
        lines.append(f"Hummingbird reference not built at {HB_BIN}: comparison skipped.")
    if "card_page" not in results:
        lines.append("Card page skipped: `vetrina serve` with a seeded demo catalog was not available.")
    ipr = results.get("instructions_per_request")
    if ipr:
        lines += ["", "## Instructions per request (callgrind)", "",
                  "One event loop, sequential keep-alive requests; the difference between 6,000 and 2,000 requests "
                  "divided by 4,000 (portal pages: 600 and 200, by 400, `vetrina serve` on the demo catalog, every "
                  "thread counted), so start-up cancels out. Repeatable whatever the machine's load "
                  "(valgrind cannot run the Hummingbird binary here, so this figure is ours only).", ""]
        lines += [f"- `{name}`: {value:,} instructions" for name, value in ipr.items()]
    lines += ["", f"## {IDLE:,} idle keep-alive connections", ""]
    lines += idle_lines("ours", results.get("idle_connections"))
    lines += idle_lines("Hummingbird 2", results.get("hummingbird_idle_connections"))
    with open(os.path.join(ROOT, "bench/results/http.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


def main():
    if not shutil.which("wrk"):
        sys.exit("bench-http: wrk is missing (apt-get install wrk)")
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
    results = {}
    previous = os.path.join(ROOT, "bench/results/http.json")
    if sys.argv[1:] and os.path.exists(previous):  # a partial run updates the last full one
        with open(previous) as f:
            results = json.load(f)
    results.update({"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                    "machine": f"{os.cpu_count()} cores, {cpu}", "runs": RUNS, "duration": DURATION,
                    "load_average_before": os.getloadavg()[0]})
    only = sys.argv[1:] or ["engine", "idle", "instructions"]
    with tempfile.TemporaryDirectory() as tmp:
        page_file = None
        if "engine" in only or "card" in only:
            page_file = bench_card(results, tmp)
        if "engine" in only:
            bench_engine(results, page_file)
    if "idle" in only:
        bench_idle(results)
    if "instructions" in only:
        bench_instructions(results)
    results["load_average_after"] = os.getloadavg()[0]
    write_report(results)


if __name__ == "__main__":
    main()
