-- bench/peers/hanoi.lua — bench/programs/hanoi.vm in Lua (Lua 5.4 and LuaJIT).
-- Usage: lua hanoi.lua REPS   runs the program REPS times,
-- and reports the time of each run.
local count, checksum

local function hanoi(n, from, to)
  if n == 0 then return end
  local via = 6 - from - to
  hanoi(n - 1, from, via)
  count = count + 1
  checksum = checksum + count * (from * 4 + to)
  hanoi(n - 1, via, to)
end

local function main()
  count, checksum = 0, 0
  hanoi(17, 1, 3)
  io.write(string.format("%d\n%d\n", count, checksum))
end

-- Each run timed with the interpreter's own clock (os.clock: processor
-- time), reported on standard error for bench/driver.c.
for _ = 1, tonumber(arg[1] or 1) do
  local t0 = os.clock()
  main()
  io.stderr:write(string.format("ns-per-run %.0f\n", (os.clock() - t0) * 1e9))
end
