#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and an empty file store.
#
#   DATABASE_URL=postgresql://.../hoclieu_restored STORAGE_DIR=/srv/hoclieu/files-restored \
#     infra/backup/restore.sh BACKUP_PATH
#   (or STORAGE=minio with the MINIO_* variables of the target bucket)
#
# Checks every checksum first, then pg_restore (single transaction: all or nothing), then copies
# the files back. Refuses a target database that already has tables, unless RESTORE_CLEAN=1 (drops
# and recreates what the dump holds). See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

backup=${1:-}
[ -n "$backup" ] && [ -f "$backup/database.dump" ] || die "usage: restore.sh BACKUP_PATH (a folder made by backup.sh)"
[ -n "${DATABASE_URL:-}" ] || die "DATABASE_URL (the target database) is required"
kind=$(storage_kind)
url=$(libpq_url "$DATABASE_URL")
pg_restore=$(pg_tool pg_restore)
psql=$(pg_tool psql)
check_client_version "$pg_restore" "$url"

(cd "$backup" && sha256sum --quiet --check SHA256SUMS) || die "the backup is damaged: checksums differ"

tables=$("$psql" "$url" -XAtqc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
clean=()
if [ "$tables" != 0 ]; then
  [ "${RESTORE_CLEAN:-0}" = 1 ] || die "the target database is not empty ($tables tables): restore into a new one, or set RESTORE_CLEAN=1"
  clean=(--clean --if-exists)
fi
"$pg_restore" --single-transaction --exit-on-error --no-owner --no-privileges "${clean[@]}" \
  --dbname="$url" "$backup/database.dump"

case "$kind" in
  local) mkdir -p "$STORAGE_DIR" && cp -a "$backup/objects/." "$STORAGE_DIR/" ;;
  minio) node "$here/mirror-objects.mjs" upload "$backup/objects" ;;
esac
echo "restored $backup"
