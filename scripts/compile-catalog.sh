#!/bin/sh
# Writes Sources/DefaultCatalog/compiled/catalog.bin from Data/catalog: the catalog compiled at
# build time that `policy-wizard` reads instead of parsing YAML on every start. Run it after
# every edit of Data/catalog (a test fails while the file is stale; until then the binary reads
# the YAML, slower but never stale). Run it twice when the catalog model itself changed: the
# first run builds with the old file.
set -eu
cd "$(dirname "$0")/.."
UPDATE_COMPILED_CATALOG=1 swift test --filter CompiledCatalogTests/compiledFileIsTheYAMLCatalog
swift test --filter CompiledCatalogTests
