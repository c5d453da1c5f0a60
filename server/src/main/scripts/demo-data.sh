#!/usr/bin/env bash
# Loads a small demo catalog through the manager REST API, so that demo data passes the same
# validation and writes the same ledger rows and events as real staff edits.
# Usage: demo-data.sh <base-url> <manager-email> <manager-password>
# Safe to run twice: brands and categories are looked up by name, products by their first SKU.
set -euo pipefail

base=${1:?base url, e.g. http://127.0.0.1:8080}
user=${2:?manager e-mail}
password=${3:?manager password}
api="$base/api"

if ! command -v jq >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq --no-install-recommends jq >/dev/null
  else
    echo "demo-data: jq is needed (apt-get install jq)" >&2
    exit 1
  fi
fi

token=$(jq -n --arg u "$user" --arg p "$password" '{username: $u, password: $p}' |
  curl -fsS -H 'Content-Type: application/json' --data-binary @- "$api/identity/token" |
  jq -r .access_token)

call() { # method path [json body]: prints the response body, fails on any non-2xx answer
  local method=$1 path=$2 body=${3:-}
  local args=(-sS -X "$method" -H "Authorization: Bearer $token" -H 'Accept: application/json'
    -w '\n%{http_code}')
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  local answer status
  answer=$(curl "${args[@]}" "$api$path")
  status=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  if [ "$status" -ge 300 ]; then
    echo "demo-data: $method $path answered $status: $answer" >&2
    return 1
  fi
  printf '%s' "$answer"
}

exists() { # path: true when GET answers 200
  [ "$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api$1")" = 200 ]
}

id_named() { # list path, name: the id of the item with that name, empty when there is none
  call GET "$1?size=100" | jq -r --arg n "$2" '.items[] | select(.name == $n) | .id' | head -1
}

brand() { # name e-mail
  local id
  id=$(id_named /catalog/brands "$1")
  [ -n "$id" ] || id=$(call POST /catalog/brands \
    "$(jq -n --arg n "$1" --arg e "$2" '{name: $n, contactEmail: $e}')" | jq -r .id)
  printf '%s' "$id"
}

category() { # name [parent id]
  local id
  id=$(id_named /catalog/categories "$1")
  [ -n "$id" ] || id=$(call POST /catalog/categories \
    "$(jq -n --arg n "$1" --arg p "${2:-}" '{name: $n} + (if $p == "" then {} else {parentId: $p} end)')" |
    jq -r .id)
  printf '%s' "$id"
}

# product name description category brand skus-json
product() {
  local first
  first=$(jq -r '.[0].sku' <<<"$5")
  if exists "/catalog/skus/$first"; then return; fi
  call POST /catalog/products "$(jq -n --arg n "$1" --arg d "$2" --arg c "$3" --arg b "$4" \
    --argjson s "$5" '{name: $n, description: $d, categoryId: $c, brandId: $b, status: "ACTIVE", skus: $s}')" \
    >/dev/null
  products_created=$((products_created + 1))
}

# sku code, price in cents, stock, then attribute pairs key=value
sku() {
  local code=$1 cents=$2 stock=$3
  shift 3
  local attributes='{}' pair
  for pair in "$@"; do
    attributes=$(jq -c --arg k "${pair%%=*}" --arg v "${pair#*=}" '. + {($k): $v}' <<<"$attributes")
  done
  jq -cn --arg s "$code" --argjson p "$cents" --argjson q "$stock" --argjson a "$attributes" \
    '{sku: $s, attributes: $a, price: {amount: $p, currency: "EUR"}, initialStock: $q,
      alert: {quantity: 10, critical: 3}}'
}
skus() { jq -cs . <<<"$(printf '%s\n' "$@")"; }

products_created=0

northwind=$(brand "Northwind Outfitters" "stock@northwind.example")
alpine=$(brand "Alpine Roast" "orders@alpineroast.example")
lumen=$(brand "Lumen Home" "supply@lumenhome.example")

clothing=$(category "Clothing")
shirts=$(category "Shirts" "$clothing")
jackets=$(category "Jackets" "$clothing")
coffee=$(category "Coffee")
home=$(category "Home")
lighting=$(category "Lighting" "$home")

product "Merino Crew T-Shirt" "Soft merino wool tee that stays fresh on long trips." "$shirts" "$northwind" \
  "$(skus "$(sku NW-MERINO-S 4900 40 size=S)" "$(sku NW-MERINO-M 4900 60 size=M)" "$(sku NW-MERINO-L 4900 35 size=L)")"
product "Oxford Button-Down Shirt" "Classic cotton oxford, garment washed." "$shirts" "$northwind" \
  "$(skus "$(sku NW-OXFORD-BLUE-M 5900 25 colour=blue size=M)" "$(sku NW-OXFORD-WHITE-M 5900 25 colour=white size=M)")"
