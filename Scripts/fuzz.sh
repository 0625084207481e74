#!/usr/bin/env bash
# Runs libFuzzer targets, each for a number of seconds:
#   Scripts/fuzz.sh [--seconds N] [TARGET...]   TARGET: csv ofx-sgml ofx-xml camt qif mt940 amount date (default all)
# Builds Fuzz/GoalKitFuzz once with -sanitize=fuzzer,address into .build-fuzz, seeds each
# corpus from the project's Samples/, the conformance files (../shared/conformance/fixtures,
# when present) and a few built-in lines, gives libFuzzer Fuzz/extreme-numbers.dict, and keeps
# crashes in .build-fuzz/findings/TARGET. Fails when any target finds a crash. CI runs every
# target for 10 seconds; long runs are for a session's note. FUZZ_SKIP_BUILD=1 reuses the
# binary (to run several targets at once after one build).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
if [ "${1:-}" = "--seconds" ]; then
    seconds=${2:?--seconds takes a number}
    shift 2
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv ofx-sgml ofx-xml camt qif mt940 amount date)
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    GOALKIT_FUZZ=1 swift build -c release --product GoalKitFuzz --scratch-path .build-fuzz \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
fi
conformance=../shared/conformance/fixtures
seed() {
    local corpus=$1 folder=$2
    shift 2
    for file in "$@"; do [ -f "$file" ] && cp "$file" "$corpus"/; done
    if [ -n "$folder" ] && [ -d "$conformance/$folder" ]; then cp "$conformance/$folder"/* "$corpus"/ 2>/dev/null || true; fi
}
failed=0
for target in "${targets[@]}"; do
    corpus=.build-fuzz/corpus/$target
    findings=.build-fuzz/findings/$target
    mkdir -p "$corpus" "$findings"
    case "$target" in
        csv) seed "$corpus" csv Samples/*.csv ;;
        ofx-sgml) seed "$corpus" ofx1 Samples/checking.ofx ;;
        ofx-xml) seed "$corpus" ofx2 Samples/card.qfx ;;
        camt) seed "$corpus" camt Samples/savings.xml ;;
        qif) seed "$corpus" qif
             printf '!Type:Bank\nD03/15/2024\nT-1,250.00\nPLandlord\n^\n' > "$corpus/seed.qif" ;;
        mt940) seed "$corpus" mt940
               printf ':20:X\n:25:NL91ABNA0417164300\n:60F:C240228EUR1000,00\n:61:2403010301D12,50NMSCNONREF\n:86:/NAME/Shop/\n:62F:C240301EUR987,50\n' > "$corpus/seed.940"
               printf '{1:F01BANKNL2AXXXX0000000000}{2:O9400000000000BANKNL2AXXXXN}{4:\n:20:X\n:25:A\n:60F:C240101EUR1,00\n:61:240102C1.50NTRFNONREF\n:62F:C240102EUR2,50\n-}{5:{CHK:0}}\n' > "$corpus/envelope.940" ;;
        amount) for s in '1,234.56' '(12.50)' '12.50-' '$120' "11'373.94" ',50' '1 025,53' '99999999.99' '-9223372036854775808'; do
                    printf '%s' "$s" > "$corpus/$(printf '%s' "$s" | md5sum | cut -c1-8)"
                done ;;
        date) for s in 2024-02-29 2012-02-31 0000-01-01 2024-13 9999-12-31 1899-12-31; do printf '%s' "$s" > "$corpus/$s"; done ;;
        *) echo "unknown target $target" >&2; exit 64 ;;
    esac
    echo "== $target: $(ls "$corpus" | wc -l) seeds, ${seconds}s" >&2
    if ! GOALKIT_FUZZ_TARGET=$target .build-fuzz/release/GoalKitFuzz "$corpus" -max_total_time="$seconds" \
        -max_len=65536 -dict=Fuzz/extreme-numbers.dict -artifact_prefix="$findings/" -print_final_stats=1 \
        2> ".build-fuzz/$target.log"; then
        tail -40 ".build-fuzz/$target.log" >&2
        failed=1
    fi
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' ".build-fuzz/$target.log" >&2 || true
    echo "   corpus now $(ls "$corpus" | wc -l) files" >&2
done
exit $failed
