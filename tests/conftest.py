"""Shared test fixtures and paths."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ASSESSMENTS = ROOT / "assessments"
