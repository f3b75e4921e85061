#!/usr/bin/env bash
# Regenerates sitrep's bundled gazetteer resources in sitrep-core/src/main/resources/org/sitrep/geo/:
# gazetteer.tsv.gz, countries.tsv and (when an English word list is installed) toponym-common-words.txt.
# Usage: tools/build-gazetteer.sh [geonames-dir] [cities-file]
#   geonames-dir  holds cities500.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.tsv
#                 (default: ../shared/data/geonames next to the checkout)
#   cities-file   default cities500.txt; allCountries.txt or a country file (IQ.txt) works too,
#                 but the result may be too large to ship (see the NOTICE and the package javadoc)
# The word list is /usr/share/dict/words from Debian's wamerican (apt-get install wamerican);
# without it the committed toponym-common-words.txt is kept.
# Data: GeoNames (https://www.geonames.org), CC BY 4.0.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
geonames="${1:-$root/../shared/data/geonames}"
cities="${2:-cities500.txt}"
out="$root/sitrep-core/src/main/resources/org/sitrep/geo"
words=/usr/share/dict/words
cd "$root"
# The builder needs only the model and geo packages: compile them alone, so that work in progress
# elsewhere in the module cannot break this tool.
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -encoding UTF-8 -d "$classes" sitrep-core/src/main/java/org/sitrep/model/*.java sitrep-core/src/main/java/org/sitrep/geo/*.java
cp -r sitrep-core/src/main/resources/org "$classes/"
args=("$geonames" "$out" "$cities")
if [ -r "$words" ]; then
  args+=("$words")
fi
java -Xmx2g -cp "$classes" org.sitrep.geo.GazetteerBuilder "${args[@]}"
ls -l "$out"/gazetteer.tsv.gz "$out"/countries.tsv "$out"/toponym-common-words.txt

# GDELT-style exports name countries by FIPS 10-4 code (sitrep-store's GdeltExporter): ISO alpha-3 →
# FIPS from the same countryInfo, for the countries that have a FIPS code.
fips="$root/sitrep-store/src/main/resources/org/sitrep/export/fips-countries.tsv"
{
  printf '# iso3\tfips  (GeoNames countryInfo, CC BY 4.0; written by tools/build-gazetteer.sh)\n'
  grep -v '^#' "$geonames/countryInfo.tsv" | awk -F'\t' '$2 != "" && $4 != "" { print $2 "\t" $4 }' | sort
} > "$fips"
wc -l "$fips"
