"""Drive a notebook in JupyterLab the way a student does: open, run all, read, move controls."""

import json
import re
import time
import zipfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from playwright.sync_api import Locator, Page

from .figures import close, differences, page_figures, stale_apps

# Statuses the status bar shows before the kernel can take "Run All" (sent earlier: dropped).
NOT_READY = ("Connecting", "Initializing", "Starting", "Restarting", "No Kernel", "Unknown")
STDERR = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
PLOT = ".js-plotly-plot"
BROKEN_WIDGET_TEXT = ("Error displaying widget", "Loading widget", "Failed to load model")
# Keyboard-operable controls, in the order they are moved (sliders first).
CONTROLS = (
    ".widget-slider .noUi-handle",
    ".widget-dropdown select",
    ".widget-radio-box input:not(:checked)",
    ".widget-toggle-buttons button:not(.mod-active)",
    ".widget-checkbox input",
    ".widget-select-multiple select",
)
# A control's value as the page holds it, in the kernel's terms: a slider's number (from its
# noUiSlider, not the readout or aria-valuenow, which are rounded), the chosen option's label
# (a list for a multiple select; ipywidgets writes an option's spaces as no-break spaces), a
# checkbox's state, the pressed toggle button's text.
SHOWN_VALUE_JS = """el => {
    if (el.matches('.noUi-handle')) return Number(el.closest('.noUi-target').noUiSlider.get());
    if (['checkbox', 'radio'].includes(el.type)) return el.checked;
    if (el.tagName === 'SELECT') {
        const chosen = [...el.selectedOptions].map(o => o.textContent.replace(/\\u00a0/g, ' '));
        return el.multiple ? chosen : chosen[0];
    }
    const pressed = el.classList.contains('mod-active');
    return pressed ? el.textContent.replace(/\\u00a0/g, ' ').trim() : null;
}"""
# The keys that move a control one step, and the value it should then hold (as SHOWN_VALUE_JS
# reads it): a slider one step up (down at its maximum), a dropdown to the next option (the
# previous one at the end), a checkbox toggled, a toggle button or radio button pressed, a
# multiple select to its last option. A focused dropdown needs Space (open), ArrowDown, Enter: a
# bare ArrowDown is taken by JupyterLab's command-mode shortcut "select the cell below", which
# moves the focus away and leaves the value alone.
NEXT_VALUE_JS = """el => {
    if (el.matches('.noUi-handle')) {
        const api = el.closest('.noUi-target').noUiSlider;
        const [down, up] = api.steps()[0];
        const now = Number(api.get());
        return up ? [['ArrowRight'], now + up] : [['ArrowLeft'], now - down];
    }
    if (el.type === 'checkbox') return [['Space'], !el.checked];
    if (el.type === 'radio') return [['Space'], true];
    if (el.tagName === 'SELECT' && el.multiple) {
        const last = el.options[el.options.length - 1];
        return [['End'], [last.textContent.replace(/\\u00a0/g, ' ')]];
    }
    if (el.tagName === 'SELECT') {
        const i = el.selectedIndex, last = i + 1 >= el.options.length;
        const key = last ? 'ArrowUp' : 'ArrowDown';
        const next = el.options[last ? i - 1 : i + 1];
        return [['Space', key, 'Enter'], next.textContent.replace(/\\u00a0/g, ' ')];
    }
    return [['Space'], el.textContent.replace(/\\u00a0/g, ' ').trim()];
}"""
# A control's label, as its widget's description: a slider handle's accessible name (SliderNames),
# a checkbox's own label, else the description label that is a direct child of the nearest
# widget view around the control (a dropdown's, a toggle-button group's).
LABEL_JS = """el => {
    const clean = t => (t || '').replace(/\\u200b/g, '').trim();
    if (el.matches('.noUi-handle') && clean(el.getAttribute('aria-label')))
        return clean(el.getAttribute('aria-label'));
    const own = el.type === 'checkbox' && el.closest('label');
    if (own) return clean(own.textContent);
    for (let box = el.parentElement; box; box = box.parentElement) {
        const label = box.querySelector(':scope > .widget-label');
        if (label && clean(label.textContent)) return clean(label.textContent);
        if (box.matches('.jp-OutputArea-output')) return null;
    }
    return null;
}"""
# Buttons that submit a question (self-check, case step): their areas are answered, not moved.
QUESTION_BUTTONS = re.compile(r"^\s*(Check|Decide)\s*$")


