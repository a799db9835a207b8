"""Data files installed as the package app.resources (see app/paths.py)."""
