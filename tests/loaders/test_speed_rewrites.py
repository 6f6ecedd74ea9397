"""Hot paths rewritten for speed give what the plain forms they replace gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.gazetteer import get_gazetteer
from loaders.mentions.siblings import _suffix_of
from loaders.mentions.walker import HARD, window_start
from loaders.resolve import _ASIDE, _QUOTES, _SPACES, clean_name
from loaders.normalize import _SPACED_PUNCT

_PUNCT_TEXT = st.text(alphabet=" \t\nab一，。：“”（）、《", max_size=40)


@settings(max_examples=400, deadline=None)
@given(_PUNCT_TEXT)
def test_spaces_around_marks_go_as_with_the_plain_pattern(text):
    plain = re.sub(r"[ \t]*([，。：；？！、（）“”《》【】])[ \t]*", r"\1", text)
    assert _SPACED_PUNCT.sub("", text) == plain  # (the spaces go, the marks stay)


def test_suffix_of_is_the_longest_suffix_word():
    gz = get_gazetteer()
    p = gz.patterns
    for typ, words in (("Organization", (*p.org_strong, *p.org_weak)),
                       ("Project", (*p.project_strong, *p.project_weak))):
        for name in ["揭阳市某某产业园", "某某科技有限公司", "白鹤岭水库", "滨海新区", "园", "集团", "某项目"]:
            plain = max((s for s in words if (len(s) >= 2 or (typ == "Project" and s in p.sibling_short_suffixes)) and name.endswith(s)), key=len, default=None)
            assert _suffix_of(gz, typ, name) == plain, (typ, name)
        for w in words:  # every suffix word, as a name of its own and after a proper name
            for name in (w, "东湖" + w):
                plain = max((s for s in words if (len(s) >= 2 or (typ == "Project" and s in p.sibling_short_suffixes)) and name.endswith(s)), key=len, default=None)
                assert _suffix_of(gz, typ, name) == plain, (typ, name)


def _window_start_by_steps(text, lo, pos, limit):
    a = pos
    while a > lo and pos - a < limit and text[a - 1] not in HARD:
        a -= 1
    return a


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab一二，。、“” \n\t—…/", max_size=40), st.integers(0, 45), st.integers(0, 45),
       st.integers(0, 30))
def test_window_start_is_the_step_by_step_walk(text, lo, pos, limit):
    pos = min(pos, len(text))
    assert window_start(text, lo, pos, limit) == _window_start_by_steps(text, lo, pos, limit)


_NAME_TEXT = st.text(alphabet="东湖产业园“”‘’\"'「」『』《》〈〉【】（）() \t\n区", max_size=24)


@settings(max_examples=600, deadline=None)
@given(_NAME_TEXT)
def test_clean_name_is_the_three_substitutions(surface):
    plain = _SPACES.sub("", _ASIDE.sub("", _QUOTES.sub("", surface)))
    assert clean_name(surface, get_gazetteer()) == plain


def _sentence_start_by_marks(text, lo_cap, start):
    a = 0
    for m in re.finditer("[" + re.escape("。！？；!?;\n") + "]", text[:start]):
        if m.start() >= lo_cap:
            a = m.end()
    return a


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab一。！？；!?;\n，", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_a_sentence_starts_after_the_last_mark_before_the_mention(text, start, back):
    from loaders.mentions.walker import SENTENCE_REACH, sentence_bounds

    start = min(start, len(text))
    lo_cap = max(0, start - SENTENCE_REACH)
    a, _ = sentence_bounds(text, start, start)
    plain = _sentence_start_by_marks(text, lo_cap, start)
    while plain < start and text[plain].isspace():
        plain += 1
    assert a == plain


_SCREENED = [re.compile(r"(?:局|处)长(?:王|李)?[说讲道]"), re.compile(r"(?:[市区]长|主任)+王?(?:说|表示)?"),
             re.compile(r"[一-龥]{1,3}?(?:委员|代表)(?:问|答)")]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="局处长王李说讲道市区主任表示委员代表问答一 a", max_size=16))
def test_a_match_holds_a_character_of_each_required_set(text):
    from loaders.rxguard import required_sets

    for rx in _SCREENED:
        if rx.search(text) is not None:
            assert all(not chars.isdisjoint(text) for chars in required_sets(rx)), (rx.pattern, text)


_LABEL_HEADS = ["市人大常委会委员王静", "市发改委主任李强", "市发改委李强", "李强主任", "市住建局", "副市长郑启明",
                "局长回应", "代表提问", "王静代表", "市人大代表张三问", "市委副秘书长、市发改委主任李强",
                "镇水利站站长王明说", "市财政局经建处处长", "高新区人力资源部部长李强"]


def test_labels_of_every_kind_pass_the_grammar_screens():
    from loaders.turns.grammar import grammar, _grammar_needs, _holds, may_match

    g, need = grammar(), _grammar_needs()
    for head in _LABEL_HEADS:
        for key, rx in g.items():
            if rx.fullmatch(head):
                assert _holds(head, need[key]), (key, head)
                if key in ("resp_dt", "resp_dn", "asker", "bare"):
                    assert may_match(head, key), (key, head)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="市区县局委办站处发改住建财政经主任局长副秘书、王李强明说问代表人大常委会·", max_size=16))
def test_parse_head_screens_admit_every_match(head):
    """A head a screened pattern fullmatches passes its screens (the reversed tails of resp_dn,
    resp_dt and asker among them), so the screens drop no reading."""
    from loaders.turns.grammar import grammar, may_match

    for key in ("resp_dt", "resp_dn", "resp_nt", "resp_d", "asker", "asker_nf", "title_verb"):
        if grammar()[key].fullmatch(head):
            assert may_match(head, key), (key, head)


class _CountingText(str):
    """A text that counts the characters its ``find`` calls may read."""

    scanned = 0

    def find(self, sub, start=0, end=None):
        stop = len(self) if end is None else min(end, len(self))
        _CountingText.scanned += max(0, stop - start)
        return str.find(self, sub, start, stop)


def test_the_sentence_after_a_quotation_is_read_within_its_reach():
    # A long file with no sentence end after the quotation: each of the five ends looked for
    # is searched within the 120 characters read, not to the end of the file (quadratic).
    from loaders.attribution.ledes import _described_asker
    from loaders.attribution.people import People

    text = _CountingText("“为什么还要跑这么多次？”在会议上，市人大常委会委员王明的提问开门见山，" + "并且" * 50_000)
    _CountingText.scanned = 0
    _described_asker(text, text.index("”") + 1, People(text))
    assert _CountingText.scanned <= 5 * 120


class _CountedCounts(str):
    """A text that counts the calls of its ``count`` (each a scan of the whole text)."""

    calls = 0

    def count(self, sub, *args):
        _CountedCounts.calls += 1
        return str.count(self, sub, *args)


def test_a_long_report_counts_each_speakers_name_once():
    # "X没有回避：“…”" (a speaker, a manner, a quotation) asks how often the name occurs; a
    # long file of many such exchanges scanned the whole text each time (quadratic).
    from loaders.attribution import speech_turns

    para = "“要多久？”代表朱穗生一开口就不留情。市海洋局局长邓立新没有回避：“我们正在研究。”\n"
    text = _CountedCounts("某市人大常委会开展专题询问。\n" + para * 60)
    _CountedCounts.calls = 0
    turns = speech_turns(text)
    assert {"朱穗生", "邓立新"} <= {t.speaker.name for t in turns}
    assert _CountedCounts.calls <= 10


class _SlicedText(str):
    """A text that remembers the longest slice taken of it."""

    longest = 0

    def __getitem__(self, key):
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _SlicedText.longest = max(_SlicedText.longest, len(got))
        return got


def test_quotes_in_a_long_part_read_only_around_themselves():
    # Each quote of a long narrative part was followed by a copy of the rest of the part.
    from loaders.mentions.quoted import quoted_candidates

    text = _SlicedText("推行“容缺受理”机制，群众反映“一床难求”的问题，他说“看病难”的现象仍然存在。" * 500)
    _SlicedText.longest = 0
    quoted_candidates(get_gazetteer(), text, 0, len(text))
    assert _SlicedText.longest < 1000


def test_a_label_ending_elsewhere_is_dataclasses_replace():
    """turns._ending_at builds the label field by field: a field added to Label and left out
    there would be dropped (every field is set to a value of its own here)."""
    import dataclasses

    from loaders.turns import Label, Speaker
    from loaders.turns.labels import _ending_at

    values = {"kind": "question", "speaker": Speaker("王静", "委员"), "end": 3, "narrative": True,
              "addressee": Speaker("李强", None, "局长"), "bare": True, "declaration": True,
              "also": (Speaker("赵明"),), "short": "袁局长"}
    fields = [f.name for f in dataclasses.fields(Label)]
    assert sorted(fields) == sorted(values), "a new Label field: give it a value here and in _ending_at"
    label = Label(**values)
    assert _ending_at(label, 9) == dataclasses.replace(label, end=9)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="。！？” （(【一二十）)问答委员局长a", max_size=40))
def test_inline_cuts_are_those_of_the_unguarded_pattern(text):
    from loaders.normalize import _INLINE_CUT

    plain = re.compile(r"[。！？]”?| |（[^（）]{3,40}）|(?<=[\u4e00-\u9fff])(?=[（(][一二三四五六七八九十]{1,3}[）)])"
                       r"|(?<=[\u4e00-\u9fff])(?=【)")
    assert [(m.span(), m.group()) for m in _INLINE_CUT.finditer(text)] == \
        [(m.span(), m.group()) for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\f\v\n\u3000a一。“", max_size=40))
def test_paragraphs_split_as_when_blanks_were_squeezed_line_by_line(text):
    from loaders.normalize import _BLANKS, _FLATTENED, _SPACE_RUN, split_paragraphs

    lines = _FLATTENED.sub("\n", _SPACE_RUN.sub("\n", text)).split("\n")
    plain = [x for x in (_BLANKS.sub(" ", line).strip() for line in lines) if x]
    assert split_paragraphs(text) == plain


def test_parse_label_is_the_remembered_function():
    """parse_label's cache sits on parse_label (a function once added between the decorator and
    it took the cache instead), and a remembered answer is the fresh one."""
    from loaders.turns import parse_label

    assert parse_label.__wrapped__.__name__ == "parse_label"
    for paragraph in ("市人大常委会委员王静：请问…", "问：市发改局如何推进？", "会上，市发改局局长李强回答：…", "今天天气很好。"):
        assert parse_label(paragraph) == parse_label.__wrapped__(paragraph)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="委员王静问答：:【】[]——－-“”？。\n ", max_size=60))
def test_label_head_finds_what_the_three_patterns_find(paragraph):
    """parse_label's head, tried only where its mark stands within reach, is the match of the
    first of the three head patterns that matches."""
    from loaders.turns.heads import BRACKET_HEAD, COLON_HEAD, DASH_HEAD
    from loaders.turns.labels import _label_head

    plain = COLON_HEAD.match(paragraph) or BRACKET_HEAD.match(paragraph) or DASH_HEAD.match(paragraph)
    fast = _label_head(paragraph)
    assert (fast and (fast.re, fast.span(), fast.groups())) == (plain and (plain.re, plain.span(), plain.groups()))


def test_alnum_heads_hold_nothing_parse_head_strips():
    """parse_head skips its space and bullet substitutions and its sentence-mark search for a
    head of letters, digits and Chinese characters only: none of what they look for is one."""
    from loaders.normalize import SPEAKER_BULLETS

    assert not any(c.isalnum() for c in SPEAKER_BULLETS + "，。；？！“”" + " \t\n\r\f\v\u3000\xa0\u2002\u2003")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="（()）下转第3版记者王明摄阅读量：12次【】10:30-2023 05掌声笑设为首页|加入收藏全文共字 \t", max_size=40))
def test_inline_noise_screen_finds_every_rule_match(paragraph):
    """remove_noise leaves a paragraph as it is when the joined screen finds nothing in it: the
    screen finds something wherever one of the rules it joins matches."""
    from loaders.normalize import _inline_screen, _noise_rules

    screen, alone = _inline_screen()
    joined = [rx for rx, need in _noise_rules()[0] if (rx, need) not in alone]
    if any(rx.search(paragraph) for rx in joined):
        assert screen is not None and screen.search(paragraph) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”？。—－-委员王静 \n", max_size=40))
def test_a_dash_signature_holds_a_dash(paragraph):
    """dash_signed searches only a paragraph holding a dash: every match holds one."""
    from loaders.turns.signed import DASH_SIGN

    if DASH_SIGN.search(paragraph):
        assert "—" in paragraph or "－－" in paragraph or "--" in paragraph


def test_inline_noise_screen_finds_each_kind_of_noise():
    from loaders.normalize import _inline_screen, remove_noise

    screen, _ = _inline_screen()
    for noise in ["（下转第3版）", "（记者 王明 摄）", "阅读量：12次", "设为首页|加入收藏", "【10:30】",
                  "2023-05-10 12:30:45", "（掌声）", "全文共1200字，阅读需要3分钟", "（10时30分）"]:
        paragraph = f"委员王静问：{noise}如何推进？"
        assert screen.search(paragraph) is not None, noise
        assert remove_noise([paragraph])[0] != [paragraph], noise


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="问答委员王静局长主任李强：:“”？。 \u3000（(）)一二【】[]|｜—1.", max_size=40))
def test_inline_turn_screen_admits_every_inline_turn(paragraph):
    """split_inline_turns asks is_inline_turn only where inline_turn_screen admits the position:
    wherever it refuses one, is_inline_turn refuses the rest from there."""
    from loaders.turns import inline_turn_screen, is_inline_turn

    screen = inline_turn_screen(paragraph)
    for at in range(len(paragraph)):
        if not screen(at):
            assert not is_inline_turn.__wrapped__(paragraph[at:]), at


def test_inline_turn_screen_admits_each_kind_of_inline_turn():
    from loaders.turns import inline_turn_screen, is_inline_turn

    for rest in ["市发改委主任李强：我们将加快推进。", "问 秦海燕（市人大常委会委员）", "（二）王静委员追问 市住建局",
                 "  “这项工作如何推进？”——市人大常委会委员 王静", "问 | 市人大常委会委员 王静", "【代表问】如何推进？",
                 "2.【县人大常委会委员 王静】如何推进？"]:
        paragraph = "会议开始。" + rest
        assert is_inline_turn(rest), rest
        assert inline_turn_screen(paragraph)(5), rest
    assert not inline_turn_screen("会议开始。今天天气很好，大家都来了。")(5)


def test_tail_tries_find_the_speaker_the_plain_tail_loop_finds():
    """parse_speaker tries the tails _tail_tries gives: the speaker found is the one the loop
    over every tail that can start one found, whoever the report names (a bare name among them)."""
    from loaders.attribution.readings import label_reading, label_speaker
    from loaders.attribution.people import People
    from loaders.attribution.words import speaker_tail_starts
    from loaders.attribution.speakers import _tail_tries
    from loaders.turns import splits_not_name_word

    text = ("市人大常委会委员王静、区住建局局长李强出席会议。会议现场市人大代表王静发问。"
            "社会各界对重大项目建设高度关注。随后李强回答。")
    heads = ["会议现场市人大代表王静", "社会各界对重大项目建设高度", "随后李强", "我们将以此次", "在评议现场县住建局局长李强",
             "相关组织组成人员", "现场区住建局负责人", "会后王静"]
    for named in (False, True):
        people = People(text)
        if named:
            people.named("王静"), people.named("李强")
        for head in heads:
            plain = next((sp for k in range(1, max(1, len(head) - 1))
                          if head[k] in speaker_tail_starts() and not splits_not_name_word(head, k)
                          and (sp := label_speaker(head[k:], people)) is not None), None)
            fast = next((sp for k in _tail_tries(head) if (sp := label_speaker(head[k:], people)) is not None), None)
            assert fast == plain, (head, named)
    # (a tail read so whoever the report names ends the tries; a bare name does not)
    head = "会议现场市人大代表王静"
    tries = _tail_tries(head)
    sp, bare = label_reading(head[tries[-1]:])
    assert sp is not None and sp.name == "王静" and not bare
    assert all(label_reading(t)[1] for t in ("社会各界对重大项目建设高度"[k:] for k in _tail_tries("社会各界对重大项目建设高度")))


def test_screened_phrase_readings_read_as_before():
    """_read_named_speaker and _read_whole_speaker refuse a phrase that no reading of its own
    gives anyone and that names no one the report knows: every phrase of a report (each span of
    two to twelve characters) reads as the unscreened readings read it, the names known or not."""
    from loaders.attribution.readings import _named_reading, _read_named_speaker, _read_whole_speaker, _whole_reading
    from loaders.attribution.people import People

    text = ("市人大常委会委员王静、区住建局局长李强、副区长张伟出席会议。社会各界对重大项目建设高度关注。"
            "王委员追问，李局长回答，天津港集团副总经理王海说，林业局也作了回答，一位姓赵的委员发问，他说。")
    spans = {text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 12) + 1)}
    for warm in (False, True):
        plain_people, people = People(text), People(text)
        if warm:
            for p in (plain_people, people):
                p.named("王静"), p.named("李强"), p.named("张伟")
        for head in sorted(spans):
            assert _read_named_speaker(head, people) == _named_reading(head, plain_people), head
            assert _read_whole_speaker(head, people) == _whole_reading(head, plain_people), head


def test_label_speaker_is_the_remembered_reading():
    """label_speaker looks up only a bare name (the rest is the grammar's reading, remembered
    per phrase): every span of a report reads as the people's remembered label reading reads it."""
    from loaders.attribution.readings import label_speaker, _read_label_speaker
    from loaders.attribution.people import People

    text = "市人大常委会委员王静、区住建局局长李强出席会议。王静问，李强回答，随后林业局负责人表示。"
    spans = {text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 12) + 1)}
    plain_people, people = People(text), People(text)
    for head in sorted(spans):
        assert label_speaker(head, people) == plain_people.reading(_read_label_speaker, head), head
