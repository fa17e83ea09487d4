#!/usr/bin/env bash
# check-format.sh [CLANG_FORMAT]: fails if any of Flux's C++ files is not clang-formatted.
# Fix with: tools/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
fix=0
if [ "${1:-}" = "--fix" ]; then fix=1; shift; fi
clang_format=${1:-clang-format-14}
mapfile -t files < <(git ls-files 'compiler/*.h' 'compiler/*.cpp' 'runtime/*.h' 'runtime/*.cpp' \
  'tools/*.h' 'tools/*.cpp' 'tests/*.h' 'tests/*.cpp' 'bench/*.cpp' 'examples/*.cpp' 'examples/*.c')
if [ ${#files[@]} -eq 0 ]; then echo "no files to check"; exit 0; fi
if [ $fix -eq 1 ]; then
  "$clang_format" -i "${files[@]}"
  echo "formatted ${#files[@]} files"
  exit 0
fi
"$clang_format" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files are clang-formatted"
