"""The seed articles, installed as the package app.seeds (see app/paths.py)."""
