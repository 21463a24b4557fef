"""Where dedup remembers the stories of the window: `MemoryStore` (batch mode, tests) and `RedisStore` (streams).

Both implement one atomic step, `claim`, and one clean-up step, `release`:

- `claim` looks the content hash up; on a hit it returns the story it belongs to and writes nothing. Otherwise it
  takes a sequence number (the global first-seen order), records the article's sketch, and for every LSH band
  either claims the bucket or returns the article that already owns it (the candidates), all in one step. Two workers
  that see two copies at the same moment are therefore serialised: the second one finds the first one's buckets.
- `release` runs when the article turned out to be a near-duplicate: its bucket claims and sketch are dropped (later
  copies find the original directly) and its content hash is pointed at the original.

Redis layout (prefix P, window W, epoch E = W / EPOCHS_PER_WINDOW):
- `P seq`: the sequence counter.
- `P r:<id>`: "<seq>:" + packed (first_seen, size) + signature; expires after W.
- `P c:<epoch>:<shard>` and `P b:<epoch>:<shard>`: small hashes, field = 6 bytes of a content hash or band key,
  value = article id. Fields cannot expire one by one in Redis 7.0, so each epoch's hashes expire together, W after
  the epoch ends; lookups read the last EPOCHS_PER_WINDOW + 1 epochs. Sharding keeps every hash small enough for
  Redis's compact listpack encoding, which is what keeps memory near 20 bytes per bucket entry.
- Article ids of 16 hex digits (the pipeline's) are stored as their 8 raw bytes.
"""

from __future__ import annotations

import math
import re
import struct
from dataclasses import dataclass, field
from typing import Protocol

import redis.asyncio as aioredis

from services.processor.dedup.sketch import Sketch

EPOCHS_PER_WINDOW = 2
RECORD_META = struct.Struct("<dI")  # first_seen (epoch seconds), bigram count
HEX_ID_RE = re.compile(r"[0-9a-f]{16}")
OTHER_ID_MARK = b"\xff"  # never occurs in UTF-8, so a marked id cannot be mistaken for a raw 8-byte one


@dataclass(frozen=True, slots=True)
class StoredStory:
    """What the store remembers of an article that was unique when it was seen."""

    article_id: str
    seq: int
    first_seen: float
    size: int
    signature: bytes


@dataclass(slots=True)
class Claim:
    seq: int = 0
    epoch: int = 0
    content_match: StoredStory | None = None  # the story whose content hash matched (nothing was written)
    candidates: list[StoredStory] = field(default_factory=list)  # owners of shared buckets


class DedupStore(Protocol):
    async def claim(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, *, now: float, window_s: float
    ) -> Claim: ...

    async def release(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, claim: Claim, *, original_id: str
    ) -> None: ...


def encode_id(article_id: str) -> bytes:
    if HEX_ID_RE.fullmatch(article_id):
        return bytes.fromhex(article_id)
    encoded = OTHER_ID_MARK + article_id.encode("utf-8")
    # Length 8 would read back as a raw hex id: pad with a second marker.
    return encoded + OTHER_ID_MARK if len(encoded) == 8 else encoded


def decode_id(raw: bytes) -> str:
    if len(raw) == 8:
        return raw.hex()
    body = raw[1:]
    if len(raw) == 9 and body.endswith(OTHER_ID_MARK):
        body = body[:-1]
    return body.decode("utf-8")


def _story(article_id: str, record: bytes) -> StoredStory:
    seq_text, _, rest = record.partition(b":")
    first_seen, size = RECORD_META.unpack_from(rest)
    return StoredStory(article_id, int(seq_text), first_seen, size, rest[RECORD_META.size :])


