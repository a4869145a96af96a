"""The self-check bank: every question is valid, its numbers agree with the facts and the
calculators, and the bank as a whole meets the limits that keep it from being gamed.

Run with ``-s`` to see the statistics table; it is also part of every failure message.
"""

from pathlib import Path

import pytest

from course.clinical import (
    cockcroft_gault,
    corrected_calcium,
    ctcae_calcium_grade,
    hypercalcaemia_severity,
    sins_score,
    zoledronic_acid_dose,
)
from course.facts import fact
from course.questions import bank, get, load_bank
from course.questions.bank import LESSON_IDS, fact_keys, fill, resolve
from course.questions.progress import option_order
from course.questions.stats import (
    bloom_mix,
    correct_positions,
    most_similar_stems,
    per_lesson,
    report,
    share_uniquely_longest,
    share_uniquely_shortest,
)
from course.remodeling import (
    AYATI_2010_TUMOUR,
    KOMAROVA_2003,
    KOMAROVA_2003_CYCLING,
    Therapy,
    simulate,
)
from course.syllabus import LESSONS

LEARNERS = ("ada", "grace", "linus", "student-7f3a", "root")
DATA = Path(__file__).parents[1] / "course" / "questions" / "data"


@pytest.fixture(scope="module")
def questions():
    return bank()


@pytest.fixture(scope="module")
def stats_text(questions):
    text = report(questions, LEARNERS)
    print("\n" + text)
    return text


# --- limits on the whole bank (issue 12) ---------------------------------------------------------


def test_correct_position_is_spread_evenly_for_every_learner(questions, stats_text):
    for learner in LEARNERS:
        counts = correct_positions(questions, learner)
        assert set(counts) == set("ABCD"), stats_text
        assert max(counts.values()) - min(counts.values()) <= 1, stats_text


def test_correct_option_is_rarely_the_odd_one_out_by_length(questions, stats_text):
    assert share_uniquely_longest(questions) <= 0.25, stats_text
    assert share_uniquely_shortest(questions) <= 0.25, stats_text


def test_at_least_half_of_the_bank_is_application_or_analysis(questions, stats_text):
    mix = bloom_mix(questions)
    assert mix["application"] + mix["analysis"] >= len(questions) / 2, stats_text


def test_lessons_01_to_08_each_ask_to_read_a_figure_or_result(questions, stats_text):
    table = per_lesson(questions)
    missing = [n for n in LESSON_IDS if "01" <= n <= "08" and table[n]["figure_or_data"] < 1]
    assert not missing, stats_text


def test_lessons_03_to_09_each_bring_back_an_earlier_lesson(questions, stats_text):
    table = per_lesson(questions)
    missing = [n for n in LESSON_IDS if "03" <= n <= "09" and table[n]["revisiting"] < 1]
    assert not missing, stats_text


def test_no_point_is_asked_twice_in_the_same_words(questions, stats_text):
    ratio, _, _ = most_similar_stems(questions.values())
    assert ratio < 0.6, stats_text
    answers = [q.answer.text.lower() for q in questions.values()]
    assert len(set(answers)) == len(answers)


def test_every_old_self_check_was_migrated(questions):
    notebooks = [Path(item.path).name[:2] for item in LESSONS if item.path.startswith("notebooks/")]
    assert list(LESSON_IDS) == notebooks  # one bank file per lesson of the course map
    # 42 questions came from the notebooks; the bank only grows.
    assert len(questions) >= 42


# --- each question --------------------------------------------------------------------------------


@pytest.mark.parametrize("qid", sorted(bank()))
def test_question_is_valid(qid):
    q = get(qid)
    assert q.lesson in LESSON_IDS and qid.startswith(q.lesson + "-")
    assert len(q.options) >= 3
    assert sum(o.correct for o in q.options) == 1
    assert all(o.explanation.strip() and o.text.strip() for o in q.options)
    assert all(r < q.lesson for r in q.revisits)
    texts = [q.stem] + [t for o in q.options for t in (o.text, o.explanation)]
    assert not any("{fact:" in t or "{" in t for t in texts)