product "Linen Camp Collar Shirt" "Breathable linen for hot summer days." "$shirts" "$northwind" \
  "$(skus "$(sku NW-LINEN-M 6900 18 size=M)" "$(sku NW-LINEN-L 6900 12 size=L)")"
product "Flannel Overshirt" "Heavy brushed flannel, works as a light jacket." "$shirts" "$northwind" \
  "$(skus "$(sku NW-FLANNEL-M 7500 30 size=M)")"
product "Packable Down Jacket" "Warm 700-fill down that packs into its own pocket." "$jackets" "$northwind" \
  "$(skus "$(sku NW-DOWN-S 18900 8 size=S)" "$(sku NW-DOWN-M 18900 14 size=M)" "$(sku NW-DOWN-L 19900 9 size=L)")"
product "Waxed Cotton Field Jacket" "Weatherproof waxed cotton with a corduroy collar." "$jackets" "$northwind" \
  "$(skus "$(sku NW-FIELD-M 24900 6 size=M)" "$(sku NW-FIELD-L 24900 5 size=L)")"
product "Rain Shell" "Light, seam-taped rain shell." "$jackets" "$northwind" \
  "$(skus "$(sku NW-RAIN-M 12900 22 size=M)")"
product "Ethiopia Yirgacheffe" "Floral and bright, notes of jasmine and lemon." "$coffee" "$alpine" \
  "$(skus "$(sku AR-YIRGA-250 1450 80 weight=250g grind=beans)" "$(sku AR-YIRGA-1000 4900 20 weight=1kg grind=beans)")"
product "Colombia Huila" "Caramel sweetness with a red apple finish." "$coffee" "$alpine" \
  "$(skus "$(sku AR-HUILA-250 1290 90 weight=250g)" "$(sku AR-HUILA-1000 4390 25 weight=1kg)")"
product "House Espresso Blend" "Chocolate and hazelnut, made for milk drinks." "$coffee" "$alpine" \
  "$(skus "$(sku AR-ESPRESSO-250 1190 120 weight=250g)" "$(sku AR-ESPRESSO-1000 3990 40 weight=1kg)")"
product "Decaf Swiss Water" "Chemical-free decaf that still tastes like coffee." "$coffee" "$alpine" \
  "$(skus "$(sku AR-DECAF-250 1350 11 weight=250g)")"
product "Kenya Nyeri AA" "Blackcurrant and grapefruit, a juicy cup." "$coffee" "$alpine" \
  "$(skus "$(sku AR-NYERI-250 1690 45 weight=250g)")"
product "Cold Brew Pack" "Coarse-ground coffee in filter bags for cold brew." "$coffee" "$alpine" \
  "$(skus "$(sku AR-COLDBREW-4 1590 60 bags=4)")"
product "Brass Desk Lamp" "Adjustable brass lamp with a warm LED bulb." "$lighting" "$lumen" \
  "$(skus "$(sku LH-DESK-BRASS 8900 15 finish=brass)" "$(sku LH-DESK-BLACK 8900 20 finish=black)")"
product "Paper Pendant Shade" "Hand-folded paper shade, 45 cm." "$lighting" "$lumen" \
  "$(skus "$(sku LH-PENDANT-45 5900 30 diameter=45cm)" "$(sku LH-PENDANT-60 7900 10 diameter=60cm)")"
product "Rechargeable Table Lantern" "Cordless lantern, 12 hours on one charge." "$lighting" "$lumen" \
  "$(skus "$(sku LH-LANTERN 4900 25)")"
product "Linen Cushion Cover" "Stonewashed linen, 50 x 50 cm." "$home" "$lumen" \
  "$(skus "$(sku LH-CUSHION-SAND 2900 40 colour=sand)" "$(sku LH-CUSHION-RUST 2900 35 colour=rust)")"
product "Wool Throw Blanket" "Lambswool throw woven in Wales." "$home" "$lumen" \
  "$(skus "$(sku LH-THROW 11900 12)")"
product "Stoneware Mug Set" "Four glazed stoneware mugs, 350 ml." "$home" "$lumen" \
  "$(skus "$(sku LH-MUGS-4 3900 50)")"
# Close to its alert threshold, so the console's dashboard and /api/catalog/alerts have one item
# to show as soon as a few are sold.
product "Scented Soy Candle" "Cedar and bergamot, 40 hours of burn time." "$home" "$lumen" \
  "$(skus "$(sku LH-CANDLE 2400 11)")"

echo "demo-data: $products_created products created (3 brands, 6 categories; prices in EUR)"
