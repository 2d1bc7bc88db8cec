"""The scanner's own notes, in one place: on gap rows, on the procurement cell and its red flags, and on
a site's crawl.

gaps.csv, procurement.json and site_status.csv carry them in English (the data scripts read); the kk/ru/en
reports show each in the report's language (`reports/translations/labels.yaml`, keys `note_<key>`),
recognising them by these templates. An analyst's note, or any text no template produces, is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# key -> English template; a report translates `note_<key>` with the same parameters.
NOTES = {
    "genre_national_act": "a national act or model document reposted on the site, not the institution's own: "
                          "at most uncertain",
    "genre_report": "a report or news item about it, not the document itself",
    "genre_other_org": "another organisation's document or page",
    "genre_guidance": "guidance or study material about the topic, not the institution's document",
    "genre_draft": "a draft put up for discussion, not an adopted document: at most uncertain",
    "genre_not_yet": "the page says it is not there yet or not offered (still being drafted, to be published, none "
                     "now): at most uncertain",
    "cut": "not found in the {fetched} pages fetched; the crawl was cut ({why}): {unfetched} of {discovered} "
           "discovered pages were not fetched",
    "held": "last evidence {url} was not fetched this run ({cut}); nothing can be said until it is",
    # the procurement cell (adalscan.procurement.assess.decide_status; the listings prefix: crawler.goszakup_listings)
    "procurement_found": "{year} plan ({points} points) and procurement ({announcements} announcements, {lots} lots, "
                         "{contracts} contracts) published",
    "procurement_portal_error": "portal error: {error}",
    "procurement_partial_plan": "partial: {year} plan published, but no {year2} announcements, lots or contracts",
    "procurement_partial_buys": "partial: {year} procurement published, but no {year2} annual plan points",
    "procurement_past_only": "only past years published ({years}), nothing for {year}",
    "procurement_none": "nothing published on the portal for this BIN",
    "procurement_listings": "public listings: {detail}",
    "procurement_listings_refused": "public listings not read: {reason} (allow_private is off)",
    "procurement_listings_failed": "public listings unavailable: the listings crawl exited with {code}: {error}",
    "procurement_plans_unchecked": "plan points not checked (the portal's public plan search is not available)",
    "procurement_internal_error": "internal error: {error}",
    # how the institution's BIN was (not) found (adalscan.procurement.bins, crawler.goszakup_listings)
    "bin_no_name": "BIN unknown: no Russian or Kazakh name to match",
    "bin_no_match": "BIN unknown: no confident match for the name in the participant registry",
    "bin_no_match_near": "BIN unknown: no confident match for the name in the participant registry "
                         "(best {score}: «{name}»)",
    "bin_ambiguous": "BIN unknown: ambiguous name match ({candidates})",
    "bin_registry_unavailable": "BIN unknown: participant registry not available",
    "bin_registry_error": "BIN unknown: participant registry unavailable: {error}",
    "bin_unknown": "BIN unknown",
    "bin_no_match_listings": "BIN unknown: no confident match for the name in the public listings",
    "bin_no_match_near_listings": "BIN unknown: no confident match for the name in the public listings "
                                  "(best {score}: «{name}»)",
    "bin_no_listed_customer": "BIN unknown: no customer of this name in the public listings (no token to read the "
                              "registry)",
    "bin_no_name_listings": "BIN unknown: no BIN and no Russian name to search the public listings by",
    "bin_registry_kept": "registry BIN kept; the portal name match suggests {bin} «{name}»",
    "bin_invalid": "registry BIN '{bin}' is not a valid BIN and was ignored",
    "bin_match_taken": "BIN unknown: the name matches {customer}, which is registry institution {owner}'s",
    "bin_listing_shared": "BIN unknown: the public listings' customer {customer} matches {count} registry "
                          "institutions ({ids})",
    # a procurement red flag's detail (adalscan.procurement.redflags): counts, shares and sums are the computed ones
    "flag_no_methods": "not computed: ref_trade_methods dictionary unavailable",
    "flag_methods_unavailable": "not computed: ref_trade_methods unavailable: {error}",
    "flag_methods_empty": "not computed: ref_trade_methods empty",
    "flag_bids_unavailable": "bids unavailable ({error}): the proxy was used",
    "flag_no_contracts": "no contracts in the evaluation years",
    "flag_no_supplier_contracts": "no contracts with a supplier in the evaluation years",
    "flag_no_small_contracts": "no contracts under the threshold in the evaluation years",
    "flag_no_dated_announcements": "no competitive announcements with dates in the evaluation years",
    "flag_no_announcements": "no announcements in the evaluation years",
    "flag_no_listed_announcements": "no announcements in the public listings",
    "flag_no_lots": "no competitive lots in the evaluation years",
    "flag_no_bid_lots": "no competitive lots with bids in the evaluation years",
    "flag_no_direct_method": "no direct-contracting method in ref_trade_methods",
    "flag_rnu_unreadable": "not computed: the RNU register could not be read",
    "flag_too_few_contracts": "fewer than {minimum} contracts, not flagged",
    "flag_too_few_announcements": "fewer than {minimum} announcements, not flagged",
    "flag_too_few_lots": "fewer than {minimum} lots, not flagged",
    "flag_single_source": "{hits}/{sample} contracts ({count_share} by count), {value_share} of {total} by value, "
                          "awarded by single-source methods",
    "flag_short_period": "{hits}/{sample} competitive announcements had fewer days than the legal minimum for their "
                         "method ({days} where the law names none); shortest {shortest} days, median {median}",
    "flag_single_bidder_bids": "{hits}/{sample} competitive lots with a single bidder (from the bids)",
    "flag_single_bidder_proxy": "{hits}/{sample} competitive lots re-awarded «по несостоявшимся закупкам» (no bids "
                                "published: the proxy for a single bidder)",
    "flag_value_increase": "{hits}/{sample} contracts grew by more than {threshold}; {amended} amended (amendment sums "
                           "read as {mode}); largest +{largest} (contract chain {chain}: {before} -> {after})",
    "flag_supplier": "top supplier {supplier} won {wins}/{sample} contracts, {share} of value; most wins by one "
                     "supplier {most}; {suppliers} suppliers; HHI {hhi}",
    "flag_direct": "{hits}/{sample} contracts, {share} of {total} by value, by direct contracting; legal ground "
                   "(ref_justification_id) recorded on {grounded}/{points} direct plan points",
    "flag_failed_tenders": "{hits}/{sample} competitive lots re-awarded after a failed tender",
    "flag_late_or_amended": "{hits}/{sample} contracts signed > {days} days after the results or amended >= {times} "
                            "times",
    "flag_cancelled": "{hits}/{sample} announcements cancelled, refused or re-run",
    "flag_split": "{groups} group(s) of >= {minimum} contracts with one supplier within {days} days, each under "
                  "{threshold} but together over it",
    "flag_rnu": "{hits}/{sample} contracts with {suppliers} supplier(s) listed in RNU",
    # a site's crawl (SiteResult.detail: crawler.ledger, crawler.spiders.site); counts first, in this order
    "crawl_partial": "partial crawl: {fetched} of {discovered} discovered pages fetched, {unfetched} left unfetched "
                     "({why})",
    "crawl_budget_pages": "page budget exhausted after {fetched} pages",
    "crawl_budget_bytes": "byte budget exhausted after {fetched} pages",
    "crawl_budget_time": "time budget exhausted after {fetched} pages",
    "crawl_home_failed": "home page failed ({status}: {error})",
    "crawl_home_error": "home page: {error}",
    "crawl_home_silent": "home page never answered",
    "crawl_cut_at_size_cap": "{count} response(s) cut at the size cap",
    "crawl_skipped_too_large": "{count} document(s) skipped: declared size above the cap",
    "crawl_decompression_cap": "{count} response(s) dropped: decompressed size above the cap (gzip bomb?)",
    "crawl_download_too_large": "{count} response(s) dropped: above DOWNLOAD_MAXSIZE",
    "crawl_refused_private": "{count} request(s) refused: private/loopback target",
    "crawl_robots_disallowed": "{count} URL(s) disallowed by robots.txt",
    "crawl_redirect_loop": "{count} redirect loop(s) or too many redirects",
    "crawl_timeout": "{count} request(s) timed out",
    "crawl_http_error": "{count} HTTP error response(s)",
    "crawl_connection_error": "{count} connection error(s)",
    "crawl_tls_error": "{count} TLS error(s)",
    "crawl_dns_error": "{count} DNS error(s)",
    "crawl_malformed_document": "{count} document(s) could not be parsed",
    "crawl_retry_after": "{count} Retry-After wait(s) honoured",
    "crawl_trap_query_variants": "{count} URL(s) dropped: too many query variants of one path (calendar/session trap)",
    "crawl_trap_path_pattern": "{count} URL(s) dropped: too many URLs of one numbered path pattern (calendar trap)",
    "crawl_trap_path_loop": "{count} URL(s) dropped: repeating path segments",
    "crawl_trap_url_too_long": "{count} URL(s) dropped: longer than the URL length cap",
    "crawl_trap_path_too_deep": "{count} URL(s) dropped: path too deep",
    "crawl_trap_self_similar": "{count} URL(s) dropped: endless or self-similar URL family (same words, no new links)",
    "crawl_duplicate_content": "{count} page(s) with content already seen",
    "crawl_queue_full": "{count} link(s) not queued: the site's queue was full",
    "crawl_rendered_js": "{count} page(s) rendered in Chromium",
    "crawl_refused_by_site": "{count} refusal(s) by the site (401/403/429/503) after it had served pages: slowed down "
                             "and retried",
}
# The per-site counters of a crawl (crawler.ledger.SiteState.notes), in the order `detail` shows them.
CRAWL_COUNTERS = tuple(key.removeprefix("crawl_") for key in NOTES if key.startswith("crawl_")
                       and "{count}" in NOTES[key])
# Why a crawl was cut (SiteResult.cut_reason, "+"-joined), as the cut note names it; `note_cut_<reason>` in reports.
CUT_REASONS = {"budget": "page/byte budget", "time": "time limit", "robots": "robots.txt", "site": "refused by the site"}
_REASON_OF = {english: reason for reason, english in CUT_REASONS.items()}
SEPARATOR = "; "  # between the notes of one row
_NESTED = {"held": "cut", "procurement_listings": "detail"}  # a parameter that is itself a note


def note(key: str, **params: object) -> str:
    """One note in English, as gaps.csv carries it."""
    return NOTES[key].format(**params)


def genre_note(genre: str) -> str:
    """The note for evidence weakened by the kind of page it is on ("" for the institution's own page)."""
    return note(f"genre_{genre}") if f"genre_{genre}" in NOTES else ""


def cut_why(cut_reason: str) -> str:
    return ", ".join(CUT_REASONS.get(r, r) for r in cut_reason.split("+") if r)


_NUMBERS = frozenset({"fetched", "unfetched", "discovered", "year", "year2", "points", "announcements", "lots",
                      "contracts", "score", "count", "code", "hits", "sample", "minimum", "days", "shortest", "amended",
                      "chain", "wins", "most", "suppliers", "grounded", "times", "groups"})


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>{'[0-9]+' if part in _NUMBERS else '.+?'})"
                    for i, part in enumerate(parts))
    return re.compile(regex)


