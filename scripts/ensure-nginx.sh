#!/usr/bin/env bash
# The nginx test (tests/site/nginx.test.ts) runs the repo's server block in Debian's nginx with the brotli_static
# module. Installs both when missing and we are allowed to, otherwise says exactly what to do.
set -euo pipefail
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
command -v nginx >/dev/null && [ -f "$module" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "nginx or its brotli_static module not found: installing the Debian packages nginx and libnginx-mod-http-brotli-static" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
  exit 0
fi
echo "nginx with the brotli_static module is needed (Debian: sudo apt-get install -y nginx libnginx-mod-http-brotli-static)." >&2
exit 1
