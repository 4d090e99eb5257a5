"""Performance benchmarks: each prints ratios measured in one run (`make bench`)."""
