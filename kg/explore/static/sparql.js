// The SPARQL editor: YASGUI on this server's /query, our prefixes, the shipped queries one click away.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("sparql-config").textContent);
  const endpoint = window.location.origin + "/query";
  const start = config.prefixes + "\n# Every document is a named graph: GRAPH ?g reads them all.\n" +
    "SELECT ?g ?s ?p ?o WHERE {\n  GRAPH ?g { ?s ?p ?o }\n}\nLIMIT 25\n";
  if (typeof Yasgui !== "function") {
    document.getElementById("yasgui").textContent = "The SPARQL editor is missing (scripts/vendor_js.sh).";
    return;
  }
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: {endpoint: endpoint, method: "POST"},
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
    persistenceId: null,
    yasqe: {value: start},
  });
  const tab = yasgui.getTab();
  if (tab.getQuery().trim() === "") tab.setQuery(start);
  window.kgYasgui = yasgui;

  async function load(name, params) {
    const response = await fetch(`/queries/${encodeURIComponent(name)}.rq`);
    let text = await response.text();
    for (const param of params) {
      // a parameter becomes an example string literal to edit, e.g. {{entity}} → "entity name"
      text = text.split(`{{${param}}}`).join(`"${param} name"`);
    }
    yasgui.getTab().setQuery(text);
  }
  for (const button of document.querySelectorAll(".load-query")) {
    const params = button.dataset.params ? button.dataset.params.split(",") : [];
    button.addEventListener("click", () => load(button.dataset.name, params));
  }
  if (config.selected) {
    const button = document.querySelector(`.load-query[data-name="${CSS.escape(config.selected)}"]`);
    if (button) button.click();
  }
})();
