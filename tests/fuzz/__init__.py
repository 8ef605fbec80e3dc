"""The fuzz suite: damaged and hostile variants of the sample documents, and the tests that run them."""