# Templates with a longer fixed start are tried first ("public listings: {detail}" before "{year} plan ...").
_PATTERNS = {key: _pattern(NOTES[key]) for key in sorted(NOTES, key=lambda k: -len(NOTES[k].split("{", 1)[0]))}


def parse(text: str) -> list[tuple[str, dict[str, str]]] | None:
    """The scanner's notes a row's note is made of (key, parameters), or None when any of it is other text."""
    found: list[tuple[str, dict[str, str]]] = []
    position = 0
    while position < len(text):
        for key, pattern in _PATTERNS.items():
            # The shortest parameters that let the note end here or before the next note.
            match = pattern.match(text, position)
            while match is not None:
                end = match.end()
                if end == len(text) or text.startswith(SEPARATOR, end):
                    break
                match = _longer(pattern, text, position, match)
            if match is not None:
                found.append((key, match.groupdict()))
                position = match.end() + len(SEPARATOR)
                break
        else:
            return None
    return found


def crawl_counter(key: str, count: int) -> str:
    """One of a crawl's per-site counters, as `detail` says it ("3 request(s) timed out")."""
    return note(f"crawl_{key}", count=count)


def partial_crawl(fetched: int, discovered: int, unfetched: int, by_reason: Mapping[str, int]) -> str:
    """The crawl was cut: how many pages were fetched, and how many were left unfetched for each reason."""
    why = ", ".join(f"{CUT_REASONS.get(r, r)} {n}" for r, n in sorted(by_reason.items(), key=lambda kv: -kv[1]) if n)
    return note("crawl_partial", fetched=fetched, discovered=discovered, unfetched=unfetched, why=why)


