"""Who may create, rename and delete labels: the one place that decides it.

Applying a label to a story is triage, open to every signed-in reader; managing the list of labels is an editor's
job once roles exist. Until then every signed-in reader may; point `may_manage_labels` at the editor role, and
every label-management route and the labels page follow.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException

from .deps import CheckedDep, Viewer


def may_manage_labels(viewer: Viewer) -> bool:
    """Whether this reader may create, rename and delete labels (the labels page shows its forms only then)."""
    return viewer.user.enabled


def label_manager(viewer: CheckedDep) -> Viewer:
    """For the label-management routes: a checked form from a reader who may manage labels, else a 403 page."""
    if not may_manage_labels(viewer):
        raise HTTPException(403, "Only editors can create, rename or delete labels. Ask an editor or the admin.")
    return viewer


LabelManagerDep = Annotated[Viewer, Depends(label_manager)]
