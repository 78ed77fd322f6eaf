"""Keys and sealed archives.

The journal key is Argon2id(passphrase, salt): 32 raw bytes handed to SQLCipher, which
encrypts and authenticates every page. The salt is the 16 bytes SQLCipher keeps
(unencrypted, as it must) at the start of the file; its first byte names the KDF cost
profile, so the file alone says how to rebuild its key and nothing else sits beside it.
Keys and passphrases live in memory only.

Archives (``journal export``) are AES-256-GCM with their own Argon2id salt; the header
(format, version, KDF costs, salt, nonce) is authenticated as associated data.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any, Final

from tearwise.journal.errors import JournalDamagedError, WrongPassphraseError
from tearwise.journal.settings import KDF_SCHEMES, KdfParams, kdf_for_new_keys

KEY_BYTES: Final = 32
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
ARCHIVE_FORMAT: Final = "tearwise-journal-archive"
ARCHIVE_VERSION: Final = 1
ARCHIVE_MAGIC: Final = b"TEARWISE-ARCHIVE "


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id -> 32 raw key bytes. Slow on purpose (production costs ~0.25 s)."""
    from argon2.low_level import Type, hash_secret_raw

    secret: bytes = hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return secret


def new_file_salt(params: KdfParams | None = None) -> tuple[bytes, KdfParams]:
    """A fresh journal salt whose first byte names the KDF profile."""
    chosen = params or kdf_for_new_keys()
    return bytes([chosen.scheme]) + os.urandom(SALT_BYTES - 1), chosen


def params_from_salt(salt: bytes, where: str) -> KdfParams:
    """The KDF profile a journal file was made with, read from its salt."""
    if len(salt) != SALT_BYTES:
        raise JournalDamagedError(f"{where} is damaged: it is too short to be a journal")
    params = KDF_SCHEMES.get(salt[0])
    if params is None:
        raise JournalDamagedError(
            f"{where} is not a journal this version of tearwise can open (unknown key scheme)",
            hint="it may be damaged, or made by a newer tearwise",
        )
    return params


def sqlcipher_key(key: bytes, salt: bytes | None = None) -> str:
    """The value for ``PRAGMA key``: a raw key (and salt for new files), never a passphrase."""
    return f"\"x'{key.hex()}{salt.hex() if salt else ''}'\""


# -- archives ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal_archive(plaintext: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    """Encrypt ``plaintext`` into a self-describing archive: magic, JSON header line, ciphertext."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    chosen = params or kdf_for_new_keys()
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        "cipher": "AES-256-GCM",
        "kdf": {
            "name": "argon2id",
            "time_cost": chosen.time_cost,
            "memory_kib": chosen.memory_kib,
            "parallelism": chosen.parallelism,
            "salt": _b64(salt),
        },
        "nonce": _b64(nonce),
    }
    head = ARCHIVE_MAGIC + json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
    key = derive_key(passphrase, salt, chosen)
    return head + AESGCM(key).encrypt(nonce, plaintext, head)


def is_sealed_archive(data: bytes) -> bool:
    return data.startswith(ARCHIVE_MAGIC)


def _header_field(header: dict[str, Any], *keys: str) -> Any:
    node: Any = header
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            raise JournalDamagedError(f"the archive header has no {'.'.join(keys)!r}")
        node = node[key]
    return node


def open_archive(data: bytes, passphrase: str) -> bytes:
    """Decrypt an archive made by :func:`seal_archive`; one clear error for each failure."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    newline = data.find(b"\n")
    if not is_sealed_archive(data) or newline < 0:
        raise JournalDamagedError("the file is not a tearwise journal archive")
    head = data[: newline + 1]
    try:
        header = json.loads(head[len(ARCHIVE_MAGIC) :].decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise JournalDamagedError("the archive header is damaged") from exc
    if not isinstance(header, dict) or header.get("format") != ARCHIVE_FORMAT:
        raise JournalDamagedError("the file is not a tearwise journal archive")
    version = header.get("version")
    if version != ARCHIVE_VERSION:
        raise JournalDamagedError(f"the archive has version {version!r}; this tearwise reads version {ARCHIVE_VERSION}")
    try:
        params = KdfParams(
            scheme=0,
            time_cost=int(_header_field(header, "kdf", "time_cost")),
            memory_kib=int(_header_field(header, "kdf", "memory_kib")),
            parallelism=int(_header_field(header, "kdf", "parallelism")),
        )
        salt = base64.b64decode(_header_field(header, "kdf", "salt"), validate=True)
        nonce = base64.b64decode(_header_field(header, "nonce"), validate=True)
    except (TypeError, ValueError) as exc:
        raise JournalDamagedError("the archive header is damaged") from exc
    if not (1 <= params.time_cost <= 20 and 8 <= params.memory_kib <= 4 * 1024 * 1024):
        raise JournalDamagedError("the archive header asks for key costs outside the sane range")
    if len(nonce) != NONCE_BYTES or len(salt) < 8:
        raise JournalDamagedError("the archive header is damaged")
    key = derive_key(passphrase, salt, params)
    try:
        plaintext: bytes = AESGCM(key).decrypt(nonce, data[newline + 1 :], head)
    except InvalidTag as exc:
        raise WrongPassphraseError("the passphrase does not open this archive (or the archive is damaged)") from exc
    return plaintext
