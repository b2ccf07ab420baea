# bench/merge.gp — the plot across machines of `make bench-merge`, as PNG
# and SVG.  bench/plots.sh runs it in results/merged/, where bench/results.c
# wrote mergevars.gp (names) and merged.dat (per machine, per dispatcher:
# ns per dispatch when predictable, and on the pattern).
if (!exists("term")) term = 'pngcairo'
load 'mergevars.gp'
set datafile missing "-"
set linetype 9 lc rgb "#555555"
set linetype 10 lc rgb "#a0522d"
set linetype 11 lc rgb "#ff69b4"
set linetype 12 lc rgb "#2e8b57"
set linetype cycle 12
do for [fmt in "png svg"] {
    if (fmt eq "svg") {
        set terminal svg size 1100,800 dynamic font "sans,11"
    } else {
        if (term eq "pngcairo") {
            set terminal pngcairo size 1100,800 font "sans,10"
        } else {
            set terminal png size 1100,800
        }
    }
    set output 'merged.'.fmt
    set multiplot layout 2,1 title "ns per dispatch across machines (medians)"
    set style data histogram
    set style histogram clustered gap 1
    set style fill solid 0.8 border -1
    set key outside right top
    set yrange [0:*]
    set grid ytics
    set xtics noenhanced rotate by -15
    set bmargin 5
    # every machine keeps its place, also where it has no figure
    set xrange [-0.5:nm - 0.5]
    set ylabel "ns per dispatch"
    set title "predictable (NOP ladder, linear part)"
    plot for [i=1:nd] 'merged.dat' using (column(2*i)):xtic(1) title value(sprintf("name%d", i))
    set title "pattern (a simple predictor defeated)"
    plot for [i=1:nd] 'merged.dat' using (column(2*i+1)):xtic(1) title value(sprintf("name%d", i))
    unset multiplot
    unset output
}
