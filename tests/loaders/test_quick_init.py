"""loaders.quick_init: the remade __init__ builds the instance the dataclass's own would."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from loaders.attribution.spans import Utterance
from loaders.quick_init import quick_init
from loaders.resolve import Candidate
from loaders.turns.model import Label, Speaker, Turn

_QUICK = (Speaker, Label, Turn, Candidate, Utterance)


def _twin(cls: type) -> type:
    """The same fields as a plain frozen dataclass, its __init__ the one dataclasses makes."""
    fields = [(f.name, f.type, dataclasses.field(default=f.default) if f.default is not dataclasses.MISSING
               else dataclasses.field()) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__ + "Twin", fields, frozen=True)


@pytest.mark.parametrize("cls", _QUICK)
def test_same_parameters_and_defaults(cls):
    ours = [p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "_set"]
    theirs = list(inspect.signature(_twin(cls).__init__).parameters.values())
    assert [(p.name, p.default, p.kind) for p in ours] == [(p.name, p.default, p.kind) for p in theirs]


def test_instances_as_the_dataclass_builds_them():
    sp = Speaker("张三", role="委员")
    assert vars(sp) == {"name": "张三", "role": "委员", "title": None, "department": None}
    assert list(vars(Label("question", sp, 3))) == [f.name for f in dataclasses.fields(Label)]
    assert Label("question", sp, 3) == Label(kind="question", speaker=Speaker(name="张三", role="委员"), end=3)
    assert hash(Speaker("张三")) == hash(Speaker(name="张三"))
    assert repr(Speaker("张三")) == "Speaker(name='张三', role=None, title=None, department=None)"
    lab = dataclasses.replace(Label("question", sp, 3), end=5, bare=True)
    assert (lab.end, lab.bare, lab.speaker, lab.also) == (5, True, sp, ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        sp.name = "李四"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Speaker("a", "b", "c", "d", "e")  # (one positional too many, as the dataclass's own refuses)
    u = Utterance("answer", sp, 1, 2, 0)
    assert (u.addressee, u.others, u.at) == (None, (), -1)
    c = Candidate("Project", 0, 4, "某某项目", "pattern", 1)
    assert (c.category, c.entry) == (None, None)
    t = Turn("question", sp, 0, 3, 9, ((0, 9),))
    assert (t.narrative, t.addressee) == (False, None)


def test_refuses_what_it_cannot_write():
    @dataclasses.dataclass(frozen=True)
    class Later:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True)
    class Factory:
        a: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass
    class Mutable:
        a: int

    for cls in (Later, Factory, Mutable):
        with pytest.raises(TypeError):
            quick_init(cls)
