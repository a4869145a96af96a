"""The vicious-cycle step-through (lesson 03): Previous and Next buttons walk the diagram's arrows
one at a time, lighting each arrow and writing its explanation below, so no text needs a hover.

The figure and the text come from :mod:`course.plots.cycle`; this widget only wires two buttons.
"""

import ipywidgets as widgets
from IPython.display import display

from ..plots.cycle import DEFAULT_DRUGS, cycle_steps, step_html, vicious_cycle_diagram

__all__ = ["CycleStepper", "cycle_step_app"]


class CycleStepper(widgets.VBox):
    """The diagram with one arrow lit, Previous/Next buttons, and the lit arrow's text.

    The buttons wrap around (Next on the last step goes back to the first) instead of being
    disabled there, so a keyboard user's focus never drops off a disabled button. Each step
    redraws a static figure in an Output: a FigureWidget built inside this box was sometimes drawn
    empty in JupyterLab, and a redraw of this small diagram is quick.
    """

    def __init__(self, drugs: tuple[str, ...] = DEFAULT_DRUGS) -> None:
        self.drugs = drugs
        self.steps = cycle_steps(drugs)
        self.index = 0
        self.plot = widgets.Output()
        self.previous = widgets.Button(description="Previous", icon="arrow-left")
        self.next = widgets.Button(description="Next", icon="arrow-right")
        self.text = widgets.HTML()
        self.previous.on_click(lambda _b: self.show((self.index - 1) % len(self.steps)))
        self.next.on_click(lambda _b: self.show((self.index + 1) % len(self.steps)))
        super().__init__([self.plot, widgets.HBox([self.previous, self.next]), self.text])
        self.add_class("course-cycle-stepper")
        self.show(0)

    def figure(self):
        """The diagram as drawn at the current step."""
        return vicious_cycle_diagram(drugs=self.drugs, highlight=self.index)

    def show(self, index: int) -> None:
        """Light arrow ``index`` (0-based) and show its text; out of range raises ValueError."""
        self.text.value = step_html(self.steps, index)
        self.index = index
        with self.plot:
            self.plot.clear_output(wait=True)
            display(self.figure())


def cycle_step_app(drugs: tuple[str, ...] = DEFAULT_DRUGS) -> CycleStepper:
    """Show the vicious-cycle step-through for the diagram with ``drugs``."""
    return CycleStepper(drugs)
