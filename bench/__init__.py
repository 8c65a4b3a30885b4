"""Benchmarks: figures and ratios against DESIGN §7's targets, never pass/fail assertions."""
