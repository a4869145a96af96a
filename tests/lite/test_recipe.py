"""The static site's recipe: pinned, hashed, and the lock it writes loads what the lessons
import. The helpers are checked on small local files (no network); the built site, when the
parts to build it are here, is checked file by file against the official lock."""

import hashlib
import io
import json
import re
import tarfile

import pytest

from lite import build

from ..conftest import ROOT

OFFICIAL = {
    "info": {"version": "0.27.7"},
    "packages": {
        "numpy": {"depends": [], "file_name": "numpy.whl", "sha256": "n"},
        "scipy": {"depends": ["numpy", "openblas"], "file_name": "scipy.whl", "sha256": "s"},
        "openblas": {"depends": [], "file_name": "openblas.zip", "sha256": "o"},
        "matplotlib": {"depends": ["numpy"], "file_name": "mpl.whl", "sha256": "m"},
    },
}


def entry(name: str, depends: list[str]) -> dict:
    return {"name": name, "depends": depends, "file_name": f"{name}.whl", "sha256": "x"}


def test_a_file_with_another_hash_is_refused(tmp_path):
    path = tmp_path / "numpy.whl"
    path.write_bytes(b"not numpy")
    build.check_sha256(path, hashlib.sha256(b"not numpy").hexdigest())
    with pytest.raises(build.HashMismatch, match="numpy.whl"):
        build.check_sha256(path, hashlib.sha256(b"numpy").hexdigest())


def test_the_lock_keeps_what_the_roots_need_and_adds_the_pure_wheels():
    pure = {"anywidget": entry("anywidget", []), "plotly": entry("plotly", ["anywidget"])}
    lock = build.assemble_lock(OFFICIAL, ["scipy"], pure)
    assert sorted(lock["packages"]) == ["anywidget", "numpy", "openblas", "plotly", "scipy"]
    assert lock["packages"]["plotly"]["depends"] == ["anywidget"]


def test_a_dependency_missing_from_the_lock_stops_the_build():
    with pytest.raises(KeyError, match="anywidget"):
        build.assemble_lock(OFFICIAL, ["numpy"], {"plotly": entry("plotly", ["anywidget"])})


def test_the_recipe_makes_plotly_load_anywidget_and_nbformat():
    depends = build.load_recipe()["pure_packages"]["plotly"]
    assert {"anywidget", "nbformat"} <= set(depends)


def test_every_browser_wheel_is_pinned_with_a_hash():
    lines = [
        line for line in (ROOT / "lite/wheels.txt").read_text().splitlines() if line[:1].isalpha()
    ]
    assert lines and all("==" in line and "--hash=sha256:" in line for line in lines)
    recipe = build.load_recipe()
    assert recipe["pyodide"]["integrity"].startswith("sha512-")
    assert len(recipe["compiled_sources"]["mirror"]["sha256"]) == 64


def test_the_kernel_never_falls_back_to_pypi():
    config = json.loads((ROOT / "lite/jupyter-lite.json").read_text())["jupyter-config-data"]
    settings = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert settings["disablePyPIFallback"] is True


def archive_with(tmp_path, files: dict[str, bytes]) -> str:
    path = tmp_path / "pyodide.tar.bz2"
    with tarfile.open(path, "w:bz2") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"pyodide/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path.as_uri()


def test_the_archive_gives_only_the_wanted_files(tmp_path):
    url = archive_with(tmp_path, {"numpy.whl": b"N", "matplotlib.whl": b"M"})
    dest = tmp_path / "out"
    dest.mkdir()
    spec = {"url": url, "folder": "pyodide/", "timeout_s": 5}
    assert build.from_archive(spec, {"numpy.whl": "n"}, dest)
    assert [p.name for p in dest.iterdir()] == ["numpy.whl"]


def test_an_unreachable_archive_falls_back(tmp_path):
    spec = {"url": "http://127.0.0.1:9/pyodide.tar.bz2", "folder": "pyodide/", "timeout_s": 5}
    assert build.from_archive(spec, {"numpy.whl": "n"}, tmp_path) is False
    assert not list(tmp_path.iterdir())


@pytest.mark.xdist_group("lite")
def test_every_file_of_the_built_site_has_the_hash_of_its_lock(site):
    pyodide = site / "static" / "pyodide"
    lock = json.loads((pyodide / "pyodide-lock.json").read_text())
    official = json.loads(
        (build.CACHE / "pyodide-0.27.7" / "package" / "pyodide-lock.json").read_text()
    )["packages"]
    pure = {build.canonical(n) for n in build.load_recipe()["pure_packages"]}
    for key, item in lock["packages"].items():
        assert build.sha256(pyodide / item["file_name"]) == item["sha256"], key
        if build.canonical(key) not in pure:  # compiled: the official file, byte for byte
            assert item["sha256"] == official[key]["sha256"], key
    assert {"numpy", "scipy", "pandas", "openblas"} <= set(lock["packages"])
    pins = re.search(r"^PYODIDE_PINS := (.+)$", (ROOT / "Makefile").read_text(), re.M).group(1)
    for pin in pins.split():  # make test-pyodide-pins tests the course with these versions
        name, version = pin.split("==")
        assert lock["packages"][name]["version"] == version, pin
    assert "anywidget" in lock["packages"]["plotly"]["depends"]


def fake_site(tmp_path, entry: str):
    (tmp_path / "lab").mkdir()
    (tmp_path / "lab" / "package.json").write_text(
        json.dumps({"resolutions": {"@jupyterlab/notebook": "~4.4.5"}})
    )
    static = tmp_path / "extensions" / "@x" / "widgets" / "static"
    static.mkdir(parents=True)
    (static / "remoteEntry.0.js").write_text(entry)
    return tmp_path


@pytest.mark.parametrize(
    ("entry", "wanted"),
    [
        ('shareKey:"@jupyterlab/notebook",import:null,requiredVersion:"^4.6.2"', "^4.6.2"),
        ('y("default","@jupyterlab/notebook",!1,[1,4,6,0])', "^4.6.0"),
        ('y("default","@jupyterlab/notebook",!1,[1,5,0,0])', "^5.0.0"),
        ('shareKey:"@jupyterlab/notebook",import:null,requiredVersion:"^4.4.1"', None),
        ('y("default","@jupyterlab/notebook",[1,4,2,4])', None),
    ],
)
def test_an_extension_built_for_a_newer_jupyterlab_is_found(tmp_path, entry, wanted):
    found = build.unsatisfied_shares(fake_site(tmp_path, entry))
    message = f"@x/widgets needs @jupyterlab/notebook {wanted}; the site has ~4.4.5"
    assert found == ([message] if wanted else [])


@pytest.mark.xdist_group("lite")
def test_every_lab_extension_of_the_site_fits_its_jupyterlab(site):
    assert build.unsatisfied_shares(site) == []
    built = json.loads((site / ".built").read_text())
    assert built["labextensions_from"]["@jupyter-widgets/jupyterlab-manager"].startswith(
        "jupyterlab_widgets-3.0.15-"
    )
