"""Alembic environment: runs on the connection that keet_desktop.domain.schema hands over."""

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool

from keet_desktop.domain import models
from keet_desktop.domain.db import Base, default_database_url
from keet_desktop.domain.search import in_models

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=in_models,  # issue 14: the trigram index is made by hand
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, e.g. `alembic revision --autogenerate`
    url = config.get_main_option("sqlalchemy.url") or default_database_url()
    engine = engine_from_config(
        {"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        _run(conn)
