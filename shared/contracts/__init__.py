"""Kafka topic contracts: typed message structs (models.py) and versioned JSON Schemas with examples (topics/)."""
