"""Where dedup remembers the stories of the window: `MemoryStore` (batch mode, tests) and `RedisStore` (streams).

Both implement one atomic step, `claim`, and one clean-up step, `release`:

- `claim` looks the content hash up; on a hit it returns the story it belongs to and writes nothing. Otherwise it
  takes a sequence number (the global first-seen order), records the article's sketch, and for every LSH band
  either claims the bucket or returns the article that already owns it (the candidates), all in one step. Two workers
  that see two copies at the same moment are therefore serialised: the second one finds the first one's buckets.
- `release` runs when the article turned out to be a near-duplicate: its bucket claims and sketch are dropped (later
  copies find the original directly) and its content hash is pointed at the original.

Redis layout (P = prefix + LAYOUT, window W, epoch E = W / EPOCHS_PER_WINDOW); every entry lives in a small hash, so that Redis
keeps it in its compact listpack encoding (fields and values of at most 64 bytes, the server default):
- `P seq`: the sequence counter. A story is known inside the store by its sequence number, which listpack stores
  as a 3-5 byte integer where the article id would take 8 bytes, in each of the ~14 entries that point at it.
- `P r:<epoch>:<seq mod R>`: the stories claimed in that epoch, two entries each: field `<seq>` = the signature
  (64 bytes), field `-<seq>` = first_seen (u32 seconds), bigram count (u16), outlet (u16), article id.
- `P c:<epoch>:<shard>` and `P b:<epoch>:<shard>`: field = 6 bytes of a content hash or 4 bytes of a band key,
  value = the owner's sequence number. A bucket found in epoch e was claimed together with its owner's record, so
  the record is in epoch e too.
- Fields cannot expire one by one in Redis 7.0, so each epoch's hashes expire together, W after the epoch ends;
  lookups read the last EPOCHS_PER_WINDOW + 1 epochs, and the record's first_seen keeps the window exact.
- Article ids of 16 hex digits (the pipeline's) are stored as their 8 raw bytes.
"""

from __future__ import annotations

import asyncio
import math
import re
import struct
from dataclasses import dataclass, field
from typing import Any, Protocol

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError

from services.processor.dedup.sketch import Sketch

EPOCHS_PER_WINDOW = 2
LAYOUT = b"v2:"
RECORD_META = struct.Struct("<IHH")  # first_seen (epoch seconds), bigram count, outlet
MAX_SIZE = 0xFFFF
HEX_ID_RE = re.compile(r"[0-9a-f]{16}")
OTHER_ID_MARK = b"\xff"  # never occurs in UTF-8, so a marked id cannot be mistaken for a raw 8-byte one
# A record hash holds the stories of 1 / RECORD_SHARD_DIVISOR of the bucket shards' share: about 64 stories (128
# entries) per hash at 1M articles per window with 16 shard bits, well inside listpack's 512 entries.
RECORD_SHARD_DIVISOR = 8


@dataclass(frozen=True, slots=True)
class StoredStory:
    """What the store remembers of an article that was unique when it was seen."""

    article_id: str
    seq: int
    first_seen: float
    size: int
    signature: bytes
    outlet: int = 0  # 16-bit hash of the site it was published on, 0 when unknown


@dataclass(slots=True)
class Claim:
    seq: int = 0
    epoch: int = 0
    content_match: StoredStory | None = None  # the story whose content hash matched (nothing was written)
    candidates: list[StoredStory] = field(default_factory=list)  # owners of shared buckets


