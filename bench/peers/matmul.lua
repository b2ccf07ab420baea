-- bench/peers/matmul.lua — bench/programs/matmul.vm in Lua (Lua 5.4 and LuaJIT).
-- Usage: lua matmul.lua REPS   runs the program REPS times,
-- and reports the time of each run.
-- One flat array like the VM's memory: A at 0, B at 3600, C at 7200.
local N = 60

local function main()
  local mem = {}
  for i = 0, N - 1 do
    for j = 0, N - 1 do
      mem[i * N + j] = i - j
      mem[N * N + i * N + j] = i + 2 * j
    end
  end
  for i = 0, N - 1 do
    for j = 0, N - 1 do
      local s = 0
      for k = 0, N - 1 do
        s = s + mem[i * N + k] * mem[N * N + k * N + j]
      end
      mem[2 * N * N + i * N + j] = s
    end
  end
  local sum = 0
  for i = 0, N * N - 1 do sum = sum + mem[2 * N * N + i] end
  io.write(string.format("%d\n%d\n", sum, mem[2 * N * N + N * N - 1]))
end

-- Each run timed with the interpreter's own clock (os.clock: processor
-- time), reported on standard error for bench/driver.c.
for _ = 1, tonumber(arg[1] or 1) do
  local t0 = os.clock()
  main()
  io.stderr:write(string.format("ns-per-run %.0f\n", (os.clock() - t0) * 1e9))
end
