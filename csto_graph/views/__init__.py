"""Stage 5, views computed from the RDF graph: NetworkX graphs (``network``), interactive pages
(``pages``), exports (``export``), the SPARQL endpoint (``serve``) and the Python API (``api``)."""
