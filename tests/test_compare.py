"""Comparing two drafts end to end: files in, one Comparison and its JSON out."""

import json
from textwrap import dedent

import docx
import pytest

from clausewise.core.compare import CompareOptions, Status, compare
from clausewise.drafts import load_draft
from engine_drafts import article, by_citations, draft, rebuilt

OLD = """
    AGREEMENT ON COOPERATION IN CIVIL PROTECTION

    The Republic of Norland and the Kingdom of Sudmark,

    Recognizing the importance of mutual assistance in emergencies,

    Have agreed as follows:

    Article 1
    Scope

    This Agreement applies to cooperation in civil protection between the Parties.

    Article 2
    Requests

    1. A request for assistance shall be made in writing through the contact points.
    2. The requesting Party shall bear the costs of assistance provided under Article 3.

    Article 3
    Exchange of information

    The Parties shall exchange information on hazards that may affect the other Party.

    Article 4
    Entry into force

    This Agreement shall enter into force on the date of the last notification.
    """

NEW = """
    AGREEMENT ON COOPERATION IN CIVIL PROTECTION

    The Republic of Norland and the Kingdom of Sudmark,

    Recognizing the importance of mutual assistance in emergencies,

    Have agreed as follows:

    Article 1
    Scope

    This Agreement applies to cooperation in civil protection between the Parties.

    Article 2
    Exchange of information

    The Parties shall promptly exchange information on hazards that may affect the other Party.

    Article 3
    Requests

    1. A request for assistance shall be made in writing through the contact points.
    2. The requesting Party shall bear the costs of assistance provided under Article 2.

    Article 4
    Entry into force

    1. This Agreement shall enter into force on the date of the last notification.
    2. Either Party may terminate it by six months' written notice.
    """


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(dedent(text).strip("\n") + "\n", encoding="utf-8")
    return path


@pytest.fixture
def drafts(tmp_path):
    return write(tmp_path, "draft1.txt", OLD), write(tmp_path, "draft2.txt", NEW)


def test_two_drafts_on_disk_compare_as_a_reader_expects(drafts):
    comparison = compare(load_draft(drafts[0]), load_draft(drafts[1]))
    pairs = by_citations(comparison)
    exchange = pairs[(("Article 3",), ("Article 2",))]
    assert (exchange.status, exchange.moved, exchange.renumbered) == (Status.MODIFIED, True, True)
    assert [op for op in exchange.diff if op[0] != "="] == [("+", "promptly ")]
    requests = pairs[(("Article 2",), ("Article 3",))]
    # "Article 3" became "Article 2" in the text: a renumbered reference, not a change.
    assert (requests.status, requests.moved, requests.renumbered) == (Status.UNCHANGED, False, True)
    entry = pairs[(("Article 4",), ("Article 4",))]
    rows = [(c.left_citations, c.right_citations, c.status.value) for c in entry.children]
    assert rows == [(["Article 4"], ["Article 4(1)"], "unchanged"),
                    ([], ["Article 4(2)"], "added")]
    assert comparison.stats.as_dict() == {
        "unchanged": 6, "modified": 2, "added": 0, "removed": 0, "split": 0, "merged": 0,
        "moved": 1, "renumbered": 2, "parallel": 0}


def test_the_json_follows_the_contract(drafts):
    left, right = load_draft(drafts[0]), load_draft(drafts[1])
    data = compare(left, right).to_json("draft1.txt", "draft2.txt")
    data = json.loads(json.dumps(data, ensure_ascii=False))
    assert data["left"] == {"path": "draft1.txt", "title": left.title, "clauses": len(left)}
    assert data["right"]["clauses"] == len(right)
    assert set(data["stats"]) == {"unchanged", "modified", "added", "removed", "split",
                                  "merged", "moved", "renumbered", "parallel"}
    assert data["mode"] == "compare" and data["languages"] == {"left": "en", "right": "en"}
    exchange = next(p for p in data["pairs"] if p["left"] == ["Article 3"])
    assert exchange["right"] == ["Article 2"] and exchange["status"] == "modified"
    assert exchange["moved"] is True and exchange["renumbered"] is True
    assert exchange["similarity"] == round(exchange["similarity"], 3) < 1
    assert ["+", "promptly "] in exchange["diff"]
    for pair in _walk_json(data["pairs"]):
        # The contract's fields, plus "notes" (added: warnings such as a stale reference),
        # "basis" (added: what paired the two sides), "mismatches" (added: what two language
        # versions do not agree on; empty for two drafts in one language) and "flags"
        # (added: substantive changes).
        assert set(pair) == {"left", "right", "status", "moved", "renumbered", "similarity",
                             "diff", "children", "notes", "basis", "mismatches", "flags"}
        assert pair["mismatches"] == []
        for flag in pair["flags"]:
            assert set(flag) == {"kind", "old", "new", "where", "start", "end", "note"}
        assert pair["basis"] in ("text", "position", "heading", "manual", "")
        assert (pair["basis"] == "") == (not pair["left"] or not pair["right"])
        assert all(op in ("=", "-", "+") for op, _ in pair["diff"])
    # Reading order of the newer draft.
    assert [p["right"] for p in data["pairs"]][-4:] == [
        ["Article 1"], ["Article 2"], ["Article 3"], ["Article 4"]]


