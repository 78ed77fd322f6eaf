"""The knowledge base: causes, question bank, triage rules, resources and citations.

The schema and checks are pure; :mod:`tearwise.knowledge.loader` is the only module that
reads (packaged, read-only) files.
"""

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, SIX_CAUSES, TRIAGE_LEVELS
from tearwise.knowledge.loader import load_from, load_knowledge_base
from tearwise.knowledge.schema import KnowledgeBase

__all__ = [
    "CAUSE_IDS",
    "FLAG_IDS",
    "SIX_CAUSES",
    "TRIAGE_LEVELS",
    "KnowledgeBase",
    "load_from",
    "load_knowledge_base",
]
