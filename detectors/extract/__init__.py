"""The extracted-documents stage: fetched bytes -> adalscan.models.Document (see documents.extract)."""

from detectors.extract.extract import ExtractLimits, extract_document, sniff_kind

__all__ = ["ExtractLimits", "extract_document", "sniff_kind"]
