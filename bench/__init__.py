"""Measuring the monitor, apart from its tests: speed (the benchmark scripts here, `make bench`), accuracy
(accuracy/, `make eval`), and the seeded data the benchmarks and the tests both use (generators/)."""
