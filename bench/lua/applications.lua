-- POST /applications with a unique, valid body per request (a unique IIN, e-mail and phone).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
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

local function iin_for(n)
  while true do
    -- 1980-01-01 plus n/9000 days, serial from n; century/sex digit 3 (1900s, male).
    local days = math.floor(n / 9000) + (thread_id - 1) * 4000
    local t = os.time({year = 1980, month = 1, day = 1, hour = 12}) + days * 86400
    local d = os.date("*t", t)
    local prefix = string.format("%02d%02d%02d3%04d", d.year % 100, d.month, d.day, 1000 + n % 9000)
    local digits = {}
    for i = 1, 11 do digits[i] = tonumber(prefix:sub(i, i)) end
    local check = check_digit(digits)
    if check ~= 10 then
      return prefix .. check, string.format("%04d-%02d-%02d", d.year, d.month, d.day)
    end
    n = n + 1
    counter = counter + 1
  end
end

request = function()
  counter = counter + 1
  local iin, born = iin_for(counter)
  local body = string.format(
    '{"firstName":"Айгерім","lastName":"Бенчмарк","iin":"%s","dateOfBirth":"%s","phone":"+7701%07d",' ..
    '"email":"bench-%d-%d@example.kz","district":"Yesil","languages":["kk","ru"],"directionIds":[2],' ..
    '"motivation":"Көмектескім келеді","personalDataConsent":true}',
    iin, born, (thread_id * 3000000 + counter) % 10000000, thread_id, counter)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
