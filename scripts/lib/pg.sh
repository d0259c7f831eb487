# shellcheck shell=bash
# Shared helpers for scripts/run and scripts/test: private PostgreSQL clusters and small utilities.
# Source it from a script that already runs with `set -euo pipefail`.
#
# A cluster lives in one directory CLUSTER, owned by the server's OS user:
#   CLUSTER/data           PGDATA
#   CLUSTER/postgres.log   server log
#   CLUSTER/.s.PGSQL.PORT  unix socket (the superuser `postgres` connects through it; trust auth is safe
#                          because CLUSTER is mode 700, so only its owner and root can reach the socket)
# Applications connect over TCP to 127.0.0.1 with a password (scram-sha-256).

MC_PG_SUPERUSER=postgres
PG_BIN=""

mc_log() { printf '%s\n' "$*" >&2; }
mc_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# mc_random_hex BYTES -> 2*BYTES lowercase hex chars
mc_random_hex() {
    od -An -vtx1 -N "$1" /dev/urandom | tr -d ' \n'
}

# mc_random_urlsafe40 -> 40 chars of [A-Za-z0-9_-] (30 random bytes, base64url, no padding)
mc_random_urlsafe40() {
    head -c 30 /dev/urandom | base64 -w0 | tr '+/' '-_'
}

# mc_secret_file FILE GENERATOR... -> prints the content of FILE, creating it (mode 600) on first use
mc_secret_file() {
    local file=$1
    shift
    if [[ ! -s $file ]]; then
        local value
        value=$("$@")
        (umask 077 && printf '%s\n' "$value" >"$file.tmp.$$") && mv -f "$file.tmp.$$" "$file"
    fi
    chmod 600 "$file"
    head -n1 "$file" | tr -d '\r\n'
}

# The OS user that owns and runs clusters: postgres when we are root (PostgreSQL refuses root),
# otherwise the current user.
mc_pg_os_user() {
    if [[ $(id -u) -eq 0 ]]; then echo postgres; else id -un; fi
}

# mc_pg_as_owner CMD... runs CMD as the cluster owner, from / so the owner never needs our cwd.
mc_pg_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

# mc_pg_owner_can_use DIR -> true when the cluster owner can traverse every component of DIR's path
mc_pg_owner_can_use() {
    mc_pg_as_owner test -x "$1" 2>/dev/null
}

mc_sudo() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n "$@"
    else
        mc_die "need root (or passwordless sudo) to run: $*"
    fi
}

mc_pg_install() {
    command -v apt-get >/dev/null 2>&1 ||
        mc_die "PostgreSQL server binaries not found and apt-get is unavailable; install PostgreSQL (>= 15) or set the connection string yourself"
    mc_log "PostgreSQL server binaries not found: installing the Debian package 'postgresql' (takes a minute)..."
    local before="" apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
    before=$(mc_pg_online_debian_clusters)
    mc_sudo "${apt[@]}" update -qq >&2 || mc_log "warning: apt-get update reported errors; trying the install anyway"
    mc_sudo "${apt[@]}" install -y -qq --no-install-recommends postgresql >&2 ||
        mc_die "apt-get install postgresql failed"
    # Without systemd, Debian's package creates and starts a 'main' cluster on 5432. We use private
    # clusters only, so stop what the install itself started rather than leave a stray server behind.
    if [[ ! -d /run/systemd/system ]]; then
        local cluster
        while read -r cluster; do
            [[ -n $cluster ]] || continue
            grep -qxF "$cluster" <<<"$before" && continue
            # shellcheck disable=SC2086  # "version name"
            mc_sudo pg_ctlcluster $cluster stop >/dev/null 2>&1 || true
        done <<<"$(mc_pg_online_debian_clusters)"
    fi
}

# "version name" of each online cluster that Debian's postgresql-common manages
mc_pg_online_debian_clusters() {
    if command -v pg_lsclusters >/dev/null 2>&1; then
        pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1, $2 }'
    fi
    return 0
}