class DedupStore(Protocol):
    async def claim(
        self,
        article_id: str,
        content_hash: bytes,
        sketch: Sketch | None,
        *,
        now: float,
        window_s: float,
        outlet: int = 0,
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


def pack_meta(now: float, size: int, outlet: int, article_id: str) -> bytes:
    return RECORD_META.pack(int(now), min(size, MAX_SIZE), outlet) + encode_id(article_id)


def unpack_story(seq: bytes | int, meta: bytes, signature: bytes) -> StoredStory:
    first_seen, size, outlet = RECORD_META.unpack_from(meta)
    return StoredStory(decode_id(meta[RECORD_META.size :]), int(seq), float(first_seen), size, signature, outlet)


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
        self,
        article_id: str,
        content_hash: bytes,
        sketch: Sketch | None,
        *,
        now: float,
        window_s: float,
        outlet: int = 0,
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
        # Seconds, as RedisStore keeps them: both stores give the same first_seen.
        story = StoredStory(article_id, self._seq, float(int(now)), sketch.size, sketch.signature, outlet)
        self._stories[article_id] = (story, expires)
        owners: dict[str, None] = {}
        for band in sketch.bands:
            owner = self._buckets.get(band)
            if owner is not None and owner[1] > now and self._live_story(owner[0], now) is not None:
                if owner[0] != article_id:
                    owners[owner[0]] = None
            else:
                self._buckets[band] = (article_id, expires)
        for owner_id in owners:
            candidate = self._live_story(owner_id, now)
            if candidate is not None:
                claim.candidates.append(candidate)
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


# Key names are built inside the scripts from the prefix, epoch and shard numbers: passing ~30 key names per call
# made the client's argument packing the bottleneck. This is fine on one Redis server (our deployment); a Redis
# Cluster would need every key of a call in one hash slot.
#
# ARGV: prefix, current epoch, epochs to read, epoch key ttl s, record shards, content shard, content field,
#       signature, meta, bands blob (per band: 2-byte shard, 4-byte field).
# Reply: {0, seq, meta, signature} for a content match, else {seq, then seq, meta, signature per candidate}.
CLAIM_LUA = """
local prefix = ARGV[1]
local epoch = tonumber(ARGV[2])
local oldest = epoch - tonumber(ARGV[3]) + 1
local ttl = ARGV[4]
local rec_shards = tonumber(ARGV[5])
local signature = ARGV[8]
local bands = ARGV[10]
local function record(e, seq)
  local got = redis.call('HMGET', prefix .. 'r:' .. e .. ':' .. (seq % rec_shards), seq, -seq)
  return got[1], got[2]
end
local content_tail = ':' .. ARGV[6]
for e = epoch, oldest, -1 do
  local owner = redis.call('HGET', prefix .. 'c:' .. e .. content_tail, ARGV[7])
  owner = owner and tonumber(owner)
  if owner then
    -- after a release the entry points at the original, whose record may be older than the entry
    for r = e, oldest, -1 do
      local sig, meta = record(r, owner)
      if meta then return {0, owner, meta, sig} end
    end
  end
end
local seq = redis.call('INCR', prefix .. 'seq')
local content_now = prefix .. 'c:' .. epoch .. content_tail
redis.call('HSET', content_now, ARGV[7], seq)
redis.call('EXPIRE', content_now, ttl)
if signature == '' then return {seq} end
local rec_key = prefix .. 'r:' .. epoch .. ':' .. (seq % rec_shards)
redis.call('HSET', rec_key, seq, signature, -seq, ARGV[9])
redis.call('EXPIRE', rec_key, ttl)
local out = {seq}
local seen = {[tostring(seq)] = true}  -- two bands of one article can share a bucket
local band_prefix = {}
for e = oldest, epoch do band_prefix[e] = prefix .. 'b:' .. e .. ':' end
for j = 0, #bands / 6 - 1 do
  local at = j * 6
  local shard = string.byte(bands, at + 1) * 256 + string.byte(bands, at + 2)
  local band_field = string.sub(bands, at + 3, at + 6)
  for e = oldest, epoch do
    local key = band_prefix[e] .. shard
    local owner
    if e == epoch then
      if redis.call('HSETNX', key, band_field, seq) == 1 then
        redis.call('EXPIRE', key, ttl)
      else
        owner = redis.call('HGET', key, band_field)
      end
    else
      owner = redis.call('HGET', key, band_field)
    end
    if owner and not seen[owner] then
      seen[owner] = true
      local sig, meta = record(e, tonumber(owner))
      if meta then
        out[#out + 1] = owner
        out[#out + 1] = meta
        out[#out + 1] = sig
      end
    end
  end
end
return out
"""

# ARGV: prefix, claim epoch, own seq, original seq, record shards, content shard, content field, bands blob.
RELEASE_LUA = """
local prefix = ARGV[1]
local epoch = ARGV[2]
local seq = ARGV[3]
local bands = ARGV[8]
redis.call('HDEL', prefix .. 'r:' .. epoch .. ':' .. (tonumber(seq) % tonumber(ARGV[5])), seq, -tonumber(seq))
local content_key = prefix .. 'c:' .. epoch .. ':' .. ARGV[6]
if redis.call('HGET', content_key, ARGV[7]) == seq then
  redis.call('HSET', content_key, ARGV[7], ARGV[4])
end
local band_prefix = prefix .. 'b:' .. epoch .. ':'
for j = 0, #bands / 6 - 1 do
  local at = j * 6
  local key = band_prefix .. (string.byte(bands, at + 1) * 256 + string.byte(bands, at + 2))
  local band_field = string.sub(bands, at + 3, at + 6)
  if redis.call('HGET', key, band_field) == seq then
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
        # The layout version is part of every key: a store written by an older layout is not misread after an upgrade.
        self.prefix = prefix.encode("utf-8") + LAYOUT
        self.shard_bits = shard_bits
        self.record_shards = max(1, (1 << shard_bits) // RECORD_SHARD_DIVISOR)
        self._claim = client.register_script(CLAIM_LUA)
        self._release = client.register_script(RELEASE_LUA)
        # Script calls made while one is in flight (several checks in flight) go out as one pipeline: one round
        # trip, and the kernel's loopback send, which costs the client more than the Lua costs Redis, is paid once.
        self._pending: list[tuple[str, list[Any], asyncio.Future[Any]]] = []
        self._sending = False
        # The last sketch's bands blob: `release` follows its `claim` and needs the same blob.
        self._band_cache: tuple[Sketch | None, bytes] = (None, b"")

    def _content_key(self, content_hash: bytes) -> tuple[int, bytes]:
        """Shard number (top bits) and the 6-byte field (low 48 bits) of the 8-byte content hash."""
        value = int.from_bytes(content_hash, "big")
        return value >> (64 - self.shard_bits), (value & 0xFFFF_FFFF_FFFF).to_bytes(6, "big")

    def _bands_blob(self, sketch: Sketch | None) -> bytes:
        """Per band: 2-byte shard (top bits) and 4-byte field (low 32 bits); 16 + 32 bits tell buckets apart well
        enough, since a false bucket match only makes a candidate that the signature then rejects."""
        if sketch is None:
            return b""
        cached_sketch, blob = self._band_cache
        if cached_sketch is sketch:
            return blob
        shift = 64 - self.shard_bits
        blob = b"".join(
            (band >> shift).to_bytes(2, "big") + (band & 0xFFFF_FFFF).to_bytes(4, "big") for band in sketch.bands
        )
        self._band_cache = (sketch, blob)
        return blob

    async def claim(
        self,
        article_id: str,
        content_hash: bytes,
        sketch: Sketch | None,
        *,
        now: float,
        window_s: float,
        outlet: int = 0,
    ) -> Claim:
        epoch_s = window_s / EPOCHS_PER_WINDOW
        epoch = math.floor(now / epoch_s)
        content_shard, content_field = self._content_key(content_hash)
        signature = b"" if sketch is None else sketch.signature
        meta = pack_meta(now, 0 if sketch is None else sketch.size, outlet, article_id)
        # An epoch's keys expire one window after the epoch ends, so they outlive every record written in it.
        epoch_ttl_s = max(1, math.ceil((epoch + 1) * epoch_s + window_s - now))
        reply = await self._call(
            self._claim.sha,
            [
                self.prefix,
                epoch,
                EPOCHS_PER_WINDOW + 1,
                epoch_ttl_s,
                self.record_shards,
                content_shard,
                content_field,
                signature,
                meta,
                self._bands_blob(sketch),
            ],
        )
        if reply[0] == 0:
            return Claim(content_match=unpack_story(reply[1], reply[2], reply[3]))
        claim = Claim(seq=int(reply[0]), epoch=epoch)
        for i in range(1, len(reply), 3):
            claim.candidates.append(unpack_story(reply[i], reply[i + 1], reply[i + 2]))
        return claim

    async def release(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, claim: Claim, *, original_id: str
    ) -> None:
        original = next((c.seq for c in claim.candidates if c.article_id == original_id), None)
        if original is None:
            raise ValueError(f"dedup: release of {article_id} names {original_id}, which is not a candidate")
        content_shard, content_field = self._content_key(content_hash)
        await self._call(
            self._release.sha,
            [
                self.prefix,
                claim.epoch,
                claim.seq,
                original,
                self.record_shards,
                content_shard,
                content_field,
                self._bands_blob(sketch),
            ],
        )

    async def _call(self, sha: str, args: list[Any]) -> Any:
        """EVALSHA. Calls made while another is in flight queue up and go out together as one pipeline, in order;
        a lone caller (the stream's agent checks one article at a time) pays nothing for that."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending.append((sha, args, future))
        if not self._sending:
            self._sending = True  # this caller sends batches until the queue is empty
            try:
                while self._pending:
                    batch, self._pending = self._pending, []
                    await self._send(batch)
            except BaseException as exc:  # cancelled while sending: nobody is left to send the queue
                for _, _, waiting in self._pending:
                    waiting.set_exception(exc if isinstance(exc, Exception) else ConnectionError("dedup: cancelled"))
                self._pending = []
                raise
            finally:
                self._sending = False
        return await future

    async def _send(self, batch: list[tuple[str, list[Any], asyncio.Future[Any]]]) -> None:
        """Runs a batch and settles each caller's future with its reply or error."""
        try:
            replies = await self._evalsha_all(batch)
        except Exception as exc:
            replies = [exc] * len(batch)
        except BaseException:
            for _, _, future in batch:
                if not future.done():
                    future.set_exception(ConnectionError("dedup: cancelled while waiting for Redis"))
            raise
        for (_, _, future), reply in zip(batch, replies, strict=True):
            if future.done():
                continue
            if isinstance(reply, Exception):
                future.set_exception(reply)
            else:
                future.set_result(reply)

    async def _evalsha_all(self, batch: list[tuple[str, list[Any], asyncio.Future[Any]]]) -> list[Any]:
        replies = await self._evalsha_once(batch)
        missing = [i for i, reply in enumerate(replies) if isinstance(reply, NoScriptError)]
        if missing:
            # Redis restarted or its script cache was flushed. A NOSCRIPT reply means that call did not run, so only
            # those calls are sent again (a claim run twice would take a second sequence number).
            await self.client.script_load(CLAIM_LUA)
            await self.client.script_load(RELEASE_LUA)
            again = await self._evalsha_once([batch[i] for i in missing])
            for i, reply in zip(missing, again, strict=True):
                replies[i] = reply
        return replies

    async def _evalsha_once(self, batch: list[tuple[str, list[Any], asyncio.Future[Any]]]) -> list[Any]:
        if len(batch) == 1:
            sha, args, _ = batch[0]
            try:
                return [await self.client.evalsha(sha, 0, *args)]
            except NoScriptError as exc:
                return [exc]
        pipe = self.client.pipeline(transaction=False)
        for sha, args, _ in batch:
            pipe.execute_command("EVALSHA", sha, 0, *args)
        replies: list[Any] = await pipe.execute(raise_on_error=False)
        return replies
