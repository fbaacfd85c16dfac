-- A burst of shift sign-ups: each request signs a different seeded active volunteer up for one of the seeded mass-event
-- shifts. bench/.work/signups.txt holds "shiftId,volunteerId" lines written by the seeder (each pair once, the shifts
-- never overlap and have room for everyone), so every request is a new, valid sign-up. Each run continues after the
-- pairs the previous one used (bench/.work/signups.next). The threads take every other pair (bench/run.sh runs -t2).
local state_file = "bench/.work/signups.next"
local thread_count = 2

local function read_base()
  local f = io.open(state_file, "r")
  if not f then return 0 end
  local value = tonumber(f:read("*l")) or 0
  f:close()
  return value
end

local base = read_base()
local threads = {}
local pairs_list = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", base + #threads - 1 - thread_count)
end

function init(args)
  for line in io.lines("bench/.work/signups.txt") do
    local shift, volunteer = line:match("([^,]+),([^,]+)")
    table.insert(pairs_list, {shift, volunteer})
  end
end

-- wrk.format uses the headers it is given instead of the command line's (-H "Authorization: ..."): merge them.
local headers = {}
for name, value in pairs(wrk.headers) do headers[name] = value end
headers["Content-Type"] = "application/json"

request = function()
  index = index + thread_count
  local pair = pairs_list[(index % #pairs_list) + 1]
  return wrk.format("POST", "/api/v1/shifts/" .. pair[1] .. "/signups", headers, '{"volunteerId":"' .. pair[2] .. '"}')
end

function done(summary, latency, requests)
  local next_index = base
  for _, thread in ipairs(threads) do
    next_index = math.max(next_index, thread:get("index") + 1)
  end
  local f = io.open(state_file, "w")
  f:write(tostring(next_index))
  f:close()
end