def _walk_json(pairs):
    for pair in pairs:
        yield pair
        yield from _walk_json(pair["children"])


def test_a_word_file_and_a_text_file_of_the_same_draft_compare_unchanged(tmp_path, drafts):
    document = docx.Document()
    for line in dedent(OLD).strip("\n").split("\n"):
        if line.strip():
            document.add_paragraph(line.strip())
    path = tmp_path / "draft1.docx"
    document.save(path)
    comparison = compare(load_draft(drafts[0]), load_draft(path))
    assert all(pair.status is Status.UNCHANGED for pair in comparison.walk())
    assert not comparison.changed_pairs()


def test_added_and_removed_articles_diff_as_all_inserted_or_all_deleted(tmp_path):
    old = write(tmp_path, "a.txt", OLD)
    shorter = OLD.replace("""    Article 3
    Exchange of information

    The Parties shall exchange information on hazards that may affect the other Party.

""", "")
    new = write(tmp_path, "b.txt", shorter)
    comparison = compare(load_draft(old), load_draft(new))
    removed = by_citations(comparison)[(("Article 3",), ())]
    assert removed.status is Status.REMOVED and removed.similarity == 0.0
    assert {op for op, _ in removed.diff} == {"-"}
    back = compare(load_draft(new), load_draft(old))
    added = by_citations(back)[((), ("Article 3",))]
    assert added.status is Status.ADDED and {op for op, _ in added.diff} == {"+"}


def test_ignore_case_counts_no_change_but_the_diff_still_shows_both_texts(tmp_path):
    old = write(tmp_path, "a.txt", OLD)
    new = write(tmp_path, "b.txt", OLD.replace("shall exchange", "SHALL exchange"))
    left, right = load_draft(old), load_draft(new)
    strict = by_citations(compare(left, right))[(("Article 3",), ("Article 3",))]
    assert strict.status is Status.MODIFIED
    lenient = by_citations(compare(left, right, CompareOptions(ignore_case=True)))
    pair = lenient[(("Article 3",), ("Article 3",))]
    assert pair.status is Status.UNCHANGED
    assert rebuilt(pair.diff)[1].endswith("SHALL exchange information on hazards that may "
                                          "affect the other Party.")


RUSSIAN_OLD = """
    СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ

    Статья 1
    Цели

    Стороны сотрудничают в области защиты населения.

    Статья 2
    Обмен информацией

    Стороны обмениваются информацией в соответствии со статьей 1.
    """

RUSSIAN_NEW = """
    СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ

    Статья 1
    Определения

    Для целей настоящего Соглашения «Сторона» означает государство-участника.

    Статья 2
    Цели

    Стороны сотрудничают в области защиты населения.

    Статья 3
    Обмен информацией

    Стороны оперативно обмениваются информацией в соответствии со статьей 2.
    """


def test_a_russian_draft_renumbers_and_changes_in_cyrillic(tmp_path):
    old = load_draft(write(tmp_path, "ru1.txt", RUSSIAN_OLD))
    new = load_draft(write(tmp_path, "ru2.txt", RUSSIAN_NEW))
    comparison = compare(old, new)
    pairs = by_citations(comparison)
    assert pairs[((), ("Статья 1",))].status is Status.ADDED
    goals = pairs[(("Статья 1",), ("Статья 2",))]
    assert (goals.status, goals.renumbered) == (Status.UNCHANGED, True)
    exchange = pairs[(("Статья 2",), ("Статья 3",))]
    assert exchange.status is Status.MODIFIED
    assert [op for op in exchange.diff if op[0] != "="] == [
        ("+", "оперативно "), ("-", "1"), ("+", "2")]
    text = json.dumps(comparison.to_json("ru1.txt", "ru2.txt"), ensure_ascii=False)
    assert "оперативно" in text and "Статья 3" in text


