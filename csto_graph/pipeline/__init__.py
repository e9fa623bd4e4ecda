"""The build: the stages run in order over a corpus (``build.build``), the extraction
cache (``cache``), processes (``parallel``) and incremental rebuilds (``incremental``)."""
