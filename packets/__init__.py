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

Importing ``packets`` is cheap: each public name loads its module on first use (below), so a
script that only assembles PDFs never imports the fact catalogue, eligibility, forms or
templates, and forms are imported only when a form is filled.
"""

from types import ModuleType
from typing import TYPE_CHECKING

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
from packets.ops import CancelToken, Progress

if TYPE_CHECKING:
    from packets.assemble import AssemblyResult, ManifestEntry, PacketPart
    from packets.assemble import assemble as assemble_packet
    from packets.exhibits import LoadedSource, load_source
    from packets.plan import FilingPlan, PlannedDocument, PlanOptions
    from packets.plan import plan as build_plan
    from packets.providers import PartStatus, Providers, default_providers
    from packets.render import CoverInfo
    from packets.service import PacketResult, build_packet

_ASSEMBLE = {"AssemblyResult", "ManifestEntry", "PacketPart", "assemble_packet"}
_EXHIBITS = {"LoadedSource", "load_source"}
_PLAN = {"FilingPlan", "PlannedDocument", "PlanOptions", "build_plan"}
_PROVIDERS = {"PartStatus", "Providers", "default_providers"}
_SERVICE = {"PacketResult", "build_packet"}
_RENAMED = {"assemble_packet": "assemble", "build_plan": "plan"}


def _module_of(name: str) -> ModuleType:
    if name in _ASSEMBLE:
        from packets import assemble

        return assemble
    if name in _EXHIBITS:
        from packets import exhibits

        return exhibits
    if name in _PLAN:
        from packets import plan

        return plan
    if name in _PROVIDERS:
        from packets import providers

        return providers
    if name in _SERVICE:
        from packets import service

        return service
    if name == "CoverInfo":
        from packets import render

        return render
    raise AttributeError(f"module 'packets' has no attribute {name!r}")


def __getattr__(name: str) -> object:
    """A public name, from its module, loaded on first use (PEP 562)."""
    value: object = getattr(_module_of(name), _RENAMED.get(name, name))
    globals()[name] = value
    return value


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
