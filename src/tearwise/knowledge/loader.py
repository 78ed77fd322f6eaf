"""Load the packaged knowledge base from its YAML files and validate it.

This is the knowledge package's one place that reads files: the data ships inside the
wheel (``tearwise/data``), is read once per process and cached. Any problem is raised as
a :class:`~tearwise.errors.KnowledgeBaseError` naming the file and the item.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from tearwise.errors import KnowledgeBaseError
from tearwise.knowledge.checks import cross_reference_problems
from tearwise.knowledge.ids import NOT_SURE, PREFER_NOT
from tearwise.knowledge.schema import KnowledgeBase

FILES = ("citations", "causes", "questions", "triage", "resources", "texts")
#: PyYAML's libyaml parser when the wheel has it (it always has on our platforms): the same
#: safe constructor and the same data, about ten times faster than the pure-Python parser,
#: which took a fifth of a second of every model load.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(directory: Path, name: str) -> Any:
    path = directory / f"{name}.yaml"
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)
    except FileNotFoundError as exc:
        raise KnowledgeBaseError("file is missing", file=path.name) from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"not valid YAML ({exc.__class__.__name__})", file=path.name) from exc


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    """Turn pydantic's first error into 'item <id>: field: message', naming the offender."""
    first = error.errors()[0]
    loc = list(first["loc"])
    where: list[str] = []
    node: Any = raw
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(node, dict) and "id" in node:
            where.append(str(node["id"]))
        elif isinstance(node, dict) and "key" in node:
            where.append(str(node["key"]))
    field = ".".join(str(p) for p in loc)
    item = " > ".join(where)
    more = f" (+{error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{item + ': ' if item else ''}{field}: {first['msg']}{more}"


def _with_neutral_answers(questions: Any, texts: Any) -> Any:
    """Every question offers 'not sure' and 'prefer not to say', with no evidence."""
    if not isinstance(questions, list) or not isinstance(texts, dict):
        return questions
    for question in questions:
        if isinstance(question, dict) and isinstance(question.get("answers"), list):
            present = {a.get("id") for a in question["answers"] if isinstance(a, dict)}
            for answer_id, key in ((NOT_SURE, "not_sure"), (PREFER_NOT, "prefer_not_to_say")):
                if answer_id not in present:
                    question["answers"].append({"id": answer_id, "text": texts.get(key, answer_id)})
    return questions


def load_from(directory: Path) -> KnowledgeBase:
    """Load and validate the knowledge base stored in ``directory``."""
    raw = {name: _read_yaml(directory, name) for name in FILES}
    texts = raw["texts"] if isinstance(raw["texts"], dict) else {}
    document = {
        "citations": raw["citations"],
        "causes": raw["causes"],
        "questions": _with_neutral_answers(raw["questions"], texts.get("texts")),
        "rules": raw["triage"],
        "resources": raw["resources"],
        "framing": texts.get("framing"),
        "texts": texts.get("texts"),
    }
    file_of = {
        "citations": "citations.yaml",
        "causes": "causes.yaml",
        "questions": "questions.yaml",
        "rules": "triage.yaml",
        "resources": "resources.yaml",
        "framing": "texts.yaml",
        "texts": "texts.yaml",
    }
    try:
        kb = KnowledgeBase.model_validate(document)
    except ValidationError as exc:
        top = str(exc.errors()[0]["loc"][0]) if exc.errors()[0]["loc"] else ""
        raise KnowledgeBaseError(_describe(exc, document), file=file_of.get(top)) from exc
    problems = cross_reference_problems(kb)
    if problems:
        more = f" (+{len(problems) - 1} more; run 'tearwise kb check')" if len(problems) > 1 else ""
        raise KnowledgeBaseError(problems[0] + more)
    return kb


def data_dir() -> Path:
    """Folder of the packaged data files."""
    return Path(str(resources.files("tearwise") / "data"))


@functools.cache
def load_knowledge_base() -> KnowledgeBase:
    """The packaged knowledge base, validated; loaded once per process."""
    return load_from(data_dir())
