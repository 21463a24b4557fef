"""Where dedup remembers the stories of the window: `MemoryStore` (batch mode, tests) and `RedisStore` (streams).

Both implement one atomic step, `claim`, and one clean-up step, `release`:

- `claim` looks the content hash up; on a hit it returns the story it belongs to and writes nothing. Otherwise it
  takes a sequence number (the global first-seen order), records the article's sketch, and for every LSH band
  either claims the bucket or returns the article that already owns it (the candidates), all in one step. Two workers
  that see two copies at the same moment are therefore serialised: the second one finds the first one's buckets.
- `release` runs when the article turned out to be a near-duplicate: its bucket claims and sketch are dropped (later
  copies find the original directly) and its content hash is pointed at the original.
- `claim_many` / `release_many` do the same for several articles in order; on Redis one script call carries them.

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
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
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


@dataclass(frozen=True, slots=True)
class ClaimRequest:
    """One article's part of `claim_many`."""

    article_id: str
    content_hash: bytes
    sketch: Sketch | None
    outlet: int = 0


@dataclass(frozen=True, slots=True)
class ReleaseRequest:
    """One near-duplicate's part of `release_many`: the claim it got, and the original it copies."""

    article_id: str
    content_hash: bytes
    sketch: Sketch | None
    claim: Claim
    original_id: str


class DedupStore(Protocol):
    async def claim_many(self, requests: Sequence[ClaimRequest], *, now: float, window_s: float) -> list[Claim]:
        """`claim` for several articles, in order: each one sees the claims of those before it."""
        ...

    async def release_many(self, requests: Sequence[ReleaseRequest]) -> None: ...

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

    async def claim_many(self, requests: Sequence[ClaimRequest], *, now: float, window_s: float) -> list[Claim]:
        return [
            await self.claim(r.article_id, r.content_hash, r.sketch, now=now, window_s=window_s, outlet=r.outlet)
            for r in requests
        ]

    async def release_many(self, requests: Sequence[ReleaseRequest]) -> None:
        for r in requests:
            await self.release(r.article_id, r.content_hash, r.sketch, r.claim, original_id=r.original_id)

    def __len__(self) -> int:
        return len(self._stories)


# Key names are built inside the scripts from the prefix, epoch and shard numbers: passing ~30 key names per call
# made the client's argument packing the bottleneck. This is fine on one Redis server (our deployment); a Redis
# Cluster would need every key of a call in one hash slot.
#
# One call claims several articles, in order (each sees the claims of those before it): the per-call costs (the
# client's send, Redis's command dispatch) are paid once per batch.
# ARGV: prefix, current epoch, epochs to read, epoch key ttl s, record shards, then per article CLAIM_FIELDS values:
#       content shard, content field, signature, meta, bands blob (per band: 2-byte shard, 4-byte field).
# Reply, one entry per article: {0, seq, meta, signature} for a content match, else {seq, then seq, meta, signature
# per candidate}.
CLAIM_FIELDS = 5
CLAIM_LUA = """
local prefix = ARGV[1]
local epoch = tonumber(ARGV[2])
local oldest = epoch - tonumber(ARGV[3]) + 1
local ttl = ARGV[4]
local rec_shards = tonumber(ARGV[5])
local call = redis.call
local seq_key = prefix .. 'seq'
local rec_prefix, content_prefix, band_prefix = {}, {}, {}
for e = oldest, epoch do
  rec_prefix[e] = prefix .. 'r:' .. e .. ':'
  content_prefix[e] = prefix .. 'c:' .. e .. ':'
  band_prefix[e] = prefix .. 'b:' .. e .. ':'
end
local expiring = {}  -- keys given their ttl in this call: a key is expired once per call, not once per write
local function expire(key)
  if not expiring[key] then
    expiring[key] = true
    call('EXPIRE', key, ttl)
  end
end
local function record(e, seq)
  local got = call('HMGET', rec_prefix[e] .. (seq % rec_shards), seq, -seq)
  return got[1], got[2]
end
local function claim_one(content_shard, content_field, signature, meta, bands)
  for e = epoch, oldest, -1 do
    local owner = call('HGET', content_prefix[e] .. content_shard, content_field)
    owner = owner and tonumber(owner)
    if owner then
      -- after a release the entry points at the original, whose record may be older than the entry
      for r = e, oldest, -1 do
        local sig, found = record(r, owner)
        if found then return {0, owner, found, sig} end
      end
    end
  end
  local seq = call('INCR', seq_key)
  local content_now = content_prefix[epoch] .. content_shard
  call('HSET', content_now, content_field, seq)
  expire(content_now)
  if signature == '' then return {seq} end
  local rec_key = rec_prefix[epoch] .. (seq % rec_shards)
  call('HSET', rec_key, seq, signature, -seq, meta)
  expire(rec_key)
  local out = {seq}
  local seen = {[tostring(seq)] = true}  -- two bands of one article can share a bucket
  for at = 1, #bands - 5, 6 do
    local hi, lo = string.byte(bands, at, at + 1)
    local shard = hi * 256 + lo
    local band_field = string.sub(bands, at + 2, at + 5)
    for e = oldest, epoch do
      local key = band_prefix[e] .. shard
      local owner
      if e == epoch then
        if call('HSETNX', key, band_field, seq) == 1 then
          expire(key)
        else
          owner = call('HGET', key, band_field)
        end
      else
        owner = call('HGET', key, band_field)
      end
      if owner and not seen[owner] then
        seen[owner] = true
        local sig, found = record(e, tonumber(owner))
        if found then
          out[#out + 1] = owner
          out[#out + 1] = found
          out[#out + 1] = sig
        end
      end
    end
  end
  return out
end
local replies = {}
for i = 6, #ARGV, 5 do
  replies[#replies + 1] = claim_one(ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4])
end
return replies
"""

