"""Field extraction: parsers for noisy values, label finding, and one finder per field."""
