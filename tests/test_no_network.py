"""Clausewise never touches the network: the main flows run with socket creation forbidden.

A child process installs an audit hook (PEP 578) that fails on any socket being created,
connected or resolved, then opens the sample drafts, compares them, exports every kind of
briefing, keeps an annotation in a workspace, and shows the comparison window offscreen. Any
attempt is printed and makes the child exit non-zero.
"""

import subprocess
import sys
import textwrap

import pytest

FLOWS = textwrap.dedent(r"""
    import os, sys, tempfile
    from pathlib import Path

    attempts = []

    def guard(event, args):
        if event.startswith(("socket.", "urllib.", "http.")) or event in ("ftplib.connect",
                                                                          "smtplib.connect"):
            attempts.append(event)
            raise PermissionError(f"network use is forbidden in Clausewise: {event}")

    sys.addaudithook(guard)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="clausewise-offline-"))
    flows = []

    from clausewise.drafts import load_draft, sample_paths
    from clausewise.core.compare import compare
    old_path, new_path = sample_paths()
    old, new = load_draft(old_path), load_draft(new_path)
    comparison = compare(old, new)
    flows.append("open and compare")

    from clausewise import reports
    options = reports.BriefingOptions(marking="OFFLINE", left_path=str(old_path),
                                      right_path=str(new_path))
    reports.export_briefing(comparison, folder / "b.pdf", options)
    reports.export_briefing(comparison, folder / "b.docx", options)
    reports.export_tracked_changes(comparison, folder / "t.docx", options)
    flows.append("export")

    from clausewise.readers import read
    from clausewise.store import (Anchor, Annotation, DraftPair, Workspace, export_annotations,
                                  file_sha256, import_annotations)
    pair = DraftPair(file_sha256(old_path), file_sha256(new_path))
    with Workspace.create(folder / "w.clausewise") as workspace:
        for path, fingerprint in zip((old_path, new_path), (pair.left, pair.right)):
            workspace.drafts.add(read(path), fingerprint)
        note = Annotation.new(pair, Anchor.on(new.find("Article 9"), "right"),
                              "Acceptable as moved", "Acceptable")
        workspace.annotations.add(note)
        export_annotations(workspace, folder / "notes.json")
    with Workspace.open(folder / "w.clausewise") as workspace:
        assert [a.note for a in workspace.annotations.for_pair(pair)] == ["Acceptable as moved"]
        assert import_annotations(workspace, folder / "notes.json").skipped == 1
    flows.append("annotate")

    from PySide6.QtWidgets import QApplication
    from clausewise.gui.app import main as gui_main
    status = gui_main([str(old_path), str(new_path), "--screenshot", str(folder / "s.png")])
    assert status == 0 and (folder / "s.png").stat().st_size > 0
    flows.append("window")

    if attempts:
        print("NETWORK ATTEMPTS:", attempts)
        sys.exit(1)
    print("FLOWS:", ", ".join(flows))
""")


@pytest.mark.slow
def test_main_flows_run_with_socket_creation_forbidden():
    result = subprocess.run([sys.executable, "-c", FLOWS], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "NETWORK ATTEMPTS" not in result.stdout
    flows = result.stdout.strip().splitlines()[-1]
    assert flows.startswith("FLOWS: open and compare, export, annotate"), flows
    assert flows.endswith("window"), flows


def test_the_guard_itself_catches_a_socket():
    """Proof that the audit hook would notice: a flow that does open a socket fails."""
    script = FLOWS.split("os.environ")[0] + textwrap.dedent("""
        import socket
        try:
            socket.socket()
        except PermissionError:
            pass
        print("caught" if attempts else "missed")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "caught", result.stdout + result.stderr
