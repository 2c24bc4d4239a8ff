"""A one-claim story for tests of bad input: the claims file's head and its one claim.

Shared by tests/test_claims_errors.py and tests/test_hostile.py, which each break it in
their own ways; and the one claim every sample input in tests/inputs states.
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

# What every sample input file in tests/inputs says (HTML, Markdown, DOCX, XLIFF, TMX, PO).
SAMPLE_CLAIM = """
[[claim]]
id = "trade"
kind = "money"
value = "US$41.6 billion"
en = "reached US$41.6 billion"
vi = "đạt 41,6 tỷ USD"
"""
