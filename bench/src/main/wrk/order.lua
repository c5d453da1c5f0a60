-- POST /api/orders/orders: one line of quantity 1, with a fresh Idempotency-Key, as one of the
-- signed-in customers (BENCH_TOKENS, one access token per line, taken in turn). The SKU is
-- SKU-<n> with n random in BENCH_SKU_FIRST..BENCH_SKU_LAST (one SKU for the hot-SKU scenario).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local tokens, first, last
local counter = 0

function init(args)
  bench.seed()
  tokens = bench.lines("BENCH_TOKENS")
  first = tonumber(bench.env("BENCH_SKU_FIRST"))
  last = tonumber(bench.env("BENCH_SKU_LAST"))
end

function request()
  counter = counter + 1
  local token = tokens[(counter + (thread_number or 0)) % #tokens + 1]
  local body = string.format('{"lines":[{"sku":"SKU-%d","quantity":1}]}', math.random(first, last))
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = bench.unique_key(counter),
  }, body)
end
