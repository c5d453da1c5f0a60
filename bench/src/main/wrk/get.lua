-- GET of the URL on wrk's command line, the same for every request (the static-JSON ceiling and
-- the cached first page of the product list).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done
