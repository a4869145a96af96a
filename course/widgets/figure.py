"""The course's ``FigureWidget``: plotly's, with its 5 MB front-end module imported once per page.

plotly's ``FigureWidget`` is an anywidget whose ``_esm`` is the whole plotly.js widget bundle
(about 5 MB). anywidget imports a model's ``_esm`` through a fresh blob URL, so every figure
re-parses the bundle, and it gives each model 2 s (``AbortSignal.timeout(2000)`` in anywidget
0.11's ``Runtime``) from its creation to import and initialise its module. On a loaded machine
two or three figures created together (Run All) miss that window; the model's ``ready``
promise is then rejected for good, and every later comm message of that model, which anywidget
makes wait on ``ready``, is dropped.

Here ``_esm`` is a small module: it imports the bundle (sent as the ``_bundle`` trait) once per
page, shared by every figure, and does not make anywidget wait for it, so each model is ready
at once. The bundle's ``initialize`` runs before any view of the model is rendered (both wait
on the same import, in that order).
"""

from pathlib import Path

import plotly
import plotly.graph_objects as go
import traitlets

__all__ = ["FigureWidget"]

BUNDLE = Path(plotly.__file__).parent / "package_data" / "widgetbundle.js"

LOADER = """
const KEY = Symbol.for("course.plotly-widget-bundle/VERSION");

function bundle(model) {
  if (!globalThis[KEY]) {
    const source = new Blob([model.get("_bundle")], { type: "text/javascript" });
    globalThis[KEY] = import(/* webpackIgnore: true */ URL.createObjectURL(source));
  }
  return globalThis[KEY];
}

export default () => {
  let widget = null;
  const load = (model) => (widget ??= bundle(model).then((module) => module.default()));
  return {
    initialize({ model }) {
      load(model).then((definition) => definition.initialize({ model }));
    },
    async render({ model, el }) {
      const definition = await load(model);
      return definition.render({ model, el });
    },
  };
};
""".replace("VERSION", plotly.__version__)
"""anywidget's ``_esm``: one import of the bundle per page and plotly version."""


class FigureWidget(go.FigureWidget):
    """plotly's ``FigureWidget`` whose front-end bundle is imported once per page."""

    _esm = LOADER
    _bundle = traitlets.Unicode(BUNDLE.read_text(encoding="utf-8")).tag(sync=True)