# ARGV: prefix, record shards, then per release RELEASE_FIELDS values: claim epoch, own seq, original seq,
#       content shard, content field, bands blob. Reply: one 1 per release.
RELEASE_FIELDS = 6
RELEASE_LUA = """
local prefix = ARGV[1]
local rec_shards = tonumber(ARGV[2])
local call = redis.call
local replies = {}
for i = 3, #ARGV, 6 do
  local epoch, seq, bands = ARGV[i], ARGV[i + 1], ARGV[i + 5]
  call('HDEL', prefix .. 'r:' .. epoch .. ':' .. (tonumber(seq) % rec_shards), seq, -tonumber(seq))
  local content_key = prefix .. 'c:' .. epoch .. ':' .. ARGV[i + 3]
  if call('HGET', content_key, ARGV[i + 4]) == seq then
    call('HSET', content_key, ARGV[i + 4], ARGV[i + 2])
  end
  local band_prefix = prefix .. 'b:' .. epoch .. ':'
  for at = 1, #bands - 5, 6 do
    local hi, lo = string.byte(bands, at, at + 1)
    local key = band_prefix .. (hi * 256 + lo)
    local band_field = string.sub(bands, at + 2, at + 5)
    if call('HGET', key, band_field) == seq then
      call('HDEL', key, band_field)
    end
  end
  replies[#replies + 1] = 1
end
return replies
"""

# At most this many articles per script call: Redis runs one call at a time, so a long call holds up every other
# client (~0.1 ms per article); bigger batches go out as several calls in one pipeline.
MAX_ARTICLES_PER_CALL = 64
# Band key -> (2-byte shard, 4-byte field), packed by numpy in one step.
BAND_BLOB = np.dtype([("shard", ">u2"), ("field", ">u4")])


