-- POST /applications with a unique, valid body per request (a unique IIN, e-mail and phone), also across the rounds
-- of one bench/run.sh: each run continues after the numbers the previous one used (bench/.work/applications.next).
-- The IINs have serial numbers 1000-9999, which the seeder never uses, and birth dates from 1980 on.
local state_file = "bench/.work/applications.next"
local stride = 1000000 -- numbers one thread may use in one run

local function read_base()
  local f = io.open(state_file, "r")
  if not f then return 0 end
  local value = tonumber(f:read("*l")) or 0
  f:close()
  return value
end

local base = read_base()
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("counter", base + (#threads - 1) * stride)
end

local function check_digit(digits)
  local sum = 0
  for i = 1, 11 do sum = sum + digits[i] * i end
  local check = sum % 11
  if check == 10 then
    local weights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}
    sum = 0
    for i = 1, 11 do sum = sum + digits[i] * weights[i] end
    check = sum % 11
  end
  return check
end

-- The IIN of number n: born 1980-01-01 plus n / 9000 days, serial 1000 + n mod 9000; nil when no check digit exists.
local function iin_for(n)
  local t = os.time({year = 1980, month = 1, day = 1, hour = 12}) + math.floor(n / 9000) * 86400
  local d = os.date("*t", t)
  local century = d.year >= 2000 and 5 or 3
  local prefix = string.format("%02d%02d%02d%d%04d", d.year % 100, d.month, d.day, century, 1000 + n % 9000)
  local digits = {}
  for i = 1, 11 do digits[i] = tonumber(prefix:sub(i, i)) end
  local check = check_digit(digits)
  if check == 10 then return nil end
  return prefix .. check, string.format("%04d-%02d-%02d", d.year, d.month, d.day)
end

request = function()
  local iin, born
  repeat
    counter = counter + 1
    iin, born = iin_for(counter)
  until iin
  local body = string.format(
    '{"firstName":"Айгерім","lastName":"Бенчмарк","iin":"%s","dateOfBirth":"%s","phone":"+7701%07d",' ..
    '"email":"bench-%d@example.kz","district":"Yesil","languages":["kk","ru"],"directionIds":[2],' ..
    '"motivation":"Көмектескім келеді","personalDataConsent":true}',
    iin, born, counter % 10000000, counter)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local f = io.open(state_file, "w")
  f:write(tostring(base + #threads * stride))
  f:close()
end