@dataclass(frozen=True)
class Move:
    """A control moved with ``keys`` to ``target`` (its value as the kernel holds it)."""

    label: str
    target: object
    keys: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.label!r} to {self.target!r} ({'+'.join(self.keys)})"


def same_value(kernel: dict, target: object) -> bool:
    """Whether a kernel control (``{"value", "label"}`` as ``kernel_hook`` dumps it) holds
    ``target``: a number to within rounding, a choice by its option's label."""
    if isinstance(target, bool) or not isinstance(target, int | float):
        shown = kernel["label"] if kernel["label"] is not None else kernel["value"]
        return (list(shown) if isinstance(shown, list | tuple) else shown) == target
    return isinstance(kernel["value"], int | float) and close(kernel["value"], target)


def kernel_problems(kernel: dict, move: Move) -> list[str]:
    """What is wrong in the kernel after ``move`` (``kernel_hook``'s dump): no control labelled
    ``move.label`` holds ``move.target``, or an app shows other figures or another status line
    than its ``compute`` gives for its controls' values (:func:`figures.stale_apps`)."""
    labelled = [c for c in kernel["controls"] if c["description"] == move.label]
    problems = [] if any(same_value(c, move.target) for c in labelled) else [
        f"no kernel control labelled {move.label!r} holds {move.target!r}: "
        f"{[(c['value'], c['label']) for c in labelled]}"
    ]  # fmt: skip
    return problems + stale_apps(kernel)


@dataclass
class Section:
    """An interactive section: an output area holding controls and the plot(s) they drive."""

    cell: int
    controls: Locator
    plots: Locator
    output: Locator


