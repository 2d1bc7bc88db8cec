"""Scrapy settings for adalscan's crawl, grouped, each with the reason it is set.

Precedence (lowest first): Scrapy defaults < this module < the spider's custom_settings < the command line
(`-s NAME=VALUE`, `--allow-private`) applied at 'cmdline' priority by crawler.runner.
"""

BOT_NAME = "adalscan"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- identity and politeness -------------------------------------------------------------------------
ADALSCAN_CONTACT_URL = "https://github.com/adalscan/adalscan#contact"
USER_AGENT = f"adalscan/0.1 (+{ADALSCAN_CONTACT_URL}; anti-corruption compliance scanner)"
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"  # protego: the maintained robots.txt parser
DOWNLOAD_DELAY = 0.25  # per host; institution sites are small public-sector servers
RANDOMIZE_DOWNLOAD_DELAY = True
CONCURRENT_REQUESTS = 32  # many institutions in parallel ...
CONCURRENT_REQUESTS_PER_DOMAIN = 4  # ... but few requests at once to any one of them
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# --- caps: everything a site sends is hostile ----------------------------------------------------------
DOWNLOAD_TIMEOUT = 20  # seconds per request
DOWNLOAD_MAXSIZE = 25 * 1024 * 1024  # hard cap: bigger responses are cancelled
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
URLLENGTH_LIMIT = 2000
DEPTH_LIMIT = 6
DEPTH_PRIORITY = 0  # priority comes from the link scorer, not depth alone

# --- adalscan ------------------------------------------------------------------------------------------
ADALSCAN_ALLOW_PRIVATE = False  # refuse loopback/private targets unless the scan says --allow-private
ADALSCAN_MAX_PAGES_PER_SITE = 250  # page budget per institution
ADALSCAN_MAX_BYTES_PER_SITE = 100 * 1024 * 1024
ADALSCAN_MAX_SECONDS_PER_SITE = 900
ADALSCAN_MIN_LINK_SCORE = 0.0  # links scoring below this are not followed (0 = follow all on-site links)
ADALSCAN_RUN_ID = ""
ADALSCAN_STORE_URL = ""
ADALSCAN_AS_OF = ""  # ISO date freshness is judged against
ADALSCAN_RENDER_JS = True  # render pages detected as JS shells in Chromium (scrapy-playwright)
ADALSCAN_CATALOG = ""  # path to an alternative YAML catalog; empty = the bundled one

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.PrivateAddressGuard": 50,  # before anything touches the network
}
ITEM_PIPELINES = {
    "crawler.pipelines.DetectPipeline": 300,  # document -> evidence
    "crawler.pipelines.StorePipeline": 800,  # evidence -> results store
}

# --- runtime -------------------------------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False  # an open console port on a nightly server helps nobody
COOKIES_ENABLED = False
