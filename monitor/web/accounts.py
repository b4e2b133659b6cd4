"""Passwords and sign-in tokens for the review site, with no database in sight.

Passwords are hashed with Argon2id (argon2-cffi, the OWASP-recommended choice); its parameters live in the
hash, so raising them later re-hashes each password at its owner's next sign-in. Session tokens are random
and only their SHA-256 is stored: a copy of the database signs nobody in.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..errors import AccountError

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()


_NAME = re.compile(r"^[\w.@+-]{1,64}$")


def check_name(name: str) -> str:
    """A sign-in name: letters, digits and . @ + - _ (an email address will do), at most 64 characters."""
    if not _NAME.match(name):
        raise AccountError(f"{name!r} is not a usable name: use letters, digits and . @ + - _ (no spaces)")
    return name


def hash_password(password: str) -> str:
    """An Argon2id hash; AccountError says why a password is too weak to accept."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


# Checked against when the name is unknown, so a wrong name costs as long as a wrong password.
DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
