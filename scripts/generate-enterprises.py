#!/usr/bin/env python3
"""Writes Data/samples/enterprises-1000.csv: 1000 made-up enterprises for `policy-wizard batch`
and its benchmark. Fixed seed, so the file is the same on every run; the standard library only.

Distributions are plausible, not statistics: most enterprises are in Hohhot, Baotou and Ordos;
about a third hold 高新技术企业 status; R&D spending is log-normal, larger in Ordos and Baotou;
a platform or two for some, technology contracts for a few. Columns are profile field names;
a record field is `rd.lastYear`; lists are JSON arrays in the cell (see `policy-wizard batch
--help`). Every row is judged on 2026-06-01 so that the results do not move with the date.
The file is not embedded in the binary (Package.swift excludes it).
"""
import csv
import json
import math
import os
import random

SEED = 20261201
COUNT = 1000
OUT = os.path.join(os.path.dirname(__file__), "..", "Data", "samples", "enterprises-1000.csv")

CITIES = [  # (city, weight, median R&D spending in yuan)
    ("hohhot", 26, 6_000_000), ("baotou", 20, 9_000_000), ("ordos", 20, 12_000_000),
    ("chifeng", 8, 4_000_000), ("hulunbuir", 8, 3_500_000), ("tongliao", 5, 4_000_000),
    ("bayannur", 4, 3_000_000), ("ulanqab", 4, 3_000_000), ("wuhai", 2, 5_000_000),
    ("xilingol", 1, 3_000_000), ("hinggan", 1, 2_500_000), ("alxa", 1, 4_000_000),
]
INDUSTRIES = ["乳业科技", "新材料", "稀土功能材料", "现代煤化工", "光伏装备", "生物医药", "农牧业科技",
              "软件信息", "氢能装备", "节能环保", "检验检测", "智能制造"]
PLATFORMS = ["keyLab", "techInnovationCenter", "engineeringResearchCenter", "enterpriseTechCenter",
             "enterpriseRDCenter", "pilotBase", "newRDInstitution", "academicianWorkstation",
             "postdocStation", "incubator", "makerspace", "proofOfConceptBase"]
LEVELS = [("national", 1), ("region", 4), ("city", 6)]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.uniform(0, total)
    for value, weight in weighted:
        x -= weight
        if x <= 0:
            return value
    return weighted[-1][0]


def wan(rng, median, sigma=0.9):
    """A log-normal sum of money in yuan, rounded to 1万."""
    return int(round(median * math.exp(rng.gauss(0, sigma)) / 10_000)) * 10_000


def enterprise(rng, number):
    city, _, median = pick(rng, [((c, w, m), w) for c, w, m in CITIES])
    applicant = pick(rng, [("enterprise", 92), ("serviceAgency", 4), ("institute", 2),
                           ("university", 2)])
    row = {"enterpriseName": f"{city}-{number:04d} 某{rng.choice(INDUSTRIES)}有限公司",
           "city": city, "applicant": applicant, "asOf": "2026-06-01"}
    if applicant == "enterprise":
        row["aboveScale"] = "true" if rng.random() < 0.4 else "false"
        row["highTech"] = pick(rng, [("none", 58), ("new", 9), ("renewed", 8), ("held", 25)])
        row["techSMEYears"] = pick(rng, [(0, 45), (1, 25), (2, 15), (3, 15)])
        if rng.random() < 0.03:
            row["regionTechLeader"] = "true"
        last = wan(rng, median)
        growth = rng.gauss(0.12, 0.25)
        row["rd.lastYear"] = last
        row["rd.yearBefore"] = max(0, int(round(last / (1 + growth) / 10_000)) * 10_000)
        row["rdSuperDeductionYears"] = pick(rng, [(0, 40), (1, 20), (2, 15), (3, 25)])
    platforms = []
    for _ in range(pick(rng, [(0, 55), (1, 28), (2, 12), (3, 5)])):
        platforms.append({"type": rng.choice(PLATFORMS), "level": pick(rng, LEVELS),
                          "new": rng.random() < 0.35})
    if platforms:
        row["platforms"] = json.dumps(platforms, ensure_ascii=False)
    contracts = []
    for _ in range(pick(rng, [(0, 75), (1, 18), (2, 7)])):
        contracts.append({"amount": wan(rng, 2_000_000, 1.0),
                          "direction": "buy" if rng.random() < 0.45 else "sell"})
    if contracts:
        row["techContracts"] = json.dumps(contracts, ensure_ascii=False)
    if city == "ordos" and rng.random() < 0.08:
        row["firstOfKind"] = json.dumps(
            [{"level": pick(rng, [("national", 1), ("region", 3)]),
              "kind": rng.choice(["equipment", "material", "software", "component"]),
              "unitPrice": wan(rng, 3_000_000)}], ensure_ascii=False)
    if city == "hulunbuir" and rng.random() < 0.1:
        row["ipEnterprise"] = pick(rng, [("regionAdvantage", 3), ("nationalAdvantage", 1)])
    if city == "hohhot" and rng.random() < 0.05:
        row["projectInvestment"] = wan(rng, 30_000_000)
    if rng.random() < 0.04:
        row["unknown"] = "highTech"
        row.pop("highTech", None)
    return row


def main():
    rng = random.Random(SEED)
    rows = [enterprise(rng, n + 1) for n in range(COUNT)]
    columns = ["enterpriseName", "city", "applicant", "aboveScale", "highTech", "techSMEYears",
               "regionTechLeader", "rd.lastYear", "rd.yearBefore", "rdSuperDeductionYears",
               "platforms", "techContracts", "firstOfKind", "ipEnterprise", "projectInvestment",
               "unknown", "asOf"]
    with open(OUT, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
