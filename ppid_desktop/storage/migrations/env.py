"""Alembic environment. Run only through ppid_desktop.storage.database.migrate().

No fileConfig() here: it would reset the application's loggers.
"""

from alembic import context

from ppid_desktop.storage.models import Base
from ppid_desktop.storage.search import is_search_index_name


def include_name(name, type_, parent_names):  # noqa: ANN001 - Alembic's hook signature
    # The FTS5 index and its shadow tables are made by hand in the migrations, not by models.
    return not (type_ == "table" and is_search_index_name(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
