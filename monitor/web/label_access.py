"""Who may create, rename and delete labels: the one place that decides it.

Applying a label to a story is triage, open to every signed-in reader; managing the list of labels is an editor's
job (roles: viewer < editor < admin). Every label-management route and the labels page follow `may_manage_labels`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from ..errors import NotAllowed
from ..store.tables import Role
from .deps import CheckedDep, Viewer


def may_manage_labels(viewer: Viewer) -> bool:
    """Whether this reader may create, rename and delete labels (the labels page shows its forms only then)."""
    return viewer.can(Role.EDITOR)


def label_manager(viewer: CheckedDep) -> Viewer:
    """For the label-management routes: a checked form from an editor or admin, else the site's 403 page."""
    if not may_manage_labels(viewer):
        raise NotAllowed(
            f"Only editors and admins can create, rename or delete labels; you are signed in as {viewer.name}, a "
            f"{viewer.role.value}. Nothing was changed. Putting a label on a story is open to everyone."
        )
    return viewer


LabelManagerDep = Annotated[Viewer, Depends(label_manager)]
