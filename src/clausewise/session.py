"""One comparison session: the drafts, the comparison, the links, the options and the workspace.

The window and the command line both drive a ``Session``; neither keeps any of this itself,
so they cannot drift apart. No Qt here: every workflow can be run, and tested, without a
window.

The drafts are opened once each (read, segmented, fingerprinted: ``drafts.open_draft``) and
kept while they are shown. A comparison runs in three steps so that the slow ones can run on
a worker thread while the window stays responsive::

    wanted = session.wanted()            # drafts still to open (none on a re-compare)
    drafts = Session.load(wanted)        # slow, any thread: read, segment, fingerprint
    session.loaded(drafts)               # picks the workspace and its links; may ask
    left, right, options = session.inputs()
    comparison = Session.run(left, right, options)   # slow, any thread
    session.shown(comparison)            # kept in the workspace; notes carried forward

``compare_now`` does all of it at once (the command line, the tests).

The workspace (a ``.clausewise`` file) is chosen by ``keeper.WorkspaceKeeper``: an explicit
one the user opened or created, else an automatic one per pair of drafts in ``folder``. A
session without a folder keeps no workspace unless one is opened.

What the session must ask (open a copy of a workspace another window holds? replace a file?)
it asks through ``Prompts``; the window answers with dialogs, tests with a fake.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Protocol, Sequence

from .core.compare import CompareOptions, Comparison, ManualLink, Pair, compare
from .core.model import Document
from .drafts import Draft, DraftKey, ReadError, draft_key, open_draft
from .keeper import (OPTION_NAMES, OPTIONS, PATHS, PSEUDO, SHOWN, Wanted, WorkspaceKeeper,
                     copy_of)
from .notes import briefing_notes
from .series import SeriesActions
from .store import (Annotation, DraftPair, Workspace, WorkspaceError, WorkspaceLocked,
                    carry_forward)

SIDES = ("left", "right")


class Prompts(Protocol):
    """The questions a session asks, and how it tells the user something."""

    def open_copy(self, path: Path, reason: str) -> bool:
        """Another window holds the workspace ``path`` (``reason`` says so): open a copy?"""

    def may_replace(self, path: Path) -> bool:
        """``path`` exists: replace it?"""

    def warn(self, title: str, message: str) -> None:
        """Something failed; ``message`` is one line that says what and what to do."""

    def inform(self, message: str) -> None:
        """A passing remark (the window's status bar)."""


class Quiet:
    """Prompts that ask nothing: every question is answered no; warnings are kept."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def open_copy(self, path: Path, reason: str) -> bool:
        self.warnings.append(reason)
        return False

    def may_replace(self, path: Path) -> bool:
        return False

    def warn(self, title: str, message: str) -> None:
        self.warnings.append(message)

    def inform(self, message: str) -> None:
        pass


@dataclass(frozen=True)
class Carried:
    """Notes carried forward into a newer draft's comparison."""

    count: int
    flagged: int   # of which need review (their clause changed or is gone)


class Session(SeriesActions):
    """The drafts, comparison, manual links, options and workspace of one window (or run);
    the series of drafts in the workspace and its history (``series.SeriesActions``)."""

    def __init__(self, folder: Path | None = None, prompts: Prompts | None = None,
                 keep: bool = True) -> None:
        self.keeper = WorkspaceKeeper(folder)
        self.keep = keep   # False: the workspace is only read (the command line)
        self.prompts: Prompts = prompts or Quiet()
        self.paths: list[str | None] = [None, None]        # the drafts to compare next
        self.shown_paths: list[str | None] = [None, None]  # the drafts of ``comparison``
        self.links: list[ManualLink] = []
        self.options = CompareOptions()                     # without links; see ``inputs``
        self.comparison: Comparison | None = None
        self.drafts: dict[DraftKey, Draft] = {}
        self._held: dict[str, Wanted] = {}   # pseudo path -> a draft held only in a workspace
        self._choose = False                 # the drafts changed: choose workspace and links
        self._stay = False                   # ...keeping the workspace open (a newer draft)
        self._carry: tuple[DraftPair, Comparison] | None = None

    # -- the workspace -------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace | None:
        return self.keeper.workspace

    @property
    def pair(self) -> DraftPair | None:
        """The fingerprints of the drafts shown, once they are kept in the workspace."""
        return self.keeper.pair

    @property
    def folder(self) -> Path | None:
        return self.keeper.folder

    @property
    def path(self) -> Path | None:
        """The workspace file, if one is open."""
        return self.keeper.path

    @property
    def explicit(self) -> bool:
        """Whether the workspace was opened or created by the user (not automatic)."""
        return self.keeper.explicit

    @property
    def drafts_pending(self) -> bool:
        """The drafts to compare changed and are not compared yet."""
        return self._choose

    def open_workspace(self, path: str | Path) -> bool:
        """Opens a workspace and sets up the drafts it showed last, with its links and
        options (compare next). False if it was not opened; a workspace another window
        holds is offered as a copy."""
        try:
            self.keeper.open(path)
        except WorkspaceLocked as error:
            return self._offer_copy(Path(path), error)
        except WorkspaceError as error:
            self.prompts.warn("Cannot open the workspace", str(error))
            return False
        try:
            shown = self.keeper.shown_drafts()
        except (WorkspaceError, ReadError) as error:
            self.prompts.warn("Cannot show the workspace's drafts", str(error))
            return True
        if shown is None:
            self.prompts.inform("The workspace holds no comparison yet: open two drafts")
            return True
        paths, held = shown
        self._held.update(held)
        self.paths = list(paths)
        self.links = []
        self._choose, self._stay = True, True
        self.options = self._stored_options(self.options)
        return True

    def use_workspace(self, path: str | Path) -> None:
        """Opens ``path`` for the drafts about to be compared, and takes its options (the
        command line). Raises ``WorkspaceError``; another window's workspace is refused."""
        self.keeper.open(path)
        self.options = self._stored_options(self.options)

    def create_workspace(self, path: str | Path) -> bool:
        """Starts a new explicit workspace; the drafts shown join it. False if refused."""
        try:
            self.keeper.create(path)
        except WorkspaceError as error:
            self.prompts.warn("Cannot create the workspace", str(error))
            return False
        if self.comparison is not None:
            self._record()
        return True

    def save_workspace_as(self, path: str | Path) -> bool:
        try:
            self.keeper.save_as(path)
        except WorkspaceError as error:
            self.prompts.warn("Cannot save the workspace", str(error))
            return False
        if self.comparison is not None:   # drafts shown while it was read-only join the copy
            self._record()
        return True

    def close(self) -> None:
        self.keeper.close()

    def _offer_copy(self, path: Path, error: WorkspaceError) -> bool:
        if not self.prompts.open_copy(path, str(error)):
            return False
        try:
            copy = copy_of(path, (self.folder or path.parent) / "copies")
        except OSError as failure:
            self.prompts.warn("Cannot copy the workspace", f"{path.name}: {failure.strerror}")
            return False
        return self.open_workspace(copy)

    def _stored_options(self, options: CompareOptions) -> CompareOptions:
        stored = self.workspace.settings.get(OPTIONS, {}) if self.workspace else {}
        values = {name: bool(on) for name, on in stored.items() if name in OPTION_NAMES}
        return replace(options, **values)

    # -- choosing the drafts -------------------------------------------------------------------

    def open(self, left: str | Path, right: str | Path) -> None:
        """The two drafts to compare next (their workspace and links follow)."""
        self.paths = [str(left), str(right)]
        self._drafts_changed()

    def set_draft(self, side: str, path: str | Path) -> None:
        """Replaces one side; the links of the old pair do not apply to the new one."""
        self.paths[SIDES.index(side)] = str(path)
        self._drafts_changed()

    def swap(self) -> None:
        self.paths.reverse()
        self._drafts_changed()

    def add_newer_draft(self, path: str | Path) -> bool:
        """The newest draft shown is compared with ``path``, in the same workspace, and the
        notes follow their clauses (see ``shown``). False if there is nothing to add to."""
        if self.comparison is None or self.pair is None:
            self.prompts.inform("Compare two drafts first")
            return False
        self._carry = (self.pair, self.comparison)
        self.paths = [self.shown_paths[1], str(path)]
        self._drafts_changed(stay=True)
        return True

    def _drafts_changed(self, stay: bool = False) -> None:
        self.links = []
        self._choose, self._stay = True, stay

    def ready(self) -> bool:
        return all(self.paths)

    def restore(self) -> None:
        """Back to the drafts shown (a comparison cancelled or failed)."""
        self.paths = list(self.shown_paths)
        self._choose = self._stay = False
        self._carry = None

    # -- comparing -----------------------------------------------------------------------------

    def wanted(self) -> list[Wanted]:
        """The drafts still to open before comparing (none on a re-compare)."""
        out = []
        for path in self.paths:
            if path is not None and draft_key(path) not in self.drafts \
                    and all(w.path != path for w in out):
                out.append(self._held.get(path) or Wanted(path))
        return out

    @staticmethod
    def load(wanted: Sequence[Wanted], cancelled: Callable[[], bool] = lambda: False,
             progress: Callable[[float], None] = lambda fraction: None) -> list[Draft]:
        """Opens each draft (read, segment, fingerprint). Any thread; raises ReadError, its
        ``path`` the draft that could not be read."""
        drafts = []
        for number, want in enumerate(wanted):
            if cancelled():
                break
            try:
                drafts.append(open_draft(want.path, want.source, want.sha256))
            except ReadError as error:
                error.path = want.path   # which of the drafts it was
                raise
            progress((number + 1) / len(wanted))
        return drafts

    def loaded(self, drafts: Sequence[Draft]) -> None:
        """Keeps the drafts opened; when the drafts changed, chooses their workspace (asking
        through the prompts if it is refused) and takes its links. Call it after ``load``,
        with no drafts if none were wanted; then compare if nothing is ``wanted`` any more.

        A file a workspace named that holds another text now is replaced by the draft the
        workspace keeps (the comparison shows what was annotated)."""
        for draft in drafts:
            expected = self.keeper.expected.pop(draft.path, None)
            if expected is not None and expected != draft.sha256 and self.workspace:
                try:
                    held = self.keeper.held(expected)
                except (WorkspaceError, ReadError) as error:
                    self.prompts.warn("Cannot show the workspace's drafts", str(error))
                    continue
                self._held[held.path] = held
                self.paths = [held.path if path == draft.path else path for path in self.paths]
                continue
            self.drafts[draft.key] = draft
            self.keeper.remember(draft.path, draft.sha256)
        if self._choose and not self.wanted():
            self._choose = False
            self._choose_workspace()

    def _choose_workspace(self) -> None:
        try:
            pair = self.keeper.prepare(*self.paths, stay=self._stay)
        except OSError:
            return
        except WorkspaceError as error:
            self._no_workspace(error)
            return
        self.links = self.keeper.links(pair)

    def _no_workspace(self, error: WorkspaceError) -> None:
        """The automatic workspace is refused: compare anyway, without keeping notes."""
        target = None
        self.keeper.close()
        if isinstance(error, WorkspaceLocked):
            target = self.keeper.automatic_path(*(self.keeper.fingerprint(p)
                                                  for p in self.paths))
        if target is not None:
            if not self._offer_copy(target, error):
                self.prompts.inform("Compared without a workspace: notes cannot be added in "
                                    "this window")
        else:
            self.prompts.warn("Notes cannot be kept", f"{error}. The drafts are compared, but "
                              "notes cannot be added until this is solved.")

    def inputs(self) -> tuple[Document, Document, CompareOptions]:
        """The two documents and the options (with the manual links) to compare."""
        left, right = (self.drafts[draft_key(path)].document for path in self.paths)
        return left, right, replace(self.options, manual_links=tuple(self.links))

    @staticmethod
    def run(left: Document, right: Document, options: CompareOptions) -> Comparison:
        """Compares two drafts. Any thread; ``options.cancel`` may stop it."""
        return compare(left, right, options)

    def shown(self, comparison: Comparison) -> Carried | None:
        """The comparison is on screen: keeps it in the workspace (drafts, links, options)
        and, after "add newer draft", carries the previous comparison's notes forward."""
        self.comparison = comparison
        self.shown_paths = list(self.paths)
        wanted = {draft_key(path) for path in self.paths}
        self.drafts = {key: draft for key, draft in self.drafts.items() if key in wanted}
        self._held = {path: want for path, want in self._held.items() if path in self.paths}
        carry, self._carry = self._carry, None
        if not self._record():
            return None
        return self._carry_forward(carry) if carry is not None else None

    def compare_now(self) -> Comparison:
        """All of the above at once (the command line, tests). Raises ReadError."""
        self.loaded(self.load(self.wanted()))
        while self.wanted():   # a file the workspace named holds another text now
            self.loaded(self.load(self.wanted()))
        comparison = self.run(*self.inputs())
        self.shown(comparison)
        return comparison

    def _record(self) -> bool:
        """Stores the comparison shown in the workspace. False if it could not be."""
        if self.workspace is None:  # refused: the user has been told
            return False
        try:
            pair = self.keeper.prepare(*self.shown_paths, stay=True)
            if not self.keep:   # read, never written
                self.keeper.pair = pair
                return True
            documents = [self.drafts[draft_key(path)].document for path in self.shown_paths]
            self.keeper.record(self.shown_paths, pair, documents)
            if not self.workspace.read_only:
                self.keeper.save_links(pair, self.links)
                self.workspace.settings.set(
                    OPTIONS, {name: getattr(self.options, name) for name in OPTION_NAMES})
        except (OSError, ReadError, WorkspaceError, KeyError) as error:
            self.prompts.warn("Cannot keep the drafts in the workspace", str(error))
            return False
        return True

    def _carry_forward(self, carry: tuple[DraftPair, Comparison]) -> Carried | None:
        old_pair, old_comparison = carry
        pair = self.pair
        if pair is None or old_pair.right != pair.left or self.workspace.read_only:
            return None
        store = self.workspace.annotations
        carried = carry_forward(store.for_pair(old_pair), old_comparison, self.comparison,
                                pair, already=store.for_pair(pair))
        if carried:
            try:
                store.add_all(carried)
            except WorkspaceError as error:   # the notes stay on the previous comparison
                self.prompts.warn("Notes not carried forward", f"{error}. The notes are still "
                                  "on the previous comparison; add the draft again to retry.")
                return None
        return Carried(len(carried), sum(1 for note in carried if note.needs_review))

    # -- manual links ----------------------------------------------------------------------------

    def link(self, left_id: str, right_id: str) -> None:
        """Rules that these two clauses are the same clause (compare again to see it)."""
        self._rule(ManualLink(left_id, right_id, True))

    def unlink(self, pair: Pair) -> bool:
        """Rules that the clauses of ``pair`` are not the same clause. False if not a pair."""
        if not pair.left or not pair.right:
            return False
        for old in pair.left:
            for new in pair.right:
                self._rule(ManualLink(old.id, new.id, False))
        return True

    def clear_links(self) -> bool:
        cleared = bool(self.links)
        self.links = []
        return cleared

    def _rule(self, link: ManualLink) -> None:
        self.links = [known for known in self.links
                      if (known.left_id, known.right_id) != (link.left_id, link.right_id)]
        self.links.append(link)

    # -- notes and export ------------------------------------------------------------------------

    def notes(self) -> list[Annotation]:
        """The notes on the comparison shown (none without a workspace)."""
        if self.workspace is None or self.pair is None:
            return []
        return self.workspace.annotations.for_pair(self.pair)

    def briefing_options(self, **choices):
        """``BriefingOptions`` for the comparison shown: its draft files and its notes."""
        from .reports import BriefingOptions

        left, right = (None if path is None or PSEUDO in path else path
                       for path in self.shown_paths)
        annotations = briefing_notes(self.notes(), self.comparison)
        return BriefingOptions(left_path=left, right_path=right, annotations=annotations,
                               **choices)

    def export(self, path: str | Path, tracked_changes: bool = False, replace_file: bool = False,
               options=None) -> Path | None:
        """Writes the briefing (or the tracked-changes file) of the comparison shown, with its
        notes. An existing file is replaced only if ``replace_file`` or the prompts agree;
        None if not written. Raises ``reports.ReportError``."""
        from . import reports

        if self.comparison is None:
            self.prompts.inform("Compare two drafts first: there is nothing to export")
            return None
        if Path(path).exists() and not replace_file and not self.prompts.may_replace(Path(path)):
            return None
        options = options or self.briefing_options()
        writer = reports.export_tracked_changes if tracked_changes else reports.export_briefing
        return writer(self.comparison, path, options)


__all__ = ["Carried", "OPTIONS", "PATHS", "PSEUDO", "Prompts", "Quiet", "SHOWN", "Session",
           "Wanted", "WorkspaceKeeper", "copy_of"]