def test_every_template_names_a_known_fact():
    raw = "".join(p.read_text(encoding="utf-8") for p in DATA.glob("*.toml"))
    keys = fact_keys(raw)
    assert len(keys) > 20
    for key in keys:
        fact(key)  # raises ValueError for an unknown key


def test_templates_read_the_facts_table():
    mri = fact("mscc_mri_within")
    assert resolve("mscc_mri_within") == mri.text()
    assert resolve("mscc_mri_within.value") == f"{mri.value:g}"
    incidence = fact("incidence_by_primary").frame().set_index("primary")
    cell = resolve("incidence_by_primary[primary=Melanoma].high_pct")
    assert cell == f"{incidence.loc['Melanoma', 'high_pct']:g}"
    assert fill("about {fact:mscc_mri_within}!") == f"about {mri.text()}!"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("no_such_fact", "unknown fact"),
        ("incidence_by_primary", "is a table"),
        ("incidence_by_primary[primary=Mars].low_pct", "matches 0 rows"),
        ("incidence_by_primary[colour=red].low_pct", "column must be one of"),
        ("incidence_by_primary[primary=Breast].colour", "column must be one of"),
        ("mscc_mri_within[unit=h].value", "single value"),
    ],
)
def test_bad_templates_are_refused_with_the_reason(template, message):
    with pytest.raises(ValueError, match=message):
        resolve(template)


def sample_toml(qid: str, stem: str) -> str:
    """Return one valid ``[[question]]`` entry whose correct option is "A"."""
    options = (("A", "true", "Because."), ("B", "false", "No."), ("C", "false", "No."))
    entry = f'\n[[question]]\nid = "{qid}"\nbloom = "recall"\nkind = "text"\nstem = "{stem}"\n'
    for text, correct, why in options:
        entry += (
            f'[[question.option]]\ntext = "{text}"\ncorrect = {correct}\nexplanation = "{why}"\n'
        )
    return entry


GOOD = sample_toml("03-sample", "Which?")


def _bank_from(tmp_path: Path, body: str, lesson: str = "03") -> dict:
    (tmp_path / f"lesson{lesson}.toml").write_text(f'lesson = "{lesson}"\n{body}')
    return load_bank(tmp_path)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('bloom = "recall"', 'bloom = "remember"', "bloom must be one of"),
        ('kind = "text"', 'kind = "video"', "kind must be one of"),
        ('id = "03-sample"', 'id = "04-sample"', "id must look like '03-"),
        ('stem = "Which?"', 'stem = "Which? {fact:nope}"', "unknown fact"),
        ('stem = "Which?"', 'stem = "Dose 4 mg?"', r"number\(s\) \['4'\]"),
        ('stem = "Which?"', 'stem = "Which?"\nrevisits = ["05"]', "revisits must name earlier"),
        ('stem = "Which?"', 'stem = "Which?"\nlevel = 2', "unknown field"),
        (
            'correct = false\nexplanation = "No."',
            'correct = true\nexplanation = "No."',
            "exactly one",
        ),
        ('explanation = "Because."', 'explanaton = "Because."', "unknown field"),
    ],
)
def test_loader_refuses_a_broken_question(tmp_path, old, new, message):
    assert _bank_from(tmp_path, GOOD)["03-sample"].answer.text == "A"
    with pytest.raises(ValueError, match=message):
        _bank_from(tmp_path, GOOD.replace(old, new, 1))


def test_loader_refuses_two_options_and_duplicate_ids(tmp_path):
    two = GOOD.rsplit("[[question.option]]", 1)[0]
    with pytest.raises(ValueError, match="at least 3"):
        _bank_from(tmp_path, two)
    with pytest.raises(ValueError, match="appears twice"):
        _bank_from(tmp_path, GOOD + GOOD)


def test_loader_refuses_an_unknown_lesson_or_a_misnamed_file(tmp_path):
    with pytest.raises(ValueError, match="lesson must be one of"):
        _bank_from(tmp_path, GOOD, lesson="42")
    (tmp_path / "lesson04.toml").write_text('lesson = "03"\n' + GOOD)
    with pytest.raises(ValueError, match="must be named lesson03.toml"):
        load_bank(tmp_path)


