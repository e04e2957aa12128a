"""Clausewise: compare successive drafts of treaties clause by clause, offline."""

__version__ = "0.1.0"
