# bench/plot.gp — the plots of one benchmark run, as PNG and SVG.
# bench/run.sh runs it inside the results directory:
#     gnuplot -e "term='pngcairo'" bench/plot.gp
# It reads the files bench/driver.c wrote there: plotvars.gp (names, the
# ladder fits), ladder.dat, nsinsn.dat and slowdown.dat.
if (!exists("term")) term = 'pngcairo'
load 'plotvars.gp'
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

    # 1. The NOP ladder: time per iteration against the nops in it; the
    #    slope of each line is the time of one dispatch.
    set output 'ladder.'.fmt
    set title "NOP ladder: time per loop iteration, k nops in the loop (slope = ns per dispatch)\n".machine
    set xlabel "nops per iteration (k)"
    set ylabel "ns per iteration (median, q1-q3)"
    set key left top
    set grid
    set style data linespoints
    plot for [i=1:nd] 'ladder.dat' using 1:(column(3*i-1)):(column(3*i)):(column(3*i+1)) \
            with yerrorbars lc i pt 7 ps 0.7 title value(sprintf("name%d", i)), \
         for [i=1:nd] value(sprintf("a%d", i)) + value(sprintf("b%d", i)) * x \
            with lines lc i notitle
    unset output

    # 2. ns per VM instruction per workload and dispatcher.
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

    # 3. Slow-down against native C, dispatchers and peers, log scale.
    set output 'slowdown.'.fmt
    set title "Slow-down against the same programs in C (time / native time; peers without start-up)\n".machine
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
