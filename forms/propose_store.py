"""Reviewed (accepted) field maps kept per edition in the user's data folder.

``<data_dir>/maps/<form>_<YYYY-MM-DD>.yaml``: written only from a completed review
(``ReviewSession.build_map``) or imported from a file another clinic exported, and always
validated like a bundled map (schema, fact catalogue, every field present in the PDF, on-states).
A map whose fields no longer exist in the PDF is refused naming them. ``usable_map`` is the gate
for filling: a form edition without a bundled or reviewed map is refused (``MapNotReviewed``),
so nothing merely proposed is ever filled.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from forms.errors import FieldMapError, FormsError, first_few
from forms.inventory import Inventory
from forms.maps import FieldMap, load_map, parse_map, validate_map


class MapNotReviewed(FormsError):
    def __init__(self, form: str, edition: str) -> None:
        self.form = form
        self.edition = edition
        super().__init__(
            f"{form} edition {edition} has no reviewed field map, so ReliefDesk will not fill it. "
            f"Review the proposed map first ('forms map FILE' or Forms > Map an official PDF)."
        )


class MapFieldsMissing(FormsError):
    def __init__(self, source: str, fields: list[str]) -> None:
        self.source = source
        self.fields = tuple(fields)
        super().__init__(
            f"The map {source} names fields that this PDF does not have: "
            f"{first_few(self.fields, 6)}. It was "
            "written for another edition or copy; review a new proposal for this PDF."
        )


def user_maps_dir(data_dir: Path | str | None = None) -> Path:
    from casefile.paths import data_dir as default_data_dir

    return default_data_dir(data_dir) / "maps"


def map_file_name(form: str, edition: str) -> str:
    month, day, year = edition.split("/")
    return f"{form.lower().replace(' ', '')}_20{year}-{month}-{day}.yaml"


def dump_map(fmap: FieldMap) -> str:
    data = fmap.model_dump(mode="json", exclude_defaults=True)
    head = (
        f"# Field map: Form {fmap.form}, edition {fmap.edition}. Reviewed by {fmap.reviewed_by} "
        f"on {fmap.last_reviewed}; proposed by ReliefDesk from the PDF's tooltips.\n"
    )
    return head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def check_against(fmap: FieldMap, inventory: Inventory, source: str) -> None:
    """Refuse a map naming fields the PDF lacks (named), or with any other problem."""
    missing = sorted({n for n in fmap.mapped_fields() if n not in inventory.fields})
    if missing:
        raise MapFieldsMissing(source, missing)
    problems = validate_map(fmap, inventory, source=source)
    if problems:
        raise FieldMapError(source, "-", "; ".join(problems[:5]))


def save_reviewed(
    fmap: FieldMap, inventory: Inventory, *, data_dir: Path | str | None = None
) -> Path:
    if not fmap.reviewed_by.strip():
        raise FieldMapError("reviewed map", "reviewed_by", "a reviewed map names its reviewer")
    name = map_file_name(fmap.form, fmap.edition)
    check_against(fmap, inventory, name)
    folder = user_maps_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    tmp = target.with_suffix(".tmp")
    tmp.write_text(dump_map(fmap), encoding="utf-8")
    tmp.replace(target)
    return target


def load_reviewed(
    form: str, edition: str, inventory: Inventory, *, data_dir: Path | str | None = None
) -> FieldMap | None:
    path = user_maps_dir(data_dir) / map_file_name(form, edition)
    if not path.is_file():
        return None
    fmap = parse_map(path.read_text(encoding="utf-8"), str(path))
    check_against(fmap, inventory, str(path))
    return fmap


def export_reviewed(
    form: str, edition: str, out: Path | str, *, data_dir: Path | str | None = None
) -> Path:
    """Copy a reviewed map to ``out`` to share with a clinic (it holds no client data)."""
    path = user_maps_dir(data_dir) / map_file_name(form, edition)
    if not path.is_file():
        raise MapNotReviewed(form, edition)
    Path(out).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return Path(out)


def import_reviewed(
    file: Path | str, inventory: Inventory, *, data_dir: Path | str | None = None
) -> Path:
    """Validate a shared map against the user's PDF of that edition and store it."""
    fmap = parse_map(Path(file).read_text(encoding="utf-8"), str(file))
    return save_reviewed(fmap, inventory, data_dir=data_dir)


def usable_map(
    form: str,
    edition: str,
    inventory: Inventory,
    *,
    data_dir: Path | str | None = None,
    today: dt.date | None = None,
) -> FieldMap:
    """The map filling may use: the bundled map of a supported edition, else a reviewed one.
    Raises MapNotReviewed when there is neither (a proposal alone is never enough)."""
    from forms.errors import UnknownForm
    from forms.registry import get_form

    try:
        info = get_form(form)
        for ed in info.editions:
            if ed.edition == edition:
                return load_map(ed.map)
    except UnknownForm:
        pass
    reviewed = load_reviewed(form, edition, inventory, data_dir=data_dir)
    if reviewed is None:
        raise MapNotReviewed(form, edition)
    return reviewed
