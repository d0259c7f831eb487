-- wrk script for the two till endpoints (bench/run drives it; see docs/benchmarks.md).
--
-- Environment:
--   BENCH_MODE     lookup | commit | health (GET /health/live: the HTTP pipeline without the database)
--   BENCH_API_KEY  X-Api-Key of a branch till
--   BENCH_MEMBERS  number of seeded members (cards <region><serial 1..N><Luhn>)
--   BENCH_REGION   region code of the seeded cards
--   BENCH_TAG      prefix that makes receipt numbers unique across runs
--   BENCH_RATE     total requests per second over all threads; 0 or unset = as fast as the connections go
--   BENCH_THREADS  the -t given to wrk (to split BENCH_RATE between threads)
--
-- done() prints one machine-readable line starting with "BENCH " for bench/run.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]

local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")

local mode = os.getenv("BENCH_MODE") or "lookup"
local api_key = os.getenv("BENCH_API_KEY") or ""
local members = tonumber(os.getenv("BENCH_MEMBERS") or "100000")
local region = os.getenv("BENCH_REGION") or "755"
local tag = os.getenv("BENCH_TAG") or "bench"
local rate = tonumber(os.getenv("BENCH_RATE") or "0") or 0
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1") or 1

local get_headers = { ["X-Api-Key"] = api_key, ["Accept"] = "application/json" }
local post_headers = { ["X-Api-Key"] = api_key, ["Accept"] = "application/json", ["Content-Type"] = "application/json" }

local next_thread_id = 0

function setup(thread)
    next_thread_id = next_thread_id + 1
    thread:set("thread_id", next_thread_id)
end

local counter = 0
local interval_ms = 0
local next_slot_ms = nil

local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

function init(_)
    -- thread_id is set by setup() in the main state before init runs in the thread's state
    math.randomseed(os.time() * 1000 + (thread_id or 0) * 7919)
    if rate > 0 then
        interval_ms = 1000 * thread_count / rate
    end
end

-- Fixed-rate pacing (like wrk2, without its coordinated-omission correction): each request takes the next
-- slot of the thread's schedule; a connection waits until its slot, or goes at once when it is late.
function delay()
    if interval_ms == 0 then
        return 0
    end
    local now = now_ms()
    if next_slot_ms == nil then
        next_slot_ms = now + math.random() * interval_ms
    end
    local slot = next_slot_ms
    next_slot_ms = next_slot_ms + interval_ms
    local wait = slot - now
    if wait < 0 then
        return 0
    end
    return math.floor(wait)
end

-- Luhn doubling of one digit: 0..4 -> 0,2,4,6,8; 5..9 -> 1,3,5,7,9
local function doubled(d)
    return d * 2 - 9 * math.floor(d / 5)
end

-- Card number of seeded member i: region + 7-digit serial + Luhn check digit (CardNumber.Issue).
local function card_number(i)
    local body = string.format("%s%07d", region, i)
    local sum, double = 0, true
    for k = #body, 1, -1 do
        local d = body:byte(k) - 48
        if double then
            d = doubled(d)
        end
        sum = sum + d
        double = not double
    end
    return body .. tostring((10 - sum % 10) % 10)
end

local lookup_prefix = "/api/v1/branch/cards/lookup?code="
local purchase_body = '{"receiptNo":"%s","code":"%s","lines":['
    .. '{"sku":"SKU-%d","category":"grocery","quantity":2,"unitPrice":12.50},'
    .. '{"sku":"SKU-%d","category":"dairy","quantity":1,"unitPrice":8.90}],'
    .. '"pointsUsed":%d}'

function request()
    if mode == "health" then
        return wrk.format("GET", "/health/live", { ["Accept"] = "application/json" })
    end
    local member = math.random(1, members)
    if mode == "lookup" then
        return wrk.format("GET", lookup_prefix .. card_number(member), get_headers)
    end
    counter = counter + 1
    local receipt = string.format("%s-t%d-%d", tag, thread_id or 0, counter)
    -- one purchase in five pays 100 points (1 yuan); every member was seeded with 1,000 spendable points
    local points = 0
    if math.random(5) == 1 then
        points = 100
    end
    local body = string.format(purchase_body, receipt, card_number(member),
        math.random(1, 5000), math.random(1, 5000), points)
    return wrk.format("POST", "/api/v1/branch/purchases", post_headers, body)
end

function done(summary, latency, _)
    local e = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%d "
            .. "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
        summary.requests, summary.duration,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, math.floor(latency.mean),
        e.connect, e.read, e.write, e.status, e.timeout))
end
