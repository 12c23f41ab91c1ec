"""tools/translations.py tells a translator what is missing or would be filled in wrongly."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context><name></name>
<message><source>Berkas {name} rusak.</source><translation>The file {nama} is damaged.</translation></message>
<message><source>Simpan</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n rekaman</source><translation><numerusform>%n record</numerusform><numerusform>records</numerusform></translation></message>
<message><source>Tutup</source><translation>Close</translation></message>
<message><source>Kolom {{judul}} {n}</source><translation>Column {{title}} {n}</translation></message>
</context>
</TS>
"""


def test_a_wrong_field_a_missing_translation_and_a_lost_count_are_named(tmp_path) -> None:
    ts = tmp_path / "x_en.ts"
    ts.write_text(TS, encoding="utf-8")
    found = tool.catalogue_problems(ts)
    assert "fields differ: 'Berkas {name} rusak.' -> 'The file {nama} is damaged.'" in found
    assert "untranslated: Simpan" in found
    assert "fields differ: '%n rekaman' -> 'records'" in found
    assert len(found) == 3  # "Tutup" and the doubled braces are fine
