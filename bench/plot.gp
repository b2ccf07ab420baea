# bench/plot.gp — the plots of one benchmark run, as PNG and SVG.
# bench/plots.sh runs it inside the results directory:
#     gnuplot -e "term='pngcairo'" bench/plot.gp
# It reads the files bench/driver.c wrote there: plotvars.gp (names, the
# ladder fits), comparison.dat, ladder.dat, nsinsn.dat and slowdown.dat.
if (!exists("term")) term = 'pngcairo'
load 'plotvars.gp'
set datafile missing "-"
# more distinct colours than the default eight: dispatchers and peers
set linetype 9 lc rgb "#555555"
set linetype 10 lc rgb "#a0522d"
set linetype 11 lc rgb "#ff69b4"
set linetype 12 lc rgb "#2e8b57"
set linetype cycle 12

do for [fmt in "png svg"] {
    if (fmt eq "svg") {
        set terminal svg size 1100,650 dynamic font "sans,11"
    } else {
        if (term eq "pngcairo") {
            set terminal pngcairo size 1100,650 font "sans,10"
        } else {
            set terminal png size 1100,650
        }
    }

    # 1. The comparison: ns per dispatch, predictable and with a simple
    #    predictor defeated, in the VM and in isolation.
    set output 'comparison.'.fmt
    set title "What a dispatch costs: ns per dispatch (medians)\n".machine
    set xlabel ""
    set ylabel "ns per dispatch"
    set key below
    set style data histogram
    set style histogram clustered gap 1
    set style fill solid 0.8 border -1
    set yrange [0:*]
    set grid ytics
    if (have_ertl) {
        plot 'comparison.dat' using 2:xtic(1) title "predictable (NOP ladder)", \
             '' using 3 title "pattern (simple predictor defeated)", \
             '' using 4 title "pattern, isolated program", \
             '' using 5 title "Ertl's benchmark"
    } else {
        plot 'comparison.dat' using 2:xtic(1) title "predictable (NOP ladder)", \
             '' using 3 title "pattern (simple predictor defeated)", \
             '' using 4 title "pattern, isolated program"
    }
    unset output
    set style fill empty

    # 2. The NOP ladder: every rung, k on a log scale (k = 0 drawn at 0.5);
    #    each line is the least-squares fit over the linear part, drawn
    #    over the rungs it was fitted to.
    set output 'ladder.'.fmt
    set title "NOP ladder: time per loop iteration with k nops in the loop (line: fit over the linear part, slope = ns per dispatch)\n".machine
    set xlabel "nops per iteration (k, log scale)"
    set ylabel "ns per iteration (median, q1-q3)"
    set key inside left top
    set grid
    set logscale x 2
    set xrange [0.4:80]
    set xtics ("0" 0.5, "1" 1, "2" 2, "4" 4, "8" 8, "16" 16, "32" 32, "64" 64)
    set yrange [0:*]
    set samples 200
    set style data linespoints
    plot for [i=1:nd] 'ladder.dat' using 1:(column(3*i-1)):(column(3*i)):(column(3*i+1)) \
            with yerrorbars lc i pt 7 ps 0.7 title value(sprintf("name%d", i)), \
         for [i=1:nd] (x >= value(sprintf("from%d", i)) && x <= value(sprintf("to%d", i)) ? \
                       value(sprintf("a%d", i)) + value(sprintf("b%d", i)) * x : 1/0) \
            with lines lc i notitle
    unset logscale x
    set xrange [*:*]
    set xtics autofreq
    unset output

    # 3. ns per VM instruction per workload and dispatcher.
    set output 'nsinsn.'.fmt
    set title "ns per VM instruction (median, error bars q1-q3)\n".machine
    set xlabel ""
    set ylabel "ns per VM instruction"
    set key outside right top
    set style data histogram
    set style histogram errorbars gap 1 lw 1
    set style fill solid 0.8 border -1
    set yrange [0:*]
    set grid ytics
    plot for [i=1:nd] 'nsinsn.dat' using (column(3*i-1)):(column(3*i)):(column(3*i+1)):xtic(1) \
            title value(sprintf("name%d", i))
    unset output

    # 4. Slow-down against native C, dispatchers and peers, log scale.
    set output 'slowdown.'.fmt
    set title "Slow-down against the same programs in C (time / native time)\n".machine
    set ylabel "times slower than native (log scale)"
    set key outside right top
    set logscale y
    set yrange [1:*]
    plot for [i=1:ns] 'slowdown.dat' using (column(3*i-1)):(column(3*i)):(column(3*i+1)):xtic(1) \
            title value(sprintf("sname%d", i))
    unset logscale y
    set yrange [*:*]
    unset output
    set style fill empty
}
