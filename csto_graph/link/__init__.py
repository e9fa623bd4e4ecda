"""Stage 3, linking: mentions of all articles resolved into people, bodies, posts and events
(``linker.Linker``, whose steps run once per batch of articles), with the bodies (``orgs``),
posts (``posts``), the merging of retold events (``events``), evidence (``evidence``), the
matching features (``matching``), human decisions (``curation``) and the saved state
(``state``)."""
