#!/usr/bin/env bash
# Runs one libFuzzer target for a number of seconds:
#   Scripts/fuzz.sh TARGET SECONDS      TARGET: csv ofx-sgml ofx-xml camt qif mt940 amount date
# Builds Fuzz/GoalKitFuzz with -sanitize=fuzzer,address into .build-fuzz, seeds the corpus
# from the project's own Samples/ and a few built-in lines, and keeps crashes in
# .build-fuzz/findings/TARGET. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?target: csv ofx-sgml ofx-xml camt qif mt940 amount date}
seconds=${2:-60}
GOALKIT_FUZZ=1 swift build -c release --product GoalKitFuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
corpus=.build-fuzz/corpus/$target
findings=.build-fuzz/findings/$target
mkdir -p "$corpus" "$findings"
case "$target" in
    csv) cp Samples/*.csv "$corpus"/ ;;
    ofx-sgml) cp Samples/checking.ofx "$corpus"/ ;;
    ofx-xml) cp Samples/card.qfx "$corpus"/ ;;
    camt) cp Samples/savings.xml "$corpus"/ ;;
    qif) printf '!Type:Bank\nD03/15/2024\nT-1,250.00\nPLandlord\n^\n' > "$corpus/seed.qif" ;;
    mt940) printf ':20:X\n:25:NL91ABNA0417164300\n:60F:C240228EUR1000,00\n:61:2403010301D12,50NMSCNONREF\n:86:/NAME/Shop/\n:62F:C240301EUR987,50\n' > "$corpus/seed.940" ;;
    amount) printf '%s\n' '1,234.56' '(12.50)' '12.50-' '$120' "11'373.94" > /dev/null
            for s in '1,234.56' '(12.50)' '12.50-' '$120' "11'373.94" ',50' '1 025,53'; do printf '%s' "$s" > "$corpus/$(echo "$s" | md5sum | cut -c1-8)"; done ;;
    date) for s in 2024-02-29 2012-02-31 0000-01-01 2024-13; do printf '%s' "$s" > "$corpus/$s"; done ;;
esac
GOALKIT_FUZZ_TARGET=$target .build-fuzz/release/GoalKitFuzz "$corpus" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix="$findings/" -print_final_stats=1
