#!/usr/bin/env bash
# Makes the token keys in <dir> unless they exist: signing-key.pem (RSA 2048, PKCS#8, the
# identity module signs with it) and jwks.json (its public half; MicroProfile JWT verifies
# with it and /api/identity/jwks publishes it). Rotation: `jwt-keys.sh rotate <dir>` makes a
# new signing key and keeps the previous public keys in jwks.json, so issued tokens stay valid.
# Keys are generated on the machine that runs the server and never committed.
set -euo pipefail
mode=make
if [ "${1:-}" = rotate ]; then mode=rotate; shift; fi
dir=${1:?usage: jwt-keys.sh [rotate] <dir>}
mkdir -p "$dir"
chmod 700 "$dir"

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

jwk_of() {
  local key=$1 kid=$2 modulus
  modulus=$(openssl rsa -in "$key" -noout -modulus 2>/dev/null | sed 's/^Modulus=//' | tr -d '\n' | perl -ne 'print pack("H*", $_)' | b64url)
  printf '{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"AQAB"}' "$kid" "$modulus"
}

if [ "$mode" = make ] && [ -f "$dir/signing-key.pem" ] && [ -f "$dir/jwks.json" ]; then
  exit 0
fi

previous=""
if [ "$mode" = rotate ] && [ -f "$dir/jwks.json" ]; then
  # Keep every key already published (strip the surrounding {"keys":[ ... ]}).
  previous=$(sed -e 's/^{"keys":\[//' -e 's/\]}$//' "$dir/jwks.json")
fi
# The random suffix keeps kids unique when keys are made within one second.
kid="k$(date -u +%Y%m%d%H%M%S)-$(openssl rand -hex 3)"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/signing-key.pem.new" 2>/dev/null
chmod 600 "$dir/signing-key.pem.new"
current=$(jwk_of "$dir/signing-key.pem.new" "$kid")
if [ -n "$previous" ]; then
  printf '{"keys":[%s,%s]}' "$current" "$previous" >"$dir/jwks.json"
else
  printf '{"keys":[%s]}' "$current" >"$dir/jwks.json"
fi
mv "$dir/signing-key.pem.new" "$dir/signing-key.pem"
echo "jwt-keys: signing key $kid in $dir"
