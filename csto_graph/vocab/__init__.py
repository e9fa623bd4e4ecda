"""The vocabulary: where ``ontology/`` lives and how its YAML is read (``resources``), and the
gazetteer of known bodies, states, places and posts every stage looks names up in
(``gazetteer``)."""
