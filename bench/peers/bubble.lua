-- bench/peers/bubble.lua — bench/programs/bubble.vm in Lua (Lua 5.4 and LuaJIT).
-- Usage: lua bubble.lua REPS   runs the program REPS times,
-- and reports the time of each run.
-- x * 16807 stays below 2^46: exact in LuaJIT's doubles too.
local LEN = 600

local function main()
  local a, x = {}, 12345
  for i = 0, LEN - 1 do
    x = x * 16807 % 2147483647
    a[i] = x % 100000
  end
  for e = LEN - 1, 1, -1 do
    for i = 0, e - 1 do
      if a[i] > a[i + 1] then
        a[i], a[i + 1] = a[i + 1], a[i]
      end
    end
  end
  local sum = 0
  for i = 0, LEN - 1 do sum = sum + a[i] * (i + 1) end
  io.write(string.format("%d\n%d\n%d\n", sum, a[0], a[LEN - 1]))
end

-- Each run timed with the interpreter's own clock (os.clock: processor
-- time), reported on standard error for bench/driver.c.
for _ = 1, tonumber(arg[1] or 1) do
  local t0 = os.clock()
  main()
  io.stderr:write(string.format("ns-per-run %.0f\n", (os.clock() - t0) * 1e9))
end
