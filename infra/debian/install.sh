#!/usr/bin/env bash
# Installs Hoclieu on Debian 12 from this checkout: PostgreSQL and nginx from apt, the API under
# systemd as user `hoclieu`, nightly backups. Run as root from the checkout (normally /opt/hoclieu):
#
#   HOCLIEU_DOMAIN=hoclieu.sogd.edu.vn infra/debian/install.sh
#
# Optional: TLS_CERT and TLS_KEY (paths of an existing certificate; default /etc/ssl/hoclieu/*.pem,
# a self-signed one is made there if missing, to be replaced). Safe to run again (after `git pull`,
# it rebuilds and restarts: that is the upgrade). Every step is explained in infra/debian/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app_dir=$(cd "$here/../.." && pwd)
domain=${HOCLIEU_DOMAIN:?set HOCLIEU_DOMAIN to the site name, e.g. hoclieu.sogd.edu.vn}
tls_cert=${TLS_CERT:-/etc/ssl/hoclieu/fullchain.pem}
tls_key=${TLS_KEY:-/etc/ssl/hoclieu/privkey.pem}
env_file=/etc/hoclieu/hoclieu.env
step() { printf '\n== %s\n' "$*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root"
case "$app_dir" in
  /root/* | /home/*) die "the checkout is in $app_dir, which the service's user cannot read: clone it to /opt/hoclieu" ;;
esac
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' 2>/dev/null ||
  die "Node.js >= 20.19 is required (Debian 12's nodejs is 18: install Node 20 or 22 first)"
systemd=false
[ -d /run/systemd/system ] && systemd=true

step "Packages: PostgreSQL, nginx (apt)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql nginx openssl ca-certificates >/dev/null
command -v pnpm >/dev/null || npm install -g pnpm@12.21.0 --no-fund --no-audit

step "User hoclieu and folders"
id hoclieu >/dev/null 2>&1 || adduser --system --group --home /var/lib/hoclieu --no-create-home hoclieu
install -d -o hoclieu -g hoclieu -m 0750 /var/lib/hoclieu /var/lib/hoclieu/files
install -d -o hoclieu -g hoclieu -m 0700 /var/backups/hoclieu
install -d -o root -g hoclieu -m 0750 /etc/hoclieu

step "Settings: $env_file"
if [ ! -f "$env_file" ]; then
  db_password=$(openssl rand -hex 24)
  secret=$(openssl rand -base64 48 | tr -d '\n/+=')
  sed -e "s#CHANGE-ME-database-password#$db_password#" \
    -e "s#^SESSION_SECRET=.*#SESSION_SECRET=$secret#" \
    "$here/hoclieu.env.example" >"$env_file"
  echo "written (database password and session secret generated)"
else
  echo "kept as it is"
fi
chown root:hoclieu "$env_file" && chmod 0640 "$env_file"
db_password=$(sed -nE 's#^DATABASE_URL=postgresql://hoclieu:([^@]*)@.*#\1#p' "$env_file")
[ -n "$db_password" ] || die "DATABASE_URL in $env_file is not postgresql://hoclieu:PASSWORD@...: edit it or set up the database by hand"

step "PostgreSQL: role and database hoclieu, extensions unaccent and pg_trgm"
if $systemd; then systemctl enable --now postgresql; else
  for cluster in $(pg_lsclusters -h | awk '{print $1"/"$2}'); do pg_ctlcluster "${cluster%/*}" "${cluster#*/}" start 2>/dev/null || true; done
fi
runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -v password="$db_password" -f "$here/database.sql"

step "Build (pnpm install, API and web app)"
cd "$app_dir"
export CI=true TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile
pnpm turbo run build --filter=@hoclieu/api --filter=@hoclieu/web

step "systemd: hoclieu.service, hoclieu-backup.timer"
for unit in hoclieu.service hoclieu-backup.service hoclieu-backup.timer; do
  sed -e "s#/opt/hoclieu#$app_dir#g" -e "s#/usr/bin/node#$(command -v node)#" "$here/systemd/$unit" >"/etc/systemd/system/$unit"
done
if $systemd; then
  systemctl daemon-reload
  systemctl enable hoclieu.service hoclieu-backup.timer
  systemctl restart hoclieu.service # migrations run at start
  systemctl start hoclieu-backup.timer
else
  echo "systemd is not running here: start the API with the unit's command, e.g. under another supervisor"
fi

step "nginx: /etc/nginx/sites-available/hoclieu for $domain"
if [ ! -f "$tls_cert" ] || [ ! -f "$tls_key" ]; then
  install -d -m 0755 "$(dirname "$tls_cert")" "$(dirname "$tls_key")"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$domain" \
    -keyout "$tls_key" -out "$tls_cert" 2>/dev/null
  chmod 0600 "$tls_key"
  echo "WARNING: self-signed placeholder certificate at $tls_cert: replace it (see README)"
fi
sed -e "s#hoclieu.example.edu.vn#$domain#g" \
  -e "s#/etc/ssl/hoclieu/fullchain.pem#$tls_cert#" \
  -e "s#/etc/ssl/hoclieu/privkey.pem#$tls_key#" \
  "$here/nginx/hoclieu.conf" >/etc/nginx/sites-available/hoclieu
ln -sf /etc/nginx/sites-available/hoclieu /etc/nginx/sites-enabled/hoclieu
nginx -t
if $systemd; then systemctl enable nginx && systemctl reload-or-restart nginx; else nginx -s reload 2>/dev/null || nginx; fi

step "Done"
cat <<NEXT
Next:
  1. First system administrator (once):
       $here/hoclieu-env pnpm cli admin create --help
  2. Check: curl -I https://$domain/api/health ; journalctl -u hoclieu -f
  3. A real certificate (e.g. certbot certonly --webroot -w /var/www/html -d $domain), then
     TLS_CERT=... TLS_KEY=... HOCLIEU_DOMAIN=$domain $0 (or edit the site file) and: systemctl reload nginx
Backups: nightly to /var/backups/hoclieu (systemctl list-timers hoclieu-backup.timer); copy them off the machine.
NEXT
