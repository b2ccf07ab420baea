#!/bin/sh
# make new-dispatch NAME=foo: create dispatch/foo/foo.c from
# dispatch/template.c.in (a working copy of switch dispatch) and its
# flags.mk from switch's.
set -eu
name=${1:-}
here=$(cd "$(dirname "$0")" && pwd)
case $name in
    "") echo "usage: make new-dispatch NAME=foo   (a lower-case C identifier)" >&2; exit 2 ;;
    *[!a-z0-9_]*|[0-9_]*) echo "new-dispatch: '$name' is not a valid name: use lower-case letters, digits and _, starting with a letter" >&2; exit 2 ;;
esac
if [ -e "$here/$name" ]; then
    echo "new-dispatch: dispatch/$name already exists" >&2
    exit 2
fi
mkdir "$here/$name"
sed "s/@NAME@/$name/g" "$here/template.c.in" > "$here/$name/$name.c"
sed "s/DISPATCH_CFLAGS_switch/DISPATCH_CFLAGS_$name/" "$here/switch/flags.mk" > "$here/$name/flags.mk"
echo "created dispatch/$name/$name.c and flags.mk (a copy of switch dispatch)."
echo "next: make test; build/vm -d $name examples/lecture.vm; make asm; then read docs/exercise.md"
