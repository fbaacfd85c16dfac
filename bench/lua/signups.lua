-- A burst of shift sign-ups: each request signs a different seeded volunteer up for one of the seeded shifts.
-- bench/.work/signups.txt holds "shiftId,volunteerId" lines written by the seeder.
local pairs_list = {}
local index = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines("bench/.work/signups.txt") do
    local shift, volunteer = line:match("([^,]+),([^,]+)")
    table.insert(pairs_list, {shift, volunteer})
  end
  index = (thread_id - 1) * math.floor(#pairs_list / 2)
end

request = function()
  index = index + 1
  local pair = pairs_list[(index % #pairs_list) + 1]
  return wrk.format("POST", "/api/v1/shifts/" .. pair[1] .. "/signups", {["Content-Type"] = "application/json"},
    '{"volunteerId":"' .. pair[2] .. '"}')
end
