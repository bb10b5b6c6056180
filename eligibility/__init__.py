"""eligibility: YAML question flows and tri-state rules per relief -> Assessment.

Owns: question flows, element rules with citations, the condition-tree evaluator, assessments,
interview session logic. Reads facts only. Must not import forms, templates, packets or Qt.

Public API::

    assess(view, relief) -> Assessment          assess_all(view) -> {relief: Assessment}
    evaluate(cond, view) -> True | False | None  evaluate_full(cond, view) -> Result(value, unknown)
    InterviewSession(profile, reliefs, today=...)
    load_rules() -> RuleSet                      relief_ids() -> registered relief ids
"""

from eligibility.assess import (
    OUTCOME_LABELS,
    OUTCOMES,
    STALE_AFTER_DAYS,
    STATUSES,
    Assessment,
    AssessmentFlag,
    DeadlineItem,
    DerivativeItem,
    ElementAssessment,
    OtherReliefItem,
    assess,
    assess_all,
)
from eligibility.conditions import Result, evaluate, evaluate_full, parse
from eligibility.errors import EligibilityError, InterviewError, RuleFileError, UnknownRelief
from eligibility.interview import InterviewSession, ReliefProgress
from eligibility.loader import RuleSet, load_rules
from eligibility.registry import Relief, get_relief, relief_ids, reliefs

__all__ = [
    "OUTCOMES",
    "OUTCOME_LABELS",
    "STALE_AFTER_DAYS",
    "STATUSES",
    "Assessment",
    "AssessmentFlag",
    "DeadlineItem",
    "DerivativeItem",
    "ElementAssessment",
    "EligibilityError",
    "InterviewError",
    "InterviewSession",
    "OtherReliefItem",
    "Relief",
    "ReliefProgress",
    "Result",
    "RuleFileError",
    "RuleSet",
    "UnknownRelief",
    "assess",
    "assess_all",
    "evaluate",
    "evaluate_full",
    "get_relief",
    "load_rules",
    "parse",
    "relief_ids",
    "reliefs",
]
