"""A generated national-size corpus of inquiry transcripts, for scale tests and benchmarks."""

from corpus.generate import GenerateError, GenerateSummary, generate

__all__ = ["generate", "GenerateSummary", "GenerateError"]