@dataclass(slots=True)
class _Queued:
    """Calls waiting to be sent: one `claim_many` or `release_many`, with the header its script call shares."""

    script: str  # "claim" | "release"
    header: list[Any]  # the ARGV before the per-article values
    group: tuple[Any, ...]  # calls of one group share one script call (same script, prefix, epoch)
    values: list[Any]  # per-article ARGV values, CLAIM_FIELDS or RELEASE_FIELDS each
    future: asyncio.Future[list[Any]]  # settled with one reply per article


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
        # Calls made while one is in flight (several checks in flight, or a batch) queue up and go out together:
        # claims queued together become one script call, and all calls of a round go out as one pipeline. One round
        # trip, and the kernel's loopback send, which costs the client more than the Lua costs Redis, is paid once.
        self._pending: list[_Queued] = []
        self._sending = False
        self._band_shift = np.uint64(64 - shard_bits)
        self._band_field_mask = np.uint64(0xFFFF_FFFF)
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
        keys = sketch.band_keys
        packed = np.empty(keys.size, dtype=BAND_BLOB)
        packed["shard"] = keys >> self._band_shift
        packed["field"] = keys & self._band_field_mask
        blob = packed.tobytes()
        self._band_cache = (sketch, blob)
        return blob

    def _claim_header(self, now: float, window_s: float) -> tuple[int, list[Any]]:
        epoch_s = window_s / EPOCHS_PER_WINDOW
        epoch = math.floor(now / epoch_s)
        # An epoch's keys expire one window after the epoch ends, so they outlive every record written in it.
        epoch_ttl_s = max(1, math.ceil((epoch + 1) * epoch_s + window_s - now))
        return epoch, [self.prefix, epoch, EPOCHS_PER_WINDOW + 1, epoch_ttl_s, self.record_shards]

    async def claim_many(self, requests: Sequence[ClaimRequest], *, now: float, window_s: float) -> list[Claim]:
        if not requests:
            return []
        epoch, header = self._claim_header(now, window_s)
        values: list[Any] = []
        for r in requests:
            content_shard, content_field = self._content_key(r.content_hash)
            sketch = r.sketch
            values += (
                content_shard,
                content_field,
                b"" if sketch is None else sketch.signature,
                pack_meta(now, 0 if sketch is None else sketch.size, r.outlet, r.article_id),
                self._bands_blob(sketch),
            )
        replies = await self._call_in_chunks("claim", header, values, CLAIM_FIELDS)
        claims: list[Claim] = []
        for reply in replies:
            if reply[0] == 0:
                claims.append(Claim(content_match=unpack_story(reply[1], reply[2], reply[3])))
                continue
            claim = Claim(seq=int(reply[0]), epoch=epoch)
            for i in range(1, len(reply), 3):
                claim.candidates.append(unpack_story(reply[i], reply[i + 1], reply[i + 2]))
            claims.append(claim)
        return claims

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
        request = ClaimRequest(article_id, content_hash, sketch, outlet)
        return (await self.claim_many([request], now=now, window_s=window_s))[0]

    async def release_many(self, requests: Sequence[ReleaseRequest]) -> None:
        values: list[Any] = []
        for r in requests:
            original = next((c.seq for c in r.claim.candidates if c.article_id == r.original_id), None)
            if original is None:
                raise ValueError(f"dedup: release of {r.article_id} names {r.original_id}, which is not a candidate")
            content_shard, content_field = self._content_key(r.content_hash)
            values += (r.claim.epoch, r.claim.seq, original, content_shard, content_field, self._bands_blob(r.sketch))
        if values:
            await self._call_in_chunks("release", [self.prefix, self.record_shards], values, RELEASE_FIELDS)

    async def release(
        self, article_id: str, content_hash: bytes, sketch: Sketch | None, claim: Claim, *, original_id: str
    ) -> None:
        await self.release_many([ReleaseRequest(article_id, content_hash, sketch, claim, original_id)])

    async def _call_in_chunks(self, script: str, header: list[Any], values: list[Any], width: int) -> list[Any]:
        """`_call` for at most MAX_ARTICLES_PER_CALL articles at a time; the chunks are queued together."""
        step = MAX_ARTICLES_PER_CALL * width
        if len(values) <= step:
            return await self._call(script, header, values)
        chunks = await asyncio.gather(
            *(self._call(script, header, values[i : i + step]) for i in range(0, len(values), step))
        )
        return [reply for chunk in chunks for reply in chunk]

    async def _call(self, script: str, header: list[Any], values: list[Any]) -> list[Any]:
        """Queues a script call and returns its replies, one per article. The first caller sends rounds until the
        queue is empty; it yields once first, so that checks started together (asyncio.gather) go out together."""
        future: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        # The ttl (header[3] of a claim) is left out of the group: checks a second apart share a call, with the
        # longer ttl.
        group = (script, *header[:3]) if script == "claim" else (script, *header)
        self._pending.append(_Queued(script, header, group, values, future))
        if not self._sending:
            self._sending = True
            try:
                await asyncio.sleep(0)
                while self._pending:
                    batch, self._pending = self._pending, []
                    await self._send(batch)
            except BaseException as exc:  # cancelled while sending: nobody is left to send the queue
                for queued in self._pending:
                    if not queued.future.done():
                        queued.future.set_exception(
                            exc if isinstance(exc, Exception) else ConnectionError("dedup: cancelled")
                        )
                self._pending = []
                raise
            finally:
                self._sending = False
        return await future

    def _script_calls(self, batch: list[_Queued]) -> list[tuple[str, list[Any], list[tuple[_Queued, int]]]]:
        """Merges queued calls into script calls: consecutive calls of one group share one call of at most
        MAX_ARTICLES_PER_CALL articles. Each script call lists (queued call, its article count)."""
        calls: list[tuple[str, list[Any], list[tuple[_Queued, int]]]] = []
        group: tuple[Any, ...] | None = None
        articles = 0
        for queued in batch:
            count = len(queued.values) // (CLAIM_FIELDS if queued.script == "claim" else RELEASE_FIELDS)
            if queued.group == group and articles + count <= MAX_ARTICLES_PER_CALL:
                _, args, parts = calls[-1]
                if queued.script == "claim":
                    args[3] = max(args[3], queued.header[3])
                args.extend(queued.values)
                parts.append((queued, count))
                articles += count
            else:
                calls.append((queued.script, [*queued.header, *queued.values], [(queued, count)]))
                group, articles = queued.group, count
        return calls

    async def _send(self, batch: list[_Queued]) -> None:
        """Runs a round and settles each queued call's future with its replies or error."""
        calls = self._script_calls(batch)
        try:
            replies = await self._evalsha_all(calls)
        except Exception as exc:
            replies = [exc] * len(calls)
        except BaseException:
            for queued in batch:
                if not queued.future.done():
                    queued.future.set_exception(ConnectionError("dedup: cancelled while waiting for Redis"))
            raise
        for (_, _, parts), reply in zip(calls, replies, strict=True):
            at = 0
            for queued, count in parts:
                if queued.future.done():
                    pass
                elif isinstance(reply, Exception):
                    queued.future.set_exception(reply)
                else:
                    queued.future.set_result(reply[at : at + count])
                at += count

    def _sha(self, script: str) -> str:
        return self._claim.sha if script == "claim" else self._release.sha

    async def _evalsha_all(self, calls: list[tuple[str, list[Any], list[tuple[_Queued, int]]]]) -> list[Any]:
        replies = await self._evalsha_once(calls)
        missing = [i for i, reply in enumerate(replies) if isinstance(reply, NoScriptError)]
        if missing:
            # Redis restarted or its script cache was flushed. A NOSCRIPT reply means that call did not run, so only
            # those calls are sent again (a claim run twice would take a second sequence number).
            await self.client.script_load(CLAIM_LUA)
            await self.client.script_load(RELEASE_LUA)
            again = await self._evalsha_once([calls[i] for i in missing])
            for i, reply in zip(missing, again, strict=True):
                replies[i] = reply
        return replies

    async def _evalsha_once(self, calls: list[tuple[str, list[Any], list[tuple[_Queued, int]]]]) -> list[Any]:
        if len(calls) == 1:
            script, args, _ = calls[0]
            try:
                return [await self.client.evalsha(self._sha(script), 0, *args)]
            except NoScriptError as exc:
                return [exc]
        pipe = self.client.pipeline(transaction=False)
        for script, args, _ in calls:
            pipe.execute_command("EVALSHA", self._sha(script), 0, *args)
        replies: list[Any] = await pipe.execute(raise_on_error=False)
        return replies
