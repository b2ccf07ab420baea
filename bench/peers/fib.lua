-- bench/peers/fib.lua — bench/programs/fib.vm in Lua (Lua 5.4 and LuaJIT).
-- Usage: lua fib.lua REPS   runs the program REPS times,
-- and reports the time of each run.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local function main()
  io.write(string.format("%d\n", fib(27)))
end

-- Each run timed with the interpreter's own clock (os.clock: processor
-- time), reported on standard error for bench/driver.c.
for _ = 1, tonumber(arg[1] or 1) do
  local t0 = os.clock()
  main()
  io.stderr:write(string.format("ns-per-run %.0f\n", (os.clock() - t0) * 1e9))
end
