"""Bundled resources: sample drafts, fonts (with their licences) and icons.

Installed as the package ``clausewise.resources``; see ``clausewise.paths.resource_path``.
"""
