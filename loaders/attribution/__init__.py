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

The package, one module per job, each importing only the modules listed before it:

- :mod:`~loaders.attribution.words`: the word lists of the data files (speaker words, cues, links, fillers);
- :mod:`~loaders.attribution.spans`: :class:`Utterance`, a cue found, and clause, sentence and quotation spans;
- :mod:`~loaders.attribution.people`: the people a report names (:class:`People`) and :class:`Officials`;
- :mod:`~loaders.attribution.readings`: one speaker phrase read whole, by name or by the label grammar;
- :mod:`~loaders.attribution.names`: which name a speaker phrase opens with;
- :mod:`~loaders.attribution.speakers`: the speaker phrase before a cue read as a speaker (pass 1);
- :mod:`~loaders.attribution.cues`: every cue and its speaker, and the side it takes (passes 1 and 3);
- :mod:`~loaders.attribution.told`: speech told in narration, and the span a cue takes (pass 2);
- :mod:`~loaders.attribution.offices`: questions put to offices;
- :mod:`~loaders.attribution.ledes`: quotations standing alone, their speaker named before or after them;
- :mod:`~loaders.attribution.lists`: askers and answerers told in lists;
- :mod:`~loaders.attribution.utterances`: :func:`find_utterances` (the passes in order) and :func:`speech_turns`.

Helpers another module of the package imports have public names (no leading underscore, session 22);
the package's interface is its ``__all__``.
"""

from loaders.attribution.people import Officials
from loaders.attribution.spans import Utterance
from loaders.attribution.utterances import find_utterances, speech_turns
from loaders.attribution.words import that_office  # for loaders.exchanges

__all__ = ["Utterance", "Officials", "find_utterances", "speech_turns", "that_office"]
