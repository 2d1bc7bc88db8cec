"""The goszakup simulator: a local stand-in for the state procurement portal's API and public listings
(`../shared/data/goszakup-api.md`), fed by a fictional world of plans, announcements and contracts.

Only the demo, the tests and the benchmarks start it (`MockGoszakup`); the product talks to it as to the
real portal, over HTTP.
"""
