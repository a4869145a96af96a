"""Maintenance commands for the course repository (notebook hygiene, assessment release)."""
