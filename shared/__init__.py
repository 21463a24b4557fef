"""Tocsin's common library: contracts, settings, Kafka and Redis helpers, metrics, logging."""
