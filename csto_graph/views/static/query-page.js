// The query page of `csto-graph serve`: YASGUI on this endpoint, a tab per saved query.
// Everything is served by the endpoint itself; no request goes to another site (the
// page's Content-Security-Policy allows only this origin, and the autocompleters that
// would ask Linked Open Vocabularies are left out).
"use strict";
(function () {
  const endpoint = new URL("/sparql", window.location.href).href;
  window.cstoQuery = { ready: false, error: null };

  function start(page) {
    // Only the variables autocompleter: "class" and "property" ask Linked Open Vocabularies,
    // and "prefixes" inserts prefix.cc's declarations (schema: as http://schema.org/) over the
    // endpoint's own. Set on the defaults: a config array is merged into them index by index.
    Yasgui.Yasqe.defaults.autocompleters = ["variables"];
    const yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST", acceptHeaderGraph: "text/turtle,*/*;q=0.9" },
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
      copyEndpointOnNewTab: true,
      persistenceId: null,  // the tabs are the saved queries of this build, not those of a last visit
      autoAddOnInit: false,
      populateFromUrl: false,
      yasqe: { autocompleters: ["variables"], persistenceId: null },
      yasr: { persistenceId: null, prefixes: page.prefixes },  // IRIs written as id:person/...
    });
    page.tabs.forEach(function (query, i) {
      const tab = Object.assign(Yasgui.Tab.getDefaults(yasgui), { name: query.name });
      tab.yasqe = Object.assign({}, tab.yasqe, { value: query.query });
      tab.requestConfig = Object.assign({}, tab.requestConfig, { endpoint: endpoint });
      yasgui.addTab(i === 0, tab);
    });
    window.cstoQuery = { ready: true, error: null, yasgui: yasgui, tabs: page.tabs };
  }

  fetch("/queries.json", { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error("/queries.json: " + response.status); }
      return response.json();
    })
    .then(start)
    .catch(function (error) { window.cstoQuery = { ready: false, error: String(error) }; });
})();
