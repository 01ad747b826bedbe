#!/usr/bin/env bash
# Backs up Hoclieu: a pg_dump (custom format) of DATABASE_URL and a copy of every stored file.
#
#   DATABASE_URL=postgresql://... STORAGE_DIR=/srv/hoclieu/files infra/backup/backup.sh [BACKUP_ROOT]
#   DATABASE_URL=... STORAGE=minio MINIO_ENDPOINT=... MINIO_PORT=... MINIO_ACCESS_KEY=... \
#     MINIO_SECRET_KEY=... [MINIO_BUCKET=hoclieu] infra/backup/backup.sh [BACKUP_ROOT]
#
# Writes BACKUP_ROOT/hoclieu-<UTC time>/ (BACKUP_ROOT defaults to $BACKUP_DIR or ./backups) holding
# database.dump, objects/ and SHA256SUMS; the folder gets its final name only once complete. Then
# removes backups older than BACKUP_KEEP_DAYS (14) but never the BACKUP_KEEP_MIN (7) newest ones.
# Prints the backup's path on stdout. See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

[ -n "${DATABASE_URL:-}" ] || die "DATABASE_URL is required"
root=${1:-${BACKUP_DIR:-./backups}}
keep_days=${BACKUP_KEEP_DAYS:-14}
keep_min=${BACKUP_KEEP_MIN:-7}
kind=$(storage_kind)
url=$(libpq_url "$DATABASE_URL")
pg_dump=$(pg_tool pg_dump)
check_client_version "$pg_dump" "$url"

mkdir -p "$root"
name="hoclieu-$(date -u +%Y%m%dT%H%M%SZ)"
work="$root/.$name.partial"
rm -rf "$work"
mkdir -p "$work/objects"
trap 'rm -rf "$work"' EXIT

# The database first, then the files: a file uploaded meanwhile is in the copy without a row
# pointing to it (harmless), while every row of the dump finds its file (files are never rewritten
# in place, and a material's files are kept as long as its rows are).
"$pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file="$work/database.dump" "$url"

case "$kind" in
  local) cp -a "$STORAGE_DIR/." "$work/objects/" && rm -rf "$work/objects/tmp" ;;
  minio) node "$here/mirror-objects.mjs" download "$work/objects" ;;
esac

(
  cd "$work"
  {
    sha256sum database.dump
    if [ -f objects.types.json ]; then sha256sum objects.types.json; fi
    hash_tree objects | sed 's#  \./#  objects/#'
  } >SHA256SUMS
)
printf 'created=%s\nstorage=%s\npg_dump=%s\n' "$(date -u +%FT%TZ)" "$kind" "$("$pg_dump" --version)" >"$work/BACKUP_INFO"
mv "$work" "$root/$name"
trap - EXIT

# Retention: age out old backups, always keeping the newest few (a stopped cron must not empty it).
ls -1d "$root"/hoclieu-* 2>/dev/null | sort -r | tail -n +"$((keep_min + 1))" | while read -r old; do
  if [ -n "$(find "$old" -maxdepth 0 -mtime +"$keep_days")" ]; then rm -rf "$old"; fi
done || true

echo "$root/$name"
