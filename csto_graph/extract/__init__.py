"""Stage 2, extraction: mentions of people, titles, bodies, places, dates and events in one
article (``article.extract_article``), from the rule modules ``names``, ``orgs``, ``events``
and the spaCy model loaded lazily in ``nlp``."""
