#!/usr/bin/env python3
"""Fit the organization model's weights from labeled notices and write organization-weights.tsv.

    python3 tools/fit-organization.py [--shared ../shared] [--write]

Parses the seed corpus (seeds/, hand-made gold), ../shared/wild (hand-made gold) and ../shared/archive (its
publishers' labels, used only where the body names the publisher, as archive.py scores them) with the CLI,
keeping every organization candidate with its features (--candidates 100). A candidate is right when it
matches the labeled organization the way the scorers match it. Fits an L2-regularized conditional logit (one
choice per notice among its candidates and "none"; Newton's method), reports per set: how often the labeled name is among the candidates at
all (the ceiling), accuracy when trained on everything, and 5-fold cross-validated accuracy with folds by
document (so overfitting shows), then, with --write, writes the weights beside the extractor. The notices'
texts stay in ../shared; only the weights are committed.
"""
import argparse, json, math, os, random, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WEIGHTS = os.path.join(REPO, "src/IncidentParsing/Extractors/Organization/organization-weights.tsv")
L2 = 1.0
# The prior the weights shrink towards where the notices say little: the readings' order of trust (the name the
# chain of readings picks) is believed before any notice is seen, every other feature is neutral.
PRIOR = {"chain": 2.0}
FOLDS = 5


def parse(files, out, tokenizer="builtin"):
    cli = os.path.join(REPO, "src/IncidentParsing.Cli/bin/Release/net10.0/incident-parse.dll")
    if not os.path.exists(cli):
        subprocess.run(["dotnet", "build", os.path.join(REPO, "src/IncidentParsing.Cli"), "-c", "Release"], check=True,
                       stdout=subprocess.DEVNULL)
    subprocess.run(["dotnet", cli, "parse", *files, "--candidates", "100", "--tokenizer", tokenizer, "-o", out], check=True,
                   stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as fh:
        return json.load(fh)


def by_document(incidents):
    docs = {}
    for inc in incidents:
        docs.setdefault(os.path.basename(inc["source"]["document"]), []).append(inc)
    return docs


def gold_groups(name, notices_dir, gold_dir, score, tmp, tokenizer):
    """(set, document, candidates, positives) per gold notice that is an incident; positives by score.py's match."""
    files = sorted(os.path.join(notices_dir, f) for f in os.listdir(notices_dir) if f.endswith(".txt"))
    docs = by_document(parse(files, os.path.join(tmp, name + ".json"), tokenizer))
    name += "" if tokenizer == "builtin" else "/" + tokenizer
    groups = []
    for g in sorted(os.listdir(gold_dir)):
        if not g.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, g), encoding="utf-8"))
        pairs, _ = score.align(gold["notices"], docs.get(gold["document"], []))
        for want, got, _ in pairs:
            if got is None or not want.get("isIncident"):
                continue
            labels = {score.norm(o) for o in (want.get("organization") or [])}
            cands = got.get("organizationCandidates") or []
            positive = [bool(labels) and score.norm(c["name"]) in labels for c in cands]
            groups.append((name, gold["document"], cands, positive, bool(labels)))
    return groups


def archive_groups(shared, archive, tmp, tokenizer):
    base = os.path.join(shared, "archive")
    files = sorted(os.path.join(base, "notices", f) for f in os.listdir(os.path.join(base, "notices")))
    docs = by_document(parse(files, os.path.join(tmp, "archive.json"), tokenizer))
    name = "archive" + ("" if tokenizer == "builtin" else "/" + tokenizer)
    groups = []
    for line in open(os.path.join(base, "labels.jsonl"), encoding="utf-8"):
        row = json.loads(line)
        got, want = docs.get(row["document"], []), row["notices"]
        pairs = list(zip(want, got)) if len(got) == len(want) else []
        text = archive.re.sub(r"\s+", "", archive.nfkc(open(os.path.join(base, "notices", row["document"]), encoding="utf-8").read()))
        for w, g in pairs:
            label = w["organization"]
            if not label or not archive.core(label) or not any(a in text for a in archive.alternatives(label)):
                continue
            cands = g.get("organizationCandidates") or []
            groups.append((name, row["document"], cands, [archive.org_match(c["name"], label) for c in cands], True))
    return groups


