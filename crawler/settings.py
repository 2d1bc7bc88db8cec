"""Scrapy settings for adalscan's crawl, grouped, each with the reason it is set.

Precedence (lowest first): Scrapy defaults < this module < the spider's custom_settings < the command line
(`-s NAME=VALUE`, `--allow-private`) applied at 'cmdline' priority by crawler.runner.
"""

BOT_NAME = "adalscan"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- identity and politeness -------------------------------------------------------------------------
# The User-Agent names adalscan and a contact URL; crawler.runner rebuilds it from ADALSCAN_CONTACT_URL
# (unless USER_AGENT itself is overridden), so operators only set the contact.
ADALSCAN_CONTACT_URL = "https://github.com/adalscan/adalscan#contact"
USER_AGENT = f"adalscan/0.1 (+{ADALSCAN_CONTACT_URL}; anti-corruption compliance scanner)"
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"  # protego: the maintained robots.txt parser
DOWNLOAD_DELAY = 0.25  # per host; institution sites are small public-sector servers
DOWNLOAD_DELAY_JITTER = 0.5  # each wait is 0.5x..1.5x the delay
# Items are processed synchronously (extract -> detect -> store); Scrapy spawns CONCURRENT_ITEMS asyncio tasks
# per response, and at the default 100 that task churn cost a quarter of the crawl's CPU (measured, cProfile).
CONCURRENT_ITEMS = 4
STATS_CLASS = "crawler.stats.CrawlStats"  # Scrapy's in-memory stats without a per-call shim (crawler/stats.py)
CONCURRENT_REQUESTS = 32  # many institutions in parallel ...
CONCURRENT_REQUESTS_PER_DOMAIN = 4  # ... but few requests at once to any one of them
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # a site that stays down is reported once, per site, at the end
ADALSCAN_RETRY_AFTER_MAX = 60.0  # seconds; a 429/503 asking for longer is not retried at all
ADALSCAN_RETRY_AFTER_DEFAULT = 1.0  # wait before retrying a 429/503 that names no Retry-After
# A site that served pages, then answers 403/429 (a firewall's rate rule), is slowed down: its per-host delay
# doubles on each refusal up to this, and the page is retried (RETRY_TIMES) within the site's time budget.
ADALSCAN_REFUSAL_MAX_DELAY = 30.0
ADALSCAN_REFUSALS_TO_STOP = 10  # pages given up on refusals in a row: the rest is left unfetched, cut by the site

# --- caps: everything a site sends is hostile ----------------------------------------------------------
DOWNLOAD_TIMEOUT = 20  # seconds per request, the whole transfer (a slow drip cannot hold a slot longer)
DNS_TIMEOUT = 10
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024  # hard cap, also on the decompressed size (gzip bombs): dropped whole
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
ADALSCAN_MAX_DOCUMENT_BYTES = 12 * 1024 * 1024  # soft cap: the body is cut here and read with a note
REDIRECT_MAX_TIMES = 5
METAREFRESH_MAXDELAY = 10
URLLENGTH_LIMIT = 2000
# Not a trap guard any more (traps are judged by evidence, crawler/urls.py): long numbered archives and
# chains of ordinary pages are crawled up to the page budget; this only bounds what a budget cannot.
DEPTH_LIMIT = 50
DEPTH_PRIORITY = 0  # priority comes from the link scorer, not depth alone
# Optional shape caps, off (0) by default: a numbered family of distinct pages (Joomla ?id=N, WordPress ?p=N,
# /p/N.html) is crawled up to the page budget, and traps are judged by evidence instead: URL families whose
# pages keep repeating the same words with no new links (calendars, empty search pages) are dropped.
ADALSCAN_MAX_QUERY_VARIANTS = 0  # distinct query strings per path; 0 = no cap
ADALSCAN_MAX_URLS_PER_PATTERN = 0  # distinct HTML URLs per path with its digits masked; 0 = no cap
ADALSCAN_TRAP_EXEMPT_SCORE = 0.5  # links the scorer rates this high skip the two caps above (never the budget)
ADALSCAN_MAX_LINKS_PER_PAGE = 1000  # links read from one page

