#!/usr/bin/python3
"""The suite's table: one row per report of tests/eval/run_suite.sh (scdiff evaluate --json).

Usage: summarise.py REPORTS_DIR   -> a Markdown table on stdout
Each row: which set (tuning / reporting), task, dataset, the task's main metric for scDiff and for the best
baseline (mean ± sd over the runs), in how many runs scDiff was ahead, and the seconds per run of both.
"""
import glob
import json
import os
import sys


def fmt(mean, sd):
    if mean is None:
        return "n/a"
    return f"{mean:.3f} ± {sd:.3f}" if sd is not None else f"{mean:.3f}"


def main():
    folder = sys.argv[1]
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        r = json.load(open(path))
        name = os.path.basename(path)[:-5]
        which, task, data = name.split("_", 2)
        v = r["verdict"]
        metric = v["metric"]
        methods = {m["method"]: m for m in r["methods"]}
        s, b = methods["scDiff"], methods[v["best_baseline"]]
        rows.append((which, task, data, metric,
                     fmt(s["metrics"][metric], s["sd"].get(metric)),
                     f"{v['best_baseline']} {fmt(b['metrics'][metric], b['sd'].get(metric))}",
                     f"{v['scdiff_ahead']}/{v['runs']}" + (f" ({v['ties']} tied)" if v.get("ties") else ""),
                     f"{s['seconds']:.0f} / {b['seconds']:.1f}",
                     "**scDiff**" if v["scdiff_best"] else "baseline"))
    print("| set | task | data | metric | scDiff | best baseline | scDiff ahead in runs | seconds per run (scDiff / baseline) | higher mean |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
