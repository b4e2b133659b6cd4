"""Accuracy on the hand-labelled sets (`make eval`), and the scoring rules the tests hold the tagger to.

scoring.py       tagging scored against a labelled set: pure Python, so any system's output can be scored
eval_tagging.py  the tagger on every labelled set, beside textacy's quotation rules
                 (python -m bench.accuracy.eval_tagging)
eval_pickup.py   release pickup on its labelled pairs (python -m bench.accuracy.eval_pickup)
"""
