"""loaders.quickinit: the constructor it gives a frozen dataclass makes the object the dataclass's
own constructor makes (fields, defaults, __post_init__ checks and derived fields), on random
arguments, for every class that uses it; the class stays frozen."""

from __future__ import annotations

import dataclasses
import pickle
import random

import pytest

from loaders.quickinit import quick_init
from loaders.records import Asker, Department, Entity, Exchange, Mention, Respondent
from loaders.resolve import Candidate
from loaders.turns.model import Label, Speaker, Turn

CLASSES = [Candidate, Mention, Asker, Respondent, Exchange, Department, Entity, Speaker, Label, Turn]

_VALUES = [None, "", "Project", "Organization", "question", "answer", "某某产业园", 0, 3, -1, 7, 12,
           (), ("甲",), True, False]


def _made(init, cls, args, kwargs):
    obj = object.__new__(cls)
    try:
        init(obj, *args, **kwargs)
    except Exception as e:  # noqa: BLE001 (the same error is the same outcome)
        return ("raised", type(e), str(e))
    return ("made", obj.__dict__, list(obj.__dict__))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_same_object_as_the_dataclass_constructor(cls):
    rnd = random.Random(cls.__name__)
    fields = dataclasses.fields(cls)
    required = [f for f in fields if f.default is dataclasses.MISSING]
    for _ in range(400):
        n = rnd.randint(len(required), len(fields))
        args = [rnd.choice(_VALUES) for _ in range(n)]
        if rnd.random() < 0.3 and n > len(required):
            # some of the optional ones by keyword
            k = rnd.randint(len(required), n)
            kwargs = {f.name: v for f, v in zip(fields[k:n], args[k:])}
            args = args[:k]
        else:
            kwargs = {}
        assert _made(cls.__init__, cls, args, kwargs) == _made(cls.__init__.generated, cls, args, kwargs)


def test_still_frozen_and_comparable():
    c = Candidate("Project", 1, 4, "某某园", "pattern", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.start = 2  # type: ignore[misc]
    same = Candidate("Project", 1, 4, "某某园", "pattern", 1, None, None)
    assert c == same and hash(c) == hash(same) and repr(c) == repr(same)
    assert dataclasses.replace(c, start=2) == Candidate("Project", 2, 4, "某某园", "pattern", 1)
    assert pickle.loads(pickle.dumps(c)) == c
    with pytest.raises(ValueError):
        Mention("Nothing", "x", "x", "question", 0, 1, "x")
    with pytest.raises(TypeError):
        Candidate("Project", 1, 4)  # type: ignore[call-arg]


def test_refuses_what_it_cannot_copy():
    @dataclasses.dataclass
    class Open:
        a: int

    with pytest.raises(TypeError):
        quick_init(Open)

    @dataclasses.dataclass(frozen=True)
    class Listed:
        a: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(Listed)

    @dataclasses.dataclass(frozen=True)
    class WithInitVar:
        a: int
        b: dataclasses.InitVar[int] = 0

    with pytest.raises(TypeError):
        quick_init(WithInitVar)