def test_greek_arabic_and_chinese_text_survive_the_comparison(tmp_path):
    old = write(tmp_path, "a.txt", """
        AGREEMENT

        Article 1
        Languages

        Τα Μέρη συνεργάζονται καλόπιστα. تتعاون الأطراف بحسن نية. 缔约双方应当真诚合作。
        """)
    new = write(tmp_path, "b.txt", """
        AGREEMENT

        Article 1
        Languages

        Τα Μέρη συνεργάζονται στενά. تتعاون الأطراف بحسن نية. 缔约各方应当真诚合作。
        """)
    comparison = compare(load_draft(old), load_draft(new))
    pair = by_citations(comparison)[(("Article 1",), ("Article 1",))]
    assert [op for op in pair.diff if op[0] != "="] == [
        ("-", "καλόπιστα"), ("+", "στενά"), ("-", "双"), ("+", "各")]
    old_text, new_text = rebuilt(pair.diff)
    assert "بحسن نية" in old_text and "缔约各方" in new_text


def test_curly_or_straight_quotes_and_a_no_break_space_are_no_change():
    """Two editions of one text set the same marks differently; the wording is the same."""
    old = draft(article(1, "Use of terms", "\"Area\" means the sea-bed beyond the limits of "
                        "national jurisdiction; the Authority's organs act under Part XI."))
    new = draft(article(1, "Use of terms", "“Area” means the sea\u2011bed beyond the limits of "
                        "national\u00a0jurisdiction; the Authority’s organs act under Part XI."))
    pair = by_citations(compare(old, new))[(("Article 1",), ("Article 1",))]
    assert pair.status is Status.UNCHANGED
    assert "".join(text for op, text in pair.diff if op != "-").endswith("Authority’s organs "
                                                                         "act under Part XI.")


def test_a_compound_with_or_without_its_hyphen_is_no_change_but_an_accent_is():
    """"co-operate" / "cooperate", "Sea-Bed" / "seabed" are one word spelled two ways; in
    French "régime" and "regime" are two words, so an accent stays a change."""
    old = draft(article(1, "Co-operation", "States shall co-operate on the sea-bed and notify "
                        "the co-ordinates to the Sea-Bed Disputes Chamber of the Tribunal."),
                article(2, "Régime", "The régime of the islands is that of the land."))
    new = draft(article(1, "Cooperation", "States shall cooperate on the seabed and notify "
                        "the coordinates to the Seabed Disputes Chamber of the Tribunal."),
                article(2, "Régime", "The regime of the islands is that of the land."))
    pairs = by_citations(compare(old, new))
    spelled = pairs[(("Article 1",), ("Article 1",))]
    assert spelled.status is Status.UNCHANGED
    assert ("+", "cooperate") in spelled.diff  # the diff still shows what the drafts say
    assert rebuilt(spelled.diff)[0].startswith("Co-operation\nStates shall co-operate")
    assert pairs[(("Article 2",), ("Article 2",))].status is Status.MODIFIED
    # Only inside a word: "well-known" against "well known", "1-3" against "13" still differ.
    apart = compare(draft(article(1, "", "A well-known rule for pages 1-3.")),
                    draft(article(1, "", "A well known rule for pages 13.")))
    assert apart.pairs[0].status is Status.MODIFIED


def test_an_ocr_l_for_1_is_no_change_of_wording_or_of_a_reference():
    from clausewise.core.model import SourceText
    from clausewise.core.segment import segment

    def draft(text):
        return segment(SourceText.from_text(f"Article 1\nScope\n\n{text}\n", name="d.txt"))

    ocr = draft("As set out in paragraph l(b) and article l4, see paragraph l of annex II.")
    clean = draft("As set out in paragraph 1(b) and article 14, see paragraph 1 of annex II.")
    assert compare(ocr, clean).pairs[-1].status is Status.UNCHANGED
    # a real change of number is still a change
    other = draft("As set out in paragraph 2(b) and article 14, see paragraph 1 of annex II.")
    assert compare(ocr, other).pairs[-1].status is Status.MODIFIED