class NotebookPage:
    """A notebook open in JupyterLab in ``page``."""

    def __init__(self, page: Page, artifacts: Path) -> None:
        self.page = page
        self.artifacts = artifacts
        artifacts.mkdir(parents=True, exist_ok=True)

    # ---- opening and running -------------------------------------------------------------
    def open(self, url: str, timeout: float = 90) -> None:
        """Load ``url`` and wait until the notebook is shown and its kernel is really idle."""
        self.page.goto(url)
        self.page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
        self.wait_idle(timeout)

    def kernel_status(self) -> str:
        """The status bar's kernel text, e.g. 'Python 3 (ipykernel) | Idle'."""
        return self.page.locator("#jp-main-statusbar").inner_text()

    def wait_idle(self, timeout: float = 90, settle: float = 0.5) -> None:
        """Wait until the status bar has said Idle (and none of Connecting, Starting...) for
        ``settle`` seconds."""
        deadline, since = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            status = self.kernel_status()
            ready = "| Idle" in status and not any(word in status for word in NOT_READY)
            if not ready:
                since = None
            elif since is None:
                since = time.monotonic()
            elif time.monotonic() - since >= settle:
                return
            time.sleep(0.1)
        raise AssertionError(f"kernel not idle after {timeout} s; status bar: {status!r}")

    def menu(self, menu: str, command: str) -> None:
        """Click the menu bar item ``menu``, then its entry running ``command``."""
        self.page.locator(".lm-MenuBar-item", has_text=re.compile(f"^{menu}$")).click()
        self.page.locator(f'.lm-Menu-item[data-command="{command}"]').first.click()

    def code_cells(self) -> Locator:
        return self.page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-CodeCell")

    def prompts(self) -> list[str]:
        """The input prompt of every code cell: '[3]:' when run, '[*]:' while running."""
        return (
            self.code_cells()
            .locator(".jp-InputArea-prompt")
            .evaluate_all("els => els.map(el => el.textContent)")
        )  # innerText is '' for off-screen cells

    def run_all(self, timeout: float = 180) -> float:
        """Run → Run All Cells; wait until every code cell has run; return the seconds taken."""
        start = time.monotonic()
        self.menu("Run", "runmenu:run-all")
        deadline = start + timeout
        while time.monotonic() < deadline:
            prompts = self.prompts()
            if prompts and all(re.fullmatch(r"\[\d+\]:", p.strip()) for p in prompts):
                break
            time.sleep(0.2)
        else:
            raise AssertionError(f"Run All not finished after {timeout} s; prompts: {prompts}")
        self.wait_idle(timeout=60)
        return time.monotonic() - start

    # ---- reading outputs -----------------------------------------------------------------
    def error_outputs(self) -> list[str]:
        """Text of every stderr/error output (a traceback, a warning: a student sees pink)."""
        return self.page.locator(f".jp-Notebook {STDERR}").evaluate_all(
            "els => els.map(el => el.textContent)"
        )

    def wait_rendered(self, timeout: float = 60) -> tuple[int, int]:
        """Wait until every widget view and plot has rendered; return (widgets, plots).

        Fails with the text of any widget that stays broken or loading.
        """
        deadline = time.monotonic() + timeout
        while True:
            state = self.page.evaluate(
                """([plotSel, broken]) => {
                    const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
                    const outputs = [...nb.querySelectorAll('.jp-OutputArea-output')];
                    const views = outputs.filter(o => o.querySelector(':scope > .jupyter-widgets'));
                    const bad = outputs.filter(o => broken.some(b => o.textContent.includes(b)));
                    const plots = [...nb.querySelectorAll(plotSel + ', .jp-RenderedPlotly')];
                    return {views: views.length,
                            plots: nb.querySelectorAll(plotSel).length,
                            bad: bad.map(o => o.textContent.slice(0, 200)),
                            pending: plots.filter(p => !p.querySelector('.main-svg')).length};
                }""",
                [PLOT, list(BROKEN_WIDGET_TEXT)],
            )
            if not state["bad"] and not state["pending"]:
                return state["views"], state["plots"]
            if time.monotonic() > deadline:
                raise AssertionError(f"widgets/plots not rendered after {timeout} s: {state}")
            time.sleep(0.3)

    def output_areas(self) -> list[tuple[int, Locator]]:
        """(code-cell index, output area) for every code cell."""
        cells = self.code_cells()
        return [(i, cells.nth(i).locator(".jp-OutputArea").first) for i in range(cells.count())]

    def sections(self, hints: dict[int, int | None] | None = None) -> list[Section]:
        """Interactive sections: every output area showing a control (self-checks aside).

        The section's plots are those in its own output area, or in the cell ``hints`` maps it
        to (lessons whose controls drive a plot shown elsewhere); a cell hinted to None is left
        out. A section without a plot is checked on its HTML result text instead.
        """
        hints = hints or {}
        areas = dict(self.output_areas())
        found = []
        for index, area in areas.items():
            controls = area.locator(", ".join(CONTROLS))
            if (
                not controls.count()
                or area.locator("button", has_text=QUESTION_BUTTONS).count()
                or (index in hints and hints[index] is None)
            ):
                continue
            plots = areas[hints.get(index, index)].locator(PLOT)
            found.append(Section(index, controls, plots, area))
        return found

    def assert_figures_match(self, lab, notebook: str, when: str, timeout: float = 20) -> int:
        """Wait until every plot in the page equals the kernel's figure (``figures.differences``);
        fail with the differences after ``timeout`` seconds. Returns the number of plots."""
        deadline = time.monotonic() + timeout
        while True:
            self.wait_idle(timeout=60, settle=0.3)
            drawn = page_figures(self.page)
            problems = differences(drawn, lab.kernel_figures(notebook))
            if not problems:
                return len(drawn)
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{notebook} {when}: what the page draws differs from the kernel's figures:\n"
                    + "\n".join(problems[:25])
                )
            time.sleep(0.5)

    # ---- interacting ---------------------------------------------------------------------
    @staticmethod
    def by_kind(controls: Locator) -> list[Locator]:
        """``controls`` one by one, sliders first, then in the order of CONTROLS."""
        return [
            controls.and_(controls.page.locator(selector)).nth(i)
            for selector in CONTROLS
            for i in range(controls.and_(controls.page.locator(selector)).count())
        ]

    def press(self, control: Locator, timeout: float = 3) -> Move:
        """Focus ``control`` and press the keys that move it one step to a value known before
        the press (``NEXT_VALUE_JS``); wait until the page shows that value (a key press can be
        lost on a loaded machine: once more), else fail."""
        control.scroll_into_view_if_needed()
        element = control.element_handle()  # the locator may match another one once moved
        label = element.evaluate(LABEL_JS)
        keys, target = element.evaluate(NEXT_VALUE_JS)
        move = Move(label, target, tuple(keys))
        for _attempt in range(2):
            element.focus()
            for key in keys:
                self.page.keyboard.press(key)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if same_value({"value": (shown := element.evaluate(SHOWN_VALUE_JS)),
                               "label": shown}, target):  # fmt: skip
                    return move
                time.sleep(0.1)
        raise AssertionError(f"{move}: the page shows {shown!r}")

    def assert_moved(self, lab, notebook: str, move: Move, when: str, timeout: float = 20) -> int:
        """Wait until the kernel holds ``move.target`` in a control labelled ``move.label``,
        every app's figures and status line are what its ``compute`` gives for its controls'
        values, and the page draws the kernel's figures; fail with what differs after
        ``timeout`` seconds. Returns the number of plots."""
        deadline = time.monotonic() + timeout
        while True:
            self.wait_idle(timeout=60, settle=0.3)
            kernel = lab.kernel_figures(notebook)
            drawn = page_figures(self.page)
            problems = kernel_problems(kernel, move) + differences(drawn, kernel)
            if not problems:
                return len(drawn)
            if time.monotonic() > deadline:
                raise AssertionError(f"{notebook} {when}:\n" + "\n".join(problems[:25]))
            time.sleep(0.5)

    def movable(self, section: Section) -> list[Locator]:
        """The section's visible, enabled controls, sliders first (see :meth:`by_kind`)."""
        return [c for c in self.by_kind(section.controls) if c.is_visible() and not c.is_disabled()]

    # ---- screenshots ---------------------------------------------------------------------
    def screenshot_pages(self, stem: str) -> list[Path]:
        """Scroll through the notebook a screen at a time, saving one screenshot per screen."""
        scroller = self.page.locator(".jp-NotebookPanel:visible .jp-WindowedPanel-outer")
        height, total = scroller.evaluate("el => [el.clientHeight, el.scrollHeight]")
        paths, top, n = [], 0, 1
        while True:
            scroller.evaluate("(el, top) => { el.scrollTop = top; }", top)
            time.sleep(0.3)
            path = self.artifacts / f"{stem}-p{n:02d}.png"
            self.page.screenshot(path=path)
            paths.append(path)
            total = scroller.evaluate("el => el.scrollHeight")
            if top + height >= total or n >= 60:
                return paths
            top += int(height * 0.9)
            n += 1

    def screenshot(self, locator: Locator, name: str) -> Path:
        """Screenshot the window with ``locator``'s top at the top of the notebook view (an
        element screenshot of an output taller than the view comes out cut)."""
        path = self.artifacts / f"{name}.png"
        locator.evaluate("el => el.scrollIntoView({block: 'start'})")
        time.sleep(0.3)
        self.page.screenshot(path=path)
        return path

    def crop(self, locator: Locator, name: str) -> Path:
        """Save ``locator``'s element alone, whole: the window is made tall enough for it
        first (JupyterLab scrolls the notebook inside a panel, so a tall output would be cut)."""
        path = self.artifacts / f"{name}.png"
        size = self.page.viewport_size
        height = locator.evaluate("el => el.getBoundingClientRect().height")
        if height + 150 > size["height"]:
            self.page.set_viewport_size({"width": size["width"], "height": int(height) + 150})
        try:
            locator.evaluate("el => el.scrollIntoView({block: 'center'})")
            time.sleep(0.5)  # plotly redraws after a resize
            locator.screenshot(path=path)
        finally:
            self.page.set_viewport_size(size)
        return path

    def answer_questions(self, lab, notebook: str, timeout: float = 15) -> int:
        """Answer every question (self-check, case step) with the keyboard: Space on its first
        option, Enter on its Check/Decide button. Fails unless the kernel holds that option as
        chosen and the page shows the feedback that option's own data gives (its verdict and
        explanation); returns how many questions there were."""
        questions = (
            self.page.locator(".jp-NotebookPanel:visible .jp-OutputArea-output")
            .filter(has=self.page.locator(".widget-radio-box"))
            .filter(has=self.page.locator("button", has_text=QUESTION_BUTTONS))
        )
        for i in range(questions.count()):
            question = questions.nth(i)
            option = question.locator(".widget-radio-box input").first
            chosen = plain_text(question.locator(".widget-radio-box label").first.text_content())
            option.scroll_into_view_if_needed()
            option.focus()
            self.page.keyboard.press("Space")
            question.locator("button", has_text=QUESTION_BUTTONS).first.focus()
            self.page.keyboard.press("Enter")
            deadline = time.monotonic() + timeout
            while True:
                shown = plain_text(" ".join(question.locator(".widget-html").all_text_contents()))
                answers = [a for a in lab.kernel_figures(notebook)["answers"]
                           if a["option"] == chosen]  # fmt: skip
                if any(
                    a["shown"].startswith(a["expected"]) and plain_text(a["expected"]) in shown
                    for a in answers
                ):
                    break
                assert time.monotonic() < deadline, (
                    f"question {i + 1}: after choosing {chosen!r} the page shows {shown!r}; the "
                    f"kernel: {answers}"
                )
                time.sleep(0.3)
        return questions.count()