class MemoryStore:
    """In-process store with the same semantics as `RedisStore`; entries expire a window after they were written."""

    def __init__(self) -> None:
        self._seq = 0
        self._content: dict[bytes, tuple[str, float]] = {}  # content hash -> (story id, expires at)
        self._buckets: dict[int, tuple[str, float]] = {}  # band key -> (owner id, expires at)
        self._stories: dict[str, tuple[StoredStory, float]] = {}
        self._writes = 0

    def _live_story(self, article_id: str, now: float) -> StoredStory | None:
        entry = self._stories.get(article_id)
        if entry is None or entry[1] <= now:
            return None
        return entry[0]

    def _sweep(self, now: float) -> None:
        self._content = {k: v for k, v in self._content.items() if v[1] > now}
        self._buckets = {k: v for k, v in self._buckets.items() if v[1] > now}
        self._stories = {k: v for k, v in self._stories.items() if v[1] > now}

    async def claim(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, *, now: float, window_s: float
    ) -> Claim:
        self._writes += 1
        if self._writes % 10_000 == 0:
            self._sweep(now)  # bounded state in long batch runs
        expires = now + window_s
        held = self._content.get(content_hash)
        if held is not None and held[1] > now:
            story = self._live_story(held[0], now)
            if story is not None:
                return Claim(content_match=story)
        self._seq += 1
        claim = Claim(seq=self._seq)
        self._content[content_hash] = (article_id, expires)
        if sketch is None:
            return claim
        self._stories[article_id] = (StoredStory(article_id, self._seq, now, sketch.size, sketch.signature), expires)
        owners: dict[str, None] = {}
        for band in sketch.bands:
            owner = self._buckets.get(band)
            if owner is not None and owner[1] > now and self._live_story(owner[0], now) is not None:
                if owner[0] != article_id:
                    owners[owner[0]] = None
            else:
                self._buckets[band] = (article_id, expires)
        for owner_id in owners:
            story = self._live_story(owner_id, now)
            if story is not None:
                claim.candidates.append(story)
        return claim

    async def release(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, claim: Claim, *, original_id: str
    ) -> None:
        if sketch is not None:
            for band in sketch.bands:
                owner = self._buckets.get(band)
                if owner is not None and owner[0] == article_id:
                    del self._buckets[band]
        self._stories.pop(article_id, None)
        held = self._content.get(content_hash)
        if held is not None and held[0] == article_id:
            self._content[content_hash] = (original_id, held[1])

    def __len__(self) -> int:
        return len(self._stories)


# Key names are built inside the scripts from the prefix, epoch and shard numbers: passing ~100 key names per call
# made the client's argument packing the bottleneck. This is fine on one Redis server (our deployment); a Redis
# Cluster would need every key of a call in one hash slot.
#
# KEYS: seq, record(self).
# ARGV: self id, prefix, content shard, content field, record blob, record ttl ms, epoch key ttl s, current epoch,
#       epochs to read (oldest = current - n + 1), bands blob (per band: 2-byte shard, 6-byte field).
CLAIM_LUA = """
local self_id = ARGV[1]
local prefix = ARGV[2]
local epoch = tonumber(ARGV[8])
local n_epochs = tonumber(ARGV[9])
local bands = ARGV[10]
local epoch_ttl = tonumber(ARGV[7])
local rec_prefix = prefix .. 'r:'
for e = epoch - n_epochs + 1, epoch do
  local owner = redis.call('HGET', prefix .. 'c:' .. e .. ':' .. ARGV[3], ARGV[4])
  if owner then
    local rec = redis.call('GET', rec_prefix .. owner)
    if rec then return {0, owner, rec} end
  end
end
local seq = redis.call('INCR', KEYS[1])
local content_now = prefix .. 'c:' .. epoch .. ':' .. ARGV[3]
redis.call('HSET', content_now, ARGV[4], self_id)
redis.call('EXPIRE', content_now, epoch_ttl)
local n_bands = #bands / 8
if n_bands == 0 then return {seq} end
redis.call('SET', KEYS[2], seq .. ':' .. ARGV[5], 'PX', ARGV[6])
local out = {seq}
local seen = {}
for j = 0, n_bands - 1 do
  local shard = string.byte(bands, j * 8 + 1) * 256 + string.byte(bands, j * 8 + 2)
  local band_field = string.sub(bands, j * 8 + 3, j * 8 + 8)
  for e = epoch - n_epochs + 1, epoch do
    local key = prefix .. 'b:' .. e .. ':' .. shard
    local owner
    if e == epoch then
      if redis.call('HSETNX', key, band_field, self_id) == 1 then
        redis.call('EXPIRE', key, epoch_ttl)
      else
        owner = redis.call('HGET', key, band_field)
      end
    else
      owner = redis.call('HGET', key, band_field)
    end
    if owner and owner ~= self_id and not seen[owner] then
      seen[owner] = true
      local rec = redis.call('GET', rec_prefix .. owner)
      if rec then
        out[#out + 1] = owner
        out[#out + 1] = rec
      end
    end
  end
end
return out
"""

