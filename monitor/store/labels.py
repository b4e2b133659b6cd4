"""The team's own labels and the stories they are on: the one read and write path for both.

A label is applied to a story, so to every copy of it (as a verdict is); the web layer passes the story's
articles (`hits.article_ids_in_stories`). Names are unique whatever their case and at most MAX_NAME characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import LabelError
from .tables import Article, ArticleLabel, Label
from .types import utcnow

MAX_NAME = 40
MAX_LABELS = 200  # a list of labels longer than this is a mistake, and every story card shows them all
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class LabelView:
    id: int
    name: str
    stories: int = 0  # articles it is on (copies counted), for the labels page


def clean_name(name: str) -> str:
    """The name as stored: one line, spaces collapsed, no control or direction-override characters; LabelError
    when nothing is left or it is too long."""
    cleaned = " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", name)).split())
    if not cleaned:
        raise LabelError("A label needs a name: type one, like “op-ed” or “needs response”.")
    if len(cleaned) > MAX_NAME:
        raise LabelError(f"Label names are at most {MAX_NAME} characters (this one has {len(cleaned)}).")
    return cleaned


def _key(name: str) -> str:
    return name.casefold()


def list_labels(session: Session) -> list[LabelView]:
    """Every label, by name, with how many articles carry it."""
    counts = dict(session.execute(select(ArticleLabel.label_id, func.count()).group_by(ArticleLabel.label_id)).all())
    rows = session.execute(select(Label).order_by(Label.key)).scalars()
    return [LabelView(r.id, r.name, counts.get(r.id, 0)) for r in rows if r.id is not None]


def get_label(session: Session, label_id: int) -> LabelView | None:
    found = session.get(Label, label_id) if 0 < label_id < 2**63 else None
    return LabelView(found.id, found.name) if found and found.id is not None else None


def create_label(session: Session, name: str, *, by: str) -> LabelView:
    """A new label; LabelError if the name is empty, too long or taken."""
    cleaned = clean_name(name)
    if session.execute(select(func.count()).select_from(Label)).scalar_one() >= MAX_LABELS:
        raise LabelError(f"There are {MAX_LABELS} labels already: delete some before adding more.")
    label = Label(name=cleaned, key=_key(cleaned), created_by=by)
    _save(session, label, cleaned)
    assert label.id is not None
    return LabelView(label.id, label.name)


def rename_label(session: Session, label_id: int, name: str) -> LabelView:
    """The label under its new name, on the same stories; LabelError for a bad or taken name or no such label."""
    label = _existing(session, label_id)
    cleaned = clean_name(name)
    label.name, label.key = cleaned, _key(cleaned)
    _save(session, label, cleaned)
    return LabelView(label_id, cleaned)


def delete_label(session: Session, label_id: int) -> str:
    """Remove the label and take it off every story; returns its name."""
    label = _existing(session, label_id)
    name = label.name
    session.execute(delete(ArticleLabel).where(ArticleLabel.label_id == label_id))
    session.delete(label)
    session.commit()
    return name


def _existing(session: Session, label_id: int) -> Label:
    label = session.get(Label, label_id) if 0 < label_id < 2**63 else None
    if label is None:
        raise LabelError(f"No label has the number {label_id}: it may have been deleted. Reload the page.")
    return label


def _save(session: Session, label: Label, name: str) -> None:
    session.add(label)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise LabelError(f"There is a label called “{name}” already (names ignore capitals).") from None
    session.refresh(label)


def set_label(session: Session, article_ids: list[int], label_id: int, on: bool, *, by: str) -> int:
    """Put the label on these articles (or take it off); returns how many articles it is on among them now.
    Idempotent: a second click, or a colleague's, changes nothing."""
    _existing(session, label_id)
    ids = sorted(set(session.execute(select(Article.id).where(Article.id.in_(article_ids))).scalars()))
    have = set(
        session.execute(
            select(ArticleLabel.article_id).where(ArticleLabel.label_id == label_id, ArticleLabel.article_id.in_(ids))
        ).scalars()
    )
    if on:
        now = utcnow()
        session.add_all(
            ArticleLabel(article_id=i, label_id=label_id, applied_by=by, applied_at=now) for i in ids if i not in have
        )
    else:
        session.execute(delete(ArticleLabel).where(ArticleLabel.label_id == label_id, ArticleLabel.article_id.in_(ids)))
    try:
        session.commit()
    except IntegrityError:  # a colleague applied it in between: it is on, as wanted
        session.rollback()
    return len(ids) if on else 0


def labels_of(session: Session, article_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """Each article's labels as (id, name), by name."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        query = (
            select(ArticleLabel.article_id, Label.id, Label.name)
            .join(Label, Label.id == ArticleLabel.label_id)
            .where(ArticleLabel.article_id.in_(chunk))
            .order_by(Label.key)
        )
        for article_id, label_id, name in session.execute(query).all():
            found[article_id].append((label_id, name))
    return found
