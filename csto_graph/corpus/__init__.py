"""Stage 1, the corpus: files read (``reading``), pages cut into articles with their dates
(``articles``, ``dates``) and the sentence splitter every later stage uses (``sentences``)."""
