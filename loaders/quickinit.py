"""A faster ``__init__`` for frozen dataclasses (:func:`quick_init`), the same object made.

A frozen dataclass's generated ``__init__`` sets each field through
``__dataclass_builtins_object__.__setattr__``, a global's attribute looked up per field: ~2.0 us
for eight fields, where the same ``object.__setattr__`` bound once as a global costs ~1.6 us.
Reading 50 reports makes ~10,000 candidates, mentions, labels, turns and records. The fields are
still set through ``object.__setattr__``: writing the instance's ``__dict__`` instead was quicker
to build (~0.7 us) but made the dict real, and every later attribute read went through it
(~2.5 times slower) with a third more memory, so a first read got no faster. The class stays a
frozen dataclass: its fields, defaults, ``__post_init__``, equality, hash, repr,
``dataclasses.replace`` and pickling are as before, and assignment still raises; only the
constructor's body differs (tests/loaders/test_quickinit.py holds the two side by side).
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, TypeVar

__all__ = ["quick_init"]

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Give ``cls`` (a frozen dataclass with no ``slots``, every field an ``__init__`` parameter
    with a plain default or none, no keyword-only fields, no ``InitVar``) an ``__init__`` that
    sets the fields in their order through ``object.__setattr__`` bound once, then calls
    ``__post_init__`` as the generated one does. Put it above ``@dataclass(frozen=True)``."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" in cls.__dict__:
        raise TypeError(f"quick_init: {cls.__name__} is no frozen dataclass with a __dict__")
    fields = dataclasses.fields(cls)
    # (the generated constructor's parameters are the fields, in order: no InitVar, nothing else)
    if list(inspect.signature(cls.__init__).parameters)[1:] != [f.name for f in fields]:
        raise TypeError(f"quick_init: {cls.__name__}'s constructor takes more than its fields")
    names: dict[str, Any] = {"_qi_set": object.__setattr__}
    args, body = [], []
    for f in fields:
        if f.name.startswith("_qi_") or not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"quick_init: {cls.__name__}.{f.name} is not a plain parameter")
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            names[f"_qi_default_{f.name}"] = f.default
            args.append(f"{f.name}=_qi_default_{f.name}")
        body.append(f"    _qi_set(_qi_self, {f.name!r}, {f.name})")
    post = "    _qi_self.__post_init__()\n" if hasattr(cls, "__post_init__") else ""
    src = (f"def __init__(_qi_self, {', '.join(args)}):\n"
           + "\n".join(body) + "\n" + post)
    exec(src, names)  # noqa: S102 (source made from the dataclass's own field names)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.generated = cls.__init__  # (the dataclass's own, for tests/loaders/test_quickinit.py)
    cls.__init__ = init  # type: ignore[misc]
    return cls
