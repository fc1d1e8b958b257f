"""SQLAlchemy mapping, engine and PRAGMAs, migrations, integrity helpers."""
