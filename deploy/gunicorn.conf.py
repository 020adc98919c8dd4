"""Gunicorn configuration for ParkBridge behind nginx (deploy/nginx.conf).

Every value can be overridden from the environment (the systemd unit reads
/etc/parkbridge/parkbridge.env).
"""

import multiprocessing
import os

bind = os.environ.get("PARKBRIDGE_BIND", "127.0.0.1:8000")
# Two workers per core is right for a mostly-database-bound Django app; threads let one worker
# overlap waiting on PostgreSQL.
workers = int(os.environ.get("PARKBRIDGE_WEB_WORKERS", multiprocessing.cpu_count() * 2))
worker_class = "gthread"
threads = int(os.environ.get("PARKBRIDGE_WEB_THREADS", 4))
timeout = int(os.environ.get("PARKBRIDGE_WEB_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can't grow forever.
max_requests = int(os.environ.get("PARKBRIDGE_WEB_MAX_REQUESTS", 20000))
max_requests_jitter = 2000
# Request-line and header limits; bodies are limited by nginx and Django.
limit_request_line = 8190
limit_request_fields = 100
forwarded_allow_ips = os.environ.get("PARKBRIDGE_FORWARDED_ALLOW_IPS", "127.0.0.1")
# nginx keeps the access log (deploy/nginx.conf); a second one here costs every request a
# formatted line. PARKBRIDGE_ACCESS_LOG=- (stdout) or a path turns it on.
accesslog = os.environ.get("PARKBRIDGE_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("PARKBRIDGE_GUNICORN_LOG_LEVEL", "info")
wsgi_app = "parkbridge.wsgi:application"
raw_env = [
    f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'parkbridge.settings_production')}"
]
