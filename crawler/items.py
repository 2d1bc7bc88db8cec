"""Items leaving the crawler: one per fetched document, already turned into text."""

from __future__ import annotations

from dataclasses import dataclass, field

from adalscan.models import Document, Evidence

# Signal: a page's bytes were just read into a Document (args: request, sha256 of the body, document). The
# nightly cache keeps the reading, so a page answered 304 next night is not parsed again.
document_extracted = object()


@dataclass(slots=True)
class FetchedDocument:
    """A document of one institution's site as fetched, with the text extracted from it.

    `evidence` is filled by DetectPipeline (and `fingerprint`, in nightly runs, by IncrementalDetectPipeline);
    StorePipeline writes the whole item to the results store.
    """

    institution_id: str
    institution_type: str
    url: str
    http_status: int
    document: Document
    content_sha256: str
    size: int
    fetched_at: str
    evidence: list[Evidence] = field(default_factory=list)
    fingerprint: str = ""  # what the evidence was classified from (crawler.incremental.document_fingerprint)
    link_groups: tuple[str, ...] = ()  # place of the link that led here, and of the one before (link learning)
