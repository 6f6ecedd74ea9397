"""The link words of speech attribution come from data/speech_links.tsv (one reader, file:line errors)."""

from __future__ import annotations

import functools

import pytest

from loaders.attribution.people import People
from loaders.attribution.readings import whole_speaker
from loaders.attribution.speakers import _OFFICE_OF
from loaders.attribution.words import speech_links, _SPEAKER_USES, speaker_words
from loaders.datafiles import DataFileError, read_groups, read_tsv
from loaders.turns import Speaker
from tests.loaders.attribution_helpers import patch_everywhere


def test_every_link_word_reaches_its_pattern():
    links = speech_links()
    for r in read_tsv("speech_links.tsv", ["word", "use"]):
        word, use = r.cells
        if use in ("split", "topic_split"):
            assert getattr(links, use).fullmatch(word), r.where
        elif use == "facing":
            assert links.facing.match(f"{word}张凯华代表的提问"), r.where
        elif use == "answer_verb":
            assert links.answering.search(f"{word}野猪毁粮问题时"), r.where


def test_a_bad_use_names_the_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "speech_links.tsv").write_text("# c\n向\tsplit\n回答\tanswer\n", encoding="utf-8")
    patch_everywhere(monkeypatch, "read_groups", functools.partial(read_groups, data_dir=tmp_path))
    speech_links.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"^speech_links\.tsv:3: use must be one of"):
            speech_links()
    finally:
        speech_links.cache_clear()


def test_office_endings_are_the_departments_ones():
    from loaders.departments import office_endings

    rx = _OFFICE_OF()
    for suffix in office_endings()["office"]:
        assert rx.fullmatch(f"东城{suffix}接待咨询的工作人员"), suffix


def test_every_label_signature_word_reaches_its_pattern():
    """Each word of data/label_words.tsv that opens a signature or a pair line is matched in place."""
    from loaders import turns

    p = turns.words.label_patterns()
    for kind, words in turns.words._label_groups().items():
        for word in words:
            if kind == "signed":
                assert p.signed_by.search(f"答：好的。（{word}：市住建局局长 孙立峰）")["who"] == "市住建局局长 孙立峰", word
            elif kind == "column":
                assert p.column_prefix.sub("", f"{word}：市人大代表 王丽") == "市人大代表 王丽", word
            elif kind == "pair_asker":
                assert p.pair_labels.match(f"{word}：委员王丽 应询人：局长张三")["a"] == "委员王丽", word
            elif kind == "pair_answerer":
                assert p.pair_labels.match(f"询问人：委员王丽 {word}：局长张三")["r"] == "局长张三", word


def test_speaker_character_classes_take_one_character(tmp_path, monkeypatch):
    (tmp_path / "speaker_words.tsv").write_text(
        "".join(f"{w}\t{u}\n" for u in _SPEAKER_USES for w in (["的对"] if u == "not_manner" else ["他"])),
        encoding="utf-8")
    patch_everywhere(monkeypatch, "read_groups", functools.partial(read_groups, data_dir=tmp_path))
    speaker_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"^speaker_words\.tsv: not_manner takes one character per row"):
            speaker_words()
    finally:
        speaker_words.cache_clear()


def test_turn_words_reach_their_patterns():
    """data/turn_words.tsv: each public word makes a public label, each closing word closing narration."""
    from loaders import turns
    from loaders.datafiles import read_groups

    groups = read_groups("turn_words.tsv", turns.words._TURN_USES)
    w = turns.words.turn_words()
    for word in groups["public"]:
        assert turns.parse_head(f"{word}代表刘先生") == turns.Label("other", turns.Speaker(), 0), word
    for word in groups["closing_meeting"]:
        assert w.closing.match(f"会议{word}，…"), word
    for word in groups["not_office_start"]:
        assert not turns.names.good_dept(f"{word}市科技局"), word
    assert turns.names.good_dept("经济和信息化局") and not turns.names.good_dept("经市科技局") and turns.names.good_dept("经开区管委会")
    for word in groups["congress_seat"]:
        assert turns.is_congress_role(word), word
    assert not turns.is_congress_role("市发改委主任")


def test_office_pointer_words_reach_their_patterns():
    """data/speaker_words.tsv: 该局 … in a phrase (attribution, exchanges) and as a whole department."""
    from loaders.datafiles import read_groups

    groups = read_groups("speaker_words.tsv", _SPEAKER_USES)
    w = speaker_words()
    for pointer in groups["office_pointer"] + groups["office_pointer_phrase"]:
        for kind in groups["office_kind"]:
            assert w.that_office.fullmatch(pointer + kind) and w.that_office_lead.match(f"{pointer}{kind}局长"), pointer
            assert bool(w.this_office.match(pointer + kind)) == (pointer in groups["office_pointer"]), pointer
    assert not w.that_office_lead.match("该局")  # a phrase: something follows the office
    for title in groups["offices_head"]:
        assert w.offices_head.fullmatch(f"市农牧业局、农工办的{title}")["offices"] == "市农牧业局、农工办", title
    for word in groups["attendee_cut"]:
        assert w.attendee_cut.sub("", f"副市长郑启明{word}到会") == "副市长郑启明", word


def test_anonymous_asker_words_reach_their_pattern():
    from loaders.datafiles import read_groups

    groups = read_groups("speaker_words.tsv", _SPEAKER_USES)
    people = People()
    for count in groups["anonymous_count"]:
        for role in groups["anonymous_role"] + groups["anonymous_asker"]:
            want = "委员" if role in groups["anonymous_asker"] else role
            assert whole_speaker(f"{count}{role}", people) == Speaker(role=want), (count, role)


def test_member_question_words_reach_their_patterns():
    """Each word of the counted, respective and raised-question phrases is matched in place."""
    from loaders.datafiles import read_groups

    g = read_groups("speaker_words.tsv", _SPEAKER_USES)
    w = speaker_words()
    for role in g["member_role"]:
        for verb in g["counted_verb"]:
            assert w.counted_askers.search(f"3位人大{role}精准{verb}"), (role, verb)
        for verb in g["respective_verb"]:
            assert w.respective.search(f"王某、李某等2位{role}分别向区长甲、副区长乙{verb}"), (role, verb)
    for prep in g["asked_topic_prep"]:
        for raised in g["raised_verb"]:
            for what in g["raised_question"]:
                m = w.members_asked.match(f"委员们{prep}城区停车难{raised}的{what}")
                assert m and m["who"] == "委员们" and m["t"] == "城区停车难", (prep, raised, what)
    for post in g["chair_post"]:
        assert w.chair.search(f"市人大常委会{post}") and w.chair.search(post), post
