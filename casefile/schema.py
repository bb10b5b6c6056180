"""The base of every declarative data file's schema (rules, flows, field maps, clauses,
plans, the PSG library, the relief registry): unknown keys are errors, values are frozen.

It lives in the lowest layer so that facts, eligibility, forms, clauses and packets share
one definition (issue 19: ``_Strict`` had been copied four times)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["Strict"]


class Strict(BaseModel):
    """A data-file schema: a misspelt key is an error naming it, not a silently ignored
    field, and a loaded entry cannot be changed by the code that reads it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
