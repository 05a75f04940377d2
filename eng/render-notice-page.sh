#!/usr/bin/env bash
# Renders the first page of the bundled sample's notice draft (evaluate --format docx) to docs/notice-draft-page1.png,
# the picture the README shows: docx → PDF with LibreOffice, PDF → PNG with pdftoppm (poppler-utils).
#
#   eng/render-notice-page.sh            needs: the .NET SDK, soffice (LibreOffice Writer), pdftoppm, CJK fonts
#
# The official fonts (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312) are Windows fonts. A fontconfig file made here maps
# them to free ones for this rendering only: the Song-style ones to AR PL UMing CN (fonts-arphic-uming) and Noto Serif
# CJK SC, 楷体 to AR PL UKai CN (fonts-arphic-ukai), 黑体 to Noto Sans CJK SC (fonts-noto-cjk). On Debian:
#   apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai
set -euo pipefail
cd "$(dirname "$0")/.."

for command in soffice pdftoppm dotnet; do
  command -v "$command" > /dev/null || { echo "error: $command is not installed" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet run --project src/Compliance.Rules.Cli -c Release -- evaluate --rules builtin:xjbt-2024 \
  --facts rules/xjbt-2024/samples/2024q2 --as-of 2024-06-27 --format docx --out "$work/notice.docx"

alias() { printf '  <alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$1" "$2"; }
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
  echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  alias '仿宋_GB2312' 'AR PL UMing CN'
  alias '方正小标宋简体' 'Noto Serif CJK SC'
  alias '楷体_GB2312' 'AR PL UKai CN'
  alias '黑体' 'Noto Sans CJK SC'
  alias '宋体' 'AR PL UMing CN'
  echo '</fontconfig>'
} > "$work/fonts.conf"

# A profile of its own, so that a LibreOffice the user has open is neither used nor disturbed.
FONTCONFIG_FILE="$work/fonts.conf" soffice --headless "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/notice.docx" > /dev/null
mkdir -p docs
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/notice.pdf" docs/notice-draft-page1
echo "wrote docs/notice-draft-page1.png"
