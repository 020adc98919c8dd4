#!/bin/sh
# Install ParkBridge on a Debian/Ubuntu server: PostgreSQL, granian behind nginx, a worker for
# background tasks, nightly backups. Run as root from a checkout: `sh deploy/setup.sh`.
# Idempotent: running it again upgrades the code and keeps the data and the configuration.
set -eu

APP=/opt/parkbridge
VAR=/var/lib/parkbridge
ETC=/etc/parkbridge
SRC=$(cd "$(dirname "$0")/.." && pwd)

apt-get install -y --no-install-recommends python3.11 python3.11-venv postgresql nginx rsync

id parkbridge >/dev/null 2>&1 || useradd --system --home "$VAR" --shell /usr/sbin/nologin parkbridge
install -d -o parkbridge -g parkbridge "$VAR" "$VAR/static" "$VAR/backups"
install -d -m 0750 -g parkbridge "$ETC"

rsync -a --delete --exclude .venv --exclude var --exclude node_modules "$SRC/" "$APP/"
python3.11 -m venv "$APP/.venv"
"$APP/.venv/bin/pip" install --quiet -r "$APP/requirements.lock"
"$APP/.venv/bin/pip" install --quiet --no-deps "$APP"

# Database and role, authenticated by the local socket (peer), no password to keep.
runuser -u postgres -- psql -tc "SELECT 1 FROM pg_roles WHERE rolname='parkbridge'" | grep -q 1 \
  || runuser -u postgres -- createuser parkbridge
runuser -u postgres -- psql -tc "SELECT 1 FROM pg_database WHERE datname='parkbridge'" | grep -q 1 \
  || runuser -u postgres -- createdb -O parkbridge parkbridge

if [ ! -f "$ETC/parkbridge.env" ]; then
  key=$(python3 -c 'import secrets; print(secrets.token_urlsafe(60))')
  sed "s|^PARKBRIDGE_SECRET_KEY=.*|PARKBRIDGE_SECRET_KEY=$key|" "$APP/deploy/parkbridge.env.example" > "$ETC/parkbridge.env"
  chmod 0640 "$ETC/parkbridge.env"; chgrp parkbridge "$ETC/parkbridge.env"
  echo "Wrote $ETC/parkbridge.env: set PARKBRIDGE_ALLOWED_HOSTS and the nginx server_name."
fi

run() { runuser -u parkbridge -- env $(grep -v '^#' "$ETC/parkbridge.env" | xargs) "$@"; }
run "$APP/.venv/bin/parkbridge" migrate
run "$APP/.venv/bin/parkbridge" setup-assets
run "$APP/.venv/bin/parkbridge" check --deploy

install -m 0644 "$APP"/deploy/systemd/*.service "$APP"/deploy/systemd/*.timer /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now parkbridge-web parkbridge-worker parkbridge-backup.timer parkbridge-b2b-expire.timer
systemctl restart parkbridge-web parkbridge-worker

if [ ! -f /etc/nginx/sites-available/parkbridge ]; then
  install -m 0644 "$APP/deploy/nginx.conf" /etc/nginx/sites-available/parkbridge
  ln -sf /etc/nginx/sites-available/parkbridge /etc/nginx/sites-enabled/parkbridge
  echo "Edit /etc/nginx/sites-available/parkbridge (server_name, certificates), then: systemctl reload nginx"
fi
echo "ParkBridge installed. Create an administrator: runuser -u parkbridge -- env \$(cat $ETC/parkbridge.env | xargs) $APP/.venv/bin/parkbridge manage createsuperuser"