def fit(groups, names):
    """Newton's method for an L2-regularized conditional logit: one choice per notice among its candidates and
    "none" (the weight named none). A notice whose label matches several candidates (the name with and without
    its legal form) takes any of them as right; a labeled notice whose name is no candidate teaches nothing."""
    index = {n: i for i, n in enumerate(names)}
    none = len(names)
    k = none + 1
    data = []
    for _, _, cands, pos, labeled in groups:
        options = [[(index[f], v) for f, v in c["features"].items() if f in index] for c in cands] + [[(none, 1.0)]]
        if any(pos):
            data.append((options, list(pos) + [False]))
        elif not labeled:
            data.append((options, [False] * len(cands) + [True]))
    prior = [PRIOR.get(n, 0.0) for n in names] + [0.0]
    w = prior[:]
    for _ in range(25):
        grad = [L2 * (w[j] - prior[j]) for j in range(k)]
        hess = [[(L2 if i == j else 0.0) for j in range(k)] for i in range(k)]
        for options, y in data:
            z = [sum(w[j] * v for j, v in o) for o in options]
            top = max(z)
            e = [math.exp(zi - top) for zi in z]
            total = sum(e)
            p = [ei / total for ei in e]
            right = sum(pi for pi, yi in zip(p, y) if yi)
            mean = {}
            for pi, yi, o in zip(p, y, options):
                d = pi - (pi / right if yi else 0.0)
                for j, v in o:
                    grad[j] += d * v
                    mean[j] = mean.get(j, 0.0) + pi * v
                    row = hess[j]
                    for j2, v2 in o:
                        row[j2] += pi * v * v2
            for j, a in mean.items():
                row = hess[j]
                for j2, b in mean.items():
                    row[j2] -= a * b
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-5:
            break
    return dict(zip(names + ["none"], w))


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def logit(weights, features):
    return sum(weights.get(f, 0.0) * v for f, v in features.items())


def choice(weights, cands):
    """The candidate OrganizationExtractor takes (an index) or None, and its probability."""
    z = [logit(weights, c["features"]) for c in cands]
    # As CandidatePool: a page listing many organizations takes only a name a reading found or a statement's subject.
    allowed = [i for i, c in enumerate(cands)
               if "list" not in c["features"] or "unread" not in c["features"] or "subject" in c["features"]]
    best = max(allowed, key=lambda i: (z[i], -i), default=None)
    if best is None:
        return None, 0.0
    none = weights.get("none", 0.0)
    top = max(z + [none])
    total = sum(math.exp(x - top) for x in z) + math.exp(none - top)
    p = math.exp(z[best] - top) / total
    chosen = z[best] > none and p >= weights.get("threshold", 0.0)
    return (best if chosen else None), p


def tally(weights, groups, empty=False):
    """Per set, (notices, right): over the notices with a label (as score.py and archive.py score them), right when
    the chosen candidate is a labeled name; with empty=True, over the incidents whose gold names no organization,
    right when none is chosen."""
    out = {}
    for name, _, cands, pos, labeled in groups:
        if labeled == empty:
            continue
        best, _ = choice(weights, cands)
        ok = (best is None) if empty else (best is not None and pos[best])
        n, r = out.get(name, (0, 0))
        out[name] = (n + 1, r + ok)
    return out


def accuracy(weights, groups, empty=False):
    """Per set, the share of notices right (see tally)."""
    return {k: round(r / n, 3) for k, (n, r) in sorted(tally(weights, groups, empty).items())}


def threshold(weights, groups):
    """The least probability to choose a candidate at all: the one that gets most notices right, labeled ones
    and those whose gold names no organization together."""
    def right(t):
        w = dict(weights, threshold=t)
        return sum(r for empty in (False, True) for _, r in tally(w, groups, empty).values())
    return max((t / 100 for t in range(0, 60, 2)), key=lambda t: (right(t), -t))