# mc_pg_find_bin [MAJOR] -> sets PG_BIN to /usr/lib/postgresql/<v>/bin (MAJOR if given and present,
# else the highest version), installing PostgreSQL when no server binaries are found.
mc_pg_find_bin() {
    local want=${1:-} dir best="" bestver=0 v
    if [[ -z $(mc_pg_list_bins) ]]; then
        mc_pg_install
    fi
    while read -r dir; do
        v=${dir#/usr/lib/postgresql/}
        v=${v%%/*}
        [[ $v =~ ^[0-9]+$ ]] || continue
        if [[ -n $want && $v == "$want" ]]; then
            best=$dir
            bestver=$v
            break
        fi
        if ((v > bestver)); then
            best=$dir
            bestver=$v
        fi
    done < <(mc_pg_list_bins)
    [[ -n $best ]] || mc_die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin even after installing"
    if [[ -n $want && $bestver != "$want" ]]; then
        mc_die "the cluster was created by PostgreSQL $want but only $bestver is installed here; remove the cluster directory or install postgresql-$want"
    fi
    PG_BIN=$best
}

mc_pg_list_bins() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]] && printf '%s\n' "$d"
    done
    return 0
}

mc_pg_locale() {
    # no `grep -q`: with pipefail, locale's SIGPIPE would turn a match into a failure
    if locale -a 2>/dev/null | grep -ix 'c\.utf-\?8' >/dev/null; then echo C.UTF-8; else echo C; fi
}

# mc_pg_init CLUSTER [test] -> creates the cluster directory and runs initdb (CLUSTER must not hold a cluster yet)
mc_pg_init() {
    local cluster=$1 kind=${2:-dev} owner
    owner=$(mc_pg_os_user)
    mkdir -p "$cluster"
    chown "$owner:" "$cluster"
    chmod 700 "$cluster"
    mc_pg_owner_can_use "$cluster" || mc_die "the PostgreSQL OS user '$owner' cannot reach $cluster"
    local out
    out=$(mc_pg_as_owner "$PG_BIN/initdb" -D "$cluster/data" -U "$MC_PG_SUPERUSER" \
        --encoding=UTF8 --locale="$(mc_pg_locale)" \
        --auth-local=trust --auth-host=scram-sha-256 2>&1) || {
        printf '%s\n' "$out" >&2
        mc_die "initdb failed for $cluster"
    }
    {
        echo "# --- membercard ---"
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$cluster'"
        echo "unix_socket_permissions = 0700"
        echo "password_encryption = 'scram-sha-256'"
        if [[ $kind == test ]]; then
            # Throwaway test cluster: durability buys nothing here.
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
            echo "max_connections = 200"
        fi
    } | mc_pg_as_owner tee -a "$cluster/data/postgresql.conf" >/dev/null
}

# mc_pg_running CLUSTER -> true when the cluster's postmaster is alive
mc_pg_running() {
    [[ -f $1/data/postmaster.pid ]] && mc_pg_as_owner "$PG_BIN/pg_ctl" status -D "$1/data" >/dev/null 2>&1
}

# mc_pg_port CLUSTER -> port of the running cluster (line 4 of postmaster.pid)
mc_pg_port() {
    sed -n 4p "$1/data/postmaster.pid"
}

# mc_port_in_use PORT -> true when something accepts TCP connections on 127.0.0.1:PORT
mc_port_in_use() {
    (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# mc_free_port -> a random port in 20000-59999 that nothing listens on
mc_free_port() {
    local p i
    for ((i = 0; i < 50; i++)); do
        p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if ! mc_port_in_use "$p"; then
            echo "$p"
            return 0
        fi
    done
    mc_die "could not find a free TCP port"
}

# mc_pg_start CLUSTER PORT -> starts the cluster and waits until it accepts TCP connections
mc_pg_start() {
    local cluster=$1 port=$2
    if mc_port_in_use "$port"; then
        mc_log "port $port on 127.0.0.1 is already in use"
        return 1
    fi
    if ! mc_pg_as_owner "$PG_BIN/pg_ctl" start -D "$cluster/data" -l "$cluster/postgres.log" \
        -o "-p $port" -w -t 60 >/dev/null; then
        mc_log "PostgreSQL failed to start; last lines of $cluster/postgres.log:"
        tail -n 20 "$cluster/postgres.log" >&2 || true
        return 1
    fi
    mc_pg_wait_ready "$port"
}

# mc_pg_wait_ready PORT [SECONDS]
mc_pg_wait_ready() {
    local port=$1 limit=${2:-30} i
    for ((i = 0; i < limit * 5; i++)); do
        if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; then
            return 0
        fi
        sleep 0.2
    done
    mc_log "PostgreSQL on 127.0.0.1:$port did not become ready within ${limit}s"
    return 1
}

# mc_pg_stop CLUSTER [fast|immediate]
mc_pg_stop() {
    local cluster=$1 mode=${2:-fast}
    if mc_pg_running "$cluster"; then
        mc_pg_as_owner "$PG_BIN/pg_ctl" stop -D "$cluster/data" -m "$mode" -w -t 60 >/dev/null
    fi
}

# mc_pg_superuser_psql CLUSTER PORT PSQL-ARGS... -> psql as the superuser over the cluster's socket
mc_pg_superuser_psql() {
    local cluster=$1 port=$2
    shift 2
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$cluster" -p "$port" -U "$MC_PG_SUPERUSER" -d postgres "$@"
}

# mc_pg_ensure_role_db CLUSTER PORT ROLE PASSWORD DATABASE
# Creates (or re-passwords) a login role with CREATEDB and a database it owns. Idempotent.
mc_pg_ensure_role_db() {
    local cluster=$1 port=$2 role=$3 password=$4 db=$5 x
    for x in "$role" "$password" "$db"; do
        [[ $x =~ ^[A-Za-z0-9_]+$ ]] || mc_die "refusing unsafe role/password/database value"
    done
    mc_pg_superuser_psql "$cluster" "$port" <<SQL
DO \$\$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '$role') THEN
        ALTER ROLE "$role" WITH LOGIN CREATEDB PASSWORD '$password';
    ELSE
        CREATE ROLE "$role" WITH LOGIN CREATEDB PASSWORD '$password';
    END IF;
END
\$\$;
SQL
    if [[ -z $(mc_pg_superuser_psql "$cluster" "$port" -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
        mc_pg_superuser_psql "$cluster" "$port" -c "CREATE DATABASE \"$db\" OWNER \"$role\" ENCODING 'UTF8' TEMPLATE template0"
    fi
}

# mc_pg_check_tcp PORT ROLE PASSWORD DATABASE -> connects like the application does (TCP + password)
mc_pg_check_tcp() {
    PGPASSWORD=$3 PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$1" -U "$2" -d "$4" -tA -c 'SELECT 1' >/dev/null
}

# mc_redact_connstring STRING -> the connection string without its password
mc_redact_connstring() {
    # shellcheck disable=SC2001
    sed -E 's/(^|;)[[:space:]]*(Password|Pwd)[[:space:]]*=[^;]*/\1\2=***/Ig' <<<"$1"
}
