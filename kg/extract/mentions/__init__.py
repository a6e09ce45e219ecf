"""Finding and typing the mentions of a document's names, one module per kind of finder."""
