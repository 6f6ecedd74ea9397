"""Speaker turns: who speaks where in the normalised text.

A turn starts at the beginning of a paragraph, either with a speaker label
ending in a colon or with a narrative sentence. Labels are parsed with a
small grammar built from data files, so layouts of other cities work without
code changes:

* asker:      [place][人大][常委会][committee] ROLE [NAME] [VERB]  (市人大常委会委员王静, 委员张三问)
              NAME ROLE [VERB]                                     (王静委员)
* respondent: DEPT TITLE [NAME] [VERB]                             (市发改局副局长刘小杰, 市行政审批服务局局长李四回答)
              DEPT NAME [TITLE] [VERB]  |  NAME TITLE [VERB]       (市科技局赵国强, 刘小杰副局长)
* bare:       VERB (问, 答, 追问)  |  NAME [VERB] (项丽, 王静问)
* narrative:  X向Y提问：…  |  Y回答说：…

ROLE words come from ``data/roles.tsv``, TITLE words from ``data/titles.tsv``,
VERBs (with their kind) from ``data/speech_verbs.tsv`` and surnames (for
bare names) from ``data/surnames.txt``.

The package, one module per job, each importing only the modules listed before it:

- :mod:`~loaders.turns.model`: :class:`Speaker`, :class:`Label`, :class:`Turn`, :class:`OfficialsLookup`;
- :mod:`~loaders.turns.spans`: sentence and paragraph spans (:func:`sentence_span`, :func:`paragraph_spans`);
- :mod:`~loaders.turns.words`: the words of the data files, in their patterns (:func:`titles`, :func:`surnames`);
- :mod:`~loaders.turns.names`: names, congress seats and offices (:func:`not_a_name`, :func:`is_congress_role`);
- :mod:`~loaders.turns.grammar`: the label grammar and the screens run before it;
- :mod:`~loaders.turns.heads`: :func:`parse_head`, a label's head read as side and speaker;
- :mod:`~loaders.turns.designations`: a speaker written out in full (seat or office, post, name);
- :mod:`~loaders.turns.signed`: speech signed after a dash or in brackets;
- :mod:`~loaders.turns.asking`: labels and headings narrating who asks whom or what;
- :mod:`~loaders.turns.labels`: :func:`parse_label`, the label opening a paragraph, and its layouts;
- :mod:`~loaders.turns.starts`: where a turn starts (:func:`is_turn_start`, :func:`is_inline_turn` …);
- :mod:`~loaders.turns.clues`: the people questions address (:func:`addressees`, :func:`find_clues`);
- :mod:`~loaders.turns.passes`: the passes over the labelled paragraphs;
- :mod:`~loaders.turns.find`: :func:`find_turns` (the passes in order) and each turn's side and speaker.

Helpers another module of the package imports have public names (no leading underscore, session 22);
the package's interface is its ``__all__``.
"""

from __future__ import annotations

from loaders.turns.model import Label, OfficialsLookup, Speaker, Turn
from loaders.turns.spans import last_mark, paragraph_spans, sentence_span, sentences_around
from loaders.turns.words import NAME, explain_request, request_verbs, surnames, titles
from loaders.turns.names import (is_congress_role, may_name_speaker, minority_name, minority_part, named_apart_from_seat,
                                 not_a_name, public_speaks, splits_not_name_word)
from loaders.turns.heads import may_be_bare, office_named_twice, parse_head, seatless
from loaders.turns.signed import dash_signer, member_signed_quote
from loaders.turns.asking import asks_about
from loaders.turns.labels import parse_label
from loaders.turns.starts import inline_turn_screen, is_bare_label, is_inline_turn, is_label_only, is_turn_start
from loaders.turns.clues import addressees, find_clues
from loaders.turns.passes import is_broadcast
from loaders.turns.find import find_turns

__all__ = [
    "Speaker", "Label", "Turn", "parse_label", "parse_head", "is_turn_start", "is_label_only", "is_bare_label",
    "is_inline_turn", "inline_turn_screen", "find_turns", "OfficialsLookup", "addressees", "find_clues", "NAME", "is_congress_role", "request_verbs", "explain_request",
    "titles", "surnames", "not_a_name", "dash_signer", "member_signed_quote", "splits_not_name_word", "may_name_speaker", "paragraph_spans",
    "sentences_around", "sentence_span", "asks_about", "seatless", "may_be_bare",
    # (imported from the package by loaders/attribution/ and loaders/exchanges)
    "last_mark", "minority_name", "minority_part", "public_speaks", "office_named_twice", "named_apart_from_seat",
    # (imported by loaders/programme_body)
    "is_broadcast",
]
