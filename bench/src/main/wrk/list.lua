-- GET of a product listing. BENCH_QUERY is the fixed part of the query string (page=400, a
-- cursor, nothing); BENCH_WORDS (comma-separated) adds q=<random word> for text search. With
-- BENCH_UNCACHED=1 each request also carries maxPrice=<a random bound above every price>: the
-- same rows, but a query string never asked before, so the server's page cache cannot answer and
-- every request runs the listing's SQL.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local base, query, words, uncached

function init(args)
  bench.seed()
  base = wrk.path
  query = os.getenv("BENCH_QUERY") or ""
  local list = os.getenv("BENCH_WORDS")
  if list and list ~= "" then
    words = {}
    for word in string.gmatch(list, "[^,]+") do
      words[#words + 1] = word
    end
  end
  uncached = os.getenv("BENCH_UNCACHED") == "1"
end

function request()
  local parts = {}
  if query ~= "" then
    parts[#parts + 1] = query
  end
  if words then
    parts[#parts + 1] = "q=" .. words[math.random(1, #words)]
  end
  if uncached then
    parts[#parts + 1] = "maxPrice=" .. math.random(100000000, 2000000000)
  end
  local path = base
  if #parts > 0 then
    path = path .. "?" .. table.concat(parts, "&")
  end
  return wrk.format("GET", path)
end
