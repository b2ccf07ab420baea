// bench/gbench.cc — the benchmark's workloads through Google Benchmark, for
// those who prefer its statistics, repetitions and JSON output to
// bench/driver.c's (`make gbench`, only when libbenchmark-dev is installed).
//
//   make gbench GBENCH_ARGS='--benchmark_filter=fib --benchmark_repetitions=5'
//   make gbench GBENCH_ARGS='--benchmark_out=gb.json --benchmark_out_format=json'
//
// Every dispatcher x workload is registered as WORKLOAD/DISPATCHER, and every
// real program's C version as WORKLOAD/native, through
// benchmark::RegisterBenchmark.  As in bench/driver.c, a workload is checked
// before it is timed (a wrong output skips the benchmark with an error);
// prepare() happens outside the timed loop, and clearing the machine between
// runs is excluded with PauseTiming.  time_per_insn is wall time per executed
// VM instruction (for native code: per VM instruction of the same program).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

extern "C" {
#include "bench/bench.h"
}

namespace {

// Run w once on d (or natively when d is null) and check what it printed.
bool check(workload *w, const dispatcher *d, vm *m, void *prepared, std::string *why)
{
    bench_vm_reset(m, true);
    if (d)
        bench_run_vm(d, m, &w->prog, prepared);
    else
        bench_run_native(w->native, m);
    out_flush(&m->out);
    char msg[400];
    if (workload_check(w, d ? m->result.status : ST_HALT, m->out.total, m->out.hash,
                       d ? m->result.count : -1, 1, msg, sizeof msg) < 0) {
        *why = std::string(w->name) + " on " + (d ? d->name : "native") + ": " + msg;
        return false;
    }
    return true;
}

void run_workload(benchmark::State &state, workload *w, const dispatcher *d)
{
    vm *m = vm_new(&w->prog, INT64_MAX, nullptr);
    void *prepared = d && d->prepare ? d->prepare(&w->prog) : nullptr;
    std::string why;
    if (!m || (d && d->prepare && !prepared)) {
        state.SkipWithError("out of memory");
    } else if (!check(w, d, m, prepared, &why)) {
        state.SkipWithError(why.c_str());
    } else {
        for (auto _ : state) {
            state.PauseTiming();
            bench_vm_reset(m, w->uses_mem);
            state.ResumeTiming();
            if (d)
                bench_run_vm(d, m, &w->prog, prepared);
            else
                bench_run_native(w->native, m);
        }
        // The last timed run must be right too.
        out_flush(&m->out);
        if (d && (m->result.status != ST_HALT || m->result.count != w->count))
            state.SkipWithError("a timed run went wrong");
        // Seconds per VM instruction: an inverted rate (shown as e.g. 2.1ns).
        if (w->count > 0)
            state.counters["time_per_insn"] = benchmark::Counter(
                static_cast<double>(w->count),
                benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
        state.counters["vm_insns"] = static_cast<double>(w->count);
    }
    if (prepared && d->release)
        d->release(prepared);
    vm_free(m);
}

}  // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);    // takes out the --benchmark_* options

    std::vector<const char *> dirs;
    for (int i = 1; i < argc; i++) {
        if (std::strcmp(argv[i], "--programs") == 0 && i + 1 < argc) {
            dirs.push_back(argv[++i]);
        } else {
            std::fprintf(stderr, "gbench: error: unknown option '%s'\n"
                         "usage: gbench [--programs DIR]... [--benchmark_* options]\n", argv[i]);
            return 2;
        }
    }
    if (dirs.empty())
        dirs.push_back("bench/programs");

    for (unsigned i = 0; i < nworkloads; i++) {
        workload *w = &workloads[i];
        char err[600];
        if (workload_load(w, dirs.data(), static_cast<unsigned>(dirs.size()), err, sizeof err) < 0) {
            std::fprintf(stderr, "gbench: error: %s\n", err);
            return 1;
        }
        for (unsigned j = 0; j < ndispatchers; j++) {
            const dispatcher *d = dispatchers[j];
            if (d->unavailable && d->unavailable())
                continue;
            std::string name = std::string(w->name) + "/" + d->name;
            benchmark::RegisterBenchmark(name.c_str(), run_workload, w, d)
                ->Unit(benchmark::kMillisecond)->UseRealTime();
        }
        if (w->native) {
            std::string name = std::string(w->name) + "/native";
            benchmark::RegisterBenchmark(name.c_str(), run_workload, w,
                                         static_cast<const dispatcher *>(nullptr))
                ->Unit(benchmark::kMillisecond)->UseRealTime();
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