def ceiling(groups):
    out = {}
    for name, _, _, pos, labeled in groups:
        if labeled:
            n, r = out.get(name, (0, 0))
            out[name] = (n + 1, r + any(pos))
    return {k: round(r / n, 3) for k, (n, r) in sorted(out.items())}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--write", action="store_true", help="write the weights to organization-weights.tsv")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.shared, "tools"))
    import archive, score  # the scorers' own matching, so the labels mean what the scores mean
    with tempfile.TemporaryDirectory() as tmp:
        groups = []
        # With MeCab too where it is installed, so the features only its tags give (tagged) get their weight.
        for tokenizer in ["builtin"] + (["mecab"] if shutil.which("mecab") else []):
            groups += gold_groups("seeds", os.path.join(REPO, "seeds"), os.path.join(REPO, "seeds", "gold"), score, tmp, tokenizer)
            groups += gold_groups("wild", os.path.join(a.shared, "wild", "notices"), os.path.join(a.shared, "wild", "gold"), score, tmp,
                                  tokenizer)
            groups += archive_groups(a.shared, archive, tmp, tokenizer)
    names = sorted({f for _, _, cands, _, _ in groups for c in cands for f in c["features"]})
    print("features:", len(names), "notices:", len(groups))
    print("ceiling (labeled name among the candidates):", ceiling(groups))
    weights = fit(groups, names)
    weights["threshold"] = threshold(weights, groups)
    print("threshold:", weights["threshold"])
    print("train accuracy:", accuracy(weights, groups), "incidents naming none left empty:", accuracy(weights, groups, empty=True))
    # Folds by document, the same document in the same fold whichever tokenizer read it.
    docs = sorted({(g[0].split("/")[0], g[1]) for g in groups})
    random.Random(17).shuffle(docs)
    fold = {(s + t, d): i % FOLDS for i, (s, d) in enumerate(docs) for t in ("", "/mecab")}
    held = []
    for k in range(FOLDS):
        train = [g for g in groups if fold[(g[0], g[1])] != k]
        w = fit(train, names)
        w["threshold"] = threshold(w, train)
        held += [(g, w) for g in groups if fold[(g[0], g[1])] == k]
    cv, cv_empty = {}, {}
    for g, w in held:
        for s, v in accuracy(w, [g], empty=True).items():
            n, c = cv_empty.get(s, (0, 0))
            cv_empty[s] = (n + 1, c + v)
        r = accuracy(w, [g])
        for s, v in r.items():
            n, c = cv.get(s, (0, 0))
            cv[s] = (n + 1, c + v)
    cv = {s: round(c / n, 3) for s, (n, c) in sorted(cv.items())}
    cv_empty = {s: round(c / n, 3) for s, (n, c) in sorted(cv_empty.items())}
    print(f"{FOLDS}-fold cross-validated accuracy (folds by document):", cv, "left empty:", cv_empty)
    for f, v in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {f:14} {v:+.3f}")
    if a.write:
        with open(WEIGHTS, "w", encoding="utf-8") as out:
            out.write("# The organization model's weights (OrganizationModel): a conditional logit over a notice's candidate names\n")
            out.write("# (their features: CandidatePool, candidate-cues.tsv) and \"none\" of them (the weight named none).\n")
            out.write("# Written by tools/fit-organization.py (L2-regularized) from the seeds' gold, ../shared/wild's gold\n")
            out.write(f"# and ../shared/archive's publisher labels ({len(groups)} notices). Accuracy, trained on all: {accuracy(weights, groups)};\n")
            out.write(f"# {FOLDS}-fold cross-validated: {cv}. Incidents whose gold names no organization left empty: trained on all\n")
            out.write(f"# {accuracy(weights, groups, empty=True)}, cross-validated {cv_empty}.\n")
            out.write("# threshold: the least probability at which the best candidate is taken at all.\n")
            for f in names + ["none", "threshold"]:
                out.write(f"{f}\t{weights[f]:.4f}\n")
        print("wrote", os.path.relpath(WEIGHTS, REPO))


if __name__ == "__main__":
    main()
