"""Guard for the dependency locks: every requirement resolves from the package index by name and
exact version, with sha256 hashes; no paths, URLs, VCS references, editable installs or index
options; the runtime lock holds no development tools; pyproject's pins agree with the locks.

    python tools/check_lock.py [requirements.lock requirements-dev.lock]

Prints one line per problem and exits 1 when there is any. Used by tests/setup/test_lock.py.
Standard library only: it must run before anything is installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "regenerate the locks with tools/lock.sh (uv, from the public index, with hashes)"

#: Distributions that belong to development only: never on an attorney's laptop.
DEV_ONLY = frozenset(
    {
        "pytest",
        "pytest-qt",
        "hypothesis",
        "import-linter",
        "ruff",
        "mypy",
        "types-pyyaml",
        "uv",
        "iniconfig",
        "pluggy",
        "grimp",
    }
)

_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?"
_PIN = re.compile(rf"^(?P<name>{_NAME})(?:\[[^\]]*\])?==(?P<version>[A-Za-z0-9.+!_-]+)$")
_HASH = re.compile(r"^--hash=sha256:[0-9a-f]{64}$")


@dataclass(frozen=True)
class Pin:
    name: str  # normalised (PEP 503)
    version: str
    line: int


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Requirement lines with backslash continuations joined and comments dropped."""
    out: list[tuple[int, str]] = []
    buf = ""
    start = 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not buf:
            start = number
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        if buf.strip():
            out.append((start, buf.strip()))
        buf = ""
    if buf.strip():
        out.append((start, buf.strip()))
    return out


def check_lock_text(text: str, label: str) -> tuple[list[Pin], list[str]]:
    """The pins of one lock and the problems found (empty when the lock is portable)."""
    pins: list[Pin] = []
    problems: list[str] = []
    for number, line in _logical_lines(text):
        where = f"{label}:{number}"
        words = line.split()
        options = [w for w in words if w.startswith("--")]
        rest = " ".join(w for w in words if not w.startswith("--"))
        requirement = rest.split(";", 1)[0].strip()
        head = requirement.split()[0] if requirement else (words[0] if words else "")
        if not head:
            problems.append(f"{where}: empty requirement")
            continue
        if words[0].startswith("-"):
            problems.append(
                f"{where}: option line {words[0]!r} (the lock holds requirements only: no "
                "editable installs, includes, indexes or find-links)"
            )
            continue
        lowered = line.lower()
        if "://" in lowered or "@" in requirement:
            problems.append(f"{where}: {head!r} is a URL or direct reference, not name==version")
            continue
        if head.startswith((".", "/", "~")) or "\\" in head or "/" in head:
            problems.append(f"{where}: {head!r} is a path, not name==version")
            continue
        if re.match(r"^(git|hg|svn|bzr)\+", head):
            problems.append(f"{where}: {head!r} is a VCS reference")
            continue
        match = _PIN.match(head)
        if match is None:
            problems.append(f"{where}: {head!r} is not pinned to one version (name==version)")
            continue
        hashes = [o for o in options if o.startswith("--hash=")]
        others = [o for o in options if not o.startswith("--hash=")]
        if others:
            problems.append(f"{where}: unexpected options {others} on {head}")
        if not hashes:
            problems.append(f"{where}: {head} has no --hash=sha256:… (pip --require-hashes)")
        bad = [h for h in hashes if not _HASH.match(h)]
        if bad:
            problems.append(f"{where}: {head} has a malformed hash {bad[0]!r}")
        pins.append(Pin(normalise(match["name"]), match["version"], number))
    seen: dict[str, Pin] = {}
    for pin in pins:
        if pin.name in seen:
            problems.append(f"{label}:{pin.line}: {pin.name} is listed twice")
        seen[pin.name] = pin
    if not pins:
        problems.append(f"{label}: no requirements at all")
    return pins, problems


def _pyproject_pins(pyproject: Path) -> tuple[dict[str, str], dict[str, str], list[str]]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data["project"]
    problems: list[str] = []

    def pins(reqs: list[str], group: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for req in reqs:
            match = _PIN.match(req.split(";")[0].strip())
            if match is None:
                problems.append(f"pyproject.toml [{group}]: {req!r} is not pinned (name==version)")
                continue
            out[normalise(match["name"])] = match["version"]
        return out

    runtime = pins(project.get("dependencies", []), "project.dependencies")
    dev = pins(project.get("optional-dependencies", {}).get("dev", []), "dev")
    return runtime, dev, problems


def check(
    runtime_lock: Path = ROOT / "requirements.lock",
    dev_lock: Path = ROOT / "requirements-dev.lock",
    pyproject: Path = ROOT / "pyproject.toml",
) -> list[str]:
    """Every problem with the two locks and pyproject's pins (empty: all is well)."""
    problems: list[str] = []
    locks: dict[str, dict[str, Pin]] = {}
    for path in (runtime_lock, dev_lock):
        if not path.is_file():
            problems.append(f"{path.name}: missing")
            locks[path.name] = {}
            continue
        pins, found = check_lock_text(path.read_text(encoding="utf-8"), path.name)
        problems += found
        locks[path.name] = {p.name: p for p in pins}
    runtime, dev = locks[runtime_lock.name], locks[dev_lock.name]
    for name in sorted(DEV_ONLY & runtime.keys()):
        problems.append(
            f"{runtime_lock.name}: {name} is a development tool (belongs in the dev lock)"
        )
    for name, pin in sorted(runtime.items()):
        other = dev.get(name)
        if other is None:
            problems.append(f"{dev_lock.name}: lacks {name} (it must hold the runtime lock too)")
        elif other.version != pin.version:
            problems.append(
                f"{dev_lock.name}: {name}=={other.version} but {runtime_lock.name} has "
                f"{pin.version}"
            )
    want_runtime, want_dev, found = _pyproject_pins(pyproject)
    problems += found
    for wanted, lock, label in (
        (want_runtime, runtime, runtime_lock.name),
        (want_dev, dev, dev_lock.name),
    ):
        for name, version in sorted(wanted.items()):
            pin = lock.get(name)
            if pin is None or pin.version != version:
                have = pin.version if pin else "nothing"
                problems.append(
                    f"{label}: pyproject.toml pins {name}=={version}, the lock has {have}"
                )
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv[1:3]]
    problems = check(*paths) if paths else check()
    for p in problems:
        print(p)
    if problems:
        print(f"lock check: {len(problems)} problem(s); {REGENERATE}")
        return 1
    print("lock check: both locks pinned by version and sha256, from the package index")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
