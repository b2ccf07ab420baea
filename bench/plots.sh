#!/bin/sh
# bench/plots.sh DIR SCRIPT — draw the plots of SCRIPT (a gnuplot file that
# reads its data from the current directory) in DIR, as PNG and SVG.
# GNUPLOT (default gnuplot) names another gnuplot.  Exit status 0 also when
# there is no gnuplot (one note) or it fails (a note, gnuplot.log kept):
# the tables never depend on the plots.
set -u
dir=$1 script=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
GNUPLOT=${GNUPLOT:-gnuplot}
if ! command -v "$GNUPLOT" >/dev/null 2>&1; then
    echo "note: no plots: $GNUPLOT is not installed (apt-get install gnuplot-nox)"
    exit 0
fi
term=png
if "$GNUPLOT" -e 'set terminal' 2>&1 | grep -q pngcairo; then
    term=pngcairo
fi
if (cd "$dir" && "$GNUPLOT" -e "term='$term'" "$script" > gnuplot.log 2>&1); then
    rm -f "$dir/gnuplot.log"
else
    echo "note: gnuplot failed (see $dir/gnuplot.log); the tables are complete"
    exit 1
fi
