"""Writing a file so that a reader (a report, a coordinator, a resumed run) never sees half of it: the text
goes to a temporary file beside the target, which then replaces it in one rename."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def write_text_atomic(path: Path | str, text: str) -> None:
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_json_atomic(path: Path | str, data: Any, indent: int | None = 2) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=str)
    write_text_atomic(path, text + "\n" if indent is not None else text)