# --- per-site budget and focus ---------------------------------------------------------------------------
ADALSCAN_MAX_PAGES_PER_SITE = 250  # requests that reach the downloader, best-scored first
ADALSCAN_MAX_BYTES_PER_SITE = 100 * 1024 * 1024
ADALSCAN_MAX_SECONDS_PER_SITE = 900  # from the site's first request
ADALSCAN_QUEUE_FACTOR = 4  # at most this many x the page budget queued per site
ADALSCAN_FOCUS = True  # score links and read sitemaps; False = plain breadth-first (benchmark baseline)
ADALSCAN_MIN_LINK_SCORE = 0.0  # links scoring below this are not followed (0 = follow all on-site links)
# A link found again with a clearly better score (e.g. in a language version's menu) is queued again at the
# better priority; the downloader drops whichever copy comes second. Per process: a crawl whose workers
# share one queue should turn it off, or two workers may each fetch their copy.
ADALSCAN_REQUEUE_BETTER_LINKS = True
ADALSCAN_MAX_SITEMAPS_PER_SITE = 5
ADALSCAN_SITEMAP_MIN_SCORE = 0.2  # sitemap entries are URLs only: take those whose slug looks promising
ADALSCAN_SITEMAP_MAX_URLS = 10_000  # entries read per sitemap file (the protocol allows 50,000)

# --- JavaScript: only pages detected as empty shells are rendered, in Debian's Chromium ------------------
# Extraction and detection run in worker processes so the reactor only fetches (crawler/pagework.py):
# -1 = every core but one (inline on a one-core machine), 0 = inline, N = N processes.
ADALSCAN_PAGE_WORKERS = -1
ADALSCAN_PAGE_WORKER_MAX_TASKS = 10000  # jobs (reading, detection: two a document) before a worker is
# replaced (bounds a library's leaks)
ADALSCAN_PAGE_WORK_TIMEOUT = 120.0  # seconds one document may take to read or classify
ADALSCAN_CACHE_COMMIT_SECONDS = 0.5  # nightly HTTP cache: commit writes in batches this old at most
ADALSCAN_CACHE_SHARED = False  # set for distributed workers sharing one cache file: commit and look up each entry
ADALSCAN_RENDER_JS = True
ADALSCAN_CHROMIUM = ""  # empty: Debian's chromium-headless-shell where installed, else chromium (crawler/browser.py)
ADALSCAN_MAX_RENDERS_PER_SITE = 20
ADALSCAN_RENDER_SETTLE_MS = 500  # after 'load', let scripts fill the page

# --- safety --------------------------------------------------------------------------------------------
ADALSCAN_ALLOW_PRIVATE = False  # refuse loopback/private targets unless the scan says --allow-private
# Test-only: {"name.test": "127.0.1.40"} connects to loopback while the guard judges the name as public;
# names mapped to other addresses are judged by them and never connected to (see crawler/guard.py).
ADALSCAN_RESOLVER_OVERRIDES: dict[str, str] = {}
TWISTED_DNS_RESOLVER = "crawler.guard.GuardedResolver"

# --- run context (set by adalscan.scan) ------------------------------------------------------------------
ADALSCAN_RUN_ID = ""
ADALSCAN_STORE_URL = ""
ADALSCAN_AS_OF = ""  # ISO date freshness is judged against
ADALSCAN_CATALOG = ""  # path to an alternative YAML catalog; empty = the bundled one