# KEYS: record(self).
# ARGV: self id, original id, prefix, claim epoch, content shard, content field, bands blob.
RELEASE_LUA = """
local self_id = ARGV[1]
local prefix = ARGV[3]
local epoch = ARGV[4]
local bands = ARGV[7]
redis.call('DEL', KEYS[1])
local content_key = prefix .. 'c:' .. epoch .. ':' .. ARGV[5]
if redis.call('HGET', content_key, ARGV[6]) == self_id then
  redis.call('HSET', content_key, ARGV[6], ARGV[2])
end
for j = 0, #bands / 8 - 1 do
  local shard = string.byte(bands, j * 8 + 1) * 256 + string.byte(bands, j * 8 + 2)
  local band_field = string.sub(bands, j * 8 + 3, j * 8 + 8)
  local key = prefix .. 'b:' .. epoch .. ':' .. shard
  if redis.call('HGET', key, band_field) == self_id then
    redis.call('HDEL', key, band_field)
  end
end
return 1
"""


class RedisStore:
    """Shared store on Redis (redis.asyncio); survives restarts with Redis's AOF. See the module notes for layout."""

    def __init__(self, client: aioredis.Redis, *, prefix: str = "tocsin:dedup:", shard_bits: int = 16) -> None:
        if not 1 <= shard_bits <= 16:
            raise ValueError(f"dedup: shard_bits must be 1..16, got {shard_bits}")
        self.client = client
        self.prefix = prefix.encode("utf-8")
        self.shard_bits = shard_bits
        self._claim = client.register_script(CLAIM_LUA)
        self._release = client.register_script(RELEASE_LUA)

    def _split(self, value: int) -> tuple[int, bytes]:
        """Shard number (top bits) and the 6-byte field (low 48 bits) of a 64-bit key."""
        return value >> (64 - self.shard_bits), (value & 0xFFFF_FFFF_FFFF).to_bytes(6, "big")

    def _bands_blob(self, sketch: Sketch | None) -> bytes:
        if sketch is None:
            return b""
        parts = []
        for band in sketch.bands:
            shard, band_field = self._split(band)
            parts.append(shard.to_bytes(2, "big") + band_field)
        return b"".join(parts)

    async def claim(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, *, now: float, window_s: float
    ) -> Claim:
        epoch_s = window_s / EPOCHS_PER_WINDOW
        epoch = math.floor(now / epoch_s)
        raw_id = encode_id(article_id)
        content_shard, content_field = self._split(int.from_bytes(content_hash, "big"))
        record = b"" if sketch is None else RECORD_META.pack(now, sketch.size) + sketch.signature
        # An epoch's keys expire one window after the epoch ends, so they outlive every record written in it.
        epoch_ttl_s = max(1, math.ceil((epoch + 1) * epoch_s + window_s - now))
        reply = await self._claim(
            keys=[self.prefix + b"seq", self.prefix + b"r:" + raw_id],
            args=[
                raw_id,
                self.prefix,
                content_shard,
                content_field,
                record,
                max(1, int(window_s * 1000)),
                epoch_ttl_s,
                epoch,
                EPOCHS_PER_WINDOW + 1,
                self._bands_blob(sketch),
            ],
        )
        if reply[0] == 0:
            return Claim(content_match=_story(decode_id(reply[1]), reply[2]))
        claim = Claim(seq=int(reply[0]), epoch=epoch)
        for i in range(1, len(reply), 2):
            claim.candidates.append(_story(decode_id(reply[i]), reply[i + 1]))
        return claim

    async def release(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, claim: Claim, *, original_id: str
    ) -> None:
        raw_id = encode_id(article_id)
        content_shard, content_field = self._split(int.from_bytes(content_hash, "big"))
        await self._release(
            keys=[self.prefix + b"r:" + raw_id],
            args=[
                raw_id,
                encode_id(original_id),
                self.prefix,
                claim.epoch,
                content_shard,
                content_field,
                self._bands_blob(sketch),
            ],
        )
