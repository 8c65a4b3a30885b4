"""The plan editor's parts: its shape from the model, field rows, collection tables, saving."""
