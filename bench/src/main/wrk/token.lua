-- Token exchange: POST /api/identity/token with {username, password} of a random seeded customer
-- (BENCH_CUSTOMERS of them, e-mails customer-0001@bench.stockroom.test ..., one password).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local customers, password

function init(args)
  bench.seed()
  customers = tonumber(bench.env("BENCH_CUSTOMERS"))
  password = bench.env("BENCH_PASSWORD")
end

function request()
  local email = string.format("customer-%04d@bench.stockroom.test", math.random(1, customers))
  local body = string.format('{"username":"%s","password":"%s"}', email, password)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