# --- the shuffle ----------------------------------------------------------------------------------


def test_shuffle_is_deterministic_per_learner_and_differs_between_learners(questions):
    for q in questions.values():
        order = option_order(q, "ada", questions)
        assert sorted(order) == list(range(len(q.options)))
        assert option_order(q, "ada", questions) == order
    orders = {
        tuple(tuple(option_order(q, lr, questions)) for q in questions.values()) for lr in LEARNERS
    }
    assert len(orders) == len(LEARNERS)


# --- numbers in the questions agree with the calculators, the model and the facts ----------------


def _answer(qid: str) -> str:
    return get(qid).answer.text


def test_calculated_answers_match_the_calculators():
    ca = corrected_calcium(2.45, 25, "mmol/L")
    assert round(ca, 2) == 2.75 and hypercalcaemia_severity(ca, "mmol/L") == "mild"
    assert _answer("05-corrected-calcium").startswith("2.75 mmol/L: mild")

    assert hypercalcaemia_severity(3.2, "mmol/L") == "moderate"
    assert ctcae_calcium_grade(3.2, "mmol/L") == 3
    assert _answer("04-calcium-tables") == "Moderate by the severity bands; CTCAE grade 3"
    assert hypercalcaemia_severity(3.1, "mmol/L") == "moderate"

    woman = cockcroft_gault(79, 52, 1.1, "female")
    assert round(woman) == 34
    assert _answer("06-zoledronic-renal-dose") == f"{zoledronic_acid_dose(woman):g} mg"
    man = cockcroft_gault(79, 52, 1.1, "male")
    assert round(man) == 40 and zoledronic_acid_dose(man) == 3.3

    sins = sins_score("junctional", "mechanical", "lytic", "normal", "<50%", "none")
    assert sins.total == 10 and sins.category == "potentially unstable"
    assert _answer("07-sins-t12").startswith("SINS 10, potentially unstable")


def test_figure_questions_match_what_the_model_draws():
    cycle = simulate(KOMAROVA_2003, 400)
    assert cycle.osteoclasts.idxmax() < cycle.osteoblasts.idxmax()
    low_day = cycle.day[cycle.bone_mass.idxmin()]
    assert low_day < 30 and cycle.bone_mass.iloc[-1] > 99
    assert _answer("01-cycle-figure").startswith("Osteoclasts peak first")

    untreated = simulate(KOMAROVA_2003_CYCLING, 3650, tumour=AYATI_2010_TUMOUR)
    drug = simulate(
        KOMAROVA_2003_CYCLING,
        3650,
        tumour=AYATI_2010_TUMOUR,
        therapy=Therapy("bisphosphonate", 600),
    )
    assert (drug.tumour - untreated.tumour).abs().max() < 1e-6
    assert drug.bone_mass.iloc[1500] < drug.bone_mass.iloc[600]
    assert drug.bone_mass.iloc[1500] > untreated.bone_mass.iloc[1500]
    assert _answer("03-drug-curves").startswith("Bone mass only")


def test_data_questions_match_the_facts_table():
    incidence = fact("incidence_by_primary").frame()
    widest = incidence.loc[(incidence.high_pct - incidence.low_pct).idxmax(), "primary"]
    assert _answer("02-incidence-chart").startswith(widest)

    acc = fact("imaging_accuracy").frame()
    patient = acc[acc.level == "patient"]
    assert patient.loc[patient.specificity_pct.idxmax(), "modality"] == _answer("05-accuracy-chart")

    trials = fact("denosumab_vs_zoledronic_trials").frame()
    assert (trials.ci_high < 1).all()
    assert trials.loc[trials.ci_high.idxmax(), "trial"] == "Henry 2011"

    safety = fact("bma_safety").frame()
    more_on_zol = safety[safety.zoledronic_pct > safety.denosumab_pct].event.str.capitalize()
    assert set(more_on_zol) == {_answer("06-safety-chart")}

    dutch = fact("dutch_fractionation").frame()
    assert abs(dutch.retreatment_pct.diff().iloc[1]) > abs(dutch.response_pct.diff().iloc[1])
    assert _answer("07-fractionation-figure").startswith("Retreatment")
