"""Transcripts → extraction records (sessions, exchanges, departments, mentions).

Public API::

    from loaders import load_path, iter_paths, load_many, InputError
"""

from loaders.errors import InputError
from loaders.pipeline import iter_paths, load_many, load_path, load_text
from loaders.read import SUPPORTED_SUFFIXES

__all__ = ["load_path", "load_text", "iter_paths", "load_many", "InputError", "SUPPORTED_SUFFIXES"]
