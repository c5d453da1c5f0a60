-- GET /api/catalog/products/<id> of a random product among BENCH_PRODUCTS (ids 1..n).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local products

function init(args)
  bench.seed()
  products = tonumber(bench.env("BENCH_PRODUCTS"))
end

function request()
  return wrk.format("GET", "/api/catalog/products/" .. math.random(1, products))
end
