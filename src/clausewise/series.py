"""The drafts of one negotiation, kept in order in its workspace: the session's series side.

A workspace holds any number of drafts in the order the user arranged them (``store.drafts``:
``position``), each with an optional label ("RU draft 17 Dec", "Chair's text"). The window's
"Drafts of this negotiation" dialog and the History view work through these methods, which
``session.Session`` inherits (``SeriesActions``); no Qt here, so the tests drive them without
a window.

* ``series()``: the drafts in order, with their labels.
* ``rename_draft``, ``move_draft``, ``remove_draft``: the user's arrangement, committed to the
  workspace at once; ``add_to_series`` keeps a draft opened with ``Session.load`` (any thread).
* ``compare_drafts(left, right)``: any two drafts of the series become the comparison to run
  next (from their files when they are still where they were read, else from the workspace).
* ``history_inputs()`` then ``Session.history(inputs)`` (slow, any thread): the lineage of
  every provision through the series (``core.lineage.History``), read from the stored
  snapshots; ``Session.history_notes`` gives the team's notes on each lineage.

Every failure reaches the user as one line through the session's ``Prompts``; the methods
answer False (or raise ``SeriesError`` with that line, for the history, which the window
shows as it is).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from .core.lineage import History, history
from .core.model import Document, SourceText
from .core.result import CompareOptions
from .core.segment import segment
from .drafts import Draft
from .keeper import PATHS, PSEUDO
from .notes import notes_by_lineage
from .store import Annotation, WorkspaceError


class SeriesError(Exception):
    """The series cannot be shown or followed; the message says what to do."""


@dataclass(frozen=True)
class SeriesDraft:
    """One draft of the series, as the dialog lists it."""

    sha256: str
    name: str              # the original file name
    label: str             # the user's label, '' if none given
    number: int            # its place in the series, from 1
    added: datetime
    path: str | None       # the file it was last read from, if it is still there

    @property
    def title(self) -> str:
        """How the series calls it: the user's label, else D1, D2, ..."""
        return self.label or f"D{self.number}"


@dataclass(frozen=True)
class HistoryInputs:
    """What ``Session.history`` needs, taken from the workspace on the GUI thread."""

    drafts: tuple[SeriesDraft, ...]
    sources: tuple[SourceText | None, ...]     # per draft; None where ``documents`` has it
    documents: tuple[Document | None, ...]     # drafts the session has open already
    options: CompareOptions
    annotations: tuple[Annotation, ...] = ()   # every note of the workspace

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(draft.title for draft in self.drafts)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(draft.name for draft in self.drafts)

    @property
    def fingerprints(self) -> tuple[str, ...]:
        return tuple(draft.sha256 for draft in self.drafts)


NO_WORKSPACE = ("No workspace is open: compare two drafts, or open a workspace (File > Open "
                "Workspace), first")