def plain_text(html: str) -> str:
    """``html`` as the page's textContent shows it: tags dropped, entities and no-break spaces
    resolved, white space folded."""
    text = unescape(re.sub(r"<[^>]+>", "", html)).replace("\xa0", " ")
    return " ".join(text.split())


# ---- self-checks answered by their option text (appended for test_selfcheck_progress.py) -------
SELF_CHECK = ".jp-NotebookPanel:visible .course-selfcheck"


def option_labels(question: Locator) -> list[str]:
    """The option texts of a self-check, in the order the learner sees them."""
    return [t.strip() for t in question.locator(".widget-radio-box label").all_text_contents()]


def choose_and_check(page: Page, question: Locator, option: str, timeout: float = 20) -> str:
    """With the keyboard, choose the option whose text is ``option`` (Space on its radio button)
    and press *Check* (Enter); return the feedback once it has changed."""
    feedback = question.locator(".widget-html").last
    before = feedback.text_content()
    index = option_labels(question).index(option)
    radio = question.locator(".widget-radio-box input").nth(index)
    radio.scroll_into_view_if_needed()
    radio.focus()
    page.keyboard.press("Space")
    question.locator("button", has_text=QUESTION_BUTTONS).first.focus()
    page.keyboard.press("Enter")
    deadline = time.monotonic() + timeout
    while (text := feedback.text_content()) == before or not text.strip():
        assert time.monotonic() < deadline, f"no feedback after choosing {option!r}"
        time.sleep(0.1)
    return text


def wait_for_text(locator: Locator, wanted: str, timeout: float = 20) -> str:
    """Wait until ``locator``'s text contains ``wanted``; return the text (fail with it)."""
    deadline = time.monotonic() + timeout
    while wanted not in (text := locator.text_content()):
        assert time.monotonic() < deadline, f"{wanted!r} not shown; the page shows: {text!r}"
        time.sleep(0.2)
    return text


def download_backup(page) -> tuple[set[str], dict]:
    """Click the start notebook's one-click backup link; return the zip's file names and its
    progress.json."""
    link = page.locator(".jp-NotebookPanel:visible a.course-download", has_text="notebooks")
    with page.expect_download() as download:
        link.click()
    with zipfile.ZipFile(download.value.path()) as archive:
        return set(archive.namelist()), json.loads(archive.read("progress.json"))
