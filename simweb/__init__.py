"""simweb: a simulated web of Kazakhstani university and college sites, served on loopback.

Public API (see simweb/README.md):
    simweb.generate.generate(n, seed, out_dir, as_of, *, port=8080, first_host=1, universities_share=0.5)
        -> SimWebManifest
    simweb.process.SimWebProcess(n=12, seed=7, ...)  context manager running `python -m simweb up`
    simweb.mutate.mutate(out_dir, fraction=0.05, seed=1) -> list[str]
`SimWebProcess`, `SimWebManifest` and `read_truth` are also importable from `simweb` itself (lazily, so
`import simweb` stays cheap). `generate` and `mutate` are not re-exported: they share their module's name.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SimWebManifest", "SimWebProcess", "read_truth"]


def __getattr__(name: str) -> Any:
    if name in ("SimWebManifest", "read_truth"):
        from simweb import generate as generate_module

        return getattr(generate_module, name)
    if name == "SimWebProcess":
        from simweb.process import SimWebProcess

        return SimWebProcess
    raise AttributeError(name)
