"""The processor's one settings model (environment variables TOCSIN_*)."""

from __future__ import annotations

from pydantic import Field

from services.processor.dedup import DEFAULT_THRESHOLD, DEFAULT_WINDOW_S
from shared.settings import CommonSettings

PROCESSOR_OPS_PORT = 9102


class ProcessorSettings(CommonSettings):
    app_id: str = Field("tocsin-processor", description="TOCSIN_APP_ID: faust app id = consumer group and table prefix")
    data_dir: str = Field(".state/processor", description="TOCSIN_DATA_DIR: faust's local data folder")
    dedup_threshold: float = Field(
        DEFAULT_THRESHOLD,
        gt=0,
        le=1,
        description="TOCSIN_DEDUP_THRESHOLD: estimated containment at which a copy is a duplicate (docs/dedup.md)",
    )
    dedup_window_s: int = Field(
        int(DEFAULT_WINDOW_S),
        gt=0,
        description="TOCSIN_DEDUP_WINDOW_S: how long a story is remembered for near-duplicate checks",
    )

    # Dedup checks a whole batch in one Redis round trip, and its CPU per article falls with the batch size
    # (bench/bench_dedup.py: 64 -> 96 -> 200 articles; docs/dedup.md). A batch commits one dedup-table write per
    # article; app.py sizes faust's producer buffer for two batches' writes.
    batch_max: int = Field(
        200, ge=1, description="TOCSIN_BATCH_MAX: most messages a worker takes from a stream at once"
    )
    batch_wait_s: float = Field(
        0.02, gt=0, description="TOCSIN_BATCH_WAIT_S: longest wait to fill a batch before processing it"
    )

    @property
    def effective_ops_port(self) -> int:
        return self.ops_port or PROCESSOR_OPS_PORT
