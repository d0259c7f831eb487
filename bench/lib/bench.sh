# shellcheck shell=bash
# shellcheck disable=SC2154,SC2034  # globals shared with the sourcing script: it sets some, reads others
# Shared pieces of the benchmark scripts (bench/run, bench/load/run): a throwaway durable PostgreSQL cluster, the
# API built in Release and started against it, seeding, the points invariant, CPU accounting per process, and the
# generated blocks of docs/benchmarks.md. Source it after scripts/lib/pg.sh, from a script running with
# `set -euo pipefail` that sets: repo, out (raw outputs), artifacts (dotnet --artifacts-path), members, region,
# db_name, db_role, and optionally bench_tag (log prefix), then `trap cleanup EXIT; trap 'exit 130' INT TERM`.
# BENCH_KEEP=1 keeps the cluster directory (it is always stopped).

log() { printf '[%s %s] %s\n' "${bench_tag:-bench}" "$(date +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------------------------------------- tools

apt_install() {
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
    command -v apt-get >/dev/null 2>&1 || mc_die "missing $*, and apt-get is unavailable to install it"
    log "installing $* with apt-get"
    mc_sudo "${apt[@]}" update -qq >&2 || log "warning: apt-get update reported errors; trying the install anyway"
    mc_sudo "${apt[@]}" install -y -qq --no-install-recommends "$@" >&2 || mc_die "apt-get install $* failed"
}

# ensure_tools TOOL... -> installs the missing ones, finds PostgreSQL (PG_BIN) and makes sure pgbench is there
ensure_tools() {
    local missing=() tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    command -v dotnet >/dev/null 2>&1 || mc_die "the .NET SDK (dotnet) is required"
    ((${#missing[@]} == 0)) || apt_install "${missing[@]}"
    mc_pg_find_bin ""
    if [[ ! -x $PG_BIN/pgbench ]]; then
        apt_install postgresql-contrib
        [[ -x $PG_BIN/pgbench ]] || mc_die "pgbench not found in $PG_BIN even after installing postgresql-contrib"
    fi
}

# ------------------------------------------------------------------------------------ the throwaway world

work=""
cluster=""
pg_port=""
api_pid=""
api_port=""
api_log=""
pg_password=""
hq_key=""
jwt_key=""
branch_key=""
conn_extra="${BENCH_CONN_EXTRA:-}"
counters_pid=""
cleanup() {
    local rc=$?
    set +e
    stop_api
    if [[ -n $cluster ]] && [[ -n $PG_BIN ]]; then
        mc_pg_stop "$cluster" fast 2>/dev/null || mc_pg_stop "$cluster" immediate 2>/dev/null
    fi
    if [[ -n $cluster && -f $cluster/postgres.log && -n ${out:-} && -d ${out:-} ]]; then
        cp "$cluster/postgres.log" "$out/postgres.log"
    fi
    if [[ -n $work && -d $work ]]; then
        if [[ ${BENCH_KEEP:-0} == 1 ]]; then
            log "kept $work"
        else
            rm -rf "$work"
        fi
    fi
    exit "$rc"
}

start_cluster() {
    work=$(mktemp -d /var/tmp/membercard-bench.XXXXXX)
    chmod 711 "$work"
    cluster=$work/pg
    log "creating a throwaway PostgreSQL cluster in $cluster (durable: fsync and synchronous_commit on)"
    mc_pg_init "$cluster" dev
    {
        echo "# --- benchmark: durable, like production ---"
        echo "fsync = on"
        echo "synchronous_commit = on"
        echo "full_page_writes = on"
        echo "max_connections = ${bench_max_connections:-300}"
        echo "shared_buffers = 512MB"
        # no checkpoint in the middle of a 20 s measurement; checkpoints are forced between phases instead
        echo "max_wal_size = 8GB"
        echo "checkpoint_timeout = 30min"
        echo "log_line_prefix = '%m [%p] '"
        # what autovacuum does shows in the server log, to line up with latency spikes
        echo "log_autovacuum_min_duration = 0"
        # extra settings for an experiment, one per line (BENCH_PG_CONF)
        [[ -z ${BENCH_PG_CONF:-} ]] || printf '%s\n' "$BENCH_PG_CONF"
    } | mc_pg_as_owner tee -a "$cluster/data/postgresql.conf" >/dev/null
    pg_port=$(mc_free_port)
    mc_pg_start "$cluster" "$pg_port" || mc_die "could not start PostgreSQL"
    pg_password=$(mc_random_hex 16)
    mc_pg_ensure_role_db "$cluster" "$pg_port" "$db_role" "$pg_password" "$db_name"
    mc_pg_check_tcp "$pg_port" "$db_role" "$pg_password" "$db_name" || mc_die "cannot connect to the benchmark database"
}

superuser_sql() {
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$cluster" -p "$pg_port" -U "$MC_PG_SUPERUSER" -d "$db_name" "$@"
}

app_sql() {
    PGPASSWORD=$pg_password "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U "$db_role" -d "$db_name" "$@"
}

build_api() {
    if [[ ${BENCH_READY_TO_RUN:-0} == 1 ]]; then
        # what the Dockerfile ships: published with ReadyToRun, so the first requests run precompiled code
        log "publishing the API in Release with ReadyToRun (artifacts in $artifacts)"
        DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet publish src/MemberCard.Api -c Release -r linux-x64 \
            --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=false --artifacts-path "$artifacts" \
            -o "$artifacts/publish-r2r" -v quiet -nologo >"$out/build.log" 2>&1 || {
            tail -n 30 "$out/build.log" >&2
            mc_die "dotnet publish failed (full log: $out/build.log)"
        }
        api_dll=$artifacts/publish-r2r/MemberCard.Api.dll
        return 0
    fi
    log "building the API in Release (artifacts in $artifacts)"
    DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet build src/MemberCard.Api -c Release --artifacts-path "$artifacts" \
        -v quiet -nologo >"$out/build.log" 2>&1 || {
        tail -n 30 "$out/build.log" >&2
        mc_die "dotnet build failed (full log: $out/build.log)"
    }
    api_dll=$(find "$artifacts/bin/MemberCard.Api" -path '*/release/*' -name MemberCard.Api.dll -print -quit)
    [[ -n $api_dll ]] || mc_die "built, but MemberCard.Api.dll is not under $artifacts/bin/MemberCard.Api"
}

# start_api NAME [EXTRA-ENV...] -> runs the built API (what `dotnet run -c Release` runs, with the Dockerfile's
# runtime setting DOTNET_TC_CallCountingDelayMs=0; conn_extra is appended to its connection string) and waits for
# /health/ready
start_api() {
    local name=$1 i api_env_extra=()
    shift
    # BENCH_API_ENV: extra VAR=value words for the API process alone (runtime knobs for an experiment)
    read -r -a api_env_extra <<<"${BENCH_API_ENV:-}"
    api_port=$(mc_free_port)
    api_log=$out/api-$name.log
    (
        cd "$(dirname "$api_dll")" || exit 1
        exec env \
            ConnectionStrings__MemberCard="Host=127.0.0.1;Port=$pg_port;Database=$db_name;Username=$db_role;Password=$pg_password$conn_extra" \
            ASPNETCORE_ENVIRONMENT=Production \
            WeChat__Mode=Simulated \
            Database__MigrateOnStartup=true \
            MEMBERCARD_HQ_KEY="$hq_key" \
            Jwt__SigningKey="$jwt_key" \
            RateLimiting__PermitsPerMinute=100000000 \
            Jobs__Enabled=false \
            Logging__LogLevel__Default=Warning \
            DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
            DOTNET_TC_CallCountingDelayMs=0 \
            "${api_env_extra[@]}" "$@" \
            dotnet "$api_dll" --urls "http://127.0.0.1:$api_port"
    ) >"$api_log" 2>&1 &
    api_pid=$!
    for ((i = 0; i < 600; i++)); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$api_port/health/ready" 2>/dev/null; then
            log "API ($name) ready on 127.0.0.1:$api_port (pid $api_pid)"
            [[ ${BENCH_COUNTERS:-0} != 1 ]] || start_counters "$name"
            return 0
        fi
        kill -0 "$api_pid" 2>/dev/null || {
            tail -n 30 "$api_log" >&2
            mc_die "the API exited during start-up (log: $api_log)"
        }
        sleep 0.2
    done
    mc_die "the API did not become ready within 120 s (log: $api_log)"
}

# start_counters NAME -> the API's runtime and Npgsql counters every second into $out/counters-NAME.csv
# (BENCH_COUNTERS=1): GC pauses and collections, JIT activity, thread pool, lock contention, pool connections.
# ASP.NET Core's hosting counters are left out on purpose: listening to them costs the API about 7% of its CPU.
start_counters() {
    local tools=$repo/.local/tools
    if [[ ! -x $tools/dotnet-counters ]]; then
        log "installing dotnet-counters into $tools"
        dotnet tool install dotnet-counters --version 10.0.750501 --tool-path "$tools" >"$out/dotnet-counters-install.log" 2>&1 ||
            mc_die "dotnet tool install dotnet-counters failed (log: $out/dotnet-counters-install.log)"
    fi
    "$tools/dotnet-counters" collect -p "$api_pid" --refresh-interval 1 --format csv -o "$out/counters-$1.csv" \
        --counters System.Runtime,Npgsql >"$out/counters-$1.log" 2>&1 &
    counters_pid=$!
}

stop_api() {
    if [[ -n $counters_pid ]]; then
        kill "$counters_pid" 2>/dev/null || true
        wait "$counters_pid" 2>/dev/null || true
        counters_pid=""
    fi
    if [[ -n $api_pid ]]; then
        kill "$api_pid" 2>/dev/null || true
        wait "$api_pid" 2>/dev/null || true
        api_pid=""
    fi
}

# api METHOD PATH KEY [JSON] -> response body on stdout; fails unless 2xx
api() {
    local method=$1 path=$2 key=$3 body=${4:-}
    local args=(-sS --fail-with-body -X "$method" -H "X-Api-Key: $key" -H 'Accept: application/json')
    [[ -z $body ]] || args+=(-H 'Content-Type: application/json' --data "$body")
    curl "${args[@]}" "http://127.0.0.1:$api_port$path"
}

# open_branches COUNT PREFIX -> opens COUNT branches PREFIX01.. through the API; sets branch_id_list (array),
# branch_ids (uuid[] literal for bench/sql/seed.sql) and first_branch_id
open_branches() {
    local count=$1 prefix=$2 i code
    branch_id_list=()
    for ((i = 1; i <= count; i++)); do
        code=$(printf '%s%02d' "$prefix" "$i")
        branch_id_list+=("$(api POST /api/v1/hq/branches "$hq_key" \
            "{\"code\":\"$code\",\"name\":\"Bench store $i\",\"regionCode\":\"$region\",\"kind\":\"Direct\"}" | jq -r .id)")
    done
    branch_ids=$(IFS=,; echo "{${branch_id_list[*]}}")
    first_branch_id=${branch_id_list[0]}
}

# issue_branch_key BRANCH-CODE -> the secret of a new branch API key on stdout
issue_branch_key() {
    local secret
    secret=$(api POST /api/v1/hq/api-keys "$hq_key" "{\"name\":\"bench till $1\",\"role\":\"Branch\",\"branchCode\":\"$1\"}" | jq -r .secret)
    [[ $secret == mc_br_* ]] || mc_die "could not issue a branch API key for $1"
    printf '%s\n' "$secret"
}

seed() {
    log "seeding $members members with active cards and 1,000 spendable points each"
    local started=$SECONDS
    app_sql -v members="$members" -v region="$region" -v branches="$branch_ids" -f bench/sql/seed.sql
    superuser_sql -c CHECKPOINT
    seed_seconds=$((SECONDS - started))
    log "seeded in ${seed_seconds}s"
}

# sanity_check -> one lookup and one purchase paying 100 seeded points with branch_key, then the invariant
sanity_check() {
    local card receipt
    card=$(app_sql -tA -c "SELECT number FROM membercard.cards ORDER BY number LIMIT 1")
    api GET "/api/v1/branch/cards/lookup?code=$card" "$branch_key" >"$out/sample-lookup.json" ||
        mc_die "a till lookup of seeded card $card failed: $(cat "$out/sample-lookup.json")"
    receipt="sanity-$stamp"
    api POST /api/v1/branch/purchases "$branch_key" \
        "{\"receiptNo\":\"$receipt\",\"code\":\"$card\",\"lines\":[{\"sku\":\"SKU-1\",\"category\":\"grocery\",\"quantity\":2,\"unitPrice\":12.50},{\"sku\":\"SKU-2\",\"category\":\"dairy\",\"quantity\":1,\"unitPrice\":8.90}],\"pointsUsed\":100}" \
        >"$out/sample-commit.json" || mc_die "a purchase commit on seeded card $card failed: $(cat "$out/sample-commit.json")"
    # the seeded points are spendable, and the invariant holds after a real commit
    [[ $(jq -r .pointsUsed "$out/sample-commit.json") == 100 ]] || mc_die "the sanity purchase did not use the seeded points"
    check_invariants "after the sanity purchase"
}

# balance = ledger sum = open lots for every member, nothing negative
check_invariants() {
    local bad
    bad=$(app_sql -tA -c "
        SELECT count(*) FROM membercard.members m
        LEFT JOIN (SELECT member_id, sum(points) s FROM membercard.points_ledger GROUP BY member_id) l ON l.member_id = m.id
        LEFT JOIN (SELECT member_id, sum(remaining) s FROM membercard.points_lots GROUP BY member_id) o ON o.member_id = m.id
        WHERE m.points_balance <> coalesce(l.s, 0) OR m.points_balance <> coalesce(o.s, 0) OR m.points_balance < 0")
    [[ $bad == 0 ]] || mc_die "points invariant broken $1: $bad members with balance <> ledger sum or open lots"
    log "invariant holds $1 (balance = ledger sum = open lots for every member)"
}

# waits until no query of an earlier measurement is still running (cancelled requests can leave some behind)
wait_idle() {
    local i busy
    for ((i = 0; i < 300; i++)); do
        busy=$(superuser_sql -tA -c "SELECT count(*) FROM pg_stat_activity
            WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()")
        [[ $busy != 0 ]] || return 0
        sleep 0.2
    done
    log "warning: $busy queries still running after 60 s; measuring anyway"
}

# ------------------------------------------------------------------------------------- CPU accounting

clk_tck=$(getconf CLK_TCK)

# ticks of one process (utime+stime), optionally with its waited-for children (cutime+cstime)
proc_ticks() {
    local pid=$1 with_children=${2:-0} stat
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || {
        echo 0
        return 0
    }
    stat=${stat##*) }
    # after "pid (comm) ", field 14 of stat is word 12
    awk -v c="$with_children" '{ t = $12 + $13; if (c == 1) t += $14 + $15; print t }' <<<"$stat"
}

# ticks of the whole PostgreSQL server: the postmaster with its exited children, plus the live backends
pg_ticks() {
    local pm child files=()
    pm=$(head -n1 "$cluster/data/postmaster.pid")
    files=("/proc/$pm/stat")
    for child in $(ps -o pid= --ppid "$pm"); do
        files+=("/proc/$child/stat")
    done
    { cat "${files[@]}" 2>/dev/null || true; } |
        awk '{ sub(/^.*\) /, ""); t += $12 + $13; if (NR == 1) t += $14 + $15 } END { print t + 0 }'
}

api_ticks() {
    if [[ -n $api_pid ]]; then proc_ticks "$api_pid"; else echo 0; fi
}

# "busy total" jiffies of the whole machine
machine_ticks() {
    awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; total = busy + $5 + $6; print busy, total; exit }' /proc/stat
}

# ticks of the finished children of this shell (wrk, pgbench): cutime + cstime of the main shell ($$)
children_ticks() {
    local stat
    stat=$(cat "/proc/$$/stat")
    stat=${stat##*) }
    awk '{ print $14 + $15 }' <<<"$stat"
}

cpu_begin() {
    cpu0_api=$(api_ticks)
    cpu0_pg=$(pg_ticks)
    read -r cpu0_busy cpu0_total < <(machine_ticks)
    cpu0_children=$(children_ticks)
    load_before=$(cut -d' ' -f1 /proc/loadavg)
}

# cpu_stop -> takes the end sample (right after the load generator exits, before any parsing)
cpu_stop() {
    cpu1_children=$(children_ticks)
    read -r cpu1_busy cpu1_total < <(machine_ticks)
    cpu1_api=$(api_ticks)
    cpu1_pg=$(pg_ticks)
}

# cpu_end REQUESTS -> sets cpu_api_ms, cpu_pg_ms (per request), cores_api, cores_pg, cores_gen, cores_other
cpu_end() {
    local n=$1
    read -r cpu_api_ms cpu_pg_ms cores_api cores_pg cores_gen cores_other < <(awk \
        -v n="$n" -v api=$((cpu1_api - cpu0_api)) -v pg=$((cpu1_pg - cpu0_pg)) -v gen=$((cpu1_children - cpu0_children)) \
        -v hz="$clk_tck" -v busy=$((cpu1_busy - cpu0_busy)) -v total=$((cpu1_total - cpu0_total)) -v ncpu="$(nproc)" '
        BEGIN {
            wall = total / ncpu / hz; if (wall <= 0) wall = 1
            api_s = api / hz; pg_s = pg / hz; gen_s = gen / hz; busy_s = busy / hz
            other = busy_s - api_s - pg_s - gen_s; if (other < 0) other = 0
            printf "%.3f %.3f %.2f %.2f %.2f %.2f\n", (n > 0 ? api_s * 1000 / n : 0), (n > 0 ? pg_s * 1000 / n : 0),
                api_s / wall, pg_s / wall, gen_s / wall, other / wall
        }')
}

# api_rss_kb -> "current peak" resident memory of the API process in kB (VmRSS, VmHWM from /proc)
api_rss_kb() {
    awk '/^VmRSS:/ { r = $2 } /^VmHWM:/ { h = $2 } END { print r + 0, h + 0 }' "/proc/$api_pid/status" 2>/dev/null || echo "0 0"
}

# ---------------------------------------------------------------------------------------------- results

kv() {
    tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'
}

# tx_log_percentiles DIR -> "p50 p95 p99" in ms of the pgbench transaction logs in DIR, without each client's first
# transaction (a fresh backend loads its catalog caches; the API's pooled connections are warm)
tx_log_percentiles() {
    cat "$1"/tx* | awk '$2 > 0 { print $3 }' | sort -n | awk '
        function at(p,    i) { i = int(NR * p); if (i < 1) i = 1; return v[i] / 1000 }
        { v[NR] = $1 } END {
            if (NR == 0) { print "0 0 0"; exit }
            printf "%.2f %.2f %.2f\n", at(0.50), at(0.95), at(0.99) }'
}

# pgbench_script NAME -> path of bench/pgbench/NAME.sql with the member prelude (bench/pgbench/member.sql) in front,
# written under $out/pgbench/ (pgbench has no include)
pgbench_script() {
    local file=$out/pgbench/$1.sql
    mkdir -p "$out/pgbench"
    cat "$repo/bench/pgbench/member.sql" "$repo/bench/pgbench/$1.sql" >"$file"
    printf '%s\n' "$file"
}

# replace_block TARGET NAME SECTION-FILE -> puts SECTION-FILE (which starts with "<!-- BEGIN NAME" and ends with
# "<!-- END NAME") in place of that block of TARGET, or appends it when TARGET has none
replace_block() {
    local target=$1 name=$2 section=$3 tmp
    tmp=$(mktemp)
    if [[ -f $target ]] && grep -qF "<!-- BEGIN $name" "$target"; then
        awk -v f="$section" -v begin="<!-- BEGIN $name" -v end="<!-- END $name" '
            index($0, begin) == 1 { while ((getline line < f) > 0) print line; skip = 1; next }
            index($0, end) == 1 { skip = 0; next }
            !skip { print }' "$target" >"$tmp"
    else
        { [[ ! -f $target ]] || cat "$target"; echo; cat "$section"; } >"$tmp"
    fi
    cp "$tmp" "$target"
    rm -f "$tmp"
}

# code_line -> the commit measured, for a report
code_line() {
    echo "commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)$(n=$(git -C "$repo" status --porcelain -- src 2>/dev/null | wc -l); ((n == 0)) || echo " with $n uncommitted changes under src/")"
}

# postgres_line -> the server and its durability settings, for a report (fsync_rate from measure_fsync)
postgres_line() {
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'), fsync = on, synchronous_commit = on, full_page_writes = on, shared_buffers = 512MB; raw flush rate of the disk (pg_test_fsync, one 8 kB write): ${fsync_rate:-n/a}"
}

# machine_line -> the machine, for a report
machine_line() {
    echo "$(nproc) CPU ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM; disk under the cluster: $(df -PT "$work" | awk 'NR == 2 { print $2 }')"
}
# raw flush rate of the disk under the cluster: the first lines of pg_test_fsync (fdatasync of one 8 kB write)
measure_fsync() {
    timeout 5 "$PG_BIN/pg_test_fsync" -s 1 -f "$work/fsync.probe" 2>/dev/null |
        awk '/fdatasync/ && /ops\/sec/ { for (i = 1; i <= NF; i++) if ($i == "ops/sec") { print $(i - 1) " fdatasync/s"; exit } }' || true
}
