"""Where editors and CI look: one module per output format.

`findings` turns table rows (a checked story) or `compare` rows into findings placed on
seed lines; `annotations` prints them as GitHub workflow commands, `sarif` writes them as
SARIF 2.1.0, and `html` draws the side-by-side report from `templates/report.html.j2`.
"""
