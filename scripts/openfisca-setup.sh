#!/bin/sh
# Builds .venv-openfisca with the OpenFisca versions docs/performance.md compares against.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .venv-openfisca
.venv-openfisca/bin/pip install --quiet 'openfisca-core==46.0.1' 'openfisca-country-template==8.2.0'
.venv-openfisca/bin/python -c 'import openfisca_core, openfisca_country_template; print("openfisca ready")'