class SeriesActions:
    """The series methods of ``session.Session`` (a mixin: it uses the session's keeper,
    prompts, drafts and paths)."""

    # -- the series --------------------------------------------------------------------------

    def series(self) -> list[SeriesDraft]:
        """The drafts of the workspace in order; empty without a workspace."""
        workspace = self.keeper.workspace
        if workspace is None:
            return []
        try:
            records = workspace.drafts.all()
            known = workspace.settings.get(PATHS, {})
        except WorkspaceError as error:
            self.prompts.warn("Cannot read the drafts", str(error))
            return []
        found = []
        for number, record in enumerate(records, start=1):
            path = known.get(record.sha256)
            found.append(SeriesDraft(record.sha256, record.name, record.label, number,
                                     record.added,
                                     path if path and Path(path).is_file() else None))
        return found

    def rename_draft(self, sha256: str, label: str) -> bool:
        """Gives a draft of the series the user's label ('' takes it away)."""
        return self._change("Cannot rename the draft",
                            lambda drafts: drafts.rename(sha256, label) is not None)

    def move_draft(self, sha256: str, offset: int) -> bool:
        """Moves a draft earlier (-1) or later (+1) in the series. False if it did not move."""
        return self._change("Cannot move the draft", lambda drafts: drafts.move(sha256, offset))

    def remove_draft(self, sha256: str) -> bool:
        """Takes a draft out of the series (its notes stay in the workspace). A draft shown
        in the comparison is kept: compare two other drafts first."""
        if self.pair is not None and sha256 in (self.pair.left, self.pair.right):
            self.prompts.warn("Cannot remove the draft", "This draft is shown in the "
                              "comparison: compare two other drafts first, then remove it")
            return False
        return self._change("Cannot remove the draft",
                            lambda drafts: drafts.remove(sha256) is not None)

    def add_to_series(self, draft: Draft) -> bool:
        """Keeps a draft opened with ``Session.load`` at the end of the series (a draft
        already there stays where it is). False if there is no workspace to keep it in."""
        workspace = self.keeper.workspace
        if workspace is None:
            self.prompts.warn("Cannot add the draft", NO_WORKSPACE)
            return False
        if draft.document.source is None:
            self.prompts.warn("Cannot add the draft", f"{Path(draft.path).name} holds no "
                              "text that can be kept; open it again")
            return False
        try:
            workspace.drafts.add(draft.document.source, draft.sha256)
            if PSEUDO not in draft.path:
                known = dict(workspace.settings.get(PATHS, {}))
                known[draft.sha256] = str(Path(draft.path).resolve())
                workspace.settings.set(PATHS, known)
        except WorkspaceError as error:
            self.prompts.warn("Cannot add the draft", str(error))
            return False
        self.keeper.remember(draft.path, draft.sha256)
        self.drafts[draft.key] = draft
        return True

    def _change(self, title: str, change: Callable) -> bool:
        workspace = self.keeper.workspace
        if workspace is None:
            self.prompts.warn(title, NO_WORKSPACE)
            return False
        try:
            return bool(change(workspace.drafts))
        except WorkspaceError as error:
            self.prompts.warn(title, str(error))
            return False

    # -- comparing two drafts of the series --------------------------------------------------

    def compare_drafts(self, left: str, right: str) -> bool:
        """Makes two drafts of the series (by fingerprint) the comparison to run next; the
        workspace stays open and its links for the pair apply. False if refused."""
        if left == right:
            self.prompts.warn("Cannot compare", "Choose two different drafts")
            return False
        workspace = self.keeper.workspace
        if workspace is None:
            self.prompts.warn("Cannot compare", NO_WORKSPACE)
            return False
        try:
            known = workspace.settings.get(PATHS, {})
            paths = []
            for fingerprint in (left, right):
                path = known.get(fingerprint)
                if path and Path(path).is_file():
                    self.keeper.expected[path] = fingerprint   # opening it tells if it changed
                    paths.append(path)
                    continue
                want = self.keeper.held(fingerprint)
                self._held[want.path] = want
                paths.append(want.path)
        except WorkspaceError as error:
            self.prompts.warn("Cannot compare", str(error))
            return False
        self.paths = paths
        self._drafts_changed(stay=True)
        return True

    # -- the history -------------------------------------------------------------------------

    def history_inputs(self) -> HistoryInputs:
        """The series' drafts as stored, for ``Session.history``. Raises ``SeriesError``."""
        drafts = self.series()
        if self.keeper.workspace is None:
            raise SeriesError(NO_WORKSPACE)
        if len(drafts) < 2:
            raise SeriesError(f"The workspace holds {len(drafts)} draft"
                              f"{'' if len(drafts) == 1 else 's'}: a history needs two or "
                              "more (File > Drafts of This Negotiation > Add Draft)")
        opened = {draft.sha256: draft.document for draft in self.drafts.values()}
        sources, documents = [], []
        for draft in drafts:
            document = opened.get(draft.sha256)
            try:
                source = None if document is not None else \
                    self.keeper.workspace.drafts.source(draft.sha256)
            except WorkspaceError as error:
                raise SeriesError(str(error)) from error
            sources.append(source)
            documents.append(document)
        try:
            annotations = tuple(self.keeper.workspace.annotations.all())
        except WorkspaceError as error:
            raise SeriesError(str(error)) from error
        return HistoryInputs(tuple(drafts), tuple(sources), tuple(documents),
                             replace(self.options, manual_links=()), annotations)

    @staticmethod
    def history(inputs: HistoryInputs, cancelled: Callable[[], bool] = lambda: False,
                progress: Callable[[float], None] = lambda fraction: None) -> History:
        """The lineage of each provision through the series. Slow: any thread; raises
        ``core.Cancelled`` when ``cancelled()`` turns True."""
        documents = []
        count = len(inputs.drafts)
        for number, (source, document) in enumerate(zip(inputs.sources, inputs.documents)):
            documents.append(document if document is not None else segment(source))
            progress(0.3 * (number + 1) / count)
        options = replace(inputs.options, cancel=cancelled)
        return history(documents, inputs.labels, options,
                       progress=lambda fraction: progress(0.3 + 0.7 * fraction))

    @staticmethod
    def history_notes(found: History, inputs: HistoryInputs) -> dict[int, list[Annotation]]:
        """The workspace's notes on each lineage (by index in ``found.lineages``). Any
        thread: the notes were read with the inputs."""
        return notes_by_lineage(inputs.annotations, found, inputs.fingerprints)

__all__ = ["HistoryInputs", "SeriesActions", "SeriesDraft", "SeriesError"]
