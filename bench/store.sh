#!/bin/sh
# bench/store.sh RUN MACHINES — keep a `make bench` run as the stored run of
# its machine kind: RUN (a results folder) is copied to
# MACHINES/NAME/, NAME being the machine_name of its meta.txt
# ("amd-epyc-2core-debian12-gcc12"), replacing what was there.  A QUICK run
# is refused: the docs quote stored runs.  `make bench-store` runs this.
set -eu
run=$1 machines=$2
[ -f "$run/meta.txt" ] || { echo "bench-store: $run/meta.txt is missing: not a run of make bench" >&2; exit 1; }
name=$(sed -n 's/^machine_name: //p' "$run/meta.txt")
quick=$(sed -n 's/^quick: //p' "$run/meta.txt")
case $name in
    ''|*/*|.*) echo "bench-store: $run/meta.txt has no usable machine_name" >&2; exit 1 ;;
esac
if [ "$quick" = yes ]; then
    echo "bench-store: $run is a QUICK run; the stored runs are full ones (make bench-store without QUICK=1)" >&2
    exit 1
fi
dest=$machines/$name
mkdir -p "$machines"
rm -rf "$dest.new"
cp -R "$run/" "$dest.new"
# Keep provenance notes written by hand (PROVENANCE.md) across refreshes.
[ -f "$dest/PROVENANCE.md" ] && cp "$dest/PROVENANCE.md" "$dest.new/"
rm -rf "$dest"
mv "$dest.new" "$dest"
echo "bench-store: $(cd "$run" && pwd) -> $dest/"
