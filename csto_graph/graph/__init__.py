"""Stage 4, the RDF graph, the one source of truth: the knowledge base as triples (``rdf``),
written atomically and opened as an Oxigraph store (``store``), queried with saved SPARQL
(``query``, ``queries/*.rq``), validated with SHACL (``validate``), compared (``changes``)."""
