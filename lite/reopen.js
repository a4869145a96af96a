// A reload reopens the documents that were open in this tab. JupyterLite 0.6 keeps no workspace
// (its workspaces plugin is disabled) and drops ?path= from the address once it has opened the
// file, so a reload used to show an empty launcher. This script, loaded before the app, keeps
// the open documents' paths in sessionStorage (this tab only) and, when the page is loaded
// without a ?path=, puts them back in the address for JupyterLite's own opener to read.
(function () {
  "use strict";
  const KEY = "course-open-documents";
  const url = new URL(window.location.href);
  if (!url.searchParams.has("path")) {
    let saved = [];
    try {
      saved = JSON.parse(sessionStorage.getItem(KEY) || "[]");
    } catch (error) {
      saved = [];
    }
    if (Array.isArray(saved) && saved.length) {
      saved.forEach((path) => url.searchParams.append("path", path));
      history.replaceState(history.state, "", url);
    }
  }

  function remember(app) {
    const paths = [];
    for (const widget of app.shell.widgets("main")) {
      const path = widget.context && widget.context.path;
      if (path && !paths.includes(path)) paths.push(path);
    }
    const current = app.shell.currentWidget;
    const active = current && current.context && current.context.path;
    if (paths.includes(active)) paths.push(...paths.splice(paths.indexOf(active), 1)); // last: in front
    sessionStorage.setItem(KEY, JSON.stringify(paths));
  }

  function watch() {
    const app = window.jupyterapp;
    if (!app) {
      setTimeout(watch, 200);
      return;
    }
    app.restored.then(() => {
      remember(app);
      app.shell.layoutModified.connect(() => remember(app));
      app.shell.currentChanged.connect(() => remember(app));
    });
  }
  watch();
})();
