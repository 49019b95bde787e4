#!/usr/bin/env python3
"""Backup during concurrent writes, then restore (see scripts/check-backup.sh).

A writer thread commits one audit_log row per transaction, as fast as it can, on its own SQLite
connection (WAL, busy timeout), and records each row id once the commit has returned (an
acknowledged write). The backup starts only after hundreds of acknowledged writes and the writer
goes on during it and after it. Every row acknowledged before the backup started must be in the
restored database; rows committed later may or may not be (the backup is a snapshot)."""
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/vetrina")
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def vetrina(*args, timeout=300):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=timeout)


class Writer(threading.Thread):
    def __init__(self, path):
        super().__init__(daemon=True)
        self.path, self.stop, self.error = path, threading.Event(), None
        self.lock, self.acknowledged = threading.Lock(), []

    def run(self):
        try:
            db = sqlite3.connect(self.path, isolation_level=None, timeout=10)
            db.execute("PRAGMA busy_timeout = 10000")
            n = 0
            while not self.stop.is_set() and n < 200_000:  # bounded whatever happens
                n += 1
                row = db.execute(
                    "INSERT INTO audit_log (at, actor, action, entity_type, entity_id, summary) "
                    "VALUES (?, 'sistema', 'check.backup', 'check', ?, 'scrittura concorrente') RETURNING id",
                    (int(time.time()), str(n))).fetchone()
                with self.lock:
                    self.acknowledged.append(row[0])
            db.close()
        except Exception as e:  # reported by the main thread
            self.error = e

    def snapshot(self):
        with self.lock:
            return list(self.acknowledged)


def wait_for(condition, seconds, what):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    check(False, f"timed out waiting for {what}")
    return False


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db, backup, restored = (os.path.join(tmp, n) for n in ("live.sqlite", "backup.sqlite", "restored.sqlite"))
        check(vetrina("migrate", "--db", db).returncode == 0, "migrate")
        check(vetrina("seed", "--db", db, "--demo").returncode == 0, "seed --demo")
        writer = Writer(db)
        writer.start()
        wait_for(lambda: len(writer.snapshot()) >= 300 or writer.error, 60, "300 acknowledged writes")
        before = writer.snapshot()
        result = vetrina("backup", "--db", db, "--to", backup)
        during = writer.snapshot()
        wait_for(lambda: len(writer.snapshot()) >= len(during) + 100 or writer.error, 60, "writes after the backup")
        writer.stop.set()
        writer.join(timeout=30)
        check(writer.error is None, f"the writer never failed ({writer.error})")
        check(result.returncode == 0, f"backup while writing succeeded ({result.stdout.strip()} {result.stderr.strip()})")
        print(f"     {len(before)} writes acknowledged before the backup, {len(during) - len(before)} during it, "
              f"{len(writer.snapshot()) - len(during)} after it")

        refused = vetrina("restore", "--from", backup, "--db", db)
        check(refused.returncode != 0 and "esiste già" in refused.stderr, "restore refuses to overwrite an existing database")
        result = vetrina("restore", "--from", backup, "--db", restored)
        check(result.returncode == 0 and "integrity_check ok" in result.stdout,
              f"restore succeeded ({result.stdout.strip()} {result.stderr.strip()})")
        if result.returncode == 0:
            copy = sqlite3.connect(restored)
            check(copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "restored database passes integrity_check")
            ids = {r[0] for r in copy.execute("SELECT id FROM audit_log WHERE action = 'check.backup'")}
            missing = [i for i in before if i not in ids]
            check(not missing, f"every write acknowledged before the backup is restored ({len(missing)} missing)")
            check(len(ids) <= len(writer.snapshot()), "the restored database holds no write that never happened")
            check(copy.execute("SELECT count(*) FROM service").fetchone()[0] > 0, "the restored catalog has its services")
            copy.close()
            stats = vetrina("stats", "--db", restored)
            check(stats.returncode == 0, "vetrina stats opens the restored database")

        broken = os.path.join(tmp, "broken.sqlite")
        with open(broken, "wb") as f:
            f.write(b"not a database at all" * 100)
        result = vetrina("restore", "--from", broken, "--db", os.path.join(tmp, "never.sqlite"))
        check(result.returncode != 0 and not os.path.exists(os.path.join(tmp, "never.sqlite")),
              "a file that is not a database is refused and nothing is created")
    if failures:
        sys.exit(f"check-backup: {len(failures)} failed")
    print("check-backup: all passed")


if __name__ == "__main__":
    main()
