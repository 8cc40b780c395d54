#!/usr/bin/env python3
"""The OpenFisca side of docs/performance.md, run with .venv-openfisca/bin/python.

  openfisca_bench.py single      one household, cold: what `hyperfine` times as a whole process
  openfisca_bench.py batch N     N households in one process, one simulation each (as
                                 `policy-wizard batch` evaluates row by row), then the same N
                                 households as one vectorised simulation; prints both times
  openfisca_bench.py loop N      only the one-by-one part, for `hyperfine` (whole process)
  openfisca_bench.py vector N    only the vectorised part, for `hyperfine` (whole process)
"""
import sys
import time

from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_country_template import CountryTaxBenefitSystem

PERIOD = "2017-01"
VARIABLES = ["income_tax", "social_security_contribution", "basic_income", "housing_allowance",
             "disposable_income", "housing_tax"]


def situation(i):
    return {
        "persons": {f"p{i}": {"salary": {PERIOD: 1000 + (i * 37) % 5000},
                              "age": {PERIOD: 20 + i % 50}}},
        "households": {f"h{i}": {"adults": [f"p{i}"], "rent": {PERIOD: 300 + i % 700},
                                 "housing_occupancy_status": {PERIOD: "tenant"}}},
    }


def evaluate(system, i):
    simulation = SimulationBuilder().build_from_entities(system, situation(i))
    return [simulation.calculate(name, PERIOD if name != "housing_tax" else "2017").sum()
            for name in VARIABLES]


def vectorised(system, n):
    persons = {f"p{i}": situation(i)["persons"][f"p{i}"] for i in range(n)}
    households = {f"h{i}": situation(i)["households"][f"h{i}"] for i in range(n)}
    simulation = SimulationBuilder().build_from_entities(
        system, {"persons": persons, "households": households})
    return [simulation.calculate(name, PERIOD if name != "housing_tax" else "2017").sum()
            for name in VARIABLES]


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "single"
    start = time.perf_counter()
    system = CountryTaxBenefitSystem()
    if mode == "single":
        print(evaluate(system, 1))
        return
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    if mode == "loop":
        for i in range(n):
            evaluate(system, i)
        return
    if mode == "vector":
        vectorised(system, n)
        return
    loaded = time.perf_counter()
    for i in range(n):
        evaluate(system, i)
    looped = time.perf_counter()
    vectorised(system, n)
    done = time.perf_counter()
    print(f"load {loaded - start:.3f} s; {n} households one by one {looped - loaded:.3f} s "
          f"({n / (looped - loaded):.0f}/s); vectorised {done - looped:.3f} s")


if __name__ == "__main__":
    main()
