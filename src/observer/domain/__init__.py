"""Pure Python: the teacher's concepts and rules. No Qt, no SQLAlchemy."""
