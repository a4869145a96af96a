"""Who imports whom inside ``course/``, read from the source (no module is imported).

``python -m course.tools.imports`` prints the package-level picture as a Mermaid graph, the one
in ``docs/architecture.md`` (``tests/test_layers.py`` checks that they agree).
"""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """``course/widgets/app.py`` -> ``course.widgets.app``; a package's ``__init__`` is the
    package."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str, root: Path) -> bool:
    relative = Path(*name.split(".")[1:])
    return (root / relative).is_dir() or (root / relative).with_suffix(".py").is_file()


def imported(path: Path, root: Path = PACKAGE) -> set[str]:
    """The modules of the package that the file at ``path`` imports, at any depth of its code
    (imports inside functions count). ``from course import facts`` names ``course.facts``."""
    package = root.name
    here = module_name(path, root).split(".")
    if path.name != "__init__.py":
        here = here[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == package}
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(here[: len(here) - node.level + 1]) if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            if module.split(".")[0] != package:
                continue
            for alias in node.names:
                child = f"{module}.{alias.name}"
                found.add(child if _is_module(child, root) else module)
    return found


def layer(module: str) -> str:
    """The first part under the package: ``course.widgets.app`` -> ``widgets``; the package's
    own ``__init__`` is ``course``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def edges(root: Path = PACKAGE) -> dict[tuple[str, str], set[str]]:
    """(importing layer, imported layer) -> the importing modules, for every import that
    crosses from one layer to another."""
    found: dict[tuple[str, str], set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        source = module_name(path, root)
        for target in imported(path, root):
            if layer(source) != layer(target):
                found.setdefault((layer(source), layer(target)), set()).add(source)
    return found


def mermaid(root: Path = PACKAGE) -> str:
    """The layer graph as a Mermaid flowchart: an arrow from each importer to what it imports."""
    lines = ["flowchart TD"]
    lines += [f"    {a} --> {b}" for a, b in sorted(edges(root))]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(f"```mermaid\n{mermaid()}\n```\n")
