"""One JSON codec for every topic: msgspec encoders/decoders, cached per message type."""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")

_encoder = msgspec.json.Encoder()


def encode(message: Any) -> bytes:
    return _encoder.encode(message)


@cache
def _decoder(message_type: Any) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(message_type)


def decode(data: bytes | str, message_type: type[T]) -> T:
    """Decode and validate; raises msgspec.ValidationError / DecodeError with a clear message on bad input."""
    decoder: msgspec.json.Decoder[Any] = _decoder(message_type)  # type: ignore[arg-type]  # types are hashable
    result: T = decoder.decode(data)
    return result


def to_dict(message: Any) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(message)
    return result
