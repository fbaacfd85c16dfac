#!/usr/bin/env bash
# Pre-release only: folds every migration into one Initial per provider after branches merged their model changes.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf src/Infrastructure/Persistence/Migrations
scripts/add-migration.sh Initial
