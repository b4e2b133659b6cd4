"""The only package that touches the database (SQLModel over SQLAlchemy; SQLite by default)."""

from sqlalchemy.orm import Session

from .db import Access, connect, open_database

__all__ = ["Access", "Session", "connect", "open_database"]
