-- bench/peers/collatz.lua — bench/programs/collatz.vm in Lua (Lua 5.4 and LuaJIT).
-- Usage: lua collatz.lua REPS   runs the program REPS times,
-- and reports the time of each run.
-- m / 2 is float division (LuaJIT has no //): m is even, so it is exact,
-- and Lua 5.4 goes on with m as a float.
local function main()
  local total, most = 0, 0
  for n = 1, 5000 do
    local m, steps = n, 0
    while m ~= 1 do
      if m % 2 == 0 then m = m / 2 else m = 3 * m + 1 end
      steps = steps + 1
    end
    if steps > most then most = steps end
    total = total + steps
  end
  io.write(string.format("%d\n%d\n", total, most))
end

-- Each run timed with the interpreter's own clock (os.clock: processor
-- time), reported on standard error for bench/driver.c.
for _ = 1, tonumber(arg[1] or 1) do
  local t0 = os.clock()
  main()
  io.stderr:write(string.format("ns-per-run %.0f\n", (os.clock() - t0) * 1e9))
end
