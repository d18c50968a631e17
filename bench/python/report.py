"""Prints bench/run's table (markdown) from the JSON files the run left in its output folder.

    report.py OUT_DIR TESTDATA_DIR

Ratios are PyTorch time / ShapeSense time, both measured in the same bench/run.
"""
import json
import os
import platform
import subprocess
import sys


def load(out, name):
    with open(os.path.join(out, name)) as f:
        return json.load(f)


def jmh(out, name, param):
    """JMH results as {param value: (score in us, error in us)}."""
    scores = {}
    for r in load(out, name):
        m = r["primaryMetric"]
        assert m["scoreUnit"] == "us/op", m["scoreUnit"]
        scores[r["params"][param]] = (m["score"], m["scoreError"])
    return scores


def us(v):
    if v >= 10_000:
        return f"{v / 1000:,.0f} ms"
    if v >= 1_000:
        return f"{v / 1000:,.2f} ms"
    if v >= 10:
        return f"{v:,.0f} us"
    return f"{v:.2f} us"


def met(ok):
    return "yes" if ok else "**no**"


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    load = open("/proc/loadavg").read().split()[:3]
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB; {platform.platform()}; "
            f"{java[1] if len(java) > 1 else java[0]}; load average at the end {' '.join(load)}")


def main():
    out, testdata = sys.argv[1], sys.argv[2]
    rows = []
    meta = jmh(out, "meta.json", "model")
    torch = load(out, "torch.json")
    labels = {
        "Net": "seed Net, [1024, 3, 32, 32]",
        "ResNet50": "ResNet-50, [8, 3, 224, 224]",
        "TransformerEncoder": "Transformer encoder 12x(768, 12 heads), [8, 512, 768]",
    }
    for name, label in labels.items():
        s, _ = meta[name]
        p = torch["models"][name]["median_us"]
        ratio = p / s
        rows.append(["1", f"META forward: {label}", us(s), "", us(p), f"{ratio:,.0f}x", ">= 50x", met(ratio >= 50)])

    analyzer = jmh(out, "analyzer.json", "file")
    for f in sorted(analyzer):
        s, _ = analyzer[f]
        target, ok = ("< 1 ms", met(s < 1000)) if f == "Net.java" else ("", "")
        rows.append(["2", f"analyze testdata/models/{f}", us(s), "", "", "", target, ok])

    gen = jmh(out, "generated.json", "model")
    for key in sorted(gen, key=lambda k: (k.split(":")[0] != "lines", int(k.split(":")[1]))):
        kind, n = key.split(":")
        s, _ = gen[key]
        n = int(n)
        if kind == "lines":
            rows.append(["2", f"analyze a generated {n:,}-line model", us(s), "", "", "", "", ""])
        else:
            target, ok = ("< 200 ms", met(s < 200_000)) if n == 10_000 else ("flat", "")
            rows.append(["2", f"analyze a generated {n:,}-layer model", us(s), f"{s / n:.2f} us", "", "", target, ok])

    trace = load(out, "trace.json")
    rows.append(["3", f"`shapesense trace` of 1,000 generated files, one process ({trace['lines']} models)",
                 f"{trace['median_wall_ms'] / 1000:.2f} s, peak RSS {trace['max_peak_rss_mib']:.0f} MiB",
                 "", "", "", "< 5 s", met(trace["median_wall_ms"] < 5000)])
    launched = load(out, "trace-launcher.json")
    rows.append(["3", "the same through `./shapesense` (C1, parallel GC, AppCDS archive)",
                 f"{launched['median_wall_ms'] / 1000:.2f} s, peak RSS {launched['max_peak_rss_mib']:.0f} MiB",
                 "", "", "", "< 5 s", met(launched["median_wall_ms"] < 5000)])
    cold = load(out, "cold.json")
    rows.append(["4", "`shapesense trace Net.java`, cold JVM (median of 10)",
                 f"{cold['median_wall_ms']:.0f} ms, peak RSS {cold['max_peak_rss_mib']:.0f} MiB",
                 "", "", "", "", ""])
    cds = load(out, "cold-cds.json")
    rows.append(["4", "`./shapesense trace Net.java` (AppCDS archive from its first run, C1, parallel GC)",
                 f"{cds['median_wall_ms']:.0f} ms, peak RSS {cds['max_peak_rss_mib']:.0f} MiB",
                 "", "", "", "< 800 ms", met(cds["median_wall_ms"] < 800)])
    rows.append(["4", "language server: cold start to first diagnostics; edit -> hints p50/p99",
                 "from the language-server benchmark (server issue)", "", "", "", "< 800 ms; p99 < 50 ms", ""])

    head = ["#", "benchmark", "ShapeSense", "per layer", "PyTorch meta (median)", "PyTorch / ShapeSense", "target", "met"]
    print(f"Machine: {machine()}; PyTorch {torch['torch']}, torchvision {torch['torchvision']}")
    print()
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
