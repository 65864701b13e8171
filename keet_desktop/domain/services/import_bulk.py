"""Bulk inserts for imports: one driver ``executemany`` per table, values converted once.

SQLAlchemy's Core ``executemany`` builds and type-converts every parameter of every row in
Python (for 10,000 imported people that is most of an import's time: two timestamps, enums
and the per-row ``sort_key`` default). Here the statement is compiled once, each column's
bind processor (the same one SQLAlchemy would use) runs once per *distinct* value, and the
rows go to the driver's own ``executemany``. Column defaults are applied as SQLAlchemy would:
scalar defaults are filled in; a column with a Python function as default must be given.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ARRAY, Connection, Table, any_, func, insert, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

Processor = Callable[[Any], Any]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run a bulk step without Python's cyclic garbage collector (as ``timeit`` does).

    An import makes a few hundred thousand small objects that all live until it ends; the
    collector walks every object of the process each time enough of them pile up, which cost
    a third of a 10,000-row import. What an import makes is freed by reference counting (the
    few cycles, e.g. of its session, wait until the end); the collector runs again afterwards
    (unless it was already off).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def among(session: Session, column: InstrumentedAttribute[Any], values: Sequence[Any]) -> Any:
    """``column IN values`` for thousands of values, as one bound parameter.

    SQLAlchemy renders a list as one parameter per value (tens of thousands per import, each
    handled in Python). Here the list is one PostgreSQL array, or one JSON array that SQLite
    reads with ``json_each``; both use the column's index.
    """
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(literal(list(values), ARRAY(column.type)))
    listed = func.json_each(json.dumps(list(values))).table_valued("value")
    return column.in_(select(listed.c.value))


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` with one ``executemany``.

    Raises:
        ValueError: A column whose default is computed per row is not given.
    """
    if not rows:
        return
    defaults = _scalar_defaults(table, rows[0].keys())
    keys = [*rows[0].keys(), *defaults]
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup or ()) if dialect.positional else list(compiled.params)
    if sorted(names) != sorted(keys):  # a bind renamed (escaped): the general path
        connection.execute(insert(table), [{**row, **defaults} for row in rows])
        return
    convert = [_converter(table.c[name].type, dialect) for name in names]
    columns = [
        [defaults[name]] * len(rows) if name in defaults else [row[name] for row in rows]
        for name in names
    ]
    converted = [
        values if function is None else list(map(function, values))
        for values, function in zip(columns, convert, strict=True)
    ]
    if dialect.positional:
        params: list[Any] = list(zip(*converted, strict=True))
    else:
        params = [dict(zip(names, values, strict=True)) for values in zip(*converted, strict=True)]
    connection.exec_driver_sql(compiled.string, params)


def _scalar_defaults(table: Table, given: Any) -> dict[str, Any]:
    """The scalar defaults of the columns not in ``given``; refuses per-row defaults."""
    defaults: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.key in given or default is None:
            continue
        if not getattr(default, "is_scalar", False):
            raise ValueError(f"{table.name}.{column.key}: give the value (its default is computed)")
        defaults[column.key] = getattr(default, "arg", None)
    return defaults


def _converter(type_: Any, dialect: Any) -> Processor | None:
    """The column's bind processor, remembering its result per distinct (hashable) value."""
    processor: Processor | None = type_.dialect_impl(dialect).bind_processor(dialect)
    if processor is None:
        return None
    done: dict[tuple[type, Hashable], Any] = {}

    def convert(value: Any) -> Any:
        key = (type(value), value)  # 1 and True stay apart
        try:
            return done[key]
        except KeyError:
            result = done[key] = processor(value)
            return result
        except TypeError:  # not hashable
            return processor(value)

    return convert
