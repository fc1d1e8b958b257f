"""Use cases. Each call owns its session and transaction and returns plain read objects."""
