"""Evidence archive of a run: WARC records of everything fetched, and PNG screenshots of the found artefacts.

Layout, under DIR/runs/<run_id>/archive/:
    <institution>[-w<N>].warc.gz       WARC/1.1 records (request, response, revisit, resource), one gzip member each
    <institution>[-w<N>].idx.jsonl     one JSON line per record: url, type, status, offset, length, digest, date
    screenshots/<institution>/<artefact>.png
    evidence.csv                       per found artefact: evidence URL, its WARC record, its screenshot

`archive.warc` has no Scrapy dependency (crawler.archive is the Scrapy side); `archive.screenshots`
drives Debian's Chromium through Playwright in a child process.
"""

from archive.warc import ArchiveLocation, WarcSink, find_record, read_index, repair_archive_dir, repair_warc

__all__ = ["ArchiveLocation", "WarcSink", "find_record", "read_index", "repair_archive_dir", "repair_warc"]
