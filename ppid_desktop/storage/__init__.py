"""Storage: SQLAlchemy models, Alembic migrations, the database connection and paths."""
