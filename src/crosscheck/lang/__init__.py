"""Language knowledge: one module per language (en, vi) plus Chinese names (zh)."""
