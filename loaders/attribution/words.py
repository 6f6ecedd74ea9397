"""The words speech attribution reads from its data files: speaker words, cue words and their kinds, link
words, fillers (``data/speaker_words.tsv``, ``speech_cues.tsv``, ``speech_links.tsv``, ``speech_fillers.txt`` …)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from loaders.datafiles import DataFileError, alternation, read_groups, read_tsv, read_words
from loaders.rxguard import StartScan, guarded, start_scanned
from loaders.turns import NAME, surnames, titles

__all__ = ["BOUNDARY", "MAX_HEAD", "speaker_words", "that_office", "cues", "cue_kinds_written", "cue_scan", "cue_words", "cue_word_at",
           "cue_word_ends", "speech_links", "filler_words", "long_fillers", "speaker_tail_starts", "cue_kind",
           "ethnic_seat", "strip_fillers"]


# Where a speaker phrase can begin: after punctuation, a quotation or a space.
# Not 、: it joins the posts of one speaker (县农业农村局党组书记、局长张昌纯).
BOUNDARY = set("，。；！？：:“”‘’「」（）()《》【】 \n…—")
MAX_HEAD = 40


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
    counted_post: re.Pattern[str]  # "一位负责人": the count before the post of an official the report does not name
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
    takes_word: frozenset[str] = frozenset()  # 接过话题: taking the word before an asking cue, a manner
    asked_topic_preps: tuple[str, ...] = ()  # 就, 关于, 围绕, 针对: what opens a member's topic (asked_topic_prep)
    office_words: frozenset[str] = frozenset()  # 检方: an office named by a word of its own
    demands: tuple[str, ...] = ()  # 要求: "X要求Y局说明": what Y is asked to do (demand)
    put_off_requests: tuple[str, ...] = ()  # 请: "请某局会后书面答复", a request that puts an answer off
    anonymous_roles: tuple[str, ...] = ()  # 委员, 常委会委员, 代表: a member's seat (anonymous_role), longest first
    # 、, 和, 先后, 提问: what may follow a name in a list of askers (the next name, or the list's end and what they did)
    list_followers: tuple[str, ...] = ()
    official_counts: tuple[str, ...] = ()  # 一名, 一位: "市某局一名副局长作了说明", an office's official unnamed
    official_arrives: tuple[str, ...] = ()  # 到会: "市某局一名副局长到会作了说明", what that official did first


_SPEAKER_USES = ("pronoun", "member_seat", "adverb", "negation", "demand_lead", "demand", "speech_verb_end",
                 "not_manner", "attending", "bare_government", "attendee_cut", "from_word", "office_pointer",
                 "office_pointer_phrase", "office_kind", "offices_head", "answer_request", "anonymous_count",
                 "anonymous_role", "anonymous_asker", "person_pointer", "counted_post", "member_role", "member_post_role",
                 "chair_post", "inquiry_word", "listed_office_qualifier", "listed_office_noun", "asked_topic_prep",
                 "asked_before_lead", "asked_before_adverb", "asked_before_prep", "raised_verb", "raised_question",
                 "answer_verb_after", "raised_prep", "raised_what", "counted_verb", "answered_prep", "answered_what",
                 "respective_verb", "de_answer", "chair_title", "chair_title_post", "toward_whom", "clause_on",
                 "doing_else", "described_question", "member_occupation", "tail_start", "clause_seat", "seat_agent", "office_any",
                 "office_staff", "anonymous_not_after", "firm_end", "firm_title", "quote_name_verb",
                 "pronoun_demand", "put_off_request", "follow_manner", "citizen_delegate", "cut_in", "office_word", "takes_word",
                 "list_follower", "official_count", "official_arrives")


@functools.lru_cache(maxsize=1)
def speaker_words() -> _SpeakerWords:
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
        counted_post=re.compile(rf"^(?:{alternation(w['counted_post'])})(?=..)"),
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
        takes_word=frozenset(w["takes_word"]),
        asked_topic_preps=tuple(w["asked_topic_prep"]),
        office_words=frozenset(w["office_word"]),
        demands=tuple(w["demand"]),
        put_off_requests=tuple(w["put_off_request"]),
        anonymous_roles=tuple(sorted(w["anonymous_role"], key=len, reverse=True)),
        list_followers=w["list_follower"],
        official_counts=tuple(w["official_count"]),
        official_arrives=tuple(w["official_arrives"]),
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
    return speaker_words().that_office


def _topic_turns() -> list[str]:
    """"把关注点放在了", "将话锋转向": 把 or 将, a noun and a verb of data/speech_topic_turns.tsv, 了 or not."""
    parts = read_groups("speech_topic_turns.tsv", ("noun", "verb"), column="part")
    return [f"{ba}{n}{v}{le}" for ba in "把将" for n in parts["noun"] for v in parts["verb"] for le in ("", "了")]


@functools.lru_cache(maxsize=1)
def cue_kinds_written() -> dict[str, str]:
    """The cue words of data/speech_cues.tsv and their kinds as the file gives them (before the
    topic turns are added and the direct cues turned into questions and answers, see :func:`cues`).
    Callers must not change the dict."""
    kinds: dict[str, str] = {}
    for r in read_tsv("speech_cues.tsv", ["cue", "kind"]):
        if r.cells[1] not in ("question", "follow_up", "answer", "say", "ask_about", "tell_about"):
            raise r.error("kind must be question, follow_up, answer, say, ask_about or tell_about")
        kinds[r.cells[0]] = r.cells[1]
    return kinds


@functools.lru_cache(maxsize=1)
def _cue_patterns() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """The cue kinds, the cue pattern and the pattern guarded (see rxguard.guarded)."""
    kinds = dict(cue_kinds_written())
    for turn in _topic_turns():
        kinds.setdefault(turn, "ask_about")

    direct = [w for w, k in kinds.items() if k in ("ask_about", "tell_about")]
    # A cue ends where speech or the sentence begins, so that 问 in 问题 is no cue;
    # after 的 or 意见 it is a noun ("提出的意见建议，"), no verb of speech;
    # ask_about cues take their object directly.
    # "X委员的问题透出几分尖锐：“…”": the question itself, described, then the quotation.
    sw = speaker_words()
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
    # with whom it is put to, see find_cues).
    # "代表X问得更直接：“…”", "X说得直白，“…？”": the cue, 得 and how, before the speech.
    # ("关于…的问题，委员X问得很直接。": or a full stop, the question told before the member)
    # ("X问得很干脆：…？": or a colon before the question left unquoted)
    # ("X问得很直接：…喊了两年，为什么还是“贷不到”？": short quoted words inside the question)
    manner = (rf"(?:{alternation(kinds)})得[^，。：:“”！？；的]{{1,5}}"
              r"(?=[：:，,][“「]|。|[：:](?:[^“”「」\n。！；]|“[^“”\n。！；]{1,8}”){4,200}[？?])")
    # ("“…”Y回答得爽快，台下一片掌声。": an answer cue, 得 and how, then after the comma what followed,
    # not words of the speaker's own (我…): the quotation before is the answer)
    manner = (rf"{manner}|(?:{alternation(k for k, v in kinds.items() if v == 'answer')})得[^，。：:“”！？；的]{{1,5}}"
              r"(?=[，,](?![我您你咱])[^“”「」\n。！？；]{2,24}[。！])")
    # "委员X问的是收费：…": a question cue, 的是 and what it was about, before a colon.
    point = rf"(?:{alternation(k for k, v in kinds.items() if v in ('question', 'follow_up'))})的是[^，。：:“”！？；]{{1,8}}(?=[：:])"
    links = speech_links()
    proposed = (rf"(?<!的)(?P<proposed>{links.proposes.pattern})了?"
                rf"(?=[^，。；：:“”！？]{{2,30}}?(?:{links.proposal_noun.pattern})[，。；])")
    raw = re.compile(rf"{proposed}|{counted}|{meanwhile}|{manner}|{point}|(?<!的)(?<!意见)(?:{alternation(kinds)})(?:{speech_links().cue_suffix.pattern})?(?=[：:，,。“”！？；\s「]|…|$)|(?<!的)(?<!意见)(?:{alternation(direct)})|{described}"
                    rf"|{named_answer}|{speech_links().answered_about.pattern}|{speech_links().says_will.pattern}|{speech_links().asks_whom.pattern}|{speech_links().indirect_asks.pattern}"
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
                    rf"|(?P<pressed>{alternation(sw.follow_manner)})(?=。[^。\n“「][^。\n]{{0,79}}[？?])")
    for w in direct:
        kinds[w] = "question" if kinds[w] == "ask_about" else "answer"
    return kinds, raw, guarded(raw, pairs=True)


@functools.lru_cache(maxsize=1)
def cues() -> tuple[dict[str, str], re.Pattern[str]]:
    kinds, _, rx = _cue_patterns()
    return kinds, rx


@functools.lru_cache(maxsize=1)
def cue_scan() -> StartScan | re.Pattern[str]:
    """The cues' ``finditer`` over a paragraph, tried only where a cue's first two characters
    stand (one C scan for them, where the guarded pattern stopped at every comma, 的, 一, 作 …
    and entered its branches: ~2,500 tries in the 50 bench reports, not ~8,500)."""
    _, raw, rx = _cue_patterns()
    return start_scanned(raw, rx) or rx


@functools.lru_cache(maxsize=1)
def cue_words() -> tuple[str, ...]:
    """The cue words as a tuple: one ``str.startswith`` tries them all in C (a generator
    over the table cost ~10 µs per place a speaker phrase may end)."""
    return tuple(cues()[0])


@functools.lru_cache(maxsize=1)
def _cue_words_by_end() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
    """The cue words by their first character and by their last (None if one is empty): a
    word can start (end) at a place only if its first (last) character stands there, so one
    ``startswith`` of the few words with that character answers as one of all ~760 did (the
    speaker phrases ask it at every place a name may end: ~1 % of reading 50 reports)."""
    words = cue_words()
    if not all(words):
        return None
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for w in words:
        first.setdefault(w[0], []).append(w)
        last.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in first.items()}, {c: tuple(ws) for c, ws in last.items()}


def cue_word_at(text: str, at: int) -> bool:
    """``text.startswith(cue_words(), at)``: a cue word starts at ``at``."""
    if (ends := _cue_words_by_end()) is None:
        return text.startswith(cue_words(), at)
    return text.startswith(ends[0].get(text[at:at + 1], ()), at)


def cue_word_ends(text: str, lb: int, e: int) -> bool:
    """``text.endswith(cue_words(), lb, e)``: a cue word within ``text[lb:e]`` ends at ``e``."""
    if (ends := _cue_words_by_end()) is None:
        return text.endswith(cue_words(), lb, e)
    e = min(e, len(text))  # (as str.endswith reads an end past the text: at its end)
    return e > lb and text.endswith(ends[1].get(text[e - 1:e], ()), lb, e)


@dataclass(frozen=True)
class _Links:
    """Patterns built from ``data/speech_links.tsv`` (the words that link speaker, cue and topic)."""

    answered_about: re.Pattern[str]  # "答复…问题解决情况": an answer cue whose object is the problem
    answered_object: re.Pattern[str]  # that object
    answering: re.Pattern[str]  # "答复野猪毁粮问题时" closing a speaker phrase
    facing: re.Pattern[str]  # "面对X代表的提问，": the asker named in the answer's clause
    raised_opening: re.Pattern[str]  # "代表X提出的…问题，" opening the answer's sentence, no facing word
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
    asks_again: tuple[str, ...] = ()  # 又, 再次: "X又问" after X's own question, a 追问
    same_point: re.Pattern[str] | None = None  # 同一问题: "Y就同一问题再次发问", pressing the question before
    # 那么, 那: a quoted question opening so takes up the answer just given ("Y紧接着问：“那…？”")
    answer_taken_up: re.Pattern[str] | None = None
    # 话音刚落: "话音刚落，委员Y接着发问：" right after an official's answer, pressing on it
    right_after: tuple[str, ...] = ()
    turns_topic: re.Pattern[str] | None = None  # 转向, 引向: "…，Y把问题转向人才：" turns to another matter
    # 回答的是, 这是: a match of ``who`` holds one of these (its first and third branches the first
    # words, its second the others): a report holding none has no match
    who_needs: tuple[str, ...] = ()
    thrown_needs: tuple[str, ...] = ()  # the thrown_to words: a text naming none puts no question so


_LINK_USES = ("answer_verb", "answered_noun", "facing", "facing_topic", "facing_raised", "asked_noun", "split", "topic_split", "asks_whom",
              "topic_lead", "answering_time", "put_to", "many_times", "says_will", "will_word", "where_at",
              "where_end", "asker_noun", "congress_word", "member_word", "not_whom", "thrown_to", "thrown_out",
              "office_adverb", "office_asks", "office_scope", "such_as", "cue_suffix", "leads", "role_office",
              "asked_office", "zone_word", "worker", "proposes", "proposal_noun", "name_tail", "progress_verb",
              "progress_noun", "indirect_word", "counted_asker", "counted_link", "introduced_asker", "who_asked", "who_answered", "dialogue_this",
              "dialogue_with", "dialogue_count", "dialogue", "question_from", "asker_said", "topic_asked", "answering_asked",
              "indirect_noun", "topic_asks", "topic_answer", "where_sitting", "asker_from", "problem_asks",
              "problem_noun", "lede_answered", "each", "told_link", "some_member", "seat_noun",
              "heard_official", "heard_what", "heard_then", "presses_on", "goes_on", "presses_on_asking",
              "asks_again", "same_point", "answer_taken_up", "not_taken_up_next", "right_after", "turns_topic", "held_body", "held_verb", "member_question", "this_answer", "this_question")


@functools.lru_cache(maxsize=1)
def speech_links() -> _Links:
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
        facing=re.compile(rf"(?:{facing})([^，。；“”]{{2,24}}?)(?:(?:{w['facing_topic']})[^，。；！？]{{1,30}}?)?(?:{w['facing_raised']})?(?:的)"
                          rf"(?:[^。；“”！？]{{0,50}}?的|(?:[^，。；“”！？]|“[^，。“”\n]{{1,12}}”){{2,30}}?)?(?:{asked})"),
        # "代表提出的某项民生问题，因归县X局管，县X局负责同志表示…": the asker and the question
        # told as the sentence's opening noun phrase, before a comma
        raised_opening=re.compile(rf"([^，。；“”]{{2,24}}?)(?:{w['facing_raised']})的(?:[^，。；“”！？]{{2,30}}?)"
                                  rf"(?:{asked})(?=[，,])"),
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
                           rf"|[^，。“”]{{0,24}}?(?:{w['where_sitting']})(?:{w['where_end']})"),
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
        who_needs=tuple(dict.fromkeys([*words["who_answered"], *words["dialogue_this"]])),
        thrown_needs=words["thrown_to"],
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
        asks_again=words["asks_again"],
        same_point=re.compile(w["same_point"]),
        answer_taken_up=re.compile(rf"[“「]?(?:{w['answer_taken_up']})(?![{''.join(words['not_taken_up_next'])}])"),
        right_after=tuple(words["right_after"]),
        turns_topic=re.compile(w["turns_topic"]),
    )


@functools.lru_cache(maxsize=1)
def filler_words() -> tuple[str, ...]:
    out = [r.cells[0] for r in read_words("speech_fillers.txt")]
    return tuple(sorted(set(out), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def long_fillers() -> tuple[str, ...]:
    """The fillers of four characters or more ("这个问题由", "这组数字来自"): lead-ins that may
    open a phrase naming a person (a short one, 马上 or 先, may be a name's start)."""
    return tuple(f for f in filler_words() if len(f) >= 4)


@functools.lru_cache(maxsize=1)
def speaker_tail_starts() -> frozenset[str]:
    from loaders.departments import department_table

    first = set(speaker_words().tail_starts) | {w[0] for w in titles()} | set(surnames())
    first |= {t.full_name[0] for t in department_table()} | {a[0] for t in department_table() for a in t.aliases}
    return frozenset(first)


@functools.lru_cache(maxsize=2048)  # (a function of the cue word alone, asked several times of each cue)
def cue_kind(cue: str) -> str:
    kinds, _ = cues()
    if cue.startswith("的"):
        return "answer" if cue[1:].startswith(tuple(speaker_words().de_answer)) else "question"
    for mark in "了时得的":
        if cue not in kinds and mark in cue and cue.split(mark, 1)[0] in kinds:
            return kinds[cue.split(mark, 1)[0]]  # "追问了一条提问", "作答时翻出了一张流程图", "问的是收费"
    if cue not in kinds and cue.endswith("句") and cue[:-2] in kinds:
        return kinds[cue[:-2]]  # "追问一句"
    return kinds.get(cue) or kinds.get(cue[:-1], "say")


@functools.lru_cache(maxsize=1)
def ethnic_seat() -> re.Pattern[str]:
    """An ethnic group (data/ethnic_groups.txt) and 族 right before a member's seat ("畲族委员")."""
    groups = alternation(sorted((r.cells[0] for r in read_words("ethnic_groups.txt")), key=len, reverse=True))
    return re.compile(rf"(?:{groups})族(?=女?(?:委员|代表|人大代表|常委会委员))")


# An item's number opening a paragraph of numbered minutes ("一、", "2.", "3、"; a bracketed "（一）" is
# read as an aside already).
_ITEM_NUMBER = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))\s?")


# (remembered: a function of the phrase alone, asked of each speaker phrase and of the parts
# of one again and again; reports repeat their phrases)
@functools.lru_cache(maxsize=8192)
def strip_fillers(head: str) -> tuple[int, int]:
    """The span of ``head`` left when fillers are dropped from both ends ("率先", "首先对…").

    >>> strip_fillers("韩立新率先")
    (0, 3)
    """
    fillers = filler_words()
    a, b = 0, len(head)
    if (enum := _ITEM_NUMBER.match(head)) is not None and b - enum.end() >= 2:
        # "一、委员X就…进行询问" / "2.委员Y询问…": the minutes' item number opening the sentence
        a = enum.end()
    changed = True
    while changed and b - a > 0:
        changed = False
        if (m := speech_links().where.search(head, a, b)) and m.start() - a >= 2:
            b, changed = m.start(), True
            continue
        if (m := speaker_words().from_.match(head, a, b)) and b - m.end() >= 2:
            a, changed = m.end(), True  # "来自通州团的人大代表X": where the member comes from
            continue
        if "族" in head and (m := ethnic_seat().match(head, a, b)) and b - m.end() >= 4:
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
