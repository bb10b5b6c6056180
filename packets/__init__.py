"""packets: filing plans per relief and the bookmarked, Bates-numbered packet PDF.

Owns: plans (``packets/data/plans/*.yaml``), assembly, exhibit handling and manifests. Calls
forms, templates and eligibility through the providers in ``packets.providers``. Takes a
progress callback and a cancel token. Must not import desktop or Qt.

Public API::

    build_plan(view, relief, *, exhibits_dir=None, options=PlanOptions(), providers=None)
        -> FilingPlan        (same function as packets.plan.plan)
    build_packet(view, relief, out_path, *, exhibits_dir=None, bates_prefix="RD",
                 progress=None, cancel=None, options=None, providers=None, strict=False,
                 final=False, preparer=None, passwords=None) -> PacketResult
    assemble_packet(parts: list[PacketPart], out_path, *, cover: CoverInfo, bates_prefix="RD", ...)
        -> AssemblyResult    (pure PDF work; packets.assemble.assemble)
    load_source(path_or_bytes, name, *, password=None) -> LoadedSource   (exhibit check)
    CancelToken: cancel(), cancelled, raise_if_cancelled() -> raises Cancelled
    Progress = Callable[[int, int, str], None]   # progress(done, total, message)
"""

from packets.assemble import AssemblyResult, ManifestEntry, PacketPart
from packets.assemble import assemble as assemble_packet
from packets.errors import (
    Cancelled,
    ConverterUnavailable,
    ExhibitPasswordRequired,
    ExhibitUnreadable,
    PacketBlocked,
    PacketError,
    PacketWriteError,
    PlanDataError,
    PlanUnavailable,
)
from packets.exhibits import LoadedSource, load_source
from packets.ops import CancelToken, Progress
from packets.plan import FilingPlan, PlannedDocument, PlanOptions
from packets.plan import plan as build_plan
from packets.providers import PartStatus, Providers, default_providers
from packets.render import CoverInfo
from packets.service import PacketResult, build_packet

__all__ = [
    "AssemblyResult",
    "CancelToken",
    "Cancelled",
    "ConverterUnavailable",
    "CoverInfo",
    "ExhibitPasswordRequired",
    "ExhibitUnreadable",
    "FilingPlan",
    "LoadedSource",
    "ManifestEntry",
    "PacketBlocked",
    "PacketError",
    "PacketPart",
    "PacketResult",
    "PacketWriteError",
    "PartStatus",
    "PlanDataError",
    "PlanOptions",
    "PlanUnavailable",
    "PlannedDocument",
    "Progress",
    "Providers",
    "assemble_packet",
    "build_packet",
    "build_plan",
    "default_providers",
    "load_source",
]
