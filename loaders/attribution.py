"""Speech attribution in running text: who said which quotation or reported speech.

News features, briefs and one-paragraph reports do not put speaker labels at
the start of lines; they attribute speech with a speaker phrase and a cue word,
before, after or around the speech::

    “…？”市人大常委会委员邵文杰率先发问。        quotation first, speaker after
    市发改委主任韩立新回答说，今年以来……          reported speech after the cue
    邵文杰接着提问：“……”                      quotation after a colon
    “……，”韩立新答道，“……”                     a quotation split around the cue

Three passes, as is usual for quotation attribution:

1. **cues**: every cue word of ``data/speech_cues.tsv`` and the speaker phrase
   right before it, parsed with the label grammar of :mod:`loaders.turns`
   after the fillers of ``data/speech_fillers.txt`` ("率先", "接着") are dropped;
   pronouns (他/她) and "姓+职务" (韩主任) refer to people named earlier;
2. **spans**: the speech each cue attributes: a quotation ending right before
   the speaker phrase, else the text after the cue (": …", "，…", "“…”") up to
   the next attributed speech or the end of the paragraph, else the next
   paragraph when the cue ends its own;
3. **sides**: question or answer from the cue; neutral cues (表示, 说) take the
   speaker's side: a congress member asks (only when the speech is a question),
   an official answers.

The result is a list of :class:`~loaders.turns.Turn` that
:func:`loaders.exchanges.build_exchanges` pairs like label turns.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from loaders.bodies import inquiry_named
from loaders.datafiles import DataFileError, alternation, read_groups, read_tsv, read_words
# (imported here for the readings that ask them per phrase: an import statement run per call was ~1 µs)
from loaders.departments import find_departments, leader_office
from loaders.places import is_place
from loaders.name_span import swallowed_next_word
from loaders.occurrences import Occurrences, every_start
from loaders.rxguard import guarded, required_chars
from loaders.turns import (NAME, Speaker, Turn, _not_name_chars, asks_about, explain_request, find_clues, is_congress_role, last_mark,
                           may_name_speaker,
                           minority_name, minority_part, not_a_name, office_named_twice, paragraph_spans, parse_head, public_speaks,
                           sentences_around,
                           splits_not_name_word, surnames, titles)

__all__ = ["Utterance", "Officials", "find_utterances", "speech_turns"]

# Where a speaker phrase can begin: after punctuation, a quotation or a space.
# Not 、: it joins the posts of one speaker (县农业农村局党组书记、局长张昌纯).
_BOUNDARY = set("，。；！？：:“”‘’「」（）()《》【】 \n…—")
_MAX_HEAD = 40


class _SpeakerWords(NamedTuple):
    """The vocabulary of speaker phrases and attendee sentences (data/speaker_words.tsv)."""

    pronouns: frozenset[str]
    member_seats: tuple[str, ...]  # in file order: the first that ends a head wins
    adverbs: frozenset[str]
    negated: re.Pattern[str]
    speech_verb_ends: frozenset[str]
    not_manner: frozenset[str]
    attending: re.Pattern[str]
    bare_government: frozenset[str]
    attendee_cut: re.Pattern[str]  # "…等到会应询": from the cue word to the end of a chunk
    from_: re.Pattern[str]  # "来自通州团的", "分管这项工作的"
    that_office: re.Pattern[str]  # "该局", "这一部门": the pointer and the kind of office
    that_office_lead: re.Pattern[str]  # the same opening a longer phrase ("该局局长Y")
    this_office: re.Pattern[str]  # an utterance's whole department "该局" (no 这一)
    offices_head: re.Pattern[str]  # "市农牧业局、农工办、商务局的负责人"
    addressed: re.Pattern[str]  # "请问", "请X同志回答"
    anonymous: re.Pattern[str]  # "市人大常委会一位姓赵的委员", "一名女“考官”"
    anonymous_askers: frozenset[str]  # 考官, 提问人: read as 委员
    person_pointer: re.Pattern[str]  # "这位负责人"
    one_char_pronouns: frozenset[str]  # 他, 她: open a sentence whose subject they are
    de_answer: frozenset[str]  # "的回答": an answer; any other cue after 的 a question
    described_question: str  # an alternation: "X委员的问题透出几分尖锐：“…”"
    chair_titles: frozenset[str]  # 主任, 书记: no person by the title alone
    chair_title_posts: frozenset[str]  # 主任, 副主任, 书记: no official by the title alone
    toward_whom: frozenset[str]  # 向, 对, 针对: whom the speaker addresses follows
    clause_on: tuple[str, ...]  # "…，并表示": the cue's clause goes on with the sentence's subject
    doing_else: tuple[str, ...]  # "X逐一回应，并认真记录了…": no speech after the cue
    member_occupations: tuple[str, ...]  # 农民, 教师: a member's outside work, the name after it
    citizen_delegates: tuple[str, ...]  # 村民代表: an occupation and a seat word naming no congress member
    # "县人大代表、某合作社理事长X": a member's seat, then the post held outside the congress.
    member_then_post: re.Pattern[str]
    # The presiding chair of the standing committee opens and closes; members ask.
    chair: re.Pattern[str]
    # Words that make a text the report of an inquiry (an answer there answers a member).
    inquiry: re.Pattern[str]
    # "A局、B局等8个部门", "等单位": a list of offices left open, the answering side of a summary.
    listed_offices: re.Pattern[str]
    # "3个…", "部门", "单位": a part naming a counted or listed group of offices, no one official.
    offices_counted: re.Pattern[str]
    # "委员们就城区停车难提出的问题": the members who asked, then what they asked about.
    members_asked: re.Pattern[str]
    # "并就委员们关于…提出的问题作了": the members and the topic, between the clause's opening and an answer cue.
    members_asked_before: re.Pattern[str]
    # "针对常委会组成人员提出的“…”的问题，…副县长X…": members' problem, quoted, then the sentence goes on.
    raised: re.Pattern[str]
    # "3位人大代表精准发问": how many members asked, counted, and the verb (after the quotations).
    counted_askers: re.Pattern[str]
    # "针对代表询问，…区政府…作出答复": the office that answered the counted members.
    answered_them: re.Pattern[str]
    # "王某、李某等2位代表分别向区长A，副区长B提问": members listed, each asking one official of a
    # list in the same order. A title before a name carries over to the bare names after it.
    respective: re.Pattern[str]
    # 省, 市, 副: may open a speaker inside a longer phrase (besides titles, surnames, offices).
    tail_starts: frozenset[str] = frozenset()
    # 委员: a bare seat that opens a member's name only at the start of a clause ("”委员X开口就问"),
    # not inside one (管委会副主任, 政协委员、教授X)
    clause_seats: tuple[str, ...] = ()
    seat_agents: str = ""  # 被, 由: before such a seat inside a clause, the member is the agent ("却被委员X借了过来")
    office_any: frozenset[str] = frozenset()  # 部门, 单位: "该部门" is the office named last, whatever its kind
    office_staff: tuple[str, ...] = ()  # 领导, 工作人员: an office's people described, besides the titles
    # "天津港集团副总经理王海": a firm's head named with the firm, the post and the name.
    firm_head: re.Pattern[str] | None = None
    firm_whom: re.Pattern[str] | None = None  # "县供电公司": a firm a member asks
    # "“…我们交通部门已经…”X说，": a quotation closed right before a bare name and a verb of saying.
    quote_then_name: re.Pattern[str] | None = None
    described_after: re.Pattern[str] | None = None  # 的 and a described_question noun: "她的问题…"
    follow_manner: tuple[str, ...] = ()  # "X没有就此打住：“…？”": a member's manner making a 追问
    cut_ins: tuple[str, ...] = ()  # 插话, 打断: a member cutting in on an official still answering
    office_words: frozenset[str] = frozenset()  # 检方: an office named by a word of its own


_SPEAKER_USES = ("pronoun", "member_seat", "adverb", "negation", "demand_lead", "demand", "speech_verb_end",
                 "not_manner", "attending", "bare_government", "attendee_cut", "from_word", "office_pointer",
                 "office_pointer_phrase", "office_kind", "offices_head", "answer_request", "anonymous_count",
                 "anonymous_role", "anonymous_asker", "person_pointer", "member_role", "member_post_role",
                 "chair_post", "inquiry_word", "listed_office_qualifier", "listed_office_noun", "asked_topic_prep",
                 "asked_before_lead", "asked_before_adverb", "asked_before_prep", "raised_verb", "raised_question",
                 "answer_verb_after", "raised_prep", "raised_what", "counted_verb", "answered_prep", "answered_what",
                 "respective_verb", "de_answer", "chair_title", "chair_title_post", "toward_whom", "clause_on",
                 "doing_else", "described_question", "member_occupation", "tail_start", "clause_seat", "seat_agent", "office_any",
                 "office_staff", "anonymous_not_after", "firm_end", "firm_title", "quote_name_verb",
                 "pronoun_demand", "follow_manner", "citizen_delegate", "cut_in", "office_word")


@functools.lru_cache(maxsize=1)
def _speaker_words() -> _SpeakerWords:
    w = read_groups("speaker_words.tsv", _SPEAKER_USES)
    for use in ("speech_verb_end", "not_manner", "tail_start"):
        if bad := [x for x in w[use] if len(x) != 1]:
            raise DataFileError(f"speaker_words.tsv: {use} takes one character per row, got {bad[0]!r}")
    return _SpeakerWords(
        pronouns=frozenset(w["pronoun"]),
        member_seats=w["member_seat"],
        adverbs=frozenset(w["adverb"]),
        negated=re.compile(rf"{alternation(w['negation'])}|(?:{alternation(w['demand_lead'])})?(?:{alternation(w['demand'])})"
                           rf"|(?:{alternation(w['pronoun'])})(?:{alternation(w['pronoun_demand'])})"),
        speech_verb_ends=frozenset(w["speech_verb_end"]),
        not_manner=frozenset(w["not_manner"]),
        attending=re.compile(alternation(w["attending"])),
        bare_government=frozenset(w["bare_government"]),
        attendee_cut=re.compile(rf"(?:{alternation(w['attendee_cut'])}).*$"),
        from_=re.compile(rf"(?:{alternation(w['from_word'])})[^，。：“”]{{1,12}}?的"),
        that_office=re.compile(that := rf"(?:{alternation(w['office_pointer'] + w['office_pointer_phrase'])})"
                                       rf"(?P<kind>{alternation(w['office_kind'])})"),
        that_office_lead=re.compile(rf"{that}(?=.)"),
        this_office=re.compile(rf"^(?:{alternation(w['office_pointer'])})(?P<kind>{alternation(w['office_kind'])})$"),
        offices_head=re.compile(rf"(?P<offices>.+?)的?(?P<title>{alternation(w['offices_head'])})"),
        addressed=re.compile(rf"请问|请[\u4e00-\u9fff]{{2,4}}同志(?:{alternation(w['answer_request'])})"),
        # ("一位来自企业的代表": where the member comes from may stand after the count; "一位长期在
        # 农村工作的区人大代表": or any clause ending in 的, and the role its level of place)
        anonymous=re.compile(rf"(?P<org>.{{0,12}}?)(?<!{alternation(w['anonymous_not_after'])})(?:{alternation(w['anonymous_count'])})"
                             rf"(?:(?:{alternation(w['from_word'])})?[^，。：“”]{{1,14}}?的)?(?:姓.的)?(?:女|男)?"
                             rf"[省市州区县旗镇乡]?(?P<role>{alternation(w['anonymous_role'] + w['anonymous_asker'])})"),
        anonymous_askers=frozenset(w["anonymous_asker"]),
        person_pointer=re.compile(rf"^(?:{alternation(w['person_pointer'])})"),
        one_char_pronouns=frozenset(p for p in w["pronoun"] if len(p) == 1),
        de_answer=frozenset(w["de_answer"]),
        described_question=alternation(w["described_question"]),
        described_after=re.compile(rf"的(?:{alternation(w['described_question'])})"),
        chair_titles=frozenset(w["chair_title"]),
        chair_title_posts=frozenset(w["chair_title_post"]),
        toward_whom=frozenset(w["toward_whom"]),
        clause_on=w["clause_on"],
        doing_else=w["doing_else"],
        member_occupations=w["member_occupation"],
        citizen_delegates=w["citizen_delegate"],
        tail_starts=frozenset(w["tail_start"]),
        clause_seats=tuple(w["clause_seat"]),
        seat_agents="".join(w["seat_agent"]),
        office_any=frozenset(w["office_any"]),
        office_staff=w["office_staff"],
        firm_head=re.compile(rf"(?P<firm>[^，。；：“”、]{{2,30}}?(?:{alternation(w['firm_end'])}))"
                             rf"(?P<title>{alternation(w['firm_title'])})(?P<name>{NAME})"),
        firm_whom=re.compile(rf"[^，。；：“”、]{{2,20}}?(?:{alternation(w['firm_end'])})"),
        follow_manner=tuple(sorted(w["follow_manner"], key=len, reverse=True)),  # longest first: _pressing_subject
        cut_ins=w["cut_in"],
        office_words=frozenset(w["office_word"]),
        quote_then_name=re.compile(rf"”(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{alternation(w['quote_name_verb'])})[，,：:]"),
        **_sentence_patterns({u: alternation(words) for u, words in w.items()}),
    )


def _sentence_patterns(a: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """The phrase and sentence patterns of :class:`_SpeakerWords`, around the alternations ``a``."""
    # The topic may hold a short quoted term ("关于“飞线充电”和…的提问"), and 提出 may be left out
    # after it ("代表关于…的提问"), the question being named by its noun.
    topic = (rf"(?P<t>(?:[^，。；：“”]|“[^，。；“”]{{1,16}}”){{2,30}}?)(?:{a['raised_verb']})?的"
             rf"(?:{a['raised_question']})")
    return dict(
        member_then_post=re.compile(rf"(?P<role>[^、，。：“”]{{0,14}}?人大(?:常委会)?(?:{a['member_post_role']}))、"
                                    r"(?P<rest>[^、，。：“”]{3,30})"),
        chair=re.compile(rf"常委会(?:党组书记、)?(?:{a['chair_post']})$|^(?:{a['chair_post']})$"),
        inquiry=re.compile(rf"{a['inquiry_word']}|代表[^。\n]{{0,20}}咨询|咨询[^。\n]{{0,20}}代表"),
        listed_offices=re.compile(rf"等(?:[\d一二三四五六七八九十几多]+(?:个|家))?(?:{a['listed_office_qualifier']})?"
                                  rf"(?:{a['listed_office_noun']})"),
        offices_counted=re.compile(rf"[\d一二三四五六七八九十几多]+个|{a['listed_office_noun']}"),
        members_asked=re.compile(rf"(?P<who>[^，。；：“”]{{2,16}}?)(?:{a['asked_topic_prep']}){topic}"),
        members_asked_before=re.compile(rf"(?:{a['asked_before_lead']})?(?:{a['asked_before_adverb']})?"
                                        rf"(?:{a['asked_before_prep']})(?P<who>[^，。；：“”]{{2,16}}?)"
                                        rf"(?:{a['asked_topic_prep']}){topic}(?:{a['answer_verb_after']})?"),
        raised=re.compile(rf"(?:{a['raised_prep']})(?P<who>[^，。；：“”]{{2,16}}?)提出的(?P<q>“[^“”\n]{{4,120}}”)的?"
                          rf"(?:{a['raised_what']})[，,](?P<rest>[^。！？“”\n]{{2,80}})"),
        counted_askers=re.compile(rf"(?P<n>[2-9]|[两二三四五六七八九])(?:位|名)(?P<role>[^，。；“”\d]{{0,12}}?(?:{a['member_role']}))"
                                  rf"[^，。；“”]{{0,8}}?(?:{a['counted_verb']})"),
        answered_them=re.compile(rf"(?:{a['answered_prep']})(?:{a['member_role']})们?(?:的|提出的)?(?:{a['answered_what']})[，,]"
                                 r"(?P<rest>[^。]{2,60})"),
        respective=re.compile(
            r"(?P<askers>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)等?(?:[0-9一二三四五六七八九十]+[位名])?"
            rf"(?P<role>[^，。；、：“”]{{0,14}}?(?:{a['member_role']}))?分别向(?P<whom>[^。；！？：“”]{{2,120}}?)"
            rf"(?:{a['respective_verb']})"),
    )


def that_office() -> re.Pattern[str]:
    """"该局", "此办", "这一部门": an office by a pointer (data/speaker_words.tsv), the one asked last."""
    return _speaker_words().that_office


@dataclass(frozen=True)
class Utterance:
    """One attributed speech: ``start``/``end`` span the speech itself."""

    kind: str  # question | follow_up | answer
    speaker: Speaker
    start: int
    end: int
    head_start: int  # where the speaker phrase begins
    addressee: Speaker | None = None
    others: tuple[Speaker, ...] = ()  # "A局、B办的负责人回应": the other speakers of the same speech
    at: int = -1  # where it stands in the exchange order when not at ``start`` (a question told after its answer)


def _topic_turns() -> list[str]:
    """"把关注点放在了", "将话锋转向": 把 or 将, a noun and a verb of data/speech_topic_turns.tsv, 了 or not."""
    parts = read_groups("speech_topic_turns.tsv", ("noun", "verb"), column="part")
    return [f"{ba}{n}{v}{le}" for ba in "把将" for n in parts["noun"] for v in parts["verb"] for le in ("", "了")]


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str], re.Pattern[str]]:
    kinds: dict[str, str] = {}
    for r in read_tsv("speech_cues.tsv", ["cue", "kind"]):
        if r.cells[1] not in ("question", "follow_up", "answer", "say", "ask_about", "tell_about"):
            raise r.error("kind must be question, follow_up, answer, say, ask_about or tell_about")
        kinds[r.cells[0]] = r.cells[1]
    for turn in _topic_turns():
        kinds.setdefault(turn, "ask_about")

    direct = [w for w, k in kinds.items() if k in ("ask_about", "tell_about")]
    # A cue ends where speech or the sentence begins, so that 问 in 问题 is no cue;
    # after 的 or 意见 it is a noun ("提出的意见建议，"), no verb of speech;
    # ask_about cues take their object directly.
    # "X委员的问题透出几分尖锐：“…”": the question itself, described, then the quotation.
    sw = _speaker_words()
    # ("他的问题很“专业”：": a quoted word may describe it)
    described = rf"的(?:{sw.described_question})(?:[^，。：:“”]|“[^，。：:“”]{{1,6}}”){{0,24}}(?=[：:])"
    # "“…。”住建部门诚恳的回答赢得…": an answer named by a noun phrase after its quotation.
    # ("市X局副局长Y的回答是：…": or 是 and a colon before the answer)
    # ("市X局局长Y的回答有些“软”：“…”": or a few words describing it, a quoted word among them, before a colon)
    named_answer = (rf"的(?:{alternation(sw.de_answer)})(?:(?=[^：:“]{{0,20}}[，。])|是(?=[：:])"
                    rf"|(?:[^，。：:“”]|“[^，。：:“”]{{1,6}}”){{1,12}}(?=[：:]))")
    # "X追问了一句：“…”", "Y补充了几点：…": the cue, 了 and a short object before a colon.
    # ("X又追问一句：“…”": or a count of sentences without 了, no one asked)
    counted = rf"(?:{alternation(k for k, v in kinds.items() if v != 'say')})(?:了[^，。：:“”！？；]{{1,6}}|[一两几]句)(?=[：:])"
    # "局长X作答时翻出了一张流程图：…": the cue, 时 and what the speaker did meanwhile, before a colon.
    # "局长X作答时介绍，…": the cue, 时 and a say cue before a comma.
    # ("…的询问时表示": 询问 is the noun of a clause ending in 时, the cue is 表示)
    # ("局长Y回应时承认部分项目…": or a cue taking its object directly, tell_about)
    # ("X在进行询问时说，": 在 and 进行 open the clause, the speaker phrase ends before them)
    meanwhile = (rf"(?<!的)(?:在(?:进行)?)?(?:{alternation(k for k, v in kinds.items() if v != 'say')})时"
                 rf"(?:[^，。：:“”！？；]{{1,12}}(?=[：:])|(?:{alternation(k for k, v in kinds.items() if v == 'say')})(?=[，,])"
                 rf"|(?:{alternation(k for k, v in kinds.items() if v == 'tell_about')}))")
    # "代表X向区教育局提出了扩建城南小学的建议，": a proposal put to an office, told (kept only
    # with whom it is put to, see _find_cues).
    # "代表X问得更直接：“…”", "X说得直白，“…？”": the cue, 得 and how, before the speech.
    # ("关于…的问题，委员X问得很直接。": or a full stop, the question told before the member)
    # ("X问得很干脆：…？": or a colon before the question left unquoted)
    # ("X问得很直接：…喊了两年，为什么还是“贷不到”？": short quoted words inside the question)
    manner = (rf"(?:{alternation(kinds)})得[^，。：:“”！？；的]{{1,5}}"
              r"(?=[：:，,][“「]|。|[：:](?:[^“”「」\n。！；]|“[^“”\n。！；]{1,8}”){4,200}[？?])")
    # "委员X问的是收费：…": a question cue, 的是 and what it was about, before a colon.
    point = rf"(?:{alternation(k for k, v in kinds.items() if v in ('question', 'follow_up'))})的是[^，。：:“”！？；]{{1,8}}(?=[：:])"
    links = _links()
    proposed = (rf"(?<!的)(?P<proposed>{links.proposes.pattern})了?"
                rf"(?=[^，。；：:“”！？]{{2,30}}?(?:{links.proposal_noun.pattern})[，。；])")
    rx = guarded(re.compile(rf"{proposed}|{counted}|{meanwhile}|{manner}|{point}|(?<!的)(?<!意见)(?:{alternation(kinds)})(?:{_links().cue_suffix.pattern})?(?=[：:，,。“”！？；\s「]|…|$)|(?<!的)(?<!意见)(?:{alternation(direct)})|{described}"
                    rf"|{named_answer}|{_links().answered_about.pattern}|{_links().says_will.pattern}|{_links().asks_whom.pattern}|{_links().indirect_asks.pattern}"
                    # "市海洋局局长X没有回避：“…”": no cue word, a speaker and a manner before a quotation
                    # (or before an unquoted question: "X随后将问题抛给市工信局：…？")
                    # ("X率先“开炮”：“…”": a manner in quotation marks before the colon)
                    r"|(?P<colon>(?:(?<=[^\s，。；：:“”！？])|(?<=[^\s，。；：:“”！？]“[^“”，。：:]{2}”)"
                    r"|(?<=[^\s，。；：:“”！？]“[^“”，。：:]{3}”)|(?<=[^\s，。；：:“”！？]“[^“”，。：:]{4}”))"
                    r"(?=[：:](?:[“「]|[^“”「」\n。！；]{4,200}[？?])))"
                    # "委员X话锋一转，“…？”": a member and a manner, then a comma and a quoted question
                    r"|(?P<comma>(?<=[^\s，。；：:“”！？])(?=[，,][“「][^“”「」\n]{2,200}[？?][”」]))"
                    # "X没有就此打住。…？…？她又问了两句。": a member pressing on, the questions after
                    # (unquoted: "X没有就此打住。“…？”她追问道。" is the cue's after the quotation)
                    rf"|(?P<pressed>{alternation(sw.follow_manner)})(?=。[^。\n“「][^。\n]{{0,79}}[？?])"), pairs=True)
    for w in direct:
        kinds[w] = "question" if kinds[w] == "ask_about" else "answer"
    return kinds, rx


@functools.lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    """The cue words as a tuple: one ``str.startswith`` tries them all in C (a generator
    over the table cost ~10 µs per place a speaker phrase may end)."""
    return tuple(_cues()[0])


@functools.lru_cache(maxsize=1)
def _cue_words_by_end() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
    """The cue words by their first character and by their last (None if one is empty): a
    word can start (end) at a place only if its first (last) character stands there, so one
    ``startswith`` of the few words with that character answers as one of all ~760 did (the
    speaker phrases ask it at every place a name may end: ~1 % of reading 50 reports)."""
    words = _cue_words()
    if not all(words):
        return None
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for w in words:
        first.setdefault(w[0], []).append(w)
        last.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in first.items()}, {c: tuple(ws) for c, ws in last.items()}


def _cue_word_at(text: str, at: int) -> bool:
    """``text.startswith(_cue_words(), at)``: a cue word starts at ``at``."""
    if (ends := _cue_words_by_end()) is None:
        return text.startswith(_cue_words(), at)
    return text.startswith(ends[0].get(text[at:at + 1], ()), at)


def _cue_word_ends(text: str, lb: int, e: int) -> bool:
    """``text.endswith(_cue_words(), lb, e)``: a cue word within ``text[lb:e]`` ends at ``e``."""
    if (ends := _cue_words_by_end()) is None:
        return text.endswith(_cue_words(), lb, e)
    return e > lb and text.endswith(ends[1].get(text[e - 1:e], ()), lb, e)


@dataclass(frozen=True)
class _Links:
    """Patterns built from ``data/speech_links.tsv`` (the words that link speaker, cue and topic)."""

    answered_about: re.Pattern[str]  # "答复…问题解决情况": an answer cue whose object is the problem
    answered_object: re.Pattern[str]  # that object
    answering: re.Pattern[str]  # "答复野猪毁粮问题时" closing a speaker phrase
    facing: re.Pattern[str]  # "面对X代表的提问，": the asker named in the answer's clause
    split: re.Pattern[str]  # "委员X向…提问": speaker, then whom or what
    topic_split: re.Pattern[str]  # "Y局负责人从…方面回应"
    asks_whom: re.Pattern[str]  # "委员X问区住建局局长Y：", "代表X询问市粮食局，": the cue and whom it asks
    topic_lead: re.Pattern[str]  # "针对小微水体长效监管，": the clause before an answer's speaker
    put_to: re.Pattern[str]  # "都被点了名", "都要回答": the offices named must answer the question
    many_times: re.Pattern[str]  # "接连", "纷纷": a group asking many questions
    each: re.Pattern[str]  # "分别就": members listed, each on a topic of their own
    says_will: re.Pattern[str]  # "并表示将…": a say cue with what will be done right after it
    where: re.Pattern[str]  # "在…会上", "回答…时" closing a phrase: where, not who
    asker_noun: re.Pattern[str]  # "提问人X代表": the asker named after an answer
    congress_word: re.Pattern[str]  # a member of the congress named in narration
    thrown_to: re.Pattern[str]  # "将问题抛给了X": whom a question was put to
    thrown_out: re.Pattern[str]  # "X开场就抛出了尖锐问题": a question put, to nobody named
    put_to_office: re.Pattern[str]  # "X局下一步如何…": what an office named inside a question is asked
    such_questions: re.Pattern[str]  # "…”这样尖锐的提问": the quotations before were questions
    cue_suffix: re.Pattern[str]  # "回答说", "解释道", "解释到": what may close a cue word
    leads: re.Pattern[str]  # "副市长X率…": an official leading others to the sitting
    role_office: re.Pattern[str]  # "作为学校主管部门，": an office named by its role in a question
    asked_office: re.Pattern[str]  # "应询单位负责人…": the office asked, named as such
    worker: re.Pattern[str] | None = None  # "常驻公司的检疫监督员": a post on site, asked on an inspection
    proposes: re.Pattern[str] | None = None  # "X向Y局提出了…的建议": the verb
    proposal_noun: re.Pattern[str] | None = None  # and what its object ends with
    asks_whom_words: tuple[str, ...] = ()
    # "委员X询问禁牧区牧民减畜后生计如何保障，": a question told in indirect speech (no colon, no quotation)
    indirect_asks: re.Pattern[str] | None = None
    asker_lead: re.Pattern[str] | None = None  # "“…？”首先提问的是委员X": the asker named after 是
    setting: re.Pattern[str] | None = None  # "在…询问会上": a clause saying where, opened by 在/于
    question_from: re.Pattern[str] | None = None  # "最后一个问题来自委员X：": the asker named next
    name_tails: frozenset[str] = frozenset()  # "买提": a transliterated name's end that a cue (提问) would take
    who: re.Pattern[str] | None = None  # "发问的是委员X，回答的是局长Y": both named after the quotations
    introduced: re.Pattern[str] | None = None  # "向副厅长X发问的是董事长Y": the asker named after the official
    topic_asked: re.Pattern[str] | None = None  # "针对这一问题，": a topic_lead about a question asked
    answering_asked: re.Pattern[str] | None = None  # "在回答X委员的提问时": the same, naming an asker
    answer_verb: re.Pattern[str] | None = None  # "回答", "答复": an answer told, in a summary too
    lede_answered: re.Pattern[str] | None = None  # "引出这句话的，是": the member a lede's answer answered
    answer_back: re.Pattern[str] | None = None  # "这一回答，针对的是": a paragraph pointing back to the answer before
    question_back: re.Pattern[str] | None = None  # "这个问题——“…？”——是": the question of the answer before
    told_link: re.Pattern[str] | None = None  # "第一个片段，是委员X…": what opens a clause before the member
    interrogative: re.Pattern[str] | None = None  # indirect_word: "能不能", "是否" make a told clause ask
    member_words: frozenset[str] = frozenset()  # 代表, 委员: a member's seat word
    counted: re.Pattern[str] | None = None  # "首位发问的委员是X", "接着发问的是一位女代表，她叫X": an asker counted, then named
    some_member: re.Pattern[str] | None = None  # "有代表", "还有委员": some member or other, unnamed
    seat_nouns: frozenset[str] = frozenset()  # 建议: with the seat before it a noun ("代表建议")
    heard: re.Pattern[str] | None = None  # "在听取X局局长Y的工作汇报后": the official a member heard before asking
    presses_on: tuple[str, ...] = ()  # 紧跟着: "X紧跟着问" after X's own question, a 追问
    # "…第十二次会议举行…专题询问": a clause telling a sitting that held something
    held_sitting: re.Pattern[str] | None = None
    # "Y回答了委员X的询问。": the members who asked, the question only called so, as an answer's object
    member_question: re.Pattern[str] | None = None
    goes_on: tuple[str, ...] = ()  # 接着又: the same when the speech follows the cue at once
    presses_on_asking: tuple[str, ...] = ()  # 接着: the same before the bare verb 问 ("X接着问：")


_LINK_USES = ("answer_verb", "answered_noun", "facing", "facing_topic", "asked_noun", "split", "topic_split", "asks_whom",
              "topic_lead", "answering_time", "put_to", "many_times", "says_will", "will_word", "where_at",
              "where_end", "asker_noun", "congress_word", "member_word", "not_whom", "thrown_to", "thrown_out",
              "office_adverb", "office_asks", "office_scope", "such_as", "cue_suffix", "leads", "role_office",
              "asked_office", "zone_word", "worker", "proposes", "proposal_noun", "name_tail", "progress_verb",
              "progress_noun", "indirect_word", "counted_asker", "counted_link", "introduced_asker", "who_asked", "who_answered", "dialogue_this",
              "dialogue_with", "dialogue_count", "dialogue", "question_from", "asker_said", "topic_asked", "answering_asked",
              "indirect_noun", "topic_asks", "topic_answer", "where_sitting", "asker_from", "problem_asks",
              "problem_noun", "lede_answered", "each", "told_link", "some_member", "seat_noun",
              "heard_official", "heard_what", "heard_then", "presses_on", "goes_on", "presses_on_asking",
              "held_body", "held_verb", "member_question", "this_answer", "this_question")


@functools.lru_cache(maxsize=1)
def _links() -> _Links:
    words = read_groups("speech_links.tsv", _LINK_USES)
    verb, noun, facing, asked = (alternation(words[u]) for u in ("answer_verb", "answered_noun", "facing", "asked_noun"))
    w = {u: alternation(words[u]) for u in _LINK_USES}
    return _Links(
        answer_verb=re.compile(verb),
        # (a short quoted term may stand in the object: "回答了代表关于“飞线充电”的提问")
        answered_about=re.compile(rf"(?:{verb})了?(?=(?:[^，。；：:“”！？]|“[^，。；：:“”！？]{{1,16}}”){{2,40}}?(?:{noun})"
                                  rf"(?:的?(?:{w['progress_verb']})(?:{w['progress_noun']}))?(?:[。，；]|$))"),
        answered_object=re.compile(rf"[^，。；：:“”！？]{{2,40}}?(?:{noun})"),
        answering=re.compile(rf"(?:{verb})(?:了)?(?P<q>[^，。“”]{{2,20}}?问题)时$"),
        # "针对X代表提出的如何…，真正…的问题，Y…予以回应": the member, then the question told.
        # "在回答委员X关于水质检测的问询时": the topic may follow the asker before 的.
        facing=re.compile(rf"(?:{facing})([^，。；“”]{{2,24}}?)(?:(?:{w['facing_topic']})[^，。；！？]{{1,30}}?)?(?:提出)?(?:的)"
                          rf"(?:[^。；“”！？]{{0,50}}?的|[^，。；“”！？]{{2,30}}?)?(?:{asked})"),
        split=re.compile(alternation(words["split"])),
        topic_split=re.compile(alternation(words["topic_split"])),
        # Whom: a short phrase with no punctuation up to the first colon or comma (问题, 问政 … are no cue).
        # (a lookahead, so that a cue word inside a phrase that is no addressee is still seen)
        asks_whom=re.compile(rf"(?P<asks>{w['asks_whom']})(?!{w['not_whom']})"
                             r"(?=(?P<whom>[^，。；：:“”！？?\s、]{2,30}?)[：:，,。])"),
        topic_lead=re.compile(rf"(?:(?:{alternation(words['topic_lead'])})(?P<t>[^，。；：“”]{{2,40}})"
                              rf"|在?(?:{alternation(words['answering_time'])})了?(?P<w>[^，。；：“”]{{2,40}}?)时)[，,]"),
        put_to=re.compile(alternation(words["put_to"])),
        many_times=re.compile(alternation(words["many_times"])),
        each=re.compile(alternation(words["each"])),
        says_will=re.compile(rf"(?:{w['says_will']})(?={w['will_word']})"),
        # ("会上，", "询问会上，": the sitting alone, without 在, says where too)
        setting=re.compile(rf"(?:{w['where_at']})[^，。“”]{{1,30}}"
                           rf"|[^，。“”]{{0,12}}?(?:{w['where_sitting']})(?:{w['where_end']})"),
        where=re.compile(rf"(?:(?:{w['where_at']})[^，。]{{1,30}}?(?:{w['where_end']})"
                         rf"|(?:{w['answering_time']})[^，。“”]{{1,30}}?时)$"),
        asker_noun=re.compile(rf"(?:{w['asker_noun']})(?P<x>[^，。；、的]{{2,12}}?)(?=的|[，。；]|$)"),
        # ("第二个举手的，是委员X": an ordinal may open it)
        asker_lead=re.compile(rf"(?:第[一二三四五六七八九十\d]{{1,3}}[个位])?(?:{w['asker_noun']}|{w['asker_said']})，?[是为]"
                              rf"|(?:{w['asker_from']})"),
        question_from=re.compile(rf"^[^，。；：:“”！？]{{0,8}}?(?:{w['question_from']})"),
        name_tails=frozenset(words["name_tail"]),
        congress_word=re.compile(rf"{w['congress_word']}|(?<!政协)(?:{w['member_word']})(?!会)"),
        member_words=frozenset(words["member_word"]),
        counted=re.compile(rf"(?:{w['counted_asker']})(?P<seat>{w['member_word']})?[，,]?(?:{w['counted_link']})"
                           rf"(?:一[位名][^，。；“”]{{0,6}}?(?P<seat2>{w['member_word']})[，,][他她](?:{w['counted_link']}))?"
                           rf"(?P<who>[^，。；！？“”（(]{{2,30}}?)(?=[，。；！？（(]|$)"),
        thrown_to=re.compile(rf"[^。！？；]{{0,12}}?(?P<v>{w['thrown_to']})了?(?P<x>[^，。；！？“”]{{2,24}}?)(?=[，。；！？]|$)"),
        # ("委员X抛出的问题涉及两个部门": the question the member put, described)
        thrown_out=re.compile(rf"[^，。；！？“”]{{0,8}}?(?:{w['thrown_out']})"
                              rf"(?:了?[^，。；！？“”]{{0,8}}?问题(?=[，。；！？]|$)|的问题)"),
        # "X局作为牵头部门，是如何…": the office's part may stand between it and the question.
        put_to_office=re.compile(rf"(?:作为[^，,。？?“”]{{1,20}}[，,])?(?:(?:{w['office_scope']})[^。？?！]{{1,40}}?[，,]?)?"
                                 rf"(?:{w['office_adverb']})*(?:{w['office_asks']})"),
        cue_suffix=re.compile(w["cue_suffix"]),
        leads=re.compile(w["leads"]),
        role_office=re.compile(rf"作为(?:(?P<office>[^，,。？?“”‘’]{{2,12}}?(?:{w['role_office']}))"
                               rf"|[^，,。？?“”]{{2,24}}的(?P<zone>[^，,。？?“”的]{{2,16}}?(?:{w['zone_word']})))[，,]"
                               rf"(?=[^。？?]{{0,30}}?(?:{w['office_asks']}))"),
        asked_office=re.compile(rf"(?:{w['asked_office']})的?(?:相关|有关)?负责"),
        such_questions=re.compile(rf"(?:{w['such_as']})[^，。；！？“”]{{0,12}}?(?:{asked})"),
        asks_whom_words=tuple(words["asks_whom"]),
        # The cue word, then a clause with an interrogative word (如何, 是否 …) up to the comma.
        # ("追问摊位费会不会“水涨船高”。": quoted words after the interrogative; "询问…的落实情况。":
        # what is asked about named by a noun closing the clause)
        # ("委员X询问城区停车。": a topic_asks cue may take the topic alone, see speech_links.tsv)
        indirect_asks=re.compile(rf"(?P<ind>(?:{w['topic_asks']})(?!{w['not_whom']})"
                                 rf"(?=[^，。；：:“”！？?\s]{{2,30}}?(?:。|[，,](?=[^，。；！？“”]{{0,30}}?(?:{w['topic_answer']}))))"
                                 # ("委员X追问水质检测频次问题，认为…": the problem asked about, whatever follows)
                                 rf"|(?:{w['problem_asks']})(?!{w['not_whom']})"
                                 rf"(?=[^，。；：:“”！？?\s]{{2,30}}?(?:{w['problem_noun']})[，,。；])"
                                 rf"|(?:{w['asks_whom']})(?!{w['not_whom']})"
                                 # ("委员X询问如何发展…，": the interrogative word may open the clause)
                                 rf"(?=(?:[^，。；：:“”！？?\s][^，。；：:！？?\s]{{1,30}}?)?(?:{w['indirect_word']})"
                                 rf"(?:[^，。；：:“”！？?]|“[^，。；：:“”！？?]{{1,10}}”){{0,40}}[，,。；]"
                                 rf"|[^，。；：:“”！？?\s][^，。；：:“”！？?\s]{{1,40}}?(?:{w['indirect_noun']})[，,。；]))"),
        proposes=re.compile(w["proposes"]),
        proposal_noun=re.compile(w["proposal_noun"]),
        worker=re.compile(rf"(?:[^，。；：:“”！？的]{{0,8}}的)?(?P<post>[^，。；：:“”！？的]{{0,6}}(?:{w['worker']}))"),
        introduced=re.compile(rf"向(?P<whom>[^，。；：:“”！？?\s]{{2,20}}?)(?:{w['introduced_asker']})"
                              rf"(?P<head>[^，。；：:“”！？?\s]{{3,30}}?)[，。；]"),
        who=re.compile(rf"(?:{w['who_asked']})(?P<a>[^，。；]{{2,30}})[，；](?:{w['who_answered']})(?P<b>[^，。；]{{2,30}})[。，；]"
                       rf"|(?:{w['dialogue_this']})(?P<a2>[^，。；]{{2,40}}?)，?(?:{w['dialogue_with']})(?P<b2>[^，。；]{{2,30}}?)"
                       rf"的(?:{w['dialogue_count']})?(?:{w['dialogue']})"
                       # ("回答的是局长Y，发问的是委员X": the one who answered named first)
                       rf"|(?<![这那此该])(?:{w['who_answered']})(?P<b3>[^，。；]{{2,30}})[，；](?:{w['who_asked']})(?P<a3>[^，。；]{{2,30}})[。，；\n]"),
        topic_asked=re.compile(rf"(?:{w['topic_asked']})$"),
        answering_asked=re.compile(rf"^[这此该]|(?:{w['answering_asked']})$"),
        # ("引出这句承诺的，是": what was said and 的，是 may follow the word)
        lede_answered=re.compile(rf"(?:{w['lede_answered']})(?:[^，。：；“”]{{0,6}}?的，?是)?"),
        answer_back=re.compile(rf"(?:{w['this_answer']})，?(?:{w['lede_answered']})(?:[^，。：；“”]{{0,6}}?的，?是)?"),
        question_back=re.compile(rf"(?:{w['this_question']})，?—{{1,2}}(?P<q>“[^“”\n]{{2,150}}[？?]”)—{{1,2}}[是系]"),
        told_link=re.compile(rf"(?:{w['told_link']})?"),
        interrogative=re.compile(w["indirect_word"]),
        some_member=re.compile(rf"(?:{w['some_member']})(?:{w['member_word']})"),
        seat_nouns=frozenset(words["seat_noun"]),
        # (a page that drops the report's words runs the official on to what the member did:
        # "在听取镇Y所所长Z起身提问")
        heard=re.compile(rf"(?:{w['heard_official']})(?P<who>[^，。；：“”]{{3,30}}?)(?:的[^，。；：“”]{{0,6}}?"
                         rf"(?:{w['heard_what']})(?:[后时]|之后|以后)|(?:{w['heard_then']})|$)"),
        presses_on=words["presses_on"],
        held_sitting=re.compile(rf"(?:{w['held_body']})[^，。“”]{{0,12}}?(?:{w['held_verb']})"),
        member_question=re.compile(rf"(?P<who>[^，。；：“”的]{{3,16}})的(?:{w['member_question']})(?=[，。；])"),
        goes_on=words["goes_on"],
        presses_on_asking=words["presses_on_asking"],
    )


@functools.lru_cache(maxsize=1)
def _fillers() -> tuple[str, ...]:
    out = [r.cells[0] for r in read_words("speech_fillers.txt")]
    return tuple(sorted(set(out), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _long_fillers() -> tuple[str, ...]:
    """The fillers of four characters or more ("这个问题由", "这组数字来自"): lead-ins that may
    open a phrase naming a person (a short one, 马上 or 先, may be a name's start)."""
    return tuple(f for f in _fillers() if len(f) >= 4)


@functools.lru_cache(maxsize=1)
def _tail_starts() -> frozenset[str]:
    from loaders.departments import department_table

    first = set(_speaker_words().tail_starts) | {w[0] for w in titles()} | set(surnames())
    first |= {t.full_name[0] for t in department_table()} | {a[0] for t in department_table() for a in t.aliases}
    return frozenset(first)


@functools.lru_cache(maxsize=2048)  # (a function of the cue word alone, asked several times of each cue)
def _cue_kind(cue: str) -> str:
    kinds, _ = _cues()
    if cue.startswith("的"):
        return "answer" if cue[1:].startswith(tuple(_speaker_words().de_answer)) else "question"
    for mark in "了时得的":
        if cue not in kinds and mark in cue and cue.split(mark, 1)[0] in kinds:
            return kinds[cue.split(mark, 1)[0]]  # "追问了一条提问", "作答时翻出了一张流程图", "问的是收费"
    if cue not in kinds and cue.endswith("句") and cue[:-2] in kinds:
        return kinds[cue[:-2]]  # "追问一句"
    return kinds.get(cue) or kinds.get(cue[:-1], "say")


# (remembered: a function of the phrase alone, asked of each speaker phrase and of the parts
# of one again and again; reports repeat their phrases)
@functools.lru_cache(maxsize=8192)
@functools.lru_cache(maxsize=1)
def _ethnic_seat() -> re.Pattern[str]:
    """An ethnic group (data/ethnic_groups.txt) and 族 right before a member's seat ("畲族委员")."""
    groups = alternation(sorted((r.cells[0] for r in read_words("ethnic_groups.txt")), key=len, reverse=True))
    return re.compile(rf"(?:{groups})族(?=女?(?:委员|代表|人大代表|常委会委员))")


def _strip_fillers(head: str) -> tuple[int, int]:
    """The span of ``head`` left when fillers are dropped from both ends ("率先", "首先对…").

    >>> _strip_fillers("韩立新率先")
    (0, 3)
    """
    fillers = _fillers()
    a, b = 0, len(head)
    changed = True
    while changed and b - a > 0:
        changed = False
        if (m := _links().where.search(head, a, b)) and m.start() - a >= 2:
            b, changed = m.start(), True
            continue
        if (m := _speaker_words().from_.match(head, a, b)) and b - m.end() >= 2:
            a, changed = m.end(), True  # "来自通州团的人大代表X": where the member comes from
            continue
        if "族" in head and (m := _ethnic_seat().match(head, a, b)) and b - m.end() >= 4:
            a, changed = m.end(), True  # "畲族委员X": the member's ethnic group, before the seat
            continue
        # one C-level test of all fillers first: most heads have none at either end
        for f in fillers if head.endswith(fillers, a, b) or head.startswith(fillers, a, b) else ():
            if head.endswith(f, a, b) and b - a > len(f):
                b, changed = b - len(f), True
                break
            if head.startswith(f, a, b) and b - a > len(f):
                a, changed = a + len(f), True
                break
        if b - a > 1 and head[b - 1] == "地":
            b, changed = b - 1, True
    return a, b


def _is_person(sp: Speaker) -> bool:
    return bool(sp.name or sp.department or (sp.title and sp.title not in _speaker_words().chair_titles))


class _People:
    """People the document names with a post, so that later bare mentions resolve."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self._where = Occurrences(text)  # a long report of many people: no scan of it per name
        self.by_name: dict[str, Speaker] = {}
        self.last: Speaker | None = None
        self.since = 0  # where the text after the previous attribution begins (for pronouns)
        self._looked_up: set[str] = set()
        self._posts: dict[str, list[Speaker]] | None = None  # title / department+title → people
        self.worker: Speaker | None = None  # the last one asked by post alone, unnamed
        self.office: str | None = None  # the office asked last ("该局局长" is its head)
        self._counts: dict[str, int] = {}
        self._initials: dict[str, list[str]] = {}  # first character → names of by_name with it
        self._seated: dict[str, list[Speaker]] = {}  # seat + surname → members named so in narration
        self.official: Speaker | None = None  # the official who spoke last ("局长回答" is them again)
        # members named right after a quoted question with no cue (where the quotation closed)
        self.quoted_askers: list[tuple[int, Speaker]] = []
        # What a phrase reads as depends on whom the report has named so far: the readings are
        # remembered with the count of changes to ``by_name`` they were made at (the speaker
        # phrases try the same prefixes of one phrase again and again, one parse each).
        self.version = 0
        self._readings: dict[tuple[object, str], tuple[int, Speaker | None]] = {}

    def named(self, name: str) -> Speaker | None:
        """The person called ``name``: known, or named with a post somewhere in the text
        ("交通厅副厅长沈立群几次想离席" makes a later "沈立群坦言" an official)."""
        if name not in self.by_name and len(name) >= 2:
            # "阿依努尔紧跟着问": the first part of a name of two parts joined by ·, named in full before
            whole = [n for n in self._initials.get(name[0], ()) if n.startswith(name + "·")]
            if len(whole) == 1:
                return self.by_name[whole[0]]
        if name in self.by_name or name in self._looked_up or not self.text:
            return self.by_name.get(name)
        self._looked_up.add(name)
        if not (_NAME_RX.fullmatch(name) or (len(name) <= 8 and minority_name(name))) or not may_name_speaker(name):
            # (parse_head gives long minority names too: 萨仁其其格)
            # Every name parse_head returns matches NAME: a longer head (most of those asked,
            # up to 35 characters) is found by no label, and its scan of a 1 MB file took ~0.1 ms.
            # Nor does it return a word that fails its check of names ("率先发", "委员张"): of
            # the words a speaker phrase's tries ask about, most are such pieces.
            return None
        starts = _tail_starts()
        text = self.text
        # The first mentions give the post (later ones say 他 or the bare name); looking at
        # a few keeps a long file of many sessions from scanning every mention of every name.
        # str.find, not re: a pattern per distinct name overflowed re's cache of compiled
        # patterns and recompiled thousands of them per hundred documents.
        for start in itertools.islice(self._where.starts(name), 8):
            end = start + len(name)
            # A post and the name stand in one clause: look back to its start only.
            lo = start
            while lo > 0 and start - lo < 24 and text[lo - 1] not in _HARD_STOPS:
                lo -= 1
            # ("“…？”委员X开口就问", later "X并不满意，又追问一句：": a member named once in
            # narration, by the bare seat opening the clause)
            seat = text.startswith(_speaker_words().clause_seats, lo)
            if text.startswith(leads := _long_fillers(), lo, start):
                lo += max(len(f) for f in leads if text.startswith(f, lo))  # ("这组数字来自…": a lead-in, no office)
            for k in range(lo, start):
                if text[k] not in starts and not (k == lo and seat) and not (
                        k > lo and text[k - 1] in _speaker_words().seat_agents
                        and text.startswith(_speaker_words().clause_seats, k)):
                    # ("这句话来自一位老街坊，却被委员X借了过来": the seat after a passive's agent mark)
                    continue
                label = parse_head(text[k:end])
                if label is not None and not label.bare and label.speaker.name == name:
                    self.add(label.speaker)
                    return self.by_name.get(name)
            if (sp := self._member_with_post_at(start, end)) is not None:
                return sp
        return None

    def _member_with_post_at(self, start: int, end: int) -> Speaker | None:
        """The member named at ``start`` after a seat and an outside post ("提问的是某县人大
        常委会委员、某镇果农出身的X"), the seat opening a clause or following 的是."""
        text = self.text
        if text.rfind("、", max(0, start - 30), start) < 0:
            return None  # (cheap pre-test: the seat and the post stand apart by 、)
        lo = start
        while lo > 0 and start - lo < 40 and text[lo - 1] not in _HARD_STOPS:
            lo -= 1
        if "人大" not in text[lo:start]:
            return None
        for k in [lo] + [i + 2 for i in range(lo, start - 2) if text[i:i + 2] in ("的是", "的，")]:
            sp = _member_with_post(text[k:end])
            if sp is not None and sp.name == text[start:end]:
                self.add(sp)
                return self.by_name.get(sp.name)
        return None

    def count(self, name: str) -> int:
        """``self.text.count(name)``, remembered: the speaker phrases ask it of the same few
        names again and again, each a scan of the whole text (quadratic in a long file)."""
        n = self._counts.get(name)
        if n is None:
            n = self._counts[name] = self._where.count(name)
        return n

    def asked_unnamed(self, head: str) -> Speaker | None:
        """The unnamed worker a member asked, called by a short form of the post afterwards
        ("问起常驻公司的检疫监督员：…" then "检疫员说，…")."""
        sp = self.worker
        head = _speaker_words().person_pointer.sub("", head)  # "这位负责人回答"
        if sp is None or not sp.title or len(head) < 2:
            return None
        t = sp.title
        return sp if t.endswith(head) or (head[:2] == t[:2] and head[-1] == t[-1] and len(head) < len(t)) else None

    def add(self, sp: Speaker) -> None:
        if sp.title and not (sp.name or sp.department or sp.role):
            self.worker = sp
        if sp.department and not sp.role:
            self.office = sp.department
        if sp.name and (sp.role or sp.title or sp.department):
            old = self.by_name.get(sp.name)
            if old is None or (not (old.role or old.department) and (sp.role or sp.department)):
                if old is None:
                    self._initials.setdefault(sp.name[0], []).append(sp.name)
                self.by_name[sp.name] = sp
                self.version += 1
                if self._posts is not None:
                    # kept up to date, not built again from everyone at the next lookup: a long
                    # report adds a person between lookups, and the rebuilds made it quadratic
                    if old is not None:
                        for key in _post_keys(old):
                            self._posts[key].remove(old)
                    for key in _post_keys(sp):
                        self._posts.setdefault(key, []).append(sp)

    def reading(self, read, head: str) -> Speaker | None:
        """``read(head, self)``, remembered while ``by_name`` stays as it was: ``read`` looks at
        nothing of the state but ``by_name`` (and what it derives from it). A reading that itself
        named someone new is not kept (a second call would find them known from the start)."""
        key = (read, head)
        hit = self._readings.get(key)
        if hit is not None and hit[0] == self.version:
            return hit[1]
        version = self.version
        sp = read(head, self)
        if self.version == version:
            self._readings[key] = (version, sp)
        return sp

    def by_title(self, head: str) -> Speaker | None:
        """"副市长" alone, when the document names exactly one 副市长."""
        if self._posts is None:
            self._posts = {}
            for sp in self.by_name.values():
                for key in _post_keys(sp):
                    self._posts.setdefault(key, []).append(sp)
        hits = self._posts.get(head, ())
        return hits[0] if len(hits) == 1 else None

    def _with_initial(self, surname: str) -> list[Speaker]:
        """The people whose name opens with ``surname``'s first character, in the order they were
        first named (as ``by_name``): a lookup by surname looks at those, not at everyone named
        so far, which made a long report of many people quadratic."""
        return [self.by_name[n] for n in self._initials.get(surname[:1], ())]

    def by_surname_title(self, head: str) -> Speaker | None:
        if len(head) > 10:
            return None
        known = _title_set()
        # Titles that end the head after a surname of one or two characters, longest first
        # (a set lookup per length, not a scan).
        for n in (len(head) - 1, len(head) - 2):
            if n >= 1 and (t := head[-n:]) in known:
                surname = head[: -len(t)]
                hits = [sp for sp in self._with_initial(surname) if sp.name.startswith(surname)
                        and (sp.title or "").endswith(t)]
                if len(hits) > 1:
                    # ("段云鹏没有直接作答" made a 段云 of the same office: the name cut short, no second official)
                    hits = [h for h in hits if not any(o.name != h.name and o.name.startswith(h.name)
                                                       and o.department == h.department for o in hits)]
                if len(hits) == 1:
                    return hits[0]
        # "熊委员接着追问": a member named once in full, called by surname and seat after.
        if 2 <= len(head) <= 4 and (seat := next((w for w in _speaker_words().member_seats if head.endswith(w)), None)) \
                and 1 <= len(head) - len(seat) <= 2:
            surname = head[:-len(seat)]
            # (a member of the standing committee named 常委会组成人员 is called 委员: "欧阳委员")
            hits = [sp for sp in self._with_initial(surname) if sp.name.startswith(surname)
                    and sp.role and is_congress_role(sp.role)
                    and (sp.role.endswith(seat) or seat == "委员" and sp.role.endswith("组成人员"))]
            if not hits:
                hits = self._seated_in_narration(surname, seat)
            if len(hits) == 1:
                return hits[0]
        return None

    def _seated_in_narration(self, surname: str, seat: str) -> list[Speaker]:
        """"…委员罗某某第一个把问题摆上了桌面" then "罗委员紧接着追问": the member named in
        full where no cue read the sentence, so not known yet; found where the seat stands
        right before the surname (a few mentions: a long report looks at its first ones only)."""
        key = seat + surname
        hits = self._seated.get(key)
        if hits is not None:
            return hits
        found: dict[str, Speaker] = {}
        text = self.text
        for at in itertools.islice(self._where.starts(key), 4):
            given = at + len(key)
            for n in (2, 1):  # (the longer name first: "委员罗文斌就" before "罗文")
                if n == 2 and len(surname) == 2 and text[given + 1:given + 2] == "一":
                    continue  # ("委员司马骏一开口": 一 opens 一开口, as _given_name_read)
                sp = self.named(surname + text[given:given + n])
                if sp is not None and sp.role and is_congress_role(sp.role) and sp.role.endswith(seat):
                    found[sp.name] = sp
                    break
        # "市人大常委会委员、某企业总工程师X的问题": the seat, an outside post, then the name
        for at in itertools.islice(self._where.starts(seat + "、"), 4) if not found else ():
            j = text.find(surname, at + 2, at + 32)
            lo = at
            while lo > 0 and at - lo < 24 and text[lo - 1] not in _HARD_STOPS:
                lo -= 1
            for n in (2, 1) if j > 0 else ():
                sp = _member_with_post(text[lo:j + 1 + n])
                if sp is not None and sp.name and sp.name.startswith(surname) and sp.role and sp.role.endswith(seat):
                    found[sp.name] = sp
                    self.add(sp)
                    break
        hits = self._seated[key] = list(found.values())
        return hits


def _post_keys(sp: Speaker) -> set[str]:
    """The keys :meth:`_People.by_title` finds ``sp`` by: the post, and the office with it."""
    return {sp.title, (sp.department or "") + sp.title} if sp.title else set()


@functools.lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(titles())


# No speaker phrase runs across these (parse_head refuses them).
_HARD_STOPS = frozenset("，。；？！“”\n")
_NAME_RX = re.compile(NAME)  # what parse_head accepts as a name (its name groups are NAME)


@dataclass(frozen=True)
class _Head:
    speaker: Speaker
    addressee: Speaker | None = None
    topic: tuple[int, int] | None = None  # "X围绕Y提出问题": Y, the question in indirect speech
    others: tuple[Speaker, ...] = ()  # several offices answering together


_POST_NAME = re.compile(r"(?P<post>副?[\u4e00-\u9fff]长)(?P<name>[\u4e00-\u9fff]{2,3})")


@functools.lru_cache(maxsize=1)
def _noun_cue_leads() -> dict[str, frozenset[str]]:
    """Cue → the words right before it that make it a noun (data/speech_noun_cues.tsv: 专题询问,
    高度关注). Both two characters: :func:`_noun_cue` reads two."""
    leads: dict[str, set[str]] = {}
    for r in read_tsv("speech_noun_cues.tsv", ("cue", "lead")):
        if len(r.cells[0]) != 2 or len(r.cells[1]) != 2:
            raise r.error("cue and lead must be two characters each")
        leads.setdefault(r.cells[0], set()).add(r.cells[1])
    return {cue: frozenset(ws) for cue, ws in leads.items()}


def _noun_cue(text: str, lb: int, cue: int) -> bool:
    """Whether the cue word at ``cue`` is a noun by the word right before it (开展专题询问,
    社会各界对…高度关注: data/speech_noun_cues.tsv), the phrase ``text[lb:cue]`` ending in that
    word (and longer than it), and no speech follows it (a colon or a quotation after it is still
    read: "委员X高度关注：“…？”")."""
    # (the phrase before such a cue names the body holding the inquiry or those paying attention,
    # nobody who speaks; reading it cost ~5 % of a generated report's reading: 0.2-0.7 ms a phrase,
    # it runs to the sentence start and is tried split at each 对, 就 … and at each tail)
    return (cue - lb > 2 and (leads := _noun_cue_leads().get(text[cue:cue + 2])) is not None
            and text[cue - 2:cue] in leads and text[cue + 2:cue + 3] not in _SPEECH_OPENS)


_SPEECH_OPENS = frozenset("：:“「")


def _parse_speaker(text: str, lb: int, rb: int, people: _People) -> _Head | None:
    """Who speaks in ``text[lb:rb]``, the phrase right before a cue."""
    if _noun_cue(text, lb, rb):
        return None
    if text[rb - 1:rb] == "）" and (q := text.rfind("（", max(lb, rb - 7), rb - 1)) > lb + 2:
        rb = q  # "某海关副关长X（列席）答复称": a note on the speaker's presence, after the name
    a, b = _strip_fillers(text[lb:rb])
    if lb + b < rb and (whole := people.named(text[lb + a:rb])) is not None and whole.name == text[lb + a:rb]:
        return _Head(whole)  # "沙马拉则回应": a name the report gives in full ends in a filler's character (则)
    head = text[lb + a:lb + b]
    if not head:
        return None
    if head in _speaker_words().pronouns:
        # "市人大代表X十分关注…，他马上提问": the person named last before the pronoun
        # (since the previous attribution), else the previous speaker.
        sp = _mentioned_person(text, people.since, lb + a) or _named_bare(text, people.since, lb + a, people) or people.last
        if sp is not None and sp.name in surnames() and sp.role and len(sp.role) <= 2 \
                and (full := people.by_surname_title(sp.name + sp.role)) is not None:
            sp = full  # "欧阳委员并不满足。她追问：" after "委员欧阳兰芳…": the member named in full
        return _Head(sp) if sp else None
    if (sp := people.official) is not None and sp.title == head and (sp.name or sp.department):
        # "区住建局局长表示，…。委员X又问，…？局长回答，…": a post alone, the official who
        # spoke last with it (of several 局长 the attendee list names, the one answering).
        return _Head(sp)
    if known := people.named(head) or people.by_surname_title(head) or people.by_title(head) \
            or people.asked_unnamed(head):
        return _Head(known)
    if (m := _speaker_words().that_office_lead.match(head)) and people.office and (
            sp := _whole_speaker(people.office + head[m.end():], people)) is not None and sp.department:
        return _Head(sp)  # "委员X问市住建局：“…？”该局局长Y回应": the office just asked
    if (tn := _POST_NAME.fullmatch(head)) and tn["post"][-1] == "长" \
            and (office := _office_thrown_before(text, lb + a) or people.office) \
            and (office.endswith(tn["post"][:-1]) and not tn["post"].startswith("副") or
                 tn["post"].startswith("副") and office.endswith(tn["post"][1:-1])) \
            and _surname_first(tn["name"]) and not not_a_name(tn["name"]):
        # "代表X问镇市场监管所：…？所长丁向阳答道": the post of the office just asked, and the name;
        # "委员X把问题抛给市金融工作局。局长Y介绍": the office the question was put to
        return _Head(Speaker(name=tn["name"], title=tn["post"], department=office))
    if "代表" in head and (behalf := _on_behalf(head, people)) is not None:
        return _Head(behalf)
    # "委员X向市工信局局长Y提问", "X针对林业局提出的问题", "X围绕彩礼治理提出问题".
    for m in _links().split.finditer(head):
        if m.start() < 2 or len(head) - m.end() < 1:
            continue
        if m.group(0) in surnames() and (whole := _whole_speaker(head, people)) is not None \
                and whole.name and head.endswith(whole.name) and len(head) - len(whole.name) == m.start():
            continue  # "市人大常委会委员向红英": 向 starts the name, it is no "toward"
        if m.group(0) in surnames() and (several := _several_officials(head, people)):
            # "A局局长向某和B局局长Y先后作答": 向 opens the first official's name, no "toward"
            return _Head(several[0], others=tuple(several[1:]))
        if m.group(0) in surnames() and (named := _seated_surname_split(head, m.start(), people)) is not None:
            # "来自某村的代表向某某就把…摆上了台面": 向 opens a name the report uses again, no "toward"
            return _Head(named)
        if m.start() >= 3 and head[m.start() - 1] in surnames() and len(head) - m.end() <= 1 \
                and (head[:m.start() - 1].endswith(titles()) or is_congress_role(head[:m.start() - 1])):
            continue  # "所长丁向阳", "代表叶向东": 向 inside the name after a post or seat, no "toward"
        left = head[:m.start()]
        la, lb_ = _strip_fillers(left)
        sp = None
        # "市人大代表X和Y分别就…提出了问题": several members, one question each.
        others: tuple[Speaker, ...] = ()
        if several := _several_askers(left[la:lb_], people):
            sp, others = several[0], tuple(several[1:])
        elif group := _group_asker(left[la:lb_]):
            sp = group
        elif member := _member_with_post(left[la:lb_]):
            sp = member  # "市人大代表、某镇茶农X就…提出询问" (the seat alone would start the phrase)
        # The longest start of the phrase that is a speaker: "代表徐迎春指着屏幕上的图片向…".
        for e in range(lb_, la + 1, -1) if sp is None else ():
            sp = _whole_speaker(left[la:e], people)
            if sp is not None and (sp.role or sp.department or (sp.name and people.named(sp.name))):
                break
            sp = None
        if sp is None:
            continue
        right = head[m.end():]
        ra, rb_ = _strip_fillers(right)
        other = _whole_speaker(right[ra:rb_], people) if m.group(0) in _speaker_words().toward_whom else None
        if other is not None:
            return _Head(sp, addressee=other, others=others)
        t0 = lb + a + m.end() + ra
        return _Head(sp, topic=(t0, lb + a + m.end() + rb_), others=others)
    if "、" in head and (first := _first_of_two_posts(head)) is not None:
        return _Head(first)
    # ("县发展和改革局（县粮食和物资储备局）局长X": one office named twice, one official)
    if not ("（" in head and office_named_twice(head)) and (several := _several_offices(head) or _several_officials(head, people)):
        # (before the label grammar, whose office may hold 和)
        return _Head(several[0], others=tuple(several[1:]))
    if group := _group_asker(head):
        return _Head(group)
    sp = _whole_speaker(head, people)
    if sp is not None:
        return _Head(sp)
    if (m := _OFFICE_OF().fullmatch(head)) and _is_department(m["dept"]):
        # "市公安局接受咨询的领导", "区民政局接待咨询的工作人员": an office's official, described.
        return _Head(Speaker(department=m["dept"], title=m["title"]))
    if several := _several_offices(head) or _several_askers(head, people):
        return _Head(several[0], others=tuple(several[1:]))
    if (sp := _member_with_post(head)) is not None:
        return _Head(sp)
    de = head.find("的") if "人大" in head else -1  # (cheap pre-test: the seat names 人大)
    while 0 <= de < len(head) - 6:
        # "最后一个发言的区人大代表、某镇的茶农X": a lead ending in 的 before the seat and post
        if (sp := _member_with_post(head[de + 1:])) is not None:
            return _Head(sp)
        de = head.find("的", de + 1)
    if (sp := _described_member(head, people)) is not None:
        return _Head(sp)
    if head in _speaker_words().office_words:
        return _Head(Speaker(department=head))  # "检方答复称，…": the office answers, unnamed
    # The longest tail of the phrase that is a speaker ("会议现场市人大代表X" → "市人大代表X").
    for k in _tail_tries(head):
        sp = _label_speaker(head[k:], people)
        if sp is not None:
            return _Head(sp)
    return None


_PRESSING_MANNER_MAX = 6  # "何委员并不满足，追问：": the few characters of how the member took the answer


def _pressing_subject(text: str, s0: int, e: int, found: list[_Cue], people: _People,
                      presses: bool = False) -> Speaker | None:
    """The member of a clause "X没有就此打住" (a follow_manner) before the cue's clause, X a
    pronoun (the member who asked last) or a surname and seat ("陈委员": the member named in
    full before); None when the clause says no such thing. ``presses``: the cue itself says
    追问, and any short manner after X will do ("何委员并不满足，追问：", "她意犹未尽，追问道")."""
    words = _speaker_words()
    manner = next((w for w in words.follow_manner if text.endswith(w, s0, e)), None)
    if manner is None and presses:
        for n in (4, 3, 2, 1):
            subj = text[s0:s0 + n]
            if 0 < e - s0 - n <= _PRESSING_MANNER_MAX and not any(ch in "，,；：“”" for ch in text[s0 + n:e]) \
                    and (subj in words.one_char_pronouns if n == 1 else people.by_surname_title(subj) is not None):
                manner = text[s0 + n:e]
                break
    if manner is None:
        return None
    subj = text[s0:e - len(manner)]
    if subj in words.one_char_pronouns:
        asked = next((f for f in reversed(found) if f.kind in ("question", "follow_up")
                      and f.speaker.name and f.speaker.role and is_congress_role(f.speaker.role)), None)
        # ("委员X第一个举手。她…“…？”" with no cue, then "她没有就此打住，追问道": the member a
        # sentence opened with since the last member's cue, the next sentence opening with a pronoun)
        introduced = _introduced_member(text, asked.cue_end if asked else 0, s0, people)
        return introduced or (asked.speaker if asked else None)
    sp = people.by_surname_title(subj) if 2 <= len(subj) <= 4 else None
    return sp if sp is not None and sp.role and is_congress_role(sp.role) else None


_INTRODUCED_SCAN = 800  # how far back a member introduced without a cue is looked for


def _introduced_member(text: str, lo: int, hi: int, people: _People) -> Speaker | None:
    """The member (named, not the chair) opening the last sentence of ``text[lo:hi]`` whose next
    sentence opens with a pronoun, outside quotations ("委员X第一个举手。她在…发现，…"): a
    member introduced so asks with no cue word, the pronoun standing for them after."""
    lo = max(lo, hi - _INTRODUCED_SCAN)
    pronouns = _speaker_words().one_char_pronouns
    quoted = _quoted_spans(text, lo, hi)
    starts = [i + 1 for i in range(lo, hi - 1) if text[i] in "。！？\n" and text[i + 1] in pronouns
              and not _inside(quoted, i)]
    for s1 in reversed(starts):
        s0 = max(lo, _clause_start(text, lo, s1 - 1, "。！？\n"))
        if _inside(quoted, s0):
            continue
        sp = _member_opening(text, s0, people)
        if sp is not None:
            return sp
    return None


def _on_behalf(head: str, people: _People) -> Speaker | None:
    """"副县长X代表县政府作了回答": an official named with a post answering on behalf of an
    office, the office theirs (not the office alone, unnamed); None when the phrase before 代表
    is no named official (a seat: "市人大代表X")."""
    i = head.rfind("代表")
    left, right = head[:i], head[i + 2:]
    if not left or not right or not _is_department(right):
        return None
    sp = _whole_speaker(left, people)
    if sp is None or not sp.name or not sp.title or sp.role or left[-len(sp.name):] != sp.name:
        return None
    return dataclasses.replace(sp, department=sp.department or right)


def _member_after_open_quote(text: str, span: tuple[int, int], out: list[Utterance],
                             people: _People) -> tuple[str, Speaker, tuple[int, int]] | None:
    """The kind, member and quotation of "“…？”X忍不住插话。" ending the question ``span`` left
    open before an answer: the member opening the clause right after the last quoted question
    asked it; a 追问 when cutting in (a cut_in word) on the official whose answer came last."""
    asks = [q for q in _quoted_spans(text, *span) if re.search(r"[？?]", text[q[0]:q[1]])]
    if not asks or (sp := _member_opening(text, asks[-1][1], people)) is None:
        return None
    a, b = asks[-1]
    clause = text[b:_clause_end(text, b, min(len(text), b + 40), "。！？\n“")]
    cut_in = (any(w in clause for w in _speaker_words().cut_ins) and bool(out) and out[-1].kind == "answer"
              and not any(t in text[out[-1].end:a] for t in titles()))
    return ("follow_up" if cut_in else "question"), sp, (a, b)


def _one_official_since_question(found: list[_Cue]) -> bool:
    """Whether the cues since the last question are one official's answers: a member who cuts in
    then cuts in on that question's answer (after another official took the word, on theirs)."""
    q = next((i for i in range(len(found) - 1, -1, -1) if found[i].kind in ("question", "follow_up")), None)
    since = found[q + 1:] if q is not None else []
    return bool(since) and all(f.kind in ("answer", "say") and f.speaker.name == since[0].speaker.name
                               and f.speaker.department == since[0].speaker.department for f in since)


def _described_member(head: str, people: _People) -> Speaker | None:
    """A member named by seat and name after what they do or where they come from, with no
    congress before the seat ("来自某村的养殖户代表X", "在县城经营一家汽修厂的代表Y", "种粮大户代表Z"):
    the seat and name right after an occupation (member_occupation of speaker_words.tsv) or a
    lead ending in 的. Tails do not start at a bare seat word (a 政协委员 is no member), so
    only these two may stand before one; an occupation and a seat that name a delegate of
    citizens (村民代表) are none."""
    words = _speaker_words()
    if not any(seat in head for seat in words.member_seats):
        return None  # (most phrases hold no seat word: no cut is tried)
    cuts = {i + 1 for i, ch in enumerate(head) if ch == "的"}
    cuts |= {i + len(w) for w in words.member_occupations if len(w) > 1 for i in _find_all(head, w)}
    for k in sorted(cuts):
        if not head.startswith(words.member_seats, k) or head[:k + 2].endswith(words.citizen_delegates):
            continue
        sp = _label_speaker(head[k:], people)
        if sp is not None and sp.name and sp.role and is_congress_role(sp.role):
            return sp
    return None


def _find_all(s: str, w: str) -> list[int]:
    """Where ``w`` occurs in ``s``."""
    out, i = [], s.find(w)
    while i >= 0:
        out.append(i)
        i = s.find(w, i + 1)
    return out


@functools.lru_cache(maxsize=8192)
def _tail_tries(head: str) -> tuple[int, ...]:
    """Where the tails of ``head`` that :func:`_label_speaker` may read as a speaker start, in
    order: tails that can start one (a place, a post, a surname, inside no word a name never
    holds) and that the label grammar reads as a person (a bare name is then looked up in the
    report), up to the first that reads so whoever the report names. A function of the phrase
    alone, remembered: most cues in a report are no attribution and reports repeat their phrases
    ("社会各界对…高度关注" before each question); each try of a tail was a reading and a parse."""
    starts = _tail_starts()
    out = []
    for k in range(1, max(1, len(head) - 1)):
        if head[k] not in starts or splits_not_name_word(head, k):
            continue
        sp, bare = _label_reading(head[k:])
        if sp is not None:
            out.append(k)
            if not bare:
                break  # (_label_speaker gives this tail's speaker: no later tail is tried)
    return tuple(out)


def _member_with_post(head: str) -> Speaker | None:
    """The member named after a seat and an outside post ("市人大代表、某公司董事长X"):
    the longest name after a post that parses with the seat as its role."""
    m = _speaker_words().member_then_post.fullmatch(head)
    if m is None:
        return None
    rest = m["rest"]
    # the name follows the last title word (data/titles.tsv) of the post, or the last word of
    # an occupation or a firm's post that no official holds ("烧锅镇农民X", "某公司财务总监X")
    ends = [i + len(t) for t in titles() for i in [rest.rfind(t)] if i >= 1]
    ends += [i + len(t) for t in _speaker_words().member_occupations for i in [rest.rfind(t)] if i >= 0]
    # or where the member comes from, ending in 的 ("区人大代表、洋北街道的X")
    ends += [i + 1 for i in [rest.rfind("的")] if i >= 2]
    if not ends:
        return None
    name = rest[max(ends):]
    if not (2 <= len(name) <= 4 or "·" in name) or not_a_name(name):
        return None
    lab = parse_head(m["role"] + name)
    return lab.speaker if lab is not None and lab.speaker.name == name else None


def _clause_start(text: str, lo: int, hi: int, marks: str) -> int:
    """Where the clause ending at ``hi`` opens: just after the last of ``marks`` in
    ``text[lo:hi]``, else ``lo`` (``lo`` is a text position, not negative)."""
    return max(lo, *(text.rfind(p, lo, hi) + 1 for p in marks))


def _clause_end(text: str, b: int, hi: int, marks: str) -> int:
    """Where the clause opening at ``b`` ends: the first of ``marks`` in ``text[b:hi]``, else
    ``hi`` (at most the text's end). Bounded by ``hi``, so a mark missing from the rest of a long
    report costs no scan to its end."""
    hi = min(len(text), hi)
    return min((i for i in (text.find(p, b, hi) for p in marks) if i >= 0), default=hi)


def _clause_speaker(text: str, a: int, cue: int, people: _People) -> tuple[int, _Head] | None:
    """An official opening a clause of the cue's sentence, then 从/就/围绕/针对… what the
    answer covered up to the cue: (where the speaker begins, the speaker with that topic)."""
    s0 = _clause_start(text, max(a, cue - 200), cue, "。！？")
    while s0 < cue and text[s0] in "”」":
        s0 += 1  # ("“…？”严明一时语塞，…表示": the sentence opens after the quotation's close)
    starts = [s0] + [i + 1 for i in range(s0, cue) if text[i] in "，,；"]
    for k in starts:
        m = _links().topic_split.search(text, k + 2, min(cue, k + 30))
        if m is None or any(ch in "，,；“”" for ch in text[k:m.start()]):
            continue
        sp = _whole_speaker(text[k:m.start()], people)
        if sp is not None and (sp.department or sp.title) and not sp.role:
            # (what the answer covered: 从/就/围绕 …; 结合 names what it drew on)
            return k, _Head(sp, topic=None if m.group(0) == "结合" else (m.end(), cue))
    if len(starts) >= 2 and text.startswith(_speaker_words().clause_on, starts[-1]):
        # "Y局负责人在听取问题后，将政策作了介绍，并表示…": the cue's clause goes on with the
        # sentence's subject, the official opening it.
        head = _parse_speaker(text, s0, starts[1] - 1, people)
        k = s0
        if head is None and (led := _links().leads.search(text, starts[-2], starts[-1] - 1)):
            # "会上，副市长X率30个部门负责人到会应询，还回答了…": the official leading the others
            k, head = starts[-2], _parse_speaker(text, starts[-2], led.start(), people)
        if head is not None and head.speaker.title and not head.speaker.role:
            return k, _Head(head.speaker, others=head.others)
    if len(starts) >= 2:
        # "A局和B办负责人毫不回避，对代表所提问题一一回应": the clause before the cue's is
        # the speaker and a manner.
        k, k2 = starts[-2], starts[-1]
        clause = text[k2:cue]
        if "、" in clause and (clause.endswith("等") or any(
                w.end() == len(clause) for w in _speaker_words().attending.finditer(clause))):
            return None  # "副市长X，A局局长Y、B局局长Z等到会应询": officials listed attending, no manner
        head = _parse_speaker(text, k, k2 - 1, people)
        if head is not None and head.speaker.title and not head.speaker.role:
            return k, _Head(head.speaker, others=head.others)
        if head is None and text[k2:cue].strip() in _fillers() + ("",):
            # "Y局局长X一时语塞，随后表示": the official, then how they took the question; the
            # longest start of the clause that is an official speaks.
            for e in range(min(k2 - 1, k + 30), k + 1, -1):  # (down to a two-character name)
                sp = _named_speaker(text[k:e], people)
                if sp is not None and sp.name and not sp.title and (known := people.named(sp.name)) is not None:
                    sp = known  # ("熊伟一时语塞": the official named in full before, by the name alone)
                if sp is not None and sp.name and sp.title and not sp.role:
                    return k, _Head(sp)
    return None


@functools.lru_cache(maxsize=1)
def _OFFICE_OF() -> re.Pattern[str]:
    title = "|".join(map(re.escape, sorted({*titles(), *_speaker_words().office_staff}, key=len, reverse=True)))
    from loaders.departments import office_endings

    return re.compile(rf"(?P<dept>[^，。“”的]{{2,20}}?(?:{alternation(office_endings()['office'])}))"
                      rf"[^，。“”、]{{1,14}}的(?:相关|有关)?(?P<title>{title})")


_JOINED = re.compile(r"、|和|及|与")


def _several_offices(head: str) -> list[Speaker]:
    """"市农牧业局、农工办、商务局的负责人": one speaker per office, all of the same post."""
    m = _speaker_words().offices_head.fullmatch(head) if ("负责" in head or "领导" in head) and _JOINED.search(head) else None
    if not m:
        return []
    parts = [p for p in _JOINED.split(m["offices"]) if p]
    if len(parts) < 2 or not all(_is_department(p) for p in parts):
        return []
    return [Speaker(department=p, title=m["title"]) for p in parts]


def _first_of_two_posts(head: str) -> Speaker | None:
    """"县发改局局长、县粮食和物资储备局局长X说": one official holding the posts of two offices
    answers for the first, when it is a department of a field (the label grammar's reading,
    turns._first_office); after a government's own post (市政府副秘书长、市住建局局长X) the
    office named last answers, as the several officials' reading has it."""
    lab = parse_head(head)
    sp = lab.speaker if lab is not None and lab.kind == "answer" else None
    if sp is None or not sp.name or not sp.department or "、" not in (sp.title or "") or sp.role:
        return None
    return sp


def _several_officials(head: str, people: _People) -> list[Speaker]:
    """"市人社局局长聂春华和市财政局副局长卢红（分别作了回答）", "A局局长X、B院院长Y先后作答":
    officials, each named with a post of their own, answering one question together."""
    if not _JOINERS.search(head):
        return []
    # (、 also joins one official's posts, "党组书记、局长X": then a part names nobody;
    # 和 also stands inside office names, "市发展和改革委员会": 、 alone is tried first)
    for joiner in ("、", r"和|及|与|、"):
        parts = _split_outside_offices(head, joiner, people)
        if len(parts) < 2:
            continue
        # where each part ends in the head (the mark after it joins it to the next)
        ends, pos = [], 0
        for p in parts:
            pos = head.find(p, pos) + len(p)
            ends.append(pos)
        out = []
        for i, p in enumerate(parts):
            sp = _whole_speaker(p, people) or (_titled_known(p, people) if out else None)
            if (sp is not None and not sp.name and head.startswith("、", ends[i]) and i + 1 < len(parts)
                    and sp.title and sp.department
                    and (nxt := _whole_speaker(parts[i + 1], people)) is not None and nxt.name and nxt.title):
                # "市政府副秘书长、市住建局局长X作答": the posts of one official, the name after
                # the last of them (the office that answers is the last one's)
                continue
            if (sp is not None and not sp.name and (out or joiner != "、") and sp.title and not sp.role
                    and (sp.department and _is_department(sp.department) or not out and _leads_government(sp))):
                # "街道办事处主任X和区城管执法局局长共同回答了…", "经济发展局局长和管委会副主任先后
                # 作答": officials named by office and post only (the attendee list or the report
                # gives the names, with what they said); "副市长和…管委会主任Y": a government's
                # leader by post alone, first
                out.append(sp)
                continue
            if sp is None or not sp.name or not (sp.title or sp.department) or (sp.role and is_congress_role(sp.role)):
                if (out and i == len(parts) - 1 and joiner != "、" and not out[0].name
                        and not _speaker_words().offices_counted.search(p)
                        and not _one_named(head, people)):
                    return out  # (the last one's post unread, "…和管委会副主任": the first answers still)
                break
            out.append(sp)
        else:
            return out
    return []


def _one_named(head: str, people: _People) -> bool:
    """Whether ``head`` names one official whose name opens with a joining word ("省农业农村厅
    厅长和建国": 和 the surname, no second official)."""
    sp = _whole_speaker(head, people)
    return sp is not None and bool(sp.name) and sp.name[0] in "和及与"


# The marks that join officials' phrases (compiled once: re's module functions look the pattern up per call).
_JOINERS = re.compile(r"和|及|与|、")


def _split_outside_offices(head: str, joiner: str, people: _People) -> list[str]:
    """The parts of ``head`` between ``joiner`` marks, except a 和 or 与 inside an office's
    name: "市科学技术局局长X和市工业和信息化局局长Y" is two officials, not three parts. An
    office the finder does not know keeps its 和 when the part before it reads as nobody and
    the two read as one ("X和镇城建和水利办主任Y": 镇城建 is no one, 镇城建和水利办主任Y is)."""
    if joiner == "、":
        return [p for p in head.split("、") if p]

    inside = [(a, b) for a, b, _ in find_departments(head)]
    pieces, last = [], 0  # [part, the joiner after it]
    for m in (_JOINERS.finditer(head) if joiner == _JOINERS.pattern else re.finditer(joiner, head)):
        if not any(a <= m.start() < b for a, b in inside):
            pieces.append([head[last:m.start()], m.group(0)])
            last = m.end()
    pieces.append([head[last:], ""])
    i = 0
    while i < len(pieces) - 1:
        part, mark = pieces[i]
        merged = part + mark + pieces[i + 1][0]
        if part and _whole_speaker(part, people) is None and _whole_speaker(merged, people) is not None:
            pieces[i:i + 2] = [[merged, pieces[i + 1][1]]]
        else:
            i += 1
    return [p for p, _ in pieces if p]


def _leads_government(sp: Speaker) -> bool:
    """A government's leader named by post alone (副市长), no office given."""
    from loaders.departments import leader_office

    return not sp.department and leader_office(sp.title) is not None


def _titled_known(part: str, people: _People) -> Speaker | None:
    """"副主席马少华" after "自治区卫健委主任丁建军和": a post (one the label grammar leaves
    open, 副主席 is a congress seat too) and the name of an official the report names with an
    office of theirs elsewhere."""
    for n in (3, 2, 4):
        if len(part) > n and (sp := people.named(part[-n:])) is not None and sp.department and not sp.role:
            post = part[:-n]
            # the post alone, or the end of the office the report names with it and the post
            # ("管委会副主任周立新" for the 园区管委会副主任 of the attendee list)
            if post in _title_set() or (sp.title and post.endswith(sp.title) and len(post) > len(sp.title)
                                        and sp.department.endswith(post[:-len(sp.title)])):
                return sp
    return None


def _several_askers(head: str, people: _People) -> list[Speaker]:
    """"市人大代表易敬恒和沈军（分别）": members asking one after the other; a bare name
    after the first takes the first one's role."""
    if not _JOINED.search(head):
        return []
    parts = [p for p in _JOINED.split(head) if p]
    if "、" in head and len(whole := [p for p in re.split(r"和|及|与", head) if p]) >= 2:
        # "县人大代表、县妇联副主席X和县人大代表、城关镇干部Y": each asker with posts of their own
        # (、 joins one person's posts; a post the grammar lacks still ends in the name)
        found = [_whole_speaker(p, people) or _name_ending(p) for p in whole]
        if all(sp is not None and sp.name for sp in found) and found[0].role and is_congress_role(found[0].role):
            return [found[0]] + [Speaker(name=sp.name, role=sp.role or found[0].role) for sp in found[1:]]
    if len(parts) < 2:
        return []
    first = _whole_speaker(parts[0], people)
    if first is None or not first.name or not (first.role and is_congress_role(first.role)):
        return []
    out = [first]
    for p in parts[1:]:
        sp = _whole_speaker(p, people)
        if sp is None and 2 <= len(p) <= 3 and _surname_first(p) and not not_a_name(p):
            sp = Speaker(name=p, role=first.role)
        if sp is None or not sp.name or (sp.role and not is_congress_role(sp.role)) or (sp.title and not sp.role):
            return []
        out.append(sp)
    return out


@functools.lru_cache(maxsize=1)
def _group_words() -> tuple[str, ...]:
    return tuple(sorted({r.cells[0] for r in read_words("speech_groups.txt")}, key=len, reverse=True))


_COUNTED = re.compile(r"等(?:[\d一二三四五六七八九十几多]+(?:名|位|个))?")


def _group_asker(head: str) -> Speaker | None:
    """Members asking together: "与会代表", "委员们", "覃海燕、陆志刚等代表", "张三等3名市人大代表".
    A list of names speaks as its first name (one question, asked jointly); a group with
    no names is a congress role without a name."""
    rest = head.removesuffix("们")
    plural = rest != head
    if not plural and "等" not in rest and not rest.startswith(_group_words()):
        return None  # (most speaker phrases: no group word at all)
    names: list[str] = []
    if (m := _COUNTED.search(rest)) and m.start() >= 2:
        names = [p for p in re.split(r"、|和|与|及", rest[:m.start()]) if p]
        rest = rest[m.end():]
    prefix = next((w for w in _group_words() if rest.startswith(w)), "")
    rest = rest[len(prefix):]
    if not rest or not (names or prefix or plural):
        return None
    label = parse_head(rest)
    if label is None or label.speaker.name or not label.speaker.role or not is_congress_role(label.speaker.role):
        return None
    role = label.speaker.role
    if not names:
        return Speaker(role=role)
    if not all(2 <= len(n) <= 4 and _surname_first(n) and not not_a_name(n) for n in names):
        return None
    return Speaker(name=names[0], role=role)


def _speaker_then_manner(head: str, people: _People) -> _Head | None:
    """"市海洋局局长邓立新没有回避", "委员X语气急切": the longest start of the phrase that
    names someone with a post, then a few words of manner (no more than twelve: "把话筒递向市卫健委")."""
    found = []
    if (m := _speaker_words().from_.match(head)) and len(head) - m.end() >= 4:
        head = head[m.end():]  # "来自企业一线的市人大代表X率先“开炮”": where the member comes from
    for e in range(len(head), max(1, len(head) - 13), -1):
        # (a shorter start must name someone: the manner follows the name)
        sp = _whole_speaker(head, people) if e == len(head) else _named_speaker(head[:e], people)
        # ("来自某村的养殖户代表X第一个发言：": a member named after their work)
        sp = sp or _described_member(head[:e], people)
        if sp is not None and (sp.role or sp.title or sp.department) and (sp.name or e == len(head)):
            if sp.name and e < len(head) and _cue_word_at(head, e - 1):
                continue  # "委员王涛关注城中村：": the name's last character would open the cue (关注)
            if sp.name and swallowed_next_word(sp.name, head[e:], people.text) and _shorter_name(head[:e - 1], sp.name, people) \
                    and not _dotted_ends_at(head, sp.name, e):
                continue  # "局长李强没有回避": 没 opens 没有 (loaders/name_span.py)
            found.append(sp)
    named = [sp for sp in found if sp.name]
    if (whole := _dotted_whole(named, head) or _minority_whole(named)) is not None:
        return _Head(whole)
    if named:
        # The manner runs on after the name: the name the report uses again wins ("田原没有回避"
        # … "田原回答"), else three characters, as in _quote_then_member.
        return _Head(min(named, key=lambda x: (-people.count(x.name), _NAME_LENGTH_RANK.get(
            len(x.name) if len(x.name) < 4 or x.name[:2] in surnames() else 5, 9))))
    return _Head(found[0]) if found else None


def _dotted_whole(found: list[Speaker], head: str) -> Speaker | None:
    """The reading of ``found`` (names read from ``head``, a phrase going on after the name)
    that is a name of two parts joined by · read to where its second part ends ("委员阿依努尔·
    买买提江在乡里管了十年农技"): not cut to the first part's start that the report repeats
    (阿依, counted more often than the whole name)."""
    for sp in found:
        if sp.name and "·" in sp.name and (k := head.rfind(sp.name)) >= 0 \
                and _dotted_name_end(head, k, len(head)) == k + len(sp.name):
            return sp
    for sp in found:
        # "阿依努尔紧跟着问": the first part alone, the person named in full before (not 阿依)
        if sp.name and "·" in sp.name and "·" not in head and len(first := sp.name.split("·")[0]) >= 2 \
                and first in head:
            return sp
    return None


def _minority_whole(found: list[Speaker]) -> Speaker | None:
    """The longest of ``found`` (names read from a phrase going on after the name) when it is a
    Mongolian or Tibetan name of several parts and every other reading is a start of it
    ("委员宝音德力格尔把目光投向…": the whole name, not its first part 宝音, read after a seat too)."""
    named = [sp for sp in found if sp.name]
    if len(named) < 2:
        return None
    best = max(named, key=lambda sp: len(sp.name))
    if len(best.name) < 4 or not minority_name(best.name) or not all(best.name.startswith(sp.name) for sp in named):
        return None
    return best


def _given_name_read(found: list[Speaker]) -> list[Speaker]:
    """``found`` (names read from a phrase going on after the name) without a two-character
    surname alone and without a name ending in 一 whose start is read too, when a longer reading
    is left ("委员司马骏一开口": 司马骏, not 司马, which "司马委员" repeats later, nor 司马骏一, 一
    opening 一开口)."""
    names = {sp.name for sp in found if sp.name}
    kept = [sp for sp in found if sp.name and not (len(sp.name) == 2 and sp.name in surnames())
            and not (len(sp.name) >= 3 and sp.name.endswith("一") and sp.name[:-1] in names)]
    return kept or found


def _name_before_de(found: list[Speaker], head: str) -> Speaker | None:
    """The longest of ``found`` (names read from ``head``) that ``head`` writes right before 的,
    when every other is a start of it ("委员乌云其木格的第一个问题": the whole name, not 乌云, which
    the report repeats as often inside it)."""
    named = [sp for sp in found if sp.name]
    if not named:
        return None
    best = max(named, key=lambda sp: len(sp.name))
    k = head.rfind(best.name)
    if k < 0 or head[k + len(best.name):k + len(best.name) + 1] != "的" \
            or not all(best.name.startswith(sp.name) for sp in named):
        return None
    return best


def _dotted_ends_at(text: str, name: str, e: int) -> bool:
    """Whether ``name``, a name of two parts joined by · ending at ``e``, ends where such a name
    does ("委员努尔兰·托合提在牧区…": no word of jieba's cuts it short)."""
    return "·" in name and text.endswith(name, 0, e) and _dotted_name_end(text, e - len(name), len(text)) == e


def _shorter_name(head: str, name: str, people: _People) -> bool:
    """Whether ``head`` (the phrase of ``name`` without its last character) names that
    shorter name: the reading kept when the last character opens the next word."""
    sp = _named_speaker(head, people)
    return sp is not None and sp.name == name[:-1]


def _named_then_manner(head: str, people: _People) -> _Head | None:
    """"市商务局局长胡晓东略作思考后回答", "局长X想了想说": a named person with a post, then a
    few words of how they spoke (at most eight, none that opens an object or a topic)."""
    found = _speaker_then_manner(head, people)
    if found is None or not found.speaker.name or not (found.speaker.name[0] in surnames() or "·" in found.speaker.name):
        return None
    manner = head[head.rfind(found.speaker.name) + len(found.speaker.name):]
    if not 1 <= len(manner) <= 8 or any(ch in _speaker_words().not_manner for ch in manner) or any(t in manner for t in titles()):
        return None  # (a post after the "name": the phrase was no name and manner)
    return found


@functools.lru_cache(maxsize=1)
def _written_settings() -> re.Pattern[str]:
    """"在报告中，", "在《…》一文中，": a clause that sets what follows in a written text
    (data/speech_written.txt), matched up to the speaker phrase ("在审议报告中" is the sitting's
    deliberation, not the report's words: data/speech_sitting_acts.txt)."""
    words = alternation(r.cells[0] for r in read_words("speech_written.txt"))
    acts = alternation(r.cells[0] for r in read_words("speech_sitting_acts.txt"))
    return re.compile(rf"(?:^|[。！？；，,\n])\s*在?(?:《[^》]{{1,40}}》|(?:(?!{acts})[^，。！？；\n]){{0,12}}?)(?:{words})[，,]\s*$")


def _set_in_writing(text: str, head: int) -> bool:
    """Whether the clause right before the speaker phrase at ``head`` sets the speech in a report
    or an article (cheap pre-test: the clause ends in 中 or 里 and a comma)."""
    if head < 2 or text[head - 1] not in "，," or text[head - 2] not in "中里":
        return False
    return _written_settings().search(text, max(0, head - 60), head) is not None


def _public_quoted(text: str, quote: int) -> bool:
    """"旁听的村民代表X也站起来发言：“…？”": the quotation is introduced by a member of the
    public (data/turn_words.tsv public), so no unattributed congress question."""
    if text[quote - 1:quote] not in ("：", ":"):
        return False
    lo = max(0, quote - 40)
    lo = _clause_start(text, lo, quote, "。！？\n”")
    return public_speaks(text[lo:quote - 1])


_SENTENCE_END = re.compile(r"[。！？；\n]")


def _answered_in_turn(text: str, pos: int) -> bool:
    """The sentence going on after ``pos`` has officials answering one after another
    ("，A局局长X、B局局长Y分别作了回答"): both sides summed up in one sentence."""
    m = _SENTENCE_END.search(text, pos)
    rest = text[pos:m.start() if m else len(text)]
    return bool(_links().many_times.search(rest)) and _links().answer_verb.search(rest) is not None


def _topic_each(text: str, c: _Cue) -> bool:
    """"委员A、B分别就X、Y提出询问": the members listed each asked on one topic of their own,
    the topics listed in the same number after an each-word (not "A、B、C先后提出询问", the
    sitting summed up)."""
    if c.topic is None or not _links().each.search(text, c.head_start, c.topic[0]):
        return False
    return len(text[c.topic[0]:c.topic[1]].split("、")) == 1 + len(c.others)


def _topics_listed(topic: str) -> bool:
    """Several topics in a row ("校车接送、课后托管、食堂配餐等"): three or more, or a
    list closed by 等; several members asking on them ask nobody one question."""
    return topic.count("、") >= 2 or ("、" in topic and "等" in topic)


def _group_on_one_topic(text: str, c: _Cue) -> bool:
    """"在场委员又围绕课后服务收费提出询问": some members (a group word, not the whole
    committee) asking on one topic — a question, where "组成人员围绕A、B等问题进行了询问"
    sums up the sitting."""
    if c.topic is None or re.search(r"[、等和及]", text[c.topic[0]:c.topic[1]]):
        return False
    if any(w in text[c.topic[0]:c.topic[1]] for w in _speaker_words().de_answer):
        return False  # "部分委员又就答复含糊的问题作了追问": the answers given, the sitting summed up
    head = text[c.head_start:c.cue_start]
    if "组成人员" in head or _JOINED.search(head) or _links().many_times.search(head):
        return False  # the whole committee, several groups, or many questions
    return any(w in head for w in _group_words()) or "们" in head


def _asked_whom(phrase: str, people: _People) -> Speaker | None:
    """The official or office a question cue names ("区住建局局长覃文", "市粮食局"): the
    first of several ("市发改委、市工信局")."""
    a, b = _strip_fillers(phrase)
    phrase = phrase[a:b]
    sp = _whole_speaker(phrase, people)
    if sp is None and (first := _JOINED.split(phrase, 1)[0]) != phrase and _is_department(first):
        sp = Speaker(department=first)
    if sp is None and (m := _links().worker.fullmatch(phrase)):
        # "叶永海问起常驻公司的检疫监督员：“…？”": on an inspection, whoever works there is asked.
        sp = Speaker(title=m["post"])
    if sp is None or (sp.role and is_congress_role(sp.role)) or not (sp.department or sp.title or sp.name):
        return None
    return sp


def _name_ending(phrase: str) -> Speaker | None:
    """"县人大代表、城关镇干部李红": a member (a congress word in the phrase) whose phrase ends
    in a name (three characters when they open with a surname, else two)."""
    if not _links().congress_word.search(phrase):
        return None
    for n in (3, 2):
        name = phrase[-n:]
        if len(phrase) > n and _surname_first(name) and not not_a_name(name) and not any(
                ch in "的了是在和与及" for ch in name):
            return Speaker(name=name)
    return None


@functools.lru_cache(maxsize=1)
def _posts() -> re.Pattern[str]:
    roles = [r.cells[0] for r in read_tsv("roles.tsv", ["role_word"])]
    return re.compile("|".join(map(re.escape, sorted({*roles, *titles()}, key=len, reverse=True))))


def _named_bare(text: str, lo: int, hi: int, people: _People) -> Speaker | None:
    """The member whose bare name opens the last sentence before ``hi`` (outside quotations)
    that opens with one ("张立勤没有就此打住。“…？”她追问道": 她 is 张立勤, named earlier
    with the seat, not the official who spoke last)."""
    lo = max(lo, hi - 120)  # (the sentences since the last attribution, not the whole report)
    starts, k = [], hi
    while (k := max(text.rfind(p, lo, k) for p in "。！？\n")) >= lo:
        starts.append(k + 1)
    for s0 in starts + [lo]:  # (the window's start opens a sentence too: the previous attribution ended there)
        if text[s0:s0 + 1] not in ("“", "「", "") and (sp := _member_opening(text, s0, people)) is not None:
            return sp
    return None


def _mentioned_person(text: str, lo: int, hi: int) -> Speaker | None:
    """The last person ``text[lo:hi]`` names with a post ("省海洋与渔业厅厅长刘修德则比较自信。"),
    or counts as an asker and names ("首位发问的委员是X。她说，")."""
    if (counted := _counted_member(text, lo, hi)) is not None:
        return _mentioned_person(text, counted[1], hi) or counted[0]
    for m in reversed(list(_posts().finditer(text, lo, hi))):
        cs = m.start()
        while cs > lo and text[cs - 1] not in _BOUNDARY and m.start() - cs < _MAX_HEAD:
            cs -= 1
        # The name before the post (陈高卫委员) or after it (局长刘修德, 代表陶三发).
        ends = ([m.end()] if m.start() - cs >= 2 else []) + [e for e in (m.end() + 3, m.end() + 2, m.end() + 4)]
        if ends[-3:] == [m.end() + 3, m.end() + 2, m.end() + 4] and text[m.end():m.end() + 2] in surnames():
            # "委员令狐建英第一个举手": a two-character surname, its given name of two characters first
            ends = ends[:-3] + [m.end() + 4, m.end() + 3]
        if text[m.end():m.end() + 1] == " " and 3 <= (close := text.find(" ", m.end() + 1, m.end() + 8)) - m.end() <= 7:
            ends = [close]  # "局长 白玉峰 并未回避": the name the spaces set apart, whole
        elif (dotted := _dotted_name_end(text, m.end(), hi)) is not None:
            # "代表阿依努尔·买买提江在乡里…": a name of two parts joined by ·, whole (not 阿依)
            ends.insert(1 if m.start() - cs >= 2 else 0, dotted)
        # "来自中国一重的市人大代表韩冬": the phrase may open after a modifier ending in 的.
        de = text.rfind("的", cs, m.start())
        # "接下来发问的是县人大代表X": after 的是 the person itself.
        # (the person after 的是 first: "回答这个问题的是市X局副局长Y" names no office "…的是市X局")
        starts = (de + 2, cs, de + 1) if de >= 0 and text[de + 1] in "是为" else (cs, de + 1) if de >= 0 else (cs,)
        if text[cs] in "是为" and text[cs - 2:cs] in ("的，", "的,"):
            starts = (cs + 1, *starts)  # "回应这一追问的，是市X委副主任Y": the person after 的，是 (no office "是市X委")
        if (lk := _links().told_link.match(text, cs).end()) > cs:
            starts += (lk,)  # "第一个片段，是委员X翻开…": the clause opens with 是 before the person
        if qf := _links().question_from.match(text[cs:m.start()]):
            starts += (cs + qf.end(),)  # "第一个问题来自委员X。她…": the person after 来自
        if text.startswith(leads := _long_fillers(), cs, m.start()):
            # "这组数字来自区X局局长Y。他…": the phrase after a lead-in filler first (no office "这组数字来自区X局")
            starts = (cs + max(len(f) for f in leads if text.startswith(f, cs)), *starts)
        for s0, e in itertools.product(starts, ends):
            if e > hi:
                continue
            label = parse_head(text[s0:e])
            if label is None or label.bare or label.kind == "other" or not label.speaker.name:
                continue
            sp = label.speaker
            if not_a_name(sp.name) or not _surname_first(sp.name):
                continue
            if sp.role and not is_congress_role(sp.role):
                continue
            if len(sp.name) > 2 and text.endswith(sp.name, s0, e) and swallowed_next_word(sp.name, text[e:e + 4], text):
                continue  # "局长韩冰没有绕弯子": 没 opens 没有 (loaders/name_span.py); the shorter name follows
            return sp
        # "区人大代表、某公司研发总监X的问题聚焦人才。": a seat, an outside post, then the name.
        if text[m.end():m.end() + 1] == "、":
            cut = next((i for i in range(m.end() + 1, min(hi, m.end() + 40)) if text[i] in _BOUNDARY or text[i] == "的"),
                       min(hi, m.end() + 40))
            # ("列席会议的全国人大代表、某区农民X": or after a modifier ending in 的)
            for s0, e in itertools.product(dict.fromkeys((cs, de + 1 if de >= 0 else cs)), range(cut, m.end() + 3, -1)):
                sp = _member_with_post(text[s0:e])
                if sp is not None and sp.name and _surname_first(sp.name) and not not_a_name(sp.name):
                    return sp
        # "李成荣，温岭市石塘镇人大代表。": a name, then the post in apposition.
        if cs >= 3 and text[cs - 1] == "，" and (label := parse_head(text[cs:m.end()])) is not None \
                and label.speaker.role and not label.speaker.name and is_congress_role(label.speaker.role):
            n0 = _clause_start(text, lo, cs - 1, "。！？；\n")
            name = text[n0:cs - 1]
            if 2 <= len(name) <= 3 and _surname_first(name) and not not_a_name(name):
                return Speaker(name=name, role=label.speaker.role)
    return None


_DOTTED_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}·")
_TRANSLITERATED = frozenset("不都其则")


def _dotted_name_end(text: str, at: int, hi: int) -> int | None:
    """Where a name of two parts joined by · that opens at ``at`` ends ("阿依努尔·买买提江在…"):
    its second part runs to a character no Chinese name holds (在, 的, 是; not those that spell
    sounds in transliterations), a cue word's start or 8
    characters; where the report writes the first part and · again, only as far as every
    writing agrees ("X·吾斯曼回答", "X·吾斯曼表示": 吾斯曼)."""
    m = _DOTTED_HEAD.match(text, at)
    if m is None:
        return None

    def tail(k: int) -> str:
        # (不, 都, 其 and 则 spell sounds there: 阿不都热依木, 其木格)
        stop, nn = min(len(text), k + 8), _not_name_chars() - _TRANSLITERATED
        e = k
        while e < stop and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in nn and not _cue_word_at(text, e):
            e += 1
        return text[k:e]

    part = tail(m.end())
    head = m.group()
    for k in every_start(text, head) if part else ():
        if k != at:
            other = tail(k + len(head))
            n = 0
            while n < min(len(part), len(other)) and part[n] == other[n]:
                n += 1
            if n >= 2:
                part = part[:n]
    if not part or m.end() + len(part) > hi:
        return None
    return m.end() + len(part)


_UNQUOTED_QUESTION = re.compile(r"[^。！？?\n“”]{2,200}[？?]")


def _pronoun_subject(text: str, a: int, cue: int, people: _People, cue_end: int = -1) -> tuple[int, _Head] | None:
    """"他拿着…，翻到…，对着话筒说：“…”": a sentence whose subject is a pronoun, its
    speech quoted after the cue; the pronoun is the person named last before it."""
    s0 = _clause_start(text, max(a, cue - 120), cue, "。！？\n")
    if text[s0:s0 + 1] not in _speaker_words().one_char_pronouns:
        # "当着二十余人的面，他…": the pronoun may open the sentence's second clause.
        c1 = text.find("，", s0, cue)
        s0 = c1 + 1 if 0 <= c1 - s0 <= 16 else s0
    if text[s0:s0 + 1] not in _speaker_words().one_char_pronouns:
        return None
    quoted = text[cue:cue + 4].lstrip("说道")[:2] in ("：“", ":“", "：「")
    if not quoted and cue_end > cue and text[cue_end:cue_end + 1] in ("：", ":") and _cue_kind(text[cue:cue_end]) == "question":
        # "她向县农业农村局发问：…怎么用，才能…？": the question unquoted after the colon
        quoted = _UNQUOTED_QUESTION.match(text, cue_end + 1) is not None
    # "他就…的长护险问题来到区医保局咨询台前进行咨询。": no quotation, the topic is the question.
    topic = None if quoted else re.match(r"[他她]就(?P<t>[^。！？“”]{2,60}?问题)", text[s0:cue])
    # "她向省财政厅提问，补贴发放慢，农民能不能当年拿到钱。": a question told after the cue's comma
    told = (not quoted and topic is None and cue_end > cue and text[cue_end:cue_end + 1] == "，"
            and _cue_kind(text[cue:cue_end]) == "question" and (e := text.find("。", cue_end, cue_end + 80)) >= 0
            and _links().interrogative.search(text, cue_end, e) is not None)
    if not quoted and not told and (topic is None or _cue_kind(text[cue:cue + 4]) not in ("question", "say")):
        return None
    sp = _mentioned_person(text, people.since, s0) or people.last
    if sp is None:
        return None
    # "他拿着县水利局的预算报告…说": the one office the sentence names is the one asked.

    offices = {f[2] for f in find_departments(text[s0:cue])}
    asked = Speaker(department=offices.pop()) if len(offices) == 1 and sp.role else None
    return s0, _Head(sp, addressee=asked, topic=(s0 + topic.start("t"), s0 + topic.end("t")) if topic else None)


def _whole_speaker(head: str, people: _People) -> Speaker | None:
    if not head:
        return None
    if head in _speaker_words().pronouns:
        return _read_whole_speaker(head, people)  # (people.last: no reading to remember)
    return people.reading(_read_whole_speaker, head)


def _named_speaker(head: str, people: _People) -> Speaker | None:
    """``_whole_speaker(head)`` when that names someone, else None. A try that needs a name (a
    prefix of a speaker phrase, the manner after it) skips the readings that never give one
    (an office, a post alone, a place's leader): those were half the cost of each try."""
    if not head:
        return None
    if head in _speaker_words().pronouns:
        sp = _read_whole_speaker(head, people)
        return sp if sp is not None and sp.name else None
    return people.reading(_read_named_speaker, head)


def _read_named_speaker(head: str, people: _People) -> Speaker | None:
    """:func:`_read_whole_speaker`'s named readings, in its order (a pronoun excepted)."""
    if not _may_read_named(head) and head not in people.by_name and people.by_title(head) is None:
        return None  # (no reading of the phrase itself can give anyone, nor a lookup of it)
    return _named_reading(head, people)


def _named_reading(head: str, people: _People) -> Speaker | None:
    """The named readings of ``head`` without _read_named_speaker's screen."""
    if _speaker_words().anonymous.fullmatch(head):
        return None  # (the role only)
    sp = people.named(head) or people.by_surname_title(head) or people.by_title(head) or _label_speaker(head, people)
    if sp is not None:
        return sp if sp.name else None
    firm = _firm_head(head)
    # the firm's head only when no office, post alone or place's leader reads the phrase first
    if firm is None or _is_department(head) or _post_alone(head) or _place_leader(head):
        return None
    return firm


def _read_whole_speaker(head: str, people: _People) -> Speaker | None:
    if not _may_read_whole(head) and head not in people.by_name and people.by_title(head) is None:
        return None  # (no reading of the phrase itself can give anyone, nor a lookup of it)
    return _whole_reading(head, people)


def _whole_reading(head: str, people: _People) -> Speaker | None:
    """The readings of ``head`` as a whole without _read_whole_speaker's screen."""
    if m := _speaker_words().anonymous.fullmatch(head):  # an asker the report does not name
        return _anonymous_speaker(m)
    if head in _speaker_words().pronouns:
        return people.last
    known = people.named(head) or people.by_surname_title(head) or people.by_title(head)
    if known is not None:
        return known
    sp = _label_speaker(head, people)
    if sp is None and _is_department(head):
        sp = Speaker(department=head)  # "林业局也一一作了回答"
    if sp is None and _post_alone(head):
        sp = Speaker(title=head)  # "（分管）副县长回答，…": an official by post alone
    if sp is None:
        sp = _place_leader(head)
    if sp is None:
        sp = _firm_head(head)  # "天津港集团副总经理王海说": a firm's head answers too
    return sp


# What the readings of a speaker phrase give whoever the report names (remembered: the speaker
# phrases of a report, and their prefixes, are asked again after each person it names, and
# reports repeat their phrases). A phrase for which none gives anything, that is no name the
# report knows and no post of one, reads as nobody: most phrases before a cue word so.
@functools.lru_cache(maxsize=16384)
def _may_read_named(head: str) -> bool:
    """Whether :func:`_read_named_speaker` may read ``head`` as someone, ``head`` being no key of
    the people's names or posts: a name the report may name with a post (_People.named looks it
    up), a surname with a post or seat (by_surname_title), a label the grammar reads as a person
    or a bare name, a firm's head."""
    if _speaker_words().anonymous.fullmatch(head):
        return False
    return bool(_NAME_RX.fullmatch(head) and may_name_speaker(head)) or _may_be_surname_title(head) \
        or _label_reading(head)[0] is not None or _firm_head(head) is not None


@functools.lru_cache(maxsize=16384)
def _may_read_whole(head: str) -> bool:
    """Whether :func:`_read_whole_speaker` may read ``head`` as someone, ``head`` being no key of
    the people's names or posts (as :func:`_may_read_named`, and the readings of no name)."""
    if _speaker_words().anonymous.fullmatch(head) or head in _speaker_words().pronouns:
        return True
    return bool(_NAME_RX.fullmatch(head) and may_name_speaker(head)) or _may_be_surname_title(head) \
        or _label_reading(head)[0] is not None or _is_department(head) or _post_alone(head) \
        or _place_leader(head) is not None or _firm_head(head) is not None


def _may_be_surname_title(head: str) -> bool:
    """Whether :meth:`_People.by_surname_title` looks anyone up for ``head``: it ends in a title
    after one or two characters, or (two to four characters) in a member's seat."""
    if len(head) > 10:
        return False
    known = _title_set()
    if any(n >= 1 and head[-n:] in known for n in (len(head) - 1, len(head) - 2)):
        return True
    return 2 <= len(head) <= 4 and any(head.endswith(w) for w in _speaker_words().member_seats)


def _post_alone(head: str) -> bool:
    """A post that names an official alone (副县长), not a congress seat nor a chair's title."""
    return head in _title_set() and not is_congress_role(head) and head not in _speaker_words().chair_title_posts


def _firm_head(head: str) -> Speaker | None:
    """"天津港集团副总经理王海": a firm's head named with the firm, the post and the name (the
    firm is no office: it has no type)."""
    m = _speaker_words().firm_head.fullmatch(head)
    if m is None or not _surname_first(m["name"]) or not_a_name(m["name"]):
        return None
    return Speaker(name=m["name"], title=m["title"], department=m["firm"])


def _place_leader(head: str) -> Speaker | None:
    """"萨尔图区区长", "长沙县副县长": a place's government leader by post alone, no name
    (the government of that place is the office)."""
    # The post is a title that leader_office reads: only the lengths of those are tried, longest
    # first as a split from the left would (a split per character, ~2 µs a phrase, was 3 % of a
    # 1 MB file: every speaker phrase is asked).
    posts, lengths = _leader_titles()
    for n in lengths:
        if 2 <= n <= len(head) - 2 and (post := head[-n:]) in posts:
            place = head[:-n]
            office = leader_office(post)
            if place.endswith(office[0]) and is_place(place):
                return Speaker(title=post, department=place + office[1:])
    return None


@functools.lru_cache(maxsize=1)
def _leader_titles() -> tuple[frozenset[str], tuple[int, ...]]:
    """The titles that name a government's leader (副县长), and their lengths, longest first."""
    from loaders.departments import leader_office

    posts = frozenset(t for t in _title_set() if leader_office(t))
    return posts, tuple(sorted({len(t) for t in posts}, reverse=True))


def _anonymous_speaker(m: re.Match[str]) -> Speaker:
    """The member an ``anonymous`` match counts ("市人大常委会一位姓赵的委员"): the role only."""
    role = m["role"].strip("“”")
    role = "委员" if role in _speaker_words().anonymous_askers else role
    return Speaker(role=(m["org"] + role) if "人大" in m["org"] else role)


@functools.lru_cache(maxsize=8192)  # (a function of the phrase alone; each resolution costs a script conversion)
def _is_department(head: str) -> bool:
    from loaders.departments import resolve_department

    d = resolve_department(head, None)
    return d is not None and len(head) <= 20  # (an office of no type, 气象局, is an office too)


def _label_speaker(head: str, people: _People) -> Speaker | None:
    sp, bare = _label_reading(head)
    # (only a bare name depends on whom the report names: the rest is the grammar's reading)
    return people.reading(_read_label_speaker, head) if bare else sp


def _read_label_speaker(head: str, people: _People) -> Speaker | None:
    sp, bare = _label_reading(head)
    if bare:
        # A bare name speaks only if the report names the person with a post.
        return people.named(sp.name or "")
    return sp


@functools.lru_cache(maxsize=16384)  # (a function of the phrase alone)
def _label_reading(head: str) -> tuple[Speaker | None, bool]:
    """:func:`_read_label_speaker` before it looks anyone up: the speaker the label grammar reads
    in ``head``, and whether that is a bare name (which speaks only if the report names it)."""
    label = parse_head(head)
    if label is None or label.kind == "other":
        return None, False
    sp = label.speaker
    if label.bare:
        return sp, True
    if sp.role and not is_congress_role(sp.role):
        return None, False
    # ("旗财政局局长图门": a Mongolian name of one part after a post, no surname: the grammar read it titled)
    if sp.name and "·" not in sp.name and (not (_surname_first(sp.name) or minority_part(sp.name))
                                            or len(set(sp.name)) == 1 or not_a_name(sp.name)):
        return None, False  # "区水务局负责人到会接受询问": 到会接受 is no name; nor are 连连 and 相关部门
    return (sp if _is_person(sp) or sp.role else None), False


def _surname_first(name: str) -> bool:
    s = surnames()
    return name[0] in s or name[:2] in s or minority_name(name)  # (才让多杰: no surname)


@dataclass
class _Cue:
    head_start: int
    cue_start: int
    cue_end: int
    kind: str
    speaker: Speaker
    addressee: Speaker | None
    before: tuple[int, int] | None = None  # a quotation ending right before the speaker
    topic: tuple[int, int] | None = None  # "X围绕Y提出问题": Y
    others: tuple[Speaker, ...] = ()


def _quote_before(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The quotation that ends before ``pos`` in the same sentence ("“…？”X问道",
    "“…？”针对短片反映的问题，X首先提问"), within the paragraph. Quoted terms
    ("上周“专题询问”中") are passed over: they name things, nobody says them."""
    j = pos
    limit = max(floor, pos - 60)
    while True:
        while j > limit and text[j - 1] not in "”」。！？；\n":
            j -= 1
        if j <= floor or text[j - 1] not in "”」":
            return None
        span = _quotation_ending_at(text, j, floor)
        if span is None:
            return None
        inner = text[span[0] + 1:span[1] - 1]
        if len(inner) > 10 or re.search(r"[，。？！；,?!]", inner):
            return span
        j = span[0]
        limit = max(floor, j - 60)


def _quotation_ending_at(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The quotation whose closing mark is ``text[end - 1]``."""
    close = end - 1
    opener = "“" if text[close] == "”" else "「"
    depth, i = 0, close - 1
    while i >= floor:
        c = text[i]
        if c == text[close]:
            depth += 1
        elif c == opener:
            if depth == 0:
                return i, close + 1
            depth -= 1
        i -= 1
    return None


def _attendees(text: str, people: _People) -> None:
    """Officials listed as attending ("副市长郑启明，市发改委主任韩立新…等到会应询")."""
    cut = _speaker_words().attendee_cut  # "…等到会应询": what they did, after the name
    for a, done in sentences_around(text, _speaker_words().attending):
        dept = None  # "市市场监督管理局局长X、副局长Y": a post after 、 is in the office named before
        prev = ""
        for chunk, sep in _chunks_with_separator(text[a:done]):
            chunk = cut.sub("", chunk)
            whole, prev = prev + sep + chunk, chunk
            if sep in ("和", "及") and 3 <= len(whole) <= _MAX_HEAD and (label := parse_head(whole)) is not None \
                    and label.speaker.name and sep in (label.speaker.department or ""):
                people.add(label.speaker)  # "县发展和改革局局长X": the 和 is the office's own
                dept = label.speaker.department
                continue
            if 3 <= len(chunk) <= _MAX_HEAD:
                label = parse_head(chunk)
                if label is None and dept and sep == "、" and chunk.startswith(titles()):
                    label = parse_head(dept + chunk)
                if label is not None and not label.bare and label.speaker.name:
                    people.add(label.speaker)
                dept = label.speaker.department if label is not None else None


def _introduced_askers(text: str, people: _People) -> None:
    """"首先向副厅长X发问的是某集团董事长Y，他…": Y asks although the report names them by
    occupation alone (a deputy at a delegation's discussion); the post would make them an
    official, so they are kept as a deputy with the occupation in the role."""
    if "的是" not in text:
        return  # (cheap pre-test: most reports introduce no asker so)
    for m in _links().introduced.finditer(text):
        head = m["head"]
        label = parse_head(head)
        if label is not None and label.speaker.name and label.speaker.role:
            people.add(label.speaker)
        elif (name := _introduced_name(head)) is not None:
            people.add(Speaker(name=name, role=f"{head[:-len(name)]}（人大代表）"))


_QUESTION_CLOSE = re.compile(r"[？?]”")
_CLAUSE_OPENERS = "\n。，！？”"
_SEATS_AFTER = ("委员", "代表", "主任", "副主任")


def _members_after_quoted_questions(text: str, people: _People) -> None:
    """"“…？”来自某社区的代表X第一个站了起来。": a member opening the clause right after a
    quoted question, with no cue of speech, is known by name from there on, as one named with a
    cue is: "X接着问：“…？”" further on is that member's (the name alone, no seat, before it)."""
    if "？”" not in text and "?”" not in text:
        return  # (cheap pre-test)
    for m in _QUESTION_CLOSE.finditer(text):
        sp = _member_opening(text, m.end(), people)
        if sp is None or sp.name in people.by_name:
            continue
        # Only a name the report uses again alone, opening a clause ("\n\nX接着问："): a name
        # read short ("委员阿苦日呷率先发问" read 阿苦) recurs with a seat at most ("阿苦委员追问").
        n = len(sp.name)
        if any(text[k - 1] in _CLAUSE_OPENERS and not text.startswith(_SEATS_AFTER, k + n)
               for k in _find_all(text, sp.name) if k > 0 and k != text.find(sp.name, m.end())):
            people.add(sp)
            people.quoted_askers.append((m.end(), sp))


def _last_member_before(found: list[_Cue], people: _People, pos: int) -> str | None:
    """The name of the member who spoke last before ``pos``: by a cue, or named right after a
    quoted question with no cue ("“…？”代表X第一个站了起来。…X接着问：": X asked last)."""
    cue = next((f for f in reversed(found) if f.speaker.role and is_congress_role(f.speaker.role)), None)
    quoted = next(((at, sp) for at, sp in reversed(people.quoted_askers) if at <= pos), None)
    if quoted is not None and (cue is None or cue.cue_end < quoted[0]):
        return quoted[1].name
    return cue.speaker.name if cue is not None else None


def _introduced_name(head: str) -> str | None:
    """The name that ends an asker's introduction (three characters when they open with a
    surname, else two)."""
    label = parse_head(head)
    if label is not None and label.speaker.name:
        return label.speaker.name
    for n in (3, 2):
        name = head[-n:]
        if len(head) > n + 1 and _surname_first(name) and not not_a_name(name) \
                and not any(ch in "的了是在和与及" for ch in name):
            return name
    return None


# "“…我们交通部门一定全力以赴…”蒋建明说": a quotation speaking for an office in the first
# person, closed right before a bare name and a verb of saying (speaker_words.tsv
# quote_name_verb), then the name is that office's official.
_FIRST_PERSON_OFFICE = re.compile(r"我们(?P<office>[\u4e00-\u9fff]{2,6}?部门)")


def _first_person_officials(text: str, people: _People) -> None:
    """Officials the report names by name alone, each after a quotation where they speak for
    their office in the first person ("“…我们交通部门已经…”X说，…": X answers for 交通部门).
    At a congress's group discussion an official present may be named no other way."""
    if "我们" not in text:
        return  # (cheap pre-test: most reports quote no official saying 我们…部门)
    for m in _speaker_words().quote_then_name.finditer(text):
        name = m["name"]
        if people.named(name) is not None or not _surname_first(name) or not_a_name(name):
            continue
        q = text.rfind("“", max(0, m.start() - 400), m.start())
        office = _FIRST_PERSON_OFFICE.search(text, q, m.start()) if q >= 0 else None
        if office is not None and _is_department(office["office"]):
            people.add(Speaker(name=name, department=office["office"]))


def _chunks_with_separator(sentence: str):
    """The chunks of an attendee sentence, each with the separator before it ("" first)."""
    parts = re.split(r"([，、；：（）\s]|和|及)", sentence)
    yield parts[0], ""
    for k in range(1, len(parts) - 1, 2):
        yield parts[k + 1], parts[k]


def _spaced_name_phrase(text: str, a: int, space: int) -> int | None:
    """Where the phrase "委员 郝建平 " begins when ``space`` closes a name that spaces set apart
    (some pages print names so, between the post and the verb): the name is two to six
    characters of one run, the post right before its opening space; else None."""
    opening = text.rfind(" ", max(a, space - 7), space)
    if opening < a + 2 or not 2 <= space - opening - 1 <= 6 or any(c in _BOUNDARY for c in text[opening + 1:space]):
        return None
    if text[opening - 1] in _BOUNDARY:
        return None  # (no post before the name: a sentence's end, or a page's flattened lines)
    return opening


def _find_cues(text: str, paragraphs: list[tuple[int, int]], people: _People) -> list[_Cue]:
    kinds, rx = _cues()
    found: list[_Cue] = []
    prev_para: tuple[int, int] | None = None
    for a, b in paragraphs:
        # "委员X第一个站起来。" alone on its line, then "他说，…？": a pronoun opening the next
        # paragraph may stand for the person that one-sentence paragraph names.
        before, prev_para = prev_para, (a, b)
        quoted = _quoted_spans(text, a, b)
        prev_end = -1
        for m in rx.finditer(text, a, b):
            if (m["colon"] is not None or m["comma"] is not None) and m.start() == prev_end:
                continue  # "X率先发问：“…”": the cue word before the colon attributes it
            if (text[m.start() - 1:m.start() + 1] in _links().name_tails and "·" in text[max(a, m.start() - 12):m.start()]
                    and (shorter := rx.match(text, m.start() + 1, b)) is not None and shorter.end() == m.end()):
                m = shorter  # "阿依古丽·买买提问道": 提 ends the name, the cue is 问道
            prev_end = m.end("whom") if m["whom"] is not None else m.end()
            lb = m.start()
            spaced_name = None
            while lb > a and m.start() - lb < _MAX_HEAD:
                if text[lb - 1] == " " and (spaced := _spaced_name_phrase(text, a, lb - 1)) is not None:
                    # "委员 郝建平 追问", "委员 X 首先发问": a name set apart by spaces
                    spaced_name, lb = text[spaced + 1:lb - 1], spaced
                    continue
                if text[lb - 1] in _BOUNDARY:
                    break
                lb -= 1
            # "一名女“考官”立即追问", "委员X又就“天开高教科创园”建设进度发问": words in quotation marks
            # (up to ten characters) inside the speaker phrase.
            # ("…、四川某运输（集团）有限公司总经理X发问": a firm's name holds a short bracket)
            if lb > a + 1 and text[lb - 1] in "”）" \
                    and 0 <= (q := text.rfind("“" if text[lb - 1] == "”" else "（", max(a, lb - 12), lb - 1)) \
                    and q > a and text[q - 1] not in _BOUNDARY:
                lb = q
                while lb > a and text[lb - 1] not in _BOUNDARY and m.start() - lb < _MAX_HEAD:
                    lb -= 1
            if quoted and _inside(quoted, m.start()) and (text[lb] != "请" or _asks_inside(text, quoted, m.start())):
                # "“…武宗平代表提出…的建议，是怎么落实的？”": words quoted, not attributed
                # (but the chair's “请X委员询问。” calls on a speaker; "“…？请A局、B局分别回答。”"
                # inside a member's question does not).
                continue
            head = text[lb:m.start()]
            words = _speaker_words()
            asks_on = None
            led = False  # a lead that says who asked opens the phrase ("最后发问的是…")
            thrown = None
            # "“…？”X没有就此打住，继续追问。" / "X没有就此打住，她追问：“…”": the member opening
            # the sentence asks on (the pronoun is that member, not the official named last).
            # ("X接过话筒，直截了当地问：": only the manner between the comma and the cue)
            # ("X再次举手，就国有企业科技投入发问：": only the topic)
            # ("X并不满意，再次发问：": fillers alone, 再次, between the comma and the cue)
            manner_only = (2 <= len(head) <= 6 and head.endswith("地")) or (
                len(head) <= 24 and _links().split.match(head) is not None) or (
                head in _fillers())
            # ("X并不满意，紧追不放：…？", "X没有点头，而是紧追不放：…？": a member pressing on, before a colon)
            pressing = m["colon"] is not None and len(head) <= 8 and head.endswith(words.follow_manner)
            # ("X随后接过话筒，语气严肃：“…？”": a short manner before a colon and a quotation that asks)
            manner_asks = m["colon"] is not None and 2 <= len(head) <= 6 and _QUOTED_ASKING.match(text, m.end() + 1, b)
            if (not head or head in words.one_char_pronouns or manner_only or pressing or manner_asks) and lb > a \
                    and text[lb - 1] in "，," and (pressing or manner_asks or _cue_kind(m.group(0)) in ("question", "follow_up")):
                s0 = _clause_start(text, a, lb - 1, "。！？\n")
                s0 += len(text[s0:lb]) - len(text[s0:lb].lstrip("”」"))
                # ("在验收环节，来自基层的代表X讲述了…，询问…": a clause of time or place may
                # open the sentence, the member the next one)
                for k in [s0] + [i + 1 for i in range(s0, lb - 1) if text[i] in "，,"][:2]:
                    if (sp := _member_opening(text, k, people, chair_asks=True)) is not None:
                        asks_on = k, _Head(sp)
                        break
                if asks_on is None and (counted := _counted_member(text, s0, lb - 1)) is not None:
                    asks_on = s0, _Head(counted[0])  # "第二位发问的是X委员，他追问…"
                if asks_on is None and (presser := _pressing_subject(
                        text, s0, lb - 1, found, people, presses=_cue_kind(m.group(0)) == "follow_up")) is not None:
                    asks_on = s0, _Head(presser)  # "陈委员没有就此打住，她追问：", "她没有就此打住，追问道："
            # ("Y翻了翻笔记本，承认…": no phrase after the comma, the official opens the
            # sentence's clause before it: _clause_speaker reads them)
            # (not when a cue of the sentence came before: "Y作了回答，表示…" is that cue's speech)
            # (an answer's cue only: "副县长X作表态发言，表示…" closes the sitting, answering no one;
            # "…负责人在听取意见后，介绍了…" tells what the answer covered, the clause's subject one phrase;
            # "Y的这番话，回应的是…" points back to a question, the cue a noun)
            after_clause = (not head and lb > a and text[lb - 1] in "，," and _cue_kind(m.group(0)) == "answer"
                            and m["colon"] is None and m["comma"] is None and not re.search("[了的]", text[m.start():m.end() + 1])
                            and not (found and found[-1].cue_end > last_mark(text, lb, "。！？\n")))
            if asks_on is None and not after_clause and (len(head) < 2 and head not in words.pronouns
                                                         and head not in words.adverbs or words.negated.match(head)):
                continue  # "不等沈立群回答，他…": a cue that says nobody spoke
            # (the paragraph before is read only for a phrase opening this one: most cues do not)
            lead = before[0] if lb == a and before and _one_sentence(text, *before) else a
            people.since = max(lead, found[-1].cue_end) if found else lead
            if asks_on is None and _noun_cue(text, lb, m.start()):
                continue  # "开展专题询问", "社会各界对…高度关注": the cue a noun or an attention, no speech
            if asks_on is not None:
                lb, parsed = asks_on
            elif m["colon"] is not None:
                # ("主任X把问题抛给政府：…？": putting a question to someone is asking, whoever the member)
                thrown = _thrower(text[lb:m.start()], people) or _pronoun_thrower(text, a, lb, m.start(), people)
                parsed = thrown if thrown is not None and thrown.addressee is not None \
                    else _speaker_then_manner(text[lb:m.start()], people) or thrown
                if parsed is None and text[m.end() + 1:m.end() + 2] in ("“", "「") \
                        and _QUOTED_ASKING.match(text, m.end() + 1, b) \
                        and (sp := _member_opening(text, lb, people)) is not None:
                    # "委员X把一沓照片在桌上一字排开：“…？”": what the member did runs longer than
                    # a manner; the member, named first, asks the quotation after the colon
                    parsed = _Head(sp)
                if parsed is None and (k := _asker_lead(text, lb)) > lb:
                    # "最后发问的是常委会副主任X：…？": the lead says who asked (a chair's post too)
                    parsed, led = _speaker_then_manner(text[k:m.start()], people), True
                if parsed is None:
                    continue
            elif m["comma"] is not None:
                # (a member named, not the chair: "X表示，“…？”" has its cue, an official's
                # manner before a comma is narration)
                parsed = _named_then_manner(text[lb:m.start()], people)
                sp = parsed.speaker if parsed is not None else None
                if sp is None or not sp.role or not is_congress_role(sp.role) or _speaker_words().chair.search(sp.role):
                    continue
            else:
                parsed = None
                if head[:1] in words.one_char_pronouns and text[m.end():m.end() + 1] in ("，", "：") \
                        and _links().split.match(head, 1) \
                        and (subject := _pronoun_subject(text, a, m.start(), people, m.end())) is not None:
                    # "她向省财政厅提问，…能不能…。": the member named last asks the office
                    # ("她向县X局发问：…？": or a colon before the question)
                    lb, parsed = subject
                if parsed is None and _cue_kind(m.group(0)) in ("question", "follow_up") \
                        and (heard := _links().heard.search(text, lb, m.start())) is not None:
                    # "…代表X在听取镇Y所所长Z起身提问道": the member before the official heard asks
                    # (the whole phrase would read as the official, his office run back over X)
                    cut = heard.start() - (text[heard.start() - 1] == "在")
                    parsed = _parse_speaker(text, lb, cut, people) if cut - lb >= 2 else None
                    if parsed is not None and not (parsed.speaker.role and is_congress_role(parsed.speaker.role)):
                        parsed = None
                parsed = parsed or _parse_speaker(text, lb, m.start(), people)
                if parsed is None and text[m.end():m.end() + 2] in ("：“", ":“", "：「"):
                    # "委员X举着一沓照片发问：“…”": the speaker, what they did, the cue and the quotation
                    parsed = _speaker_then_manner(text[lb:m.start()], people)
            if parsed is None and _cue_kind(m.group(0)) in ("answer", "say"):
                # "Y局负责人从建立“…”制度、…等六个方面予以回应": the phrase runs over commas and
                # quoted terms; the speaker opens one of the sentence's clauses.
                if (long := _clause_speaker(text, a, m.start(), people)) is not None:
                    lb, parsed = long
            if parsed is None and (subject := _pronoun_subject(text, a, m.start(), people, m.end())) is not None:
                lb, parsed = subject
            if parsed is None and m.group(0)[-1:] in _speaker_words().speech_verb_ends:
                parsed = _named_then_manner(text[lb:m.start()], people)
            if parsed is None and m.start() - lb > 4 and _cue_word_ends(text, lb, m.start()):
                # "市场监管分局局长接过话题表示，…": a cue of taking the word right before the cue
                w = max((w for w in _cue_words() if text.endswith(w, lb, m.start())), key=len)
                if m.start() - len(w) - lb >= 2 and _cue_kind(w) == "say":
                    parsed = _parse_speaker(text, lb, m.start() - len(w), people)
            if parsed is None or _seat_noun(text, lb, m, parsed):
                continue
            speaker = parsed.speaker
            if _cue_kind(m.group(0)) in ("question", "follow_up") and not (speaker.role and is_congress_role(speaker.role)) \
                    and head[slice(*_strip_fillers(head))] in words.one_char_pronouns \
                    and (asked := next((f for f in reversed(found) if f.kind in ("question", "follow_up")
                                        and f.speaker.name and f.speaker.role), None)) is not None \
                    and not _links().congress_word.search(text, asked.cue_end, lb):
                # ("…副局长Y。他介绍，…。\n她又问，…？": a pronoun asking is the member who asked last, not the
                # official, when no other member is named since: "另一位委员X关注…，她问…" is X's)
                speaker = asked.speaker
            if (_cue_kind(m.group(0)) == "answer" and speaker.role and is_congress_role(speaker.role)
                    and head[slice(*_strip_fillers(head))] in words.one_char_pronouns
                    and (official := _official_by_post(text, people.since, lb, people)) is not None):
                # ("何代表没有就此打住：“…？”这个问题让局长沉吟了片刻。他随后回答，…": a pronoun
                # answering after the official's bare post is that official, not the member)
                speaker = official
            if spaced_name and speaker.name and spaced_name != speaker.name and spaced_name.startswith(speaker.name):
                speaker = dataclasses.replace(speaker, name=spaced_name)  # (the spaces say where the name ends)
            addressee = parsed.addressee
            if m["proposed"] is not None and parsed.addressee is None:
                continue  # "代表X提出了…的建议" at a plenary: a proposal put to nobody
            if addressee is None and m["whom"] is None and _cue_kind(m.group(0)) in ("question", "follow_up") \
                    and speaker.role and is_congress_role(speaker.role):
                addressee = _heard_official(text[lb:m.start()], people)
            if m["whom"] is not None:
                # "委员X问区住建局局长Y：“…”": the cue names whom it asks before the speech.
                addressee = _asked_whom(m["whom"], people)
                whom_end = m.end("whom")
                if addressee is None and (office := _office_opening(m["whom"])):
                    # "委员X询问市交通运输局下一步如何推进…。": the office, then the question
                    # in indirect speech.
                    addressee, whom_end = Speaker(department=office[1]), m.start("whom") + office[0]
                if addressee is None and text[m.end("whom"):m.end("whom") + 1] in ("：", ":") \
                        and (_speaker_words().firm_whom.fullmatch(m["whom"]) is not None or _is_department(m["whom"])):
                    # "代表X问县供电公司：…？", "问镇市场监管所：…？": a firm or a station asked
                    addressee = Speaker(department=m["whom"])
                if addressee is None and _links().indirect_asks.match(text, m.start("asks")) is not None:
                    # "委员X询问禁牧区牧民…如何保障，": not whom, but the question told
                    whom_end = m.end("asks")
                elif addressee is None and asks_about(m["whom"]) and text[whom_end:whom_end + 1] in ("：", ":") \
                        and speaker.role and is_congress_role(speaker.role):
                    pass  # "代表X问招商引资：…？": the topic a member asks about, nobody asked
                elif addressee is None and m["whom"].startswith("了") and text[m.end("whom"):m.end("whom") + 1] in ("：", ":"):
                    pass  # "他追问了助餐服务的另一面：…？": not whom, but what the question is about, then the question
                elif addressee is None:
                    continue
                cue = m["asks"]
            elif m["ind"] is not None:
                cue = m["ind"]
            else:
                cue = re.sub(r"(?:说|道)$", "", m.group(0)) if m.group(0) not in kinds else m.group(0)
            cue_end = whom_end if m["whom"] is not None else m.end()
            kind = "question" if thrown is not None and parsed is thrown else _cue_kind(cue)
            if led and speaker.role and is_congress_role(speaker.role):
                kind = "question"
            if (kind == "say" and m["colon"] is not None and speaker.name and speaker.role
                    and is_congress_role(speaker.role) and words.chair.search(speaker.role)
                    and _QUOTED_ASKING.match(text, m.end() + 1, b) and not _presides(text, speaker.name)):
                # "市人大常委会副主任X则盯住了产业本身：“…？”": a vice-chair who does not preside
                # asks as a member does (the presiding chair's quoted questions call on members)
                kind = "question"
            if (kind == "say" and text[m.end():m.end() + 1] in ("，", ",") and speaker.name and speaker.role
                    and is_congress_role(speaker.role) and words.chair.search(speaker.role)
                    and explain_request().match(text, m.end() + 1) and not _presides(text, speaker.name)):
                # "州人大常委会副主任X接过话题，请州生态环境局说明…进展。": a vice-chair who does not
                # preside asks an office to explain, as a member does
                kind = "question"
            if m["pressed"] is not None:
                kind = "follow_up"
            if (m["colon"] is not None and speaker.role and is_congress_role(speaker.role)
                    and text.endswith(words.follow_manner, lb, m.start())):
                kind = "follow_up"  # "何代表没有就此打住：“…？”": the member presses the same point
            if (kind in ("question", "say") and speaker.role and is_congress_role(speaker.role)
                    and any(w in text[lb:m.end()] for w in words.cut_ins) and _one_official_since_question(found)
                    and not (found and any(t in text[found[-1].cue_end:lb] for t in titles()))):
                # "话音未落，委员X插话问：…？": cutting in on the answer to the question before (not on
                # another official's words told since: "局长Y接着介绍…，还没说完，委员Z就插话：")
                kind = "follow_up"
            if (kind == "question" and speaker.name
                    and (text.endswith(_links().presses_on, lb, m.start())
                         or cue == "问" and text.endswith(_links().presses_on_asking, lb, m.start())
                         or text.endswith(_links().goes_on, lb, m.start()) and m["whom"] is None
                         and text[cue_end:cue_end + 1] in ("，", ",", "：", ":", "“"))
                    and _last_member_before(found, people, lb) == speaker.name):
                # "X紧跟着问：“…？”", the member who spoke last before it: X presses on (another
                # member who "紧跟着问" asks the next question); "X接着又问，…" (again) too when nothing
                # comes between the cue and the speech ("X接着又问医保部门：" asks another office)
                kind = "follow_up"
            cue_obj = _Cue(lb, m.start(), cue_end, kind, speaker, addressee, topic=parsed.topic,
                           others=parsed.others)
            if _side(cue_obj, "？") is None and _side(cue_obj, "") is None:
                continue  # an official "asking", a member "answering": no attribution
            # (a member pressing on before a colon asks what follows it: the quotation before is the answer's)
            cue_obj.before = None if pressing else _quote_before(text, lb, a)
            prev = found[-1] if found else None
            if (cue_obj.before and prev is not None and a <= prev.cue_end <= cue_obj.before[0]
                    and text[prev.cue_end:cue_obj.before[0]] in ("", "：", ":", "，", ",")):
                if (prev.speaker.name is None and speaker.name and prev.kind == cue_obj.kind == "question"
                        and text[prev.cue_end:cue_obj.before[0]] in ("：", ":")):
                    # "代表们开门见山提出问题：“…？”代表X率先提问": the group's colon, the named member's question
                    found.pop()
                else:
                    cue_obj.before = None  # "X发问：“…”Y坦言": the colon gave the quotation to X
            people.add(speaker)
            for other in parsed.others:
                people.add(other)  # ("A局副局长X和B局副局长Y先后作答。…Y则表示": Y of B局, named with the post)
            if addressee is not None:
                people.add(addressee)  # (a later bare "Y回应说" is this official)
            people.last = speaker
            if speaker.title and not speaker.role:
                people.official = speaker
            found.append(cue_obj)
    return found


def _seated_surname_split(head: str, at: int, people: _People) -> Speaker | None:
    """The member a seat names right before a split word that is a surname too (向), when the report
    uses the three characters from it again opening a sentence or paragraph ("代表向某某就把…"
    … "向某某并不满意，他追问"): the word opens the member's name. Nothing when the two characters
    after it are none a given name holds (向市住建局, 向社会)."""
    left, name = head[:at], head[at:at + 3]
    seat = next((w for w in _speaker_words().member_seats if left.endswith(w)), None)
    if seat is None or len(name) < 3 or any(c in _not_name_chars() for c in name[1:]) or not _CJK_CHAR.match(name[2]):
        return None
    text = people.text
    if not any(k > 0 and text[k - 1] in "。！？\n" and text[k + 3:k + 4] not in ("局", "委", "办", "厅", "县", "市", "区")
               for k in every_start(text, name)):
        return None
    role = left if is_congress_role(left) else seat
    return Speaker(name=name, role=role)


def _presides(text: str, name: str) -> bool:
    """Whether the report names ``name`` presiding the sitting ("市人大常委会主任X主持",
    "主持人（市人大常委会副主任 X）")."""
    return any(text.startswith(("主持", "同志主持"), k + len(name))
               or "主持" in re.split(r"[。！？；，\n]", text[max(0, k - 16):k])[-1] for k in every_start(text, name))


def _heard_official(head: str, people: _People) -> Speaker | None:
    """The official a member's phrase says was heard before the question ("冯某在听取镇供水站站长Y的
    工作汇报后起身", "听完镇农业服务中心主任Z的汇报后随即"): the question is put to them."""
    if (m := _links().heard.search(head)) is None:
        return None
    sp = _whole_speaker(m["who"], people)
    return sp if sp is not None and not sp.role and (sp.title or sp.department) else None


def _seat_noun(text: str, lb: int, m: re.Match[str], parsed: _Head) -> bool:
    """"X带队对停车难相关代表建议进行督办", "X对代表建议办理工作给予肯定": the speaker read before
    a link (对, 就 …) and a bare seat closing the phrase before 建议 make "代表建议" the deputies'
    suggestions, a noun: no cue ("王代表建议，…" has the member's name right before the seat)."""
    if m.group(0) not in _links().seat_nouns or (parsed.topic is None and parsed.addressee is None):
        return False
    head = text[lb:m.start()]
    seat = next((w for w in _links().member_words if head.endswith(w)), None)
    return seat is not None and _links().split.search(head, 0, len(head) - len(seat)) is not None


def _official_by_post(text: str, lo: int, hi: int, people: _People) -> Speaker | None:
    """The official ``text[lo:hi]`` calls last by post, bare or after the surname ("这句话让局长
    愣了一下。", "这个问题让蒋局长沉吟了片刻。"), outside quotations: of several officials with
    that post, the one the surname names, else the one who spoke last."""
    w0 = max(lo, hi - 120)
    best, best_at = None, -1
    for sp in people.by_name.values():
        t = sp.title
        if not t or sp.role or not sp.name:
            continue
        k = text.rfind(t, w0, hi)
        if k < best_at or k < 0 or (text[k - 1:k] == "副" and not t.startswith("副")):
            continue
        before = text[k - 1:k]
        if before in surnames() and before != sp.name[0]:
            continue  # ("蒋局长": another official's surname)
        if k > best_at or before == sp.name[0] or (sp is people.official and text[best_at - 1:best_at] != best.name[0]):
            best, best_at = sp, k
    if best is None or _inside(_quoted_spans(text, w0, hi), best_at):
        return None
    return best


_SENTENCE_BREAKS = re.compile(r"[。！？；“”]")


def _one_sentence(text: str, a: int, b: int) -> bool:
    """A short paragraph of one sentence with no quotation ("县人大常委会委员X第一个站起来。")."""
    p = text[a:b].strip()
    return 4 <= len(p) <= 60 and p.endswith("。") and not _SENTENCE_BREAKS.search(p[:-1])


def _office_opening(phrase: str) -> tuple[int, str] | None:
    """An office with a type opening ``phrase`` and some words after it: (where it ends, its name)."""
    from loaders.departments import find_departments

    found = find_departments(phrase)
    if not found or found[0][0] != 0 or len(phrase) - found[0][1] < 4 or not _is_department(found[0][2]):
        return None
    return found[0][1], found[0][2]


def _asks_inside(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether the quotation holding ``pos`` asks something itself (a member's question, not
    the chair's call “好，请X委员询问。”)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return bool(re.search(r"[？?]", text[spans[i][0]:spans[i][1]]))


_QUOTE_MARKS = re.compile("[“”]")


def _quoted_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Closed quotations “…” of ``text[a:b]`` (outermost only); an unclosed one is none."""
    if text.find("“", a, b) < 0:
        return []
    spans, depth, start = [], 0, -1
    for q in _QUOTE_MARKS.finditer(text, a, b):
        i, c = q.start(), q.group(0)
        if c == "“":
            if depth == 0:
                start = i
            depth += 1
        elif c == "”" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls strictly inside one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def _side(c: _Cue, speech: str) -> str | None:
    congress = bool(c.speaker.role and is_congress_role(c.speaker.role))
    if c.kind in ("question", "follow_up"):
        return c.kind if congress or not (c.speaker.title or c.speaker.department) else None
    if c.kind == "answer":
        return None if congress else "answer"
    # say: by the speaker's side
    if congress:
        # A member's remark is a question when it asks, or when a member (not the
        # presiding chair) is quoted word for word ("“…”委员周琪直言不讳").
        if _speaker_words().chair.search(c.speaker.role or ""):
            return None
        # (a question quoted inside the remark, ‘…？’, is someone else's: "“‘法院如何…？’我觉得提得到位”")
        return "question" if re.search(r"？|\?|请问", _INNER_QUOTE.sub("", speech)) else None
    return "answer"


def _remark_answered(text: str, c: _Cue, rest: list[_Cue], end: int) -> bool:
    """A member's remark (not the chair's) that states a problem and is answered: the next
    cue is an official's, the speaker phrase of which follows the remark with nothing between."""
    if not (c.speaker.role and is_congress_role(c.speaker.role)) or _speaker_words().chair.search(c.speaker.role):
        return False
    nxt = next((n for n in rest if n.cue_start >= end), None)
    if nxt is None or nxt.kind not in ("answer", "say") or nxt.head_start - end > 8 \
            or (nxt.speaker.role and is_congress_role(nxt.speaker.role)) \
            or not (nxt.speaker.department or nxt.speaker.title):
        return False
    # Nothing between but the sentence's end, or a bracketed side word opening the answer's
    # paragraph ("…形象。\n【答】县市场监督管理局局长Y回答说，…").
    between = text[end:nxt.head_start].strip("。！；”」 \n")
    side = _BRACKETED_WORD.fullmatch(between)
    return not between or (side is not None and "\n" in text[end:nxt.head_start]
                           and parse_head(side.group(1)) is not None and parse_head(side.group(1)).kind == "answer")


_BRACKETED_WORD = re.compile(r"[【\[]([^】\]]{1,4})[】\]]")


_INNER_QUOTE = re.compile(r"‘[^‘’]*’|『[^『』]*』")


def find_utterances(text: str) -> list[Utterance]:
    """Attributed speech of the normalised text, in text order."""
    from loaders.departments import leader_office

    paragraphs = paragraph_spans(text)
    people = _People(text)
    _attendees(text, people)
    _first_person_officials(text, people)
    _introduced_askers(text, people)
    _members_after_quoted_questions(text, people)
    lede = _answer_first_lede(text, paragraphs, people)
    if lede is not None:
        people.add(lede[1].speaker)  # ("白局长回答，…" below: the official the lede named in full)
    cues = _find_cues(text, paragraphs, people)
    _written_settings()  # (built with the other tables, whatever the text: warm_up builds it)
    inquiry = bool(_speaker_words().inquiry.search(text))
    any_question, seen = False, 0  # whether ``out`` holds a question (checked incrementally)
    out: list[Utterance] = []
    taken_until = -1
    summed_up = -1  # where the last sentence summing up questions ends (the answers in it are summed up too)
    for i, c in enumerate(cues):
        any_question = any_question or any(u.kind in ("question", "follow_up") for u in out[seen:])
        seen = len(out)
        pi = _para_index(paragraphs, c.cue_start)
        after = _speech_after(text, c, cues[i + 1] if i + 1 < len(cues) else None, paragraphs, pi)
        if c.before and c.before[0] < taken_until:
            c.before = None  # an earlier speech has it
        start, end = _speech_span(text, c, after)
        if start == end and c.kind in ("question", "follow_up") and c.speaker.name and not c.topic:
            # "“…？”…是委员X的重点关注事项。现场，X向区市场监管局发问。": a cue with no
            # speech of its own asks the quoted question left open earlier in its paragraph.
            lo = max(paragraphs[pi][0], taken_until, cues[i - 1].cue_end if i else 0)
            start, end = (_open_quote_before(text, lo, c.head_start)
                          or (lo == paragraphs[pi][0] and _quote_paragraphs_before(text, paragraphs, pi, c.head_start,
                                                                                   taken_until))
                          # "关于人才留不住的问题，委员X问得很直接。": the topic opening its sentence
                          or (text[c.cue_end:c.cue_end + 1] == "。" and _asked_topic_lead(text, lo, c.head_start))
                          or (start, end))
        if (start == end and c.kind == "follow_up" and text[c.cue_end:c.cue_end + 1] == "。"
                and text.endswith(_speaker_words().follow_manner, c.head_start, c.cue_end)):
            # "X没有就此打住。…？…？她又问了两句。": the questions after the sentence, up to
            # the next speaker phrase in the paragraph
            stop = cues[i + 1].head_start if i + 1 < len(cues) and cues[i + 1].head_start < paragraphs[pi][1] \
                else paragraphs[pi][1]
            start, end = c.cue_end + 1, stop
        if start < taken_until or (0 < end - start < 4 and not _asked_when_cut(text, c, start, end)):
            continue
        if end == start and c.kind not in ("answer", "question", "follow_up") and not _cut_after_colon(text, c):
            continue
        # "市X局有关负责人表示，…": an office that speaks answers, even unnamed and unquoted
        # (a congress office's head "人大常委会代工委负责人表示" sums up the sitting instead).
        office = bool(c.speaker.department and c.speaker.title) and "人大" not in text[c.head_start:c.cue_start]
        # ("副市长表示，…" at an inquiry: a government leader named by post alone speaks for the government)
        office = office or (inquiry and c.speaker.title is not None and c.speaker.role is None
                            and leader_office(c.speaker.title) is not None)
        if (not c.speaker.name and not office and c.kind != "answer" and text[start:start + 1] not in ("“", "「")
                and text[c.cue_end:c.cue_end + 1] not in ("：", ":") and not _group_on_one_topic(text, c)
                and not _speaker_words().anonymous.match(text, c.head_start, c.cue_start)):
            # ("一位委员就…提问，认为…": one member, unnamed, is someone's question)
            continue  # "组成人员围绕…进行了询问": a summary of the sitting, no one's question
        kind = _side(c, text[start:end])
        if kind is not None and _set_in_writing(text, c.head_start):
            continue  # "在报告中，X检察长坦言“…”": the report's words, said to nobody at the sitting
        if (kind in ("question", "follow_up") and text[c.cue_end:c.cue_end + 1] not in ("：", ":")
                and (c.others and text[start:start + 1] not in ("“", "「")
                     # (a topic may open with a quoted term: "就“五水共治”督查考核、…等问题")
                     or not c.speaker.name and c.topic and (text[start:start + 1] not in ("“", "「") or _SCARE_QUOTE.match(text, start)))
                and _topics_listed(text[c.topic[0] if c.topic else start:end])):
            # "代表A、B、C围绕X、Y、Z等建议办理工作提出询问": who asked on what, the sitting
            # summed up (the cue may be a noun's 建议 inside the topics); so with members unnamed
            # ("还有委员就A、B、C等问题提出询问")
            summed_up = _clause_end(text, end, paragraphs[pi][1], "。！？\n")
            continue
        if kind == "answer" and c.head_start < summed_up and text[start:start + 1] not in ("“", "「") \
                and text[c.cue_end:c.cue_end + 1] not in ("：", ":"):
            continue  # "…提出询问，A局、B局负责人一一作答。": the answers to the questions summed up
        if (kind in ("question", "follow_up") and c.others and text[start:start + 1] not in ("“", "「")
                and text[c.cue_end:c.cue_end + 1] not in ("：", ":")
                and _links().many_times.search(text, c.head_start, c.cue_start)
                and not re.search(r"[？?]|请问", text[start:end]) and _answered_in_turn(text, c.cue_end)
                and not _topic_each(text, c)):
            # "委员A、B，代表C、D先后提出询问，X局局长E、Y局局长F分别作了回答": members listed
            # asking many questions one after another, officials listed answering them in the
            # same sentence, nothing of either said: the sitting summed up
            continue
        if (kind == "answer" and _speaker_words().listed_offices.search(text, c.head_start, c.cue_start)
                and text[start:start + 1] not in ("“", "「") and text[c.cue_end:c.cue_end + 1] not in ("：", ":")):
            continue  # "A局、B局等部门负责人一一作答": the sitting summed up, nobody's answer to one question
        if kind is None and c.kind == "say" and _cut_by_excerpt(text, start, end) and c.speaker.role \
                and is_congress_role(c.speaker.role) and not _speaker_words().chair.search(c.speaker.role):
            kind = "question"  # "X对着话筒说：“去年的…预算3800万，" and the excerpt ends: it was asking
        if kind is None and c.kind == "say" and end > start and _remark_answered(text, c, cues[i + 1:], end):
            kind = "question"  # "代表X直言，…问题最突出。Y局局长Z表示，…": the problem put is answered
        if kind is None:
            continue
        if kind == "answer" and not c.before and (told := _answered_members(text, c, people)):
            # "副市长X还具体回答了委员们就…提出的问题。": who asked and about what, told; no words of the answer.
            out.append(told)
            a0 = a1 = c.cue_end
            if told.start == told.end and (said := _pronoun_goes_on(text, c.cue_end, paragraphs[pi][1])):
                a0, a1 = said  # "Y回答了委员X的询问。她介绍，…": the official's words, the sentence after
            out.append(Utterance(kind, c.speaker, a0, a1, c.head_start, None, c.others))
            taken_until = max(taken_until, told.end, a1)
            continue
        if kind == "answer" and not c.before and (pair := _members_asked_before(text, c, people)):
            # "副区长X带领…到会应询，并就委员们关于…提出的问题作了回答。": the same, told before the cue.
            told, sp = pair
            out.append(told)
            out.append(Utterance(kind, sp, c.cue_end, c.cue_end, told.at))
            taken_until = max(taken_until, c.cue_end)
            continue
        asked, told_span, re_ask = _asker_in_clause(text, c, people) if kind == "answer" else (None, None, False)
        if kind == "answer" and asked is None and c.before and not _open_question(out):
            asked = _asker_after(text, c, people)
        if (kind == "answer" and asked is None and c.before and not _open_question(out)
                and text[c.before[1] - 2:c.before[1] - 1] in ("？", "?") and c.head_start - c.before[1] <= 30
                and (sp := _member_opening(text, c.before[1], people)) is not None):
            # "“…？”委员X话音刚落，Y局副局长Z就接过了话筒：“…”": the member between the
            # question and the answer's speaker asked it.
            people.add(sp)
            asked = sp
        if (kind == "answer" and asked is None and c.before and not _open_question(out)
                and (said := _said_before_quote(text, cues[i - 1] if i else None, c.before[0])) is not None):
            # "委员X说，调研中…只有几家，“政府怎样培育龙头企业？”局长Y答，…": the member's remark
            # runs on into the quoted question the answer takes up.
            asked = said
        if kind in ("question", "follow_up") and c.addressee is None:
            c.addressee = _thrown_to(text, c.cue_end, people)
        if asked is not None or (kind == "answer" and c.before and not _open_question(out)
                                 and not _public_quoted(text, c.before[0])):
            # "“…？”在回答王晓荣委员的提问时，X表示，…": the quotation is the question and
            # the clause names who asked; "“…？”X负责人表示，…" with no question open: an
            # unattributed question.
            q_span = _question_before(text, c, paragraphs, pi, taken_until)
            if q_span is None and asked is not None and not _open_question(out):
                # "听了X代表的建议后，Y回应，…": the asker's words are told before, not quoted.
                q_span = (_told_before(text, paragraphs, pi, asked, taken_until) or told_span
                          or (c.head_start, c.head_start))
            if q_span is None and asked is None and c.before and not _open_question(out):
                # "另一位提问人立即就…是否处罚到位？并要求…作答。“…”X回答": a question told
                # in the same paragraph, just before the quoted answer.
                told = _told_question(text, paragraphs[pi][0], max(taken_until, 0), c.before[0], people)
                if told is not None:
                    q_span, asked = told
                else:
                    # "…重中之重，如何进一步提升…？“…”X局负责人表示": the narrator puts the question;
                    # "“…”X局局长向代表答复…问题解决情况": the problem answered is.
                    q_span = (_narrated_question(text, max(paragraphs[pi][0], taken_until), c.before[0])
                              or _answered_about(text, c))
            if q_span is not None:
                # (a problem named after the quoted answer still opens the exchange)
                # ("面对X的追问“…”，Y回应称": the clause names a 追问)
                out.append(Utterance("follow_up" if re_ask and asked is not None else "question",
                                     asked or Speaker(), q_span[0], q_span[1], q_span[0],
                                     at=start if q_span[0] > start else -1))
                taken_until = q_span[1]
                if c.before and q_span == c.before:
                    if not after:
                        taken_until = c.cue_end
                        out.append(Utterance(kind, c.speaker, c.cue_end, c.cue_end, c.head_start, None, c.others))
                        continue  # ("“…？”X发问后，A局局长Y和B局局长Z先后作答": both answer)
                    start, end = after
        if (kind == "answer" and asked is None and not c.before and not _open_question(out)
                and (q_span := _question_left_open(text, paragraphs, pi, c.head_start, taken_until))):
            # "县人民法院如何…？县人民法院院长X介绍，…", "请问市X局，…？" on the line before
            # "市X局局长Y表示，…": a question nobody is said to ask, answered by the next official
            # (unless a member opens the clause right after its quotation: "“…？”X忍不住插话。").
            q_kind, q_sp, (q0, q1) = _member_after_open_quote(text, q_span, out, people) \
                or ("question", Speaker(), q_span)
            out.append(Utterance(q_kind, q_sp, q0, q1, q0))
            taken_until = max(taken_until, q_span[1])
        if (kind == "answer" and c.kind == "answer" and inquiry and end > start
                and (text[start] in "“「" or text[c.cue_end:c.cue_end + 1] in ("：", ":"))
                and not any_question and not _open_question(out)):
            # "…厅长X则比较自信……在委员的追问下，他也承认：“…”": an answer the report quotes
            # before quoting any question answers a question it only describes (summaries
            # such as "X作了回答" or "X汇报了…" quote nothing and answer no one in particular).
            # (ordered at the answer's start when "“…，”Y回答" quotes its words before the speaker
            # phrase; a quotation asking, "“…？”Y坦言", is no answer's)
            own = (c.before is not None and start == c.before[0] and c.head_start - c.before[1] <= 1
                   and not re.search(r"[？?]", text[start:c.head_start]))
            out.append(Utterance("question", asked or Speaker(), c.head_start, c.head_start, c.head_start,
                                 at=start if own else -1))
        if (kind == "answer" and not c.before and not _open_question(out) and (c.speaker.department or c.speaker.title)
                and (topic := _topic_lead(text, max(paragraphs[pi][0], taken_until), c.head_start))):
            # "针对小微水体长效监管，市X局有关负责人说，…": the topic the office answers on.
            out.append(Utterance("question", Speaker(), topic[0], topic[1], topic[0]))
        elif kind == "answer" and not _open_question(out) and (
                m := _links().answering.search(text[c.head_start:c.cue_start])):
            # "X局长现场答复野猪毁粮问题时说：“…”": the question is the problem it names.
            a = c.head_start + m.start("q")
            out.append(Utterance("question", Speaker(), a, c.head_start + m.end("q"), a))
        if (kind == "answer" and asked is None and not c.before and not _open_question(out)
                and (inside := _asker_inside(text, start, end, people)) is not None):
            # "Y局负责人表示，…。针对X代表提出的增开夜班公交的建议，Y局将…": the answer itself
            # names the member whose proposal it takes up.
            sp, (ta, tb) = inside
            out.append(Utterance("question", sp, ta, tb, ta, at=start))
        out.append(Utterance(kind, c.speaker, start, end, c.head_start, c.addressee, c.others))
        taken_until = max(taken_until, end)
    if lede is not None and not any(u.start < lede[1].end and lede[1].start < u.end for u in out):
        # (the question may have been read already, by a cue: "委员Z的提问：…？")
        asked = [u for u in out if u.start < lede[0].end and lede[0].start < u.end]
        if not asked:
            out.extend(lede)
        elif all(u.kind in ("question", "follow_up") and u.speaker.name == lede[0].speaker.name for u in asked):
            out.append(lede[1])
            # ("这位X局局长，是在回答委员Z的提问。": what the sentence naming the official and the member
            # read, an empty question or an answer by nobody named, is the lede's pair)
            told = _clause_end(text, lede[0].head_start, len(text), "。\n")
            out = [u for u in out if u is lede[1] or u in asked or not (
                text.rfind("\n", 0, lede[0].head_start) < u.head_start < told
                and (u.start == u.end or not u.speaker.name) and u.end <= told)]
    out = sorted(_answers_pointed_back(text, paragraphs, out, people), key=_order)
    out.extend(_talk_requests(text, out, people))
    out.extend(_self_introduced(text, out, people))
    out = _drop_presumed_questions(out, _quote_then_member(text, out, people))
    out.extend(_who_asked_who_answered(text, out, people))
    out.extend(_introduced_questions(text, out, people))
    out.extend(_respective_askers(text, out))
    out = _paired_lists(text, out)
    # Features open with teaser questions put to offices; those the attributed exchanges
    # below them ask again (the same office) are theirs, the others stand alone.
    out.extend(_addressed_questions(text, paragraphs, out))
    out.extend(_office_answered_pairs(text, out))
    out.extend(_narrated_office_questions(text, paragraphs, out))
    out.extend(_unmarked_office_questions(text, out))
    out = _counted_askers(text, paragraphs, out)
    out.extend(_raised_problem_taken_up(text, out, people))
    out.extend(_cut_question(text, paragraphs, out))
    out = sorted(out, key=_order)
    out = _member_told_before_quote(text, paragraphs, out, people)
    out.extend(_unattributed_answers(text, paragraphs, out))
    out = _drop_lead_repeats(text, _drop_told_topics(text, _drop_empty_questions(sorted(out, key=_order), paragraphs)))
    out = _drop_reporting_deputy_questions(text, out)
    out = _drop_questions_to_residents(text, out)
    out = _drop_listed_suggestions(text, out)
    out = _asked_while_answering(text, out)
    if not inquiry and not any(u.kind == "answer" for u in out):
        # "代表X最关心的问题是，…？她建议…" in an interview at the congress session: a
        # member's questions put to nobody, answered by nobody, where no inquiry is held.
        out = [u for u in out if u.kind not in ("question", "follow_up") or u.addressee is not None]
    # "…专题询问  委员追问“飞得起、落得下”", "委员直面“大班额”\n局长承诺“时间表”": the page's
    # title (a line or up to three) names who asked and answered in a few words; the report
    # below tells the exchanges.
    titled = next((k for k, p in enumerate(paragraphs[:3]) if not _title_line(text, *p)), min(3, len(paragraphs)))
    if 0 < titled < len(paragraphs):
        rest = [u for u in out if u.head_start >= paragraphs[titled - 1][1]]
        out = rest if rest else out
    return [_office_referred(text, _question_from(text, u, people)) for u in out]


def _member_told_before_quote(text: str, paragraphs: list[tuple[int, int]], out: list[Utterance],
                              people: _People) -> list[Utterance]:
    """Quoted questions nobody is named asking that open a sentence after sentences of their
    paragraph naming one member and no other speech ("代表X是村里的妇女主任，她问的是安全。“…？”",
    "扶贫资金怎么管，是代表Y最关切的。“…？”"): that member asks them."""
    res = []
    seats = _speaker_words().member_seats
    for u in out:
        q = text.find("“", u.start, u.end) if u.kind == "question" and not u.speaker.name and not u.speaker.role else -1
        if q > 0 and text[q - 1] in "。！？":
            a = paragraphs[_para_index(paragraphs, u.start)][0]
            if not any(v is not u and a <= v.head_start < q for v in out) and "“" not in text[a:q] \
                    and sum(text.count(w, a, q) for w in seats) == 1:
                # clause starts, and a member after 是 ("…，是代表Y最关切的")
                starts = [a] + [i + 1 for i in range(a, q - 1) if text[i] in "，。；是"]
                found = {sp.name: sp for k in starts if (sp := _member_opening(text, k, people)) is not None}
                if len(found) == 1:
                    u = dataclasses.replace(u, speaker=next(iter(found.values())))
        res.append(u)
    return res


@functools.lru_cache(maxsize=1)
def _reporting_deputy_words() -> re.Pattern[str]:
    return re.compile(alternation(dict.fromkeys(r.cells[0] for r in read_words("reporting_deputy_words.txt"))))


def _drop_reporting_deputy_questions(text: str, out: list[Utterance]) -> list[Utterance]:
    """"选民X向述职代表、镇党委书记Y提问：“…？”Y…作答": at a deputy's 述职 the voters question
    the deputy; the sentence that puts the question names the deputy as the one reporting.
    Such a question, and the answer the deputy gives it, are no inquiry exchange."""
    words = _reporting_deputy_words()
    dropped: list[Utterance] = []
    for u in out:
        if u.kind in ("question", "follow_up"):
            # (turns.last_mark, not _clause_start from 0: an rfind per mark back to the text's
            # start for every question made a long file's reading quadratic)
            lo = last_mark(text, u.head_start, "。！？\n") + 1
            if words.search(text, lo, max(u.start, u.head_start)):
                dropped.append(u)
    if not dropped:
        return out
    # (the answer told right after a dropped question, before any other question, is the deputy's)
    answers = set()
    for q in dropped:
        nxt = next((u for u in out if u.start >= q.end and u.kind != "answer"), None)
        stop = nxt.start if nxt is not None else len(text)
        answers.update(id(u) for u in out if u.kind == "answer" and q.end <= u.start < stop)
    gone = {id(u) for u in dropped} | answers
    return [u for u in out if id(u) not in gone]


@functools.lru_cache(maxsize=1)
def _residents() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A quotation opening by greeting a villager, and a resident asked right after a cue, from
    data/residents.tsv."""
    w = read_groups("residents.tsv", ("greeting", "asked"))
    greeting = re.compile(rf"[“「](?:{alternation(w['greeting'])})(?:[，,！!、]|您好)")
    asked = re.compile(rf"(?:{alternation(w['asked'])})们?(?:(?P<q>是否|有没有|还|对)"
                       r"|(?P<name>[\u4e00-\u9fff]{2,3}?)(?:[、，,家]|是否))")
    return greeting, asked


def _asks_resident(text: str, u: Utterance) -> bool:
    """The question ``u`` put to a resident: a quotation greeting a villager ("“阿姨，您好！…？”"),
    or a question told unquoted whose cue a resident follows, named or asked whether
    ("询问村民Y家里的补贴是否按时到账")."""
    greeting, asked = _residents()
    if greeting.match(text, u.start):
        return True
    m = asked.match(text, u.start)
    return m is not None and (m["q"] is not None or m["name"][0] in surnames())


def _without_questions(text: str, out: list[Utterance], dropped: list[Utterance]) -> list[Utterance]:
    """``out`` without the questions ``dropped`` and the answers told after each before the next
    question (they answer nobody in office, or a resident answers)."""
    if not dropped:
        return out
    gone = {id(u) for u in dropped}
    for q in dropped:
        nxt = next((u for u in out if u.start >= q.end and u.kind != "answer"), None)
        stop = nxt.start if nxt is not None else len(text)
        gone.update(id(u) for u in out if u.kind == "answer" and q.end <= u.start < stop)
    return [u for u in out if id(u) not in gone]


def _drop_questions_to_residents(text: str, out: list[Utterance]) -> list[Utterance]:
    """Deputies visiting their voters ask them ("“阿姨，您好！我是…镇人大代表，…？”", "代表X询问村民Y
    …是否…"), and nobody in office answers: no inquiry question. Its answer, told before the
    next question, is the resident's."""
    dropped = [u for u in out if u.kind in ("question", "follow_up") and _asks_resident(text, u)]
    return _without_questions(text, out, dropped)


def _drop_listed_suggestions(text: str, out: list[Utterance]) -> list[Utterance]:
    """"有代表提出…，…；有代表关注…问题，…；还有代表建议…": a sentence listing what some member
    or other raised (two or more such phrases in it), none of them asking a question mark: the
    report sums up suggestions (at a consultation stall, a group's deliberation), nobody asks an
    official. Each is dropped, with an answer told before the next question."""
    rx = _links().some_member
    dropped = []
    for u in out:
        if u.kind not in ("question", "follow_up") or u.speaker.name or not rx.match(text, u.head_start) \
                or re.search(r"[？?]", text[u.start:u.end]):
            continue
        lo = last_mark(text, u.head_start, "。！？\n") + 1
        hi = min((i for i in (text.find(c, u.head_start) for c in "。！？\n") if i >= 0), default=len(text))
        if sum(1 for m in rx.finditer(text, lo, hi) if m.start() == lo or text[m.start() - 1] in "，,；;：:") >= 2:
            dropped.append(u)
    return _without_questions(text, out, dropped)


@functools.lru_cache(maxsize=1)
def _while_asked() -> re.Pattern[str]:
    nouns = alternation(r.cells[0] for r in read_words("answered_while_asked.txt"))
    return re.compile(rf"在?接受(?P<who>[^，,。！？、；“”]{{0,10}}?(?:代表|委员|组成人员))们?的?(?:{nouns})时[，,]$")


def _asked_while_answering(text: str, out: list[Utterance]) -> list[Utterance]:
    """"在接受市人大代表问询时，市财政局副局长Y表示，…": an official's answer with no question
    before it, whose sentence opens by saying the members questioned the official, answers
    those members: an empty question of theirs goes before it."""
    added: list[Utterance] = []
    for i, u in enumerate(out):
        if u.kind != "answer" or not (u.speaker.name or u.speaker.title) or u.speaker.role:
            continue
        if i and out[i - 1].kind in ("question", "follow_up"):
            continue
        lo = _clause_start(text, max(0, u.head_start - 30), u.head_start, "。！？\n")
        m = _while_asked().search(text, lo, u.head_start)
        if m is None or not is_congress_role(m["who"]):
            continue
        added.append(Utterance("question", Speaker(role=m["who"]), m.start("who"), m.start("who"), m.start("who")))
    return sorted(out + added, key=_order) if added else out


_TITLE_BREAKS = re.compile(r"[。！？?；]")


def _title_line(text: str, a: int, b: int) -> bool:
    """The first line when it is a page title: short, no full stop, not ending in a colon."""
    p = text[a:b].strip()
    return (0 < len(p) <= 50 and not _TITLE_BREAKS.search(p) and not p.endswith(("：", ":"))
            and not p.startswith(("“", "「")))


def _question_from(text: str, u: Utterance, people: _People) -> Utterance:
    """"最后一个问题来自委员X：…？": an unattributed question whose span opens by saying
    which member it comes from is that member's; so is one whose first sentence counts the
    asker and names them ("首位发问的委员是X。她说，…？")."""
    if u.kind not in ("question", "follow_up") or u.speaker.name or u.speaker.role:
        return u
    m = _links().question_from.match(text[u.start:u.end])
    sp = _member_opening(text, u.start + m.end(), people) if m else None
    if sp is None and (c := _counted_member(text, u.start, _clause_end(text, u.start, u.end, "。！？\n"))) is not None:
        sp = c[0]
    return dataclasses.replace(u, speaker=sp) if sp is not None else u


_COUNTED_SCAN = 40  # how far into a sentence its asker is counted ("接着站起来发问的是…")


def _counted_member(text: str, lo: int, hi: int) -> tuple[Speaker, int] | None:
    """The last member ``text[lo:hi]`` counts and names ("第二位发问的是X委员", "第四位询问的委员
    名叫X", "接着发问的是一位女代表，她叫X"), with where the name ends. A bare name needs the
    seat word before the link."""
    if "的" not in text[lo:hi]:
        return None  # (cheap pre-test: every counting phrase holds 的)
    found = None
    for m in _links().counted.finditer(text, lo, hi):
        who, seat = m["who"], m["seat2"] or m["seat"]
        label = parse_head(who)
        if label is not None and label.speaker.name and label.speaker.role and is_congress_role(label.speaker.role):
            sp = label.speaker
        elif (sp := _member_with_post(who)) is not None and sp.name:
            pass
        elif seat and 2 <= len(who) <= 3 and _surname_first(who) and not not_a_name(who):
            sp = Speaker(name=who, role=seat)
        else:
            continue
        found = sp, m.end()
    return found


def _said_before_quote(text: str, prev: _Cue | None, quote: int) -> Speaker | None:
    """The member whose say cue opens the sentence a quoted question closes ("委员X说，…，“…？”")."""
    if prev is None or prev.kind != "say" or not prev.speaker.role or not is_congress_role(prev.speaker.role) \
            or _speaker_words().chair.search(prev.speaker.role) or not prev.cue_end <= quote:
        return None
    # (what others say, quoted inside the remark without asking, “有品牌无大企”, is no quotation of its own)
    remark = re.sub(r"“[^“”？?\n]*”", "", text[prev.cue_end:quote])
    return prev.speaker if not re.search(r"[。！？\n“”]", remark) else None


def _office_referred(text: str, u: Utterance) -> Utterance:
    """"该局局长X回答": the office is the last one named before the speaker phrase (the one
    asked, "委员Y向县教育局提问"), of the same kind when the phrase says which (局, 委 …)."""
    m = _speaker_words().this_office.match(u.speaker.department or "")
    if m is None:
        return u
    lo = max(0, u.head_start - 300)
    kind = m["kind"]
    named = [d for _, _, d in find_departments(text[lo:u.head_start])
             if kind in _speaker_words().office_any or d.endswith(kind)]
    if not named:
        return u
    return dataclasses.replace(u, speaker=dataclasses.replace(u.speaker, department=named[-1]))


_SCARE_QUOTE = re.compile(r"[“「][^“”「」？?，,。]{1,9}[”」]")


def _drop_lead_repeats(text: str, out: list[Utterance]) -> list[Utterance]:
    """A news lead quotes the question of "该县人大常委会委员" (nobody named, nobody asked)
    and the next paragraph gives it again in full with the member's name: one question.
    Told by the next question (named) opening with the same words."""
    keep: list[Utterance] = []
    for i, u in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (u.kind == "question" and not u.speaker.name and u.addressee is None and nxt is not None
                and nxt.kind == "question" and nxt.speaker.name):
            head = text[u.start:u.end].strip("“”「」 ")[:6]
            if len(head) == 6 and head in text[nxt.start:nxt.end]:
                continue
        speech = text[u.start:u.end]
        if (u.kind in ("question", "follow_up") and not u.speaker.name and u.addressee is None
                and _SCARE_QUOTE.fullmatch(speech)):
            continue  # a headline's "委员追问“最后一公里”": a catchword quoted, no one's question
        keep.append(u)
    return keep


def _pronoun_goes_on(text: str, pos: int, para_end: int) -> tuple[int, int] | None:
    """The sentence after the one ending past ``pos`` when a one-character pronoun and a speech
    cue open it ("…回答了委员X的询问。她介绍，…"): that speaker's words, up to its end."""
    stop = text.find("。", pos, para_end)
    if stop < 0 or text[stop + 1:stop + 2] not in _speaker_words().one_char_pronouns:
        return None
    cue = _cues()[1].match(text, stop + 2)
    if cue is None or _cue_kind(cue.group(0)) not in ("say", "answer"):
        return None
    a = cue.end() + (1 if text[cue.end():cue.end() + 1] in ("，", ",", "：", ":") else 0)
    b = text.find("。", a, para_end)
    return a, (b + 1 if b >= 0 else para_end)


def _answered_members(text: str, c: _Cue, people: _People) -> Utterance | None:
    """The question an answer cue takes as its object when the object names the members who
    asked it and its topic ("回答了市人大常委会组成人员就…提出的问题"), else None."""
    m = _speaker_words().members_asked.match(text, c.cue_end)
    if m is None and (q := _links().member_question.match(text, c.cue_end)) is not None:
        # "Y回答了委员X的询问。": the member named, the question only called so
        sp = _whole_speaker(q["who"], people)
        if sp is None or not sp.name or not sp.role or not is_congress_role(sp.role):
            return None
        return Utterance("question", sp, q.start("who"), q.start("who"), q.start("who"), at=c.head_start)
    if m is None or not _links().congress_word.search(m["who"]):
        return None
    sp = _whole_speaker(m["who"], people) or _group_asker(m["who"]) or Speaker(role=m["who"])
    if sp.role is None or not is_congress_role(sp.role):
        return None
    # (told after the answer's cue, it stands before the answer in the exchange)
    return Utterance("question", sp, m.start("t"), m.end("t"), m.start("t"), at=c.head_start)


def _members_asked_before(text: str, c: _Cue, people: _People) -> tuple[Utterance, Speaker] | None:
    """"副区长X带领12个部门负责人到会应询，并就委员们关于…提出的问题作了回答": the question
    (its askers and topic) told in the cue's clause, the official the clause before names
    (before 率/带领) answering it."""
    m = _speaker_words().members_asked_before.fullmatch(text, c.head_start, c.cue_start)
    if m is None or not _links().congress_word.search(m["who"]) or c.head_start < 2 or text[c.head_start - 1] not in "，,":
        return None
    p0 = max(text.rfind(ch, 0, c.head_start - 1) for ch in "，,。；！？\n") + 1
    led = _links().leads.search(text, p0, c.head_start - 1)
    head = _parse_speaker(text, p0, led.start() if led else c.head_start - 1, people)
    if head is None or not (head.speaker.title or head.speaker.department) or head.speaker.role:
        return None
    who = _whole_speaker(m["who"], people) or _group_asker(m["who"]) or Speaker(role=m["who"])
    if who.role is None or not is_congress_role(who.role):
        return None
    return Utterance("question", who, m.start("t"), m.end("t"), m.start("t"), at=p0), head.speaker


def _post_then_name(text: str, lo: int, hi: int) -> Speaker | None:
    """The first official ``text[lo:hi]`` names by a post and the name right after it, whatever
    modifies the post ("刚刚分管交通工作的副县长汪立新")."""
    for m in _posts().finditer(text, lo, hi):
        for e in (m.end() + 3, m.end() + 2):
            label = parse_head(text[m.start():e]) if e <= hi else None
            if label is not None and label.speaker.name and not label.speaker.role and not not_a_name(label.speaker.name):
                return label.speaker
    return None


def _raised_problem_taken_up(text: str, taken: list[Utterance], people: _People) -> list[Utterance]:
    """"针对常委会组成人员提出的“…”的问题，副县长X…要求发言": a problem the members raised,
    quoted in the narration, that an official named in the rest of the sentence takes up;
    no words of the reply given."""
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for m in _speaker_words().raised.finditer(text):
        qa, qb = m.span("q")
        if _overlaps(spans, qa, qb) or not _links().congress_word.search(m["who"]):
            continue
        who = _whole_speaker(m["who"], people) or _group_asker(m["who"]) or Speaker(role=m["who"])
        sp = _mentioned_person(text, m.start("rest"), m.end("rest")) or _post_then_name(text, m.start("rest"), m.end("rest"))
        if who.role is None or not is_congress_role(who.role) or sp is None or sp.role or not (sp.title or sp.department):
            continue
        out.append(Utterance("question", who, qa, qb, qa))
        out.append(Utterance("answer", sp, m.end(), m.end(), m.start("rest")))
    return out


def _drop_told_topics(text: str, out: list[Utterance]) -> list[Utterance]:
    """"委员X关注校车安全。她问县教育局：“…？”": what a member cares about, told just before
    the same member asks, is the question's lead-in, not a question of its own."""
    keep: list[Utterance] = []
    for u, nxt in zip(out, [*out[1:], None]):
        prev = keep[-1] if keep else None
        if (prev is not None and u.kind == "question" and prev.kind in ("question", "follow_up")
                and u.speaker.name and prev.speaker.name == u.speaker.name and prev.head_start == u.head_start
                and u.addressee is None and text[prev.start:prev.start + 1] in ("“", "「")
                and text[u.start:u.start + 1] not in ("“", "「") and not re.search(r"[？?]", text[u.start:u.end])):
            continue  # "“…？”委员X就把矛头指向了…问题。": the topic told after the quoted question, one question
        if (prev is not None and u.kind == "question" and u.start == u.end and prev.kind == "question"
                and u.speaker.name and prev.speaker.name == u.speaker.name and prev.end > prev.start
                and 0 <= u.head_start - prev.end <= 60):
            continue  # "“…？”委员X第一个发问。针对X提出的问题，…": the problem X raised is the one just quoted
        if (nxt is not None and u.kind == "question" and nxt.kind in ("question", "follow_up")
                and u.speaker.name and nxt.speaker.name == u.speaker.name
                and not (text[u.start:u.start + 1] in ("“", "「") and text[u.end - 1:u.end] in ("”", "」"))
                and not re.search(r"[？?]", text[u.start:u.end])
                and 0 <= nxt.head_start - u.end <= 30 and len(re.findall(r"[。！；]", text[u.end:nxt.head_start])) <= 1):
            continue
        keep.append(u)
    return keep


def _unattributed_answers(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """"委员X问Y局局长Z：“…？”" and then a quotation nobody is said to speak, closing its
    paragraph and asking nothing: the answer of the one asked (or of someone unnamed)."""
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for u, nxt in zip(taken, [*taken[1:], None]):
        if u.kind not in ("question", "follow_up") or (nxt is not None and nxt.kind == "answer"):
            continue
        if not (u.speaker.name or u.speaker.role or u.addressee) or u.end <= u.start:
            continue
        pos = u.end
        while pos < len(text) and text[pos] in " \n":
            pos += 1
        if text[pos:pos + 1] != "“":
            continue
        para_end = paragraphs[_para_index(paragraphs, pos)][1]
        quote = next((q for q in _quoted_spans(text, pos, para_end) if q[0] == pos), None)
        if quote is None:  # an opening mark never closed in its paragraph
            continue
        after = text[quote[1]:para_end].strip(" 。")
        if (after and not _links().asked_office.match(after)) or re.search(r"[？?]", text[quote[0]:quote[1]]) \
                or _overlaps(spans, *quote) or (nxt is not None and nxt.start < quote[1]):
            continue
        out.append(Utterance("answer", u.addressee or Speaker(), quote[0], quote[1], quote[0]))
    return out


def _answered_about(text: str, c: _Cue) -> tuple[int, int] | None:
    """The problem an answer cue takes as its object ("答复野猪毁粮问题解决情况": 野猪毁粮问题)."""
    m = _links().answered_about.match(text, c.cue_start)
    if m is None or m.end() != c.cue_end:
        return None
    m = _links().answered_object.match(text[c.cue_end:c.cue_end + 48])
    return (c.cue_end, c.cue_end + m.end()) if m else None


def _narrated_question(text: str, lo: int, quote: int) -> tuple[int, int] | None:
    """The sentence ending in ？ right before ``quote`` (same paragraph, after ``lo``)."""
    if quote - 1 < lo or text[quote - 1] not in "？?":
        return None
    start = _clause_start(text, lo, quote - 1, "。！？?；")
    return (start, quote) if 6 <= quote - start <= 150 else None


def _topic_lead(text: str, lo: int, head: int) -> tuple[int, int] | None:
    """"针对X，" or "在回答X时，" opening the sentence of an answer's speaker: X, what was asked about."""
    if head - 1 <= lo or text[head - 1] not in "，,":
        return None
    # The clause right before the speaker ("小微水体是…的空间，针对小微水体长效监管，").
    start = _clause_start(text, lo, head - 1, "。！？?；，,\n")
    m = _links().topic_lead.fullmatch(text, start, head)
    if m is None:
        return None
    if m["t"] is not None:
        # "针对这一问题，": a question already asked, or told with its asker
        return None if _links().topic_asked.search(m["t"]) else m.span("t")
    # "在回答如何解决…问题时，": the problem is the question ("在回答X委员的提问时" names an asker instead)
    return None if _links().answering_asked.search(m["w"]) else m.span("w")


def _asked_topic_lead(text: str, lo: int, head: int) -> tuple[int, int] | None:
    """"关于X的问题，委员Y问得很直接。": X's clause opening the sentence of a member's question
    cue that quotes nothing (a topic ending in 问题 is this question's, not one asked before;
    "关于这个问题，" points back and names none)."""
    if head - 1 <= lo or text[head - 1] not in "，,":
        return None
    start = _clause_start(text, lo, head - 1, "。！？?；，,\n")
    m = _links().topic_lead.fullmatch(text, start, head)
    if m is None or m["t"] is None or text[m.start("t")] in "这此该":
        return None
    return m.span("t")


# "对此，", "面对这一问题，": a short clause between a question and the official answering it.
_LINKING = re.compile(r"[^，。；！？“”\n]{1,10}[，,]")


def _question_left_open(text: str, paragraphs, pi: int, head: int, floor: int) -> tuple[int, int] | None:
    """The question an answer's speaker phrase follows, when nobody is said to ask it: the
    sentences ending in ？ right before it (same paragraph), else the paragraph before it
    when that ends in a question or in a quoted question and a short line of narration
    ("“…？”这道题是A、B等单位都要回答的。")."""
    a = paragraphs[pi][0]
    j = head
    k = _clause_start(text, a, j, "。！？?；\n")
    if k < j and _LINKING.fullmatch(text, k, j):
        j = k  # "…？对此，Y局长表示"
    if j > max(a, floor) and text[j - 1] in "？?" or text[j - 2:j] in ("？”", "?”"):
        start = _clause_start(text, max(a, floor), j, "。！；\n")
        return (start, j) if 6 <= j - start <= 200 and not _told_speaker(text, start, j) else None
    if j > a or pi == 0:
        return None
    pa, pb = paragraphs[pi - 1]
    if pa < floor or pb - pa > 300:
        return None
    para = text[pa:pb].rstrip()
    if _told_speaker(text, pa, pa + len(para)) or _named_in_narration(text, pa, pa + len(para)):
        return None  # (narration naming someone with a post tells who asked: the later passes read it)
    if para.endswith(("？", "?", "？”", "?”")):
        return pa, pa + len(para)
    asks = [q for q in _quoted_spans(text, pa, pb) if re.search(r"[？?]", text[q[0]:q[1]])]
    # (narration that names someone with a post, "…”市人大代表X很想知道…", tells who asked: not this rule)
    if asks and len(para) - (asks[-1][1] - pa) <= 40 and not _posts().search(text, asks[-1][1], pa + len(para)):
        return pa, pa + len(para)
    return None


def _told_speaker(text: str, a: int, b: int) -> bool:
    """Whether the narration of ``text[a:b]`` (outside its quotations, 请问 aside) says someone
    speaks who is no member of the congress: "县政协委员X问：“…？”", "主持人问：“…？”" — the
    question is no congress inquiry's."""
    narration = _narration(text, a, b).replace("请问", "")
    return bool(_cues()[1].search(narration)) and not _links().congress_word.search(narration)


def _named_in_narration(text: str, a: int, b: int) -> bool:
    """Whether the narration of ``text[a:b]`` names someone with a post and a name."""
    narration = _narration(text, a, b)
    return _mentioned_person(narration, 0, len(narration)) is not None


def _narration(text: str, a: int, b: int) -> str:
    """``text[a:b]`` without its quotations (the parts joined by a comma)."""
    outside, pos = [], a
    for x, y in _quoted_spans(text, a, b):
        outside.append(text[pos:x])
        pos = y
    outside.append(text[pos:b])
    return "，".join(outside)


def _cut_after_colon(text: str, c: _Cue) -> bool:
    """"市粮食局局长Y说：" ending the excerpt: an official about to answer, the answer cut."""
    return text[c.cue_end:].strip() in ("：", ":") and bool(c.speaker.department or c.speaker.title)


def _cut_by_excerpt(text: str, start: int, end: int) -> bool:
    """A quotation that opens at ``start`` and runs unclosed to the end of the text."""
    return (text[start:start + 1] in ("“", "「") and not text[end:].strip(" \n，,、…")
            and not re.search("[”」]", text[start:end]))


def _asked_when_cut(text: str, c: _Cue, start: int, end: int) -> bool:
    """"委员X问：“如" and the page ends: a question cue whose quotation the page cut a word or
    two in (or at its very mark) still asked, though its speech is too short to be one."""
    return c.kind in ("question", "follow_up") and start - c.cue_end <= 1 and _cut_by_excerpt(text, start, end)


def _open_quote_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last quoted question of ``text[lo:hi]``, if it ends within two sentences of ``hi``."""
    asks = [q for q in _quoted_spans(text, lo, hi) if re.search(r"[？?]", text[q[0]:q[1]])]
    if not asks or hi - asks[-1][1] > 120 or len(re.findall(r"[。！]", text[asks[-1][1]:hi])) > 2:
        return None
    return asks[-1]


# Narration a quotation paragraph may open with: a dateline, a reporter's byline ("本报讯（记者 X）").
_LEAD_MAX = 40


def _quote_paragraphs_before(text: str, paragraphs, pi: int, head: int, floor: int) -> tuple[int, int] | None:
    """"“…？”" / "“…？”" as paragraphs of their own, then "代表X开门见山便是一连串追问。" in the
    next one with no speech of its own: the quotations (up to three paragraphs right before,
    each nothing but quotations after a short dateline, one of them asking) are the member's.
    The cue's paragraph must quote nothing before the cue (else that quotation is the one)."""
    if pi == 0 or "“" in text[paragraphs[pi][0]:head] or "「" in text[paragraphs[pi][0]:head]:
        return None
    first = last = None
    for k in range(pi - 1, max(-1, pi - 4), -1):
        a, b = paragraphs[k]
        if a < floor:
            break
        quotes = _quoted_spans(text, a, b)
        if not quotes or text[quotes[-1][1]:b].strip(" 。") or quotes[0][0] - a > _LEAD_MAX \
                or any(text[x:y].strip() for (_, x), (y, _) in zip(quotes, quotes[1:])) \
                or not all(re.search(r"[，。？！；,?!]", text[x:y]) for x, y in quotes):
            # (a headline's quoted term, "…上的“一连串追问”", is no speech)
            break
        first, last = quotes[0][0], last or quotes[-1][1]
    if first is None or not re.search(r"[？?]", text[first:last]):
        return None
    return first, last


def _order(u: Utterance) -> tuple[int, int]:
    return (u.at, 0) if u.at >= 0 else (u.start, 1)


def _drop_empty_questions(out: list[Utterance], paragraphs) -> list[Utterance]:
    """"“…？”代表X很想知道…。Y局长回答：“…”": an answer given an empty question of its
    own while the member's quoted question just before it (same or previous paragraph:
    normalising puts "Y局长回答：" on a line of its own) is still open."""
    keep: list[Utterance] = []
    for u in out:
        if (u.kind == "question" and u.start == u.end and u.speaker == Speaker() and keep
                and keep[-1].kind in ("question", "follow_up") and keep[-1].end > keep[-1].start
                and 0 <= _para_index(paragraphs, u.start) - _para_index(paragraphs, keep[-1].start) <= 1):
            continue
        keep.append(u)
    return keep


def _cut_question(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """An excerpt that ends inside a quotation addressed to an office ("“请问省水利厅，我省在…"):
    the question it cuts still names who is asked."""
    at = text.rfind("“")
    if at < 0 or "”" in text[at:] or not paragraphs or any(u.end > at for u in taken):
        return []
    a, b = paragraphs[_para_index(paragraphs, at)]
    if b < at or len(text) - b > 200 or b - at > 400:
        return []  # not the last words of the excerpt
    quote = text[at:b]
    if not _speaker_words().addressed.search(quote) or not any(sp.department or sp.title for _, sp in find_clues(quote)):
        return []
    return [Utterance("question", Speaker(), at, b, at)]


def _speech_after(text: str, c: _Cue, nxt: _Cue | None, paragraphs: list[tuple[int, int]],
                  pi: int) -> tuple[int, int] | None:
    """The speech after a cue: up to the next attributed speech or the paragraph end."""
    b = paragraphs[pi][1]
    stop = b
    if nxt is not None and nxt.cue_start < b:
        stop = min(stop, nxt.before[0] if nxt.before else nxt.head_start)
    j = c.cue_end
    if j < stop and text[j] in "：:，,":
        j += 1
    if j < stop and text[c.cue_end] in "，," and text.startswith(_speaker_words().doing_else, j):
        return None  # "X逐一回应，并认真记录了…": the same speaker doing something else, no speech
    if j < stop and text[c.cue_end] in "，," and c.kind in ("question", "follow_up") and c.topic \
            and _office_answers_at(text, j, stop):
        return None  # "X还就…问题提出询问，相关部门表示会后研究答复": the topic was asked, an office answers
    if j < stop and text[c.cue_end] in "：:，,“「":
        return j, stop
    if c.kind in ("question", "follow_up") and j < stop and text[j] not in "。！？；":
        # Indirect question: "X询问了城区停车难问题如何解决。"
        end = j
        while end < stop and text[end] not in "。！？；":
            end += 1
        if text.startswith("的是", c.cue_end - 2):
            end = _pronoun_sentences_after(text, end, stop)
        if nxt is not None and nxt.before and nxt.before[0] == end + 1 == stop and text.startswith("。", end) \
                and nxt.kind in ("answer", "say") and not (nxt.speaker.role and is_congress_role(nxt.speaker.role)) \
                and _QUOTED_ASKING.fullmatch(text, *nxt.before):
            # "委员X把目光投向了楼道。“…？”局长Y坦言，…": the quotation that asks after the member's
            # topic is the member's question, not the speech of the official named after it
            return j, nxt.before[1]
        return j, _questions_after_topic(text, end, stop)
    if c.kind in ("answer", "say") and j < stop and text[j] not in "。！？；":
        # "X汇报了一串数据，38个整改问题正在推进…", "Y表示将…" (a say cue runs on only there)
        return j, stop
    if j >= b and not c.before and pi + 1 < len(paragraphs):
        # "X率先发问：" ends its paragraph: the speech is the next one.
        na, nb = paragraphs[pi + 1]
        if nxt is None or nxt.head_start >= nb:
            return na, nb
    if c.kind in ("question", "follow_up") and not c.before and text[j:b] == "。" and pi + 1 < len(paragraphs):
        # "委员X最后提问。" a line of its own, "“…？”" the next: a brief cut one sentence a
        # line puts the question under the line naming who asks it
        na, nb = paragraphs[pi + 1]
        if (nxt is None or nxt.head_start >= nb) and _QUOTED_ASKING.fullmatch(text, na, nb):
            return na, nb
    return None


_UNNAMED_OFFICE = re.compile(r"(?:各|其他)?(?:相关|有关)(?:部门|单位)(?:负责人|负责同志)?")


def _office_answers_at(text: str, j: int, stop: int) -> bool:
    """Whether the clause at ``j`` opens with an office, named or not ("相关部门", "市X局"),
    and an answering or saying cue right after it ("相关部门表示…", "市X局回应…")."""
    end = _clause_end(text, j, stop, "，,。！？；")
    m = _cues()[1].search(text, j, end)
    if m is None or _cue_kind(m.group(0)) not in ("answer", "say") or not 2 <= m.start() - j <= 20:
        return False
    head = text[j:m.start()]
    return _UNNAMED_OFFICE.fullmatch(head) is not None or _is_department(head)


def _pronoun_sentences_after(text: str, end: int, stop: int) -> int:
    """Where a member's concern ends when the sentences right after it open with 他/她 (before
    ``stop``, the next speech): "委员X关心的是钱。他注意到，…。他请市财政局说一说，…。" asks
    in the sentences the member goes on with (each sentence is read once)."""
    pronouns = _speaker_words().one_char_pronouns
    while text.startswith("。", end) and end + 1 < stop and text[end + 1] in pronouns:
        m = _SENTENCE_END.search(text, end + 1, stop)
        end = m.start() if m is not None else stop
    return end


def _questions_after_topic(text: str, end: int, stop: int) -> int:
    """Where an indirect question's speech ends when its object closes a sentence at ``end``
    and the sentences right after it ask (unquoted, before ``stop``, the next speech): the topic
    first, then the member's question ("委员X把话题拉回到煤炭上。…产业链怎么向下游延伸？")."""
    if not text.startswith("。", end):
        return end
    pos = end + 1
    if (q := _QUOTED_ASKING.match(text, pos, stop)) is not None:
        # "委员X接过话题，把目光投向了楼道。“…？”": the topic, then the member's quoted question
        return q.end()
    while pos < stop:
        m = _SENTENCE_END.search(text, pos, stop)
        if m is None or text[m.start()] not in "？?" or "“" in text[pos:m.start()]:
            break
        end = pos = m.end()
    return end


def _speech_span(text: str, c: _Cue, after: tuple[int, int] | None) -> tuple[int, int]:
    """What the cue attributes: the quotation before it, the speech after it, both
    when a quotation is split around it, the topic, or nothing (an empty span)."""
    if c.before and after and text[after[0]] in "“「":
        span = (c.before[0], after[1])  # a quotation split around the cue
    elif c.before:
        span = c.before
    elif after:
        span = after
    elif c.topic:
        span = c.topic  # "X围绕彩礼治理提出问题": the question in indirect speech
    else:
        # "交通局局长杨奎现场应答。": an answer the report does not quote still names who gave it.
        span = (c.cue_end, c.cue_end)
    start, end = span
    while end > start and text[end - 1] in " ，,":
        end -= 1
    return start, end


def _open_question(out: list[Utterance]) -> bool:
    return bool(out) and out[-1].kind in ("question", "follow_up")


def _asker_in_clause(text: str, c: _Cue, people: _People) -> tuple[Speaker | None, tuple[int, int] | None, bool]:
    """The asker named in the answer's own sentence ("面对张凯华代表的提问，X表示"), the
    question told there, if any ("针对X提出的如何…的问题": 如何…的问题, "面对X的追问“…”":
    the quotation), and whether the clause calls it a 追问."""
    lo = c.before[1] if c.before else max(0, c.head_start - 90)
    lo = max(lo, text.rfind("\n", 0, c.head_start) + 1, text.rfind("。", 0, c.head_start) + 1)  # its own sentence
    clause = text[lo:c.head_start]
    m = _links().facing.search(clause)
    inside = False
    if not m and c.cue_start - c.head_start > 6:
        # "Y在回答委员X关于…的问询时说": the clause stands between the official and the cue.
        lo, clause, inside = c.head_start, text[c.head_start:c.cue_start], True
        m = _links().facing.search(clause, 2)
        if m and m.end() == len(clause):
            m = None  # (the asked noun is the cue itself: no clause of its own)
    if not m:
        return None, None, False
    # "针对代表们提出的问题": members together, unnamed.
    sp = _whole_speaker(m.group(1), people) or _whole_speaker(m.group(1).removesuffix("们"), people)
    if sp is None or not (sp.role and is_congress_role(sp.role)):
        return None, None, False
    people.add(sp)
    re_ask = _cue_kind(m.group(0)[-2:]) == "follow_up"
    a = lo + m.end(1)
    if text.startswith("提出的", a):
        a += 3
    elif text.startswith("的", a):
        a += 1
    b = lo + m.end()
    if text.startswith("“", b) and (q := text.find("”", b, c.head_start)) > b:
        return sp, (b, q + 1), re_ask
    return sp, ((a, b) if b - a >= 6 and (inside or text[b - 2:b] == "问题") else None), re_ask


def _asker_inside(text: str, start: int, end: int, people: _People) -> tuple[Speaker, tuple[int, int]] | None:
    """The member an answer's own words name as the one who asked, opening one of its clauses
    ("…。针对林海燕代表提出的增开夜班公交的建议，…"), and what was asked (after 提出的)."""
    for m in _links().facing.finditer(text, start, end):
        if m.start() > start and text[m.start() - 1] not in "，,。；":
            continue
        sp = _whole_speaker(m.group(1), people)
        if sp is None or not sp.name or not (sp.role and is_congress_role(sp.role)):
            continue
        a = m.end(1) + (3 if text.startswith("提出的", m.end(1)) else 1 if text.startswith("的", m.end(1)) else 0)
        people.add(sp)
        return sp, (a, m.end())
    return None


def _asker_after(text: str, c: _Cue, people: _People) -> Speaker | None:
    """"“…”Y局长的回答，得到提问人X代表的点头认可。": a member named after a quoted answer's
    cue, in the same sentence, asked the question it answers."""
    end = _clause_end(text, c.cue_end, c.cue_end + 60, "。！？\n“")
    sp = _mentioned_person(text, c.cue_end, end)
    if sp is None and (m := _links().asker_noun.search(text, c.cue_end, end)):
        sp = _whole_speaker(m["x"], people)  # "提问人郭敏代表"
    if sp is None or not (sp.role and is_congress_role(sp.role)) or _speaker_words().chair.search(sp.role):
        return None
    people.add(sp)
    return sp


def _thrower(head: str, people: _People) -> _Head | None:
    """"委员X紧接着把问题抛给了市自然资源和规划局" before a colon: the member who put the
    question to an office or official (the whom too long for a manner), and whom."""
    m = _links().thrown_to.search(head)
    if m is None or m.end() != len(head):
        return None
    found = _speaker_then_manner(head[:m.start("v")], people)  # "委员X紧接着把问题": a speaker and a manner
    if found is None or not (found.speaker.role and is_congress_role(found.speaker.role)):
        return None
    whom = _whole_speaker(m["x"], people)
    if whom is not None and whom.role and is_congress_role(whom.role):
        return None
    return _Head(found.speaker, addressee=whom) if whom is not None else found


_QUOTED_ASKING = re.compile(r"[“「][^“”「」\n]{2,300}[？?][”」]")  # a quotation that ends asking
_THROWN_OBJECT = re.compile(r"[把将](?:这个|这一)?(?:问题|话题)$")


def _pronoun_thrower(text: str, a: int, lb: int, cue: int, people: _People) -> _Head | None:
    """"…委员X。他把问题抛给了区财政局：…？" and "第三位发问的委员，把问题交给了Y局：…？":
    the member a pronoun stands for (named last), or the one the clause before the comma
    counts, put the question to the office (``a``: the paragraph's start)."""
    head = text[lb:cue]
    m = _links().thrown_to.search(head)
    if m is None or m.end() != len(head) or m.start() != 0:
        return None
    lead = _THROWN_OBJECT.sub("", head[:m.start("v")])
    whom = _whole_speaker(m["x"], people)
    if whom is None or (whom.role and is_congress_role(whom.role)):
        return None
    if lead in _speaker_words().one_char_pronouns:
        sp = _mentioned_person(text, people.since, lb) or people.last
    elif not lead and lb > a and text[lb - 1] in "，,":
        s0 = _clause_start(text, a, lb - 1, "。！？\n")
        sp = _member_opening(text, s0, people)
        if sp is None and (seat := next((w for w in _links().member_words if text.endswith(w, s0, lb - 1)), None)):
            sp = Speaker(role=seat)  # ("第三位发问的委员，": a member the report counts, not named)
    else:
        return None
    if sp is None or not (sp.role and is_congress_role(sp.role)):
        return None
    return _Head(sp, addressee=whom)


def _office_thrown_before(text: str, pos: int) -> str | None:
    """The office a question was put to in the sentence that ends right before ``pos``
    ("委员X把问题抛给了市地方金融工作局。" before "局长Y介绍"), or None."""
    end = pos
    if text[end - 1:end] == "”" and (q := text.rfind("“", max(0, end - 200), end)) >= 0 and text[q - 1:q] in ("\n", ""):
        end = q  # ("…抛给了市Y局。\n“…，”局长Z回答": the answer's quotation opens the next paragraph)
    while end > 0 and text[end - 1] in "。！？\n":
        end -= 1
    found = None
    for m in _links().thrown_to.finditer(text, _clause_start(text, max(0, end - 60), end, "。！？\n"), end):
        found = m["x"]
    return found if found is not None and _is_department(found) else None


def _thrown_to(text: str, pos: int, people: _People) -> Speaker | None:
    """"X开门见山，将问题直接抛给了沈立群": whom the question was put to, after the cue."""
    m = _links().thrown_to.match(text, pos, min(len(text), pos + 60))
    if not m:
        return None
    sp = _whole_speaker(m["x"], people)
    return sp if sp is not None and not (sp.role and is_congress_role(sp.role)) else None


def _told_before(text: str, paragraphs, pi: int, asked: Speaker, floor: int) -> tuple[int, int] | None:
    """The paragraph before the answer's when it tells what ``asked`` asked or proposed."""
    if pi == 0 or not asked.name:
        return None
    a, b = paragraphs[pi - 1]
    return (a, b) if a >= floor and asked.name in text[a:b] and b - a <= 400 else None


def _told_question(text: str, para_start: int, floor: int, end: int,
                   people: _People) -> tuple[tuple[int, int], Speaker] | None:
    """The last sentence before ``end`` (same paragraph) that asks (…？), from the clause
    where a member, named or not ("另一位提问人", "委员X"), opens it."""
    lo = max(para_start, floor)
    q = max(text.rfind("？", lo, end), text.rfind("?", lo, end))
    if q < 0:
        return None
    start = max(text.rfind("。", lo, q), text.rfind("”", lo, q), lo - 1) + 1
    if q + 1 - start > 200:
        return None
    # The member opens the sentence or one of its clauses ("X刚答完，另一位提问人…").
    for cs in [start] + [i + 1 for i in range(start, q) if text[i] == "，"]:
        for e in range(min(q, cs + 20), cs + 1, -1):
            sp = _whole_speaker(text[cs:e], people)
            if sp is not None and sp.role and is_congress_role(sp.role) and not _speaker_words().chair.search(sp.role):
                return (cs, q + 1), sp
    return None


def _question_before(text: str, c: _Cue, paragraphs, pi: int, floor: int) -> tuple[int, int] | None:
    """The question an answer attribution answers: its own quotation when that asks,
    else the previous paragraph when it is an unattributed question."""
    if c.before and c.before[0] >= floor and text[c.before[1] - 2] in "？?":
        # "政协委员X发问：“…？”Y局长表示": a speaker the cues refused put it
        k = _clause_start(text, max(floor, 0), c.before[0], "。！？；\n")  # (floor is -1 before any speech)
        return None if text[k:c.before[0]].endswith(("：", ":")) and _told_speaker(text, k, c.before[0]) \
            else c.before
    if pi > 0:
        a, b = paragraphs[pi - 1]
        if a >= floor and text[a:b].rstrip().endswith(("？", "?")) and b - a <= 300 and not _told_speaker(text, a, b):
            return a, b
    return None


def _who_asked_who_answered(text: str, taken: list[Utterance], people: _People) -> list[Utterance]:
    """Features that quote first and name later: "发问的是委员X，回答的是局长Y" (or the one who
    answered first: "回答的是局长Y，发问的是委员X")."""
    out = []
    spans = [(u.start, u.end) for u in taken]
    for m in _links().who.finditer(text):
        asker = _whole_speaker(m["a"] or m["a2"] or m["a3"], people)
        answerer = _whole_speaker(m["b"] or m["b2"] or m["b3"], people)
        if asker is None or answerer is None:
            continue
        quotes = [q for q in _quotes_before(text, m.start(), 2)
                  if not any(a <= q[0] < b for a, b in spans)]
        if len(quotes) == 2:
            out.append(Utterance("question", asker, quotes[0][0], quotes[0][1], quotes[0][0]))
            out.append(Utterance("answer", answerer, quotes[1][0], quotes[1][1], quotes[1][0]))
    return out


def _introduced_questions(text: str, taken: list[Utterance], people: _People) -> list[Utterance]:
    """"首先向副厅长X发问的是董事长Y，他发现…。“…？”": the rest of the paragraph that
    introduces the asker is their question when it asks and no cue has read it."""
    if "的是" not in text:
        return []
    out = []
    for m in _links().introduced.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if "？" not in text[m.end():end] and "?" not in text[m.end():end]:
            continue
        if any(u.start < end and m.end() < u.end for u in taken):
            continue
        asker = people.by_name.get(_introduced_name(m["head"]) or "")
        if asker is not None:
            out.append(Utterance("question", asker, m.end(), end, m.start(), _asked_whom(m["whom"], people)))
    return out


def _quotes_before(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """The quotations that end the last ``n`` paragraphs before ``pos``, in order
    (a caption joined in front of a quotation does not hide it)."""
    out: list[tuple[int, int]] = []
    end = text.rfind("\n", 0, pos)
    while end > 0 and len(out) < n:
        start = text.rfind("\n", 0, end) + 1
        span = _quotation_ending_at(text, end, start) if text[end - 1:end] == "”" else None
        if span is None:
            break
        out.insert(0, span)
        end = start - 1
    return out


# A quoted question, or one whose closing mark the page lost ("“…请问X局能否…？7月24日，…“"):
# it then ends at its first question mark.
# (a quoted word inside it, “…“村村通”…”, is part of it)
_TEASER = re.compile(r"“(?:[^“”\n]|“[^“”\n]{1,20}”){6,400}”|“[^“”\n]{6,400}?[？?](?=[^“”\n]*(?:“|\n|$))")


def _put_to_office(quote: str) -> bool:
    """"请问农业农村局能否…", "省发展改革委作为牵头部门，是如何…？": an office the
    question is put to, named right after 请问 or as the subject of the question."""
    from loaders.departments import find_departments, find_field_offices

    # (not a government named with the Party committee, "区委区政府", "市委、市政府": the
    # congress asks the government, the pair is the report's own voice)
    return any((re.search(r"请问[，,]?$", quote[max(0, a - 3):a]) or _links().put_to_office.match(quote, b))
               and not re.search(r"委[、和与及]?$", quote[max(0, a - 2):a]) and surface not in _speaker_words().bare_government
               for a, b, surface in find_departments(quote) + find_field_offices(quote))


def _addressed_questions(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """Quoted questions put to someone by name or office ("“…请问区经信局…？”") with
    no asker named, however many stand in a paragraph: the respondent comes from inside.

    Where the report attributes other speech, a teaser counts only when it stands apart
    (not run into a speaker phrase the cues could not read), names a typed office other
    than a bare 政府, and no attributed exchange is with that office's type already."""
    spans = sorted((u.start, u.end) for u in taken)
    attributed = any(u.kind != "answer" for u in taken)
    asked: set[str] | None = None  # computed when a teaser first needs it
    out = []
    for m in _TEASER.finditer(text):
        a, b = m.span()
        para = m.group(0)
        if _overlaps(spans, a, max(b, a + 1)):  # (bisection: a long report has many quotations)
            continue
        if not re.search(r"[？?]", _INNER_QUOTE.sub("", para)):
            continue  # (a question quoted inside, ‘…？’, is someone else's, told)
        if re.search(r"[？?]", para) and (office := _office_by_role(para)):
            # "…作为学校主管部门，在…方面采取了哪些措施？": the office named by its role only.
            out.append(Utterance("question", Speaker(), a, b, a, addressee=Speaker(department=office)))
            continue
        if re.search(r"[？?]", para) and (named := _offices_named_after(text, b)):
            # "“…？”市发展改革委、市市场监管局都被点了名。": the narration names whom it is put to.
            out.append(Utterance("question", Speaker(), a, b, a, addressee=Speaker(department=named)))
            continue
        if re.search(r"[？?]", para) and (_put_to_office(para) or _speaker_words().addressed.search(para) and any(
                sp.department or sp.title for _, sp in find_clues(para))):
            # Put to an office or an official, not to a deputy ("请问潘代表" is the reverse).
            for x, y in _split_by_office(text, a, b):
                if not _office_types(text[x:y]) and not any(sp.title or sp.name for _, sp in find_clues(text[x:y])):
                    continue  # "请问你局…": nobody the reader could name
                if attributed:
                    asked = _types_attributed(text, taken) if asked is None else asked
                    if not _stands_apart(text, x, y, asked):
                        continue
                out.append(Utterance("question", Speaker(), x, y, x))
    return out


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _office_answered_pairs(text: str, taken: list[Utterance]) -> list[Utterance]:
    """"“…政府打算怎么解决？”" then, with only a line break or a space between, "“县政府已…。”":
    a quoted question standing alone and a quoted statement standing alone right after it
    whose subject is an office or a government (it answers as that office); the speakers are
    told only collectively, if at all ("常委会组成人员会上提问，政府领导当场作答")."""
    from loaders.departments import find_departments

    spans = sorted((u.start, u.end) for u in taken)
    quotes = _quoted_spans(text, 0, len(text))
    out = []
    for q, r in zip(quotes, quotes[1:]):
        if text[q[1]:r[0]].strip() or not _stands_alone(text, q[0], r[1]) or _overlaps(spans, q[0], r[1]):
            continue
        if not re.search(r"[？?]", text[q[0]:q[1]]) or re.search(r"[？?]", text[r[0]:r[1]]):
            continue
        # the office opens the statement as its subject (not a place or a topic word before it)
        office = next((s for x, _, s in find_departments(text[r[0] + 1:r[1]]) if x == 0), None)
        if office is None:
            continue
        who = Speaker(department=office)
        out.append(Utterance("question", Speaker(), q[0], q[1], q[0], addressee=who))
        out.append(Utterance("answer", who, r[0], r[1], r[0]))
    return out


def _stands_alone(text: str, a: int, b: int) -> bool:
    """Nobody is said to speak ``text[a:b]``: it ends its line or a space follows, and what
    stands before it cannot introduce it (a page line the normaliser joined to it, "…字号：
    [ 大 中 小 ]“…”", is no speaker; "X问“…”", "X：“…”" are)."""
    if b < len(text) and not text[b].isspace():
        return False
    return a == 0 or text[a - 1].isspace() or not (_CJK_CHAR.match(text[a - 1]) or text[a - 1] in "：:，,、；;")


# Quotations side by side with no question mark ("“城管局为什么…”“交警为什么…”这样的提问").
_QUOTE_RUN = re.compile(r"(?:“[^“”\n？?。]{4,60}”){1,6}")


_NUMERAL_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九", 0)} | {"两": 2}


# Two to nine quotations side by side near a paragraph's start (each of six characters or more).
_QUOTES_OPENING = re.compile(r"(?:[^“”\n]{0,30}?)((?:“(?:[^“”\n]|“[^“”\n]{1,20}”){6,400}”\s?){2,9})")


def _counted_askers(text: str, paragraphs, out: list[Utterance]) -> list[Utterance]:
    """"“…？”“…？”“…。”近日，…3位人大代表精准发问。针对代表询问，区政府…作出答复。": as many
    quotations as the members counted, side by side at the paragraph's start, are their
    questions (one each), put to the office the narration says answered them."""
    from loaders.departments import find_departments

    if _speaker_words().counted_askers.search(text) is None:
        return out  # (most reports count no members asking: no paragraph is read)
    for a, b in paragraphs:
        run = _QUOTES_OPENING.match(text, a, b)
        if run is None:
            continue
        x0, x1 = run.start(1), run.end(1)
        m = _speaker_words().counted_askers.search(text, x1, b)
        if m is None or "“" in text[x1:m.start()]:
            continue
        n = int(m["n"]) if m["n"].isdigit() else _NUMERAL_VALUE[m["n"]]
        quotes = [(x0 + q.start(), x0 + q.end()) for q in
                  re.finditer(r"“(?:[^“”\n]|“[^“”\n]{1,20}”)*”", text[x0:x1])]
        if len(quotes) != n:
            continue
        office = None
        if (t := _speaker_words().answered_them.search(text, m.end(), b)) and (found := find_departments(t["rest"])):
            office = Speaker(department=found[0][2])
        asker = Speaker(role=m["role"].strip())
        out = [u for u in out if not (x0 <= u.start < x1)]
        out.extend(Utterance("question", asker, qa, qb, qa, addressee=office) for qa, qb in quotes)
    return out


def _unmarked_office_questions(text: str, taken: list[Utterance]) -> list[Utterance]:
    """Quoted questions written without a question mark, each opening with the office it is
    put to and what it is asked ("“城管局为什么没有…”"), that the narration right after them
    calls questions ("这样尖锐的提问", "等问题"): one unanswered question per office."""
    from loaders.departments import find_departments

    if _links().such_questions.search(text) is None:
        return []  # (no narration calls anything questions: most reports, one scan, not one per quotation)
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for m in _QUOTE_RUN.finditer(text):
        if not _links().such_questions.match(text, m.end(), min(len(text), m.end() + 20)):
            continue
        for q in re.finditer(r"“[^”]*”", m.group(0)):
            a, b = m.start() + q.start(), m.start() + q.end()
            lead = 3 if text.startswith("请问", a + 1) else 1
            found = find_departments(text[a + lead:b])
            at = a + lead + found[0][1] if found and found[0][0] == 0 else -1
            # (a word or two may come between: "交警平时执法为什么…")
            if at >= 0 and any(_links().put_to_office.match(text, at + gap) for gap in range(5)) \
                    and not _overlaps(spans, a, b):
                out.append(Utterance("question", Speaker(), a, b, a, addressee=Speaker(department=found[0][2])))
    return out


def _office_by_role(quote: str) -> str | None:
    """The office a question names by its role and puts the question to ("作为教育主管部门，
    下一步…？"), when that role tells its type (a word of it in department_keywords.tsv), or
    the zone it names after 作为…的 ("作为…最集中的X产业园，…采取了哪些措施？")."""
    from loaders.departments import resolve_department

    m = _links().role_office.search(quote)
    if m is None or not (m["zone"] or _links().put_to_office.match(quote, m.end())):
        return None
    office = m["office"] or m["zone"] + "管委会"  # (a zone answers through its management committee)
    d = resolve_department(office, None)
    return office if d is not None else None


def _offices_named_after(text: str, b: int) -> str | None:
    """The first office the narration right after a quotation names as the one to answer
    it ("“…？”A局、B局都被点了名。", "这道题是A、B等单位都要回答的。"), naming nobody else."""
    from loaders.departments import find_departments

    end = _clause_end(text, b, b + 60, "。！？\n“")
    narration = text[b:end]
    if not _links().put_to.search(narration) or _posts().search(narration):
        return None
    found = find_departments(narration)
    return found[0][2] if found else None


def _narrated_office_questions(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """"市农业农村局如何保障…？…是否…？": the narrator's own questions put to the office a
    sentence opens with (after 请问 or as the subject), nobody asking and nobody answering —
    a paragraph of them, or a run inside a paragraph ("…提出问题11个。县法院如何…？…？一个个
    提问…"); the question sentences after the opening one, naming no other office, go with it."""
    from loaders.departments import find_departments

    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for a, b in paragraphs[1:]:
        if "？" not in text[a:b] and "?" not in text[a:b]:
            continue
        quoted = _quoted_spans(text, a, b)
        run: tuple[int, int, str] | None = None
        for m in _SENTENCE.finditer(text, a, b):
            x, y = m.span()
            asks = text[y - 1] in "？?"
            lead = 2 if text.startswith("请问", x) else 0
            found = find_departments(text[x + lead:x + lead + 24]) if asks and not _inside(quoted, x + 1) else []
            opens = bool(found) and found[0][0] == 0 and bool(
                lead or _links().put_to_office.match(text, x + lead + found[0][1]))
            if run is not None and asks and not opens and not find_departments(text[x:y]):
                run = (run[0], y, run[2])  # "…？快速检测室是否…？": the same office asked on
                continue
            if run is not None:
                out.append(run)
                run = None
            if opens:
                run = (x, y, found[0][2])
        if run is not None:
            out.append(run)
    return [Utterance("question", Speaker(), x, y, x, addressee=Speaker(department=office))
            for x, y, office in out
            if y - x >= 12 and not _overlaps(spans, x, y) and not _told_speaker(text, x, y)]


# A sentence: up to its closing mark (a quotation inside it stays whole).
_SENTENCE = re.compile(r"(?:[^。！？?!“”\n]|“[^“”\n]*”)+(?:[。！？?!]|$)")


def _office_types(span: str) -> set[str]:
    from loaders.departments import find_departments, find_field_offices, resolve_department

    out = set()
    surfaces = [f[2] for f in find_departments(span) + find_field_offices(span)]
    surfaces += [sp.department for _, sp in find_clues(span) if sp.department]
    for surface in surfaces:
        d = resolve_department(surface, None)
        if d is not None:
            out.add(d.type or d.name)  # (an office of no type counts by its name)
    return out


def _types_attributed(text: str, taken: list[Utterance]) -> set[str]:
    """Office types the attributed speech is with: answering offices, offices asked."""
    from loaders.departments import resolve_department

    out: set[str] = set()
    for u in taken:
        for sp in (u.speaker, *u.others, u.addressee):
            if sp is not None and sp.department and (d := resolve_department(sp.department, None)):
                out.add(d.type or d.name)
        if u.kind != "answer":
            out |= _office_types(text[u.start:u.end])
    return out


def _stands_apart(text: str, a: int, b: int, asked: set[str]) -> bool:
    after = text[b:b + 2]
    if after and after[0] not in "“「\n…— " and not after.startswith("……"):
        return False  # "“请问市规划局…？”市人…": a speaker phrase follows, unread
    types = _office_types(text[a:b])
    return bool(types) and "人民政府" not in types and not types & asked


def _split_by_office(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """“请问A局…？B局…如何…？”: one question per office when a later question of the
    quotation opens with another office than the ones asked before it."""
    from loaders.departments import find_departments

    cuts, asked = [a], set()
    start = a
    for q in re.finditer(r"[？?]", text[a:b]):
        end = a + q.end()
        sentence = text[start:end]
        found = find_departments(sentence)
        opens = found and found[0][0] <= 1
        names = {f[2] for f in found}
        if opens and asked and not names & asked and start > a:
            cuts.append(start)
        asked |= names
        start = end
    return [(x, y) for x, y in zip(cuts, cuts[1:] + [b])]


def _quote_then_member(text: str, taken: list[Utterance], people: _People) -> list[Utterance]:
    """"“…？”代表朱穗生一开口就不留情": a quoted question right before a named member,
    whatever verb follows (no cue word)."""
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for m in _QUOTE_ALONE.finditer(text):
        a, b = m.span()
        if _overlaps(spans, a, b):
            continue
        asks = text[b - 2] in "？?"
        # "“…”\n\n提出这个问题的，是委员X。": a quotation alone on its line, the asker opening the next
        after = b + len(text[b:b + 3]) - len(text[b:b + 3].lstrip("\n")) if text[a - 1:a] in ("\n", "") else b
        lead = _asker_lead(text, after)
        if lead == after and after == b and ("？" in text[a:b] or "?" in text[a:b]) and (stop := text.find("。", b, b + 20)) > 0 \
                and not any(q in text[b:stop] for q in "“”\n") and (later := _asker_lead(text, stop + 1)) > stop + 1:
            # "“…？”话音刚落，会场安静下来。提问的是委员X": the asker named after a short sentence
            after, lead = stop + 1, later
        if lead == after and not asks:
            sp = _described_asker(text, b, people)  # "“…”…，委员X的提问开门见山。"
            if sp is None and after == b and (sp := _member_opening(text, b, people)) is not None \
                    and not ((n := text.find(sp.name, b, b + 30)) >= 0
                             and (_links().thrown_to.match(text, n + len(sp.name), min(len(text), n + len(sp.name) + 40))
                                  or _links().thrown_out.match(text, n + len(sp.name), min(len(text), n + len(sp.name) + 40)))):
                # ("“…。”委员X把问题抛给了市Y局。", "“…！”委员X开场就抛出了尖锐问题。": a remark the member
                # put to an office, or put as a question, is a question)
                sp = None
        else:
            sp = _member_opening(text, lead, people) if lead > after or after == b else None
        requests = not asks and after == b and sp is None and _talk_request().match(text, a + 1, b) is not None
        if sp is None and (asks or requests) and after == b \
                and (ch := _member_opening(text, b, people, chair_asks=True)) is not None \
                and not _presides(text, ch.name) and (n := text.find(ch.name, b, b + 30)) >= 0 \
                and (asks and _links().thrown_out.match(text, n + len(ch.name), min(len(text), n + len(ch.name) + 40))
                     or _speaker_words().described_after.match(text, n + len(ch.name))):
            # "“…？”常委会副主任X抛出了…问题", "“…？”常委会副主任X的问题直指资金": a vice-chair who
            # does not preside puts the question; so a chair's request to an office put with no
            # question mark ("“请县住建局谈谈，…。”县人大常委会主任X的询问不带一个问号")
            sp = ch
        if sp is None and asks and after == b:
            sp = _described_asker(text, b, people)
        if sp is None and asks and (lead > after or after == b):
            sp = _anonymous_opening(text, lead)  # "“…？”一位委员直言发问"
        # A lede may ask, then say why ("“…有多少？不少村还要走十几里路。”5月18日，…委员X第一个发言"):
        # the member told after its setting or below it asked it.
        lede_asks = asks or "？" in text[a:b] or "?" in text[a:b]
        if sp is None and lede_asks and after == b:
            sp = _asker_past_setting(text, b, people)
        if sp is None and asks:
            sp = _asker_named_before(text, a, people)
        if sp is None and asks and text[a - 1:a] in ("，", ","):  # (not "": a quotation opening the text)
            sp = _member_before_quote(text, a, people)
        if sp is None and lede_asks and (text[a - 1:a] in ("\n", " ", "") or _ends_page_title(text, a)):
            # (a lede opens its line; a page flattened to one line may run the setting on after it)
            sp = _member_named_below(text, b + len(text[b:b + 4]) - len(text[b:b + 4].lstrip("\n ")), taken, people)
        if sp is None and asks and after == b and text[b:b + 1] in _speaker_words().one_char_pronouns \
                and (cue := _cues()[1].match(text, b + 1)) is not None \
                and _cue_kind(cue.group(0)) in ("question", "follow_up"):
            # "“…？”她追问道。" after an official's answer: the pronoun is the member who asked last
            sp = _last_asker(taken, out, a)
        if sp is None and asks and after == b and text[b:b + 1] in _speaker_words().one_char_pronouns \
                and _speaker_words().described_after.match(text, b + 1):
            # "委员X翻开一本调研笔记。“…？”她的问题很朴实": the question described by a pronoun's
            # noun is the member's the paragraph named before the quotation
            sp = _member_told_before(text, a, people)
        if sp is not None:
            people.add(sp)
            # "“…？”委员X没等落座就追问了一句。": the verb after the member says it follows up.
            end = _clause_end(text, b, b + 40, "。！？\n“")
            re_ask = any(k == "follow_up" and w in text[b:end] for w, k in _cues()[0].items())
            out.append(Utterance("follow_up" if re_ask else "question", sp, a, b, a))
    return out


def _ends_page_title(text: str, a: int) -> bool:
    """Whether the quotation at ``a`` ends the page's first line, after its title and subtitle
    with no sentence ended ("厂房建得快，更要用得好——…专题询问侧记“…？”": a lede the page run
    on to its title)."""
    if not 0 < a <= 80 or text.find("\n", 0, a) >= 0 or re.search(r"[。？！?!“”]", text[:a]):
        return False
    # ("特写：果园里的追问“…？”": a kind of piece may open the title before a colon)
    colon = _TITLE_STOPS.search(text, 0, a)
    return colon is None or colon.start() <= 6 and _TITLE_STOPS.search(text, colon.end(), a) is None


def _member_told_before(text: str, a: int, people: _People) -> Speaker | None:
    """The member (named, not the chair) who opens the last clause naming one in the paragraph
    before the quotation at ``a``, its first ("第一个片段，是委员X翻开一本调研笔记。“…？”")."""
    para = text.rfind("\n", max(0, a - 200), a) + 1
    if para == 0 and a > 200 or "“" in text[para:a]:
        return None  # (a long paragraph, or one quoting someone before: no such lead)
    found = None
    for s0 in [para] + [i + 1 for i in range(para, a) if text[i] in "，。；"]:
        if (sp := _member_opening(text, _links().told_link.match(text, s0).end(), people)) is not None:
            found = sp
    return found


_QUOTE_ALONE = re.compile(r"“[^“”\n]{4,400}”")


def _drop_presumed_questions(out: list[Utterance], found: list[Utterance]) -> list[Utterance]:
    """``out`` with ``found`` added, less the unnamed empty question presumed for an answer
    quoted before any question ("副乡长Y站起来回答：…") when a question found since
    (a lede's "“…？”" whose asker is named below) is the utterance right before it."""
    if not found:
        return out
    merged = sorted([*out, *found], key=_order)
    drop = {id(u) for prev, u in itertools.pairwise(merged)
            if u.kind == "question" and u.start == u.end and not u.speaker.name and not u.speaker.title
            and any(prev is f for f in found) and prev.kind == "question"}
    return [u for u in merged if id(u) not in drop]
_BELOW_PARAGRAPHS = 2  # a lede's asker is named in the setting paragraph or the one after it
_BELOW_SCAN = 240
_PARAGRAPH_SEAM = re.compile(r"\n+|(?<=[。！？”]) ")  # a line break, or the space a flattened page keeps


def _member_named_below(text: str, b: int, taken: list[Utterance], people: _People) -> Speaker | None:
    """The member that the next paragraphs (two at most, before any other quotation or
    attributed speech) name first as a clause's subject, after a question quoted at the start of
    its line: a feature's lede quotes the question and tells who put it below, with no speech cue
    ("这一问，出自委员X之口。", "2019年3月22日，在…会上，代表X话音未落，…",
    "…第一个问题就问得不留情面。\n\n提问的是委员X，…"). ``b`` is where the text after the quotation begins."""
    hi, pos = min(len(text), b + _BELOW_SCAN), b
    for _ in range(_BELOW_PARAGRAPHS):
        m = _PARAGRAPH_SEAM.search(text, pos, hi)
        if m is None:
            pos = hi
            break
        pos = m.end()
    hi = pos
    if (q := text.find("“", b, hi)) >= 0:
        hi = q  # (a quotation below is someone's own speech: the search stops there)
    # (a speaker phrase below opens someone's own speech: the member named there asks that)
    hi = min([hi] + [u.head_start for u in taken if u.head_start >= b])
    starts = [b] + [i + 1 for i in range(b, hi - 1) if text[i] in "，。；！？\n " and text[i + 1] not in "\n "]
    for s0 in starts if b < hi else ():
        if (sp := _member_opening(text, _asker_lead(text, s0), people)) is not None:
            return sp
    return None


_LEDE_TOLD_BY = 80  # how long the narration after a lede's quotation, in its paragraph, may run
_LEDE_LINK_SCAN = 400  # how far into the paragraph after the lede its official and member are named
_LEDE_QUESTION_MARK = re.compile(r"：|——")
_TITLE_STOPS = re.compile(r"[。：:]")  # what a page title has none of
_SPOKEN_QUOTE = re.compile(r"“[^”]{8,}”")  # a quotation longer than a quoted term
_SAID_BY = re.compile(r"[^，。]{0,8}的，?[是为]|是")  # what opens a phrase "…的是X局局长Y" before the office


def _answer_first_lede(text: str, paragraphs, people: _People) -> tuple[Utterance, Utterance] | None:
    """A feature that opens with an official's answer quoted alone on its line and names, in the
    next paragraph, the official and then (a lede_answered word of data/speech_links.tsv) the member
    whose question it answered ("“…。”\n\nX局局长Y说这段话时，…他回答的是委员Z提出的第一个问题
    ——“…？”", "“…。”\n\n说这番话的，是X局局长Y。而引出这句承诺的，是委员Z的一句话：“…？”"):
    the member's question (after the dash or colon, else the clause that tells it) and the
    lede as the official's answer, standing after the question."""
    told_by = None  # the narration after the lede's quotation, in its paragraph, naming who said it
    for k, (a, b) in enumerate(paragraphs[:3]):
        para = text[a:b].rstrip()
        q0 = para.rfind("“")
        # (the page's title may stay on the lede's line: "停车难，难在哪？区人大…直击“…。”")
        if para.endswith(("”", "”。")) and _lede_quote_at(para, q0):
            break
        first = para.find("“")
        if _lede_quote_at(para, first) and (close := para.find("”", first)) > 0 and "“" not in para[close:] \
                and len(para) - close <= _LEDE_TOLD_BY and _SPOKEN_QUOTE.match(para, first):
            # "“…。”2019年8月27日下午，X局局长Y一开口，就没有绕弯子。": the quotation opens the
            # paragraph (or follows the title left on its line), the narration after it says who spoke
            # (a quoted term in the title, "问题出在“最后一公里”？", is no lede)
            q0, para, told_by = first, para[:close + 1], (a + close + 1, b)
            break
        if len(para) > 50 or _TITLE_STOPS.search(para):
            return None  # (the report has begun: no lede)
    else:
        return None
    la, lb = a + q0, a + len(para)
    if k + 1 >= len(paragraphs) or re.search(r"[？?]", text[la:lb]):
        return None  # (a lede that asks is a question: _member_named_below reads who put it)
    pa, pb = paragraphs[k + 1]
    pb = min(pb, pa + _LEDE_LINK_SCAN)
    m = _links().lede_answered.search(text, pa, pb)
    if m is None or _SPOKEN_QUOTE.search(text, pa, m.start()):
        return None  # (someone quoted before the link speaks for themselves)
    official = _mentioned_person(text, pa, m.start()) or _official_in_apposition(text, pa, m.start())
    if official is None and told_by is not None and not text[pa:m.start()].strip():
        # ("让她如此坦言的，是委员Z抛出的第一问：“…？”" opening the next paragraph: the official
        # the lede's own narration named)
        official = _mentioned_person(text, *told_by)
    if official is None or official.role or not official.title:
        return None
    if official.department and (cut := _SAID_BY.match(official.department)):
        # ("说这番话的，是X局局长Y", "说这话的是X局局长Y": the office follows 是)
        official = dataclasses.replace(official, department=official.department[cut.end():])
    b = m.end() + (text[m.end():m.end() + 1] == "，")
    member = _member_opening(text, b, people)
    if member is None or (n := text.find(member.name, b, b + 48)) < 0:
        return None
    n += len(member.name)
    stop = text.find("。", n, pb)
    stop = pb if stop < 0 else stop
    if (mark := _LEDE_QUESTION_MARK.search(text, n, stop)) is None:
        qa, qb = m.start(), stop  # "他回答的是委员Z关于…的提问。": the question told
        if (q := _BACK_QUESTION.search(text, stop, pb)) is not None and member.name in text[stop:q.start()] \
                and "“" not in text[stop:q.start()]:
            qa, qb = q.span()  # "…的提问。几分钟前，Z举着照片发问：“…？”": the question the paragraph goes on to quote
    elif text.startswith("“", qa := mark.end()):
        if (qb := text.find("”", qa, pb) + 1) <= 0:
            return None
    elif (qb := max(text.rfind("？", qa, pb), text.rfind("?", qa, pb)) + 1) <= 0:
        return None
    return (Utterance("question", member, qa, qb, m.start()),
            Utterance("answer", official, la, lb, la, at=qb))


_BACK_QUESTION = re.compile(r"“[^“”]{2,150}[？?]”")


def _answers_pointed_back(text: str, paragraphs, out: list[Utterance], people: _People) -> list[Utterance]:
    """A paragraph opening by pointing back to the official's answer the paragraph before opens
    with, quoted (the narration after it naming the official): "“…。”X局局长Y的这番回答，…\n
    这一回答，针对的是委员Z刚才的提问——…“…？”" (a this_answer and a lede_answered word of
    data/speech_links.tsv, then the member) or "“…。”Y答得干脆。\n这个问题——“…？”——是委员Z提出的。"
    (a this_question word, the question between dashes, then the member): the member's question
    (the first quotation asking after the dash or colon, else what the clause tells) and that
    answer, standing after it. An answer read already keeps its speaker; a question read already
    with nobody named takes the member."""
    links = _links()
    if "这" not in text:
        return out
    for k in range(1, len(paragraphs)):
        pa, pb = paragraphs[k]
        if text[pa:pa + 1] != "这":
            continue
        if (mq := links.question_back.match(text, pa, pb)) is not None:
            # (the report says who asked it: a chair too, "是区人大常委会主任X提出的")
            member = _member_opening(text, mq.end(), people, chair_asks=True)
            qa, qb = mq.start("q"), mq.end("q")
        elif (ma := links.answer_back.match(text, pa, pb)) is not None:
            b = ma.end() + (text[ma.end():ma.end() + 1] == "，")
            member = _member_opening(text, b, people, chair_asks=True)
            if member is None or (n := text.find(member.name, b, b + 48)) < 0:
                continue
            n += len(member.name)
            stop = text.find("。", n, pb)
            stop = pb if stop < 0 else stop
            if (mark := _LEDE_QUESTION_MARK.search(text, n, stop)) is None:
                qa, qb = ma.start(), stop + 1 if stop < pb else pb  # "…针对的是委员Z关于…的提问。": told
            elif (q := _BACK_QUESTION.search(text, mark.end(), pb)) is not None:
                qa, qb = q.span()
            elif (qb := max(text.rfind("？", mark.end(), stop), text.rfind("?", mark.end(), stop)) + 1) > 0:
                qa = mark.end()
            else:
                continue
        else:
            continue
        if member is None or not member.name or not member.role:
            continue
        answer = _quoted_answer_opening(text, paragraphs[k - 1])
        if answer is None:
            continue
        la, lb, official = answer
        on_answer = [u for u in out if u.start < lb and la < u.end]
        if any(u.kind != "answer" for u in on_answer):
            continue  # (the quotation is someone's question)
        asked = [u for u in out if u.start < qb and qa < u.end and u.kind in ("question", "follow_up")]
        if any(u.speaker.name for u in asked):
            continue  # (a cue read the question and its asker)
        if on_answer and (before := [u for u in sorted(out, key=_order) if _order(u) < _order(on_answer[0])]) \
                and before[-1].kind in ("question", "follow_up") and before[-1].speaker.name:
            continue  # (the answer answers the question read before it)
        official = on_answer[0].speaker if on_answer else official
        if official is None:
            continue
        drop = {id(u) for u in (*on_answer, *asked)}
        # (the question presumed for an answer quoted before any, empty and unnamed, goes with it)
        drop |= {id(u) for u in out if u.kind == "question" and u.start == u.end and not u.speaker.name
                 and not u.speaker.title and paragraphs[k - 1][0] <= u.start <= paragraphs[k - 1][1]}
        out = [u for u in out if id(u) not in drop]
        if asked:
            qa, qb = min(u.start for u in asked), max(u.end for u in asked)
        out.append(Utterance("question", member, qa, qb, qa))
        out.append(Utterance("answer", official, la, lb, la, at=qb))
    return out


def _quoted_answer_opening(text: str, para: tuple[int, int]) -> tuple[int, int, Speaker | None] | None:
    """The quotation opening ``para`` with no question in it and the official the narration after
    it (short, quoting nothing) names with a post, or None for the official when it names none."""
    a, b = para
    if text[a:a + 1] != "“" or (close := text.find("”", a, b)) < 0 or "“" in text[close:b] \
            or b - close > _LEDE_TOLD_BY or re.search(r"[？?]", text[a:close]):
        return None
    official = _mentioned_person(text, close + 1, b)
    if official is not None and (official.role or not official.title):
        official = None
    return a, close + 1, official


_APPOSED_POST = re.compile(r"这位(?P<post>[^，。；：“”]{2,30})，$")


def _official_in_apposition(text: str, lo: int, hi: int) -> Speaker | None:
    """"Y说这句话时，…。这位X局局长，" before a link: the post after 这位, right before it, is the
    official's whose bare name opens ``text[lo:hi]``."""
    if (m := _APPOSED_POST.search(text, lo, hi)) is None:
        return None
    found = []
    for k in (3, 2, 4):
        label = parse_head(m["post"] + text[lo:lo + k])
        if label is not None and label.speaker.name == text[lo:lo + k] and label.speaker.title \
                and not label.speaker.role:
            found.append((k, label.speaker))
    # (the name a cue or a clause mark follows: "吉克阿呷说这句话时", not 吉克阿)
    return next((sp for k, sp in found if text.startswith(_cue_words(), lo + k) or text[lo + k:lo + k + 1] in ("，", "在")),
                found[0][1] if found else None)


def _lede_quote_at(para: str, k: int) -> bool:
    """Whether a quotation opening at ``k`` opens the lede: at the paragraph's start, or after at
    most 50 characters of the page's title left on its line (no stop, no quotation before it)."""
    return k == 0 or 0 < k <= 50 and not _TITLE_STOPS.search(para, 0, k) and "”" not in para[:k]


def _member_before_quote(text: str, a: int, people: _People) -> Speaker | None:
    """The member opening the clause that runs, with no speech cue, into the quoted question at
    ``a`` after a comma ("“…。”委员X一开口就直言问题所在，“…？”"): the question is that member's."""
    lo = max(0, a - 60)
    start = max(text.rfind(m, lo, a - 1) for m in "。！？；”\n") + 1
    if start == 0 and lo > 0 or "“" in text[start:a]:
        return None  # (a clause too long to be a speaker phrase and its manner, or quoting)
    return _member_opening(text, start, people)


def _asker_named_before(text: str, a: int, people: _People) -> Speaker | None:
    """The member a sentence of the same paragraph names as the asker before the quotation at
    ``a``, with only narration between ("第一个提问的是委员X。他注意到，…。“…？”")."""
    lo = max(0, a - 200)
    para = text.rfind("\n", lo, a) + 1 or lo
    if "“" in text[para:a] or "”" in text[para:a]:
        return None  # (only the first quotation after the sentence is that member's)
    starts = [para] + [i + 1 for i in range(para, a) if text[i] == "。"]
    pronouns = _speaker_words().one_char_pronouns
    for s0, s1 in itertools.pairwise(starts):
        if (k := _asker_lead(text, s0)) > s0 and (sp := _member_opening(text, k, people)) is not None:
            return sp
        if text[s1:s1 + 1] in pronouns and (sp := _member_opening(text, s0, people)) is not None \
                and not _named_in_narration(text, s1, a):
            # "委员X第一个举手。她在…走访时发现，…。“…？”": the member opening a sentence, the next
            # opening with a pronoun and naming nobody else before the quotation: that member's
            return sp
    return None


def _last_asker(taken: list[Utterance], found: list[Utterance], before: int) -> Speaker | None:
    """The named member whose question or follow-up came last before ``before``."""
    asked = [u for u in (*taken, *found) if u.kind in ("question", "follow_up") and u.speaker.name
             and u.start < before]
    return max(asked, key=lambda u: u.start).speaker if asked else None


def _described_asker(text: str, b: int, people: _People) -> Speaker | None:
    """The member whose question the sentence after a quotation describes, past a clause of
    time or place ("“…？”9月19日上午，在…会议上，市人大常委会委员X的提问开门见山。")."""
    # (each find bounded by the cap: one unbounded ran to the end of a long file, per quotation)
    end = _clause_end(text, b, b + 120, "。！？\n“")
    m = None
    for m in re.finditer(rf"的(?:{_speaker_words().described_question})", text[b:end]):
        pass
    if m is None:
        return None
    pos = b + m.start()
    cs = max(b, text.rfind("，", b, pos) + 1)
    sp = _member_opening(text, cs, people)
    return sp if sp is not None and text[cs:pos].endswith(sp.name) else None


_DATE_CLAUSE = re.compile(r"[\d〇零一二三四五六七八九十]{1,4}(?:年|月|日)(?:[\d一二三四五六七八九十]{1,2}(?:月|日))*"
                          r"(?:上午|下午|晚上|晚)?")


def _asker_past_setting(text: str, b: int, people: _People) -> Speaker | None:
    """The member opening the clause after the quotation's setting, its day and its sitting
    ("“…？”2017年10月26日，在…评议询问会上，州人大常委会委员X把一起游客投诉摆到了桌面上。",
    "“…？”5月18日，某市…第十二次会议举行…专题询问，市人大常委会委员X第一个发言。")."""
    end = _clause_end(text, b, b + 160, "。！？\n“")
    pos, skipped = b, 0
    while (comma := text.find("，", pos, end)) >= 0:
        clause = text[pos:comma]
        # (a sitting or a stage of it: "在…询问会上", "在询问会第二环节"; or the sitting told
        # holding the inquiry: "…第十二次会议举行…专题询问")
        if not (_DATE_CLAUSE.fullmatch(clause) or _links().setting.fullmatch(clause)
                or (_links().held_sitting.search(clause) and inquiry_named(clause))):
            break
        pos, skipped = comma + 1, skipped + 1
    return _member_opening(text, pos, people) if skipped else None


def _anonymous_opening(text: str, b: int) -> Speaker | None:
    """"“…？”一位委员直言发问", "“…？”一位来自企业的代表问", "“…？”来自城郊的一位代表把话题引向…":
    one member the report does not name (a count, data/speaker_words.tsv anonymous_count)
    opens the clause after the quoted question, whatever verb follows."""
    clause = text[b:b + 32]
    cut = next((i for i, c in enumerate(clause) if c in _BOUNDARY), len(clause))
    a, _ = _strip_fillers(clause[:cut])  # "来自城郊的一位代表": where the member comes from
    for s0 in dict.fromkeys((0, a)):
        for e in range(cut, s0 + 2, -1):
            if m := _speaker_words().anonymous.fullmatch(clause, s0, e):
                return _anonymous_speaker(m)
    return None


def _asker_lead(text: str, b: int) -> int:
    """Where the member's phrase begins after "首先提问的是" ("“…？”首先提问的是委员X。"):
    fillers, then a word that names the asker (data/speech_links.tsv asker_noun) and 是/为."""
    clause = text[b:b + 16]
    a, fillers = 0, _fillers()
    while clause.startswith(fillers, a):  # (one C-level test of them all first: most clauses open with none)
        a += len(next(f for f in fillers if clause.startswith(f, a)))
    # (or the word starts inside the fillers, after its ordinal: "第一个举手的，是" holds the filler 第一个举手)
    m = _links().asker_lead.match(clause, a) or (_links().asker_lead.match(clause, 0) if a else None)
    return b + m.end() if m else b


def _member_opening(text: str, b: int, people: _People, chair_asks: bool = False) -> Speaker | None:
    """The member (named, not the presiding chair) whose phrase opens the clause at ``b``,
    whatever verb follows ("代表朱穗生一开口", "委员X话音刚落"), after a short modifier
    ending in 的 ("坐在前排的委员X抢先举手"). ``people`` is built on ``text``: its counts
    of names are the text's. ``chair_asks``: a chair's post too, where an asking cue follows
    ("常委会副主任X接过话题，询问…": a vice-chair may ask as a member does)."""
    clause = text[b:b + 48]
    if 2 <= (gap := clause.find(" ", 0, 24)) and _CJK_CHAR.match(clause[gap - 1]) and _CJK_CHAR.match(clause[gap + 1:gap + 2] or "."):
        clause = clause[:gap] + clause[gap + 1:]  # "委员 蔡丽芬接过话筒": a space between the seat and the name
    cut = next((i for i, c in enumerate(clause) if c in _BOUNDARY), len(clause))
    starts = [0] + [i + 1 for i in range(min(cut, 12)) if clause[i] == "的"][:1]
    # "区人大代表、某公司技术中心副主任X一开口": a seat, then an outside post, then the name
    with_post = "、" in clause[:cut]
    for s0 in starts:
        found = []
        for e in range(min(cut, s0 + (40 if with_post else 24)), s0 + 2, -1):
            if _cue_word_at(clause, e - 1):
                continue  # "赵二很想知道": the name's last character would open the cue
            sp = _label_speaker(clause[s0:e], people) or (_member_with_post(clause[s0:e]) if with_post else None)
            if sp is not None and sp.name and sp.role and is_congress_role(sp.role) \
                    and (chair_asks or not _speaker_words().chair.search(sp.role)):
                if swallowed_next_word(sp.name, clause[e:], text) and _shorter_name(clause[s0:e - 1], sp.name, people) \
                        and not _dotted_ends_at(clause, sp.name, e):
                    continue  # "代表刘伟再次追问": 再 opens 再次 (loaders/name_span.py)
                found.append(sp)  # (the presiding chair quotes questions, members ask them)
        if found and (whole := _dotted_whole(found, clause[s0:cut]) or _minority_whole(found)) is not None:
            return whole
        if found and (before_de := _name_before_de(found, clause[s0:cut])) is not None:
            return before_de
        found = _given_name_read(found)
        if found:
            # The verb runs on after the name ("朱穗生一开口"): the name the report uses
            # again wins, else three characters, four only with a two-character surname.
            return min(found, key=lambda x: (-people.count(x.name), _NAME_LENGTH_RANK.get(
                len(x.name) if len(x.name) < 4 or x.name[:2] in surnames() else 5, 9)))
    return None


_NAME_LENGTH_RANK = {4: 0, 3: 1, 2: 2}


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) meets one of the sorted ``spans`` (bisection: linear overall)."""
    i = bisect.bisect_right(spans, (b, b))
    return any(x < b and a < y for x, y in spans[max(0, i - 2):i])


_INTRO = re.compile(r"“我是([^，。”：]{2,30})[，。：]")


@functools.lru_cache(maxsize=1)
def _talk_request() -> re.Pattern[str]:
    """请, whom, a verb asking them to talk (data/talk_requests.txt) and what about, to the sentence's end."""
    words = alternation(dict.fromkeys(r.cells[0] for r in read_words("talk_requests.txt")))
    return re.compile(rf"请(?P<whom>[^，。；：:“”！？?\n]{{2,24}}?)(?:{words})[^。！？?\n“”]{{0,60}}[。！？?]")


def _talk_requests(text: str, taken: list[Utterance], people: _People) -> list[Utterance]:
    """"最后，常委会副主任X请副市长Y谈谈下一步的打算。Y表示，…": a member (named, with a congress
    seat) asking an official to talk about something, in narration; the answer right after the
    request is its answer. ``taken`` in text order."""
    if "请" not in text:
        return []
    out = []
    for m in _talk_request().finditer(text):
        h0 = _clause_start(text, max(0, m.start() - _MAX_HEAD), m.start(), "，,。；：:“”！？?\n")
        a, b = _strip_fillers(text[h0:m.start()])
        head = text[h0 + a:h0 + b]
        if not head or head in _speaker_words().pronouns:
            continue  # ("她请市X局说明": the pronoun's request is read with its cue)
        sp = _whole_speaker(head, people)
        if sp is None or not sp.name or not (sp.role and is_congress_role(sp.role)):
            continue
        nxt = next((u for u in taken if u.head_start >= m.end()), None)
        if nxt is None or nxt.kind != "answer" or not 0 <= nxt.head_start - m.end() <= 2:
            continue  # (no answer right after it: a call, nobody's question)
        if any(u.start < m.end() and h0 + a < u.end for u in taken):
            continue  # (a cue read it already)
        out.append(Utterance("question", sp, h0 + a, m.end(), h0 + a))
    return out


def _self_introduced(text: str, taken: list[Utterance], people: _People) -> list[Utterance]:
    """“我是省人大代表蒋平，想问…？”: a question whose asker names himself in it."""
    spans = [(u.start, u.end) for u in taken]
    out = []
    for m in _INTRO.finditer(text):
        start = m.start()
        if any(a <= start < b for a, b in spans):
            continue
        end = text.find("”", m.end())
        line_end = text.find("\n", m.end())
        if end < 0 or (0 <= line_end < end):
            continue
        sp = _label_speaker(m.group(1), people)
        if sp is None or not (sp.role and is_congress_role(sp.role)):
            continue
        people.add(sp)
        out.append(Utterance("question", sp, start, end + 1, start))
    return out


def _para_index(paragraphs: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(paragraphs) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paragraphs[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


# A phrase that may name a person with their office and post ("县发展和改革局局长钟振国").
_PERSON_CHUNK = re.compile(r"[^，、；：。\s（）()“”]{3,30}")


class Officials:
    """The officials a report names with their post (attendee list, narration), looked up the
    ways transcripts write them: short (``officials("袁局长")``), by post alone (:meth:`by_title`)
    or by office and post with no name (:meth:`by_post`). Each index is built on first use, so a
    caller pays only for what it asks; one per text serves the label grammar and the exchanges."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._people: _People | None = None  # grows as lookups by name find people in the text
        self._listed: _People | None = None  # the attendee list only
        self._posts: dict[tuple[str | None, str], set[str]] | None = None

    def __call__(self, head: str) -> Speaker | None:
        """"王卫东", "袁局长", "副市长": the one official the attendee list or the narration names so."""
        if self._people is None:
            self._people = _People(self.text)
            _attendees(self.text, self._people)
        people = self._people
        return people.named(head) or people.by_surname_title(head) or people.by_title(head)

    def by_title(self, title: str, department: str | None = None) -> Speaker | None:
        """"副区长": the one official the attendee list names with that post (副区长孔令涛).
        Its own index: the one behind a lookup by name grows with it, and a post unique in the
        list may not be unique among everyone the text names. With ``department`` ("区住建局"
        + "局长"), the one listed with that post in an office of the same type, however the
        list writes the office (区住房和城乡建设局局长魏长青)."""
        if self._listed is None:
            self._listed = _People(self.text)
            _attendees(self.text, self._listed)
        if department and (kind := _office_type(department)):
            hits = {sp.name: sp for sp in self._listed.by_name.values()
                    if sp.title == title and sp.department and _office_type(sp.department) == kind}
            return next(iter(hits.values())) if len(hits) == 1 else None
        return self._listed.by_title(title)

    def by_post(self, department: str, title: str) -> str | None:
        """"县发改局" + "局长": the name of the one person the report names with that post in an
        office of the same type ("到会应询人员：县发展和改革局局长钟振国，…"), the office written in
        full or short."""
        kind = _office_type(department)
        if not kind:
            return None
        if self._posts is None:
            self._posts = {}
            for m in _PERSON_CHUNK.finditer(self.text):
                lab = parse_head(m.group())
                sp = lab.speaker if lab is not None and not lab.bare else None
                if sp is not None and sp.name and sp.department and sp.title and not sp.role:
                    self._posts.setdefault((_office_type(sp.department), sp.title), set()).add(sp.name)
        names = self._posts.get((kind, title), set())
        return next(iter(names)) if len(names) == 1 else None


def _office_type(department: str) -> str | None:
    from loaders.departments import resolve_department

    found = resolve_department(department, None)
    return found.type if found is not None else None


def speech_turns(text: str) -> list[Turn]:
    """:func:`find_utterances` as turns for :func:`loaders.exchanges.build_exchanges`."""
    return [Turn(u.kind, sp, u.start, u.start, u.end, ((u.start, u.end),), narrative=True,
                 addressee=u.addressee)
            for u in find_utterances(text) for sp in (u.speaker, *u.others)]


@functools.lru_cache(maxsize=8)
def _required(rx: re.Pattern[str]) -> str:
    """Characters every match of ``rx`` holds: a text lacking one needs no scan (it tried the
    pattern at every character of a report, ~0.2 ms each)."""
    return required_chars(rx)


def _respective_askers(text: str, taken: list[Utterance]) -> list[Utterance]:
    """Questions of a group whose members each asked one official, paired in list order;
    the report gives their topics only, so no answer is theirs."""
    rx = _speaker_words().respective
    if not all(c in text for c in _required(rx)):
        return []  # a character every match holds (分别向 …) is missing: the scan finds nothing
    spans = sorted((u.start, u.end) for u in taken)
    out: list[Utterance] = []
    for m in rx.finditer(text):
        if _overlaps(spans, m.start(), m.end()):
            continue
        role = m["role"] or ""
        askers = []
        for name in m["askers"].removesuffix("等").split("、"):
            lab = parse_head(role + name) if role else parse_head(name)
            if lab is None or not lab.speaker.name or lab.speaker.name != name or not_a_name(name):
                break
            askers.append(Speaker(name, lab.speaker.role or role or None))
        officials = _officials_listed(m["whom"])
        if len(askers) < 2 or len(officials) != len(askers):
            continue
        for sp, off in zip(askers, officials):
            out.append(Utterance("question", sp, m.start(), m.start(), m.start(), off))
    return out


_PAIRED_USES = ("ask_adverb", "ask_each", "ask_prep", "ask_cue", "answer_lead", "answer_each", "answer_where",
                 "answer_light", "answer_verb")


@functools.lru_cache(maxsize=1)
def _paired() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """The answering side's each-words (data/speech_paired.tsv answer_each) and the askers' and the
    offices' patterns: "委员A、B、C分别就X、Y、Z提出询问，A局、B局、C局负责人分别作了回答" (the
    offices' sentence may follow the askers' one): the askers' clause ends with its cue, the
    offices' clause says the answers came one each (分别/依次/一一/逐一), the lists read in order."""
    words = read_groups("speech_paired.tsv", _PAIRED_USES)
    w = {u: alternation(ws) for u, ws in words.items()}
    ask = re.compile(
        rf"(?P<askers>[^，。；！？：“”\n]{{4,80}}?)(?:{w['ask_adverb']})?(?:{w['ask_each']})?(?:{w['ask_prep']})"
        rf"(?P<topics>[^。；！？：\n]{{2,200}}?)(?:{w['ask_cue']})[，。]")
    answer = re.compile(
        rf"(?:(?:{w['answer_lead']})，)?(?P<whom>[^，。；！？：“”\n]{{4,200}}?)(?:的?(?:有关|主要)?负责人(?:同志)?)?"
        rf"(?:{w['answer_each']})(?:{w['answer_where']})?(?:{w['answer_light']})?(?:{w['answer_verb']})")
    return words["answer_each"], ask, answer


def _listed_askers(phrase: str) -> list[Speaker]:
    """"常委会委员A、B和市人大代表C": the members listed, a post carried over to the bare
    names after it; [] when a part is no member."""
    phrase = re.sub(r"等(?:[0-9一二三四五六七八九十几多]+[名位个])?(?:常委会)?(?:组成人员|委员|代表)?$", "", phrase)
    out: list[Speaker] = []
    role: str | None = None
    split: list[str] = []
    for part in re.split(r"[、，]", phrase):
        # "B和市人大代表C", "B和C": 和/及/与 before the last name, or before a post
        m = re.match(r"(.+?)(?:和|及|与)(.+)$", part)
        if m and (parse_head(m[2]) is not None or (len(m[1]) <= 4 and len(m[2]) <= 4)):
            split += [m[1], m[2]]
        else:
            split.append(part)
    for part in split:
        lab = parse_head(part)
        if (lab is not None and lab.speaker.name and lab.speaker.role and not lab.speaker.title
                and part.endswith(lab.speaker.name) and is_congress_role(lab.speaker.role)):
            role = lab.speaker.role
            out.append(Speaker(lab.speaker.name, role))
            continue
        lab = parse_head(role + part) if role else None
        if lab is None or lab.speaker.name != part or not_a_name(part):
            return []
        out.append(Speaker(part, role))
    return out


def _listed_answerers(whom: str) -> list[Speaker]:
    """"A局局长X、B委主任Y" or "A局、B局和C局" (their heads unnamed): one speaker each, in
    order; [] when the phrase is not such a list."""
    from loaders.departments import find_departments

    parts = re.split(r"[、，]", whom)
    last = re.match(r"(.+?)(?:和|及|与)(.+)$", parts[-1])
    if last and (lab := parse_head(last[2])) is not None and lab.speaker.name and lab.speaker.title:
        parts[-1:] = [last[1], last[2]]  # "…、B局局长Y和C局局长Z": 和 before the last official
    named = _officials_listed("、".join(parts))
    if named and all(sp.department for sp in named):
        return named
    found = find_departments(whom)
    if not found or found[0][0] != 0 or found[-1][1] != len(whom):
        return []
    for (_, b, _), (a, _, _) in zip(found, found[1:]):
        if whom[b:a] not in ("、", "和", "及", "与", "，"):
            return []
    return [Speaker(None, None, "负责人", surface) for _, _, surface in found]


def _answer_told_later(text: str, later: list[Utterance], asker: Speaker, answerer: Speaker,
                       by_name: bool = False) -> tuple[Utterance | None, Utterance] | None:
    """The question of ``asker`` told again after the lists, answered right after it by
    ``answerer`` (the same person, or the same office when neither is named); or that answer
    alone, the asker named in its sentence before it ("针对A委员关于…的询问，A局负责人表示");
    or, ``by_name`` (the official named once in the lists), the answer of that official
    opening its sentence by name after no question ("刘某表示，…" in a paragraph of answers)."""
    def same(ans: Utterance) -> bool:
        return ans.kind == "answer" and ans.end > ans.start and (
            ans.speaker.name == answerer.name if answerer.name
            else not ans.speaker.name and ans.speaker.department == answerer.department)

    for i, ans in enumerate(later):
        q = later[i - 1] if i else None
        if q is not None and q.kind == "question" and q.speaker.name == asker.name:
            return (q, ans) if same(ans) else None
        if not same(ans) or (q is not None and q.kind in ("question", "follow_up")):
            continue
        before = text[_clause_start(text, 0, ans.head_start, "。！？\n"):ans.head_start]
        if asker.name and asker.name in before:
            return None, ans
        if by_name and answerer.name and not before.strip() and text.startswith(answerer.name, ans.head_start):
            return None, ans
    return None


def _paired_lists(text: str, out: list[Utterance]) -> list[Utterance]:
    """"委员A、B、C分别就X、Y、Z提出询问，A局、B局、C局负责人分别作了回答" (or the answers in
    the next sentence, "…先后就…等问题提出询问。A局局长X、B局局长Y一一作答。"): the members
    listed asked one each, the offices listed answered one each, paired in order. Read only
    when both lists hold the same number, two or more, and the answering side says each
    (分别/依次/一一/逐一); else the sentence sums the sitting up as before. Nothing of the
    answers is said: the answers' spans are empty."""
    each, paired_ask, paired_answer = _paired()
    if not any(w in text for w in each):
        return out
    for m in paired_ask.finditer(text):
        a = paired_answer.match(text, m.end())
        if a is None:
            continue
        askers = _listed_askers(m["askers"])
        answerers = _listed_answerers(a["whom"])
        if len(askers) < 2 or len(answerers) != len(askers):
            continue
        lo, hi = m.start("askers"), a.end()
        mine = [u for u in out if lo <= u.head_start < hi or (u.start < hi and lo < u.end)]
        if any(u.kind == "question" and len(u.others) + 1 == len(askers) for u in mine):
            continue  # read already, each asker with the topic of their own (_topic_each)
        if any(u.start < u.end and text[u.start:u.start + 1] in ("“", "「") for u in mine):
            continue  # quoted speech inside: not a sentence summing up
        out = [u for u in out if u not in mine]
        head = a.start("whom")
        later = sorted((u for u in out if u.head_start >= hi), key=_order)
        for k, (asker, answerer) in enumerate(zip(askers, answerers)):
            # (in pairs, each answer right after its question: the topics' span is the question of each)
            out.append(Utterance("question", asker, m.start("topics"), m.end("topics"), m.start("askers"),
                                 at=lo + 2 * k))
            told = _answer_told_later(text, later, asker, answerer,
                                      by_name=[sp.name for sp in answerers].count(answerer.name) == 1)
            if told is not None:
                # "针对A委员关于…的询问，A局负责人表示，…" further on: what the answer said, the
                # same exchange (its question told again, no exchange of its own)
                q, ans = told
                out = [u for u in out if u is not q and u is not ans]
                out.append(dataclasses.replace(ans, at=lo + 2 * k + 1))
                continue
            out.append(Utterance("answer", answerer, a.end(), a.end(), head, at=lo + 2 * k + 1))
    return sorted(out, key=_order)


def _officials_listed(whom: str) -> list[Speaker]:
    """"黄浦区区长A，副区长B、C": one speaker per name, a title carried over to the bare
    names after it; [] when a part is not an official."""
    out: list[Speaker] = []
    last: Speaker | None = None
    for part in re.split(r"[，,、]", whom):
        lab = parse_head(part)
        if lab is not None and lab.speaker.name and lab.speaker.title:
            last = lab.speaker
            out.append(lab.speaker)
            continue
        lab = parse_head(last.title + part) if last is not None and last.title else None
        if lab is None or lab.speaker.name != part:
            return []
        out.append(Speaker(part, None, last.title, last.department))
    return out
