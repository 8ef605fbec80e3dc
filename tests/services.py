"""A real, throwaway Redis on loopback and real `intake worker` processes for the shared-queue tests."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.pg import _free_port


class TempRedis:
    """redis-server on a free loopback port, nothing saved to disk, stopped and deleted at the end."""

    def __init__(self):
        self.binary = shutil.which("redis-server")
        if not self.binary:
            raise RuntimeError("redis-server is not installed (scripts/test.sh installs it)")
        self.dir = Path(tempfile.mkdtemp(prefix="intake-redis-"))
        self.port = _free_port()
        self.proc = None

    def start(self) -> str:
        self.proc = subprocess.Popen([self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(self.dir)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if self.cli("ping").strip() == "PONG":
                return f"redis://127.0.0.1:{self.port}/0"
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def cli(self, *args: str) -> str:
        r = subprocess.run(["redis-cli", "-h", "127.0.0.1", "-p", str(self.port), *args],
                           capture_output=True, text=True, timeout=10)
        return r.stdout

    def monitor(self, out: Path) -> subprocess.Popen:
        """Everything any client sends to this Redis, as `redis-cli monitor` prints it."""
        fh = open(out, "w")
        return subprocess.Popen(["redis-cli", "-h", "127.0.0.1", "-p", str(self.port), "monitor"],
                                stdout=fh, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(10)
        shutil.rmtree(self.dir, ignore_errors=True)


def intake_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "intake"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "intake"]


class Worker:
    """`intake worker` in its own process group, so a test can kill it whole, like a lost machine."""

    def __init__(self, name: str, broker: str, db: str, log_dir: Path, env: dict | None = None,
                 concurrency: int = 1):
        self.name = name
        self.log = open(log_dir / f"{name.split('@')[0]}.log", "w")
        full_env = {**os.environ, **(env or {})}
        self.proc = subprocess.Popen(intake_cmd() + ["worker", "--broker", broker, "--db", db, "-c", str(concurrency),
                                                     "--name", name, "-v"],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=full_env,
                                     start_new_session=True)

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self.log.close()