# --- nightly runs (set by adalscan.nightly; empty/off for a plain scan) -----------------------------------
# Each switch below is read by one add-on (ADDONS, crawler/addons.py), which adds that way of crawling's
# components: jobs set values, never middleware dictionaries.
ADALSCAN_INCREMENTAL = False  # HTTP cache in HTTPCACHE_DIR, conditional requests, evidence reused if unchanged
ADALSCAN_NIGHTLY = False  # progress snapshots and the stats file for the nightly job (crawler.progress)
ADALSCAN_STATS_FILE = ""  # where the crawl's stats go, atomically, while it runs and at its end
ADALSCAN_PROGRESS_INTERVAL = 1.0  # seconds between progress snapshots (the coordinator polls them)
ADALSCAN_PROGRESS_LOG_INTERVAL = 60.0  # seconds between progress lines in the log of an unattended run
ADALSCAN_ARCHIVE = False  # WARC records of every response (crawler.archive.WarcArchiveMiddleware)
ADALSCAN_ARCHIVE_DIR = ""  # the run's archive/ folder
ADALSCAN_ARCHIVE_PREFIX = ""  # record-id prefix of this run (several runs share nothing)
ADALSCAN_ARCHIVE_SUFFIX = ""  # file-name suffix of one worker's WARC files ("-w1"): workers never share a file
ADALSCAN_SCREENSHOTS = True  # PNG of each found artefact's page after the crawl (crawler.screenshots)
ADALSCAN_SCREENSHOTS_MAX = 1000  # pages shot in one run at most: a large registry must not spend the night on it
ADALSCAN_SCREENSHOTS_MAX_SECONDS = 1800  # and seconds
ADALSCAN_SCREENSHOT_CONCURRENCY = 3  # Chromium pages open at once
ADALSCAN_SCREENSHOT_TIMEOUT = 20  # seconds for one page to load before it is shot as it is
# Several workers (crawler.distributed over Redis, crawler.partition by site); set per worker process.
ADALSCAN_WORKER_ID = ""  # empty: not a distributed worker (its extension stays off)
ADALSCAN_WORKER_INDEX = 0  # worker 0 seeds the home pages
ADALSCAN_SHARED_DELAY = 0.0  # seconds between two requests to one host across all workers
ADALSCAN_PARTITION_DIR = ""  # empty: not a partitioned worker

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SiteBudgetMiddleware": 30,  # drop what a site's budget no longer covers
    "crawler.middlewares.PrivateAddressGuard": 40,  # before robots.txt or anything touches the network
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,  # same place, plus Retry-After on 429/503
    "crawler.middlewares.SizeCapMiddleware": 560,  # (works through signals; its place does not matter)
    "crawler.middlewares.BrowserPagePool": 960,  # render requests borrow an open Chromium tab (last, next to it)
}
ITEM_PIPELINES = {
    "crawler.pipelines.DetectPipeline": 300,  # document -> evidence
    "crawler.pipelines.StorePipeline": 800,  # evidence -> results store
}
# The ways of crawling beyond a plain scan; each add-on stays off until its switch above is set.
ADDONS = {
    "crawler.addons.IncrementalCrawl": 100,  # ADALSCAN_INCREMENTAL
    "crawler.addons.WarcArchive": 200,  # ADALSCAN_ARCHIVE
    "crawler.addons.NightlyProgress": 300,  # ADALSCAN_NIGHTLY
    "crawler.addons.DistributedWorker": 400,  # ADALSCAN_WORKER_ID
    "crawler.addons.PartitionWorker": 500,  # ADALSCAN_PARTITION_DIR
}

# --- runtime -------------------------------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# Per-host priorities, fair across hosts (Scrapy's DownloaderAwarePriorityQueue, without its scan of every host).
SCHEDULER_PRIORITY_QUEUE = "crawler.queues.RingDownloaderAwarePriorityQueue"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
LOG_INSTALL_ROOT_HANDLER = False  # the adalscan CLI configures logging; Scrapy's loggers feed into it
LOG_FORMATTER = "crawler.runner.CompactLogFormatter"  # items are logged by URL, not with their whole text
TELNETCONSOLE_ENABLED = False  # an open console port on a nightly server helps nobody
# Nor Scrapy 2.19's remote control: a local HTTP endpoint that runs the code sent to it, its token in a file.
REMOTE_CONTROL_ENABLED = False
# Scrapy reads a generator callback's source (inspect + ast) to warn about `return value`, and caches the
# answer under the bound method, which dies with its request: with few requests in flight it re-read the
# source for most responses. Our callbacks return no values (tests/test_crawler_callbacks.py checks).
WARN_ON_GENERATOR_RETURN_VALUE = False
COOKIES_ENABLED = False
