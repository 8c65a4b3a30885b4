"""The hub's database: engine and tables, records, the authority's sealed keys."""
