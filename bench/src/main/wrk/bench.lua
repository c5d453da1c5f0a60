-- Shared by every scenario script: per-thread random seeds, reading list files, and the done()
-- hook that writes wrk's figures as JSON to $BENCH_WRK_OUT for the driver (warm-up runs have no
-- BENCH_WRK_OUT and write nothing).
local bench = {}

local threads = 0

-- Gives each wrk thread its own number, so that random streams and counters differ per thread.
function bench.setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function bench.seed()
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
end

-- The non-empty lines of a file named by an environment variable.
function bench.lines(variable)
  local path = os.getenv(variable)
  assert(path and path ~= "", variable .. " is not set")
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then
      lines[#lines + 1] = line
    end
  end
  assert(#lines > 0, path .. " is empty")
  return lines
end

function bench.env(variable)
  local value = os.getenv(variable)
  assert(value and value ~= "", variable .. " is not set")
  return value
end

-- A key no other request of this run uses (Idempotency-Key).
function bench.unique_key(counter)
  return string.format("bench-%d-%d-%d-%08x", os.time(), thread_number or 0, counter,
    math.random(0, 0x7fffffff))
end

function bench.done(summary, latency, requests)
  local out = os.getenv("BENCH_WRK_OUT")
  if not out or out == "" then
    return
  end
  local e = summary.errors
  local file = assert(io.open(out, "w"))
  file:write(string.format(
    '{"requests":%d,"durationMicros":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyMicros":{"p50":%d,"p90":%d,"p99":%d,"mean":%.1f,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.mean, latency.max))
  file:close()
end

return bench
