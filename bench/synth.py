"""Synthetic pairs of drafts with known edits, for the engine benchmark.

``make_pair(size_bytes, seed)`` writes nothing: it returns the old and new draft as plain
text, and the *truth*: which old articles became which new ones, which moved, which were
renumbered, split or merged. The text is treaty-like prose from a small hand-written
vocabulary plus invented words (so that articles differ from each other as in real drafts),
with cross references ("Article 12") that follow the renumbering, as editors do.

Edits applied, on distinct articles so that the truth is unambiguous:
deletions, insertions, moves (by four to twelve places, with a few words edited as well),
splits (one article into two consecutive ones), merges (two consecutive articles into one),
word edits (a few words changed, inserted or deleted), rewordings (a quarter of the words of
every paragraph changed), and a paragraph moved into another article. Every article
after the first change of numbering is renumbered.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

_COMMON = (
    "the Parties shall in accordance with this Agreement and of to for on by with any each "
    "other Party competent authorities national law request information cooperation "
    "measures within days after date notification territory provisions implementation "
    "necessary appropriate relevant including without prejudice rights obligations under "
    "international such as may not be that which their its all or from between where"
).split()
_CONTENT = (
    "assistance customs border maritime fisheries aviation energy transit investment "
    "pollution satellite archive tribunal arbitration consular visa export licence "
    "inspection laboratory vessel cargo pipeline tariff quota subsidy patent trademark "
    "broadcast frequency vaccine pathogen wildlife forest river glacier census pension "
    "scholarship museum heritage railway harbour airspace debris mine tunnel reactor"
).split()
_SYLLABLES = "ka lo ri ta ven mor sil dra neb qui pas tor ul em ix bra gon fel sa nu".split()


def _invented(rng: random.Random, count: int) -> list[str]:
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


@dataclass
class Article:
    """One article of a synthetic draft: its identity, heading, text and paragraphs."""

    key: int                       # identity across the drafts (the old article's place)
    heading: str
    text: str
    paragraphs: list[str]
    refs: list[int] = field(default_factory=list)  # keys of the articles it cites


@dataclass
class Truth:
    """What the edits did, in old and new article numbers."""

    pairs: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    moved: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    renumbered: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    split: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    merged: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    #: (old article, new article) of a paragraph moved from one article to another.
    moved_paragraphs: set[tuple[str, str]] = field(default_factory=set)


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = _COMMON * 3 + _CONTENT + _invented(rng, 1500)

    def sentence(self, refs: list[int]) -> str:
        rng = self.rng
        words = [rng.choice(self.words) for _ in range(rng.randint(10, 28))]
        if refs and rng.random() < 0.5:
            words.insert(rng.randint(1, len(words) - 1), f"@REF{rng.choice(refs)}@")
        if rng.random() < 0.2:
            words.insert(rng.randint(1, len(words) - 1), f"within {rng.randint(2, 90)} days")
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def article(self, key: int, count: int) -> Article:
        rng = self.rng
        refs = [rng.randrange(count) for _ in range(rng.randint(0, 2))]
        heading = " ".join(rng.choice(self.words) for _ in range(rng.randint(1, 4))).capitalize()
        paragraphs = [" ".join(self.sentence(refs) for _ in range(rng.randint(1, 3)))
                      for _ in range(rng.choice((0, 1, 2, 2, 3, 3, 4, 5)))]
        text = "" if len(paragraphs) > 1 else " ".join(
            self.sentence(refs) for _ in range(rng.randint(2, 4)))
        if len(paragraphs) == 1:
            paragraphs = []
        return Article(key, heading, text, paragraphs, refs)

    def edit_words(self, text: str, share: float = 0.0) -> str:
        """Changes, inserts or deletes one to five words (or ``share`` of the words)."""
        rng = self.rng
        words = text.split(" ")
        count = max(1, int(len(words) * share)) if share else rng.randint(1, 5)
        for _ in range(count):
            k = rng.randrange(len(words))
            if "@REF" in words[k]:
                continue
            action = rng.random()
            if action < 0.5:
                words[k] = rng.choice(self.words)
            elif action < 0.8:
                words.insert(k, rng.choice(self.words))
            elif len(words) > 8:
                del words[k]
        return " ".join(words)


def _render(title: str, articles: list[Article], numbers: dict[int, int]) -> str:
    """The draft as plain text, cross references resolved to the draft's own numbering."""
    lines = [title, ""]
    for number, article in enumerate(articles, 1):
        lines += [f"Article {number}", article.heading, ""]
        if article.text:
            lines += [_resolve(article.text, numbers), ""]
        for index, paragraph in enumerate(article.paragraphs, 1):
            lines += [f"{index}. {_resolve(paragraph, numbers)}", ""]
    return "\n".join(lines)


