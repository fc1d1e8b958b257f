"""Start to an interactive main window, against a bare PySide6 QMainWindow.

Budget (DESIGN.md): ≤ 2.5× the bare window's time and ≤ 3× its peak memory, on a
school of 20,000 observations; 10× more data no more than 1.5× slower. Each run is
a fresh process (imports included), offscreen; the real `run_gui` start path is
used, and the process leaves as soon as the window is up (the start-up backup
runs on a worker thread and is not waited for; the exit backup is not part of this).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time

from common import school

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

OBSERVER = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
# Leave as soon as the window is up: what happens at exit (a backup) is not start-up.
QTimer.singleShot(0, lambda: os._exit(0))
from observer.cli import database_url, build_parser
from observer.gui.app import run_gui
sys.exit(run_gui(database_url(build_parser().parse_args(["--db", sys.argv[1]])), ["observer"]))
"""


def measure(code: str, *args: str, repeat: int = 5) -> tuple[float, float]:
    """Median wall time (s) and peak memory (MiB) of a fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times, peaks = [], []
    for _ in range(repeat + 1):  # the first run warms the disk cache
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)
        times.append(time.perf_counter() - started)
        peaks.append(max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024)
    return statistics.median(times[1:]), max(peaks)


def main() -> int:
    os.environ.setdefault("OBSERVER_CONFIG_DIR", str(school().parent / "config"))
    bare_time, bare_memory = measure(BARE)
    print(f"bare QMainWindow: {bare_time:.3f} s, {bare_memory:.0f} MiB")
    worst = 0.0
    for observations in (2000, 20000):
        path = school(observations=observations, mentees=max(20, observations // 100))
        seconds, memory = measure(OBSERVER, str(path))
        ratio = seconds / bare_time
        worst = max(worst, ratio)
        print(
            f"Observer, {observations} observations: {seconds:.3f} s ({ratio:.2f}x), "
            f"{memory:.0f} MiB ({memory / bare_memory:.2f}x)"
        )
    print("budget: 2.5x time, 3x memory")
    return 0 if worst <= 2.5 else 1


if __name__ == "__main__":
    sys.exit(main())
