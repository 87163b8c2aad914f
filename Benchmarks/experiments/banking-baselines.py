#!/usr/bin/env python3
"""BANKING77 baselines under the product's own protocol: 5-fold cross-validation on train.csv.

Usage: python3 Benchmarks/experiments/banking-baselines.py DATASETS_DIR   (needs PyPI's scikit-learn; not part of the product)

TF-IDF word 1-2-grams plus character n-grams (sublinear, L2-normalized per block), with scikit-learn's LinearSVC and
LogisticRegression, on stratified folds (seed 0). Prints top-1 accuracy for each, to compare with
`helpdesk kb test --folds 5` on the imported KB (Benchmarks/matcher-benchmark.sh).
"""
import csv, sys
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

rows = list(csv.DictReader(open(f"{sys.argv[1]}/banking77/train.csv", newline="")))
texts = [r["question"] for r in rows]
labels = np.array([r["entry"] for r in rows])
features = {"words 1-2 + char_wb 2-5": [("word", (1, 2)), ("char_wb", (2, 5))],
            "words 1-2 + chars 3-5": [("word", (1, 2)), ("char", (3, 5))]}
models = {"LinearSVC C=1": lambda: LinearSVC(C=1), "LinearSVC C=0.5": lambda: LinearSVC(C=0.5),
          "LogisticRegression C=10": lambda: LogisticRegression(C=10, max_iter=2000),
          "LogisticRegression C=30": lambda: LogisticRegression(C=30, max_iter=2000)}
folds = StratifiedKFold(5, shuffle=True, random_state=0)
for name, blocks in features.items():
    scores = {m: [] for m in models}
    for train, test in folds.split(texts, labels):
        vectorizers = [TfidfVectorizer(analyzer=kind, ngram_range=span, sublinear_tf=True) for kind, span in blocks]
        a = hstack([v.fit_transform([texts[i] for i in train]) for v in vectorizers]).tocsr()
        b = hstack([v.transform([texts[i] for i in test]) for v in vectorizers]).tocsr()
        for m, make in models.items():
            model = make().fit(a, labels[train])
            scores[m].append((model.predict(b) == labels[test]).mean())
    for m, s in scores.items():
        print(f"{name:26} {m:24} {100 * np.mean(s):.2f}%", flush=True)
