-- POST /api/orders/cart/items: a SKU not yet in the customer's cart, quantity 1. Each wrk thread
-- takes its own share of the signed-in customers (BENCH_TOKENS) in turn, so no two requests
-- queue on one cart, and gives each customer BENCH_SKUS_PER_CART different SKUs in a row (a cart
-- holds at most 100), SKU-2 to SKU-<BENCH_LAST_SKU> round and round; customers may share SKUs. The warm-up (BENCH_WARMUP=1) uses the last quarter of the
-- customers and the measurement the rest, so neither finds the other's SKUs in a cart. When every
-- customer of a thread has a full cart, further requests are refused (409) and count as errors:
-- sign in more customers.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local mine = {}
local per_cart
local last_sku
local counter = 0

function init(args)
  bench.seed()
  per_cart = tonumber(bench.env("BENCH_SKUS_PER_CART"))
  last_sku = tonumber(bench.env("BENCH_LAST_SKU"))
  local threads = tonumber(bench.env("BENCH_THREADS"))
  local tokens = bench.lines("BENCH_TOKENS")
  local split = math.floor(#tokens * 3 / 4)
  local from, to = 1, split
  if os.getenv("BENCH_WARMUP") == "1" then
    from, to = split + 1, #tokens
  end
  for index = from, to do
    local token = tokens[index]
    if index % threads == (thread_number or 1) - 1 then
      mine[#mine + 1] = { token = token, index = index, added = 0 }
    end
  end
  assert(#mine > 0, "no customers for this thread")
end

function request()
  counter = counter + 1
  local customer = mine[(counter - 1) % #mine + 1]
  customer.added = customer.added + 1
  local sku = ((customer.index - 1) * per_cart + (customer.added - 1) % per_cart) % (last_sku - 1) + 2
  local body = string.format('{"sku":"SKU-%d","quantity":1}', sku)
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. customer.token,
  }, body)
end
