"""Stage 3, linking: mentions of all articles resolved into people, bodies, posts and events
(``linker.Linker``), with the matching features (``matching``) and human decisions
(``curation``)."""
