"""A one-claim story for tests of bad input: the claims file's head and its one claim.

Shared by tests/test_claims_errors.py and tests/test_hostile.py, which each break it in
their own ways.
"""

HEADER = """\
[story]
id = "s"
en = "{en}"
vi = "{vi}"
dateline = 2025-02-19
"""

CLAIM = """
[[claim]]
id = "trade"
kind = "money"
value = "US$41.6 billion"
en = "trade reached US$41.6 billion"
vi = "đạt 41,6 tỷ USD"
"""
