# Shared by backup.sh and restore.sh (sourced, not run).

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# The PostgreSQL client programs: from PG_BIN when set, else from PATH.
pg_tool() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN/$1"; else command -v "$1" || die "$1 not found: install the PostgreSQL client (apt-get install postgresql-client) or set PG_BIN"; fi
}

# libpq refuses Prisma's `?schema=` parameter: drop it (the app always uses the public schema).
libpq_url() {
  printf '%s' "$1" | sed -E 's/([?&])schema=[^&]*&?/\1/; s/[?&]$//'
}

# The major version of a PostgreSQL program or server ("15", "17").
major_of() {
  printf '%s' "$1" | grep -oE '[0-9]+' | head -n1
}

# pg_dump and pg_restore must be at least the server's major version, or they refuse to run (or
# worse, silently miss new catalog features): say so before starting rather than halfway through.
check_client_version() {
  local tool=$1 url=$2 psql client server
  psql=$(pg_tool psql)
  client=$(major_of "$("$tool" --version | sed -E 's/^[^0-9]*//')")
  server=$("$psql" "$url" -XAtqc 'SHOW server_version_num') || die "cannot reach the database"
  server=$((server / 10000))
  [ "$client" -ge "$server" ] ||
    die "$(basename "$tool") $client is older than the server ($server): set PG_BIN to the bin directory of PostgreSQL $server or newer"
}

# Where the application keeps its files: STORAGE=minio (the bucket) or the local-disk STORAGE_DIR.
storage_kind() {
  case "${STORAGE:-local}" in
    minio) echo minio ;;
    local) [ -n "${STORAGE_DIR:-}" ] || die "STORAGE_DIR is required when STORAGE=local"; echo local ;;
    *) die "STORAGE must be local or minio" ;;
  esac
}

# Writes `sha256  path` for every file below a directory, sorted, paths relative to it.
hash_tree() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
}
