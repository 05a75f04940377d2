#!/usr/bin/env bash
# Records the public API of a package's project (src/Compliance.Rules unless another project folder is given, such as
# src/Compliance.Rules.Hosting) in PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt, the files that
# Microsoft.CodeAnalysis.PublicApiAnalyzers checks when the library is built with TrackPublicApi=true.
#
#   eng/update-public-api.sh [dir]          declare the current public API: PublicAPI.Unshipped.txt becomes every public symbol
#                                     that PublicAPI.Shipped.txt does not list (its *REMOVED* lines are kept), then the
#                                     library is built with tracking on to prove the files match the code
#   eng/update-public-api.sh [dir] --ship   after a release: move PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt
#
# A symbol that PublicAPI.Shipped.txt lists but the code no longer has stays an error (RS0017) on purpose: removing
# shipped API is a breaking change, to be declared by hand as '*REMOVED*<symbol>' in PublicAPI.Unshipped.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=src/Compliance.Rules
if [[ $# -gt 0 && $1 != --ship ]]; then
  dir=${1%/}
  shift
fi
project=$dir/$(basename "$dir").csproj
shipped=$dir/PublicAPI.Shipped.txt
unshipped=$dir/PublicAPI.Unshipped.txt
header='#nullable enable'

for file in "$shipped" "$unshipped"; do
  [[ -f $file ]] || printf '%s\n' "$header" > "$file"
done

if [[ ${1:-} == --ship ]]; then
  removed=$(grep '^\*REMOVED\*' "$unshipped" | sed 's/^\*REMOVED\*//' || true)
  {
    grep -v -x -F "$header" "$shipped" | grep -v -x -F -f <(printf '%s\n' "$removed") || true
    grep -v -x -F "$header" "$unshipped" | grep -v '^\*REMOVED\*' || true
  } | grep -v '^$' | LC_ALL=C sort -u > "$shipped.tmp"
  { printf '%s\n' "$header"; cat "$shipped.tmp"; } > "$shipped"
  rm "$shipped.tmp"
  printf '%s\n' "$header" > "$unshipped"
  echo "Moved the unshipped API into $shipped."
  exit 0
fi

# Start PublicAPI.Unshipped.txt again from its *REMOVED* lines, then let the analyzer's code fix for RS0016
# ("symbol is not part of the declared public API") add every public symbol not yet declared.
removed_lines=$(grep '^\*REMOVED\*' "$unshipped" || true)
{ printf '%s\n' "$header"; [[ -n $removed_lines ]] && printf '%s\n' "$removed_lines"; } > "$unshipped"
# MSBuild reads environment variables as properties: this turns tracking on for dotnet format's build.
TrackPublicApi=true dotnet format analyzers "$project" --diagnostics RS0016 --severity warn

# The files must now match the code: a build with tracking on has no RS00xx error.
dotnet build "$project" --configuration Release -p:TrackPublicApi=true ${ARTIFACTS_PATH:+--artifacts-path "$ARTIFACTS_PATH"}
echo "$(grep -c -v -x -F "$header" "$shipped" || true) shipped and $(grep -c -v -x -F "$header" "$unshipped" || true) unshipped API lines."
