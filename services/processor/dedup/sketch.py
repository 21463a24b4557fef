"""MinHash signatures of bigram sets, LSH band keys, and the similarity estimated from two signatures.

- `num_perm` min-hashes per article, from multiply-shift hash functions (fixed seed: every worker and every restart
  computes the same signature for the same text).
- Only the low 8 bits of each min-hash are stored (b-bit minwise hashing, Li & König 2010): two stored values agree
  with probability J + (1 - J) / 256, which is corrected for; 128 perms cost 128 bytes per article.
- LSH: the first `bands * rows` min-hashes, `rows` at a time, give `bands` 64-bit bucket keys. Two sets with Jaccard
  J share at least one bucket with probability 1 - (1 - J^rows)^bands; a shared bucket only makes a candidate, the
  signature comparison decides.
- Similarity is the estimated containment of the smaller set in the larger, |A ∩ B| / min(|A|, |B|), derived from the
  Jaccard estimate and the two set sizes, so a trimmed copy or one with boilerplate added still scores high. For tiny
  sets containment is too easily reached by chance, so there it falls back to Jaccard.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SEED = 20231017
STORED_BITS = 4
# Below this many bigrams in the smaller document, containment is not trusted (a 10-bigram teaser is "contained" in
# many articles); Jaccard is used instead.
MIN_CONTAINMENT_BIGRAMS = 20
SPLITMIX_1 = np.uint64(0xBF58476D1CE4E5B9)
SPLITMIX_2 = np.uint64(0x94D049BB133111EB)


SHIFT_30, SHIFT_27, SHIFT_31, SHIFT_32 = np.uint64(30), np.uint64(27), np.uint64(31), np.uint64(32)
# Documents up to this many distinct bigrams (every document, at text.MAX_WORDS words) hash into one reused
# buffer: a fresh ~250 kB array per article costs the allocator an mmap and page faults each time.
HASH_BUFFER_ROWS = 4096


def _splitmix(z: npt.NDArray[np.uint64], scratch: npt.NDArray[np.uint64]) -> None:
    """SplitMix64 finaliser, in place: spreads band values over all 64 bits (so the top bits can pick a shard)."""
    np.right_shift(z, SHIFT_30, out=scratch)
    z ^= scratch
    z *= SPLITMIX_1
    np.right_shift(z, SHIFT_27, out=scratch)
    z ^= scratch
    z *= SPLITMIX_2
    np.right_shift(z, SHIFT_31, out=scratch)
    z ^= scratch


@dataclass(frozen=True, slots=True)
class Sketch:
    signature: bytes  # num_perm * bits / 8 bytes: the low `bits` bits of each min-hash
    size: int  # number of distinct bigrams
    band_keys: npt.NDArray[np.uint64]  # one 64-bit bucket key per band

    @property
    def bands(self) -> tuple[int, ...]:
        """The band keys as Python ints (the in-memory store's dict keys); the Redis store packs `band_keys`."""
        return tuple(self.band_keys.tolist())


class MinHasher:
    def __init__(
        self, num_perm: int = 128, bands: int = 12, rows: int = 2, seed: int = SEED, bits: int = STORED_BITS
    ) -> None:
        if bands * rows > num_perm:
            raise ValueError(f"dedup: bands * rows ({bands * rows}) exceeds num_perm ({num_perm})")
        if bits not in (1, 2, 4, 8) or num_perm * bits % 8:
            raise ValueError(f"dedup: bits must be 1, 2, 4 or 8 and fill whole bytes, got {bits} x {num_perm}")
        self.bits = bits
        self.num_perm = num_perm
        self.bands = bands
        self.rows = rows
        rng = np.random.default_rng(seed)
        # Multiply-add-shift hashing: (a * x + b) mod 2^64, top 32 bits; `a` odd.
        self._a = rng.integers(1, 1 << 63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 1 << 63, size=num_perm, dtype=np.uint64)
        self._band_salt = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        self._low_bits = np.uint64((1 << bits) - 1)
        self._hash_buffer = np.empty((HASH_BUFFER_ROWS, num_perm), dtype=np.uint64)

    def sketch(self, bigrams: npt.NDArray[np.uint64]) -> Sketch | None:
        """Signature and band keys of a bigram set; None for an empty set."""
        return self.sketch_many([bigrams])[0]

    def sketch_many(self, bigram_sets: Sequence[npt.NDArray[np.uint64]]) -> list[Sketch | None]:
        """`sketch` of each set. The min-hashes are taken set by set; the signatures and band keys of all the sets
        are then computed together: a dozen numpy calls per batch instead of per article, whose per-call overhead
        outweighed their work on one article's 128 values."""
        live = [i for i, bigrams in enumerate(bigram_sets) if bigrams.size]
        out: list[Sketch | None] = [None] * len(bigram_sets)
        if not live:
            return out
        mins = np.empty((len(live), self.num_perm), dtype=np.uint64)
        for row, i in enumerate(live):
            bigrams = bigram_sets[i]
            size = bigrams.size
            hashed = (
                self._hash_buffer[:size] if size <= HASH_BUFFER_ROWS else np.empty((size, self.num_perm), np.uint64)
            )
            np.multiply(bigrams[:, None], self._a, out=hashed)
            hashed += self._b
            hashed.min(axis=0, out=mins[row])
        # The shift is monotonic, so taking the minimum first gives the same values for one pass less.
        mins >>= SHIFT_32
        signatures = pack_bits((mins & self._low_bits).astype(np.uint8), self.bits)
        banded = mins[:, : self.bands * self.rows].reshape(len(live), self.bands, self.rows)
        # Band key = SplitMix64 over the band's rows, folded in one at a time with the band's salt.
        combined = np.zeros((len(live), self.bands), dtype=np.uint64)
        scratch = np.empty_like(combined)
        for r in range(self.rows):
            combined ^= banded[:, :, r]
            combined ^= self._band_salt
            _splitmix(combined, scratch)
        for row, i in enumerate(live):
            out[i] = Sketch(signatures[row].tobytes(), int(bigram_sets[i].size), combined[row])
        return out


def pack_bits(values: npt.NDArray[np.uint8], bits: int) -> npt.NDArray[np.uint8]:
    """b-bit values (each < 2**bits), 8 // bits to a byte, first value in the low bits; along the last axis, so a
    matrix packs row by row."""
    if bits == 8:
        return values
    per_byte = 8 // bits
    packed = values[..., 0::per_byte].copy()
    for slot in range(1, per_byte):
        packed |= values[..., slot::per_byte] << np.uint8(slot * bits)
    return packed


def unpack_bits(signature: bytes, bits: int) -> npt.NDArray[np.uint8]:
    raw = np.frombuffer(signature, dtype=np.uint8)
    if bits == 8:
        return raw
    shifts = np.arange(8 // bits, dtype=np.uint8) * np.uint8(bits)
    return ((raw[:, None] >> shifts) & np.uint8((1 << bits) - 1)).ravel()


def _equal_groups_table(bits: int) -> npt.NDArray[np.intp]:
    """For each byte value x = a ^ b: how many of its b-bit groups are zero, i.e. how many packed values agree."""
    mask = (1 << bits) - 1
    return np.array([sum(((x >> shift) & mask) == 0 for shift in range(0, 8, bits)) for x in range(256)], dtype=np.intp)


# Comparing packed bytes through these tables costs one XOR and one lookup per byte, without unpacking.
EQUAL_GROUPS = {bits: _equal_groups_table(bits) for bits in (1, 2, 4, 8)}


def estimate_jaccard(sig_a: bytes, sig_b: bytes, bits: int = STORED_BITS) -> float:
    """Jaccard from the share of equal b-bit min-hashes, corrected for chance agreement (1 / 2**bits)."""
    n = min(len(sig_a), len(sig_b))
    if n == 0:
        return 0.0
    a = np.frombuffer(sig_a, dtype=np.uint8, count=n)
    b = np.frombuffer(sig_b, dtype=np.uint8, count=n)
    chance = 1.0 / (1 << bits)
    matches = float(EQUAL_GROUPS[bits][a ^ b].sum()) / (n * 8 // bits)
    return max(0.0, min(1.0, (matches - chance) / (1.0 - chance)))


def estimate_similarity(sig_a: bytes, size_a: int, sig_b: bytes, size_b: int, bits: int = STORED_BITS) -> float:
    """Containment of the smaller bigram set in the larger, or Jaccard when the smaller set is tiny."""
    jaccard = estimate_jaccard(sig_a, sig_b, bits)
    smaller = min(size_a, size_b)
    if smaller < MIN_CONTAINMENT_BIGRAMS:
        return jaccard
    intersection = jaccard / (1.0 + jaccard) * (size_a + size_b)
    return min(1.0, intersection / smaller)