def _counted_reason(piece: str, label: Callable[..., str]) -> str:
    reason, _, count = piece.rpartition(" ")
    return f"{label(f'note_cut_{_REASON_OF[reason]}')} {count}" if reason in _REASON_OF else piece


def _longer(pattern: re.Pattern[str], text: str, position: int, match: re.Match[str]) -> re.Match[str] | None:
    """The next match of `pattern` at `position` that ends later than `match` (None when there is none)."""
    for end in range(match.end() + 1, len(text) + 1):
        longer = pattern.fullmatch(text, position, end)
        if longer is not None:
            return longer
    return None


def translate(text: str, label: Callable[..., str]) -> str:
    """A row's note in a report's language: `label(key, **params)` formats `note_<key>`; text that is not
    the scanner's own note comes back unchanged."""
    parts = parse(text)
    if not parts:
        return text
    out = []
    for key, params in parts:
        if key == "cut":
            params = {**params, "why": ", ".join(label(f"note_cut_{_REASON_OF[w]}") if w in _REASON_OF else w
                                                 for w in params["why"].split(", "))}
        elif key == "crawl_partial":  # "page/byte budget 40, robots.txt 3": each reason with its count
            params = {**params, "why": ", ".join(_counted_reason(piece, label) for piece in params["why"].split(", "))}
        nested = _NESTED.get(key)
        if nested and params.get(nested):
            params = {**params, nested: translate(params[nested], label)}
        out.append(label(f"note_{key}", **params))
    return SEPARATOR.join(out)
