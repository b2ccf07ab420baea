#!/bin/sh
# splice-generated.sh DOC TABLE: print DOC with the part between the
# "<!-- GENERATED" line and the "<!-- END GENERATED -->" line replaced by
# the file TABLE (which carries both marker lines itself).
awk -v table="$2" '
    /^<!-- GENERATED/ { while ((getline l < table) > 0) print l; skipping = 1; next }
    /^<!-- END GENERATED -->/ { skipping = 0; next }
    !skipping { print }
' "$1"
