-- bench/peers/sieve.lua — bench/programs/sieve.vm in Lua (Lua 5.4 and LuaJIT).
-- Usage: lua sieve.lua REPS   runs the program REPS times,
-- and reports the time of each run.
local N = 65536

local function main()
  local mem = {}
  for _ = 1, 3 do
    for i = 0, N - 1 do mem[i] = 0 end
    local i = 2
    while i * i < N do
      if mem[i] == 0 then
        for j = i * i, N - 1, i do mem[j] = 1 end
      end
      i = i + 1
    end
  end
  local count, sum = 0, 0
  for i = 2, N - 1 do
    if mem[i] == 0 then
      count = count + 1
      sum = sum + i
    end
  end
  io.write(string.format("%d\n%d\n", count, sum))
end

-- Each run timed with the interpreter's own clock (os.clock: processor
-- time), reported on standard error for bench/driver.c.
for _ = 1, tonumber(arg[1] or 1) do
  local t0 = os.clock()
  main()
  io.stderr:write(string.format("ns-per-run %.0f\n", (os.clock() - t0) * 1e9))
end