def _resolve(text: str, numbers: dict[int, int]) -> str:
    parts = text.split("@REF")
    out = [parts[0]]
    for part in parts[1:]:
        key, _, rest = part.partition("@")
        target = numbers.get(int(key))
        out.append((f"Article {target}" if target else "this Agreement") + rest)
    return "".join(out)


def make_pair(size_bytes: int, seed: int = 1, edit_share: float = 0.02,
              word_share: float = 0.0) -> tuple[str, str, Truth]:
    """An old and a new draft of about ``size_bytes`` each, and the truth of their alignment.

    ``edit_share`` is the share of articles touched by each kind of edit; ``word_share``, if
    given, the share of words changed in every paragraph of an edited or moved article
    (instead of one to five words in one paragraph).
    """
    rng = random.Random(seed)
    writer = _Writer(rng)
    count = max(20, size_bytes // 1000)
    old = [writer.article(key, count) for key in range(count)]
    title = "AGREEMENT ON COOPERATION IN MATTERS OF COMMON INTEREST"
    old_numbers = {a.key: n for n, a in enumerate(old, 1)}
    old_text = _render(title, old, old_numbers)
    # Grow or shrink to the size asked for, roughly.
    while len(old_text) < size_bytes * 0.97:
        old.append(writer.article(len(old), count))
        old_numbers[old[-1].key] = len(old)
        old_text = _render(title, old, old_numbers)
    new, truth = _edit(old, writer, rng, edit_share, word_share)
    new_numbers = {}
    for number, article in enumerate(new, 1):
        new_numbers.setdefault(article.key, number)
    return old_text, _render(title, new, new_numbers), truth


def _edit(old: list[Article], writer: _Writer, rng: random.Random,
          share: float, word_share: float) -> tuple[list[Article], Truth]:
    count = len(old)
    per_kind = max(1, int(count * share))
    free = list(range(1, count - 1))
    rng.shuffle(free)
    taken: set[int] = set()

    def pick(ok=lambda i: True, span: int = 1) -> int | None:
        for position, i in enumerate(free):
            block = range(i, i + span)
            if i + span <= count and ok(i) and not taken.intersection(range(i - 1, i + span + 1)):
                taken.update(block)
                del free[position]
                return i
        return None

    deleted = {pick() for _ in range(per_kind)} - {None}
    splits = {pick(lambda i: len(old[i].paragraphs) >= 2) for _ in range(per_kind)} - {None}
    merges = {pick(span=2) for _ in range(per_kind)} - {None}
    edited = {pick() for _ in range(per_kind * 3)} - {None}
    reworded = {pick() for _ in range(per_kind)} - {None}
    moves = {pick(): None for _ in range(per_kind)}
    moves.pop(None, None)
    para_from = pick(lambda i: len(old[i].paragraphs) >= 3)
    para_to = pick(lambda i: len(old[i].paragraphs) >= 2)

    # Build the new sequence as (old indices, article) entries.
    entries: list[tuple[tuple[int, ...], Article]] = []
    skip = set()
    for i, article in enumerate(old):
        if i in skip or i in deleted:
            continue
        if i in splits:
            cut = len(article.paragraphs) // 2
            first = Article(article.key, article.heading, article.text, article.paragraphs[:cut],
                            article.refs)
            second = Article(-1 - i, writer.sentence([]).rstrip(".")[:40], "",
                             article.paragraphs[cut:], article.refs)
            entries.append(((i,), first))
            entries.append(((i,), second))
            continue
        if i in merges:
            nxt = old[i + 1]
            body = ([article.text] if article.text else []) + article.paragraphs
            body += ([nxt.text] if nxt.text else []) + nxt.paragraphs
            joined = Article(article.key, article.heading, "", body, article.refs)
            if len(body) == 1:
                joined = Article(article.key, article.heading, body[0], [], article.refs)
            entries.append(((i, i + 1), joined))
            skip.add(i + 1)
            continue
        if i in edited or i in moves:
            article = _edited(article, writer, rng, word_share)
        if i in reworded:
            article = _edited(article, writer, rng, share=0.25)
        entries.append(((i,), article))
    if para_from is not None and para_to is not None:
        source = next(a for olds, a in entries if olds == (para_from,))
        target = next(a for olds, a in entries if olds == (para_to,))
        moving = source.paragraphs[-1]
        entries = [(olds, _with_paragraphs(a, a.paragraphs[:-1]) if a is source else
                    _with_paragraphs(a, a.paragraphs + [moving]) if a is target else a)
                   for olds, a in entries]
    def between_halves(position: int) -> bool:
        """Inserting here would separate the two halves of a split article."""
        return 0 < position < len(entries) and entries[position - 1][0] == entries[position][0]

    for i in list(moves):
        position = next(k for k, (olds, _) in enumerate(entries) if olds == (i,))
        entry = entries.pop(position)
        target = position
        while target == position or between_halves(target):
            step = rng.choice((-1, 1)) * rng.randint(4, 12)
            target = min(max(position + step, 0), len(entries))
        entries.insert(target, entry)
    for number in range(per_kind):  # insertions, at random places
        position = 0
        while position == 0 or between_halves(position):
            position = rng.randint(1, len(entries) - 1)
        entries.insert(position, ((), writer.article(-10**6 - number, count)))
    return [a for _, a in entries], _truth(old, entries, moves, para_from, para_to)


def _edited(article: Article, writer: _Writer, rng: random.Random,
            share: float = 0.0) -> Article:
    """A few words changed in one paragraph, or ``share`` of the words in every one."""
    if article.paragraphs:
        paragraphs = list(article.paragraphs)
        for k in range(len(paragraphs)) if share else [rng.randrange(len(paragraphs))]:
            paragraphs[k] = writer.edit_words(paragraphs[k], share)
        return _with_paragraphs(article, paragraphs)
    return Article(article.key, article.heading, writer.edit_words(article.text, share),
                   article.paragraphs, article.refs)


def _with_paragraphs(article: Article, paragraphs: list[str]) -> Article:
    return Article(article.key, article.heading, article.text, paragraphs, article.refs)


def _truth(old: list[Article], entries: list[tuple[tuple[int, ...], Article]],
           moves: dict, para_from: int | None, para_to: int | None) -> Truth:
    truth = Truth()
    groups: dict[tuple[int, ...], list[int]] = {}
    for number, (olds, _) in enumerate(entries, 1):
        if olds:
            groups.setdefault(olds, []).append(number)
        else:
            truth.added.add(str(number))
    matched = {i for olds in groups for i in olds}
    truth.removed = {str(i + 1) for i in range(len(old)) if i not in matched}
    for olds, news in groups.items():
        pair = (tuple(str(i + 1) for i in olds), tuple(str(n) for n in news))
        truth.pairs.add(pair)
        if len(news) > 1:
            truth.split.add(pair)
        if len(olds) > 1:
            truth.merged.add(pair)
        if len(olds) == 1 and olds[0] in moves:
            truth.moved.add(pair)
        if len(olds) == 1 and len(news) == 1 and olds[0] + 1 != news[0]:
            truth.renumbered.add(pair)
    if para_from is not None and para_to is not None:
        target_new = groups[(para_to,)][0]
        truth.moved_paragraphs.add((str(para_from + 1), str(target_new)))
    return truth


def make_series(size_bytes: int, drafts: int, seed: int = 1,
                edit_share: float = 0.02) -> list[str]:
    """A negotiation's series: ``drafts`` drafts of about ``size_bytes`` each, each one the
    one before with the edits of ``make_pair`` (deletions, insertions, moves, splits,
    merges, word edits) applied again."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    count = max(20, size_bytes // 1000)
    title = "AGREEMENT ON COOPERATION IN MATTERS OF COMMON INTEREST"
    articles = [writer.article(key, count) for key in range(count)]
    while len(_render(title, articles, _numbers(articles))) < size_bytes * 0.97:
        articles.append(writer.article(len(articles), count))
    texts = [_render(title, articles, _numbers(articles))]
    for _ in range(drafts - 1):
        articles, _truth = _edit(articles, writer, rng, edit_share, 0.0)
        texts.append(_render(title, articles, _numbers(articles)))
    return texts


def _numbers(articles: list[Article]) -> dict[int, int]:
    numbers: dict[int, int] = {}
    for number, article in enumerate(articles, 1):
        numbers.setdefault(article.key, number)
    return numbers
