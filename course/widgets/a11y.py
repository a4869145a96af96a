"""Accessible names for the slider handles of an app.

ipywidgets 8 draws a slider with noUiSlider: the handle has ``role="slider"`` but no accessible
name, because the view passes no ``handleAttributes`` to noUiSlider and its ``<label>`` (the
description) is not tied to the handle (``tooltip`` only sets the label's ``title``). No trait
of the Python widget reaches the handle, so axe reports ``aria-input-field-name`` for every
slider. :class:`SliderNames` is an invisible widget placed in an app's box: in the page it gives
each slider handle of that app the ``aria-label`` of its description, again whenever a slider is
redrawn.
"""

import anywidget

__all__ = ["SliderNames"]

ESM = """
function name(handle) {
  const label = handle.closest(".widget-slider")?.querySelector(".widget-label");
  const text = label?.textContent.trim();
  if (text && handle.getAttribute("aria-label") !== text) handle.setAttribute("aria-label", text);
}

export default {
  render({ el }) {
    el.style.display = "none";
    let frame = 0;
    let observer = null;
    const attach = () => {
      const app = el.closest(".course-app");
      if (!app) {
        frame = requestAnimationFrame(attach);
        return;
      }
      const panel = app.firstElementChild;
      const all = () => panel.querySelectorAll(".widget-slider .noUi-handle").forEach(name);
      all();
      observer = new MutationObserver(all);
      observer.observe(panel, { childList: true, subtree: true });
    };
    attach();
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  },
};
"""


class SliderNames(anywidget.AnyWidget):
    """Gives the slider handles of the enclosing ``.course-app`` box their descriptions as
    ``aria-label`` (in the page; nothing to see)."""

    _esm = ESM
