"""Shared set-up for benchmarks: a generated school, and median timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).parent / ".data"


def school(observations: int = 20000, mentees: int = 200) -> Path:
    """A demo school database, generated once and reused between runs."""
    from observer.services.context import Services
    from observer.services.demo import generate_demo

    path = DATA / f"school-{mentees}-{observations}.sqlite"
    if not path.exists():
        DATA.mkdir(exist_ok=True)
        services = Services.open_path(path)
        generate_demo(services, seed=1, mentees=mentees, observations=observations)
        services.close()
    return path


def median_seconds(action: Callable[[], object], repeat: int = 7) -> float:
    action()  # warm caches
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
