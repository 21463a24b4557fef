"""Tocsin's services: poller, processor (dedup + tagger), alerter, and the `tocsin` command."""
